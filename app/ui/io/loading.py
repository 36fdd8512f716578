"""Reading a screen's data off the GUI thread, with the newest request winning.

A screen asks ``Loader.load(work, apply)``: ``work()`` runs in a ``jobs.BackgroundJob`` (the
services it calls open their own sessions, so no session crosses threads) and ``apply``
gets its result on the GUI thread. A newer request supersedes an older one: the older
job is cancelled if it has not started, and its result is dropped if it has.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from app.ui.io import jobs


class Loader(QObject):
    """One screen's background reads; ``busy`` tells whether a read is under way."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job: jobs.BackgroundJob | None = None
        self._handlers: tuple[Callable[[Any], None], Callable[[Exception], None]] | None = None

    @property
    def busy(self) -> bool:
        return self.job is not None

    def load(
        self,
        work: Callable[[], Any],
        apply: Callable[[Any], None],
        failed: Callable[[Exception], None],
    ) -> jobs.BackgroundJob:
        if self.job is not None:
            self.job.cancel()
        job = jobs.BackgroundJob(lambda _progress: work())
        # Bound to this object, so nothing arrives once the screen is gone; queued, so the
        # handlers run on the GUI thread.
        queued = Qt.ConnectionType.QueuedConnection
        job.signals.finished.connect(self._finished, queued)
        job.signals.failed.connect(self._failed, queued)
        job.signals.cancelled.connect(self._cancelled, queued)
        self.job = job
        self._handlers = (apply, failed)
        self.busy_changed.emit(True)
        jobs.start_job(job)
        return job

    def _current(self) -> tuple[Callable[[Any], None], Callable[[Exception], None]] | None:
        """The handlers when the signal comes from the newest job (and forget that job)."""
        if self.job is None or self.sender() is not self.job.signals:
            return None  # superseded by a newer read
        self.job = None
        self.busy_changed.emit(False)
        return self._handlers

    def _finished(self, result: object) -> None:
        handlers = self._current()
        if handlers is not None:
            handlers[0](result)

    def _failed(self, error: Exception) -> None:
        handlers = self._current()
        if handlers is not None:
            handlers[1](error)

    def _cancelled(self) -> None:
        self._current()
