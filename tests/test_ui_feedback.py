"""The Feedbackkaarten screen, driven through the real widgets (offscreen)."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from app.db import Database
from app.models.enums import CardChannel, CardColour, Status
from app.services.complainants import ComplainantData
from app.services.complaints import ComplaintService
from app.services.feedback import FeedbackService
from app.services.intake import IntakeData, IntakeService
from app.services.permissions import CurrentUser
from app.services.settings import CardSettings, CardSettingsService, SettingsService
from app.services.tasks import ItemKind, TaskService
from app.services.workflow import WorkflowService
from app.ui.feedback.page import FeedbackPage
from app.ui.files import dutch_percent

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
SENT_ON = date(2026, 2, 12)
TODAY = date(2026, 2, 20)


def _closed_complaint(
    db: Database,
    admin: CurrentUser,
    handler_id: int,
    n: int,
    *,
    email: bool = True,
    received: date = date(2026, 2, 2),
    closed: date = date(2026, 2, 10),
) -> int:
    complaint = (
        IntakeService(db, admin)
        .register(
            IntakeData(
                description="Te laat antwoord op mijn brief.",
                received_on=received,
                complainant=ComplainantData(
                    name=f"Proefklager Rho {n}",
                    email=f"rho{n}@example.com" if email else None,
                    street="Kerkstraat",
                    house_number=str(n),
                    postcode="1234 AB",
                    city="Utrecht",
                ),
            ),
            today=received,
        )
        .complaint_id
    )
    workflow = WorkflowService(db, admin)
    workflow.assign(complaint, handler_id)
    workflow.withdraw(complaint, reason="Opgelost na telefoontje.")
    workflow.reopen(complaint, reason="Toch afronden.")
    workflow.resolve_informally(complaint, confirmed_on=closed)
    workflow.record_manager_copy(complaint, at_start=False, on=closed)
    workflow.close(complaint, on=closed)
    return complaint


@pytest.fixture
def card_settings(db: Database, admin: CurrentUser) -> None:
    SettingsService(db, admin).set_organisation_name("Bureau Proefombudsman")
    CardSettingsService(db, admin).save(
        CardSettings(
            reply_number="10870",
            reply_postcode="2501 WB",
            reply_city="Den Haag",
            feedback_email="feedback@example.com",
            layout="a4_2",
        )
    )


def _page(qtbot, db: Database, user: CurrentUser, today: date = SENT_ON) -> FeedbackPage:
    page = FeedbackPage(db, user, today=today)
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.show()
    qtbot.waitExposed(page)
    _loaded(qtbot, page)
    return page


def _loaded(qtbot, page: FeedbackPage) -> None:
    """Wait until the list of complaints awaiting cards, read off the GUI thread, is shown."""
    if page.send_tab is not None:
        qtbot.waitUntil(lambda: not page.send_tab.loading, timeout=20_000)


def _confirm(qtbot, widget) -> None:
    """Click the confirming button of the question box that is open."""
    boxes = [b for b in widget.findChildren(QMessageBox) if b.isVisible()]
    assert boxes, "no question was asked"
    button = boxes[-1].findChild(QPushButton, "confirm_button")
    qtbot.mouseClick(button, LEFT)


def test_a_batch_saved_as_pdf_records_every_card_and_a_second_batch_shows_none(
    qtbot, db, admin, handler, card_settings, tmp_path, monkeypatch
):
    from pypdf import PdfReader

    ids = [_closed_complaint(db, admin, handler.employee_id, n) for n in (1, 2, 3)]
    page = _page(qtbot, db, admin)
    tab = page.send_tab
    assert tab.model.rowCount() == 3
    assert [r.complaint_id for r in tab.chosen()] == ids  # all checked by default
    assert tab.layout_choice.value == "a4_2"  # the default from the settings
    # Leave the third out of this batch.
    tab.model.setData(
        tab.model.index(2, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
    )
    assert "2 van 3" in tab.count_label.text()

    target = tmp_path / "kaarten"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    qtbot.mouseClick(tab.save_button, LEFT)
    assert FeedbackService(db, admin).cards_of(ids[0]) == []  # nothing before confirming
    _confirm(qtbot, tab)
    qtbot.waitUntil(lambda: tab.job is None, timeout=20_000)
    _loaded(qtbot, page)

    service = FeedbackService(db, admin)
    sent = [c for i in ids[:2] for c in service.cards_of(i)]
    assert len(sent) == 4
    assert {(c.channel, c.sent_on) for c in sent} == {(CardChannel.POST, SENT_ON)}
    text = " ".join(
        page.extract_text() or ""
        for page in PdfReader(io.BytesIO((tmp_path / "kaarten.pdf").read_bytes())).pages
    )
    assert all(card.code in text for card in sent)
    assert service.cards_of(ids[2]) == []
    # Only the one left out is still waiting.
    assert [r.complaint_id for r in tab.model.rows] == [ids[2]]

    # Once it is sent too, a new batch shows nothing and offers nothing.
    service.record_sent([ids[2]], CardChannel.POST, SENT_ON)
    again = _page(qtbot, db, admin)
    assert again.send_tab.model.rowCount() == 0
    assert not again.send_tab.save_button.isEnabled()
    assert "geen klachten" in again.send_tab.count_label.text()


def test_digital_cards_open_an_email_draft_per_complainant_and_are_recorded(
    qtbot, db, admin, handler, card_settings
):
    with_email = _closed_complaint(db, admin, handler.employee_id, 4)
    without_email = _closed_complaint(db, admin, handler.employee_id, 5, email=False)
    page = _page(qtbot, db, admin)
    tab = page.send_tab
    opened: list[Path] = []
    tab.opener = lambda path: opened.append(path) or True
    tab.digital_radio.setChecked(True)
    assert tab.email_button.isVisible()
    assert not tab.save_button.isVisible()

    qtbot.mouseClick(tab.email_button, LEFT)
    _confirm(qtbot, tab)  # "not everyone has an e-mail address: go on with the others?"
    _confirm(qtbot, tab)  # record as sent
    _loaded(qtbot, page)
    assert [p.suffix for p in opened] == [".eml"]
    assert b"rho4@example.com" in opened[0].read_bytes()
    cards = FeedbackService(db, admin).cards_of(with_email)
    assert {c.channel for c in cards} == {CardChannel.DIGITAL}
    assert [r.complaint_id for r in tab.model.rows] == [without_email]


def test_a_returned_card_entered_by_its_code_is_linked_to_its_complaint(
    qtbot, db, admin, handler, card_settings
):
    first = _closed_complaint(db, admin, handler.employee_id, 6)
    second = _closed_complaint(db, admin, handler.employee_id, 7)
    sent = FeedbackService(db, admin).record_sent([first, second], CardChannel.POST, SENT_ON)
    page = _page(qtbot, db, admin, TODAY)
    tab = page.return_tab
    page.tabs.setCurrentWidget(tab)
    green = sent[1].green_code
    qtbot.keyClicks(tab.code_edit, green.lower())
    qtbot.keyClick(tab.code_edit, Qt.Key.Key_Return)

    number = ComplaintService(db, admin).detail(second).number
    assert tab.card is not None
    assert tab.complaint_label.text() == number
    assert tab.handler_label.text() == "Proef Sigma"
    assert not tab.phone_edit.isVisible()  # a green card has no call-back part
    qtbot.keyClicks(tab.text_edit, "het werd snel opgelost")
    qtbot.mouseClick(tab.save_button, LEFT)

    card = FeedbackService(db, admin).find(green)[0]
    assert (card.complaint_id, card.returned_on, card.text) == (
        second,
        TODAY,
        "het werd snel opgelost",
    )
    assert "geregistreerd" in tab.result_label.text()


def test_a_red_card_asking_a_call_back_makes_a_task_and_is_passed_to_the_handler(
    qtbot, db, admin, handler, card_settings
):
    complaint = _closed_complaint(db, admin, handler.employee_id, 8)
    FeedbackService(db, admin).record_sent([complaint], CardChannel.POST, SENT_ON)
    number = ComplaintService(db, admin).detail(complaint).number
    page = _page(qtbot, db, admin, TODAY)
    tab = page.return_tab
    page.tabs.setCurrentWidget(tab)
    # By complaint number: both cards are found and the colour is picked.
    qtbot.keyClicks(tab.code_edit, number)
    qtbot.keyClick(tab.code_edit, Qt.Key.Key_Return)
    assert tab.colour_row_widget.isVisible()
    tab.choose_colour(CardColour.RED)
    assert tab.card is not None
    assert tab.card.colour == CardColour.RED
    assert tab.phone_edit.isVisible()

    qtbot.keyClicks(tab.text_edit, "niemand heeft me echt geholpen")
    tab.callback_yes.setChecked(True)
    qtbot.keyClicks(tab.phone_edit, "12")  # not a phone number
    qtbot.mouseClick(tab.save_button, LEFT)
    refusal = tab.errors.label_for("callback_phone")
    assert refusal.isVisible()
    assert tab.text_edit.toPlainText() == "niemand heeft me echt geholpen"  # kept
    assert FeedbackService(db, admin).find(tab.card.code)[0].returned_on is None

    tab.phone_edit.clear()
    qtbot.keyClicks(tab.phone_edit, "06 1234 5678")
    qtbot.mouseClick(tab.save_button, LEFT)
    assert not refusal.isVisible()
    assert tab.callback_task_made
    assert "Terugbellen" in tab.result_label.text()
    tasks = TaskService(db, admin).items(today=TODAY)
    callbacks = [t for t in tasks if t.kind == ItemKind.TASK and "terugbellen" in t.title]
    assert [t.complaint_id for t in callbacks] == [complaint]

    assert tab.forward_button.isEnabled()
    qtbot.mouseClick(tab.forward_button, LEFT)
    card = FeedbackService(db, admin).find(tab.card.code)[0]
    assert card.forwarded_to_handler_on == TODAY
    assert "Doorgegeven" in tab.state_label.text()
    theirs = TaskService(db, handler).items(today=TODAY)
    assert any("rode kaart" in t.title for t in theirs)

    # The coordinator reopens the complaint, giving a reason.
    assert tab.reopen_button.isVisible()
    qtbot.mouseClick(tab.reopen_button, LEFT)
    dialog = tab.reopen_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.confirm_button, LEFT)  # no reason: refused, stays open
    assert dialog.error_label.isVisible()
    qtbot.keyClicks(dialog.text_edit, "Klager voelt zich niet gehoord.")
    qtbot.mouseClick(dialog.confirm_button, LEFT)
    assert ComplaintService(db, admin).detail(complaint).status == Status.IN_PROGRESS


def test_the_overview_shows_the_figures_of_the_period(qtbot, db, admin, handler, card_settings):
    ids = [_closed_complaint(db, admin, handler.employee_id, n) for n in (9, 10, 11, 12)]
    service = FeedbackService(db, admin)
    sent = service.record_sent(ids, CardChannel.POST, SENT_ON)
    from app.services.feedback import ReturnedCard

    green = service.find(sent[0].green_code)[0]
    service.register_return(green.id, ReturnedCard(returned_on=TODAY, text="fijn"))
    page = _page(qtbot, db, admin, TODAY)
    tab = page.overview_tab
    page.tabs.setCurrentWidget(tab)
    assert tab.period() == (date(2026, 1, 1), date(2026, 3, 31))  # this quarter
    assert tab.sent_value.text() == "4"
    assert tab.green_value.text() == "1"
    assert tab.rate_value.text() == "25,0%"
    tab.set_period(date(2026, 4, 1), date(2026, 6, 30))
    assert tab.sent_value.text() == "0"
    assert dutch_percent(0.235) == "23,5%"


def test_a_handler_is_told_the_screen_is_not_for_them(qtbot, db, handler):
    page = _page(qtbot, db, handler)
    assert page.refusal_label.isVisible()
    assert page.send_tab is None


def test_only_recently_closed_complaints_are_ticked_and_a_backlog_is_listed_unticked(
    qtbot, db, admin, handler, card_settings
):
    old = _closed_complaint(
        db, admin, handler.employee_id, 1, received=date(2024, 9, 2), closed=date(2024, 10, 1)
    )
    months_ago = _closed_complaint(
        db, admin, handler.employee_id, 2, received=date(2025, 9, 1), closed=date(2025, 10, 20)
    )
    recent = _closed_complaint(db, admin, handler.employee_id, 3)
    page = _page(qtbot, db, admin)
    tab = page.send_tab
    assert {r.complaint_id for r in tab.model.rows} == {old, months_ago, recent}
    assert [r.complaint_id for r in tab.chosen()] == [recent]
    assert "1 van 3" in tab.count_label.text()
    # An older one is sent only when someone ticks it.
    row = [r.complaint_id for r in tab.model.rows].index(months_ago)
    tab.model.setData(
        tab.model.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    assert {r.complaint_id for r in tab.chosen()} == {months_ago, recent}


def test_the_list_of_waiting_complaints_shows_loading_until_its_read_arrives(
    qtbot, db, admin, handler, card_settings, monkeypatch
):
    from app.ui import ops

    first = _closed_complaint(db, admin, handler.employee_id, 1)
    held: list[ops.Op] = []
    monkeypatch.setattr(ops, "launch", held.append)
    page = FeedbackPage(db, admin, today=SENT_ON)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    tab = page.send_tab
    # Shown, but the read is held: the placeholder, no table and no empty-list text.
    assert len(held) == 1
    assert tab.loading_label.isVisible()
    assert tab.loading_label.text() == "Laden…"
    assert not tab.table.isVisible()
    assert not tab.empty_state.isVisible()
    assert tab.model.rowCount() == 0

    # A newer read supersedes the held one: its late result is not applied.
    second = _closed_complaint(db, admin, handler.employee_id, 2)
    tab.refresh()
    assert len(held) == 2
    held[1].run()
    qtbot.waitUntil(lambda: not tab.loading, timeout=5_000)
    assert [r.complaint_id for r in tab.model.rows] == [first, second]
    assert not tab.loading_label.isVisible()
    assert tab.table.isVisible()
    held[0].run()  # cancelled when superseded: it does not run, and changes nothing
    qtbot.wait(50)
    assert [r.complaint_id for r in tab.model.rows] == [first, second]
