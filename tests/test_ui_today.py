"""Vandaag, driven through the real widgets (offscreen)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from app.db import Database
from app.models.enums import Role
from app.services.complainants import ComplainantData
from app.services.identity import load_current_user
from app.services.intake import IntakeData, IntakeService
from app.services.organisation import EmployeeInput, OrganisationService
from app.services.permissions import CurrentUser
from app.services.tasks import ItemKind
from app.services.workflow import WorkflowService
from app.ui.complaints.detail import ComplaintDetailWindow
from app.ui.tasks.model import ITEM_ROLE, TodayColumn
from app.ui.tasks.page import TodayPage

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton


def _register(db: Database, admin: CurrentUser, name: str, days_ago: int = 0, **extra) -> int:  # type: ignore[no-untyped-def]
    return (
        IntakeService(db, admin)
        .register(
            IntakeData(
                description=f"{name} werd niet teruggebeld na de e-mail.",
                complainant=ComplainantData(name=name, email="klager@example.com"),
                received_on=date.today() - timedelta(days=days_ago),
                **extra,
            )
        )
        .complaint_id
    )


@pytest.fixture
def handler_id(db: Database, admin: CurrentUser) -> int:
    return (
        OrganisationService(db, admin)
        .create_employee(
            EmployeeInput(
                name="Proef Behandelaar", login="handler", roles=frozenset({Role.HANDLER})
            )
        )
        .id
    )


def _page(qtbot, db, user) -> TodayPage:  # type: ignore[no-untyped-def]
    page = TodayPage(db, user)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    _loaded(qtbot, page)
    return page


def _loaded(qtbot, page: TodayPage) -> None:  # type: ignore[no-untyped-def]
    """Wait until the worklist, read off the GUI thread, is shown."""
    qtbot.waitUntil(lambda: not page.loading, timeout=20_000)


def _first_line_of(page: TodayPage, group_start: str):  # type: ignore[no-untyped-def]
    model = page.model
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        if group.data().startswith(group_start):
            return model.index(0, 0, group)
    raise AssertionError(f"no group {group_start}")


def test_the_coordinator_sees_handlers_overdue_terms_grouped_and_opens_one_by_double_click(
    qtbot, db, admin, handler_id
):
    _register(db, admin, "Proefklager Nieuw")
    late = _register(db, admin, "Proefklager Laat", days_ago=30)
    WorkflowService(db, admin).assign(late, handler_id)
    page = _page(qtbot, db, admin)

    titles = page.model.group_titles()
    assert titles[0].startswith("Termijnen verlopen (")
    assert "Toe te wijzen (1)" in titles
    line = _first_line_of(page, "Termijnen verlopen")
    item = line.data(ITEM_ROLE)
    assert (item.complaint_id, item.state) == (late, "overdue")
    assert line.siblingAtColumn(TodayColumn.WHO).data() == "Proef Behandelaar"
    assert "te laat" in line.siblingAtColumn(TodayColumn.DUE).data()

    rect = page.tree.visualRect(line)
    # A real double click is a press first: the view opens only the line it was pressed on.
    qtbot.mouseClick(page.tree.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(page.tree.viewport(), LEFT, pos=rect.center())
    window = ComplaintDetailWindow.find_open(db, late)
    assert window is not None
    qtbot.addWidget(window)
    assert window.tabs.currentWidget() is window.handling_tab


def test_enter_opens_the_most_urgent_line(qtbot, db, admin, handler_id):
    late = _register(db, admin, "Proefklager Enter", days_ago=30)
    WorkflowService(db, admin).assign(late, handler_id)
    page = _page(qtbot, db, admin)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    window = ComplaintDetailWindow.find_open(db, late)
    assert window is not None
    qtbot.addWidget(window)


def test_a_handler_sees_only_their_own_work(qtbot, db, admin, handler_id):
    theirs = _register(db, admin, "Proefklager Ander", days_ago=30)
    WorkflowService(db, admin).assign(theirs, handler_id)
    _register(db, admin, "Proefklager Vrij")
    handler = load_current_user(db, "handler")
    assert handler is not None
    page = _page(qtbot, db, handler)
    assert not any(t.startswith("Toe te wijzen") for t in page.model.group_titles())
    assert _first_line_of(page, "Termijnen verlopen").data(ITEM_ROLE).complaint_id == theirs


def _open_boxes(widget) -> list[QMessageBox]:  # type: ignore[no-untyped-def]
    """The message boxes still alive: a closed one is deleted at the next event loop turn."""
    return widget.findChildren(QMessageBox)


def _visible_box(widget) -> QMessageBox:  # type: ignore[no-untyped-def]
    return next(b for b in widget.findChildren(QMessageBox) if b.isVisible())


def test_gereed_asks_first_and_can_be_undone(qtbot, db, admin):
    _register(db, admin, "Proefklager Dossier", related_dossiers=("2026.12345",))
    page = _page(qtbot, db, admin)
    line = _first_line_of(page, "Taken")
    assert line.data(ITEM_ROLE).kind == ItemKind.TASK
    page.tree.setCurrentIndex(line)
    assert page.done_button.isEnabled()

    qtbot.mouseClick(page.done_button, LEFT)
    box = _visible_box(page)
    assert box.defaultButton().text() == "Nog niet"
    qtbot.mouseClick(box.findChild(QPushButton, "cancel_button"), LEFT)
    qtbot.waitUntil(lambda: not _open_boxes(page))
    assert any(t.startswith("Taken (1)") for t in page.model.group_titles())

    page.tree.setCurrentIndex(_first_line_of(page, "Taken"))
    qtbot.mouseClick(page.done_button, LEFT)
    qtbot.mouseClick(_visible_box(page).findChild(QPushButton, "confirm_button"), LEFT)
    qtbot.waitUntil(lambda: not _open_boxes(page))
    _loaded(qtbot, page)
    assert not any(t.startswith("Taken") for t in page.model.group_titles())
    assert page.undo_button.isVisible()

    qtbot.mouseClick(page.undo_button, LEFT)
    _loaded(qtbot, page)
    assert any(t.startswith("Taken (1)") for t in page.model.group_titles())
    assert not page.undo_button.isVisible()


def test_an_empty_database_says_nothing_needs_attention_and_how_to_start(qtbot, db, admin):
    page = _page(qtbot, db, admin)
    assert page.empty_label.isVisible()
    assert not page.tree.isVisible()
    assert page.empty_label.text().startswith("Niets dat vandaag aandacht vraagt.")
    assert "Nieuwe klacht" in page.empty_label.text()


def test_vandaag_says_loading_until_the_worklist_arrives(qtbot, db, admin, monkeypatch):
    from app.ui import ops

    _register(db, admin, "Proefklager Laden", related_dossiers=("2026.777",))
    held: list[ops.Op] = []
    monkeypatch.setattr(ops, "launch", held.append)
    page = TodayPage(db, admin)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    # The read is held: "Laden…", and neither an empty list nor "nothing needs attention".
    assert len(held) == 1
    assert page.loading_label.isVisible()
    assert page.loading_label.text() == "Laden…"
    assert not page.tree.isVisible()
    assert not page.empty_label.isVisible()
    held[0].run()
    _loaded(qtbot, page)
    assert not page.loading_label.isVisible()
    assert page.tree.isVisible()
    assert any(t.startswith("Taken (1)") for t in page.model.group_titles())
