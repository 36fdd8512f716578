"""Intake (annex 3): registering a complaint or a signal, and turning a signal into a
complaint. Numbering, deadlines, related cases and the coordinator's task happen here."""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    Attachment,
    Complainant,
    Complaint,
    ComplaintEmployee,
    Employee,
    RelatedDossier,
    StatusChange,
    Task,
)
from app.models.enums import OPEN_STATUSES, Channel, ComplaintKind, Role, Status, TaskKind
from app.reports.formats import file_size
from app.services.access import requires
from app.services.base import Service
from app.services.complainants import ComplainantData
from app.services.deadlines import (
    active_profile,
    closing_days,
    contact_due_date,
    decision_due_date,
    next_deadline_of,
)
from app.services.errors import NotFound, ServiceError
from app.services.names import NameParts, clean_initials, full_name, stored_parts
from app.services.numbering import next_number
from app.services.permissions import Permission
from app.services.search import refresh_search_text
from app.services.settings import (
    ATTACHMENT_MAX_BYTES,
    ATTACHMENTS_TOTAL_MAX_BYTES,
    read_setting,
)
from app.services.tasks import add_reminder_tasks
from app.services.validation import (
    LONG_TEXT,
    Checker,
    FieldError,
    TextField,
    check_email,
    check_phone,
    check_postcode,
    check_text,
    clean_text,
    column_limit,
    refuse_unstorable,
)

DESCRIPTION = TextField("Omschrijving", LONG_TEXT, multiline=True)
RECEIVED_ON = "Datum ontvangst"
# The complainant's free-text fields, as the intake and detail forms name them.
COMPLAINANT_FIELDS: dict[str, TextField] = {
    "salutation": TextField("Aanhef", column_limit(Complainant.salutation)),
    "name": TextField("Naam", column_limit(Complainant.name)),
    "initials": TextField("Voorletters", column_limit(Complainant.initials)),
    "first_name": TextField("Roepnaam", column_limit(Complainant.first_name)),
    "infix": TextField("Tussenvoegsel", column_limit(Complainant.infix)),
    "surname": TextField("Achternaam", column_limit(Complainant.surname)),
    "street": TextField("Straat", column_limit(Complainant.street)),
    "house_number": TextField("Huisnummer", column_limit(Complainant.house_number)),
    "city": TextField("Woonplaats", column_limit(Complainant.city)),
}
CONCERNED_NAME = TextField(
    "Naam van de betrokken medewerker", column_limit(ComplaintEmployee.free_text_name)
)
DOSSIER_NUMBER = TextField("Dossiernummer", column_limit(RelatedDossier.dossier_number))
MAX_DOSSIER_LENGTH = DOSSIER_NUMBER.max_length
FILE_NAME = TextField("Bestandsnaam", column_limit(Attachment.file_name))


@dataclass(frozen=True)
class ConcernedEmployee:
    """An employee concerned: picked from Medewerkers, or a name as the complainant gave it."""

    employee_id: int | None = None
    free_text_name: str | None = None


@dataclass(frozen=True)
class NewAttachment:
    file_name: str
    content: bytes
    media_type: str | None = None


@dataclass(frozen=True)
class IntakeData:
    description: str
    kind: ComplaintKind = ComplaintKind.COMPLAINT
    channel: Channel = Channel.EMAIL
    received_on: date | None = None  # None: today
    complainant: ComplainantData = field(default_factory=ComplainantData)
    existing_complainant_id: int | None = None
    employees_concerned: tuple[ConcernedEmployee, ...] = ()
    related_dossiers: tuple[str, ...] = ()
    attachments: tuple[NewAttachment, ...] = ()
    urgent: bool = False
    other_handler_requested: bool = False  # "Klager vraagt om een andere behandelaar"


@dataclass(frozen=True)
class RelatedCase:
    number: str
    status: Status
    handler_name: str | None
    reason: str  # Dutch: "zelfde klager" or "zelfde dossiernummer 2026.12345"


@dataclass(frozen=True)
class IntakeResult:
    complaint_id: int
    number: str
    related: tuple[RelatedCase, ...]
    related_dossiers: tuple[str, ...]
    task_id: int | None
    contact_due: date | None
    decision_due: date | None
    # Set when the complainant is a persistent complainant (no response on these subjects).
    no_response_subjects: str | None = None
    no_response_notice_on: date | None = None


def media_type_of(file_name: str, given: str | None = None) -> str:
    # The media type comes from the file picker, not from typing: one that cannot be
    # stored is ignored and guessed from the name instead.
    if given and len(given) <= column_limit(Attachment.media_type):
        try:
            refuse_unstorable(given, multiline=False)
        except FieldError:
            pass
        else:
            return given
    guessed, _encoding = mimetypes.guess_type(file_name)
    return guessed or "application/octet-stream"


def new_attachment(
    session: Session, upload: NewAttachment, *, added_by_id: int | None, follow_up: bool
) -> Attachment:
    """An attachment row for ``upload`` after the size check (message in Dutch)."""
    limit = int(read_setting(session, ATTACHMENT_MAX_BYTES))
    name = check_text(upload.file_name, FILE_NAME, "Een bijlage heeft een bestandsnaam nodig.")
    assert name is not None
    if len(upload.content) > limit:
        raise FieldError(
            f"Het bestand '{name}' is {file_size(len(upload.content))}; de grens is "
            f"{file_size(limit)}. Verklein het bestand of vraag de beheerder de grens "
            "te verhogen."
        )
    return Attachment(
        file_name=name,
        media_type=media_type_of(name, upload.media_type),
        size=len(upload.content),
        sha256=hashlib.sha256(upload.content).hexdigest(),
        content=upload.content,
        added_by_id=added_by_id,
        is_follow_up=follow_up,
    )


def stored_attachments_size(session: Session, complaint_id: int) -> int:
    """The bytes of all attachments a complaint has now."""
    total = session.scalar(
        select(func.coalesce(func.sum(Attachment.size), 0)).where(
            Attachment.complaint_id == complaint_id
        )
    )
    return int(total or 0)


def check_attachments_total(session: Session, stored: int, adding: list[Attachment]) -> None:
    """Refuse (in Dutch) when ``adding`` would bring a complaint's attachments over the
    total limit from the settings; ``stored`` is what the complaint has already."""
    if not adding:
        return
    limit = int(read_setting(session, ATTACHMENTS_TOTAL_MAX_BYTES))
    total = stored + sum(a.size for a in adding)
    if total > limit:
        already = f" (er is al {file_size(stored)})" if stored else ""
        raise FieldError(
            f"De bijlagen van deze klacht worden samen {file_size(total)}{already}; de grens "
            f"is {file_size(limit)} per klacht. Voeg minder of kleinere bestanden toe, of "
            "vraag de beheerder de grens te verhogen."
        )


def _has_contact(data: ComplainantData) -> bool:
    address = all(clean_text(v) for v in (data.street, data.house_number, data.city))
    return bool(
        clean_text(data.phone_day)
        or clean_text(data.phone_evening)
        or clean_text(data.email)
        or address
    )


def _is_empty(data: ComplainantData) -> bool:
    return not any(clean_text(getattr(data, f)) for f in data.__dataclass_fields__)


def validated_complainant(checker: Checker, data: ComplainantData) -> dict[str, str | None]:
    """The complainant's fields checked and normalised; errors go to ``checker``."""
    values = {
        key: checker.text(key, getattr(data, key), spec) for key, spec in COMPLAINANT_FIELDS.items()
    }
    values["postcode"] = checker.check("postcode", check_postcode, data.postcode, "Postcode")
    values["phone_day"] = checker.check(
        "phone_day", check_phone, data.phone_day, label="Telefoon overdag"
    )
    values["phone_evening"] = checker.check(
        "phone_evening", check_phone, data.phone_evening, label="Telefoon 's avonds"
    )
    values["email"] = checker.check("email", check_email, data.email, "E-mailadres")
    _name_from_parts(checker, values)
    return {key: values[key] for key in ComplainantData.__dataclass_fields__}


def _name_from_parts(checker: Checker, values: dict[str, str | None]) -> None:
    """``name`` is the display name: computed from the parts when any is given; a caller
    with one name text only (the import, an older client) gets the parts split from it,
    the whole text as the surname where the split is not certain."""
    keys = ("initials", "first_name", "infix", "surname")
    if any(values[k] for k in keys):
        if values["infix"]:
            values["infix"] = values["infix"].lower()
        if values["initials"]:
            values["initials"] = clean_initials(values["initials"])
        name = full_name(
            NameParts(values["initials"], values["first_name"], values["infix"], values["surname"])
        )
        limit = COMPLAINANT_FIELDS["name"].max_length
        if name and len(name) > limit:
            checker.fail("surname", f"De naam is te lang (hoogstens {limit} tekens).")
        values["name"] = name
    elif values["name"]:
        parts = stored_parts(values["name"])
        for key in keys:
            values[key] = getattr(parts, key)


def related_cases(session: Session, complaint: Complaint) -> list[RelatedCase]:
    """Other open complaints of the same complainant, or with one of the same dossiers."""
    found: dict[int, RelatedCase] = {}
    open_values = [s.value for s in OPEN_STATUSES]
    if complaint.complainant_id is not None:
        for other in session.scalars(
            select(Complaint)
            .where(
                Complaint.complainant_id == complaint.complainant_id,
                Complaint.id != complaint.id,
                Complaint.status.in_(open_values),
            )
            .order_by(Complaint.number)
        ):
            found[other.id] = RelatedCase(
                other.number,
                other.status,
                other.handler.name if other.handler else None,
                "zelfde klager",
            )
    dossiers = [d.dossier_number for d in complaint.related_dossiers]
    if dossiers:
        rows = session.execute(
            select(Complaint, RelatedDossier.dossier_number)
            .join(RelatedDossier, RelatedDossier.complaint_id == Complaint.id)
            .where(
                RelatedDossier.dossier_number.in_(dossiers),
                Complaint.id != complaint.id,
                Complaint.status.in_(open_values),
            )
            .order_by(Complaint.number)
        )
        for other, dossier in rows:
            found.setdefault(
                other.id,
                RelatedCase(
                    other.number,
                    other.status,
                    other.handler.name if other.handler else None,
                    f"zelfde dossiernummer {dossier}",
                ),
            )
    return sorted(found.values(), key=lambda r: r.number)


def inform_task_details(number: str, related: list[RelatedCase], dossiers: list[str]) -> str:
    lines = [f"Klacht {number} hangt samen met lopende zaken. Informeer:"]
    for case in related:
        who = f"behandelaar {case.handler_name}" if case.handler_name else "(nog geen behandelaar)"
        lines.append(f"- {who} van {case.number} ({case.reason})")
    for dossier in dossiers:
        lines.append(f"- de behandelaar van dossier {dossier}")
    return "\n".join(lines)


class IntakeService(Service):
    @requires(Permission.REGISTER_COMPLAINT)
    def register(self, data: IntakeData, *, today: date | None = None) -> IntakeResult:
        today = today or date.today()
        with self.writing(Permission.REGISTER_COMPLAINT) as session:
            complaint = self._build(session, data, today)
            session.add(complaint)
            session.flush()
            return self._finish(session, complaint)

    @requires(Permission.REGISTER_COMPLAINT)
    def convert_signal(
        self,
        signal_id: int,
        *,
        complainant: ComplainantData | None = None,
        existing_complainant_id: int | None = None,
        today: date | None = None,
    ) -> IntakeResult:
        """Turn a signal into a complaint: a new complaint (IK number) with the signal's
        data; the signal is closed with a reference to it, so both series stay gapless."""
        today = today or date.today()
        with self.writing(Permission.REGISTER_COMPLAINT, reason="signaal omgezet") as session:
            signal = session.get(Complaint, signal_id)
            if signal is None:
                raise NotFound("Dit signaal bestaat niet (meer).")
            if signal.kind != ComplaintKind.SIGNAL or signal.status != Status.REGISTERED:
                raise ServiceError("Alleen een geregistreerd signaal kan een klacht worden.")
            if complainant is None and existing_complainant_id is None:
                existing_complainant_id = signal.complainant_id
            data = IntakeData(
                description=signal.description,
                kind=ComplaintKind.COMPLAINT,
                channel=signal.channel,
                received_on=signal.received_on,
                complainant=complainant or ComplainantData(),
                existing_complainant_id=existing_complainant_id,
                employees_concerned=tuple(
                    ConcernedEmployee(c.employee_id, c.free_text_name)
                    for c in signal.employees_concerned
                ),
                related_dossiers=tuple(d.dossier_number for d in signal.related_dossiers),
                urgent=signal.urgent,
                other_handler_requested=signal.other_handler_requested,
            )
            complaint = self._build(session, data, max(today, signal.received_on))
            complaint.converted_from_id = signal.id
            complaint.subjects = list(signal.subjects)
            for attachment in signal.attachments:
                complaint.attachments.append(
                    Attachment(
                        file_name=attachment.file_name,
                        media_type=attachment.media_type,
                        size=attachment.size,
                        sha256=attachment.sha256,
                        content=attachment.content,
                        added_by_id=attachment.added_by_id,
                        added_at=attachment.added_at,
                    )
                )
            session.add(complaint)
            session.flush()
            signal.status_changes.append(
                StatusChange(
                    from_status=signal.status,
                    to_status=Status.CLOSED,
                    by_id=self.user.employee_id,
                    reason=f"omgezet in klacht {complaint.number}",
                )
            )
            signal.status = Status.CLOSED
            signal.closed_on = today
            return self._finish(session, complaint)

    # ----- building blocks -----------------------------------------------------------------

    def _build(self, session: Session, data: IntakeData, today: date) -> Complaint:
        checker = Checker()
        kind = ComplaintKind(data.kind)
        description = checker.text(
            "description",
            data.description,
            DESCRIPTION,
            "Beschrijf waarover de klacht gaat."
            if kind == ComplaintKind.COMPLAINT
            else "Beschrijf het signaal.",
        )
        received_on = data.received_on or today
        checker.day("received_on", received_on, RECEIVED_ON, not_in_future=True, today=today)
        person_fields = validated_complainant(checker, data.complainant)
        existing: Complainant | None = None
        if data.existing_complainant_id is not None:
            existing = session.get(Complainant, data.existing_complainant_id)
            if existing is None:
                checker.fail("complainant", "Deze klager bestaat niet (meer).")
            elif existing.merged_into_id is not None:
                existing = session.get(Complainant, existing.merged_into_id)
        if (
            kind == ComplaintKind.COMPLAINT
            and existing is None
            and not _has_contact(data.complainant)
        ):
            checker.fail(
                "contact",
                "Een klacht heeft minstens één manier nodig om de klager te bereiken: "
                "telefoonnummer, e-mailadres of adres (straat, huisnummer en woonplaats).",
            )
        concerned = concerned_rows(session, checker, data.employees_concerned)
        dossiers = checked_dossiers(checker, data.related_dossiers)
        attachments = []
        for upload in data.attachments:
            try:
                attachments.append(
                    new_attachment(
                        session, upload, added_by_id=self.user.employee_id, follow_up=False
                    )
                )
            except FieldError as error:
                checker.fail("attachments", error.message)
        try:
            check_attachments_total(session, 0, attachments)
        except FieldError as error:
            checker.fail("attachments", error.message)  # after any message per file
        checker.raise_if_any()

        if existing is not None:
            for key, value in person_fields.items():
                if value is not None and getattr(existing, key) != value:
                    setattr(existing, key, value)
            person: Complainant | None = existing
        elif _is_empty(data.complainant):
            person = None  # an anonymous signal
        else:
            person = Complainant(**person_fields)
        complaint = Complaint(
            number=next_number(session, kind, received_on.year),
            kind=kind,
            received_on=received_on,
            channel=Channel(data.channel),
            description=description,
            complainant=person,
            status=Status.REGISTERED,
            urgent=data.urgent,
            other_handler_requested=data.other_handler_requested,
            employees_concerned=concerned,
            related_dossiers=[RelatedDossier(dossier_number=d) for d in dossiers],
            attachments=attachments,
        )
        complaint.status_changes.append(
            StatusChange(to_status=Status.REGISTERED, by_id=self.user.employee_id)
        )
        if kind == ComplaintKind.COMPLAINT:
            profile = active_profile(session)
            complaint.regulation_profile_id = profile.id
            complaint.contact_due = contact_due_date(received_on, profile, closing_days(session))
            complaint.decision_due = decision_due_date(received_on, profile)
        complaint.next_deadline = next_deadline_of(complaint)
        return complaint

    def _finish(self, session: Session, complaint: Complaint) -> IntakeResult:
        refresh_search_text(session, [complaint.id])
        person = complaint.complainant
        related = related_cases(session, complaint)
        dossiers = [d.dossier_number for d in complaint.related_dossiers]
        task_id = None
        if complaint.kind == ComplaintKind.COMPLAINT and (related or dossiers):
            task = Task(
                kind=TaskKind.INFORM_EMPLOYEES,
                complaint_id=complaint.id,
                assignee_role=Role.COORDINATOR,
                title=f"Informeer betrokken medewerkers over {complaint.number}",
                details=inform_task_details(complaint.number, related, dossiers),
                due_on=complaint.contact_due,
            )
            session.add(task)
            session.flush()
            task_id = task.id
        if complaint.kind == ComplaintKind.COMPLAINT:
            add_reminder_tasks(session, complaint)
        return IntakeResult(
            complaint_id=complaint.id,
            number=complaint.number,
            related=tuple(related),
            related_dossiers=tuple(dossiers),
            task_id=task_id,
            contact_due=complaint.contact_due,
            decision_due=complaint.decision_due,
            no_response_subjects=person.no_response_subjects if person else None,
            no_response_notice_on=person.no_response_notice_on if person else None,
        )


def concerned_rows(
    session: Session, checker: Checker, given: tuple[ConcernedEmployee, ...]
) -> list[ComplaintEmployee]:
    """The employees concerned as rows to store; problems go to ``checker``."""
    result: list[ComplaintEmployee] = []
    seen: set[int] = set()
    for item in given:
        if item.employee_id is not None:
            if item.employee_id in seen:
                continue
            if session.get(Employee, item.employee_id) is None:
                checker.fail("employees", "Een gekozen medewerker bestaat niet (meer).")
                continue
            seen.add(item.employee_id)
            result.append(ComplaintEmployee(employee_id=item.employee_id))
        else:
            try:
                name = check_text(item.free_text_name, CONCERNED_NAME)
            except FieldError as error:
                checker.fail("employees", error.message)
                continue
            if name is None:
                continue
            result.append(ComplaintEmployee(free_text_name=name))
    return result


def checked_dossiers(checker: Checker, given: tuple[str, ...]) -> list[str]:
    """The dossier numbers, checked and without repeats; problems go to ``checker``."""
    result: list[str] = []
    for value in given:
        try:
            dossier = check_text(value, DOSSIER_NUMBER)
        except FieldError as error:
            checker.fail("related_dossiers", error.message)
            continue
        if dossier is None or dossier in result:
            continue
        result.append(dossier)
    return result
