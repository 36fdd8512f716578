"""The intake dialog (annex 3) and the attachment list, driven through the real widgets."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QPushButton

from app.db import Database
from app.models.enums import Channel, ComplaintKind
from app.services.complainants import ComplainantData
from app.services.complaints import ComplaintService
from app.services.intake import IntakeData, IntakeResult, IntakeService
from app.services.organisation import EmployeeInput, OrganisationService
from app.services.permissions import CurrentUser
from app.services.settings import SettingsService
from app.ui.complaints.attachment_list import AttachmentDropList
from app.ui.complaints.intake_dialog import IntakeDialog

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton


def _click(qtbot, button: QPushButton) -> None:
    assert button.isVisible(), button.text()
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, LEFT)


def _open(qtbot, db: Database, user: CurrentUser) -> tuple[IntakeDialog, list[IntakeResult]]:
    results: list[IntakeResult] = []
    dialog = IntakeDialog.open_new(db, user, None, results.append)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    return dialog, results


def _drop(widget, paths: list[Path]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    enter = QDragEnterEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, mime, LEFT, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, LEFT, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, drop)
    return drop


def test_filling_the_annex_form_registers_a_complaint_with_every_field(
    qtbot, db: Database, admin: CurrentUser, tmp_path: Path
) -> None:
    bea = OrganisationService(db, admin).create_employee(EmployeeInput(name="Bea de Vries"))
    letter = tmp_path / "brief.pdf"
    letter.write_bytes(b"%PDF-1.4 proef")
    dialog, results = _open(qtbot, db, admin)
    form = dialog.form
    assert form.complaint_radio.isChecked()
    assert "Testorganisatie" in form.complaint_radio.text()
    assert form.attachments.max_bytes == SettingsService(db, admin).attachment_max_bytes()

    qtbot.keyClicks(form.description_edit, "de beloofde terugbelafspraak niet is nagekomen.")
    qtbot.keyClicks(form.employees.combo, "Bea de Vries")
    qtbot.keyClick(form.employees.combo.lineEdit(), Qt.Key.Key_Return)  # Enter adds
    qtbot.keyClicks(form.employees.combo, "Karin")  # only a first name: kept as given
    _click(qtbot, form.employees.add_button)
    qtbot.keyClicks(form.dossiers.edit, "2026.12345")
    qtbot.keyClick(form.dossiers.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(form.phone_day_edit, "020 123 4567")
    qtbot.keyClicks(form.phone_evening_edit, "06 1234 5678")
    qtbot.keyClicks(form.email_edit, "Zeta@Example.com")
    qtbot.keyClicks(form.street_edit, "Testlaan")
    qtbot.keyClicks(form.house_number_edit, "7a")
    qtbot.keyClicks(form.postcode_edit, "9999zz")
    qtbot.keyClicks(form.city_edit, "Proefstad")
    received = date.today().replace(day=1)
    form.date_edit.setDate(QDate(received))
    form.channel_combo.setCurrentIndex(form.channel_combo.findData(Channel.PHONE))
    form.salutation_combo.setCurrentIndex(form.salutation_combo.findData("Mevrouw"))
    qtbot.keyClicks(form.initials_edit, "z")
    qtbot.keyClicks(form.first_name_edit, "Zeta")
    qtbot.keyClicks(form.infix_edit, "van")
    qtbot.keyClicks(form.surname_edit, "Proefklager")
    qtbot.mouseClick(form.urgent_box, LEFT)
    form.attachments.add_files([str(letter)])
    assert form.employees.values_list.texts() == ["Bea de Vries", "Karin (naam zoals opgegeven)"]
    assert form.date_edit.maximumDate() == QDate.currentDate()  # no date in the future
    _click(qtbot, dialog.register_button)

    assert len(results) == 1
    result = results[0]
    assert result.number == f"IK-{received.year}-0001"
    assert dialog.stack.currentWidget() is dialog.result_view
    shown = dialog.result_view.text()
    assert f"Geregistreerd als IK-{received.year}-0001" in shown
    assert result.contact_due is not None
    assert result.contact_due.strftime("%d-%m-%Y") in shown
    assert "Taak aangemaakt voor de klachtcoördinator: informeer betrokken medewerkers" in shown

    detail = ComplaintService(db, admin).detail(result.complaint_id)
    assert detail.kind == ComplaintKind.COMPLAINT
    assert detail.description == "de beloofde terugbelafspraak niet is nagekomen."
    assert detail.channel == Channel.PHONE
    assert detail.received_on == received
    assert detail.urgent
    assert detail.complainant == ComplainantData(
        salutation="Mevrouw",
        name="Zeta van Proefklager",
        street="Testlaan",
        house_number="7a",
        postcode="9999 ZZ",
        city="Proefstad",
        phone_day="+31201234567",
        phone_evening="+31612345678",
        email="Zeta@example.com",
        initials="Z.",
        first_name="Zeta",
        infix="van",
        surname="Proefklager",
    )
    assert [(c.employee_id, c.name) for c in detail.employees_concerned] == [
        (bea.id, "Bea de Vries"),
        (None, "Karin"),
    ]
    assert detail.related_dossiers == ("2026.12345",)
    assert [(a.file_name, a.size) for a in detail.attachments] == [("brief.pdf", 14)]

    # "Nog een registreren" starts with an empty form and gives the next number.
    _click(qtbot, dialog.another_button)
    assert dialog.stack.currentWidget() is dialog.form_page
    assert form.description_edit.toPlainText() == ""
    assert form.employees.concerned() == ()
    assert form.attachments.uploads() == []
    qtbot.keyClicks(form.description_edit, "niemand nam de telefoon op.")
    qtbot.keyClicks(form.email_edit, "tweede@example.org")
    form.date_edit.setDate(QDate(received))
    _click(qtbot, dialog.register_button)
    assert [r.number for r in results] == [
        f"IK-{received.year}-0001",
        f"IK-{received.year}-0002",
    ]


def test_invalid_input_shows_each_message_beside_its_field_and_keeps_what_was_typed(
    qtbot, db: Database, admin: CurrentUser
) -> None:
    dialog, results = _open(qtbot, db, admin)
    form = dialog.form
    typed = {
        form.phone_day_edit: "12345",
        form.phone_evening_edit: "bel mij maar",
        form.email_edit: "jan@",
        form.postcode_edit: "12",
        form.surname_edit: "Jansen",
    }
    for edit, text in typed.items():
        qtbot.keyClicks(edit, text)
    _click(qtbot, dialog.register_button)

    assert results == []
    assert dialog.stack.currentWidget() is dialog.form_page
    assert dialog.general_error.isVisible()
    assert dialog.general_error.text() == "Controleer de gemarkeerde velden."
    bad_phone = "Dit is geen geldig telefoonnummer. Voorbeeld: 020 123 4567 of +32 2 550 12 11"
    expected = {
        "description": "Beschrijf waarover de klacht gaat.",
        "phone_day": bad_phone,
        "phone_evening": bad_phone,
        "email": "Dit is geen geldig e-mailadres. Voorbeeld: naam@voorbeeld.nl",
        "postcode": "Een postcode bestaat uit vier cijfers en twee letters, zoals 1234 AB.",
    }
    for name, message in expected.items():
        label = form.errors.label_for(name)
        assert label.isVisible(), name
        assert label.text() == message
        # Right under its own field.
        assert label.parentWidget() is form.field_wrappers[name]
    assert not form.errors.label_for("surname").isVisible()
    assert not form.errors.label_for("contact").isVisible()
    qtbot.waitUntil(form.description_edit.hasFocus)  # the first field in error, on screen
    for edit, text in typed.items():
        assert edit.text() == text

    # Correcting one field removes its message only; the others stay until registering.
    form.postcode_edit.clear()
    qtbot.keyClicks(form.postcode_edit, "1234ab")
    assert not form.errors.label_for("postcode").isVisible()
    assert form.errors.label_for("email").isVisible()


def test_a_complaint_needs_a_way_to_reach_the_complainant_but_a_signal_does_not(
    qtbot, db: Database, admin: CurrentUser
) -> None:
    dialog, results = _open(qtbot, db, admin)
    form = dialog.form
    qtbot.keyClicks(form.description_edit, "de wachttijd aan de telefoon is erg lang.")
    _click(qtbot, dialog.register_button)
    contact = form.errors.label_for("contact")
    assert contact.isVisible()
    assert contact.text().startswith("Een klacht heeft minstens één manier nodig")
    assert results == []

    assert not form.signal_note.isVisible()
    qtbot.mouseClick(form.signal_radio, LEFT, pos=QPoint(8, form.signal_radio.height() // 2))
    assert form.signal_radio.isChecked()
    assert form.signal_note.isVisible()
    assert form.signal_note.text() == (
        "Uw signaal wordt gebruikt bij de verbetering van de dienstverlening. "
        "U ontvangt geen reactie."
    )
    assert "niet verplicht" in form.contact_note.text()
    qtbot.keyClick(form.description_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert len(results) == 1
    assert results[0].number == f"SG-{date.today().year}-0001"
    assert results[0].contact_due is None
    assert dialog.result_view.signal_note.isVisibleTo(dialog.result_view)
    detail = ComplaintService(db, admin).detail(results[0].complaint_id)
    assert detail.kind == ComplaintKind.SIGNAL
    assert detail.complainant_id is None


def test_a_likely_duplicate_is_offered_while_typing_and_choosing_it_reuses_the_record(
    qtbot, db: Database, admin: CurrentUser
) -> None:
    earlier = IntakeService(db, admin).register(
        IntakeData(
            description="mijn brief is zoekgeraakt.",
            complainant=ComplainantData(
                name="Jan Jansen", email="jan@example.org", postcode="1234 AB", city="Utrecht"
            ),
        )
    )
    existing_id = ComplaintService(db, admin).detail(earlier.complaint_id).complainant_id
    dialog, results = _open(qtbot, db, admin)
    form = dialog.form
    panel = dialog.matches
    qtbot.keyClicks(form.first_name_edit, "Jan")
    qtbot.keyClicks(form.surname_edit, "Janssen")
    assert panel.cards == []  # nothing while typing: the search waits for a pause
    qtbot.waitUntil(lambda: len(panel.cards) == 1 and panel.cards[0].isVisible(), timeout=3000)
    card = panel.cards[0]
    assert card.match.id == existing_id
    assert card.reasons_label.text() == "Gevonden op: naam lijkt sterk"
    assert QApplication.activeModalWidget() in (None, dialog)  # no popup

    _click(qtbot, card.use_button)
    assert dialog.existing is not None
    assert dialog.existing.id == existing_id
    assert panel.banner.isVisible()
    assert panel.banner.title_label.text() == "Bestaande klager: Jan Jansen"
    assert (form.first_name_edit.text(), form.surname_edit.text()) == ("Jan", "Jansen")
    assert form.email_edit.text() == "jan@example.org"

    # Undo, then choose again.
    _click(qtbot, panel.banner.unlink_button)
    assert dialog.existing is None
    assert not panel.banner.isVisible()
    assert (form.first_name_edit.text(), form.surname_edit.text()) == ("Jan", "Janssen")
    assert form.email_edit.text() == ""
    qtbot.waitUntil(lambda: len(panel.cards) == 1 and panel.cards[0].use_button.isVisible())
    _click(qtbot, panel.cards[0].use_button)

    qtbot.keyClicks(form.description_edit, "ook mijn tweede brief is niet beantwoord.")
    _click(qtbot, dialog.register_button)
    assert len(results) == 1
    detail = ComplaintService(db, admin).detail(results[0].complaint_id)
    assert detail.complainant_id == existing_id
    assert detail.complainant.postcode == "1234 AB"  # kept from the record
    shown = dialog.result_view.text()
    assert earlier.number in shown
    assert "zelfde klager" in shown


def test_closing_with_unregistered_input_asks_first(qtbot, db: Database, admin: CurrentUser):
    dialog, _results = _open(qtbot, db, admin)
    finished: list[int] = []
    dialog.finished.connect(finished.append)
    qtbot.keyClicks(dialog.form.description_edit, "half getypt")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = dialog.confirm_box
    assert box is not None
    qtbot.mouseClick(box.findChild(QPushButton, "cancel_button"), LEFT)
    assert finished == []
    assert dialog.form.description_edit.toPlainText() == "half getypt"

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = dialog.confirm_box
    assert box is not None
    qtbot.mouseClick(box.findChild(QPushButton, "confirm_button"), LEFT)
    assert len(finished) == 1


@pytest.fixture
def dutch_numbers() -> Iterator[None]:
    """Numbers written as the Dutch interface writes them (decimal comma), as at a real start."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    yield
    QLocale.setDefault(before)


def test_an_attachment_over_the_limit_is_refused_beside_the_list(
    qtbot, tmp_path: Path, dutch_numbers: None
) -> None:
    widget = AttachmentDropList(max_bytes=1024)
    qtbot.addWidget(widget)
    widget.show()
    recording = tmp_path / "opname.mp3"
    recording.write_bytes(b"x" * 3000)
    letter = tmp_path / "brief.pdf"
    letter.write_bytes(b"%PDF-1.4 proef")

    with qtbot.waitSignal(widget.changed):
        drop = _drop(widget, [recording, letter])
    assert drop.isAccepted()
    assert [upload.file_name for upload in widget.uploads()] == ["brief.pdf"]
    assert widget.uploads()[0].content == b"%PDF-1.4 proef"
    assert widget.files.texts() == ["brief.pdf — 14 bytes"]
    assert widget.error_label.isVisible()
    assert widget.error_label.text().startswith(
        "Het bestand 'opname.mp3' is 2,9 kB; de grens is 1,0 kB. Het is niet toegevoegd."
    )

    # The file-dialog path adds the same way; the same file twice is kept once.
    widget.add_files([str(letter), str(recording)])
    assert len(widget.uploads()) == 1
    assert "opname.mp3" in widget.error_label.text()

    with qtbot.waitSignal(widget.changed):
        qtbot.mouseClick(widget.files.remove_buttons()[0], LEFT)
    assert widget.uploads() == []


def test_a_persistent_complainant_is_flagged_in_the_matches_and_the_result(
    qtbot, db: Database, admin: CurrentUser
) -> None:
    from app.services.complainants import PersistentComplainantService

    earlier = IntakeService(db, admin).register(
        IntakeData(
            description="de gemeente reageert niet op mijn brieven.",
            complainant=ComplainantData(name="Piet Persistent", email="piet@example.org"),
        )
    )
    existing_id = ComplaintService(db, admin).detail(earlier.complaint_id).complainant_id
    assert existing_id is not None
    PersistentComplainantService(db, admin).flag(existing_id, "parkeerbeleid", date(2026, 3, 2))
    warning = "Geen reactie meer op: parkeerbeleid (mededeling van 02-03-2026)"

    dialog, results = _open(qtbot, db, admin)
    panel = dialog.matches
    qtbot.keyClicks(dialog.form.first_name_edit, "Piet")
    qtbot.keyClicks(dialog.form.surname_edit, "Persistent")
    qtbot.waitUntil(lambda: len(panel.cards) == 1 and panel.cards[0].isVisible(), timeout=3000)
    assert panel.cards[0].persistent_label is not None
    assert panel.cards[0].persistent_label.text() == warning
    _click(qtbot, panel.cards[0].use_button)
    assert panel.banner.persistent_label.text() == warning

    qtbot.keyClicks(dialog.form.description_edit, "weer een brief over het parkeerbeleid.")
    _click(qtbot, dialog.register_button)
    assert len(results) == 1
    assert warning in dialog.result_view.text()


def test_the_intake_starts_with_who_complains_aanhef_first_then_the_name_parts(
    qtbot, db: Database, admin: CurrentUser
) -> None:
    dialog, _results = _open(qtbot, db, admin)
    form = dialog.form
    chain = form.focus_chain()
    assert chain[:5] == [
        form.salutation_combo,
        form.initials_edit,
        form.infix_edit,
        form.surname_edit,
        form.first_name_edit,
    ]
    qtbot.waitUntil(form.salutation_combo.hasFocus)
    # On screen too: the name block sits above the kind choice and the complaint text.
    top_of = lambda widget: widget.mapTo(form, widget.rect().topLeft()).y()  # noqa: E731
    assert top_of(form.salutation_combo) < top_of(form.surname_edit)
    assert top_of(form.surname_edit) < top_of(form.complaint_radio)
    assert top_of(form.complaint_radio) < top_of(form.description_edit)
    assert form.salutation_combo.value() is None  # "onbekend" until chosen
    assert [form.salutation_combo.itemData(i) for i in range(4)] == [
        None,
        "Mevrouw",
        "De heer",
        "Beste",
    ]


def test_a_complainant_whose_only_complaint_is_closed_gets_the_hash_in_the_matches(
    qtbot, db: Database, admin: CurrentUser
) -> None:
    from app.db import Actor
    from app.models import Complaint
    from app.models.enums import Status

    earlier = IntakeService(db, admin).register(
        IntakeData(
            description="de gemeente belde niet terug.",
            complainant=ComplainantData(name="Greet Gesloten", email="greet@example.org"),
        )
    )
    with db.session_scope(Actor(login="test")) as session:
        closed = session.get(Complaint, earlier.complaint_id)
        closed.status = Status.CLOSED
        closed.closed_on = closed.received_on

    dialog, _results = _open(qtbot, db, admin)
    panel = dialog.matches
    qtbot.keyClicks(dialog.form.first_name_edit, "Greet")
    qtbot.keyClicks(dialog.form.surname_edit, "Gesloten")
    qtbot.waitUntil(lambda: len(panel.cards) == 1 and panel.cards[0].isVisible(), timeout=3000)
    card = panel.cards[0]
    assert card.before_label.isVisibleTo(card)
    assert card.before_label.text() == "# Eerder geklaagd: 1 klacht (ook afgehandelde tellen mee)"
    _click(qtbot, card.use_button)
    assert "# Eerder geklaagd: 1 klacht" in panel.banner.details_label.text()
