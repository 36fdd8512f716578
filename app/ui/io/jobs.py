"""Work off the GUI thread: reading a file, checking it, writing it to the register.

A job runs one callable on ``QThreadPool`` and reports back by signal (queued to the GUI
thread); it touches no widget. The services it calls open their own sessions.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
    SignalInstance,
)

from app.services.errors import ImportCancelled

log = logging.getLogger(__name__)

Progress = Callable[[int, int], bool]
Work = Callable[[Progress], object]


def start_in_pool(runnable: QRunnable, signals: QObject, *terminal: SignalInstance) -> None:
    """Run ``runnable`` on the shared thread pool. Its ``signals`` object is given to the
    application and deleted on the GUI thread once one of its ``terminal`` signals has been
    delivered there.

    The thread pool deletes a finished job on its worker thread. A signals object that the
    job owned went with it while its queued signals still waited on the GUI thread, and a
    slot that then asked for its ``sender()`` got a dangling pointer (a segfault in CI).
    Call this after every receiver has connected: the signal's queued calls are posted in
    the order of connection, so the deletion is asked for after every receiver's call and
    happens after they have run (even when the GUI thread runs between two of them).
    """
    application = QCoreApplication.instance()
    if application is not None:
        signals.setParent(application)
    queued = Qt.ConnectionType.QueuedConnection
    for signal in terminal:
        signal.connect(signals.deleteLater, queued)
    QThreadPool.globalInstance().start(runnable)


class JobSignals(QObject):
    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the work's result
    cancelled = Signal()
    failed = Signal(object)  # the exception


class BackgroundJob(QRunnable):
    """Runs ``work(progress)``; ``progress(done, total)`` returns False once ``cancel()`` has
    been asked, and the work is expected to stop then (the import rolls back). A job
    cancelled before it starts does not run at all."""

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.work = work
        self.signals = JobSignals()
        self._cancelled = False

    @property
    def is_cancelled(self) -> bool:
        return self._cancelled

    def cancel(self) -> None:
        self._cancelled = True

    def report_progress(self, done: int, total: int) -> bool:
        self.signals.progress.emit(done, total)
        return not self._cancelled

    def run(self) -> None:
        if self._cancelled:
            self.signals.cancelled.emit()
            return
        try:
            result = self.work(self.report_progress)
        except ImportCancelled:
            self.signals.cancelled.emit()
            return
        except Exception as error:  # reported on the GUI thread
            self.signals.failed.emit(error)
            return
        try:
            self.signals.finished.emit(result)
        except RuntimeError:
            # The window that asked is gone (closed, or the program is ending): nobody waits.
            log.debug("background job finished after its receiver was deleted")


def start_job(job: BackgroundJob) -> None:
    """Hand the job to the shared thread pool (tests replace this to run it by hand)."""
    signals = job.signals
    start_in_pool(job, signals, signals.finished, signals.cancelled, signals.failed)
