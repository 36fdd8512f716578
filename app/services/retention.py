"""Retention: how long a closed complaint keeps its personal data, which complaints are
due, and the destruction itself.

The terms default to the Selectielijst gemeenten en intergemeentelijke organen 2020,
process type 13 "Geschillen behandelen" (complaints): a handled complaint 5 years after
closure, one that went on to the Nationale ombudsman 10 years, one not handled (Awb 9:8) or
withdrawn 1 year. Each is a setting (audited like every setting).

The order of acts: the coordinator (or administrator) proposes a destruction list; the
archivist (the administrator, holding ``APPROVE_DESTRUCTION``) approves it, if possible
not the person who proposed it; only an approved list is carried out.

Destruction keeps a statistical stub of each complaint — number, kind, dates received and
closed (and the terms' dates), channel, unit and employees concerned, handler, subjects,
norms, route, judgments, cause kind, status — so the reports of past years still add up. It
removes the description, the complainant's name, address and contact data, parts' texts and
findings, promises' texts, contact notes, attachments, letters and documents, related
dossier numbers, the free-text texts of the handling report and feedback cards, the tasks
and the search text.

The audit trail: the destruction's own events record ``<vernietigd>`` as the old value (see
``app.services.audit.MASK_OLD_VALUES_KEY``), so the act does not copy what it destroys. Events
written *before* (the creation and edits of the complaint) hold the personal values sealed
under keys of the complaint and the complainant (``app.services.shredding``); the
destruction deletes those keys, so those values can no longer be read, while the hash chain
stays intact. Events written before database version 0016 were not sealed and keep their
plain values: they are hash-chained, and rewriting them would break the proof the trail gives.
The trail is read only by the coordinator and the administrator (and a handler for their
own complaints); a backup made before destruction also still holds the data, and rotates
out on its own schedule.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import (
    ColumnElement,
    and_,
    case,
    func,
    insert,
    literal,
    not_,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session, selectinload

from app.models import (
    Complainant,
    Complaint,
    DestructionList,
    Document,
    Employee,
    EmployeeRole,
    FeedbackCard,
    HandlingReport,
    Task,
    destruction_item,
)
from app.models.base import utcnow
from app.models.complainant import PERSONAL_FIELDS
from app.models.enums import OPEN_STATUSES, DestructionStatus, Role, Route, Status
from app.services.access import harmless, requires
from app.services.audit import DESTROYED, MASK_OLD_VALUES_KEY, write_pending_audit
from app.services.base import Service, check_version
from app.services.errors import NotFound, ServiceError, ValidationError
from app.services.permissions import Permission
from app.services.search import refresh_search_text
from app.services.settings import read_setting, write_setting
from app.services.shredding import delete_keys

log = logging.getLogger(__name__)

SOURCE = (
    "Selectielijst gemeenten en intergemeentelijke organen 2020, "
    "procestype 13 Geschillen behandelen"
)


class Term:
    """Which term made a complaint due (stored on the list's items)."""

    HANDLED = "handled"
    OMBUDSMAN = "ombudsman"
    NOT_HANDLED = "not_handled"


TERM_LABELS = {
    Term.HANDLED: "Behandelde klacht",
    Term.OMBUDSMAN: "Doorgegaan naar de Nationale ombudsman",
    Term.NOT_HANDLED: "Niet in behandeling genomen of ingetrokken",
}


@dataclass(frozen=True)
class RetentionTerms:
    """Years after closure, per kind of complaint."""

    handled_years: int = 5
    ombudsman_years: int = 10
    not_handled_years: int = 1


# (field, setting key, Dutch name, the selection list's own figure)
_TERM_FIELDS = (
    ("handled_years", "retention.handled_years", "Behandelde klacht", 5),
    ("ombudsman_years", "retention.ombudsman_years", "Naar de ombudsman", 10),
    ("not_handled_years", "retention.not_handled_years", "Niet behandeld of ingetrokken", 1),
)
MAX_YEARS = 100
CHUNK = 200  # complaints destroyed per flush: bounded memory at 100,000


@dataclass(frozen=True)
class DueComplaint:
    """A complaint whose term has ended: no personal data, only what the list shows."""

    complaint_id: int
    number: str
    closed_on: date
    term: str


@dataclass(frozen=True)
class DuePage:
    total: int
    per_term: dict[str, int]
    rows: tuple[DueComplaint, ...]


@dataclass(frozen=True)
class DestructionListInfo:
    id: int
    as_of: date
    status: DestructionStatus
    complaint_count: int
    proposed_by: str | None
    approved_by: str | None


def read_terms(session: Session) -> RetentionTerms:
    values = {}
    for field, key, _name, default in _TERM_FIELDS:
        stored = read_setting(session, key)
        values[field] = int(stored) if stored is not None else default
    return RetentionTerms(**values)


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _not_handled() -> ColumnElement[bool]:
    return or_(
        Complaint.status.in_((Status.DECLINED, Status.WITHDRAWN)),
        func.coalesce(Complaint.route, "").in_((Route.DECLINED, Route.WITHDRAWN)),
    )


def _term_of() -> ColumnElement[str]:
    return case(
        (Complaint.ombudsman_on.is_not(None), literal(Term.OMBUDSMAN)),
        (_not_handled(), literal(Term.NOT_HANDLED)),
        else_=literal(Term.HANDLED),
    )


def due_condition(terms: RetentionTerms, as_of: date) -> ColumnElement[bool]:
    """Closed, not destroyed yet, and the term of its kind ended on or before ``as_of``."""
    return and_(
        Complaint.closed_on.is_not(None),
        Complaint.destroyed_on.is_(None),
        Complaint.status.not_in(sorted(OPEN_STATUSES)),
        or_(
            and_(
                Complaint.ombudsman_on.is_not(None),
                Complaint.closed_on <= _years_before(as_of, terms.ombudsman_years),
            ),
            and_(
                Complaint.ombudsman_on.is_(None),
                _not_handled(),
                Complaint.closed_on <= _years_before(as_of, terms.not_handled_years),
            ),
            and_(
                Complaint.ombudsman_on.is_(None),
                not_(_not_handled()),
                Complaint.closed_on <= _years_before(as_of, terms.handled_years),
            ),
        ),
    )


def destroy_complaint(session: Session, complaint: Complaint, today: date) -> int | None:
    """Remove the personal data and free text of one complaint, keeping its stub. Returns
    the id of the complainant whose record was emptied too, if any: the caller deletes
    that complainant's and the complaint's keys (``app.services.shredding``)."""
    complaint.description = ""
    complaint.hearing_report = None
    complaint.manager_copy_end_missing_reason = None
    complaint.signer_name = None
    complaint.signer_function = None
    complaint.extension_consent_attachment_id = None
    complaint.destroyed_on = today
    for concerned in complaint.employees_concerned:
        concerned.free_text_name = None
    for part in complaint.parts:
        part.text = ""
        part.findings = None
    for promise in complaint.promises:
        promise.text = ""
        promise.withdrawn_reason = None
    for change in complaint.status_changes:
        change.reason = None
    complaint.related_dossiers.clear()
    complaint.contact_notes.clear()
    complaint.attachments.clear()
    for model in (Document, Task):
        for row in session.scalars(select(model).where(model.complaint_id == complaint.id)):
            session.delete(row)
    report = session.scalar(
        select(HandlingReport).where(HandlingReport.complaint_id == complaint.id)
    )
    if report is not None:
        for field in (
            "description",
            "cause_text",
            "prevention",
            "remedial_action",
            "improvement_points",
            "review_remark",
        ):
            setattr(report, field, None)
    for card in session.scalars(
        select(FeedbackCard).where(FeedbackCard.complaint_id == complaint.id)
    ):
        card.text = None
        card.callback_email = None
        card.callback_phone = None
        card.name_as_written = None
    return _release_complainant(session, complaint)


def _release_complainant(session: Session, complaint: Complaint) -> int | None:
    """A complaint must keep a complainant row (a CHECK): the stub gets an empty one. The
    person's own record is emptied when no complaint still kept uses it, else it stays."""
    person = complaint.complainant
    if person is None:
        return None
    others = session.scalar(
        select(func.count())
        .select_from(Complaint)
        .where(
            Complaint.complainant_id == person.id,
            Complaint.id != complaint.id,
            Complaint.destroyed_on.is_(None),
        )
    )
    if others:
        complaint.complainant = Complainant()
        return None
    for field in PERSONAL_FIELDS:
        setattr(person, field, None)
    person.references.clear()
    person_id: int = person.id
    return person_id


# What ``destroy_complaint`` walks through, loaded per chunk rather than per complaint.
_STUB_LOADS = (
    selectinload(Complaint.employees_concerned),
    selectinload(Complaint.parts),
    selectinload(Complaint.promises),
    selectinload(Complaint.status_changes),
    selectinload(Complaint.related_dossiers),
    selectinload(Complaint.contact_notes),
    selectinload(Complaint.attachments),
    selectinload(Complaint.complainant).selectinload(Complainant.references),
)


class RetentionService(Service):
    @harmless("reference data: the retention terms and their source")
    def terms(self) -> RetentionTerms:
        with self.reading() as session:
            return read_terms(session)

    @harmless("reference data: the selection list's own terms, shown beside the settings")
    def default_terms(self) -> RetentionTerms:
        return RetentionTerms()

    @requires(Permission.MANAGE_SETTINGS)
    def change_terms(self, terms: RetentionTerms) -> RetentionTerms:
        errors = {}
        for field, _key, name, _default in _TERM_FIELDS:
            value = getattr(terms, field)
            if not isinstance(value, int) or not 1 <= value <= MAX_YEARS:
                errors[field] = f"{name}: een termijn ligt tussen 1 en {MAX_YEARS} jaar."
        if errors:
            raise ValidationError(errors)
        with self.writing(Permission.MANAGE_SETTINGS, reason="bewaartermijnen gewijzigd") as s:
            for field, key, _name, _default in _TERM_FIELDS:
                write_setting(s, key, getattr(terms, field))
        return terms

    @requires(Permission.ASSIGN_HANDLER)
    def record_ombudsman(
        self, complaint_id: int, day: date | None, version: int, *, today: date | None = None
    ) -> int:
        """The complainant went on to the Nationale ombudsman on ``day`` (None: not, or a
        mistake corrected): the complaint then keeps its data for the longer term. Made on
        the complaint's ``version``; returns the new version."""
        with self.writing(Permission.ASSIGN_HANDLER, reason="naar de ombudsman") as session:
            complaint = session.get(Complaint, complaint_id)
            if complaint is None:
                raise NotFound("Deze klacht bestaat niet (meer).")
            check_version(complaint.version, version)
            if day is not None and day > (today or date.today()):
                raise ValidationError(
                    {
                        "ombudsman_on": "Deze datum ligt in de toekomst; vul de dag in waarop de "
                        "klager naar de Nationale ombudsman ging."
                    }
                )
            if day is not None and day < complaint.received_on:
                raise ValidationError(
                    {"ombudsman_on": "Deze datum ligt vóór de ontvangst van de klacht."}
                )
            if complaint.ombudsman_on != day:
                complaint.ombudsman_on = day
                session.flush()
            return complaint.version

    @requires(Permission.PROPOSE_DESTRUCTION)
    def due(self, as_of: date, *, offset: int = 0, limit: int = 100) -> DuePage:
        """The dry run: the complaints whose term has ended by ``as_of``, a page of them in
        number order, with the total and the count per term (counted in SQL)."""
        with self.reading() as session:
            condition = due_condition(read_terms(session), as_of)
            term = _term_of().label("term")
            per_term = {
                str(t): int(n)
                for t, n in session.execute(
                    select(term, func.count()).where(condition).group_by(term)
                )
            }
            rows = session.execute(
                select(Complaint.id, Complaint.number, Complaint.closed_on, term)
                .where(condition)
                .order_by(Complaint.closed_on, Complaint.id)
                .offset(offset)
                .limit(limit)
            )
            return DuePage(
                total=sum(per_term.values()),
                per_term=per_term,
                rows=tuple(DueComplaint(r.id, r.number, r.closed_on, r.term) for r in rows),
            )

    @requires(Permission.PROPOSE_DESTRUCTION)
    def propose(self, as_of: date) -> int:
        """Put every complaint due by ``as_of`` on a new destruction list; returns its id."""
        with self.writing(Permission.PROPOSE_DESTRUCTION, reason="vernietiging voorgesteld") as s:
            pending = s.scalar(
                select(func.count())
                .select_from(DestructionList)
                .where(
                    DestructionList.status.in_(
                        (DestructionStatus.PROPOSED, DestructionStatus.APPROVED)
                    )
                )
            )
            if pending:
                raise ServiceError(
                    "Er ligt al een vernietigingslijst klaar. Laat die eerst goedkeuren en "
                    "uitvoeren, of wijs hem af."
                )
            condition = due_condition(read_terms(s), as_of)
            count = s.scalar(select(func.count()).select_from(Complaint).where(condition)) or 0
            if not count:
                raise ServiceError("Er zijn geen klachten waarvan de bewaartermijn is verstreken.")
            listing = DestructionList(
                as_of=as_of,
                status=DestructionStatus.PROPOSED,
                complaint_count=count,
                proposed_by_id=self.user.employee_id,
                proposed_at=utcnow(),
            )
            s.add(listing)
            s.flush()
            s.execute(
                insert(destruction_item).from_select(
                    ["list_id", "complaint_id", "term"],
                    select(literal(listing.id), Complaint.id, _term_of()).where(condition),
                )
            )
            log.info("destruction list %s proposed: %d complaints", listing.id, count)
            return listing.id

    @requires(Permission.PROPOSE_DESTRUCTION)
    def lists(self) -> list[DestructionListInfo]:
        with self.reading() as session:
            names = {r.id: r.name for r in session.execute(select(Employee.id, Employee.name))}
            return [
                DestructionListInfo(
                    row.id,
                    row.as_of,
                    row.status,
                    row.complaint_count,
                    names.get(row.proposed_by_id) if row.proposed_by_id else None,
                    names.get(row.approved_by_id) if row.approved_by_id else None,
                )
                for row in session.scalars(
                    select(DestructionList).order_by(DestructionList.id.desc())
                )
            ]

    @requires(Permission.PROPOSE_DESTRUCTION)
    def list_items(self, list_id: int, *, offset: int = 0, limit: int = 100) -> list[DueComplaint]:
        with self.reading() as session:
            rows = session.execute(
                select(Complaint.id, Complaint.number, Complaint.closed_on, destruction_item.c.term)
                .join(destruction_item, destruction_item.c.complaint_id == Complaint.id)
                .where(destruction_item.c.list_id == list_id)
                .order_by(Complaint.closed_on, Complaint.id)
                .offset(offset)
                .limit(limit)
            )
            return [DueComplaint(r.id, r.number, r.closed_on, r.term) for r in rows]

    @requires(Permission.APPROVE_DESTRUCTION)
    def approve(self, list_id: int) -> None:
        """The archivist's approval: a separate act, by someone else than the proposer
        when the organisation has another archivist."""
        with self.writing(Permission.APPROVE_DESTRUCTION, reason="vernietiging goedgekeurd") as s:
            listing = self._pending(s, list_id, DestructionStatus.PROPOSED)
            if listing.proposed_by_id == self.user.employee_id and self._other_archivist(s):
                raise ServiceError(
                    "U heeft deze lijst zelf voorgesteld: een andere archivaris moet hem "
                    "goedkeuren."
                )
            listing.status = DestructionStatus.APPROVED
            listing.approved_by_id = self.user.employee_id
            listing.approved_at = utcnow()
            log.info("destruction list %s approved", list_id)

    @requires(Permission.APPROVE_DESTRUCTION)
    def reject(self, list_id: int) -> None:
        with self.writing(Permission.APPROVE_DESTRUCTION, reason="vernietiging afgewezen") as s:
            listing = self._pending(s, list_id, DestructionStatus.PROPOSED)
            listing.status = DestructionStatus.REJECTED
            log.info("destruction list %s rejected", list_id)

    @requires(Permission.CARRY_OUT_DESTRUCTION)
    def carry_out(self, list_id: int, *, today: date | None = None) -> int:
        """Destroy the personal data of every complaint on an approved list; returns how
        many complaints were destroyed. One transaction: all or nothing."""
        today = today or date.today()
        with self.writing(
            Permission.CARRY_OUT_DESTRUCTION, reason="persoonsgegevens vernietigd (bewaartermijn)"
        ) as s:
            listing = s.get(DestructionList, list_id)
            if listing is None:
                raise NotFound("Deze vernietigingslijst bestaat niet (meer).")
            if listing.status != DestructionStatus.APPROVED:
                raise ServiceError(
                    "Deze vernietigingslijst is niet goedgekeurd door de archivaris; er is "
                    "niets vernietigd."
                )
            s.info[MASK_OLD_VALUES_KEY] = DESTROYED
            sqlite = s.get_bind().dialect.name == "sqlite"
            if sqlite:
                # Freed pages are overwritten with zeros, so the file keeps no copy.
                s.execute(text("PRAGMA secure_delete = ON"))
            ids = list(
                s.scalars(
                    select(destruction_item.c.complaint_id)
                    .join(Complaint, Complaint.id == destruction_item.c.complaint_id)
                    .where(destruction_item.c.list_id == list_id, Complaint.destroyed_on.is_(None))
                    .order_by(destruction_item.c.complaint_id)
                )
            )
            for start in range(0, len(ids), CHUNK):
                chunk = ids[start : start + CHUNK]
                loaded = select(Complaint).where(Complaint.id.in_(chunk)).options(*_STUB_LOADS)
                emptied = [destroy_complaint(s, c, today) for c in s.scalars(loaded)]
                # What earlier events sealed with these keys can no longer be read.
                delete_keys(
                    s, complaint_ids=chunk, complainant_ids=[i for i in emptied if i is not None]
                )
                s.flush()
                refresh_search_text(s, chunk)
                write_pending_audit(s)  # bounded memory at 100,000 complaints
                s.expunge_all()
            if sqlite and ids:
                # The full-text index only marks replaced words as deleted; merging its
                # segments drops them from the file.
                s.execute(text("INSERT INTO complaint_fts(complaint_fts) VALUES ('optimize')"))
            listing = s.get(DestructionList, list_id)
            assert listing is not None
            listing.status = DestructionStatus.CARRIED_OUT
            listing.carried_out_at = utcnow()
            log.info("destruction list %s carried out: %d complaints", list_id, len(ids))
            return len(ids)

    @staticmethod
    def _pending(session: Session, list_id: int, status: DestructionStatus) -> DestructionList:
        listing = session.get(DestructionList, list_id)
        if listing is None:
            raise NotFound("Deze vernietigingslijst bestaat niet (meer).")
        if listing.status != status:
            raise ServiceError(
                "Deze vernietigingslijst is al goedgekeurd, afgewezen of uitgevoerd."
            )
        return listing

    def _other_archivist(self, session: Session) -> bool:
        found = session.scalar(
            select(func.count())
            .select_from(Employee)
            .join(EmployeeRole, EmployeeRole.employee_id == Employee.id)
            .where(
                EmployeeRole.role == Role.ADMINISTRATOR,
                Employee.active,
                Employee.id != self.user.employee_id,
            )
        )
        return bool(found)


def term_label(term: str) -> str:
    return TERM_LABELS[term]


def labelled_terms() -> Sequence[tuple[str, str, str, int]]:
    """(field, setting key, Dutch name, the selection list's figure) for the screen."""
    return _TERM_FIELDS
