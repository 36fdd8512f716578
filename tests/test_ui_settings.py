"""Beheer → the settings tabs (organisation, feedback cards, complaint regulation, closing
days, letter templates, subjects), driven through the real widgets (offscreen)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from app.db import Database
from app.models.enums import Role
from app.services.complainants import ComplainantData
from app.services.complaints import ComplaintService
from app.services.identity import load_current_user
from app.services.intake import IntakeData, IntakeService
from app.services.letter_templates import LetterKind, LetterTemplateService
from app.services.organisation import EmployeeInput, OrganisationService
from app.services.permissions import CurrentUser
from app.services.regulation import RegulationService
from app.services.settings import CardSettingsService, SettingsService
from app.services.subjects import SubjectService
from app.ui.admin.cards_tab import CardsTab
from app.ui.admin.page import AdminPage
from app.ui.admin.subjects_tab import SubjectDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def admin_page(qtbot, db: Database, admin: CurrentUser) -> AdminPage:
    page = AdminPage(db, admin)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def _click(qtbot, button: QPushButton) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _answer(qtbot, parent: QWidget, button_name: str) -> str:
    """Click ``confirm_button`` or ``cancel_button`` in the open question; returns its text."""
    box = next(b for b in parent.findChildren(QMessageBox) if b.isVisible())
    text = box.text()
    qtbot.mouseClick(box.findChild(QPushButton, button_name), Qt.MouseButton.LeftButton)
    return text


def _retype(qtbot, edit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_a_bad_postcode_is_shown_beside_the_field_and_a_good_letterhead_is_stored(
    qtbot, admin_page, db, admin
):
    tab = admin_page.organisation
    assert tab is not None
    admin_page.tabs.setCurrentWidget(tab)
    assert tab.name_edit.text() == "Testorganisatie"
    assert not tab.save_button.isEnabled()  # nothing changed yet

    qtbot.keyClicks(tab.street_edit, "Postbus 100")
    qtbot.keyClicks(tab.postcode_edit, "12345")
    qtbot.keyClicks(tab.city_edit, "Proefstad")
    qtbot.keyClicks(tab.phone_edit, "070 356 3563")
    qtbot.keyClicks(tab.sender_edit, "klachten@proefstad.nl")
    assert tab.save_button.isEnabled()
    _click(qtbot, tab.save_button)

    error = tab.errors.label_for("postcode")
    assert error.isVisible()
    assert error.text().startswith("Een postcode bestaat uit vier cijfers")
    assert error.parentWidget() is tab.errors._fields["postcode"]  # right under the field
    assert not tab.errors.label_for("city").isVisible()
    assert tab.postcode_edit.text() == "12345"  # what was typed stays
    assert tab.street_edit.text() == "Postbus 100"
    assert SettingsService(db, admin).letterhead().street == ""  # nothing stored
    assert "Niet opgeslagen" in tab.status_label.text()

    _retype(qtbot, tab.postcode_edit, "2500ab")
    tab.attachment_spin.setValue(10)
    _click(qtbot, tab.save_button)

    assert not error.isVisible()
    stored = SettingsService(db, admin).letterhead()
    assert (stored.street, stored.postcode, stored.city) == ("Postbus 100", "2500 AB", "Proefstad")
    assert stored.phone == "+31703563563"
    assert stored.sender_email == "klachten@proefstad.nl"
    assert SettingsService(db, admin).attachment_max_bytes() == 10 * 1024 * 1024
    # The form shows what was stored, and says so calmly.
    assert tab.postcode_edit.text() == "2500 AB"
    assert tab.phone_edit.text() == "070 356 3563"
    assert tab.status_label.text().startswith("Opgeslagen om ")
    assert not tab.save_button.isEnabled()


def test_card_settings_are_saved_read_back_and_shown_as_sample_cards(
    qtbot, admin_page, db, admin, tmp_path
):
    tab = admin_page.cards
    assert tab is not None
    admin_page.tabs.setCurrentWidget(tab)
    qtbot.keyClicks(tab.number_edit, "12A")
    qtbot.keyClicks(tab.postcode_edit, "2500 VB")
    qtbot.keyClicks(tab.city_edit, "Den Haag")
    qtbot.keyClicks(tab.email_edit, "feedback@proefstad.nl")
    a5 = tab.layout_buttons["a5"]
    qtbot.mouseClick(a5, Qt.MouseButton.LeftButton, pos=QPoint(8, a5.height() // 2))
    _click(qtbot, tab.save_button)
    assert tab.errors.label_for("reply_number").text() == "Een antwoordnummer bestaat uit cijfers."
    assert tab.number_edit.text() == "12A"

    _retype(qtbot, tab.number_edit, "12345")
    _click(qtbot, tab.save_button)
    stored = CardSettingsService(db, admin).get()
    assert (stored.reply_number, stored.reply_postcode, stored.reply_city) == (
        "12345",
        "2500 VB",
        "Den Haag",
    )
    assert stored.feedback_email == "feedback@proefstad.nl"
    assert stored.layout == "a5"
    assert stored.complete

    again = CardsTab(CardSettingsService(db, admin))
    qtbot.addWidget(again)
    assert again.number_edit.text() == "12345"
    assert again.layout_buttons["a5"].isChecked()
    assert not again.save_button.isEnabled()

    opened: list[Path] = []
    tab.opener = lambda path: opened.append(path) or True
    _click(qtbot, tab.sample_button)
    assert len(opened) == 1
    assert opened[0].read_bytes().startswith(b"%PDF")
    assert tab.sample_text().organisation == "Testorganisatie"


def _register(db: Database, admin: CurrentUser, name: str) -> int:
    result = IntakeService(db, admin).register(
        IntakeData(
            description="niet teruggebeld.",
            received_on=date(2026, 4, 24),
            complainant=ComplainantData(name=name, email=f"{name.split()[-1].lower()}@example.com"),
        ),
        today=date(2026, 4, 24),
    )
    return result.complaint_id


def test_a_changed_regulation_applies_to_complaints_registered_afterwards_only(
    qtbot, admin_page, db, admin
):
    before = _register(db, admin, "Proef Alfa")
    tab = admin_page.regulation
    assert tab is not None
    admin_page.tabs.setCurrentWidget(tab)
    form = tab.profile
    assert form.contact_spin.value() == 5
    assert form.decision_spin.value() == 6
    assert form.contact_spin.suffix() == " werkdagen"
    assert "lopende klachten houden hun termijnen" in form.save_note.text()

    _retype(qtbot, form.name_edit, "Eigen regeling")
    form.contact_spin.setValue(3)
    form.decision_spin.setValue(8)
    _click(qtbot, form.save_button)
    assert "voor klachten die vanaf nu binnenkomen" in form.status_label.text()
    assert RegulationService(db, admin).profile().name == "Eigen regeling"

    after = _register(db, admin, "Proef Beta")
    complaints = ComplaintService(db, admin)
    old, new = complaints.detail(before), complaints.detail(after)
    assert (old.contact_due, old.decision_due) == (date(2026, 5, 4), date(2026, 6, 5))
    assert (new.contact_due, new.decision_due) == (date(2026, 4, 30), date(2026, 6, 19))


def test_closing_days_are_added_and_removed_after_a_question(qtbot, admin_page, db, admin):
    tab = admin_page.regulation
    assert tab is not None
    admin_page.tabs.setCurrentWidget(tab)
    panel = tab.closing_days
    service = RegulationService(db, admin)

    panel.date_edit.setDate(QDate(2026, 5, 16))  # a Saturday
    qtbot.keyClicks(panel.description_edit, "Brugdag")
    _click(qtbot, panel.add_button)
    assert panel.errors.label_for("day").text() == "Dit is al een weekenddag."
    assert panel.description_edit.text() == "Brugdag"
    assert service.closing_days() == []

    panel.date_edit.setDate(QDate(2026, 5, 15))
    qtbot.keyClick(panel.description_edit, Qt.Key.Key_Return)  # Enter adds, too
    assert [(d.day, d.description) for d in service.closing_days()] == [
        (date(2026, 5, 15), "Brugdag")
    ]
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, 0).data() == "15-05-2026"
    assert panel.selected_day() is not None
    assert not panel.errors.label_for("day").isVisible()

    _click(qtbot, panel.remove_button)
    assert "15-05-2026" in _answer(qtbot, panel, "cancel_button")
    assert len(service.closing_days()) == 1
    _click(qtbot, panel.remove_button)
    _answer(qtbot, panel, "confirm_button")
    assert service.closing_days() == []
    assert panel.model.rowCount() == 0
    assert not panel.remove_button.isEnabled()


def test_a_template_with_an_unknown_placeholder_is_refused_and_reset_restores_the_text(
    qtbot, admin_page, db, admin
):
    tab = admin_page.templates
    assert tab is not None
    admin_page.tabs.setCurrentWidget(tab)
    service = LetterTemplateService(db, admin)
    builtin = service.builtin(LetterKind.DELAY_NOTICE)
    tab.select_kind(LetterKind.DELAY_NOTICE)
    assert tab.subject_edit.text() == builtin.subject
    assert not tab.reset_button.isEnabled()

    tab.body_edit.setFocus()
    tab.body_edit.moveCursor(tab.body_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(tab.body_edit, "Groet van {directeur}.")
    _click(qtbot, tab.save_button)
    body_error = tab.errors.label_for("body")
    assert body_error.isVisible()
    assert body_error.text().startswith("Onbekend invulveld {directeur}.")
    assert tab.body_edit.toPlainText().endswith("Groet van {directeur}.")
    assert not service.get(LetterKind.DELAY_NOTICE).customised
    # Another letter is opened only after agreeing to drop the changes.
    tab.select_kind(LetterKind.ACKNOWLEDGEMENT)
    assert "niet opgeslagen" in _answer(qtbot, tab, "cancel_button")
    assert tab.current is not None
    assert tab.current.kind == LetterKind.DELAY_NOTICE
    assert tab.kinds_list.currentItem().text() == "Uitstelbericht"
    assert tab.body_edit.toPlainText().endswith("Groet van {directeur}.")

    # Replace the unknown field by a known one from the list (double-click inserts it).
    for _ in "{directeur}.":
        qtbot.keyClick(tab.body_edit, Qt.Key.Key_Backspace)
    row = next(
        r
        for r in range(tab.placeholder_list.count())
        if tab.placeholder_list.item(r).text() == "{behandelaar}"
    )
    item = tab.placeholder_list.item(row)
    tab.placeholder_list.scrollToItem(item)
    where = tab.placeholder_list.visualItemRect(item).center()
    viewport = tab.placeholder_list.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=where)  # as a real double-click
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=where)
    assert tab.placeholder_description.text() == "Naam van de klachtbehandelaar"
    assert tab.body_edit.toPlainText().endswith("Groet van {behandelaar}")
    _click(qtbot, tab.save_button)
    assert not body_error.isVisible()
    stored = service.get(LetterKind.DELAY_NOTICE)
    assert stored.customised
    assert stored.body.rstrip().endswith("Groet van {behandelaar}")
    assert tab.kinds_list.currentItem().text() == "Uitstelbericht (aangepast)"
    assert tab.status_label.text() == "Het sjabloon is opgeslagen."

    # Someone else saves the same template meanwhile: ours is refused, our text kept.
    service.save(LetterKind.DELAY_NOTICE, "Ander onderwerp", stored.body, version=stored.version)
    _retype(qtbot, tab.subject_edit, "Mijn onderwerp {klachtnummer}")
    _click(qtbot, tab.save_button)
    box = next(b for b in tab.findChildren(QMessageBox) if b.isVisible())
    assert "intussen gewijzigd" in box.text()
    qtbot.mouseClick(box.buttons()[0], Qt.MouseButton.LeftButton)
    assert tab.subject_edit.text() == "Mijn onderwerp {klachtnummer}"
    assert service.get(LetterKind.DELAY_NOTICE).subject == "Ander onderwerp"
    _click(qtbot, tab.revert_button)  # shows the newest version
    assert tab.subject_edit.text() == "Ander onderwerp"

    _click(qtbot, tab.reset_button)
    _answer(qtbot, tab, "confirm_button")
    assert not service.get(LetterKind.DELAY_NOTICE).customised
    assert tab.subject_edit.text() == builtin.subject
    assert tab.body_edit.toPlainText() == builtin.body
    assert tab.kinds_list.currentItem().text() == "Uitstelbericht"
    assert not tab.reset_button.isEnabled()


def test_subjects_are_added_renamed_and_made_inactive(qtbot, admin_page, db, admin):
    panel = admin_page.subjects
    assert panel is not None
    admin_page.tabs.setCurrentWidget(panel)
    _click(qtbot, panel.add_button)
    dialog = panel.editor
    assert isinstance(dialog, SubjectDialog)
    qtbot.keyClicks(dialog.name_edit, "privacy")
    _click(qtbot, dialog.save_button)
    assert dialog.errors.label_for("name").text() == "Er is al een onderwerp met deze naam."
    _retype(qtbot, dialog.name_edit, "Parkeren")
    _click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    record = panel.selected_record()
    assert record is not None
    assert record.name == "Parkeren"

    _click(qtbot, panel.edit_button)
    dialog = panel.editor
    assert isinstance(dialog, SubjectDialog)
    _retype(qtbot, dialog.name_edit, "Parkeren en vergunningen")
    _click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    _click(qtbot, panel.toggle_active_button)
    assert "Parkeren en vergunningen" in _answer(qtbot, panel, "confirm_button")
    names = [s.name for s in SubjectService(db, admin).list_subjects()]
    assert "Parkeren en vergunningen" not in names
    assert "Parkeren en vergunningen" in [
        s.name for s in SubjectService(db, admin).list_subjects(include_inactive=True)
    ]


def test_a_user_without_the_settings_permission_does_not_get_the_settings_tabs(qtbot, db, admin):
    OrganisationService(db, admin).create_employee(
        EmployeeInput(name="Proef Coördinator", login="pcoord", roles=frozenset({Role.COORDINATOR}))
    )
    coordinator = load_current_user(db, "pcoord")
    assert coordinator is not None
    page = AdminPage(db, coordinator)
    qtbot.addWidget(page)
    page.show()
    tabs = [page.tabs.tabText(index) for index in range(page.tabs.count())]
    # The coordinator may export the view log (AVG) and propose and carry out destruction
    # lists, not change settings (the retention terms among them).
    assert tabs == ["Medewerkers", "Afdelingen", "Inzagelog", "AVG-verzoeken", "Bewaartermijnen"]
    assert page.organisation is None
    assert page.templates is None
    assert page.retention is not None
    assert page.retention.terms is None


def test_a_settings_tab_is_built_on_its_first_visit_and_keeps_its_place(
    qtbot, db, admin, monkeypatch
):
    from app.ui.admin import page as admin_page_module

    built: list[str] = []
    real = admin_page_module.TemplatesTab

    def counting(*args, **kwargs):
        built.append("templates")
        return real(*args, **kwargs)

    monkeypatch.setattr(admin_page_module, "TemplatesTab", counting)
    page = AdminPage(db, admin)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    titles = [page.tabs.tabText(index) for index in range(page.tabs.count())]
    assert built == []  # opening Beheer reads no letter templates
    index = titles.index("Briefsjablonen")
    page.tabs.setCurrentIndex(index)
    assert built == ["templates"]
    tab = page.templates
    assert page.tabs.currentWidget() is tab
    assert tab.isVisible()
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == titles
    page.tabs.setCurrentIndex(0)
    page.tabs.setCurrentIndex(index)
    assert page.templates is tab
    assert built == ["templates"]  # once


def test_the_decision_signer_is_set_in_the_regulation_profile(qtbot, admin_page, db, admin):
    tab = admin_page.regulation
    assert tab is not None
    admin_page.tabs.setCurrentWidget(tab)
    form = tab.profile
    assert form.signer_name_edit.text() == ""
    _retype(qtbot, form.signer_name_edit, "Dirk Proefdirecteur")
    _retype(qtbot, form.signer_function_edit, "Directeur")
    _click(qtbot, form.save_button)
    profile = RegulationService(db, admin).profile()
    assert (profile.signer_name, profile.signer_function) == ("Dirk Proefdirecteur", "Directeur")

    _retype(qtbot, form.signer_name_edit, "")
    _click(qtbot, form.save_button)
    assert form.errors.label_for("signer_name").isVisible()  # a function needs a name
