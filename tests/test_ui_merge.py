"""Merging two complainant records through the real dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QPushButton

from app.db import Database
from app.models.enums import Role
from app.services.complainants import ComplainantData
from app.services.complaints import ComplaintService
from app.services.intake import IntakeData, IntakeService
from app.services.organisation import EmployeeInput, OrganisationService
from app.services.permissions import CurrentUser
from app.ui.complaints.merge_dialog import MergeComplainantsDialog, search_data

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton


def _choose_first(qtbot, candidates: QListWidget) -> None:
    qtbot.waitUntil(lambda: candidates.count() == 1)
    rect = candidates.visualItemRect(candidates.item(0))
    qtbot.mouseClick(candidates.viewport(), LEFT, pos=rect.center())
    assert candidates.currentRow() == 0


def test_search_text_is_used_as_name_and_as_email_or_phone_when_it_looks_like_one() -> None:
    assert search_data("Jan Jansen") == ComplainantData(name="Jan Jansen")
    assert search_data(" jan@example.org ") == ComplainantData(
        name="jan@example.org", email="jan@example.org"
    )
    assert search_data("06-1234 5678") == ComplainantData(
        name="06-1234 5678", phone_day="06-1234 5678"
    )


def test_merging_two_complainants_moves_all_complaints_to_the_target(
    qtbot, db: Database, admin: CurrentUser
) -> None:
    intake = IntakeService(db, admin)
    details = ComplaintService(db, admin)
    kept = intake.register(
        IntakeData(
            description="mijn brief is zoekgeraakt.",
            complainant=ComplainantData(name="Jan Jansen", email="jan@example.org"),
        )
    )
    target_id = details.detail(kept.complaint_id).complainant_id
    first_double = intake.register(
        IntakeData(
            description="niemand belde terug.",
            complainant=ComplainantData(name="J. Jansen", phone_day="020 123 4567"),
        )
    )
    source_id = details.detail(first_double.complaint_id).complainant_id
    second_double = intake.register(
        IntakeData(description="weer niemand belde terug.", existing_complainant_id=source_id)
    )
    assert source_id != target_id

    merged: list[bool] = []
    dialog = MergeComplainantsDialog.open_for(db, admin, None, lambda: merged.append(True))
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert not dialog.merge_button.isEnabled()

    qtbot.keyClicks(dialog.from_side.search_edit, "020 123 4567")
    _choose_first(qtbot, dialog.from_side.candidates)
    assert dialog.from_side.fields["name"].text() == "J. Jansen"
    assert dialog.from_side.fields["open"].text() == ", ".join(
        sorted([first_double.number, second_double.number])
    )
    qtbot.keyClicks(dialog.to_side.search_edit, "Jan Jansen")
    qtbot.keyClick(dialog.to_side.search_edit, Qt.Key.Key_Return)  # at once, no waiting
    # "J. Jansen" is chosen on the left, so only the other record is offered on the right.
    _choose_first(qtbot, dialog.to_side.candidates)
    assert dialog.to_side.selected().id == target_id
    assert dialog.to_side.fields["email"].text() == "jan@example.org"
    assert dialog.merge_button.isEnabled()

    qtbot.mouseClick(dialog.merge_button, LEFT)
    box = dialog.confirm_box
    assert box is not None
    assert box.text() == (
        "Alle klachten en kenmerken van J. Jansen gaan naar Jan Jansen. "
        "Dit kan niet ongedaan worden gemaakt."
    )
    qtbot.mouseClick(box.findChild(QPushButton, "confirm_button"), LEFT)

    assert merged == [True]
    assert dialog.result_label.text() == "Samengevoegd: J. Jansen is nu onderdeel van Jan Jansen."
    for result in (kept, first_double, second_double):
        assert details.detail(result.complaint_id).complainant_id == target_id
    # The right side now shows the target with all its complaints; the left side is empty.
    assert dialog.from_side.candidates.count() == 0
    assert not dialog.merge_button.isEnabled()
    assert dialog.to_side.fields["open"].text() == ", ".join(
        sorted([kept.number, first_double.number, second_double.number])
    )


def test_only_the_coordinator_can_merge(qtbot, db: Database, admin: CurrentUser) -> None:
    employee = OrganisationService(db, admin).create_employee(
        EmployeeInput(name="Sara Secretariaat", login="sara", roles=frozenset({Role.SECRETARIAT}))
    )
    secretary = CurrentUser("sara", employee.id, employee.name, frozenset({Role.SECRETARIAT}))
    IntakeService(db, admin).register(
        IntakeData(description="a", complainant=ComplainantData(name="Piet Puk", email="p@x.nl"))
    )
    IntakeService(db, admin).register(
        IntakeData(description="b", complainant=ComplainantData(name="P. Puk", email="p@x.nl"))
    )
    dialog = MergeComplainantsDialog.open_for(db, secretary, None, lambda: None)
    qtbot.addWidget(dialog)
    assert dialog.not_allowed.isVisibleTo(dialog)
    assert dialog.not_allowed.text() == "Alleen de klachtcoördinator mag klagers samenvoegen."
    qtbot.keyClicks(dialog.from_side.search_edit, "p@x.nl")
    qtbot.waitUntil(lambda: dialog.from_side.candidates.count() == 2)
    dialog.from_side.candidates.setCurrentRow(0)
    qtbot.keyClicks(dialog.to_side.search_edit, "p@x.nl")
    qtbot.waitUntil(lambda: dialog.to_side.candidates.count() == 1)
    dialog.to_side.candidates.setCurrentRow(0)
    assert not dialog.merge_button.isEnabled()
