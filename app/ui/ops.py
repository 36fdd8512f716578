"""Long work off the GUI thread, in one shape (after Anki's ``CollectionOp``/``QueryOp``)::

    Op(self, lambda progress: service.export(rows, path, progress))
        .success(self._exported)
        .failure(self._export_failed)  # optional: by default the user is told
        .done(self._enable_buttons)  # first, whatever the outcome
        .progress(self.progress_bar)  # a QProgressBar, or a function (done, total)
        .cancellable()
        .start()

``work(progress)`` runs on the shared ``QThreadPool``; the services it calls open their own
sessions and it touches no widget. ``progress(done, total)`` reports to the GUI thread and,
once ``op.cancel()`` was asked of a cancellable op, raises the one ``Cancelled`` (the work
stops there; an import rolls back, a file written under a temporary name is removed).

The handlers run on the GUI thread and only while ``parent`` is alive: they are slots of a
small receiver owned by ``parent``, so when the screen is closed, nothing is called. A
failure goes to ``.failure(f)`` or, without one, to ``app.ui.messages``: a ``ServiceError``
in its own words, anything else as a general Dutch message (logged with its traceback).

``Reader`` is a screen's newest-wins reads: a newer read supersedes the older, whose result
is dropped.

This module stays light (no services, no SQL): the window's shell imports it before first
paint.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import QProgressBar, QWidget

from app.cancelled import Cancelled

log = logging.getLogger(__name__)

T = TypeVar("T")
Progress = Callable[[int, int], None]
Work = Callable[[Progress], T]


class _Signals(QObject):
    """Crosses from the worker thread to the GUI thread. Owned by the application and
    deleted there after its last receiver ran (see ``run_in_pool``)."""

    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the work's result
    failed = Signal(object)  # the exception
    cancelled = Signal()


class _Handlers:
    def __init__(self) -> None:
        self.success: Callable[[Any], None] | None = None
        self.failure: Callable[[BaseException], None] | None = None
        self.cancelled: Callable[[], None] | None = None
        self.done: Callable[[], None] | None = None
        self.progress: QProgressBar | Progress | None = None


class _Receiver(QObject):
    """The op's handlers, as slots of an object that ``parent`` owns: deleting the parent
    disconnects them, so nothing runs for a screen that is gone. The handlers (often bound
    methods of the screen) live here and not in the op, so an op that the thread pool
    keeps a while longer does not keep a closed screen alive."""

    def __init__(self, op: Op[Any], handlers: _Handlers, parent: QObject | None) -> None:
        super().__init__(parent)
        self.op = op
        self.handlers = handlers

    def on_progress(self, done: int, total: int) -> None:
        target = self.handlers.progress
        if isinstance(target, QProgressBar):
            target.setRange(0, max(total, 0))
            target.setValue(min(done, total))
        elif target is not None:
            target(done, total)

    def on_finished(self, result: object) -> None:
        self._end(self.handlers.success, result)

    def on_failed(self, error: BaseException) -> None:
        self._end(self.handlers.failure or self._show_failure, error)

    def on_cancelled(self) -> None:
        self._end(self.handlers.cancelled)

    def _show_failure(self, error: BaseException) -> None:
        parent = self.parent()
        show_failure(parent if isinstance(parent, QWidget) else None, error)

    def _end(self, handler: Callable[..., None] | None, *args: object) -> None:
        op = self.op
        op._running = False
        op._keep = None
        _pending.discard(op)
        handlers, self.handlers = self.handlers, _Handlers()
        self.deleteLater()
        if handlers.done is not None:
            handlers.done()
        if handler is not None:
            handler(*args)


_pending: set[Op[Any]] = set()  # ops without a parent: kept alive until their end


class Op(QRunnable, Generic[T]):
    """One piece of long work; configure it, then ``start()`` it (once)."""

    def __init__(self, parent: QObject | None, work: Work[T]) -> None:
        super().__init__()
        self._parent = parent
        self.work: Work[T] | None = work
        self.signals = _Signals()
        self._handlers = _Handlers()
        self._cancellable = False
        self._cancel_asked = False
        self._running = False
        self._keep: _Receiver | None = None  # the receiver of an op without a parent

    # -- configuration (each returns the op, to chain) ---------------------------------
    def success(self, handler: Callable[[T], None]) -> Op[T]:
        self._handlers.success = handler
        return self

    def failure(self, handler: Callable[[BaseException], None]) -> Op[T]:
        """Handle a failure yourself instead of the default message box."""
        self._handlers.failure = handler
        return self

    def cancelled(self, handler: Callable[[], None]) -> Op[T]:
        """Called (on the GUI thread) when the work stopped because it was cancelled."""
        self._handlers.cancelled = handler
        return self

    def done(self, handler: Callable[[], None]) -> Op[T]:
        """Called first at the end, whatever the outcome (e.g. enable the buttons again)."""
        self._handlers.done = handler
        return self

    def progress(self, target: QProgressBar | Progress) -> Op[T]:
        self._handlers.progress = target
        return self

    def cancellable(self) -> Op[T]:
        """``progress`` raises ``Cancelled`` once ``cancel()`` was asked."""
        self._cancellable = True
        return self

    # -- running -------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        """Started and its end not yet handled on the GUI thread."""
        return self._running

    @property
    def cancel_asked(self) -> bool:
        return self._cancel_asked

    def cancel(self) -> None:
        """Stop at the next progress report (a cancellable op), or before it starts (any op).
        Work that ends anyway still delivers its result: it happened."""
        self._cancel_asked = True

    def start(self) -> Op[T]:
        parent, self._parent = self._parent, None
        receiver = _Receiver(self, self._handlers, parent)
        self._handlers = _Handlers()
        signals = self.signals
        # Automatic connections: queued to the GUI thread from a worker, direct when a test
        # runs the op by hand on the GUI thread.
        signals.progress.connect(receiver.on_progress)
        signals.finished.connect(receiver.on_finished)
        signals.failed.connect(receiver.on_failed)
        signals.cancelled.connect(receiver.on_cancelled)
        self._running = True
        if parent is None:
            self._keep = receiver
            _pending.add(self)
        launch(self)
        return self

    def _report(self, done: int, total: int) -> None:
        self.signals.progress.emit(done, total)
        # Asked after the report, so a stop pressed while it was shown counts at once.
        if self._cancellable and self._cancel_asked:
            raise Cancelled

    def run(self) -> None:
        """The work itself (on a pool thread; tests call it by hand)."""
        work, self.work = self.work, None  # nothing of the screen stays with the pool
        try:
            if self._cancel_asked or work is None:
                raise Cancelled
            result = work(self._report)
        except Cancelled:
            self._emit(self.signals.cancelled)
            return
        except Exception as error:  # handled on the GUI thread
            self._emit(self.signals.failed, error)
            return
        self._emit(self.signals.finished, result)

    def _emit(self, signal: Any, *args: object) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:
            # The program is ending and the application took the signals object with it.
            log.debug("background work ended after the application")


def show_failure(
    parent: QWidget | None,
    error: BaseException,
    title: str | None = None,
    text: str | None = None,
) -> None:
    """Tell the user that background work failed: a service's refusal in its own words,
    anything else as ``text`` or a general message (its traceback goes to the log, never to
    the user)."""
    from app.services.errors import ServiceError  # not before first paint
    from app.ui import messages

    if isinstance(error, ServiceError):
        messages.show_service_error(parent, error)
        return
    log.error("background work failed", exc_info=error)
    messages.error(
        parent,
        title or QCoreApplication.translate("ops", "Niet gelukt"),
        text
        or QCoreApplication.translate(
            "ops", "Het is niet gelukt. Details staan in het logboek; probeer het opnieuw."
        ),
    )


def run_in_pool(op: Op[Any]) -> None:
    """Give the op's signals object to the application and run the op on the shared pool.

    The pool deletes a finished runnable on its worker thread; a signals object that went
    with it while its queued signals still waited on the GUI thread left a dangling sender
    (a segfault in CI). So the application owns it and it is deleted on the GUI thread:
    ``deleteLater`` is connected after every receiver, and queued calls are posted in the
    order of connection, so it runs after them.
    """
    signals = op.signals
    application = QCoreApplication.instance()
    if application is not None:
        signals.setParent(application)
    queued = Qt.ConnectionType.QueuedConnection
    for terminal in (signals.finished, signals.failed, signals.cancelled):
        terminal.connect(signals.deleteLater, queued)
    QThreadPool.globalInstance().start(op)


# The seam tests replace to hold ops and run them by hand: ``monkeypatch.setattr(ops,
# "launch", held.append)`` and later ``held[0].run()`` (handlers then run at once).
launch: Callable[[Op[Any]], None] = run_in_pool


class Reader(QObject):
    """A screen's background reads, the newest winning: a newer ``read`` cancels the older
    (it does not run if it had not started) and drops its result. ``busy`` tells whether a
    read is under way; the screen shows "Laden…" meanwhile."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.op: Op[Any] | None = None

    @property
    def busy(self) -> bool:
        return self.op is not None

    def read(
        self,
        work: Callable[[], T],
        apply: Callable[[T], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> Op[T]:
        if self.op is not None:
            self.op.cancel()
        op: Op[T] = Op(self, lambda _progress: work())

        def newest() -> bool:
            if self.op is not op:
                return False  # superseded by a newer read
            self.op = None
            self.busy_changed.emit(False)
            return True

        def applied(result: T) -> None:
            if newest():
                apply(result)

        def failing(error: BaseException) -> None:
            if newest():
                if failed is not None:
                    failed(error)
                else:
                    parent = self.parent()
                    show_failure(parent if isinstance(parent, QWidget) else None, error)

        op.success(applied).failure(failing).cancelled(newest)
        self.op = op
        self.busy_changed.emit(True)
        return op.start()

    # The name the screens used with the old ``Loader``.
    load = read
