"""Letters and messages about a complaint: filling in a template, the recipients, the PDF
letter on the letterhead, the ``.eml`` draft for the mail program, and the documents kept.

For a letter dialog: ``choices`` lists the kinds that fit the complaint now (which one is
due, and which placeholders still need a value), ``preview`` gives the text (a value still
missing shown as a readable mark, never as "{name}"), ``save_document`` stores the PDF, the
``.eml`` or the Word file (``make_pdf`` / ``make_eml`` / ``make_docx`` give the bytes without
storing them). Each takes the user's edited ``body`` for this one case; the stored document
holds that final text, and a stored document is never changed afterwards.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from typing import TYPE_CHECKING, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.email_drafts import attachment_file_name, header_text, mailbox
from app.models import (
    Complaint,
    Document,
    Employee,
    ImprovementProposal,
    ProposalComplaint,
)
from app.models.enums import (
    OPEN_STATUSES,
    ComplaintKind,
    ProposalStatus,
    Route,
    Status,
    TaskKind,
)
from app.services.access import (
    harmless,
    requires_any,
    requires_visible_complaint,
    visible_complaint,
)
from app.services.base import Service
from app.services.deadlines import next_deadline_of
from app.services.errors import NotFound, PermissionDenied, ServiceError, ValidationError
from app.services.letter_templates import (
    BODY,
    FILE_WORDS,
    KIND_LABELS,
    PLACEHOLDERS,
    LetterKind,
    LetterTemplateService,
    MissingValuesError,
    PlaceholderInfo,
    TemplateInfo,
    describe,
    fill_marked,
    has_missing_marks,
    heading_lines,
    kind_label,
    missing_mark,
    placeholders_in,
    raw_placeholders_in,
    template_of,
    without_missing_marks,
)
from app.services.letter_values import (
    DECLINE_GROUNDS,
    LetterContext,
    Recipient,
    dutch_date,
    letter_context,
    salutation_lines,
    split_name,
)
from app.services.permissions import CurrentUser, Permission
from app.services.settings import Letterhead
from app.services.tasks import close_complaint_tasks
from app.services.validation import FieldError, check_text, display_phone, plausible_date

__all__ = [
    "DECLINE_GROUNDS",
    "KIND_LABELS",
    "PLACEHOLDERS",
    "DocumentInfo",
    "LetterChoice",
    "LetterKind",
    "LetterService",
    "LetterTemplateService",
    "MissingValuesError",
    "PlaceholderInfo",
    "Recipient",
    "RenderedLetter",
    "TemplateInfo",
    "dutch_date",
    "kind_label",
    "salutation_lines",
    "split_name",
]

Format = Literal["pdf", "eml", "docx"]
MEDIA_TYPES: dict[str, str] = {
    "pdf": "application/pdf",
    "eml": "message/rfc822",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
# A Word file is finished and printed in Word: it goes by post, like the PDF.
SENT_VIA: dict[str, str] = {"pdf": "post", "eml": "e-mail", "docx": "post"}

K = LetterKind
# Letters the secretariat sends (registration); the others are the handler's.
SECRETARIAT_KINDS = frozenset({K.ACKNOWLEDGEMENT, K.MANAGER_COPY_START})
# Internal messages, to the employee concerned and their manager.
INTERNAL_KINDS = frozenset({K.MANAGER_COPY_START})
# Formal letters: on paper (a PDF), and the PDF goes with an e-mail draft by default.
FORMAL_KINDS = frozenset(
    {K.EXTENSION_NOTICE, K.DECLINE_NOTICE, K.DECISION_LETTER, K.NO_RESPONSE_NOTICE}
)
# When several letters are suggested, the one due: the furthest step of the handling first
# (after the judgment the decision letter, not an acknowledgement never made).
_DUE_ORDER: tuple[LetterKind, ...] = (
    K.DECISION_LETTER,
    K.DECLINE_NOTICE,
    K.REVIEW_FORWARDING,
    K.REVIEW_ENDED,
    K.INFORMAL_CLOSING,
    K.EXTENSION_NOTICE,
    K.ACKNOWLEDGEMENT,
    K.MANAGER_COPY_START,
    K.NO_RESPONSE_NOTICE,
    K.IMPROVEMENT_LETTER,
    K.HEARING_INVITATION,
    K.DELAY_NOTICE,
)
# Letters after which the manager gets a copy (Awb 9:11; closing copy, step 7).
_MANAGER_COPY_KINDS = frozenset({K.EXTENSION_NOTICE, K.INFORMAL_CLOSING, K.DECISION_LETTER})

# ----- what a dialog gets ------------------------------------------------------------------

if TYPE_CHECKING:
    # The PDF and Word builders load reportlab and python-docx: imported when a letter is
    # made, not when a screen that can make one opens.
    from app.reports.letters import LetterPdf


@dataclass(frozen=True)
class RenderedLetter:
    kind: LetterKind
    complaint_number: str
    subject: str
    body: str  # the filled-in template, ending with the closing ("Met vriendelijke groet,")
    recipients: list[Recipient]
    signature: tuple[str, ...] = ()  # name, job title, organisation
    letter_date: date | None = None
    headings: frozenset[str] = frozenset()  # lines of the body shown bold
    # Placeholders without a value; the body and subject show them as readable marks.
    missing: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """Body and signature, as the e-mail shows them."""
        return self.body.rstrip("\n") + "\n" + "".join(f"\n{line}" for line in self.signature)


@dataclass(frozen=True)
class LetterChoice:
    kind: LetterKind
    label: str
    suggested: bool  # the next letter this complaint needs
    missing: tuple[str, ...]  # placeholders without a value: pass them in ``extra``
    default_format: Format
    already_made: int  # documents of this kind already stored for the complaint
    due: bool = False  # the one letter a dialog selects first


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    kind: str  # a LetterKind value for letters
    kind_label: str
    title: str
    file_name: str
    media_type: str
    size: int
    created_at: datetime
    created_by_name: str | None
    sent_on: date | None
    sent_via: str | None


# ----- the service -------------------------------------------------------------------------


class LetterService(Service):
    def __init__(self, db: Database, user: CurrentUser, *, today: date | None = None) -> None:
        super().__init__(db, user)
        self._today = today

    @property
    @harmless("the date the service works with; no data")
    def today(self) -> date:
        return self._today or date.today()

    # ----- permissions -------------------------------------------------------------------

    def _permission_for(self, kind: LetterKind) -> Permission:
        if kind in SECRETARIAT_KINDS and self.user.can(Permission.REGISTER_COMPLAINT):
            return Permission.REGISTER_COMPLAINT
        return Permission.HANDLE_COMPLAINT

    def _may_make(self, kind: LetterKind) -> bool:
        return self.user.can(self._permission_for(kind))

    def _visible(self, session: Session, complaint_id: int) -> Complaint:
        # The same rule as the complaint's detail: its handler, or who may see all.
        complaint = visible_complaint(session, self.user, complaint_id)
        if complaint.kind == ComplaintKind.SIGNAL:
            raise ServiceError("Op een signaal wordt niet gereageerd; er hoort geen brief bij.")
        return complaint

    # ----- choosing and previewing -------------------------------------------------------

    @requires_visible_complaint()
    def choices(self, complaint_id: int) -> list[LetterChoice]:
        """The letter kinds that fit the complaint's state, the user may make them."""
        with self.reading() as session:
            complaint = visible_complaint(session, self.user, complaint_id)
            if complaint.kind == ComplaintKind.SIGNAL:
                return []
            made = dict(
                session.execute(
                    select(Document.kind, func.count())
                    .where(Document.complaint_id == complaint.id)
                    .group_by(Document.kind)
                ).all()
            )
            context = self._context(session, complaint, None)
            result = []
            for kind in LetterKind:
                if not self._may_make(kind):
                    continue
                fits, suggested = _fits(session, complaint, kind, made.get(kind.value, 0))
                if not fits:
                    continue
                template = template_of(session, kind)
                needed = placeholders_in(template.subject) + placeholders_in(template.body)
                missing = tuple(dict.fromkeys(n for n in needed if not context.values.get(n)))
                result.append(
                    LetterChoice(
                        kind=kind,
                        label=kind_label(kind),
                        suggested=suggested,
                        missing=missing,
                        default_format=_default_format(kind, complaint),
                        already_made=made.get(kind.value, 0),
                    )
                )
            return _with_due(result)

    @requires_visible_complaint(also=(Permission.REGISTER_COMPLAINT, Permission.HANDLE_COMPLAINT))
    def preview(
        self, complaint_id: int, kind: LetterKind, extra: Mapping[str, object] | None = None
    ) -> RenderedLetter:
        """The letter filled in for this complaint (nothing stored). A value still missing
        is shown as a readable mark and listed in ``missing``: the seed of the text a user
        edits."""
        kind = LetterKind(kind)
        self.require(self._permission_for(kind))
        with self.reading() as session:
            complaint = self._visible(session, complaint_id)
            return self._render(session, complaint, kind, extra, marked=True)[0]

    @requires_visible_complaint(also=(Permission.REGISTER_COMPLAINT, Permission.HANDLE_COMPLAINT))
    def make_pdf(
        self,
        complaint_id: int,
        kind: LetterKind,
        extra: Mapping[str, object] | None = None,
        *,
        body: str | None = None,
        allow_missing: bool = False,
    ) -> bytes:
        """The PDF letter; ``body`` is the user's edited text (None: the template's).

        A value still missing refuses the letter (``MissingValuesError``), unless
        ``allow_missing``: then the places are left out, never printed as a mark."""
        return self._produce(
            complaint_id, LetterKind(kind), "pdf", extra, body=body, allow_missing=allow_missing
        )[1]

    @requires_visible_complaint(also=(Permission.REGISTER_COMPLAINT, Permission.HANDLE_COMPLAINT))
    def make_docx(
        self,
        complaint_id: int,
        kind: LetterKind,
        extra: Mapping[str, object] | None = None,
        *,
        body: str | None = None,
        allow_missing: bool = False,
    ) -> bytes:
        """The letter as a Word file, with the same text as the PDF (see ``make_pdf``)."""
        return self._produce(
            complaint_id, LetterKind(kind), "docx", extra, body=body, allow_missing=allow_missing
        )[1]

    @requires_visible_complaint(also=(Permission.REGISTER_COMPLAINT, Permission.HANDLE_COMPLAINT))
    def make_eml(
        self,
        complaint_id: int,
        kind: LetterKind,
        extra: Mapping[str, object] | None = None,
        *,
        attach_pdf: bool | None = None,
        body: str | None = None,
        allow_missing: bool = False,
    ) -> bytes:
        """An e-mail draft (``X-Unsent: 1``) that the mail program opens ready to send.

        ``attach_pdf`` None: the PDF letter goes with formal letters (they also go on paper).
        The copy of a complaint to the employee (Awb 9:9) carries the complaint's own
        attachments.
        """
        return self._produce(
            complaint_id,
            LetterKind(kind),
            "eml",
            extra,
            attach_pdf,
            body=body,
            allow_missing=allow_missing,
        )[1]

    def _produce(
        self,
        complaint_id: int,
        kind: LetterKind,
        fmt: Format,
        extra: Mapping[str, object] | None,
        attach_pdf: bool | None = None,
        *,
        body: str | None = None,
        allow_missing: bool = False,
    ) -> tuple[RenderedLetter, bytes]:
        if fmt not in MEDIA_TYPES:
            raise ValueError(f"unknown format {fmt!r}")
        self.require(self._permission_for(kind))
        with self.reading() as session:
            complaint = self._visible(session, complaint_id)
            letter, context = self._render(
                session, complaint, kind, extra, body=body, allow_missing=allow_missing
            )
            return letter, _content(letter, context, complaint, fmt, attach_pdf)

    # ----- documents ---------------------------------------------------------------------

    @requires_visible_complaint(also=(Permission.REGISTER_COMPLAINT, Permission.HANDLE_COMPLAINT))
    def save_document(
        self,
        complaint_id: int,
        kind: LetterKind,
        fmt: Format,
        sent_on: date | None = None,
        extra: Mapping[str, object] | None = None,
        *,
        body: str | None = None,
        allow_missing: bool = False,
    ) -> int:
        """Make the letter as PDF (to post), ``.eml`` (to e-mail) or Word file and keep it
        with the complaint; returns the document's id. ``body``: the user's edited text,
        which is what the stored document holds (see ``make_pdf``)."""
        kind = LetterKind(kind)
        self._check_sent_on(sent_on)
        if fmt not in MEDIA_TYPES:
            raise ValueError(f"unknown format {fmt!r}")
        with self.writing(self._permission_for(kind)) as session:
            complaint = self._visible(session, complaint_id)
            return record_letter(
                session,
                self.user,
                complaint,
                kind,
                fmt,
                sent_on=sent_on,
                extra=extra,
                body=body,
                allow_missing=allow_missing,
                today=self.today,
            )

    @requires_visible_complaint(
        also=(Permission.REGISTER_COMPLAINT, Permission.HANDLE_COMPLAINT),
        arg="document_id",
        via=Document,
    )
    def mark_sent(self, document_id: int, sent_on: date, via: str | None = None) -> None:
        """Record when (and how: 'post' or 'e-mail') a stored letter was sent."""
        self._check_sent_on(sent_on)
        if via is not None and via not in SENT_VIA.values():
            raise ValidationError({"sent_via": "Kies post of e-mail."})
        kind = self._document_kind(document_id)
        with self.writing(self._permission_for(kind)) as session:
            document = session.get(Document, document_id)
            if document is None:
                raise NotFound("Dit document bestaat niet (meer).")
            complaint = (
                self._visible(session, document.complaint_id)
                if document.complaint_id is not None
                else None
            )
            document.sent_on = sent_on
            if via is not None:
                document.sent_via = via
            if complaint is not None:
                session.flush()
                _refresh_deadline(session, complaint)
                _close_reminders(session, complaint, kind, self.user.employee_id)

    @requires_visible_complaint()
    def documents(self, complaint_id: int) -> list[DocumentInfo]:
        with self.reading() as session:
            visible_complaint(session, self.user, complaint_id)
            rows = session.execute(
                select(Document, func.length(Document.content), Employee.name)
                .outerjoin(Employee, Employee.id == Document.created_by_id)
                .where(Document.complaint_id == complaint_id)
                .order_by(Document.created_at, Document.id)
            ).all()
            return [
                DocumentInfo(
                    id=d.id,
                    kind=d.kind,
                    kind_label=_label_of_kind(d.kind),
                    title=d.title,
                    file_name=d.file_name,
                    media_type=d.media_type,
                    size=int(size or 0),
                    created_at=d.created_at,
                    created_by_name=name,
                    sent_on=d.sent_on,
                    sent_via=d.sent_via,
                )
                for d, size, name in rows
            ]

    @requires_any(
        Permission.VIEW_ALL_COMPLAINTS, Permission.HANDLE_COMPLAINT, Permission.VIEW_REPORTS
    )
    def document_content(self, document_id: int) -> tuple[str, str, bytes]:
        """File name, media type and content of a stored document."""
        with self.reading() as session:
            document = session.get(Document, document_id)
            if document is None:
                raise NotFound("Dit document bestaat niet (meer).")
            if document.complaint_id is not None:
                visible_complaint(session, self.user, document.complaint_id)
            else:
                self.require(Permission.VIEW_REPORTS)
            return document.file_name, document.media_type, document.content

    def _document_kind(self, document_id: int) -> LetterKind:
        with self.reading() as session:
            kind = session.scalar(select(Document.kind).where(Document.id == document_id))
        if kind is None:
            raise NotFound("Dit document bestaat niet (meer).")
        try:
            return LetterKind(kind)
        except ValueError:
            raise PermissionDenied("Dit document is geen brief bij een klacht.") from None

    def _check_sent_on(self, sent_on: date | None) -> None:
        plausible_date("sent_on", sent_on, "De verzenddatum", not_in_future=True, today=self.today)

    # ----- rendering ---------------------------------------------------------------------

    def _render(
        self,
        session: Session,
        complaint: Complaint,
        kind: LetterKind,
        extra: Mapping[str, object] | None,
        *,
        body: str | None = None,
        allow_missing: bool = False,
        marked: bool = False,
    ) -> tuple[RenderedLetter, LetterContext]:
        return render_letter(
            session,
            self.user,
            complaint,
            kind,
            extra,
            today=self.today,
            body=body,
            allow_missing=allow_missing,
            marked=marked,
        )

    def _context(
        self, session: Session, complaint: Complaint, extra: Mapping[str, object] | None
    ) -> LetterContext:
        return _letter_context(session, self.user, complaint, extra, self.today)


# ----- the rules other services compose (inside the caller's transaction) ---------------------


def render_letter(
    session: Session,
    user: CurrentUser,
    complaint: Complaint,
    kind: LetterKind,
    extra: Mapping[str, object] | None = None,
    *,
    today: date | None = None,
    body: str | None = None,
    allow_missing: bool = False,
    marked: bool = False,
) -> tuple[RenderedLetter, LetterContext]:
    """The letter; ``marked``: missing values stay as readable marks (a preview),
    otherwise they refuse the letter or, with ``allow_missing``, are left out. Checks no
    permission: the caller has loaded the complaint for a user who may make the letter."""
    context = _letter_context(session, user, complaint, extra, today)
    template = template_of(session, kind)
    subject, subject_missing = fill_marked(template.subject, context.values)
    text, body_missing = fill_marked(template.body, context.values)
    if body is not None:
        text = _edited_body(body)
        body_missing = tuple(n for n in body_missing if missing_mark(n) in text)
    missing = tuple(dict.fromkeys(subject_missing + body_missing))
    if not marked and (has_missing_marks(subject) or has_missing_marks(text)):
        if not allow_missing:
            if not missing:
                raise ValidationError(
                    {"body": "Vul in de tekst eerst de plaatsen '[in te vullen: …]' in."}
                )
            raise MissingValuesError(missing)
        subject = without_missing_marks(subject)
        text = without_missing_marks(text)
        missing = ()
    letter = RenderedLetter(
        kind=kind,
        complaint_number=complaint.number,
        subject=" ".join(subject.split()),
        body=text,
        recipients=_recipients_for(kind, context.recipients),
        signature=_signature_for(kind, context),
        letter_date=context.letter_date,
        headings=heading_lines(template.body) | context.headings,
        missing=missing,
    )
    return letter, context


def record_letter(
    session: Session,
    user: CurrentUser,
    complaint: Complaint,
    kind: LetterKind,
    fmt: Format,
    *,
    sent_on: date | None = None,
    extra: Mapping[str, object] | None = None,
    body: str | None = None,
    fill_body: bool = False,
    allow_missing: bool = False,
    today: date | None = None,
) -> int:
    """Make the letter as ``fmt`` and keep it with the complaint, in the caller's
    transaction (audited with it); returns the document's id. ``body``: the user's text
    (None: the template's); with ``fill_body`` its placeholders are first filled in with
    this complaint's values (one text for several complaints). ``sent_on``: recorded as
    sent, which meets the decision term and ends the delay-notice reminder."""
    if fmt not in MEDIA_TYPES:
        raise ValueError(f"unknown format {fmt!r}")
    if body is not None and fill_body:
        values = _letter_context(session, user, complaint, extra, today).values
        body = fill_marked(body, values)[0]
    letter, context = render_letter(
        session,
        user,
        complaint,
        kind,
        extra,
        today=today,
        body=body,
        allow_missing=allow_missing,
    )
    document = Document(
        kind=kind.value,
        complaint_id=complaint.id,
        title=letter.subject[:300],
        file_name=f"{complaint.number} {FILE_WORDS[kind]}.{fmt}",
        media_type=MEDIA_TYPES[fmt],
        content=_content(letter, context, complaint, fmt, None),
        created_by_id=user.employee_id,
        sent_on=sent_on,
        sent_via=SENT_VIA[fmt],
    )
    session.add(document)
    session.flush()
    _refresh_deadline(session, complaint)
    if sent_on is not None:
        _close_reminders(session, complaint, kind, user.employee_id)
    return document.id


def _letter_context(
    session: Session,
    user: CurrentUser,
    complaint: Complaint,
    extra: Mapping[str, object] | None,
    today: date | None,
) -> LetterContext:
    handler = complaint.handler
    signer = handler or (session.get(Employee, user.employee_id) if user.employee_id else None)
    return letter_context(
        session, complaint, signer=signer, today=today or date.today(), extra=extra
    )


def _content(
    letter: RenderedLetter,
    context: LetterContext,
    complaint: Complaint,
    fmt: Format,
    attach_pdf: bool | None,
) -> bytes:
    """The letter's file: a PDF, a Word file or an e-mail draft."""
    from app.reports.letter_docx import build_letter_docx
    from app.reports.letters import build_letter_pdf

    if fmt == "pdf":
        return build_letter_pdf(_layout(letter, context))
    if fmt == "docx":
        return build_letter_docx(_layout(letter, context))
    if letter.kind == K.MANAGER_COPY_START:
        context.attachments = [
            (a.file_name, a.media_type, a.content)
            for a in sorted(complaint.attachments, key=lambda a: a.id)
            if not a.is_follow_up
        ]
    attach = letter.kind in FORMAL_KINDS if attach_pdf is None else attach_pdf
    pdf = build_letter_pdf(_layout(letter, context)) if attach else None
    return _eml(letter, context, pdf)


def _signature_for(kind: LetterKind, context: LetterContext) -> tuple[str, ...]:
    """The formal decision is signed by the head of the unit or the director when the
    regulation profile or the complaint names one; other letters by the handler."""
    name = context.values.get("ondertekenaar")
    if kind not in SIGNED_BY_HEAD or not name:
        return context.signature
    lines = (name, context.values.get("ondertekenaar_functie"), context.letterhead.name)
    return tuple(line for line in lines if line)


# The letters that carry the organisation's formal decision.
SIGNED_BY_HEAD = frozenset({LetterKind.DECISION_LETTER})


def _edited_body(body: str) -> str:
    """The user's text for this letter, checked: not empty, not too long, and no
    placeholder left as "{name}" (it would reach the letter unfilled)."""
    try:
        text = check_text(body, BODY, "De brief heeft een tekst nodig.")
    except FieldError as error:
        raise ValidationError({"body": error.message}) from None
    assert text is not None
    if raw := raw_placeholders_in(text):
        described = ", ".join(f"'{describe(name)}'" for name in raw)
        raise ValidationError(
            {
                "body": "De tekst bevat nog een invulveld dat niet wordt ingevuld "
                f"({described}). Schrijf daar de tekst zelf."
            }
        )
    return text + "\n"


def _with_due(choices: list[LetterChoice]) -> list[LetterChoice]:
    """The choices with the one due marked: the suggested letter furthest in the handling."""
    suggested = {c.kind for c in choices if c.suggested}
    due = next((kind for kind in _DUE_ORDER if kind in suggested), None)
    return [replace(c, due=c.kind == due) for c in choices]


def _refresh_deadline(session: Session, complaint: Complaint) -> None:
    """A decision letter recorded as sent meets the decision term: the stored next
    deadline (register, dashboard) follows at once."""
    session.expire(complaint, ["sent_decision_letters"])
    complaint.next_deadline = next_deadline_of(complaint)


def _close_reminders(
    session: Session, complaint: Complaint, kind: LetterKind, closer_id: int | None
) -> None:
    """A sent delay notice, or the decision itself: the delay-notice reminder is done."""
    if kind in (K.DELAY_NOTICE, K.DECISION_LETTER):
        close_complaint_tasks(session, complaint.id, TaskKind.DELAY_NOTICE, closer_id)


def _recipients_for(kind: LetterKind, everyone: list[Recipient]) -> list[Recipient]:
    """Who gets this letter, the addressee first."""
    complainant = [r for r in everyone if r.role == "klager"]
    employees = [r for r in everyone if r.role == "medewerker"]
    managers = [r for r in everyone if r.role == "leidinggevende"]
    if kind in INTERNAL_KINDS:
        return employees + managers
    if kind == K.EXTENSION_NOTICE:
        return complainant + employees + managers
    if kind in _MANAGER_COPY_KINDS:
        return complainant + managers
    return complainant


# ----- which letters fit -------------------------------------------------------------------

S = Status
_OPEN_BEFORE_JUDGMENT = OPEN_STATUSES - {S.JUDGED}


def _fits(session: Session, complaint: Complaint, kind: LetterKind, made: int) -> tuple[bool, bool]:
    """(whether ``kind`` fits the complaint now, whether it is the letter to make next)."""
    status = complaint.status
    route = complaint.route
    person = complaint.complainant
    if kind == K.ACKNOWLEDGEMENT:
        return True, complaint.acknowledged_on is None and made == 0
    if kind == K.MANAGER_COPY_START:
        fits = bool(complaint.employees_concerned)
        return fits, fits and complaint.manager_copy_start_on is None and made == 0
    if kind == K.DELAY_NOTICE:
        return status in _OPEN_BEFORE_JUDGMENT, False
    if kind == K.EXTENSION_NOTICE:
        fits = status in _OPEN_BEFORE_JUDGMENT
        return fits, fits and complaint.extended_to is not None and made == 0
    if kind == K.DECLINE_NOTICE:
        return status in OPEN_STATUSES or status == S.DECLINED, status == S.DECLINED and made == 0
    if kind == K.INFORMAL_CLOSING:
        fits = status in (S.IN_PROGRESS, S.INFORMALLY_RESOLVED) or (
            status == S.CLOSED and route == Route.INFORMAL
        )
        return fits, status == S.INFORMALLY_RESOLVED and made == 0
    if kind == K.DECISION_LETTER:
        fits = status == S.JUDGED or (status == S.CLOSED and route == Route.FORMAL)
        # Due until one is recorded as sent: a draft never sent does not meet the term.
        return fits, status == S.JUDGED and not complaint.sent_decision_letters
    if kind in (K.REVIEW_FORWARDING, K.REVIEW_ENDED):
        fits = status in OPEN_STATUSES or status == S.FORWARDED_FOR_REVIEW
        # Forwarded once more, or told that the review already done ended the procedure.
        this_route = bool(complaint.review_already_done) == (kind == K.REVIEW_ENDED)
        return fits, status == S.FORWARDED_FOR_REVIEW and this_route and made == 0
    if kind == K.NO_RESPONSE_NOTICE:
        flagged = person is not None and bool(person.no_response_subjects)
        return person is not None, flagged and made == 0
    if kind == K.HEARING_INVITATION:
        # Awb 9:10: once the formal route starts, the parties are invited to be heard.
        fits = status == S.HEARING
        recorded = complaint.hearing_complainant_on is not None or bool(
            complaint.hearing_skipped_reason
        )
        return fits, fits and not recorded and made == 0
    if kind == K.IMPROVEMENT_LETTER:
        links = session.execute(
            select(ProposalComplaint.complainant_informed_on, ImprovementProposal.status)
            .join(ImprovementProposal, ImprovementProposal.id == ProposalComplaint.proposal_id)
            .where(ProposalComplaint.complaint_id == complaint.id)
        ).all()
        suggested = any(
            informed is None and state == ProposalStatus.REALISED for informed, state in links
        )
        return bool(links) or status not in OPEN_STATUSES, suggested and made == 0
    return False, False


def _label_of_kind(value: str) -> str:
    try:
        return kind_label(LetterKind(value))
    except ValueError:
        return value


def _default_format(kind: LetterKind, complaint: Complaint) -> Format:
    if kind in INTERNAL_KINDS or kind == K.INFORMAL_CLOSING:
        return "eml"
    if kind in FORMAL_KINDS:
        return "pdf"
    person = complaint.complainant
    return "eml" if person is not None and person.email else "pdf"


# ----- output ------------------------------------------------------------------------------


def _contact_lines(letterhead: Letterhead) -> tuple[str, ...]:
    place = " ".join(p for p in (letterhead.postcode, letterhead.city) if p)
    phone = display_phone(letterhead.phone)
    return tuple(
        line
        for line in (
            letterhead.street,
            place,
            f"T {phone}" if phone else "",
            letterhead.email,
            letterhead.website,
        )
        if line
    )


def _return_address(letterhead: Letterhead) -> str | None:
    if not (letterhead.street and letterhead.postcode and letterhead.city):
        return None
    return f"Retouradres {letterhead.street}, {letterhead.postcode} {letterhead.city}"


def _layout(letter: RenderedLetter, context: LetterContext) -> LetterPdf:
    """What the letter shows, the same for the PDF and the Word file."""
    from app.reports.letters import LetterPdf

    letterhead = context.letterhead
    addressee = letter.recipients[0] if letter.recipients else None
    window = (addressee.window_name, *addressee.address_lines) if addressee is not None else ()
    copy_to: tuple[str, ...] = ()
    if letter.kind in INTERNAL_KINDS:
        copy_to = tuple(f"{r.name} ({r.role})" for r in letter.recipients[1:])
    internal = addressee is not None and addressee.role != "klager"
    return LetterPdf(
        organisation=letterhead.name,
        contact_lines=_contact_lines(letterhead),
        return_address=None if internal else _return_address(letterhead),
        address_lines=window,
        date_text=dutch_date(letter.letter_date or date.today()),
        reference=letter.complaint_number,
        subject=letter.subject,
        body=letter.body,
        signature_lines=letter.signature,
        copy_to=copy_to,
        headings=letter.headings,
    )


def _addresses(recipients: list[Recipient]) -> list[Address]:
    """Usable mailboxes; names on one line (an address that cannot be used is left out,
    the draft never fails on it)."""
    found = (mailbox(r.name, r.email) for r in recipients)
    return [address for address in found if address is not None]


def _eml(letter: RenderedLetter, context: LetterContext, pdf: bytes | None) -> bytes:
    message = EmailMessage()
    letterhead = context.letterhead
    sender = mailbox(letterhead.name, letterhead.sender_email)
    if sender is not None:
        message["From"] = sender
    with_email = [r for r in letter.recipients if r.email]
    to: list[Recipient]
    cc: list[Recipient] = []
    bcc: list[Recipient] = []
    if letter.kind in INTERNAL_KINDS:
        to = [r for r in with_email if r.role == "medewerker"]
        cc = [r for r in with_email if r.role == "leidinggevende"]
    else:
        # Staff addresses stay out of sight of the complainant: a blind copy.
        to = [r for r in with_email if r.role == "klager"]
        bcc = [r for r in with_email if r.role != "klager"]
    for header, recipients in (("To", to), ("Cc", cc), ("Bcc", bcc)):
        if addresses := _addresses(recipients):
            message[header] = addresses
    message["Subject"] = header_text(letter.subject)
    message["X-Unsent"] = "1"  # opened as a draft, ready to send
    message.set_content(letter.text, charset="utf-8")
    if pdf is not None:
        message.add_attachment(
            pdf,
            maintype="application",
            subtype="pdf",
            filename=f"{letter.complaint_number} {FILE_WORDS[letter.kind]}.pdf",
        )
    for file_name, media_type, content in context.attachments:
        maintype, _slash, subtype = media_type.partition("/")
        if not subtype or maintype in ("message", "multipart"):
            maintype, subtype = "application", "octet-stream"
        message.add_attachment(
            content, maintype=maintype, subtype=subtype, filename=attachment_file_name(file_name)
        )
    return message.as_bytes(policy=SMTP)
