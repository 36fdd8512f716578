"""AVG (GDPR) rights of a complainant: access (an export of everything held about them),
correction (one audited change of their record, with a reason) and erasure (where the law
allows it: no open complaint, and the retention period over).

The erasure keeps an anonymised stub: the complainant row and the complaints stay with their
numbers, dates, status, route, outcome, unit and subjects, so the figures of past years still
add up; names, address, contact data, free texts and attachments go. Its audit events record
which fields changed without their old values (``MASK_OLD_VALUES_KEY``), so the trail does not
keep a copy of what was erased. Earlier events hold the personal values sealed under keys of
the complainant and the complaints (``app.services.shredding``); the erasure deletes those
keys, so the old values can no longer be read while the hash chain stays intact. Events
written before database version 0016 were not sealed and keep their plain values: the trail
is hash-chained, and rewriting them would make ``verify`` report tampering.
"""

from __future__ import annotations

import html
import io
import json
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from app.atomic_files import write_bytes_atomically
from app.models import (
    AuditEvent,
    Complainant,
    Complaint,
    Document,
    Employee,
    FeedbackCard,
    HandlingReport,
    ViewEvent,
)
from app.models.complainant import PERSONAL_FIELDS
from app.models.enums import OPEN_STATUSES, Channel, ComplaintKind, Status, ViewKind, label
from app.services.access import requires
from app.services.audit import MASK_OLD_VALUES_KEY, MASKED
from app.services.base import Service, check_version
from app.services.complainants import ComplainantData, address_line
from app.services.errors import NotFound, ServiceError
from app.services.history_text import history_lines, load_names
from app.services.i18n import t
from app.services.intake import validated_complainant
from app.services.permissions import Permission
from app.services.search import refresh_search_text
from app.services.shredding import FIRST_SEALED_VERSION, delete_keys, holds_plain_personal_values
from app.services.validation import REASON_TEXT, Checker, TextField, search_text
from app.services.view_log import write_view_event
from app.storage_errors import file_write_message

DEFAULT_RETENTION_YEARS = 5
ERASED_TEXT = "[verwijderd op verzoek van de klager (AVG)]"
CORRECTION_REASON = TextField("Reden van de correctie", REASON_TEXT, multiline=True)
ERASURE_REASON = "AVG: persoonsgegevens van de klager verwijderd"
_UNSAFE_FILE_CHARACTERS = re.compile(r"[^\w.\- ]+")


def retention_years() -> int:
    """How many years after closure a complaint file is kept before its complainant's data
    may be erased: the Selectielijst gemeenten 2020 term for a handled complaint. The
    retention profile in Beheer replaces this fixed default with the adjustable term."""
    return DEFAULT_RETENTION_YEARS


def years_after(day: date, years: int) -> date:
    """``day`` plus whole years; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class ErasureCheck:
    allowed: bool
    reason: str  # Dutch: why not, or what will happen
    # Audit events from before database version 0016 that hold this person's data in plain
    # text: the erasure cannot remove those (app.services.shredding).
    unsealed_events: int = 0


@dataclass(frozen=True)
class AccessExport:
    path: Path
    complaints: int
    files: int


@dataclass(frozen=True)
class AvgPerson:
    """The complainant a request is about, as the AVG screen shows and corrects it."""

    id: int
    version: int
    data: ComplainantData
    complaints: tuple[str, ...]  # numbers, oldest first


class AvgService(Service):
    """The AVG requests of one complainant, for the coordinator."""

    @requires(Permission.HANDLE_DATA_REQUESTS)
    def find(self, text: str) -> AvgPerson:
        """The complainant meant by an id (``123``) or one of their complaints' numbers
        (``IK-2026-0042``); a merged record leads to the record it was merged into."""
        self.require(Permission.HANDLE_DATA_REQUESTS)
        wanted = search_text(text).strip().upper()
        if not wanted:
            raise ServiceError("Geef het nummer van de klager of van een klacht op.")
        with self.reading() as session:
            if wanted.isdigit():
                person = _person(session, int(wanted))
            else:
                row = session.execute(
                    select(Complaint.complainant_id).where(func.upper(Complaint.number) == wanted)
                ).first()
                if row is None:
                    raise NotFound(f"Er is geen klacht of signaal met nummer {wanted}.")
                if row.complainant_id is None:
                    raise ServiceError(t("%1 is een signaal zonder klager.", wanted))
                person = _person(session, row.complainant_id)
            complaints = _complaints(session, _person_ids(session, person.id))
            return AvgPerson(
                id=person.id,
                version=person.version,
                data=ComplainantData(
                    **{k: getattr(person, k) for k in ComplainantData.__dataclass_fields__}
                ),
                complaints=tuple(c.number for c in complaints),
            )

    # ----- access ---------------------------------------------------------------------

    @requires(Permission.HANDLE_DATA_REQUESTS)
    def access_export(self, complainant_id: int, folder: str | Path) -> AccessExport:
        """Everything held about this complainant as one ZIP in ``folder``: an HTML overview
        (record, complaints, notes, letters, attachments, history, who viewed them) plus the
        files. Written whole or not at all, readable by the owner only; the export itself
        is recorded in the view log."""
        self.require(Permission.HANDLE_DATA_REQUESTS)
        target_folder = Path(folder)
        if not target_folder.is_dir():
            raise ServiceError(t("De map %1 bestaat niet.", target_folder))
        with self.writing(Permission.HANDLE_DATA_REQUESTS) as session:
            person = _person(session, complainant_id)
            ids = _person_ids(session, person.id)
            complaints = _complaints(session, ids)
            overview, files = _collect(session, person, ids, complaints)
            write_view_event(
                session,
                ViewKind.REGISTER_EXPORT,
                complaint_id=None,
                complainant_id=person.id,
                detail="AVG-inzageverzoek",
            )
        target = target_folder / f"inzageverzoek-klager-{person.id}-{date.today():%Y%m%d}.zip"
        content = io.BytesIO()
        with zipfile.ZipFile(content, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("overzicht.html", overview)
            for name, data in files:
                archive.writestr(name, data)
        try:
            write_bytes_atomically(target, content.getvalue())
        except OSError as error:
            raise ServiceError(file_write_message(error, target)) from error
        return AccessExport(target, len(complaints), len(files))

    # ----- correction -----------------------------------------------------------------

    @requires(Permission.HANDLE_DATA_REQUESTS)
    def correct(
        self, complainant_id: int, data: ComplainantData, reason: str, *, version: int | None
    ) -> int:
        """Correct the complainant's record (same checks as at intake) as one audited
        change with ``reason``; returns the record's new version."""
        checker = Checker()
        why = checker.text("reason", reason, CORRECTION_REASON, "Geef de reden van de correctie.")
        fields = validated_complainant(checker, data)
        checker.raise_if_any()
        with self.writing(Permission.HANDLE_DATA_REQUESTS, reason=f"AVG-correctie: {why}") as (
            session
        ):
            person = _person(session, complainant_id)
            check_version(person.version, version)
            for key, value in fields.items():
                if getattr(person, key) != value:
                    setattr(person, key, value)
            session.flush()
            refresh_search_text(session, [c.id for c in _complaints(session, [person.id])])
            return person.version

    # ----- erasure --------------------------------------------------------------------

    @requires(Permission.HANDLE_DATA_REQUESTS)
    def erasure_check(self, complainant_id: int, today: date | None = None) -> ErasureCheck:
        """Whether the law allows erasing this complainant's data now, and why (not)."""
        self.require(Permission.HANDLE_DATA_REQUESTS)
        with self.reading() as session:
            person = _person(session, complainant_id)
            return _erasure_check(session, person, today or date.today())

    @requires(Permission.HANDLE_DATA_REQUESTS)
    def erase(self, complainant_id: int, today: date | None = None) -> int:
        """Remove the complainant's personal data, keeping an anonymised stub; refused
        (ServiceError with the reason) while the law does not allow it. Returns the number
        of complaints anonymised."""
        with self.writing(Permission.HANDLE_DATA_REQUESTS, reason=ERASURE_REASON) as session:
            session.info[MASK_OLD_VALUES_KEY] = MASKED
            person = _person(session, complainant_id)
            verdict = _erasure_check(session, person, today or date.today())
            if not verdict.allowed:
                raise ServiceError(verdict.reason)
            ids = _person_ids(session, person.id)
            complaints = _complaints(session, ids)
            for record in session.scalars(select(Complainant).where(Complainant.id.in_(ids))):
                _erase_person(record)
            for complaint in complaints:
                _erase_complaint(session, complaint)
            # The keys go too: what earlier events sealed with them can no longer be read.
            delete_keys(session, complainant_ids=ids, complaint_ids=[c.id for c in complaints])
            session.flush()
            refresh_search_text(session, [c.id for c in complaints])
            return len(complaints)


# ----- the rules (joining the caller's transaction) ---------------------------------------


def _person(session: Session, complainant_id: int) -> Complainant:
    person = session.get(Complainant, complainant_id)
    if person is None:
        raise NotFound("Deze klager bestaat niet (meer).")
    if person.merged_into_id is not None:
        # The request is about the person, whose complaints now sit on the merged record.
        merged = session.get(Complainant, person.merged_into_id)
        if merged is not None:
            return merged
    return person


def _person_ids(session: Session, complainant_id: int) -> list[int]:
    """The complainant and every record merged into it."""
    merged = session.scalars(
        select(Complainant.id).where(Complainant.merged_into_id == complainant_id)
    )
    return [complainant_id, *merged]


def _complaints(session: Session, complainant_ids: Iterable[int]) -> list[Complaint]:
    return list(
        session.scalars(
            select(Complaint)
            .where(Complaint.complainant_id.in_(list(complainant_ids)))
            .order_by(Complaint.received_on, Complaint.id)
        )
    )


def _erasure_check(session: Session, person: Complainant, today: date) -> ErasureCheck:
    complaints = _complaints(session, _person_ids(session, person.id))
    still_open = [c.number for c in complaints if c.status in OPEN_STATUSES]
    if still_open:
        return ErasureCheck(
            False,
            "Verwijderen kan niet: er loopt nog een klacht van deze klager "
            f"({', '.join(still_open)}). De gegevens zijn nodig om die af te handelen.",
        )
    years = retention_years()
    kept_until = [(years_after(c.closed_on or c.received_on, years), c.number) for c in complaints]
    if kept_until:
        until, number = max(kept_until)
        if until > today:
            return ErasureCheck(
                False,
                f"Verwijderen kan nog niet: het dossier van klacht {number} moet worden "
                f"bewaard tot {until:%d-%m-%Y} ({years} jaar na afsluiting).",
            )
    unsealed = _unsealed_events(session, _person_ids(session, person.id), complaints)
    reason = (
        "De persoonsgegevens, vrije teksten en bijlagen worden verwijderd; de klachten blijven "
        "geanonimiseerd meetellen in de cijfers."
    )
    if unsealed:
        reason += " " + unsealed_note(unsealed)
    return ErasureCheck(True, reason, unsealed)


def unsealed_note(count: int) -> str:
    """What an erasure cannot remove, said to the one who asks for it."""
    events = "1 gebeurtenis" if count == 1 else f"{count} gebeurtenissen"
    holds = "bevat" if count == 1 else "bevatten"
    return (
        f"Let op: {events} in de audittrail van vóór databaseversie {FIRST_SEALED_VERSION} "
        f"{holds} deze gegevens nog leesbaar. Die blijven staan: wie ze verwijdert, breekt "
        "de beveiligde audittrail."
    )


def _unsealed_events(session: Session, person_ids: list[int], complaints: list[Complaint]) -> int:
    conditions: list[ColumnElement[bool]] = [
        (AuditEvent.entity == "Complainant")
        & (AuditEvent.entity_id.in_([str(i) for i in person_ids]))
    ]
    if complaints:
        conditions.append(AuditEvent.complaint_id.in_([c.id for c in complaints]))
    rows = session.execute(
        select(AuditEvent.entity, AuditEvent.changes).where(
            or_(*conditions), AuditEvent.changes.is_not(None)
        )
    )
    return sum(
        1
        for entity, changes in rows
        if changes is not None and holds_plain_personal_values(entity, json.loads(changes))
    )


def _erase_person(person: Complainant) -> None:
    for field in PERSONAL_FIELDS:
        setattr(person, field, None)
    person.references.clear()


def _erase_complaint(session: Session, complaint: Complaint) -> None:
    complaint.description = ERASED_TEXT
    complaint.hearing_report = None
    complaint.manager_copy_end_missing_reason = None
    for part in complaint.parts:
        part.text = ERASED_TEXT
        part.findings = None
    for promise in complaint.promises:
        promise.text = ERASED_TEXT
        promise.withdrawn_reason = None
    for note in complaint.contact_notes:
        note.with_whom = ERASED_TEXT[:200]
        note.summary = ERASED_TEXT
    for change in complaint.status_changes:
        change.reason = None
    for attachment in list(complaint.attachments):
        complaint.attachments.remove(attachment)
    complaint.extension_consent_attachment_id = None
    for letter in session.scalars(select(Document).where(Document.complaint_id == complaint.id)):
        # The letter stays as a fact (what was sent when); its text goes.
        letter.content = b""
        letter.file_name = f"verwijderd-{letter.id}"
    for card in session.scalars(
        select(FeedbackCard).where(FeedbackCard.complaint_id == complaint.id)
    ):
        card.text = None
        card.callback_phone = None
        card.callback_email = None
        card.name_as_written = None
    for report in session.scalars(
        select(HandlingReport).where(HandlingReport.complaint_id == complaint.id)
    ):
        report.description = None
        report.cause_text = None
        report.review_remark = None


# ----- the access export's content --------------------------------------------------------


def _safe_name(text: str) -> str:
    cleaned = _UNSAFE_FILE_CHARACTERS.sub("_", text).strip(" .")
    return cleaned[:100] or "bestand"


def _e(value: object) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, datetime):
        value = value.astimezone().strftime("%d-%m-%Y %H:%M")
    elif isinstance(value, date):
        value = value.strftime("%d-%m-%Y")
    return html.escape(str(value)).replace("\n", "<br>")


def _table(rows: Iterable[tuple[str, object]]) -> str:
    cells = "".join(f"<tr><th>{html.escape(k)}</th><td>{_e(v)}</td></tr>" for k, v in rows)
    return f"<table>{cells}</table>"


def _collect(
    session: Session, person: Complainant, ids: list[int], complaints: list[Complaint]
) -> tuple[str, list[tuple[str, bytes]]]:
    # Keyed by int | None: an event without an actor falls back to the recorded login.
    employees: dict[int | None, str] = dict(
        session.execute(select(Employee.id, Employee.name)).all()
    )
    files: list[tuple[str, bytes]] = []
    body = [
        "<h1>Inzageverzoek (AVG, artikel 15)</h1>",
        f"<p>Opgesteld op {date.today():%d-%m-%Y}: alle gegevens die het klachtenregister "
        "over deze klager bewaart.</p>",
        "<h2>Klager</h2>",
        _table(
            [
                ("Klagernummer", person.id),
                ("Aanhef", person.salutation),
                ("Naam", person.name),
                ("Voorletters", person.initials),
                ("Roepnaam", person.first_name),
                ("Tussenvoegsel", person.infix),
                ("Achternaam", person.surname),
                ("Adres", address_line(person)),
                ("Land", person.country),
                ("Telefoon overdag", person.phone_day),
                ("Telefoon 's avonds", person.phone_evening),
                ("E-mailadres", person.email),
                ("Kenmerken", ", ".join(r.reference for r in person.references)),
                ("Geen reactie meer op", person.no_response_subjects),
                ("Mededeling daarvan op", person.no_response_notice_on),
            ]
        ),
    ]
    for complaint in complaints:
        number = complaint.number
        body += [
            f"<h2>{_e(_label(ComplaintKind, complaint.kind))} {_e(number)}</h2>",
            _table(
                [
                    ("Ontvangen op", complaint.received_on),
                    ("Kanaal", _label(Channel, complaint.channel)),
                    ("Status", _label(Status, complaint.status)),
                    ("Behandelaar", employees.get(complaint.handler_id)),
                    ("Afgesloten op", complaint.closed_on),
                    ("Omschrijving", complaint.description),
                    ("Verslag hoorzitting", complaint.hearing_report),
                ]
            ),
        ]
        if complaint.parts:
            body.append("<h3>Klachtonderdelen</h3>")
            body += [
                _table([("Onderdeel", p.text), ("Bevindingen", p.findings)])
                for p in complaint.parts
            ]
        notes = sorted(complaint.contact_notes, key=lambda n: n.contact_at)
        if notes:
            body.append("<h3>Contactnotities</h3>")
            body += [
                _table(
                    [
                        ("Moment", n.contact_at),
                        ("Met", n.with_whom),
                        ("Door", employees.get(n.author_id)),
                        ("Verslag", n.summary),
                    ]
                )
                for n in notes
            ]
        if complaint.promises:
            body.append("<h3>Toezeggingen</h3>")
            body += [
                _table([("Toezegging", p.text), ("Gedaan op", p.made_on), ("Uiterlijk", p.due_on)])
                for p in complaint.promises
            ]
        attachments = sorted(complaint.attachments, key=lambda a: a.id)
        letters = list(
            session.scalars(
                select(Document).where(Document.complaint_id == complaint.id).order_by(Document.id)
            )
        )
        if attachments or letters:
            body.append("<h3>Bijlagen en brieven (in de map van deze klacht)</h3><ul>")
            for attachment in attachments:
                file_name = _safe_name(attachment.file_name)
                name = f"{_safe_name(number)}/bijlagen/{attachment.id}-{file_name}"
                files.append((name, attachment.content))
                body.append(f"<li>{_e(name)} (ontvangen {_e(attachment.added_at)})</li>")
            for letter in letters:
                name = f"{_safe_name(number)}/brieven/{letter.id}-{_safe_name(letter.file_name)}"
                files.append((name, letter.content))
                body.append(
                    f"<li>{_e(name)}: {_e(letter.title)} (verstuurd {_e(letter.sent_on)})</li>"
                )
            body.append("</ul>")
    body.append("<h2>Geschiedenis van de wijzigingen</h2>")
    body.append(_history(session, ids, complaints, employees))
    body.append("<h2>Wie de gegevens heeft ingezien</h2>")
    body.append(_views(session, ids, complaints, employees))
    page = (
        '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">'
        "<title>Inzageverzoek</title><style>body{font-family:sans-serif;max-width:60em;"
        "margin:2em auto}th{text-align:left;vertical-align:top;padding-right:1em;width:14em}"
        "td{vertical-align:top}table{margin-bottom:1em;border-collapse:collapse}</style>"
        f"</head><body>{''.join(body)}</body></html>"
    )
    return page, files


def _label(kind: type[StrEnum], value: str) -> str:
    try:
        return label(kind(value))
    except (KeyError, ValueError):
        return value


def _history(
    session: Session, ids: list[int], complaints: list[Complaint], employees: dict[int | None, str]
) -> str:
    conditions: list[ColumnElement[bool]] = [
        (AuditEvent.entity == "Complainant") & (AuditEvent.entity_id.in_([str(i) for i in ids]))
    ]
    if complaints:
        conditions.append(AuditEvent.complaint_id.in_([c.id for c in complaints]))
    events = list(
        session.scalars(select(AuditEvent).where(or_(*conditions)).order_by(AuditEvent.seq))
    )
    names = load_names(session, events)
    rows = "".join(
        f"<tr><td>{_e(e.at)}</td><td>{_e(employees.get(e.actor_id, e.actor_login))}</td>"
        f"<td>{_e(line)}</td></tr>"
        for e, line in history_lines(events, names)
    )
    return f"<table><tr><th>Moment</th><th>Door</th><th>Wijziging</th></tr>{rows}</table>"


def _views(
    session: Session, ids: list[int], complaints: list[Complaint], employees: dict[int | None, str]
) -> str:
    conditions = [ViewEvent.complainant_id.in_(ids)]
    if complaints:
        conditions.append(ViewEvent.complaint_id.in_([c.id for c in complaints]))
    numbers: dict[int | None, str] = {c.id: c.number for c in complaints}
    events = session.scalars(
        select(ViewEvent).where(or_(*conditions)).order_by(ViewEvent.at, ViewEvent.id)
    )
    rows = "".join(
        f"<tr><td>{_e(v.at)}</td><td>{_e(employees.get(v.employee_id, v.login))}</td>"
        f"<td>{_e(label(v.what))}</td><td>{_e(numbers.get(v.complaint_id))}</td></tr>"
        for v in events
    )
    return f"<table><tr><th>Moment</th><th>Wie</th><th>Wat</th><th>Klacht</th></tr>{rows}</table>"
