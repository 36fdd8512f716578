"""Clusteren: similar complaints put together from the register and given one handler."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from app.db import Database
from app.models.enums import Role, Status
from app.services.clusters import ClusterService
from app.services.complainants import ComplainantData
from app.services.complaints import ComplaintService
from app.services.intake import ConcernedEmployee, IntakeData, IntakeService
from app.services.organisation import EmployeeInput, OrganisationService
from app.services.permissions import CurrentUser
from app.ui.complaints.cluster_dialog import ClusterDialog
from app.ui.complaints.detail import ComplaintDetailWindow
from app.ui.complaints.register_page import RegisterPage
from tests.ui_waiting import wait_loaded

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton


def _click(qtbot, button: QPushButton) -> None:
    assert button.isVisible(), button.text()
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, LEFT)


def _register(db: Database, admin: CurrentUser, name: str, concerned: int | None = None):
    return IntakeService(db, admin).register(
        IntakeData(
            description="ik ben niet teruggebeld.",
            complainant=ComplainantData(name=name, email=f"{name.split()[-1]}@example.org"),
            received_on=date(2026, 4, 24),
            employees_concerned=(ConcernedEmployee(concerned),) if concerned else (),
        ),
        today=date(2026, 4, 24),
    )


def _confirm(qtbot, parent) -> None:
    qtbot.waitUntil(lambda: parent.findChild(QMessageBox) is not None)
    box = parent.findChild(QMessageBox)
    _click(qtbot, box.findChild(QPushButton, "confirm_button"))


def test_two_complaints_are_clustered_in_the_dialog_and_get_one_handler(
    qtbot, db: Database, admin: CurrentUser
) -> None:
    org = OrganisationService(db, admin)
    concerned = org.create_employee(
        EmployeeInput(name="Proef Betrokkene", login="betrokken", roles=frozenset({Role.HANDLER}))
    ).id
    handler = org.create_employee(
        EmployeeInput(name="Proef Behandelaar", login="behandel", roles=frozenset({Role.HANDLER}))
    ).id
    first = _register(db, admin, "Proef Alfa")
    second = _register(db, admin, "Proef Beta", concerned)

    page = RegisterPage(db, admin)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    wait_loaded(qtbot, page)
    assert page.select_complaint(first.complaint_id)
    _click(qtbot, page.cluster_button)
    dialog = page.cluster_dialog
    assert isinstance(dialog, ClusterDialog)
    qtbot.waitExposed(dialog)
    assert dialog.members_list.count() == 1  # the register's complaint, not yet saved

    qtbot.keyClicks(dialog.name_edit, "Terugbelachterstand april")
    _click(qtbot, dialog.create_button)
    qtbot.keyClicks(dialog.number_edit, second.number)
    _click(qtbot, dialog.add_button)
    info = ClusterService(db, admin).cluster_of(second.complaint_id)
    assert info is not None
    assert {m[0] for m in info.members} == {first.complaint_id, second.complaint_id}
    assert dialog.members_list.count() == 2
    assert "Geregistreerd" in dialog.members_list.item(0).text()

    # The employee concerned in the second complaint is refused, with the service's reason.
    dialog.handler_combo.setCurrentIndex(dialog.handler_combo.findData(concerned))
    assert dialog.handler_combo.currentData() == concerned  # eligible for the first one
    _click(qtbot, dialog.assign_button)
    _confirm(qtbot, dialog)
    qtbot.waitUntil(
        lambda: any("Awb 9:7" in box.informativeText() for box in dialog.findChildren(QMessageBox))
    )
    for box in dialog.findChildren(QMessageBox):
        box.close()

    dialog.handler_combo.setCurrentIndex(dialog.handler_combo.findData(handler))
    _click(qtbot, dialog.assign_button)
    boxes = [b for b in dialog.findChildren(QMessageBox) if b.isVisible()]
    _click(qtbot, boxes[-1].findChild(QPushButton, "confirm_button"))
    complaints = ComplaintService(db, admin)
    for result in (first, second):
        detail = complaints.detail(result.complaint_id)
        assert detail.status == Status.ASSIGNED
        assert detail.handler_id == handler

    window = ComplaintDetailWindow.open_for(db, admin, first.complaint_id, None)
    qtbot.addWidget(window)
    assert window.cluster_label.text() == "Cluster: Terugbelachterstand april (2 klachten)"


def test_the_cluster_decision_dialog_shows_each_letter_and_decides_after_confirmation(
    qtbot, db: Database, admin: CurrentUser, people: dict[str, int], tmp_path
) -> None:
    from app.models.enums import Judgment
    from app.services.letter_templates import LetterKind
    from app.services.letters import LetterService
    from app.ui.complaints.cluster_decision_dialog import ClusterDecisionDialog
    from tests.test_cluster_decision import COMPLAINANTS, FINDINGS
    from tests.test_cluster_decision import _heard as heard
    from tests.test_cluster_decision import _register as register

    ids = [register(db, admin, person, people["concerned"]) for person in COMPLAINANTS]
    for complaint_id in ids:
        heard(db, admin, complaint_id, people["handler"])
    cluster_id = ClusterService(db, admin).create("Terugbelachterstand april", None, ids)

    clusters = ClusterDialog(db, admin, None)
    qtbot.addWidget(clusters)
    clusters.cluster_combo.setCurrentIndex(clusters.cluster_combo.findData(cluster_id))
    clusters.show()
    qtbot.waitExposed(clusters)
    _click(qtbot, clusters.decide_button)
    dialog = clusters.decision_dialog
    assert isinstance(dialog, ClusterDecisionDialog)
    qtbot.waitExposed(dialog)
    table = dialog.letters_table
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert [row[1] for row in rows] == [p.name for p in COMPLAINANTS]
    assert rows[0][2] == "Lindelaan 12, 1234 AB Proefstad"
    assert rows[1][2] == "Beukenweg 3a, 5678 CD Testdorp"
    assert [row[3] for row in rows] == ["ja", "ja"]
    dialog.judgment_combo.setCurrentIndex(dialog.judgment_combo.findData(Judgment.UPHELD.value))
    qtbot.keyClicks(dialog.findings_edit, FINDINGS)
    dialog.grab().save(str(tmp_path / "cluster_decision.png"))

    _click(qtbot, dialog.decide_button)
    # Nothing is decided before the confirmation.
    assert ComplaintService(db, admin).detail(ids[0]).status == Status.HEARING
    _confirm(qtbot, dialog)
    for complaint_id in ids:
        assert ComplaintService(db, admin).detail(complaint_id).status == Status.JUDGED
        kinds = [d.kind for d in LetterService(db, admin).documents(complaint_id)]
        assert kinds.count(LetterKind.DECISION_LETTER) == 1
    qtbot.waitUntil(
        lambda: any(
            "2 beslissingsbrieven" in box.text() for box in clusters.findChildren(QMessageBox)
        )
    )


def test_the_register_filter_bar_narrows_to_spoed_the_fast_lane_and_a_cluster(
    qtbot, db: Database, admin: CurrentUser
) -> None:
    from app.services.workflow import WorkflowService

    first = _register(db, admin, "Proef Alfa")
    second = _register(db, admin, "Proef Beta")
    _register(db, admin, "Proef Gamma")
    WorkflowService(db, admin).set_flags(first.complaint_id, urgent=True, fast_lane=False)
    WorkflowService(db, admin).set_flags(second.complaint_id, urgent=False, fast_lane=True)
    cluster_id = ClusterService(db, admin).create(
        "Terugbellen", None, [first.complaint_id, second.complaint_id]
    )

    page = RegisterPage(db, admin)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    wait_loaded(qtbot, page)
    bar = page.filters
    assert page.model.rowCount() == 3

    def numbers() -> set[str]:
        return {page.model.row_at(r).number for r in range(page.model.rowCount())}

    bar.urgent_box.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert numbers() == {first.number}
    bar.clear_button.click()
    bar.fast_lane_box.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert numbers() == {second.number}
    bar.clear_button.click()
    bar.select(bar.cluster_combo, cluster_id)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert numbers() == {first.number, second.number}
    assert bar.count_label.text() == "2 klachten en signalen"
