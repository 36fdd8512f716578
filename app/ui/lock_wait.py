"""A save that has to wait for a colleague's write shows it: a busy cursor and a status-bar
message, instead of a window that seems to hang.

``app.db`` calls ``started``/``ended`` (injected with ``Database.set_lock_wait_callbacks``)
on the thread that writes. Only waits on the GUI thread are shown: background jobs
(import, reports) have their own progress bar, and touching widgets from another thread is
not allowed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread
from PySide6.QtWidgets import QApplication, QStatusBar

from app.db import Database

StatusBarFinder = Callable[[], QStatusBar | None]


def waiting_text() -> str:
    return QCoreApplication.translate("lock_wait", "Wachten tot een collega klaar is met opslaan…")


class LockWaitIndicator(QObject):
    def __init__(self, status_bar: StatusBarFinder, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status_bar = status_bar
        self._shown = 0  # nested waits are not expected, but must not unbalance the cursor
        self._db: Database | None = None

    def install(self, db: Database) -> None:
        self._db = db
        db.set_lock_wait_callbacks(self.started, self.ended)

    def uninstall(self) -> None:
        if self._db is not None:
            self._db.set_lock_wait_callbacks(None, None)
            self._db = None

    @staticmethod
    def _on_gui_thread() -> bool:
        application = QCoreApplication.instance()
        return application is not None and QThread.currentThread() is application.thread()

    def started(self) -> None:
        if not self._on_gui_thread():
            return
        self._shown += 1
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        bar = self._status_bar()
        if bar is not None:
            bar.showMessage(waiting_text())
        # The write blocks this thread next: paint the cursor and the message first, but take
        # no clicks or keys (they would start a second save in the middle of this one).
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    def ended(self) -> None:
        if not self._on_gui_thread() or self._shown == 0:
            return
        self._shown -= 1
        QApplication.restoreOverrideCursor()
        bar = self._status_bar()
        if bar is not None and bar.currentMessage() == waiting_text():
            bar.clearMessage()
