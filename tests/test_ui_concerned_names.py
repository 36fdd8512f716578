"""The assign dialog resolves free-text employees concerned before a handler is chosen
(Awb 9:7): link the name to a suggested employee, or confirm the handler is not that person."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.models.enums import Role, Status
from app.services.complainants import ComplainantData
from app.services.complaints import ComplaintService
from app.services.intake import ConcernedEmployee, IntakeData, IntakeService
from app.services.organisation import EmployeeInput, OrganisationService
from app.services.workflow import WorkflowService
from app.ui.complaints.detail import ComplaintDetailWindow
from app.ui.workflow.dialogs import AssignDialog

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def staff(db, admin) -> dict[str, int]:
    org = OrganisationService(db, admin)
    return {
        key: org.create_employee(EmployeeInput(name=name, login=key, roles=frozenset(roles))).id
        for key, name, roles in (
            ("hans", "Hans Proefmans", {Role.HANDLER}),
            ("other", "Proef Anderhand", {Role.HANDLER}),
        )
    }


@pytest.fixture
def loose_complaint(db, admin, staff) -> int:
    data = IntakeData(
        description="de medewerker aan de balie onvriendelijk was.",
        complainant=ComplainantData(name="Proefklager Xi", email="xi@example.com"),
        received_on=date(2026, 4, 24),
        employees_concerned=(ConcernedEmployee(free_text_name="Hans van de balie"),),
    )
    return IntakeService(db, admin).register(data, today=date(2026, 4, 24)).complaint_id


def _dialog(qtbot, db, admin, complaint_id) -> tuple[ComplaintDetailWindow, AssignDialog]:
    window = ComplaintDetailWindow.open_for(db, admin, complaint_id, None, lambda: None)
    qtbot.addWidget(window)
    dialog = window.handling_tab.open_action("assign")
    assert isinstance(dialog, AssignDialog)
    return window, dialog  # the window owns the dialog: keep it alive


def test_the_assign_dialog_links_a_free_text_name_to_a_suggested_employee(
    qtbot, db, admin, staff, loose_complaint
):
    _window, dialog = _dialog(qtbot, db, admin, loose_complaint)
    [combo] = dialog.link_combos
    suggested = [combo.itemData(i) for i in range(combo.count())]
    assert suggested == [None, staff["hans"]]

    dialog.handler_combo.setCurrentIndex(dialog.handler_combo.findData(staff["other"]))
    qtbot.mouseClick(dialog.ok_button, LEFT)  # neither linked nor confirmed
    assert dialog.errors.label_for("confirm").isVisible()
    assert ComplaintService(db, admin).detail(loose_complaint).handler_id is None

    combo.setCurrentIndex(1)  # "Is Hans Proefmans"
    qtbot.mouseClick(dialog.ok_button, LEFT)
    detail = ComplaintService(db, admin).detail(loose_complaint)
    assert detail.status == Status.ASSIGNED
    assert detail.handler_id == staff["other"]
    assert WorkflowService(db, admin).unresolved_concerned(loose_complaint) == []
    offered = {h.id for h in WorkflowService(db, admin).eligible_handlers(loose_complaint)}
    assert staff["hans"] not in offered


def test_the_assign_dialog_records_the_coordinators_confirmation(
    qtbot, db, admin, staff, loose_complaint
):
    _window, dialog = _dialog(qtbot, db, admin, loose_complaint)
    dialog.handler_combo.setCurrentIndex(dialog.handler_combo.findData(staff["hans"]))
    dialog.confirm_box.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert ComplaintService(db, admin).detail(loose_complaint).handler_id == staff["hans"]
    [loose] = WorkflowService(db, admin).unresolved_concerned(loose_complaint)
    assert loose.cleared_handler_id == staff["hans"]
