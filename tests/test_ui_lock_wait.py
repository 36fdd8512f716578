"""A save that meets a colleague's write lock: the wait is visible (busy cursor, status-bar
message), and when it lasts too long the window says so in Dutch and keeps what was typed."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.db import Database
from app.services.complainants import ComplainantData
from app.services.complaints import ComplaintService
from app.services.errors import DatabaseBusyError
from app.services.intake import IntakeData, IntakeResult, IntakeService
from app.services.permissions import CurrentUser
from app.ui.application import Launcher
from app.ui.complaints.detail import ComplaintDetailWindow
from app.ui.lock_wait import waiting_text

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def registered(db: Database, admin: CurrentUser) -> IntakeResult:
    return IntakeService(db, admin).register(
        IntakeData(
            description="Niemand belde terug na mijn e-mail.",
            complainant=ComplainantData(name="Proefklager Theta", email="theta@example.com"),
            received_on=date.today(),
        )
    )


class _Lock:
    """Another program's write lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: an exclusive
    lock on the complaint table); ``release`` may be called from any thread."""

    def __init__(self, url: str) -> None:
        self._released = threading.Event()
        self._sqlite = make_url(url).get_backend_name() == "sqlite"
        if self._sqlite:
            self._connection = sqlite3.connect(
                make_url(url).database, isolation_level=None, check_same_thread=False
            )
            self._connection.execute("BEGIN IMMEDIATE")
        else:
            self._engine = create_engine(url)
            self._pg = self._engine.connect()
            self._transaction = self._pg.begin()
            self._pg.execute(text("LOCK TABLE complaint IN EXCLUSIVE MODE"))

    def release(self) -> None:
        if self._released.is_set():
            return
        self._released.set()
        if self._sqlite:
            self._connection.execute("COMMIT")
            self._connection.close()
        else:
            self._transaction.commit()
            self._pg.close()
            self._engine.dispose()


def _detail(qtbot, db: Database, user: CurrentUser, complaint_id: int) -> ComplaintDetailWindow:
    window = ComplaintDetailWindow.open_for(db, user, complaint_id, None)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("backend", ["sqlite"])  # PostgreSQL waits inside a statement
def test_a_save_waiting_for_a_colleague_shows_a_busy_cursor_and_a_status_message(
    qtbot, database_url: str, admin: CurrentUser, registered: IntakeResult
) -> None:
    db = Database(database_url, busy_timeout_ms=20_000)
    try:
        launcher = Launcher(db, login=admin.login)
        with qtbot.waitSignal(launcher.main_window_shown):
            launcher.start()
        main_window = launcher.main_window
        assert main_window is not None
        qtbot.addWidget(main_window)
        window = _detail(qtbot, db, admin, registered.complaint_id)
        form = window.data_tab
        form.city_edit.clear()
        qtbot.keyClicks(form.city_edit, "Zwolle")

        seen: list[tuple[object, str]] = []

        def look() -> None:  # runs while the save waits (the wait paints the window first)
            cursor = QApplication.overrideCursor()
            shape = cursor.shape() if cursor is not None else None
            seen.append((shape, main_window.statusBar().currentMessage()))

        held = _Lock(database_url)
        timer = threading.Timer(0.8, held.release)
        timer.start()
        try:
            QTimer.singleShot(0, look)
            qtbot.mouseClick(form.save_button, LEFT)
        finally:
            timer.cancel()
            held.release()

        assert seen == [(Qt.CursorShape.WaitCursor, waiting_text())]
        assert waiting_text() == "Wachten tot een collega klaar is met opslaan…"
        assert QApplication.overrideCursor() is None
        assert main_window.statusBar().currentMessage() == ""
        assert not form.dirty
        assert ComplaintService(db, admin).detail(registered.complaint_id).complainant.city == (
            "Zwolle"
        )
        launcher.lock_wait.uninstall()
    finally:
        db.dispose()


# Both backends: SQLite's busy timeout and PostgreSQL's lock timeout end the wait through
# different errors, and the window must say the same thing for each.
@pytest.mark.both_backends
def test_a_save_that_cannot_wait_longer_says_so_in_dutch_and_keeps_the_typed_text(
    qtbot, database_url: str, admin: CurrentUser, registered: IntakeResult
) -> None:
    db = Database(database_url, busy_timeout_ms=300)
    lock: _Lock | None = None
    try:
        # Opened first: opening records itself in the view log, which is a write too.
        window = _detail(qtbot, db, admin, registered.complaint_id)
        lock = _Lock(database_url)
        form = window.data_tab
        form.city_edit.clear()
        qtbot.keyClicks(form.city_edit, "Zwolle")
        form.description_edit.setPlainText("Niemand belde terug, ook niet na twee weken.")

        qtbot.mouseClick(form.save_button, LEFT)

        boxes = [box for box in form.findChildren(QMessageBox) if box.isVisible()]
        assert len(boxes) == 1
        assert boxes[0].windowTitle() == "Database bezet"
        assert boxes[0].text() == DatabaseBusyError.MESSAGE
        assert "database is locked" not in boxes[0].text()
        boxes[0].close()
        assert form.city_edit.text() == "Zwolle"
        assert form.description_edit.toPlainText() == "Niemand belde terug, ook niet na twee weken."
        assert form.dirty

        lock.release()
        qtbot.mouseClick(form.save_button, LEFT)
        assert not form.dirty
        saved = ComplaintService(db, admin).detail(registered.complaint_id)
        assert saved.complainant.city == "Zwolle"
        assert saved.description == "Niemand belde terug, ook niet na twee weken."
    finally:
        if lock is not None:
            lock.release()
        db.dispose()
