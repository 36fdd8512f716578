"""A complaint's detail window, driven through the real widgets (offscreen)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.db import Database
from app.models.enums import Channel
from app.services.complainants import ComplainantData
from app.services.complaints import ComplaintEdit, ComplaintService
from app.services.intake import IntakeData, IntakeResult, IntakeService, NewAttachment
from app.services.permissions import CurrentUser
from app.ui.complaints.detail import ComplaintDetailWindow

pytestmark = pytest.mark.gui

PERSON = ComplainantData(name="Proefklager Eta", email="eta@example.com", postcode="1234 AB")
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def registered(db: Database, admin: CurrentUser) -> IntakeResult:
    return IntakeService(db, admin).register(
        IntakeData(
            description="Niemand belde terug na mijn e-mail.",
            complainant=PERSON,
            received_on=date.today(),
            related_dossiers=("2026.12345",),
            attachments=(NewAttachment("brief.pdf", b"%PDF-1.4 brief"),),
        )
    )


def _open(qtbot, db, user, complaint_id, on_changed=None) -> ComplaintDetailWindow:
    window = ComplaintDetailWindow.open_for(db, user, complaint_id, None, on_changed)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return window


def test_the_header_shows_number_status_and_related_dossiers(qtbot, db, admin, registered):
    window = _open(qtbot, db, admin, registered.complaint_id)
    assert window.number_label.text() == registered.number
    assert "Geregistreerd" in window.summary_label.text()
    assert window.related_box.isVisible()
    assert "2026.12345" in window.dossiers_label.text()
    assert window.windowTitle().startswith(registered.number)
    # Opening it again brings the same window forward.
    again = ComplaintDetailWindow.open_for(db, admin, registered.complaint_id, None)
    assert again is window


def test_an_invalid_postcode_is_refused_beside_the_field_and_the_text_is_kept(
    qtbot, db, admin, registered
):
    changes: list[str] = []
    window = _open(qtbot, db, admin, registered.complaint_id, lambda: changes.append("x"))
    form = window.data_tab
    form.postcode_edit.clear()
    qtbot.keyClicks(form.postcode_edit, "ABCD")
    qtbot.mouseClick(form.save_button, LEFT)

    message = form.errors.label_for("postcode")
    assert message.isVisible()
    assert "vier cijfers en twee letters" in message.text()
    assert form.postcode_edit.text() == "ABCD"
    assert changes == []

    form.postcode_edit.clear()
    qtbot.keyClicks(form.postcode_edit, "5678cd")
    qtbot.keyClicks(form.city_edit, "Zwolle")
    qtbot.mouseClick(form.save_button, LEFT)
    assert not message.isVisible()
    assert changes == ["x"]
    saved = ComplaintService(db, admin).detail(registered.complaint_id).complainant
    assert (saved.postcode, saved.city) == ("5678 CD", "Zwolle")
    assert form.postcode_edit.text() == "5678 CD"  # reloaded as stored
    assert not form.dirty


def test_a_change_made_elsewhere_meanwhile_offers_to_reload(qtbot, db, admin, registered):
    window = _open(qtbot, db, admin, registered.complaint_id)
    service = ComplaintService(db, admin)
    detail = service.detail(registered.complaint_id)
    service.update(
        registered.complaint_id,
        ComplaintEdit(
            description="Door een collega aangevuld.",
            channel=Channel.POST,
            received_on=detail.received_on,
            complainant=PERSON,
        ),
        detail.version,
        complainant_version=detail.complainant_version,
    )
    form = window.data_tab
    form.description_edit.setPlainText("Mijn eigen aanvulling.")
    qtbot.mouseClick(form.save_button, LEFT)
    assert form.banner.isVisible()
    assert form.description_edit.toPlainText() == "Mijn eigen aanvulling."

    qtbot.mouseClick(form.reload_button, LEFT)
    assert not form.banner.isVisible()
    assert form.description_edit.toPlainText() == "Door een collega aangevuld."
    assert form.channel_combo.currentData() == Channel.POST.value


def test_a_too_short_note_is_refused_and_a_proper_one_shows_in_the_list_and_history(
    qtbot, db, admin, registered
):
    window = _open(qtbot, db, admin, registered.complaint_id)
    notes = window.notes_tab
    window.tabs.setCurrentWidget(notes)
    qtbot.keyClicks(notes.summary_edit, "gebeld")
    qtbot.mouseClick(notes.add_button, LEFT)
    refusal = notes.errors.label_for("summary")
    assert refusal.isVisible()
    assert "Te kort" in refusal.text()
    assert notes.summary_edit.toPlainText() == "gebeld"
    assert notes.model.rowCount() == 0

    notes.summary_edit.clear()
    summary = "Klager gebeld; excuses aangeboden en terugbellen op vrijdag afgesproken."
    qtbot.keyClicks(notes.summary_edit, summary)
    qtbot.mouseClick(notes.add_button, LEFT)
    assert not refusal.isVisible()
    assert notes.model.rowCount() == 1
    row = [notes.model.index(0, column).data() for column in range(5)]
    assert row[1:] == ["Telefoon", "klager", "Adri Beheerder", summary]
    assert notes.summary_edit.toPlainText() == ""
    assert window.tabs.tabText(1) == "Contactnotities (1)"
    history = window.history_tab.model
    texts = [history.index(r, 2).data() for r in range(history.rowCount())]
    assert "Contactnotitie toegevoegd: Telefoon — met klager" in texts


def test_attachments_open_as_a_temporary_copy_and_follow_ups_can_be_added(
    qtbot, db, admin, registered, tmp_path: Path
):
    window = _open(qtbot, db, admin, registered.complaint_id)
    tab = window.attachments_tab
    opened: list[Path] = []
    tab.opener = lambda path: opened.append(path) or True
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.open_button, LEFT)
    assert [p.name for p in opened] == ["brief.pdf"]
    assert opened[0].read_bytes() == b"%PDF-1.4 brief"

    follow_up = tmp_path / "aanvulling.txt"
    follow_up.write_text("Nog een brief van klager.", encoding="utf-8")
    tab.drop_list.add_files([str(follow_up)])
    qtbot.mouseClick(tab.upload_button, LEFT)
    assert tab.model.rowCount() == 2
    added = tab.model.rows[1]
    assert added.cells[0] == "aanvulling.txt"
    assert added.cells[4] == "ja, ongezien"
    assert added.bold
    assert window.tabs.tabText(2) == "Bijlagen (2, 1 ongezien)"

    window.close()
    assert not opened[0].exists()  # temporary copies go with the window


def test_a_refused_save_shows_who_changed_what_and_applies_my_changes_to_the_new_data(
    qtbot, db, admin, registered, database_url
):
    window = _open(qtbot, db, admin, registered.complaint_id)
    form = window.data_tab
    # A colleague at another workstation renames the complainant meanwhile.
    colleague = Database(database_url)
    try:
        service = ComplaintService(colleague, admin)
        detail = service.detail(registered.complaint_id)
        service.update(
            registered.complaint_id,
            ComplaintEdit(
                description=detail.description,
                channel=detail.channel,
                received_on=detail.received_on,
                complainant=ComplainantData(
                    name="Proefklager Eta-Theta", email=PERSON.email, postcode=PERSON.postcode
                ),
                related_dossiers=detail.related_dossiers,
            ),
            detail.version,
            complainant_version=detail.complainant_version,
        )
    finally:
        colleague.dispose()
    form.phone_day_edit.clear()
    qtbot.keyClicks(form.phone_day_edit, "0612345678")
    qtbot.mouseClick(form.save_button, LEFT)

    assert form.banner.isVisible()
    shown = form.banner_label.text()
    assert "Adri Beheerder" in shown
    assert "naam 'Proefklager Eta' → 'Proefklager Eta-Theta'" in shown
    assert form.phone_day_edit.text() == "0612345678"  # nothing typed is lost
    assert form.surname_edit.text() == "Eta"
    stored = ComplaintService(db, admin).detail(registered.complaint_id).complainant
    assert stored.phone_day is None

    qtbot.mouseClick(form.apply_button, LEFT)
    assert not form.banner.isVisible()
    assert form.surname_edit.text() == "Eta-Theta"  # theirs
    assert form.phone_day_edit.text() == "0612345678"  # mine
    assert form.dirty
    qtbot.mouseClick(form.save_button, LEFT)
    stored = ComplaintService(db, admin).detail(registered.complaint_id).complainant
    assert (stored.name, stored.phone_day) == ("Proefklager Eta-Theta", "+31612345678")


def test_unsaved_data_survive_adding_a_note_in_the_same_window(qtbot, db, admin, registered):
    window = _open(qtbot, db, admin, registered.complaint_id)
    form = window.data_tab
    form.city_edit.clear()
    qtbot.keyClicks(form.city_edit, "Zwolle")
    notes = window.notes_tab
    summary = "Klager gebeld; excuses aangeboden en terugbellen op vrijdag afgesproken."
    qtbot.keyClicks(notes.summary_edit, summary)
    qtbot.mouseClick(notes.add_button, LEFT)
    assert notes.model.rowCount() == 1
    assert form.city_edit.text() == "Zwolle"
    assert form.dirty
    qtbot.mouseClick(form.save_button, LEFT)  # not refused: the note was this window's own
    assert not form.banner.isVisible()
    assert ComplaintService(db, admin).detail(registered.complaint_id).complainant.city == "Zwolle"
