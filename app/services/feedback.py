"""Feedback cards (annex 2): sending green and red cards after a complaint is closed, and
registering the cards that come back.

Each card carries a short code (no personal data) so a returned card is matched to its
complaint without the complainant writing anything.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from email.message import EmailMessage
from pathlib import Path

from sqlalchemy import ColumnElement, exists, func, select
from sqlalchemy.orm import Session, selectinload

from app.email_drafts import header_text, mailbox
from app.models import Complainant, Complaint, FeedbackCard, Task
from app.models.enums import CardChannel, CardColour, ComplaintKind, Role, Status, TaskKind
from app.services.access import harmless, requires, requires_any, requires_complaint_handler
from app.services.base import Service
from app.services.errors import NotFound, ServiceError, ValidationError
from app.services.figures import figure_tables
from app.services.i18n import t
from app.services.letter_values import salutation_lines
from app.services.permissions import Permission
from app.services.settings import CardSettings, read_card_settings
from app.services.validation import (
    SHORT_TEXT,
    Checker,
    TextField,
    check_email,
    check_phone,
    column_limit,
    plausible_date,
    search_text,
)
from app.storage_errors import file_write_message

CARD_TEXT = TextField("Tekst op de kaart", SHORT_TEXT, multiline=True)
NAME_AS_WRITTEN = TextField("Naam zoals op de kaart", column_limit(FeedbackCard.name_as_written))

# No 0/O, 1/I/L: a code must survive handwriting and a phone call.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6


def new_code(session: Session) -> str:
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if session.scalar(select(FeedbackCard.id).where(FeedbackCard.code == code)) is None:
            return code


def normalise_code(text: str) -> str:
    return "".join(c for c in text.upper() if c.isalnum())


@dataclass(frozen=True)
class CardRecipient:
    """A closed complaint that gets cards: what goes on the envelope or in the e-mail."""

    complaint_id: int
    number: str
    closed_on: date | None
    salutation: str | None
    name: str | None
    street: str | None
    house_number: str | None
    postcode: str | None
    city: str | None
    email: str | None


@dataclass(frozen=True)
class SentCards:
    complaint_id: int
    number: str
    green_code: str
    red_code: str


@dataclass(frozen=True)
class CardView:
    id: int
    code: str
    colour: CardColour
    complaint_id: int
    complaint_number: str
    handler_id: int | None
    handler_name: str | None
    sent_on: date
    channel: CardChannel
    returned_on: date | None
    text: str | None
    wants_callback: bool | None
    callback_phone: str | None
    callback_email: str | None
    name_as_written: str | None
    forwarded_to_handler_on: date | None
    version: int


@dataclass(frozen=True)
class ReturnedCard:
    returned_on: date
    text: str | None = None
    wants_callback: bool | None = None
    callback_phone: str | None = None
    callback_email: str | None = None
    name_as_written: str | None = None


@dataclass(frozen=True)
class CardOverview:
    period_from: date
    period_to: date
    complaints_sent: int
    green_returned: int
    red_returned: int
    callbacks_asked: int

    @property
    def returned(self) -> int:
        return self.green_returned + self.red_returned

    @property
    def response_rate(self) -> float:
        """Returned cards per complaint that received a pair of cards (0..1)."""
        return self.returned / self.complaints_sent if self.complaints_sent else 0.0


def _view(card: FeedbackCard) -> CardView:
    complaint = card.complaint
    return CardView(
        id=card.id,
        code=card.code,
        colour=card.colour,
        complaint_id=complaint.id,
        complaint_number=complaint.number,
        handler_id=complaint.handler_id,
        handler_name=complaint.handler.name if complaint.handler else None,
        sent_on=card.sent_on,
        channel=card.channel,
        returned_on=card.returned_on,
        text=card.text,
        wants_callback=card.wants_callback,
        callback_phone=card.callback_phone,
        callback_email=card.callback_email,
        name_as_written=card.name_as_written,
        forwarded_to_handler_on=card.forwarded_to_handler_on,
        version=card.version,
    )


@dataclass(frozen=True)
class EmailDraft:
    """Cards recorded as sent by e-mail, and the draft that carries their codes."""

    cards: SentCards
    path: Path


@dataclass(frozen=True)
class EmailBatch:
    drafts: tuple[EmailDraft, ...]
    failed: tuple[tuple[str, str], ...]  # (complaint number, why, in Dutch): not recorded


def _has_cards(session: Session, complaint_id: int) -> bool:
    return bool(session.scalar(select(exists().where(FeedbackCard.complaint_id == complaint_id))))


def _new_cards(
    session: Session, complaint: Complaint, channel: CardChannel, sent_on: date
) -> dict[CardColour, str]:
    """A green and a red card for a closed complaint; their codes by colour."""
    if complaint.status != Status.CLOSED:
        raise ServiceError(t("Klacht %1 is nog niet afgesloten.", complaint.number))
    codes: dict[CardColour, str] = {}
    for colour in (CardColour.GREEN, CardColour.RED):
        card = FeedbackCard(
            complaint_id=complaint.id,
            colour=colour,
            code=new_code(session),
            sent_on=sent_on,
            channel=channel,
        )
        session.add(card)
        session.flush()
        codes[colour] = card.code
    return codes


def _email_settings(session: Session) -> CardSettings:
    settings = read_card_settings(session)
    if not settings.feedback_email:
        raise ServiceError("Vul eerst onder Beheer het e-mailadres voor feedback in.")
    return settings


def _cards_eml(settings: CardSettings, complaint: Complaint, codes: dict[CardColour, str]) -> bytes:
    """The draft to the complainant: both cards' questions and codes. Names and subject
    are put on one line (``email_drafts``), so an odd name never stops the draft."""
    person = complaint.complainant
    if person is None or not person.email:
        raise ServiceError("Deze klager heeft geen e-mailadres; stuur de kaarten per post.")
    recipient = mailbox(person.name, person.email)
    if recipient is None:
        raise ServiceError(
            f"Het e-mailadres van de klager van {complaint.number} is niet bruikbaar; "
            "verbeter het, of stuur de kaarten per post."
        )
    # Imported here: the card module loads reportlab, which a start does not need.
    from app.reports.cards import CardText, green_texts, red_texts

    text = CardText(
        settings.organisation,
        settings.reply_number,
        settings.reply_postcode,
        settings.reply_city,
    )
    green_question, green_prompt = green_texts(text)
    red_question, red_prompt = red_texts(text)
    # The shared letter opening ("Geachte mevrouw Jonkman"), on one line for the e-mail.
    salutation = header_text(salutation_lines(person.salutation, person)[0])
    body = "\n".join(
        [
            f"{salutation},",
            "",
            f"Onlangs hebben wij uw klacht {complaint.number} afgehandeld. Wij horen graag "
            "hoe u de behandeling hebt ervaren. Antwoord op deze e-mail met een groene of "
            "een rode kaart; noem daarbij de kaartcode.",
            "",
            f"GROENE KAART (kaartcode {codes[CardColour.GREEN]})",
            green_question,
            green_prompt,
            "",
            f"RODE KAART (kaartcode {codes[CardColour.RED]})",
            red_question,
            red_prompt,
            "Als u mij hierover wilt terugbellen, graag: JA / NEEN",
            "Mijn naam is:",
            "Telefoonnummer:",
            "E-mailadres:",
            "",
            "Met vriendelijke groet,",
            "",
            settings.organisation,
        ]
    )
    message = EmailMessage()
    sender = mailbox(settings.organisation, settings.feedback_email)
    if sender is not None:
        message["From"] = sender
        message["Reply-To"] = sender.addr_spec
    message["To"] = recipient
    message["Subject"] = header_text(
        f"Hoe heeft u de behandeling van uw klacht ervaren? ({complaint.number})"
    )
    message["X-Unsent"] = "1"
    message.set_content(body)
    return bytes(message)


def _draft_not_written(error: OSError) -> str:
    if error.filename:
        return file_write_message(error, Path(error.filename), subject="Het e-mailconcept")
    return "Het e-mailconcept kon niet worden opgeslagen."


def _recipient_line(complaint: Complaint) -> str:
    from app.reports.cards import recipient_line

    person = complaint.complainant
    return recipient_line(
        complaint.number, person.name if person else None, person.city if person else None
    )


def _remove(path: Path | None) -> None:
    if path is not None:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


def _awaiting_conditions() -> tuple[ColumnElement[bool], ...]:
    """Closed complaints with a complainant that have had no cards yet."""
    return (
        Complaint.kind == ComplaintKind.COMPLAINT,
        Complaint.status == Status.CLOSED,
        Complaint.complainant_id.is_not(None),
        Complaint.historic.is_(False),
        ~exists().where(FeedbackCard.complaint_id == Complaint.id),
    )


class FeedbackService(Service):
    # ----- sending -------------------------------------------------------------------------

    @requires(Permission.SEND_CARDS)
    def awaiting_cards(self, limit: int | None = None, offset: int = 0) -> list[CardRecipient]:
        """Closed complaints with a complainant that have had no cards yet, oldest closed
        first; ``limit``/``offset`` page through them (at 100,000 complaints the whole list
        is tens of thousands of rows, more than a screen can show)."""
        self.require(Permission.SEND_CARDS)
        with self.reading() as session:
            # Columns, not entities: one joined query instead of a complainant per row.
            query = (
                select(
                    Complaint.id,
                    Complaint.number,
                    Complaint.closed_on,
                    Complainant.salutation,
                    Complainant.name,
                    Complainant.street,
                    Complainant.house_number,
                    Complainant.postcode,
                    Complainant.city,
                    Complainant.email,
                )
                .join(Complainant, Complainant.id == Complaint.complainant_id)
                .where(*_awaiting_conditions())
                .order_by(Complaint.closed_on, Complaint.number)
                .limit(limit)
                .offset(offset or None)
            )
            # SQLAlchemy types rows of up to nine columns; this one has ten.
            return [CardRecipient(*row) for row in session.execute(query)]  # type: ignore[call-arg]

    @requires(Permission.SEND_CARDS)
    def awaiting_count(self) -> int:
        """How many complaints ``awaiting_cards`` lists, counted by the database."""
        with self.reading() as session:
            return session.execute(
                select(func.count()).select_from(Complaint).where(*_awaiting_conditions())
            ).scalar_one()

    @requires(Permission.SEND_CARDS)
    def record_sent(
        self, complaint_ids: list[int], channel: CardChannel, sent_on: date
    ) -> list[SentCards]:
        """Record a green and a red card per complaint; complaints that already had cards
        are skipped, so running a batch twice never sends twice."""
        plausible_date("sent_on", sent_on, "De verzenddatum")
        with self.writing(Permission.SEND_CARDS) as session:
            sent = []
            for complaint_id in dict.fromkeys(complaint_ids):
                complaint = session.get(Complaint, complaint_id)
                if complaint is None:
                    raise NotFound("Een gekozen klacht bestaat niet (meer).")
                if _has_cards(session, complaint_id):
                    continue
                codes = _new_cards(session, complaint, channel, sent_on)
                sent.append(
                    SentCards(
                        complaint_id,
                        complaint.number,
                        codes[CardColour.GREEN],
                        codes[CardColour.RED],
                    )
                )
            return sent

    @requires(Permission.REGISTER_RETURNED_CARDS)
    def cards_of(self, complaint_id: int) -> list[CardView]:
        self.require(Permission.REGISTER_RETURNED_CARDS)
        with self.reading() as session:
            return [
                _view(c)
                for c in session.scalars(
                    select(FeedbackCard)
                    .where(FeedbackCard.complaint_id == complaint_id)
                    .order_by(FeedbackCard.colour)
                )
            ]

    @harmless("reference data: the layout of the cards, no personal data")
    def card_settings(self) -> CardSettings:
        with self.reading() as session:
            return read_card_settings(session)

    @requires(Permission.SEND_CARDS)
    def cards_pdf(self, complaint_ids: list[int], layout: str | None = None) -> bytes:
        """The printed cards of these complaints (green and red, as recorded), one PDF."""
        from app.reports.cards import Card, CardLayout, CardText, cards_pdf

        self.require(Permission.SEND_CARDS)
        with self.reading() as session:
            settings = read_card_settings(session)
            if not settings.complete:
                raise ServiceError(
                    "Vul eerst onder Beheer de naam van de organisatie en het antwoordnummer "
                    "met postcode en plaats in; die staan op de kaarten."
                )
            cards = [
                Card(colour=c.colour, code=c.code, recipient=_recipient_line(c.complaint))
                for c in session.scalars(
                    select(FeedbackCard)
                    .join(Complaint)
                    .where(FeedbackCard.complaint_id.in_(complaint_ids))
                    .options(
                        selectinload(FeedbackCard.complaint).selectinload(Complaint.complainant)
                    )
                    .order_by(Complaint.number, FeedbackCard.colour)
                )
            ]
        if not cards:
            raise ServiceError("Er zijn voor deze klachten nog geen kaarten vastgelegd.")
        text = CardText(
            settings.organisation,
            settings.reply_number,
            settings.reply_postcode,
            settings.reply_city,
            settings.attention_of or "de klachtcoördinator",
        )
        return cards_pdf(cards, text, CardLayout(layout or settings.layout))

    @requires(Permission.SEND_CARDS)
    def cards_eml(self, complaint_id: int) -> bytes:
        """An e-mail draft with both cards' questions, for cards already recorded (made
        again); answers go to the feedback mailbox."""
        self.require(Permission.SEND_CARDS)
        with self.reading() as session:
            settings = _email_settings(session)
            complaint = session.get(Complaint, complaint_id)
            if complaint is None:
                raise NotFound("Deze klacht bestaat niet (meer).")
            codes = {
                c.colour: c.code
                for c in session.scalars(
                    select(FeedbackCard).where(FeedbackCard.complaint_id == complaint_id)
                )
            }
            if len(codes) < 2:
                raise ServiceError("Leg eerst vast dat de kaarten zijn verstuurd.")
            return _cards_eml(settings, complaint, codes)

    @requires(Permission.SEND_CARDS)
    def send_by_email(
        self,
        complaint_ids: list[int],
        sent_on: date,
        write_draft: Callable[[str, bytes], Path],
    ) -> EmailBatch:
        """Per complaint: make its pair of cards, the e-mail draft with their codes, hand
        the draft to ``write_draft(complaint number, content)`` (which returns where it was
        written), and only then record the cards as sent — one transaction per complaint.

        A complaint whose draft cannot be made or written has no cards recorded and stays
        waiting; its reason is in ``failed``. Complaints that already had cards are
        skipped, so a batch run twice never sends twice."""
        plausible_date("sent_on", sent_on, "De verzenddatum")
        self.require(Permission.SEND_CARDS)
        with self.reading() as session:
            _email_settings(session)  # refused for the whole batch when incomplete
        drafts: list[EmailDraft] = []
        failed: list[tuple[str, str]] = []
        for complaint_id in dict.fromkeys(complaint_ids):
            number = str(complaint_id)
            written: Path | None = None
            try:
                with self.writing(Permission.SEND_CARDS) as session:
                    complaint = session.get(Complaint, complaint_id)
                    if complaint is None:
                        raise NotFound("Een gekozen klacht bestaat niet (meer).")
                    number = complaint.number
                    if _has_cards(session, complaint_id):
                        continue
                    codes = _new_cards(session, complaint, CardChannel.DIGITAL, sent_on)
                    content = _cards_eml(_email_settings(session), complaint, codes)
                    try:
                        written = write_draft(number, content)
                    except OSError as error:
                        raise ServiceError(_draft_not_written(error)) from error
                    cards = SentCards(
                        complaint_id, number, codes[CardColour.GREEN], codes[CardColour.RED]
                    )
                # Committed: the cards are recorded, and their draft exists.
                drafts.append(EmailDraft(cards, written))
            except ServiceError as error:
                _remove(written)  # not recorded: no draft with codes nobody knows
                failed.append((number, error.message))
            except BaseException:
                _remove(written)
                raise
        return EmailBatch(tuple(drafts), tuple(failed))

    # ----- returned cards ----------------------------------------------------------------

    @requires(Permission.REGISTER_RETURNED_CARDS)
    def find(self, code_or_number: str, colour: CardColour | None = None) -> list[CardView]:
        """Cards by their code, or by complaint number (then optionally one colour)."""
        self.require(Permission.REGISTER_RETURNED_CARDS)
        text = search_text(code_or_number)
        with self.reading() as session:
            query = select(FeedbackCard).join(Complaint)
            code = normalise_code(text)
            if len(code) == CODE_LENGTH and "-" not in text:
                query = query.where(FeedbackCard.code == code)
            else:
                query = query.where(func.upper(Complaint.number) == text.upper())
            if colour is not None:
                query = query.where(FeedbackCard.colour == colour)
            return [_view(c) for c in session.scalars(query.order_by(FeedbackCard.colour))]

    @requires(Permission.REGISTER_RETURNED_CARDS)
    def register_return(self, card_id: int, data: ReturnedCard) -> CardView:
        checker = Checker()
        text = checker.text("text", data.text, CARD_TEXT)
        name = checker.text("name_as_written", data.name_as_written, NAME_AS_WRITTEN)
        phone = checker.check(
            "callback_phone", check_phone, data.callback_phone, label="Telefoonnummer"
        )
        email = checker.check("callback_email", check_email, data.callback_email, "E-mailadres")
        checker.day("returned_on", data.returned_on, "De datum van ontvangst", not_in_future=True)
        with self.writing(Permission.REGISTER_RETURNED_CARDS) as session:
            card = session.get(FeedbackCard, card_id)
            if card is None:
                raise NotFound("Deze kaart bestaat niet (meer).")
            if data.returned_on < card.sent_on:
                checker.fail("returned_on", "Een kaart komt niet terug vóór ze is verstuurd.")
            red = card.colour == CardColour.RED
            if red and data.wants_callback and not (phone or email or card.complaint.complainant):
                checker.fail(
                    "callback_phone",
                    "Vul in op welk nummer of adres de klager teruggebeld of gemaild wil worden.",
                )
            checker.raise_if_any()
            first_time = card.returned_on is None
            card.returned_on = data.returned_on
            card.text = text
            card.name_as_written = name
            card.wants_callback = bool(data.wants_callback) if red else None
            card.callback_phone = phone if red else None
            card.callback_email = email if red else None
            if red and data.wants_callback and first_time:
                session.add(
                    Task(
                        kind=TaskKind.CALLBACK,
                        complaint_id=card.complaint_id,
                        assignee_role=Role.COORDINATOR,
                        title=f"Klager terugbellen over rode kaart ({card.complaint.number})",
                        details=" / ".join(p for p in (phone, email) if p) or None,
                        due_on=data.returned_on,
                    )
                )
            session.flush()
            return _view(card)

    @requires(Permission.REGISTER_RETURNED_CARDS)
    def forward_to_handler(self, card_id: int, on: date) -> None:
        """Pass a returned card to the handler: recorded, and a task on their Vandaag screen."""
        plausible_date("on", on, "De datum van doorsturen")
        with self.writing(Permission.REGISTER_RETURNED_CARDS) as session:
            card = session.get(FeedbackCard, card_id)
            if card is None:
                raise NotFound("Deze kaart bestaat niet (meer).")
            if card.returned_on is None:
                raise ServiceError("Registreer eerst dat de kaart terug is.")
            complaint = card.complaint
            if complaint.handler_id is None:
                raise ValidationError({"handler": "Deze klacht heeft geen behandelaar."})
            card.forwarded_to_handler_on = on
            colour = "groene" if card.colour == CardColour.GREEN else "rode"
            session.add(
                Task(
                    kind=TaskKind.RETURNED_CARD,
                    complaint_id=complaint.id,
                    assignee_id=complaint.handler_id,
                    title=f"Een {colour} kaart is teruggekomen ({complaint.number})",
                    details=card.text,
                )
            )

    @requires_complaint_handler(arg="card_id", via=FeedbackCard)
    def reopen_after_red_card(self, card_id: int, reason: str) -> None:
        """Reopen the complaint a returned red card is about, in one transaction with the
        check of the card."""
        from app.services.workflow import reopen

        with self.writing(Permission.HANDLE_COMPLAINT) as session:
            card = session.get(FeedbackCard, card_id)
            if card is None:
                raise NotFound("Deze kaart bestaat niet (meer).")
            if card.colour != CardColour.RED or card.returned_on is None:
                raise ServiceError("Alleen een teruggekomen rode kaart kan de klacht heropenen.")
            complaint = session.get(Complaint, card.complaint_id)
            if complaint is None:
                raise NotFound("Deze klacht bestaat niet (meer).")
            reopen(session, self.user, complaint, reason=f"rode kaart: {reason}")

    # ----- overview ------------------------------------------------------------------------

    @requires_any(Permission.VIEW_REPORTS, Permission.REGISTER_RETURNED_CARDS)
    def overview(self, period_from: date, period_to: date) -> CardOverview:
        """Cards sent in the period, and how many of those came back (green/red)."""
        if not (
            self.user.can(Permission.VIEW_REPORTS)
            or self.user.can(Permission.REGISTER_RETURNED_CARDS)
        ):
            self.require(Permission.VIEW_REPORTS)
        with self.reading() as session:
            # The cards' colours and dates only (management may read no card's text).
            cards = figure_tables(session).cards
            card = cards.c
            in_period = (card.sent_on >= period_from) & (card.sent_on <= period_to)
            sent = (
                session.scalar(
                    select(func.count(func.distinct(card.complaint_id))).where(in_period)
                )
                or 0
            )
            rows: dict[str, int] = dict(
                session.execute(
                    select(card.colour, func.count())
                    .where(in_period, card.returned_on.is_not(None))
                    .group_by(card.colour)
                ).all()
            )
            callbacks = (
                session.scalar(
                    select(func.count())
                    .select_from(cards)
                    .where(in_period, card.wants_callback.is_(True))
                )
                or 0
            )
            return CardOverview(
                period_from,
                period_to,
                int(sent),
                int(rows.get(CardColour.GREEN.value, 0)),
                int(rows.get(CardColour.RED.value, 0)),
                int(callbacks),
            )
