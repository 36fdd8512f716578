"""The anonymised register: what every member of staff may read about closed complaints.

A row shows the number, the month received, the units concerned, the subjects, the route,
the outcome, and the summary and measures the coordinator approved — nothing else: no
names, no days, no description. A complaint appears only once it is closed and its summary
approved; until then it waits in the coordinator's list of pending summaries, with a
suggestion made by scrubbing its description (``app.services.deidentify``).

Searching deliberately does not use the register's search text: that text holds the
complainant's name and contact details, and a hit on a name would tell a reader whose
complaint a row is. It looks in the approved texts and the subjects only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import ColumnElement, exists, func, or_, select
from sqlalchemy.orm import Session

from app.models import (
    Complaint,
    ComplaintEmployee,
    Employee,
    ImprovementProposal,
    OrgUnit,
    ProposalComplaint,
    SubjectCategory,
)
from app.models.enums import ComplaintKind, label
from app.models.reference import complaint_subject
from app.reports.formats import MONTHS
from app.services.access import requires
from app.services.base import Service, check_version
from app.services.errors import NotFound, ServiceError, ValidationError
from app.services.permissions import Permission
from app.services.validation import FieldError, refuse_unstorable

MAX_PAGE_SIZE = 500
EXPORT_COLUMNS = (
    "Nummer",
    "Maand ontvangen",
    "Afdeling",
    "Onderwerp",
    "Afhandeling",
    "Oordeel",
    "Samenvatting",
    "Genomen maatregelen",
)
MAX_TEXT_LENGTH = 4000


@dataclass(frozen=True)
class AnonymisedFilter:
    search: str | None = None
    year: int | None = None
    unit_id: int | None = None
    subject_id: int | None = None


_NO_FILTER = AnonymisedFilter()


@dataclass(frozen=True)
class AnonymisedRow:
    complaint_id: int
    number: str
    month: str  # "maart 2024": never the day
    units: tuple[str, ...]
    subjects: tuple[str, ...]
    route: str
    outcome: str
    summary: str
    measures: str


@dataclass(frozen=True)
class PendingRow:
    complaint_id: int
    number: str
    month: str
    subjects: tuple[str, ...]
    version: int


@dataclass(frozen=True)
class Suggestion:
    complaint_id: int
    number: str
    summary: str
    measures: str
    version: int


@dataclass(frozen=True)
class Approval:
    complaint_id: int
    summary: str
    measures: str
    expected_version: int


def month_of(day: date) -> str:
    return f"{MONTHS[day.month - 1]} {day.year}"


def _closed() -> list[ColumnElement[bool]]:
    return [
        Complaint.kind == ComplaintKind.COMPLAINT.value,
        Complaint.closed_on.is_not(None),
        Complaint.destroyed_on.is_(None),
    ]


def _approved() -> list[ColumnElement[bool]]:
    return [*_closed(), Complaint.public_summary_approved_on.is_not(None)]


def _pending() -> list[ColumnElement[bool]]:
    return [*_closed(), Complaint.public_summary_approved_on.is_(None)]


class AnonymisedRegisterService(Service):
    # ----- the register for everyone ----------------------------------------------------

    @requires(Permission.VIEW_ANONYMISED_REGISTER)
    def count(self, filter: AnonymisedFilter = _NO_FILTER) -> int:
        with self.reading() as session:
            where = self._conditions(session, filter)
            return session.scalar(select(func.count()).select_from(Complaint).where(*where)) or 0

    @requires(Permission.VIEW_ANONYMISED_REGISTER)
    def page(
        self, filter: AnonymisedFilter = _NO_FILTER, offset: int = 0, limit: int = 100
    ) -> list[AnonymisedRow]:
        """Newest first, ties broken on the id so pages neither repeat nor skip a row."""
        limit = max(0, min(limit, MAX_PAGE_SIZE))
        if limit == 0:
            return []
        with self.reading() as session:
            where = self._conditions(session, filter)
            rows = session.execute(
                select(
                    Complaint.id,
                    Complaint.number,
                    Complaint.received_on,
                    Complaint.route,
                    Complaint.judgment,
                    Complaint.public_summary,
                    Complaint.public_measures,
                )
                .where(*where)
                .order_by(Complaint.received_on.desc(), Complaint.id.desc())
                .offset(max(0, offset))
                .limit(limit)
            ).all()
            ids = [row.id for row in rows]
            subjects = _subjects_of(session, ids)
            units = _units_of(session, ids)
            return [
                AnonymisedRow(
                    complaint_id=row.id,
                    number=row.number,
                    month=month_of(row.received_on),
                    units=units.get(row.id, ()),
                    subjects=subjects.get(row.id, ()),
                    route=label(row.route) if row.route else "",
                    outcome=label(row.judgment) if row.judgment else "",
                    summary=row.public_summary or "",
                    measures=row.public_measures or "",
                )
                for row in rows
            ]

    @requires(Permission.VIEW_ANONYMISED_REGISTER)
    def years(self) -> list[int]:
        """The years received of the approved rows, newest first (for the year filter)."""
        with self.reading() as session:
            first, last = session.execute(
                select(func.min(Complaint.received_on), func.max(Complaint.received_on)).where(
                    *_approved()
                )
            ).one()
        if first is None or last is None:
            return []
        return list(range(last.year, first.year - 1, -1))

    @requires(Permission.VIEW_ANONYMISED_REGISTER)
    def units(self) -> list[tuple[int, str]]:
        """(id, name) of the active units, by name (for the unit filter)."""
        with self.reading() as session:
            rows = session.execute(
                select(OrgUnit.id, OrgUnit.name)
                .where(OrgUnit.active.is_(True))
                .order_by(OrgUnit.name)
            ).all()
        return [(row.id, row.name) for row in rows]

    def _conditions(self, session: Session, filter: AnonymisedFilter) -> list[ColumnElement[bool]]:
        where = _approved()
        if filter.year is not None:
            where += [
                Complaint.received_on >= date(filter.year, 1, 1),
                Complaint.received_on <= date(filter.year, 12, 31),
            ]
        if filter.subject_id is not None:
            where.append(
                exists().where(
                    complaint_subject.c.complaint_id == Complaint.id,
                    complaint_subject.c.subject_id == filter.subject_id,
                )
            )
        if filter.unit_id is not None:
            from app.services.register import employees_in

            employees = employees_in(session, filter.unit_id)
            where.append(
                exists().where(
                    ComplaintEmployee.complaint_id == Complaint.id,
                    ComplaintEmployee.employee_id.in_(employees),
                )
            )
        for word in (filter.search or "").split():
            pattern = f"%{_escaped(word.lower())}%"
            where.append(
                or_(
                    func.lower(Complaint.public_summary).like(pattern, escape="\\"),
                    func.lower(Complaint.public_measures).like(pattern, escape="\\"),
                    exists().where(
                        complaint_subject.c.complaint_id == Complaint.id,
                        SubjectCategory.id == complaint_subject.c.subject_id,
                        func.lower(SubjectCategory.name).like(pattern, escape="\\"),
                    ),
                )
            )
        return where

    @requires(Permission.VIEW_ANONYMISED_REGISTER)
    def export(self, path: str | Path, filter: AnonymisedFilter = _NO_FILTER) -> int:
        """The approved rows as .xlsx or .csv by the extension, for publication; written
        page by page, the file appearing whole at the end. Returns the number of rows."""
        # openpyxl is imported here, not at start: Vandaag counts the waiting summaries.
        from app.services.sheet_writing import export_format, sheet_writer

        export_format(path)  # refused before any work
        written = 0
        with sheet_writer(path, EXPORT_COLUMNS, title="Geanonimiseerd register") as writer:
            while True:
                rows = self.page(filter, offset=written, limit=MAX_PAGE_SIZE)
                for row in rows:
                    writer.append(
                        [
                            row.number,
                            row.month,
                            ", ".join(row.units),
                            ", ".join(row.subjects),
                            row.route,
                            row.outcome,
                            row.summary,
                            row.measures,
                        ]
                    )
                written += len(rows)
                if len(rows) < MAX_PAGE_SIZE:
                    return written

    # ----- the coordinator's approval --------------------------------------------------

    @requires(Permission.APPROVE_PUBLIC_SUMMARIES)
    def pending_count(self) -> int:
        with self.reading() as session:
            return (
                session.scalar(select(func.count()).select_from(Complaint).where(*_pending())) or 0
            )

    @requires(Permission.APPROVE_PUBLIC_SUMMARIES)
    def pending(self, offset: int = 0, limit: int = 100) -> list[PendingRow]:
        """Closed complaints without an approved summary, the most recently closed first."""
        limit = max(0, min(limit, MAX_PAGE_SIZE))
        with self.reading() as session:
            rows = session.execute(
                select(Complaint.id, Complaint.number, Complaint.received_on, Complaint.version)
                .where(*_pending())
                .order_by(Complaint.closed_on.desc(), Complaint.id.desc())
                .offset(max(0, offset))
                .limit(limit)
            ).all()
            subjects = _subjects_of(session, [row.id for row in rows])
        return [
            PendingRow(
                row.id, row.number, month_of(row.received_on), subjects.get(row.id, ()), row.version
            )
            for row in rows
        ]

    @requires(Permission.APPROVE_PUBLIC_SUMMARIES)
    def suggest(self, complaint_id: int) -> Suggestion:
        """The description with its personal data replaced, and the measures (the titles of
        the improvement proposals the complaint led to), scrubbed alike. Read-only and slow
        the first time (the de-identification model loads): call it off the GUI thread."""
        with self.reading() as session:
            complaint = session.get(Complaint, complaint_id)
            if complaint is None:
                raise NotFound("Deze klacht bestaat niet (meer).")
            if complaint.public_summary_approved_on is not None:
                summary = complaint.public_summary or ""
                measures = complaint.public_measures or ""
            else:
                titles = session.scalars(
                    select(ImprovementProposal.title)
                    .join(
                        ProposalComplaint, ProposalComplaint.proposal_id == ImprovementProposal.id
                    )
                    .where(ProposalComplaint.complaint_id == complaint_id)
                    .order_by(ImprovementProposal.id)
                ).all()
                from app.services import deidentify  # numpy and the name lists: only here

                summary = deidentify.scrub(session, complaint.description)
                measures = deidentify.scrub(session, "\n".join(titles))
            return Suggestion(complaint_id, complaint.number, summary, measures, complaint.version)

    @requires(Permission.APPROVE_PUBLIC_SUMMARIES)
    def approve(
        self, complaint_id: int, summary: str, measures: str, expected_version: int
    ) -> None:
        """Publish the summary and measures in the anonymised register, if no personal data
        is found in them and nobody changed the complaint in between."""
        self.approve_batch([Approval(complaint_id, summary, measures, expected_version)])

    @requires(Permission.APPROVE_PUBLIC_SUMMARIES)
    def approve_batch(self, items: Sequence[Approval]) -> int:
        """Approve all of ``items`` in one transaction, or none of them. Returns the count."""
        reason = "samenvatting geanonimiseerd register goedgekeurd"
        with self.writing(Permission.APPROVE_PUBLIC_SUMMARIES, reason) as session:
            for item in items:
                complaint = session.get(Complaint, item.complaint_id)
                if complaint is None:
                    raise NotFound("Deze klacht bestaat niet (meer).")
                check_version(complaint.version, item.expected_version)
                if complaint.closed_on is None or complaint.kind != ComplaintKind.COMPLAINT:
                    raise ServiceError(
                        f"Klacht {complaint.number} is niet afgesloten; alleen afgesloten "
                        "klachten komen in het geanonimiseerde register."
                    )
                try:
                    summary = _checked(session, item.summary, "De samenvatting", required=True)
                except FieldError as error:
                    raise ValidationError({"summary": _in_batch(error, complaint, items)}) from None
                try:
                    measures = _checked(session, item.measures, "De maatregelen", required=False)
                except FieldError as error:
                    raise ValidationError(
                        {"measures": _in_batch(error, complaint, items)}
                    ) from None
                complaint.public_summary = summary
                complaint.public_measures = measures or None
                complaint.public_summary_approved_by_id = self.user.employee_id
                complaint.public_summary_approved_on = date.today()
        return len(items)


def _in_batch(error: FieldError, complaint: Complaint, items: Sequence[Approval]) -> str:
    """The message, naming the complaint when several are approved at once."""
    return f"Klacht {complaint.number}: {error.message}" if len(items) > 1 else error.message


def _checked(session: Session, text: str | None, what: str, *, required: bool) -> str:
    text = (text or "").strip()
    if not text:
        if required:
            raise FieldError(f"{what} is leeg; schrijf een korte samenvatting.")
        return ""
    if len(text) > MAX_TEXT_LENGTH:
        raise FieldError(f"{what} is te lang (meer dan {MAX_TEXT_LENGTH} tekens).")
    refuse_unstorable(text)
    from app.services import deidentify

    spans = deidentify.find_spans(session, text, job_titles=True)
    if spans:
        # The kind only: quoting the text would put the personal data in the message.
        raise FieldError(f"{what} bevat nog een {spans[0].kind.value}; haal die eruit.")
    return text


def _escaped(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _subjects_of(session: Session, ids: list[int]) -> dict[int, tuple[str, ...]]:
    found: dict[int, list[str]] = defaultdict(list)
    if ids:
        for complaint_id, name in session.execute(
            select(complaint_subject.c.complaint_id, SubjectCategory.name)
            .join(SubjectCategory, SubjectCategory.id == complaint_subject.c.subject_id)
            .where(complaint_subject.c.complaint_id.in_(ids))
            .order_by(SubjectCategory.name)
        ):
            found[complaint_id].append(name)
    return {key: tuple(names) for key, names in found.items()}


def _units_of(session: Session, ids: list[int]) -> dict[int, tuple[str, ...]]:
    """The units of the employees concerned: a unit names no one, an employee would."""
    found: dict[int, set[str]] = defaultdict(set)
    if ids:
        for complaint_id, name in session.execute(
            select(ComplaintEmployee.complaint_id, OrgUnit.name)
            .join(Employee, Employee.id == ComplaintEmployee.employee_id)
            .join(OrgUnit, OrgUnit.id == Employee.unit_id)
            .where(ComplaintEmployee.complaint_id.in_(ids))
        ):
            found[complaint_id].add(name)
    return {key: tuple(sorted(names)) for key, names in found.items()}
