"""The annex-1 form and the Verbetervoorstellen screen, driven through the real widgets."""

from __future__ import annotations

import gc
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.db import Database
from app.models.enums import CauseKind, Decision, ProposalStatus, ReportStatus, Role
from app.reports.annex1 import COMPLAINANT_NAME, NUMBER
from app.services.complainants import ComplainantData
from app.services.errors import PermissionDenied
from app.services.identity import load_current_user
from app.services.intake import IntakeData, IntakeService
from app.services.learning import (
    HandlingReportService,
    ImprovementService,
    ProposalInput,
    ReportAnswers,
)
from app.services.letters import LetterService
from app.services.organisation import EmployeeInput, OrganisationService
from app.services.permissions import CurrentUser
from app.services.workflow import WorkflowService
from app.ui.learning.handling_form import HandlingFormDialog
from app.ui.learning.page import LearningPage

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
TODAY = date(2026, 6, 1)

ANSWERS = ReportAnswers(
    cause_kind=CauseKind.WORK_PROCESS,
    cause_text="Terugbelverzoeken kwamen in een gedeelde mailbox.",
    prevention="Een eigenaar per mailbox.",
    remedial_action="Dezelfde dag teruggebeld.",
    improvement_points="Terugbelverzoeken registreren in het zaaksysteem.",
)


@pytest.fixture
def people(db: Database, admin: CurrentUser) -> dict[str, CurrentUser]:
    org = OrganisationService(db, admin)
    org.create_employee(
        EmployeeInput(name="Proef Tau", login="tau", roles=frozenset({Role.HANDLER}))
    )
    org.create_employee(
        EmployeeInput(name="Proef Ypsilon", login="ypsilon", roles=frozenset({Role.HANDLER}))
    )
    tau, ypsilon = load_current_user(db, "tau"), load_current_user(db, "ypsilon")
    assert tau is not None
    assert ypsilon is not None
    return {"tau": tau, "ypsilon": ypsilon}


def _complaint(db: Database, admin: CurrentUser, handler: CurrentUser, n: int = 1) -> int:
    complaint = (
        IntakeService(db, admin)
        .register(
            IntakeData(
                description="Niemand belde terug na mijn e-mail.",
                received_on=date(2026, 3, 2),
                complainant=ComplainantData(
                    name=f"Proefklager Phi {n}",
                    email=f"phi{n}@example.com",
                    street="Dorpsstraat",
                    house_number=str(n),
                    postcode="1234 AB",
                    city="Utrecht",
                ),
            ),
            today=date(2026, 3, 2),
        )
        .complaint_id
    )
    WorkflowService(db, admin).assign(complaint, handler.employee_id)
    return complaint


def _handled(db: Database, admin: CurrentUser, complaint: int) -> None:
    WorkflowService(db, admin).withdraw(complaint, reason="Klager trekt de klacht in.")


_hosts: list[QWidget] = []


@pytest.fixture(autouse=True)
def _release_hosts():
    yield
    _hosts.clear()


def _form(qtbot, db, user, complaint_id) -> HandlingFormDialog:
    """The form window, as a child of a host widget that the test keeps (the window deletes
    itself when closed, so it is not registered with qtbot itself)."""
    host = QWidget()
    qtbot.addWidget(host)
    _hosts.append(host)
    dialog = HandlingFormDialog.open_for(db, user, complaint_id, host)
    qtbot.waitExposed(dialog)
    return dialog


def _fill(qtbot, dialog: HandlingFormDialog) -> None:
    dialog.cause_combo.setCurrentIndex(dialog.cause_combo.findData(CauseKind.WORK_PROCESS.value))
    qtbot.keyClicks(dialog.cause_edit, ANSWERS.cause_text)
    qtbot.keyClicks(dialog.prevention_edit, ANSWERS.prevention)
    qtbot.keyClicks(dialog.remedial_edit, ANSWERS.remedial_action)
    qtbot.keyClicks(dialog.improvements_edit, ANSWERS.improvement_points)


def _page(qtbot, db, user) -> LearningPage:
    page = LearningPage(db, user, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1280, 820)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    return page


def _choose(qtbot, tab, proposal_id: int) -> None:
    """Choose a proposal and wait until the list is read again and the editor shows it."""
    tab.select_proposal(proposal_id)
    qtbot.waitUntil(
        lambda: tab.editor.proposal is not None and tab.editor.proposal.id == proposal_id,
        timeout=10_000,
    )


def test_a_handler_sends_the_form_and_the_coordinator_reviews_it_in_formulieren(
    qtbot, db, admin, people
):
    tau = people["tau"]
    complaint = _complaint(db, admin, tau)
    _handled(db, admin, complaint)
    dialog = _form(qtbot, db, tau, complaint)
    assert dialog.fact_labels[NUMBER].text() == "IK-2026-0001"
    assert dialog.fact_labels[COMPLAINANT_NAME].text() == "Proefklager Phi 1"
    qtbot.mouseClick(dialog.send_button, LEFT)  # nothing filled in: refused beside fields
    assert dialog.errors.label_for("cause_kind").isVisible()
    assert dialog.errors.label_for("remedial_action").isVisible()
    _fill(qtbot, dialog)
    qtbot.mouseClick(dialog.send_button, LEFT)
    assert HandlingReportService(db, tau).form(complaint).status == ReportStatus.SUBMITTED
    assert dialog.cause_edit.isReadOnly()
    assert not dialog.send_button.isVisible()
    assert "Verzonden" in dialog.status_label.text()

    page = _page(qtbot, db, admin)
    forms = page.forms_tab
    assert [(r.number, r.status) for r in forms.model.rows] == [
        ("IK-2026-0001", ReportStatus.SUBMITTED)
    ]
    forms.select(complaint)
    review = forms.open_selected()  # a child of the page
    assert review is not None
    assert review.review_box.isVisible()
    assert review.cause_edit.isReadOnly()
    assert review.cause_edit.toPlainText() == ANSWERS.cause_text

    # Sent back with a remark: the handler sees it and may change the form again.
    qtbot.mouseClick(review.send_back_button, LEFT)
    prompt = review.prompt
    qtbot.keyClicks(prompt.text_edit, "Maak de preventie concreter.")
    qtbot.mouseClick(prompt.confirm_button, LEFT)
    qtbot.waitUntil(lambda: forms.model.rows[0].status == ReportStatus.RETURNED)
    review.close()
    dialog.close()
    again = _form(qtbot, db, tau, complaint)
    assert again.remark_frame.isVisible()
    assert "Maak de preventie concreter." in again.remark_label.text()
    assert not again.cause_edit.isReadOnly()
    qtbot.keyClicks(again.prevention_edit, " Met een dagelijkse controle.")
    qtbot.mouseClick(again.send_button, LEFT)

    # Reviewed; the improvement point becomes a proposal in one step.
    forms.refresh()
    review = forms.open_form(complaint)
    qtbot.mouseClick(review.reviewed_button, LEFT)
    assert HandlingReportService(db, admin).form(complaint).status == ReportStatus.REVIEWED
    qtbot.mouseClick(review.convert_button, LEFT)
    convert = review.prompt
    assert "zaaksysteem" in convert.text_edit.toPlainText()
    qtbot.keyClicks(convert.title_edit, "Terugbelverzoeken in het zaaksysteem")
    qtbot.mouseClick(convert.create_button, LEFT)
    assert page.tabs.currentWidget() is page.proposals_tab
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    editor = page.proposals_tab.editor
    assert editor.proposal is not None
    assert editor.proposal.title == "Terugbelverzoeken in het zaaksysteem"
    assert [c.complaint_id for c in editor.proposal.complaints] == [complaint]


def test_a_handler_cannot_open_another_handlers_form(qtbot, db, admin, people):
    complaint = _complaint(db, admin, people["tau"])
    dialog = _form(qtbot, db, people["ypsilon"], complaint)
    assert dialog.refusal_label is not None
    assert dialog.refusal_label.isVisible()
    assert "eigen klachten" in dialog.refusal_label.text()
    assert dialog.form is None
    with pytest.raises(PermissionDenied):
        HandlingReportService(db, people["ypsilon"]).form(complaint)
    with pytest.raises(PermissionDenied):
        HandlingReportService(db, people["ypsilon"]).save_draft(complaint, ANSWERS, version=None)
    page = _page(qtbot, db, people["ypsilon"])
    assert page.forms_tab.model.rowCount() == 0
    assert page.proposals_tab is None


def test_a_typed_draft_is_there_again_after_closing_and_opening_a_new_window(
    qtbot, db, admin, people
):
    tau = people["tau"]
    complaint = _complaint(db, admin, tau)
    dialog = _form(qtbot, db, tau, complaint)
    # Not handled yet: it cannot be sent, but it is kept as a draft.
    assert not dialog.send_button.isEnabled()
    assert dialog.handled_note.isVisible()
    service = HandlingReportService(db, tau)

    qtbot.keyClicks(dialog.cause_edit, "De mailbox")
    # Saved shortly after typing stops, without closing (a crash loses at most a second).
    qtbot.waitUntil(
        lambda: service.form(complaint).answers.cause_text == "De mailbox", timeout=3000
    )
    assert service.form(complaint).status == ReportStatus.DRAFT
    qtbot.keyClicks(dialog.cause_edit, " werd niet gelezen.")
    dialog.close()  # at once, before the timer: saved on closing
    del dialog
    gc.collect()
    QApplication.processEvents()

    reopened = _form(qtbot, db, tau, complaint)
    assert reopened.cause_edit.toPlainText() == "De mailbox werd niet gelezen."
    assert "Concept" in reopened.status_label.text()


def test_a_proposal_is_not_accepted_without_owner_and_deadline(qtbot, db, admin, people):
    page = _page(qtbot, db, admin)
    tab = page.proposals_tab
    page.tabs.setCurrentWidget(tab)
    editor = tab.editor
    qtbot.mouseClick(tab.new_button, LEFT)
    qtbot.keyClicks(editor.title_edit, "Wachttijden op de website")
    qtbot.keyClicks(editor.measurable_edit, "Elke maand bijgewerkt")
    qtbot.keyClicks(editor.number_edit, "IK-2099-0001")
    qtbot.mouseClick(editor.add_complaint_button, LEFT)
    assert editor.errors.label_for("complaint_ids").isVisible()  # no such complaint
    qtbot.mouseClick(editor.save_button, LEFT)
    assert editor.proposal is not None
    proposal_id = editor.proposal.id
    qtbot.waitUntil(lambda: [r.id for r in tab.model.rows] == [proposal_id], timeout=10_000)

    editor.decision_combo.setCurrentIndex(editor.decision_combo.findData(Decision.ACCEPTED.value))
    qtbot.mouseClick(editor.decide_button, LEFT)
    assert editor.errors.label_for("owner_id").isVisible()
    assert editor.errors.label_for("deadline").isVisible()
    assert editor.decision_error.isVisible()
    service = ImprovementService(db, admin)
    assert service.get(proposal_id).decision == Decision.PROPOSED

    editor.owner_combo.setCurrentIndex(editor.owner_combo.findData(people["tau"].employee_id))
    editor.deadline_edit.check.setChecked(True)
    qtbot.mouseClick(editor.decide_button, LEFT)  # saves the owner and deadline first
    decided = service.get(proposal_id)
    assert decided.decision == Decision.ACCEPTED
    assert decided.owner_id == people["tau"].employee_id
    assert not editor.errors.label_for("owner_id").isVisible()
    assert "Aangenomen" in editor.decision_state.text()


def test_realising_a_proposal_offers_the_letters_and_records_them(qtbot, db, admin, people):
    tau = people["tau"]
    first, second = _complaint(db, admin, tau, 1), _complaint(db, admin, tau, 2)
    service = ImprovementService(db, admin, today=TODAY)
    proposal_id = service.create(
        ProposalInput(
            title="Terugbelverzoeken in het zaaksysteem",
            deadline=date(2026, 9, 1),
            owner_id=tau.employee_id,
            complaint_ids=(first, second),
        )
    )
    service.decide(proposal_id, Decision.ACCEPTED, on=date(2026, 4, 1))
    page = _page(qtbot, db, admin)
    tab = page.proposals_tab
    page.tabs.setCurrentWidget(tab)
    _choose(qtbot, tab, proposal_id)
    editor = tab.editor
    qtbot.keyClicks(editor.note_edit, "Werkinstructie geschreven.")
    qtbot.mouseClick(editor.note_button, LEFT)
    assert [r.cells[1] for r in editor.notes_model.rows] == ["Werkinstructie geschreven."]

    editor.status_combo.setCurrentIndex(editor.status_combo.findData(ProposalStatus.REALISED.value))
    qtbot.mouseClick(editor.status_button, LEFT)
    dialog = editor.inform_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert [r.complaint.complaint_id for r in dialog.model.rows] == [first, second]
    opened: list[Path] = []
    dialog.opener = lambda path: opened.append(path) or True
    dialog.model.toggle_format(1)  # the second one by post
    qtbot.mouseClick(dialog.make_button, LEFT)

    assert sorted(p.suffix for p in opened) == [".eml", ".pdf"]
    assert service.uninformed_complaints(proposal_id) == []
    letters = LetterService(db, admin, today=TODAY)
    for complaint in (first, second):
        kinds = [d.kind for d in letters.documents(complaint)]
        assert kinds == ["improvement_letter"]
    assert b"Terugbelverzoeken in het zaaksysteem" in opened[0].read_bytes().replace(b"=\r\n", b"")
    assert "Alle klagers zijn" in editor.inform_label.text()
    assert not editor.inform_button.isVisible()


def test_management_sees_a_proposals_complaints_by_number_without_the_complainant(
    qtbot, db, admin, people
):
    complaint = _complaint(db, admin, people["tau"], 7)
    proposal_id = ImprovementService(db, admin, today=TODAY).create(
        ProposalInput(title="Terugbellen binnen een dag", complaint_ids=(complaint,))
    )
    OrganisationService(db, admin).create_employee(
        EmployeeInput(name="Proef Chi", login="chi", roles=frozenset({Role.MANAGEMENT}))
    )
    manager = load_current_user(db, "chi")
    assert manager is not None
    number = HandlingReportService(db, admin).form(complaint).number

    def linked_items(user: CurrentUser) -> list[str]:
        page = _page(qtbot, db, user)
        tab = page.proposals_tab
        page.tabs.setCurrentWidget(tab)
        _choose(qtbot, tab, proposal_id)
        model = tab.editor.complaints_model
        return [model.item(row).text() for row in range(model.rowCount())]

    assert linked_items(manager) == [number]
    assert linked_items(admin) == [f"{number} — Proefklager Phi 7"]


def test_the_learning_lists_show_loading_until_their_reads_arrive(
    qtbot, db, admin, people, monkeypatch
):
    from app.ui import ops

    tau = people["tau"]
    complaint = _complaint(db, admin, tau)
    HandlingReportService(db, tau).save_draft(complaint, ANSWERS, version=None)
    proposal_id = ImprovementService(db, admin, today=TODAY).create(
        ProposalInput(title="Terugbellen binnen een dag", complaint_ids=(complaint,))
    )
    held: list[ops.Op] = []
    monkeypatch.setattr(ops, "launch", held.append)
    page = LearningPage(db, admin, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    forms, proposals = page.forms_tab, page.proposals_tab
    assert forms is not None
    assert proposals is not None
    # Shown, but both reads are held: the placeholder, no table and no empty-list text.
    assert len(held) == 2
    assert page.loading
    assert forms.loading_label.isVisible()
    assert forms.loading_label.text() == "Laden…"
    assert not forms.table.isVisible()
    assert not forms.empty_state.isVisible()
    assert forms.model.rowCount() == 0
    page.tabs.setCurrentWidget(proposals)
    assert proposals.loading_label.isVisible()
    assert not proposals.table.isVisible()
    assert not proposals.empty_state.isVisible()

    for job in held:
        job.run()
    qtbot.waitUntil(lambda: not page.loading, timeout=5_000)
    assert [r.id for r in proposals.model.rows] == [proposal_id]
    assert proposals.table.isVisible()
    assert not proposals.loading_label.isVisible()
    page.tabs.setCurrentWidget(forms)
    assert [(r.complaint_id, r.status) for r in forms.model.rows] == [
        (complaint, ReportStatus.DRAFT)
    ]
    assert forms.table.isVisible()
    assert not forms.loading_label.isVisible()
