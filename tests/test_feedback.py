"""Feedback cards: batch sending once, returned cards by code, callback task, handler."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.models import AuditEvent
from app.models.enums import CardChannel, CardColour, Status
from app.services.complainants import ComplainantData
from app.services.complaints import ComplaintService
from app.services.errors import ServiceError
from app.services.feedback import CODE_LENGTH, FeedbackService, ReturnedCard
from app.services.intake import IntakeData, IntakeService
from app.services.permissions import CurrentUser
from app.services.tasks import ItemKind, TaskService
from app.services.workflow import WorkflowService


def _closed_complaint(
    db: Database, admin: CurrentUser, handler_id: int, n: int, closed: date = date(2026, 2, 10)
) -> int:
    complaint = (
        IntakeService(db, admin)
        .register(
            IntakeData(
                description="te laat antwoord op mijn brief.",
                received_on=date(2026, 2, 2),
                complainant=ComplainantData(name=f"Proef Omikron {n}", email=f"o{n}@example.com"),
            ),
            today=date(2026, 2, 2),
        )
        .complaint_id
    )
    workflow = WorkflowService(db, admin)
    workflow.assign(complaint, handler_id)
    workflow.withdraw(complaint, reason="Opgelost na telefoontje.")
    workflow.reopen(complaint, reason="Toch formeel afronden.")
    workflow.resolve_informally(complaint, confirmed_on=closed)
    workflow.record_manager_copy(complaint, at_start=False, on=closed)
    workflow.close(complaint, on=closed)
    return complaint


def test_a_batch_records_every_card_and_a_second_batch_sends_none_twice(
    db: Database, admin: CurrentUser, handler: CurrentUser
) -> None:
    first = _closed_complaint(db, admin, handler.employee_id or 0, 1)
    second = _closed_complaint(db, admin, handler.employee_id or 0, 2)
    service = FeedbackService(db, admin)
    waiting = service.awaiting_cards()
    assert [w.complaint_id for w in waiting] == [first, second]
    sent = service.record_sent(
        [w.complaint_id for w in waiting], CardChannel.POST, date(2026, 2, 12)
    )
    assert len(sent) == 2
    codes = [c for s in sent for c in (s.green_code, s.red_code)]
    assert len(set(codes)) == 4
    assert all(len(c) == CODE_LENGTH for c in codes)
    assert service.awaiting_cards() == []
    assert service.record_sent([first, second], CardChannel.POST, date(2026, 2, 13)) == []
    assert len(service.cards_of(first)) == 2


def test_the_waiting_complaints_page_through_in_the_order_of_the_whole_list(
    db: Database, admin: CurrentUser, handler: CurrentUser
) -> None:
    closed_on = [date(2026, 2, 12), date(2026, 2, 10), date(2026, 2, 11), date(2026, 2, 10)]
    ids = [
        _closed_complaint(db, admin, handler.employee_id or 0, n, closed=day)
        for n, day in enumerate(closed_on, start=1)
    ]
    service = FeedbackService(db, admin)
    whole = service.awaiting_cards()
    # Oldest closed first, then by number: the second and fourth (same day), third, first.
    assert [w.complaint_id for w in whole] == [ids[1], ids[3], ids[2], ids[0]]
    assert [w.closed_on for w in whole] == sorted(closed_on)
    assert (whole[0].name, whole[0].email) == ("Proef Omikron 2", "o2@example.com")
    paged = service.awaiting_cards(limit=3) + service.awaiting_cards(limit=3, offset=3)
    assert paged == whole
    assert service.awaiting_count() == 4
    service.record_sent([ids[1]], CardChannel.POST, date(2026, 2, 13))
    assert service.awaiting_cards(limit=1) == whole[1:2]


def test_a_returned_red_card_found_by_code_creates_the_callback_task_and_goes_to_the_handler(
    db: Database, admin: CurrentUser, handler: CurrentUser
) -> None:
    complaint = _closed_complaint(db, admin, handler.employee_id or 0, 3)
    service = FeedbackService(db, admin)
    sent = service.record_sent([complaint], CardChannel.POST, date(2026, 2, 12))[0]
    typed = sent.red_code.lower()[:3] + " " + sent.red_code.lower()[3:]
    cards = service.find(typed)
    assert [(c.complaint_id, c.colour) for c in cards] == [(complaint, CardColour.RED)]
    service.register_return(
        cards[0].id,
        ReturnedCard(
            returned_on=date(2026, 2, 20),
            text="omdat ik nooit een brief kreeg",
            wants_callback=True,
            callback_phone="06 1234 5678",
            name_as_written="O. Proef",
        ),
    )
    tasks = TaskService(db, admin).items(today=date(2026, 2, 21))
    callback = [t for t in tasks if t.kind == ItemKind.TASK and "terugbellen" in t.title]
    assert len(callback) == 1
    assert callback[0].details == "+31612345678"
    service.forward_to_handler(cards[0].id, date(2026, 2, 21))
    assert service.find(sent.red_code)[0].forwarded_to_handler_on == date(2026, 2, 21)
    mine = TaskService(db, handler).items(today=date(2026, 2, 21))
    assert any("rode kaart" in t.title for t in mine)
    service.reopen_after_red_card(cards[0].id, "klager voelt zich niet gehoord")
    assert ComplaintService(db, admin).detail(complaint).status == Status.IN_PROGRESS
    by_number = service.find(ComplaintService(db, admin).detail(complaint).number, CardColour.GREEN)
    assert [c.code for c in by_number] == [sent.green_code]


def test_the_overview_counts_sent_and_returned_cards(
    db: Database, admin: CurrentUser, handler: CurrentUser
) -> None:
    ids = [_closed_complaint(db, admin, handler.employee_id or 0, n) for n in (4, 5)]
    service = FeedbackService(db, admin)
    sent = service.record_sent(ids, CardChannel.DIGITAL, date(2026, 2, 12))
    green = service.find(sent[0].green_code)[0]
    service.register_return(
        green.id, ReturnedCard(returned_on=date(2026, 2, 14), text="omdat het snel geregeld was")
    )
    overview = service.overview(date(2026, 1, 1), date(2026, 3, 31))
    assert (overview.complaints_sent, overview.green_returned, overview.red_returned) == (2, 1, 0)
    assert overview.response_rate == 0.5


def test_the_card_pdf_holds_the_annex_texts_with_the_organisations_address(
    db: Database, admin: CurrentUser, handler: CurrentUser
) -> None:
    import email
    import io
    from email import policy

    from pypdf import PdfReader

    from app.services.settings import CardSettings, CardSettingsService, SettingsService

    SettingsService(db, admin).set_organisation_name("Bureau Proefombudsman")
    CardSettingsService(db, admin).save(
        CardSettings(
            reply_number="10870",
            reply_postcode="2501wb",
            reply_city="Den Haag",
            feedback_email="feedback@example.com",
            layout="a4_4",
        )
    )
    complaint = _closed_complaint(db, admin, handler.employee_id or 0, 6)
    service = FeedbackService(db, admin)
    sent = service.record_sent([complaint], CardChannel.POST, date(2026, 2, 12))[0]
    for layout in ("a4_2", "a4_4", "a5", "a6"):
        pdf = service.cards_pdf([complaint], layout)
        text = " ".join(
            " ".join((page.extract_text() or "").split())
            for page in PdfReader(io.BytesIO(pdf)).pages
        )
        assert "U heeft een klacht ingediend over Bureau Proefombudsman." in text
        assert "Bent u tevreden over de behandeling van uw klacht?" in text
        assert "Ik deel een rode kaart uit, omdat:" in text
        assert "JA" in text
        assert "NEEN" in text
        assert "Antwoordnummer 10870, 2501 WB Den Haag (postzegel niet nodig)" in text
        assert sent.green_code in text
        assert sent.red_code in text
    message = email.message_from_bytes(service.cards_eml(complaint), policy=policy.default)
    assert message["To"].addresses[0].addr_spec == "o6@example.com"
    assert message["Reply-To"] == "feedback@example.com"
    assert sent.red_code in message.get_content()


def _text_sizes(pdf: bytes) -> list[tuple[str, float]]:
    """Each text run of the PDF with its rendered size in points."""
    import io

    from pypdf import PdfReader

    runs: list[tuple[str, float]] = []

    def visit(text, _cm, tm, _font, size) -> None:  # type: ignore[no-untyped-def]
        if text.strip():
            runs.append((text.strip(), size * abs(tm[3] or tm[0])))

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    return runs


def test_each_card_says_who_it_is_for_and_the_return_address_is_readable(
    db: Database, admin: CurrentUser, handler: CurrentUser
) -> None:
    from app.services.settings import CardSettings, CardSettingsService, SettingsService

    SettingsService(db, admin).set_organisation_name("Bureau Proefombudsman")
    CardSettingsService(db, admin).save(
        CardSettings(reply_number="10870", reply_postcode="2501wb", reply_city="Den Haag")
    )
    first = _closed_complaint(db, admin, handler.employee_id or 0, 7)
    second = _closed_complaint(db, admin, handler.employee_id or 0, 8)
    service = FeedbackService(db, admin)
    sent = service.record_sent([first, second], CardChannel.POST, date(2026, 2, 12))
    for layout in ("a4_2", "a4_4", "a5", "a6"):
        runs = _text_sizes(service.cards_pdf([first, second], layout))
        texts = [t for t, _size in runs]
        for n, cards in ((7, sent[0]), (8, sent[1])):
            # Both cards of a complaint (green and red) name its complainant and number.
            assert sum(f"{cards.number} · voor Proef Omikron {n}" in t for t in texts) == 2
        footer = [size for text, size in runs if "Antwoordnummer" in text]
        assert footer, layout
        assert min(footer) >= 7.5, (layout, min(footer))


def _returned_red_card(db: Database, admin: CurrentUser, complaint: int) -> int:
    service = FeedbackService(db, admin)
    sent = service.record_sent([complaint], CardChannel.POST, date(2026, 2, 12))[0]
    card = service.find(sent.red_code)[0]
    service.register_return(
        card.id, ReturnedCard(returned_on=date(2026, 2, 20), text="niemand belde terug")
    )
    return card.id


@contextmanager
def _commits() -> Iterator[list[bool]]:
    """One entry per transaction committed inside the block: whether it wrote."""
    committed: list[bool] = []

    def record(session: Session) -> None:
        committed.append(session.info.get("actor") is not None)

    event.listen(Session, "after_commit", record)
    try:
        yield committed
    finally:
        event.remove(Session, "after_commit", record)


def test_reopening_after_a_red_card_checks_the_card_and_reopens_in_one_transaction(
    db: Database, admin: CurrentUser, handler: CurrentUser
) -> None:
    complaint = _closed_complaint(db, admin, handler.employee_id or 0, 6)
    card = _returned_red_card(db, admin, complaint)
    with _commits() as committed:
        FeedbackService(db, admin).reopen_after_red_card(card, "klager voelt zich niet gehoord")
    assert committed == [True]
    assert ComplaintService(db, admin).detail(complaint).status == Status.IN_PROGRESS
    history = [h.text for h in ComplaintService(db, admin).history(complaint)]
    assert any("heropend: rode kaart: klager voelt zich niet gehoord" in t for t in history)


def test_a_refused_reopening_after_a_red_card_changes_nothing(
    db: Database, admin: CurrentUser, handler: CurrentUser
) -> None:
    complaint = _closed_complaint(db, admin, handler.employee_id or 0, 7)
    card = _returned_red_card(db, admin, complaint)
    service = FeedbackService(db, admin)
    service.reopen_after_red_card(card, "eerste keer")
    with db.session_scope() as session:
        events = session.scalar(select(func.count()).select_from(AuditEvent))
    with pytest.raises(ServiceError, match="Alleen een afgehandelde klacht"):
        service.reopen_after_red_card(card, "nog een keer")
    with db.session_scope() as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == events
