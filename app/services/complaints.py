"""One complaint: its detail, editing its data, contact notes, attachments and its history
in readable Dutch."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.models import (
    Attachment,
    AuditEvent,
    Complainant,
    Complaint,
    ContactNote,
    Employee,
    RelatedDossier,
)
from app.models.base import utcnow
from app.models.complaint import MIN_NOTE_SUMMARY_LENGTH
from app.models.enums import (
    Channel,
    ComplaintKind,
    NoteChannel,
    Route,
    Status,
    ViewKind,
)
from app.services.access import requires, requires_visible_complaint, visible_complaint
from app.services.audit import audit_position
from app.services.base import Service, check_version
from app.services.complainants import ComplainantData, address_line
from app.services.deadlines import next_deadline_of
from app.services.errors import ConcurrentEditError, NotFound, PermissionDenied, ServiceError
from app.services.history_text import (  # noqa: F401  (the labels were defined here)
    ENTITY_LABELS,
    FIELD_LABELS,
    history_lines,
    load_names,
)
from app.services.intake import (
    DESCRIPTION,
    RECEIVED_ON,
    ConcernedEmployee,
    NewAttachment,
    RelatedCase,
    check_attachments_total,
    checked_dossiers,
    concerned_rows,
    new_attachment,
    related_cases,
    stored_attachments_size,
    validated_complainant,
)
from app.services.permissions import Permission
from app.services.search import refresh_search_text
from app.services.validation import (
    NOTE_TEXT,
    Checker,
    FieldError,
    TextField,
    check_moment,
    check_text,
    column_limit,
)
from app.services.view_log import viewing, write_view_event

MIN_NOTE_WORDS = 4
NOTE_SUMMARY = TextField("Samenvatting", NOTE_TEXT, multiline=True)
NOTE_WITH_WHOM = TextField("Met wie", column_limit(ContactNote.with_whom))
# Short: a few sentences per case in the annual report.
NOTABLE_SUMMARY = TextField("Opvallende zaak", 1_000, multiline=True)
CONTACT_AT = "Het moment van contact"


@dataclass(frozen=True)
class ContactNoteView:
    id: int
    contact_at: datetime
    channel: NoteChannel
    with_whom: str
    author_name: str
    summary: str


@dataclass(frozen=True)
class AttachmentView:
    id: int
    file_name: str
    media_type: str
    size: int
    sha256: str
    added_at: datetime
    added_by_name: str | None
    is_follow_up: bool
    unseen_by_handler: bool


@dataclass(frozen=True)
class ConcernedView:
    employee_id: int | None
    name: str
    unit_name: str | None
    resolved: bool  # False while only a free-text name is known


@dataclass(frozen=True)
class ComplaintDetail:
    id: int
    number: str
    kind: ComplaintKind
    channel: Channel
    received_on: date
    description: str
    status: Status
    route: Route | None
    urgent: bool
    version: int
    complainant_id: int | None
    complainant: ComplainantData
    complainant_address: str
    handler_id: int | None
    handler_name: str | None
    employees_concerned: tuple[ConcernedView, ...]
    related_dossiers: tuple[str, ...]
    related: tuple[RelatedCase, ...]
    contact_due: date | None
    decision_due: date | None
    extended_to: date | None
    first_contact_on: date | None
    closed_on: date | None
    next_deadline: date | None
    notes: tuple[ContactNoteView, ...] = ()
    attachments: tuple[AttachmentView, ...] = ()
    fast_lane: bool = False
    other_handler_requested: bool = False
    notable_summary: str | None = None  # the annual report's "Opvallende zaken"
    ombudsman_on: date | None = None  # went on to the Nationale ombudsman (retention)
    no_response_subjects: str | None = None  # a persistent complainant
    no_response_notice_on: date | None = None
    # The complainant record's own version (it is shared by several complaints), and the
    # audit trail's position when this copy was read: a refused save shows what came after.
    complainant_version: int | None = None
    audit_seq: int = 0


@dataclass(frozen=True)
class ComplaintEdit:
    """The editable data of a complaint (the intake fields)."""

    description: str
    channel: Channel
    received_on: date
    complainant: ComplainantData = field(default_factory=ComplainantData)
    employees_concerned: tuple[ConcernedEmployee, ...] = ()
    related_dossiers: tuple[str, ...] = ()
    urgent: bool = False
    # None leaves the stored answer as it is (callers that do not show the field).
    other_handler_requested: bool | None = None


@dataclass(frozen=True)
class NoteInput:
    contact_at: datetime
    channel: NoteChannel
    with_whom: str
    summary: str


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    who: str
    text: str  # Dutch


class ComplaintService(Service):
    @requires_visible_complaint()
    def record_view(self, complaint_id: int, what: ViewKind, *, detail: str | None = None) -> None:
        """Record in the view log that the user is about to see this complaint's personal
        data (``what``: a window, a dossier PDF); refuses who may not see it."""
        with viewing(self) as session:
            complaint = visible_complaint(session, self.user, complaint_id)
            write_view_event(
                session,
                what,
                complaint_id=complaint.id,
                complainant_id=complaint.complainant_id,
                detail=detail,
            )

    @requires_visible_complaint()
    def open(self, complaint_id: int) -> ComplaintDetail:
        """The detail for a window being opened: recorded in the view log first (once per
        opening; the window's refreshes read ``detail``)."""
        self.record_view(complaint_id, ViewKind.COMPLAINT_OPENED)
        return self.detail(complaint_id)

    @requires_visible_complaint()
    def detail(self, complaint_id: int) -> ComplaintDetail:
        with self.reading() as session:
            # Read first: a change committed while the rest is read counts as newer.
            seen_seq = audit_position(session)
            complaint = visible_complaint(session, self.user, complaint_id)
            person = complaint.complainant or Complainant()
            concerned = tuple(
                ConcernedView(
                    employee_id=c.employee_id,
                    name=c.employee.name if c.employee else (c.free_text_name or ""),
                    unit_name=c.employee.unit.name if c.employee and c.employee.unit else None,
                    resolved=c.employee_id is not None,
                )
                for c in complaint.employees_concerned
            )
            notes = tuple(
                ContactNoteView(
                    n.id,
                    n.contact_at,
                    n.channel,
                    n.with_whom,
                    n.author.name if n.author else "",
                    n.summary,
                )
                for n in sorted(complaint.contact_notes, key=lambda n: (n.contact_at, n.id))
            )
            attachments = tuple(
                AttachmentView(
                    a.id,
                    a.file_name,
                    a.media_type,
                    a.size,
                    a.sha256,
                    a.added_at,
                    self._employee_name(session, a.added_by_id),
                    a.is_follow_up,
                    a.is_follow_up and a.seen_by_handler_at is None,
                )
                for a in sorted(complaint.attachments, key=lambda a: (a.added_at, a.id))
            )
            return ComplaintDetail(
                id=complaint.id,
                number=complaint.number,
                kind=complaint.kind,
                channel=complaint.channel,
                received_on=complaint.received_on,
                description=complaint.description,
                status=complaint.status,
                route=complaint.route,
                urgent=complaint.urgent,
                version=complaint.version,
                complainant_id=complaint.complainant_id,
                complainant=ComplainantData(
                    salutation=person.salutation,
                    name=person.name,
                    street=person.street,
                    house_number=person.house_number,
                    postcode=person.postcode,
                    city=person.city,
                    phone_day=person.phone_day,
                    phone_evening=person.phone_evening,
                    email=person.email,
                    initials=person.initials,
                    first_name=person.first_name,
                    infix=person.infix,
                    surname=person.surname,
                ),
                complainant_address=address_line(person),
                handler_id=complaint.handler_id,
                handler_name=complaint.handler.name if complaint.handler else None,
                employees_concerned=concerned,
                related_dossiers=tuple(d.dossier_number for d in complaint.related_dossiers),
                related=tuple(related_cases(session, complaint)),
                contact_due=complaint.contact_due,
                decision_due=complaint.decision_due,
                extended_to=complaint.extended_to,
                first_contact_on=complaint.first_contact_on,
                closed_on=complaint.closed_on,
                next_deadline=complaint.next_deadline,
                notes=notes,
                attachments=attachments,
                fast_lane=complaint.fast_lane,
                other_handler_requested=complaint.other_handler_requested,
                notable_summary=complaint.notable_summary,
                ombudsman_on=complaint.ombudsman_on,
                no_response_subjects=person.no_response_subjects,
                no_response_notice_on=person.no_response_notice_on,
                complainant_version=complaint.complainant.version
                if complaint.complainant
                else None,
                audit_seq=seen_seq,
            )

    @staticmethod
    def _employee_name(session: Session, employee_id: int | None) -> str | None:
        if employee_id is None:
            return None
        employee = session.get(Employee, employee_id)
        return employee.name if employee else None

    @requires_visible_complaint(also=(Permission.REGISTER_COMPLAINT,))
    def update(
        self,
        complaint_id: int,
        edit: ComplaintEdit,
        version: int,
        *,
        complainant_version: int | None,
    ) -> int:
        """Save edited data (same checks as at intake); returns the new version.

        ``version`` and ``complainant_version`` are those of the copy the edit was made on
        (``ComplaintDetail``): a change by someone else meanwhile — to this complaint or to
        the complainant's record through another complaint — refuses the save."""
        with self.writing(Permission.REGISTER_COMPLAINT) as session:
            complaint = visible_complaint(session, self.user, complaint_id)
            check_version(complaint.version, version)
            person = complaint.complainant
            if (person.version if person is not None else None) != complainant_version:
                raise ConcurrentEditError()
            checker = Checker()
            description = checker.text(
                "description", edit.description, DESCRIPTION, "Beschrijf waarover de klacht gaat."
            )
            checker.day("received_on", edit.received_on, RECEIVED_ON, not_in_future=True)
            person_fields = validated_complainant(checker, edit.complainant)
            concerned = concerned_rows(session, checker, edit.employees_concerned)
            dossiers = checked_dossiers(checker, edit.related_dossiers)
            if complaint.handler_id is not None and any(
                c.employee_id == complaint.handler_id for c in concerned
            ):
                checker.fail(
                    "employees",
                    "De behandelaar kan niet ook betrokken medewerker "
                    "zijn (Awb 9:7). Wijs eerst een andere behandelaar toe.",
                )
            checker.raise_if_any()
            assert description is not None  # required: raise_if_any() has refused it
            complaint.description = description
            complaint.channel = Channel(edit.channel)
            complaint.received_on = edit.received_on
            complaint.urgent = edit.urgent
            if edit.other_handler_requested is not None:
                complaint.other_handler_requested = edit.other_handler_requested
            if complaint.complainant is not None:
                for key, value in person_fields.items():
                    if getattr(complaint.complainant, key) != value:
                        setattr(complaint.complainant, key, value)
            elif any(person_fields.values()):
                complaint.complainant = Complainant(**person_fields)
            wanted = {(c.employee_id, c.free_text_name) for c in concerned}
            for current in list(complaint.employees_concerned):
                if (current.employee_id, current.free_text_name) not in wanted:
                    complaint.employees_concerned.remove(current)
            have = {(c.employee_id, c.free_text_name) for c in complaint.employees_concerned}
            for item in concerned:
                if (item.employee_id, item.free_text_name) not in have:
                    complaint.employees_concerned.append(item)
            for dossier in list(complaint.related_dossiers):
                if dossier.dossier_number not in dossiers:
                    complaint.related_dossiers.remove(dossier)
            known = {d.dossier_number for d in complaint.related_dossiers}
            complaint.related_dossiers.extend(
                RelatedDossier(dossier_number=d) for d in dossiers if d not in known
            )
            complaint.next_deadline = next_deadline_of(complaint)
            session.flush()
            refresh_search_text(session, [complaint.id])
            return complaint.version

    @requires(Permission.ASSIGN_HANDLER)
    def set_notable_summary(self, complaint_id: int, summary: str | None, version: int) -> int:
        """The coordinator's short anonymised summary of a notable case for the annual
        report; empty removes the case from the list. Returns the new version."""
        checker = Checker()
        text = checker.text("notable_summary", summary, NOTABLE_SUMMARY)
        checker.raise_if_any()
        with self.writing(Permission.ASSIGN_HANDLER) as session:
            complaint = visible_complaint(session, self.user, complaint_id)
            check_version(complaint.version, version)
            if complaint.notable_summary != text:
                complaint.notable_summary = text
                session.flush()
            return complaint.version

    @requires_visible_complaint(also=(Permission.HANDLE_COMPLAINT,))
    def add_note(self, complaint_id: int, note: NoteInput) -> int:
        with self.writing(Permission.HANDLE_COMPLAINT) as session:
            complaint = visible_complaint(session, self.user, complaint_id)
            if self.user.employee_id is None:
                raise ServiceError("Alleen een medewerker kan een contactnotitie maken.")
            checker = Checker()
            with_whom = checker.text(
                "with_whom", note.with_whom, NOTE_WITH_WHOM, "Vul in met wie er contact was."
            )
            summary = checker.check("summary", check_note_summary, note.summary)
            checker.check("contact_at", check_moment, note.contact_at, CONTACT_AT)
            checker.raise_if_any()
            contact_note = ContactNote(
                contact_at=note.contact_at,
                channel=note.channel,
                with_whom=with_whom,
                summary=summary,
                author_id=self.user.employee_id,
            )
            complaint.contact_notes.append(contact_note)
            session.flush()
            refresh_search_text(session, [complaint.id])
            return contact_note.id

    @requires_visible_complaint(also=(Permission.REGISTER_COMPLAINT, Permission.HANDLE_COMPLAINT))
    def add_attachment(self, complaint_id: int, upload: NewAttachment) -> int:
        """A document added after registration: a follow-up document (volgstuk)."""
        # The secretariat files incoming post; a handler adds what they receive.
        permission = (
            Permission.REGISTER_COMPLAINT
            if self.user.can(Permission.REGISTER_COMPLAINT)
            else Permission.HANDLE_COMPLAINT
        )
        with self.writing(permission) as session:
            complaint = visible_complaint(session, self.user, complaint_id)
            checker = Checker()
            try:
                attachment = new_attachment(
                    session, upload, added_by_id=self.user.employee_id, follow_up=True
                )
                stored = stored_attachments_size(session, complaint.id)
                check_attachments_total(session, stored, [attachment])
            except FieldError as error:
                checker.fail("attachments", error.message)
            checker.raise_if_any()
            if complaint.handler_id is not None and complaint.handler_id == self.user.employee_id:
                # What the handler files themselves needs no "not yet seen" marker.
                attachment.seen_by_handler_at = utcnow()
                attachment.seen_by_id = self.user.employee_id
            complaint.attachments.append(attachment)
            session.flush()
            return attachment.id

    @requires_visible_complaint(arg="attachment_id", via=Attachment)
    def open_attachment(
        self, attachment_id: int, *, saving: bool = False
    ) -> tuple[str, str, bytes]:
        """File name, media type and content; the handler opening it marks it seen.

        The view log records the opening (or, with ``saving``, the copy saved) in the same
        transaction that reads the content."""
        with self.db.session_scope() as probe:
            attachment = probe.get(Attachment, attachment_id)
            if attachment is None:
                raise NotFound("Deze bijlage bestaat niet (meer).")
            complaint_id = attachment.complaint_id
        with viewing(self) as session:
            complaint = visible_complaint(session, self.user, complaint_id)
            write_view_event(
                session,
                ViewKind.ATTACHMENT_SAVED if saving else ViewKind.ATTACHMENT_OPENED,
                complaint_id=complaint.id,
                complainant_id=complaint.complainant_id,
                detail=f"bijlage {attachment_id}",
            )
            attachment = session.get_one(Attachment, attachment_id)
            if attachment.complaint_id != complaint.id:
                # Moved to another complaint (a merge) since the first look: its visibility
                # was checked for the old one, so nothing is shown.
                raise NotFound("Deze bijlage bestaat niet (meer).")
            result = (attachment.file_name, attachment.media_type, attachment.content)
            if self._is_handler(complaint):
                _mark_seen([attachment], self.user.employee_id)  # audited: the session has an actor
        return result

    @requires_visible_complaint(also=(Permission.HANDLE_COMPLAINT,))
    def mark_follow_ups_seen(self, complaint_id: int) -> int:
        """The handler marks the complaint's unseen follow-up documents as read without
        opening each (audited). Returns how many were marked."""
        with self.writing(Permission.HANDLE_COMPLAINT) as session:
            complaint = visible_complaint(session, self.user, complaint_id)
            if not self._is_handler(complaint):
                raise PermissionDenied(
                    "Alleen de behandelaar van deze klacht kan volgstukken als gelezen markeren."
                )
            unseen = list(
                session.scalars(
                    select(Attachment)
                    .where(
                        Attachment.complaint_id == complaint.id,
                        Attachment.is_follow_up.is_(True),
                        Attachment.seen_by_handler_at.is_(None),
                    )
                    .order_by(Attachment.id)
                )
            )
            _mark_seen(unseen, self.user.employee_id)
            return len(unseen)

    def _is_handler(self, complaint: Complaint) -> bool:
        return (
            complaint.handler_id is not None
            and complaint.handler_id == self.user.employee_id
            and self.user.can(Permission.HANDLE_COMPLAINT)
        )

    @requires_visible_complaint()
    def history(self, complaint_id: int) -> list[HistoryEntry]:
        with self.reading() as session:
            visible_complaint(session, self.user, complaint_id)
            return [
                HistoryEntry(at, who, text)
                for at, who, text in _readable(session, self._events(session, complaint_id))
            ]

    @requires_visible_complaint()
    def changes_since(self, complaint_id: int, audit_seq: int) -> list[ChangeSince]:
        """What others changed in this complaint (and its complainant) after ``audit_seq``,
        oldest first: shown when a save on an out-of-date copy is refused."""
        with self.reading() as session:
            visible_complaint(session, self.user, complaint_id)
            events = self._events(session, complaint_id, after=audit_seq)
            return [ChangeSince(at, who, text) for at, who, text in _readable(session, events)]

    @staticmethod
    def _events(session: Session, complaint_id: int, *, after: int = 0) -> list[AuditEvent]:
        person_id = session.get_one(Complaint, complaint_id).complainant_id
        conditions = [AuditEvent.complaint_id == complaint_id]
        if person_id is not None:
            conditions.append(
                (AuditEvent.entity == "Complainant") & (AuditEvent.entity_id == str(person_id))
            )
        return list(
            session.scalars(
                select(AuditEvent)
                .where(or_(*conditions), AuditEvent.seq > after)
                .order_by(AuditEvent.seq)
            )
        )


def _readable(session: Session, events: list[AuditEvent]) -> list[tuple[datetime, str, str]]:
    """(when, who, what) per changed field of each event, in Dutch; oldest first."""
    # Keyed by int | None: an event without an actor falls back to the recorded login.
    actors: dict[int | None, str] = dict(session.execute(select(Employee.id, Employee.name)).all())
    names = load_names(session, events)
    return [
        (e.at, actors.get(e.actor_id, e.actor_login), line)
        for e, line in history_lines(events, names)
    ]


@dataclass(frozen=True)
class ChangeSince:
    """A change someone made after a window read its copy: who, when, what (old → new)."""

    at: datetime
    who: str
    text: str  # Dutch, e.g. "Klager: naam 'A' → 'B'"


def check_note_summary(value: str | None) -> str:
    text = check_text(value, NOTE_SUMMARY, "Schrijf op wat er is besproken of afgesproken.")
    assert text is not None
    if len(text) < MIN_NOTE_SUMMARY_LENGTH or len(text.split()) < MIN_NOTE_WORDS:
        raise FieldError(
            "Te kort: schrijf op wat er is gezegd of afgesproken, niet alleen dát er contact "
            "was (bijvoorbeeld: 'Klager gebeld; excuses aangeboden, terugbellen vrijdag')."
        )
    return text


def _mark_seen(attachments: Iterable[Attachment], seen_by_id: int | None) -> None:
    now = utcnow()
    for attachment in attachments:
        if attachment.is_follow_up and attachment.seen_by_handler_at is None:
            attachment.seen_by_handler_at = now
            attachment.seen_by_id = seen_by_id
