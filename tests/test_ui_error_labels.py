"""Messages under form fields: they go as soon as the field is corrected, and the fields
below stay where they are when a message appears or goes (each message reserves its line).
Also: Enter submits the first-use dialog again after a refused try."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget

from app.db import Database
from app.models.enums import HearingSkipReason, Judgment, NoteChannel
from app.services.complainants import ComplainantData
from app.services.identity import load_current_user
from app.services.intake import ConcernedEmployee, IntakeData, IntakeService
from app.services.permissions import CurrentUser
from app.services.workflow import WorkflowService
from app.ui.complaints.intake_dialog import IntakeDialog
from app.ui.first_use import FirstUseDialog
from app.ui.learning.handling_form import HandlingFormDialog
from app.ui.workflow.judgment import JudgmentDialog

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton


def _y(widget: QWidget, container: QWidget) -> int:
    return widget.mapTo(container, QPoint(0, 0)).y()


def _complaint(db: Database, admin: CurrentUser, people: dict[str, int]) -> int:
    return (
        IntakeService(db, admin)
        .register(
            IntakeData(
                description="de medewerker was onvriendelijk en belde niet terug.",
                complainant=ComplainantData(name="Proefklager Omega", email="omega@example.com"),
                received_on=date.today(),
                employees_concerned=(ConcernedEmployee(people["concerned"]),),
            )
        )
        .complaint_id
    )


def test_an_intake_message_goes_when_its_field_is_corrected_and_nothing_below_moves(
    qtbot, db: Database, admin: CurrentUser
) -> None:
    dialog = IntakeDialog(db, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    form = dialog.form
    below = form.employees  # the question right under the description
    before = _y(below, form)

    qtbot.mouseClick(dialog.register_button, LEFT)
    label = form.errors.label_for("description")
    assert label.isVisible()
    assert _y(below, form) == before

    qtbot.keyClicks(form.description_edit, "er werd niet teruggebeld")
    assert not label.isVisible()
    assert _y(below, form) == before


def test_an_annex1_message_goes_when_its_field_is_corrected_and_nothing_below_moves(
    qtbot, db: Database, admin: CurrentUser, people: dict[str, int]
) -> None:
    complaint = _complaint(db, admin, people)
    workflow = WorkflowService(db, admin)
    workflow.assign(complaint, people["handler"])
    workflow.withdraw(complaint, reason="Klager trekt de klacht in.")
    handler = load_current_user(db, "handler")
    assert handler is not None
    host = QWidget()
    qtbot.addWidget(host)
    dialog = HandlingFormDialog.open_for(db, handler, complaint, host)
    qtbot.waitExposed(dialog)
    content = dialog.scroll.widget()
    below = dialog.cause_edit  # right under the cause choice
    further = dialog.improvements_edit
    before, further_before = _y(below, content), _y(further, content)

    qtbot.mouseClick(dialog.send_button, LEFT)  # nothing filled in
    cause_kind = dialog.errors.label_for("cause_kind")
    remedial = dialog.errors.label_for("remedial_action")
    assert cause_kind.isVisible()
    assert remedial.isVisible()
    assert _y(below, content) == before

    dialog.cause_combo.setFocus()
    qtbot.keyClick(dialog.cause_combo, Qt.Key.Key_Down)
    assert dialog.cause_combo.currentIndex() >= 0
    assert not cause_kind.isVisible()
    assert remedial.isVisible()  # only the corrected field's message goes
    qtbot.keyClicks(dialog.remedial_edit, "Excuses aangeboden.")
    assert not remedial.isVisible()
    assert (_y(below, content), _y(further, content)) == (before, further_before)
    dialog.close()


def test_a_judgment_message_goes_when_the_part_is_judged_and_the_next_part_stays_put(
    qtbot, db: Database, admin: CurrentUser, people: dict[str, int]
) -> None:
    complaint = _complaint(db, admin, people)
    workflow = WorkflowService(db, admin)
    workflow.assign(complaint, people["handler"])
    workflow.record_first_contact(
        complaint, datetime.now(UTC), NoteChannel.PHONE, "Klager gebeld en verhaal aangehoord."
    )
    workflow.start_formal(complaint, ["De toon van het gesprek", "Niet teruggebeld"])
    workflow.record_hearing(complaint, skipped=HearingSkipReason.WAIVED)
    state = workflow.state(complaint)
    dialog = JudgmentDialog(workflow, state, lambda: state.version, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    first, second = dialog.editors
    content = second.parentWidget().parentWidget()
    before = _y(second, content)

    qtbot.mouseClick(dialog.ok_button, LEFT)  # no part judged yet
    first_error = dialog.errors.label_for("part_1")
    second_error = dialog.errors.label_for("part_2")
    assert first_error.isVisible()
    assert second_error.isVisible()
    assert _y(second, content) == before

    qtbot.mouseClick(first.judgment_buttons[Judgment.UPHELD], LEFT)
    assert not first_error.isVisible()
    assert second_error.isVisible()
    assert _y(second, content) == before


def test_a_first_use_message_goes_when_typing_and_enter_submits_after_a_refusal(
    qtbot, fresh_db: Database
) -> None:
    dialog = FirstUseDialog(fresh_db, "eerste.gebruiker")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = _y(dialog.name_edit, dialog)

    qtbot.mouseClick(dialog.start_button, LEFT)  # nothing typed yet
    organisation_error = dialog.errors.label_for("organisation_name")
    name_error = dialog.errors.label_for("user_name")
    assert organisation_error.isVisible()
    assert name_error.isVisible()
    assert _y(dialog.name_edit, dialog) == before

    qtbot.keyClicks(dialog.organisation_edit, "Gemeente Voorbeeld")
    assert not organisation_error.isVisible()
    assert name_error.isVisible()
    assert _y(dialog.name_edit, dialog) == before
    qtbot.keyClick(dialog.organisation_edit, Qt.Key.Key_Return)  # refused again: no name
    assert dialog.isVisible()
    assert name_error.isVisible()
    assert not organisation_error.isVisible()

    qtbot.keyClicks(dialog.name_edit, "Hanna Eerst")
    assert not name_error.isVisible()
    with qtbot.waitSignal(dialog.user_created, timeout=2000):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    user = load_current_user(fresh_db, "eerste.gebruiker")
    assert user is not None
    assert user.name == "Hanna Eerst"
