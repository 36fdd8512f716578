"""Mijn taken, driven through the real widgets (offscreen)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

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
from app.ui.complaints.display import OVERDUE_BACKGROUND
from app.ui.tasks.model import TaskColumn
from app.ui.tasks.page import MyTasksPage

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


def _page(qtbot, db, user) -> MyTasksPage:
    page = MyTasksPage(db, user)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def _column(page: MyTasksPage, column: TaskColumn) -> list[str]:
    model = page.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_an_overdue_contact_comes_first_in_red_and_opens_on_the_handling_tab(
    qtbot, db, admin, handler_id
):
    _register(db, admin, "Proefklager Nieuw")
    late = _register(db, admin, "Proefklager Laat", days_ago=30)
    WorkflowService(db, admin).assign(late, admin.employee_id)
    page = _page(qtbot, db, admin)

    first = page.model.item_at(0)
    assert (first.kind, first.complaint_id, first.state) == (ItemKind.CONTACT, late, "overdue")
    due = page.model.index(0, TaskColumn.DUE)
    assert "te laat" in due.data()
    assert due.data(Qt.ItemDataRole.BackgroundRole) == OVERDUE_BACKGROUND
    assert "te laat" in page.summary_label.text()
    assert not page.done_button.isEnabled()  # nothing chosen yet

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter opens the most urgent
    window = ComplaintDetailWindow.find_open(db, late)
    assert window is not None
    qtbot.addWidget(window)
    assert window.tabs.currentWidget() is window.handling_tab


def test_only_the_coordinator_can_show_everyones_tasks(qtbot, db, admin, handler_id):
    theirs = _register(db, admin, "Proefklager Ander")
    WorkflowService(db, admin).assign(theirs, handler_id)
    page = _page(qtbot, db, admin)
    assert page.everyone_check.isVisible()
    assert theirs not in {item.complaint_id for item in page.model.items}

    page.everyone_check.setChecked(True)
    assert theirs in {item.complaint_id for item in page.model.items}
    assert "Proef Behandelaar" in _column(page, TaskColumn.WHO)

    handler = load_current_user(db, "handler")
    assert handler is not None
    own = _page(qtbot, db, handler)
    assert not own.everyone_check.isVisible()
    assert {item.complaint_id for item in own.model.items} == {theirs}


def test_completing_a_task_removes_it_and_an_empty_list_says_so(qtbot, db, admin):
    complaint = _register(db, admin, "Proefklager Dossier", related_dossiers=("2026.12345",))
    WorkflowService(db, admin).withdraw(complaint, reason="Klager trekt de klacht in.")
    page = _page(qtbot, db, admin)
    assert [item.kind for item in page.model.items] == [ItemKind.TASK]
    assert not page.done_button.isEnabled()
    page.table.selectRow(0)
    assert page.done_button.isEnabled()
    qtbot.mouseClick(page.done_button, LEFT)
    assert page.model.rowCount() == 0
    assert page.empty_label.isVisible()
    assert page.empty_label.text() == "Geen openstaande taken. Goed bezig!"
