"""The view log on screen: the Inzage tab of the complaint window (coordinator only) and the
export in Beheer, driven through the real widgets (offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from sqlalchemy import func, select

from app.db import Actor, Database
from app.models import Complaint, ViewEvent
from app.services.complaints import ComplaintService
from app.services.permissions import CurrentUser
from app.ui import ops
from app.ui.admin.page import AdminPage
from app.ui.complaints.detail import ComplaintDetailWindow
from tests.conftest import HANDLER_NAME

pytestmark = pytest.mark.gui


@pytest.fixture
def handler(handler: CurrentUser, db: Database, complaint_id: int) -> CurrentUser:
    """The shared handler, handling the complaint."""
    with db.session_scope(Actor(login="test")) as session:
        session.get(Complaint, complaint_id).handler_id = handler.employee_id
    return handler


def _open(qtbot, db: Database, user: CurrentUser, complaint_id: int) -> ComplaintDetailWindow:
    window = ComplaintDetailWindow.open_for(db, user, complaint_id, None)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return window


def _views(db: Database) -> int:
    with db.session_scope() as session:
        return int(session.scalar(select(func.count()).select_from(ViewEvent)) or 0)


def test_opening_the_window_records_one_view_however_often_it_refreshes(
    qtbot, db: Database, handler: CurrentUser, complaint_id: int
) -> None:
    window = _open(qtbot, db, handler, complaint_id)
    window.refresh()
    window.reload_data()
    assert ComplaintDetailWindow.open_for(db, handler, complaint_id, None) is window
    assert _views(db) == 1


def test_a_handlers_view_shows_in_the_coordinators_inzage_tab(
    qtbot, db: Database, admin: CurrentUser, handler: CurrentUser, complaint_id: int
) -> None:
    _open(qtbot, db, handler, complaint_id).close()
    window = _open(qtbot, db, admin, complaint_id)
    tab = window.view_log_tab
    assert tab is not None
    assert window.tabs.tabText(window.tabs.indexOf(tab)) == "Inzage"
    rows = [row.cells for row in tab.model.rows]
    # Newest first: the coordinator's own opening, then the handler's.
    assert [(who, what) for _when, who, what, _detail in rows] == [
        ("Adri Beheerder", "Klachtvenster geopend"),
        (HANDLER_NAME, "Klachtvenster geopend"),
    ]


def test_the_handler_has_no_inzage_tab(
    qtbot, db: Database, handler: CurrentUser, complaint_id: int
) -> None:
    window = _open(qtbot, db, handler, complaint_id)
    assert window.view_log_tab is None
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert not any(title.startswith("Inzage") for title in titles)


def test_beheer_exports_the_log_of_one_complainant_by_complaint_number(
    qtbot,
    db: Database,
    admin: CurrentUser,
    handler: CurrentUser,
    complaint_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ComplaintService(db, handler).open(complaint_id)
    number = ComplaintService(db, admin).detail(complaint_id).number
    target = tmp_path / "inzage.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    held: list[ops.Op] = []
    monkeypatch.setattr(ops, "launch", held.append)
    page = AdminPage(db, admin)
    qtbot.addWidget(page)
    panel = page.view_log
    assert panel is not None
    panel.from_edit.setDate(QDate.currentDate().addDays(-1))
    panel.to_edit.setDate(QDate.currentDate())
    qtbot.keyClicks(panel.complainant_edit, number)
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    assert len(held) == 1
    assert not panel.export_button.isEnabled()
    held[0].run()  # the worker's part, here on the test's thread
    qtbot.waitUntil(lambda: panel.job is None)
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert [(r[1], r[4]) for r in rows[1:]] == [(HANDLER_NAME, number)]
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert any("1 regels opgeslagen" in box.text() for box in boxes if box.isVisible())
    for box in boxes:
        box.close()


def test_beheer_has_no_view_log_export_for_the_handler(qtbot, db: Database, handler) -> None:
    page = AdminPage(db, handler)
    qtbot.addWidget(page)
    assert page.view_log is None
