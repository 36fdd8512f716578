"""E-mail drafts never fail on a name or subject with a line break, and feedback cards are
recorded as sent only once their e-mail draft exists."""

from __future__ import annotations

import email
import errno
from datetime import date
from email import policy
from pathlib import Path

import pytest

from app.db import Actor, Database
from app.email_drafts import attachment_file_name, header_text, mailbox
from app.models import Complainant, Complaint
from app.models.enums import CardChannel
from app.reports.data import WeeklyOverview
from app.reports.weekly import build_weekly_eml
from app.services.complainants import ComplainantData
from app.services.feedback import FeedbackService
from app.services.intake import IntakeData, IntakeService
from app.services.permissions import CurrentUser
from app.services.settings import CardSettings, CardSettingsService, SettingsService
from app.services.workflow import WorkflowService

SENT_ON = date(2026, 2, 12)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Anna\nProef", "Anna Proef"),
        ("Anna\r\nProef", "Anna Proef"),
        ("Anna \n\n Proef\t", "Anna Proef"),
        ("Anna\u2028Proef", "Anna Proef"),
        ("Anna\x0bProef", "Anna Proef"),
        ("brief\u202efdp.exe", "brieffdp.exe"),
        (None, ""),
        ("", ""),
    ],
)
def test_header_values_are_put_on_one_line(value: str | None, expected: str) -> None:
    assert header_text(value) == expected


def test_a_mailbox_with_a_line_break_in_the_name_or_an_unusable_address_never_raises() -> None:
    box = mailbox("Proef\nLambda", "lambda@example.com")
    assert box is not None
    assert (box.display_name, box.addr_spec) == ("Proef Lambda", "lambda@example.com")
    assert mailbox("Proef Lambda", "lambda@@example.com") is None
    assert mailbox("Proef Lambda", None) is None
    assert attachment_file_name("brief\nvan\u202eklager.pdf") == "brief vanklager.pdf"


def test_the_weekly_overview_draft_survives_a_handler_name_with_a_line_break() -> None:
    overview = WeeklyOverview(1, "Proef\nMu", "mu@example.com", date(2026, 2, 9), ())
    content = build_weekly_eml(
        overview,
        organisation="Bureau\nProef",
        signature="Proef Nu",
        sender="b@example.com",
        pdf=None,
    )
    message = email.message_from_bytes(content, policy=policy.default)
    assert message["To"].addresses[0].display_name == "Proef Mu"
    assert message["From"].addresses[0].display_name == "Bureau Proef"


# ----- feedback cards by e-mail ----------------------------------------------------------


@pytest.fixture
def card_settings(db: Database, admin: CurrentUser) -> None:
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


def _closed_complaint(db: Database, admin: CurrentUser, handler: CurrentUser, n: int) -> int:
    complaint = (
        IntakeService(db, admin)
        .register(
            IntakeData(
                description="Te laat antwoord op mijn brief.",
                received_on=date(2026, 2, 2),
                complainant=ComplainantData(name=f"Proef Omikron {n}", email=f"o{n}@example.com"),
            ),
            today=date(2026, 2, 2),
        )
        .complaint_id
    )
    workflow = WorkflowService(db, admin)
    workflow.assign(complaint, handler.employee_id or 0)
    workflow.withdraw(complaint, reason="Opgelost na telefoontje.")
    workflow.reopen(complaint, reason="Toch formeel afronden.")
    workflow.resolve_informally(complaint, confirmed_on=date(2026, 2, 10))
    workflow.record_manager_copy(complaint, at_start=False, on=date(2026, 2, 10))
    workflow.close(complaint, on=date(2026, 2, 10))
    return complaint


def _name_with_line_break(db: Database, complaint_id: int, name: str) -> None:
    """As an old register brought it in: an Alt+Enter inside the name's Excel cell (the
    forms and today's import refuse it, so it is written as it was stored then)."""
    with db.session_scope(Actor(login="test")) as session:
        person = session.get(Complaint, complaint_id).complainant
        stored = session.get(Complainant, person.id)
        stored.name = name
        # Split after the upgrade with nothing certain: the whole name is the surname.
        stored.initials = stored.first_name = stored.infix = None
        stored.surname = name


def test_a_complainant_name_with_a_line_break_gets_a_card_email_draft_that_parses(
    db: Database, admin: CurrentUser, handler: CurrentUser, card_settings: None, tmp_path: Path
) -> None:
    complaint = _closed_complaint(db, admin, handler, 1)
    _name_with_line_break(db, complaint, "Proef\nOmikron")
    written: dict[str, bytes] = {}

    def write_draft(number: str, content: bytes) -> Path:
        written[number] = content
        path = tmp_path / f"{number}.eml"
        path.write_bytes(content)
        return path

    service = FeedbackService(db, admin)
    batch = service.send_by_email([complaint], SENT_ON, write_draft)
    assert batch.failed == ()
    assert [d.path.name for d in batch.drafts] == [f"{batch.drafts[0].cards.number}.eml"]
    message = email.message_from_bytes(batch.drafts[0].path.read_bytes(), policy=policy.default)
    assert message["To"].addresses[0].display_name == "Proef Omikron"
    assert message["To"].addresses[0].addr_spec == "o1@example.com"
    assert message["X-Unsent"] == "1"
    body = message.get_content()
    assert "Geachte heer/mevrouw Proef Omikron," in body
    assert batch.drafts[0].cards.red_code in body
    cards = service.cards_of(complaint)
    assert {c.channel for c in cards} == {CardChannel.DIGITAL}
    # The draft made again for the recorded cards parses as well.
    again = email.message_from_bytes(service.cards_eml(complaint), policy=policy.default)
    assert again["To"].addresses[0].display_name == "Proef Omikron"


def test_a_draft_that_cannot_be_written_leaves_its_cards_unsent(
    db: Database, admin: CurrentUser, handler: CurrentUser, card_settings: None, tmp_path: Path
) -> None:
    full = _closed_complaint(db, admin, handler, 2)
    fine = _closed_complaint(db, admin, handler, 3)
    service = FeedbackService(db, admin)
    full_number = next(r.number for r in service.awaiting_cards() if r.complaint_id == full)

    def write_draft(number: str, content: bytes) -> Path:
        path = tmp_path / f"{number}.eml"
        if number == full_number:
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        path.write_bytes(content)
        return path

    batch = service.send_by_email([full, fine], SENT_ON, write_draft)
    assert [number for number, _reason in batch.failed] == [full_number]
    assert "e-mailconcept" in batch.failed[0][1]
    assert "vol" in batch.failed[0][1]
    assert [d.cards.complaint_id for d in batch.drafts] == [fine]
    assert service.cards_of(full) == []
    assert len(service.cards_of(fine)) == 2
    assert [r.complaint_id for r in service.awaiting_cards()] == [full]
    assert sorted(p.name for p in tmp_path.glob("*.eml")) == [f"{batch.drafts[0].cards.number}.eml"]

    # Once the disk has room again, the same batch sends the one left, and never twice.
    again = service.send_by_email(
        [full, fine], SENT_ON, lambda number, content: _write(tmp_path, number, content)
    )
    assert [d.cards.complaint_id for d in again.drafts] == [full]
    assert service.awaiting_cards() == []


def _write(folder: Path, number: str, content: bytes) -> Path:
    path = folder / f"{number}.eml"
    path.write_bytes(content)
    return path


def test_a_draft_that_cannot_be_made_leaves_its_cards_unsent(
    db: Database, admin: CurrentUser, handler: CurrentUser, card_settings: None, tmp_path: Path
) -> None:
    complaint = _closed_complaint(db, admin, handler, 4)
    with db.session_scope(Actor(login="test")) as session:
        person = session.get(Complaint, complaint).complainant
        session.get(Complainant, person.id).email = "o4@@example.com"  # from before the checks
    service = FeedbackService(db, admin)
    batch = service.send_by_email(
        [complaint], SENT_ON, lambda number, content: _write(tmp_path, number, content)
    )
    assert batch.drafts == ()
    assert "niet bruikbaar" in batch.failed[0][1]
    assert service.cards_of(complaint) == []
    assert list(tmp_path.glob("*.eml")) == []
