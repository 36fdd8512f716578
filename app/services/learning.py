"""The learning cycle: the handled-complaint form (annex 1) and improvement proposals.

Handlers fill in "Ik heb een klacht behandeld" for complaints assigned to them; drafts are
stored as they type, so nothing is lost. The coordinator reviews the forms (or sends one
back with a remark), classifies the complaint and turns improvement points into SMART
proposals that management decides on and that are followed until done.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from app.models import (
    Complainant,
    Complaint,
    ConductNorm,
    Employee,
    HandlingReport,
    ImprovementProposal,
    OrgUnit,
    ProgressNote,
    ProposalComplaint,
    SubjectCategory,
    Task,
)
from app.models.enums import (
    CauseKind,
    Decision,
    Judgment,
    ProposalStatus,
    ReportStatus,
    Role,
    Status,
    TaskKind,
)
from app.services.access import (
    harmless,
    own_records,
    requires,
    requires_any,
    requires_visible_complaint,
)
from app.services.base import Service, check_version
from app.services.complainants import address_line
from app.services.errors import (
    ConcurrentEditError,
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationError,
)
from app.services.figures import figure_tables
from app.services.permissions import Permission, sees_personal_data
from app.services.validation import (
    NOTE_TEXT,
    SHORT_TEXT,
    Checker,
    TextField,
    column_limit,
    display_phone,
    plausible_date,
)

# A form can be sent once the complaint has been handled.
HANDLED_STATUSES = frozenset(
    {
        Status.INFORMALLY_RESOLVED,
        Status.JUDGED,
        Status.CLOSED,
        Status.FORWARDED_FOR_REVIEW,
        Status.DECLINED,
        Status.WITHDRAWN,
    }
)


# ----- annex 1 -----------------------------------------------------------------------------

# The answers of the form, named as its questions are.
ANSWER_FIELDS: dict[str, TextField] = {
    "cause_text": TextField("Oorzaak", NOTE_TEXT, multiline=True),
    "prevention": TextField("Hoe had de klacht voorkomen kunnen worden", NOTE_TEXT, multiline=True),
    "remedial_action": TextField("Herstelactie", NOTE_TEXT, multiline=True),
    "improvement_points": TextField("Verbeterpunten", NOTE_TEXT, multiline=True),
}
REVIEW_REMARK = TextField("Opmerking", SHORT_TEXT, multiline=True)


@dataclass(frozen=True)
class ReportAnswers:
    """The four questions of the form (and the cause kind)."""

    cause_kind: CauseKind | None = None
    cause_text: str | None = None  # Wie of wat is de oorzaak?
    prevention: str | None = None  # Hoe had de klacht voorkomen kunnen worden?
    remedial_action: str | None = None  # Wat voor herstelactie is gepleegd?
    improvement_points: str | None = None  # Noem mogelijke verbeterpunten


@dataclass(frozen=True)
class HandlingForm:
    complaint_id: int
    number: str  # Nummer intern klachtdossier
    handler_name: str  # Naam behandelaar
    complainant_name: str
    complainant_address: str
    complainant_phone: str
    description: str  # Omschrijving klacht
    judgment: Judgment | None  # Oordeel
    status: ReportStatus | None  # None: not started
    answers: ReportAnswers
    version: int | None
    submitted_at: datetime | None
    reviewed_at: datetime | None
    review_remark: str | None
    complaint_handled: bool
    cause_kind_confirmed: bool = False
    handler_id: int | None = None  # who may fill it in (the complaint's handler)


@dataclass(frozen=True)
class Choice:
    id: int
    name: str
    group: str | None = None  # a norm's core value (CoreValue value)


@dataclass(frozen=True)
class Classification:
    """What the coordinator's classification dialog offers and what is chosen now."""

    subjects: tuple[Choice, ...]  # active subject categories (and any chosen inactive one)
    norms: tuple[Choice, ...]  # the norms of proper conduct, in their order
    subject_ids: frozenset[int]
    norm_ids: frozenset[int]
    norms_per_part: bool  # a formal complaint keeps its norms per part (not changed here)
    cause_kind: CauseKind | None
    cause_kind_confirmed: bool


@dataclass(frozen=True)
class FormSummary:
    complaint_id: int
    number: str
    handler_name: str
    status: ReportStatus | None
    submitted_at: datetime | None
    cause_kind: CauseKind | None


def _answers_of(report: HandlingReport | None) -> ReportAnswers:
    if report is None:
        return ReportAnswers()
    return ReportAnswers(
        cause_kind=report.cause_kind,
        cause_text=report.cause_text,
        prevention=report.prevention,
        remedial_action=report.remedial_action,
        improvement_points=report.improvement_points,
    )


def _check_report_version(report: HandlingReport | None, expected: int | None) -> None:
    """Refuse a draft saved on an out-of-date copy (another window saved meanwhile)."""
    current = report.version if report is not None else None
    if current != expected:
        raise ConcurrentEditError(
            "Dit formulier is intussen in een ander venster of op een andere werkplek "
            "opgeslagen. Uw tekst staat nog in dit venster en is niet opgeslagen; open het "
            "formulier opnieuw om de nieuwste versie te zien."
        )


ONLY_THE_HANDLER = "Alleen de behandelaar van deze klacht vult het formulier in."
NOT_YOUR_FORM = "U kunt alleen formulieren van uw eigen klachten openen."


class HandlingReportService(Service):
    def _complaint(self, session: Session, complaint_id: int, *, write: bool) -> Complaint:
        complaint = session.get(Complaint, complaint_id)
        if complaint is None:
            raise NotFound("Deze klacht bestaat niet (meer).")
        own = complaint.handler_id is not None and complaint.handler_id == self.user.employee_id
        if write and not own:
            raise PermissionDenied(ONLY_THE_HANDLER)
        if not own and not self.user.can(Permission.VIEW_ALL_COMPLAINTS):
            raise PermissionDenied(NOT_YOUR_FORM)
        return complaint

    @staticmethod
    def _report(session: Session, complaint_id: int) -> HandlingReport | None:
        return session.scalar(
            select(HandlingReport).where(HandlingReport.complaint_id == complaint_id)
        )

    @requires_visible_complaint(message=NOT_YOUR_FORM)
    def form(self, complaint_id: int) -> HandlingForm:
        with self.reading() as session:
            complaint = self._complaint(session, complaint_id, write=False)
            report = self._report(session, complaint_id)
            person = complaint.complainant
            phone = person.phone_day or person.phone_evening if person else None
            return HandlingForm(
                complaint_id=complaint.id,
                number=complaint.number,
                handler_name=complaint.handler.name if complaint.handler else "",
                complainant_name=(person.name or "") if person else "",
                complainant_address=address_line(person) if person else "",
                complainant_phone=display_phone(phone),
                description=complaint.description,
                judgment=complaint.judgment,
                status=report.status if report else None,
                answers=_answers_of(report),
                version=report.version if report else None,
                submitted_at=report.submitted_at if report else None,
                reviewed_at=report.reviewed_at if report else None,
                review_remark=report.review_remark if report else None,
                complaint_handled=complaint.status in HANDLED_STATUSES,
                cause_kind_confirmed=report.cause_kind_confirmed if report else False,
                handler_id=complaint.handler_id,
            )

    @requires_visible_complaint(also=(Permission.HANDLE_COMPLAINT,), message=ONLY_THE_HANDLER)
    def save_draft(self, complaint_id: int, answers: ReportAnswers, *, version: int | None) -> int:
        """Store what is typed so far (called as the handler types); returns the version.

        ``version`` is the form's version as this window knows it (None: no form stored yet),
        so two windows can never silently overwrite each other's drafts."""
        with self.writing(Permission.HANDLE_COMPLAINT) as session:
            complaint = self._complaint(session, complaint_id, write=True)
            report = self._report(session, complaint_id)
            _check_report_version(report, version)
            if report is None:
                report = HandlingReport(
                    complaint_id=complaint.id,
                    handler_id=complaint.handler_id,
                    status=ReportStatus.DRAFT,
                )
                session.add(report)
            elif report.status in (ReportStatus.SUBMITTED, ReportStatus.REVIEWED):
                raise ServiceError(
                    "Dit formulier is al verzonden en kan niet meer worden gewijzigd."
                )
            self._apply(report, answers, strict=False)
            session.flush()
            return report.version

    @requires_visible_complaint(also=(Permission.HANDLE_COMPLAINT,), message=ONLY_THE_HANDLER)
    def submit(self, complaint_id: int, answers: ReportAnswers, *, version: int | None) -> None:
        """Verzenden: the form goes to the coordinator (``version`` as for save_draft)."""
        with self.writing(Permission.HANDLE_COMPLAINT) as session:
            complaint = self._complaint(session, complaint_id, write=True)
            if complaint.status not in HANDLED_STATUSES:
                raise ServiceError(
                    "Het formulier kan worden verzonden zodra de klacht is afgehandeld."
                )
            report = self._report(session, complaint_id)
            _check_report_version(report, version)
            if report is None:
                report = HandlingReport(complaint_id=complaint.id, handler_id=complaint.handler_id)
                session.add(report)
            elif report.status in (ReportStatus.SUBMITTED, ReportStatus.REVIEWED):
                raise ServiceError("Dit formulier is al verzonden.")
            self._apply(report, answers, strict=True)
            report.description = complaint.description
            report.judgment = complaint.judgment
            report.status = ReportStatus.SUBMITTED
            report.submitted_at = datetime.now(UTC)
            session.add(
                Task(
                    kind=TaskKind.REVIEW_REPORT,
                    complaint_id=complaint.id,
                    assignee_role=Role.COORDINATOR,
                    title=f"Formulier 'Ik heb een klacht behandeld' beoordelen: {complaint.number}",
                )
            )

    @staticmethod
    def _apply(report: HandlingReport, answers: ReportAnswers, *, strict: bool) -> None:
        checker = Checker()
        values = {}
        for key, spec in ANSWER_FIELDS.items():
            values[key] = checker.text(key, getattr(answers, key), spec)
        if strict:
            if answers.cause_kind is None:
                checker.fail("cause_kind", "Kies wie of wat de oorzaak is.")
            if not values["cause_text"]:
                checker.fail("cause_text", "Beschrijf de oorzaak.")
            if not values["remedial_action"]:
                checker.fail(
                    "remedial_action", "Beschrijf de herstelactie (of schrijf 'geen' en waarom)."
                )
        checker.raise_if_any()
        report.cause_kind = CauseKind(answers.cause_kind) if answers.cause_kind else None
        for key, value in values.items():
            setattr(report, key, value)

    @requires_any(
        Permission.VIEW_ALL_COMPLAINTS, Permission.HANDLE_COMPLAINT, message=NOT_YOUR_FORM
    )
    def forms(self, *, status: ReportStatus | None = None) -> list[FormSummary]:
        """The coordinator sees every form; a handler their own."""
        with self.reading() as session:
            # Columns, not report objects: the list needs six of the form's fields.
            query = (
                select(
                    HandlingReport.complaint_id,
                    Complaint.number,
                    Employee.name,
                    HandlingReport.status,
                    HandlingReport.submitted_at,
                    HandlingReport.cause_kind,
                )
                .join(Complaint, Complaint.id == HandlingReport.complaint_id)
                .join(Employee, Employee.id == HandlingReport.handler_id)
                .order_by(HandlingReport.submitted_at.desc().nulls_last(), Complaint.number)
            )
            if not self.user.can(Permission.VIEW_ALL_COMPLAINTS):
                query = query.where(HandlingReport.handler_id == self.user.employee_id)
            if status is not None:
                query = query.where(HandlingReport.status == status)
            return [
                FormSummary(
                    complaint_id,
                    number,
                    name,
                    form_status,
                    submitted_at,
                    CauseKind(cause_kind) if cause_kind else None,
                )
                for complaint_id, number, name, form_status, submitted_at, cause_kind in (
                    session.execute(query)
                )
            ]

    @requires(Permission.MANAGE_PROPOSALS)
    def review(self, complaint_id: int, *, version: int | None = None) -> None:
        with self.writing(Permission.MANAGE_PROPOSALS) as session:
            report = self._submitted(session, complaint_id, version)
            report.status = ReportStatus.REVIEWED
            report.reviewed_at = datetime.now(UTC)
            report.reviewed_by_id = self.user.employee_id
            self._close_review_task(session, complaint_id)

    @requires(Permission.MANAGE_PROPOSALS)
    def send_back(self, complaint_id: int, remark: str, *, version: int | None = None) -> None:
        checker = Checker()
        text = checker.text(
            "remark",
            remark,
            REVIEW_REMARK,
            "Schrijf erbij wat er aan het formulier moet veranderen.",
        )
        checker.raise_if_any()
        with self.writing(Permission.MANAGE_PROPOSALS) as session:
            report = self._submitted(session, complaint_id, version)
            report.status = ReportStatus.RETURNED
            report.review_remark = text
            self._close_review_task(session, complaint_id)

    def _submitted(
        self, session: Session, complaint_id: int, version: int | None
    ) -> HandlingReport:
        report = self._report(session, complaint_id)
        if report is None or report.status != ReportStatus.SUBMITTED:
            raise ServiceError("Er is geen verzonden formulier om te beoordelen.")
        check_version(report.version, version)
        return report

    def _close_review_task(self, session: Session, complaint_id: int) -> None:
        for task in session.scalars(
            select(Task).where(
                Task.complaint_id == complaint_id,
                Task.kind == TaskKind.REVIEW_REPORT,
                Task.done_at.is_(None),
            )
        ):
            task.done_at = datetime.now(UTC)
            task.done_by_id = self.user.employee_id

    @requires(Permission.MANAGE_PROPOSALS)
    def classification(self, complaint_id: int) -> Classification:
        """The subjects and norms to choose from, and the complaint's current choice."""
        self.require(Permission.MANAGE_PROPOSALS)
        with self.reading() as session:
            complaint = session.get(Complaint, complaint_id)
            if complaint is None:
                raise NotFound("Deze klacht bestaat niet (meer).")
            chosen_subjects = frozenset(s.id for s in complaint.subjects)
            subjects = session.scalars(
                select(SubjectCategory)
                .where(SubjectCategory.active.is_(True) | SubjectCategory.id.in_(chosen_subjects))
                .order_by(func.lower(SubjectCategory.name))
            )
            norms = session.scalars(select(ConductNorm).order_by(ConductNorm.position))
            report = self._report(session, complaint_id)
            return Classification(
                subjects=tuple(Choice(s.id, s.name) for s in subjects),
                norms=tuple(Choice(n.id, n.name, n.core_value) for n in norms),
                subject_ids=chosen_subjects,
                norm_ids=frozenset(n.id for n in complaint.norms),
                norms_per_part=bool(complaint.parts),
                cause_kind=report.cause_kind if report and report.cause_kind else None,
                cause_kind_confirmed=report.cause_kind_confirmed if report else False,
            )

    @requires(Permission.MANAGE_PROPOSALS)
    def classify(
        self,
        complaint_id: int,
        *,
        subject_ids: list[int],
        norm_ids: list[int],
        cause_kind: CauseKind | None,
    ) -> None:
        """The coordinator's classification: subjects, norms and the confirmed cause."""
        with self.writing(Permission.MANAGE_PROPOSALS) as session:
            complaint = session.get(Complaint, complaint_id)
            if complaint is None:
                raise NotFound("Deze klacht bestaat niet (meer).")
            complaint.subjects = list(
                session.scalars(select(SubjectCategory).where(SubjectCategory.id.in_(subject_ids)))
            )
            if not complaint.parts:  # the formal route set norms per part already
                complaint.norms = list(
                    session.scalars(select(ConductNorm).where(ConductNorm.id.in_(norm_ids)))
                )
            report = self._report(session, complaint_id)
            if cause_kind is not None and report is not None:
                report.cause_kind = CauseKind(cause_kind)
                report.cause_kind_confirmed = True


# ----- improvement proposals ---------------------------------------------------------------

PROPOSAL_TITLE = TextField("Titel", column_limit(ImprovementProposal.title))
SMART_FIELDS: dict[str, TextField] = {
    "specific": TextField("Specifiek", NOTE_TEXT, multiline=True),
    "measurable": TextField("Meetbaar (indicator)", NOTE_TEXT, multiline=True),
    "acceptable": TextField("Acceptabel", NOTE_TEXT, multiline=True),
    "realistic": TextField("Realistisch", NOTE_TEXT, multiline=True),
}
DECISION_NOTE = TextField("Toelichting", SHORT_TEXT, multiline=True)
PROGRESS_TEXT = TextField("Voortgang", SHORT_TEXT, multiline=True)


@dataclass(frozen=True)
class ProposalInput:
    title: str
    specific: str | None = None
    measurable: str | None = None  # the indicator
    acceptable: str | None = None
    realistic: str | None = None
    deadline: date | None = None  # time-bound
    owner_id: int | None = None
    complaint_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class ProgressView:
    noted_on: date
    text: str
    author_name: str | None


@dataclass(frozen=True)
class LinkedComplaint:
    complaint_id: int
    number: str
    complainant_name: str | None  # None: no complainant, or not for this user to see
    informed_on: date | None


@dataclass(frozen=True)
class ProposalView:
    id: int
    title: str
    specific: str | None
    measurable: str | None
    acceptable: str | None
    realistic: str | None
    deadline: date | None
    owner_id: int | None
    owner_name: str | None
    owner_unit: str | None
    decision: Decision
    decision_on: date | None
    decision_note: str | None
    status: ProposalStatus
    realised_on: date | None
    version: int
    overdue: bool
    complaints: tuple[LinkedComplaint, ...] = ()
    progress: tuple[ProgressView, ...] = field(default_factory=tuple)


def is_overdue(proposal: ImprovementProposal, today: date) -> bool:
    return (
        proposal.deadline is not None
        and proposal.deadline < today
        and proposal.decision == Decision.ACCEPTED
        and proposal.status in (ProposalStatus.OPEN, ProposalStatus.IN_PROGRESS)
    )


class ImprovementService(Service):
    def __init__(self, db, user, *, today: date | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(db, user)
        self._today = today

    @property
    @harmless("the date the service works with; no data")
    def today(self) -> date:
        return self._today or date.today()

    def _view(
        self, session: Session, proposal: ImprovementProposal, *, brief: bool = False
    ) -> ProposalView:
        """``brief``: without the linked complaints and the progress (a reminder needs
        neither, and the owner of a proposal may be staff, who read no complaint)."""
        owner = session.get(Employee, proposal.owner_id) if proposal.owner_id else None
        links = [] if brief else proposal.source_complaints
        linked = []
        if links:
            # Number and handler only: management reads no other column of a complaint.
            figures = figure_tables(session).complaint.c
            found = {
                row.id: (row.number, row.handler_id)
                for row in session.execute(
                    select(figures.id, figures.number, figures.handler_id).where(
                        figures.id.in_([link.complaint_id for link in links])
                    )
                )
            }
        for link in sorted(links, key=lambda link: link.complaint_id):
            number, handler_id = found[link.complaint_id]
            name = None
            if sees_personal_data(self.user, handler_id):
                name = session.scalar(
                    select(Complainant.name)
                    .join(Complaint, Complaint.complainant_id == Complainant.id)
                    .where(Complaint.id == link.complaint_id)
                )
            linked.append(
                LinkedComplaint(link.complaint_id, number, name, link.complainant_informed_on)
            )
        return ProposalView(
            id=proposal.id,
            title=proposal.title,
            specific=proposal.specific,
            measurable=proposal.measurable,
            acceptable=proposal.acceptable,
            realistic=proposal.realistic,
            deadline=proposal.deadline,
            owner_id=proposal.owner_id,
            owner_name=owner.name if owner else None,
            owner_unit=owner.unit.name if owner and owner.unit else None,
            decision=proposal.decision,
            decision_on=proposal.decision_on,
            decision_note=proposal.decision_note,
            status=proposal.status,
            realised_on=proposal.realised_on,
            version=proposal.version,
            overdue=is_overdue(proposal, self.today),
            complaints=tuple(linked),
            progress=()
            if brief
            else tuple(
                ProgressView(
                    n.noted_on,
                    n.text,
                    session.get_one(Employee, n.author_id).name if n.author_id else None,
                )
                for n in proposal.progress_notes
            ),
        )

    def _proposal(
        self, session: Session, proposal_id: int, version: int | None = None
    ) -> ImprovementProposal:
        proposal = session.get(ImprovementProposal, proposal_id)
        if proposal is None:
            raise NotFound("Dit verbetervoorstel bestaat niet (meer).")
        check_version(proposal.version, version)
        return proposal

    @requires_any(
        Permission.MANAGE_PROPOSALS,
        Permission.DECIDE_PROPOSALS,
        message="U mag de verbetervoorstellen niet inzien.",
    )
    def proposals(self, *, status: ProposalStatus | None = None) -> list[ProposalView]:
        if not (
            self.user.can(Permission.MANAGE_PROPOSALS) or self.user.can(Permission.DECIDE_PROPOSALS)
        ):
            raise PermissionDenied("U mag de verbetervoorstellen niet inzien.")
        with self.reading() as session:
            wanted = select(ImprovementProposal.id)
            if status is not None:
                wanted = wanted.where(ImprovementProposal.status == status)
            return self._views(session, wanted)

    def _views(self, session: Session, wanted: Select[int]) -> list[ProposalView]:
        """The full views of the ``wanted`` proposals in four queries, whatever their number:
        the proposals with their owners, their complaints, the names of the complainants the
        user may see, and the progress notes."""
        owner = aliased(Employee)
        rows = session.execute(
            select(ImprovementProposal, owner.name, OrgUnit.name)
            .outerjoin(owner, owner.id == ImprovementProposal.owner_id)
            .outerjoin(OrgUnit, OrgUnit.id == owner.unit_id)
            .where(ImprovementProposal.id.in_(wanted))
            .order_by(
                ImprovementProposal.deadline.nulls_last(),
                func.lower(ImprovementProposal.title),
                ImprovementProposal.id,
            )
        ).all()
        # Number and handler only: management reads no other column of a complaint.
        complaint_figures = figure_tables(session).complaint
        figures = complaint_figures.c
        links: dict[int, list[tuple[int, str, int | None, date | None]]] = {}
        for proposal_id, complaint_id, number, handler_id, informed_on in session.execute(
            select(
                ProposalComplaint.proposal_id,
                ProposalComplaint.complaint_id,
                figures.number,
                figures.handler_id,
                ProposalComplaint.complainant_informed_on,
            )
            .join(complaint_figures, figures.id == ProposalComplaint.complaint_id)
            .where(ProposalComplaint.proposal_id.in_(wanted))
            .order_by(ProposalComplaint.proposal_id, ProposalComplaint.complaint_id)
        ):
            links.setdefault(proposal_id, []).append(
                (complaint_id, number, handler_id, informed_on)
            )
        names: dict[int, str] = {}
        if links and (
            self.user.can(Permission.VIEW_ALL_COMPLAINTS)
            or self.user.can(Permission.HANDLE_COMPLAINT)
        ):
            named = (
                select(Complaint.id, Complainant.name)
                .join(Complainant, Complainant.id == Complaint.complainant_id)
                .join(ProposalComplaint, ProposalComplaint.complaint_id == Complaint.id)
                .where(ProposalComplaint.proposal_id.in_(wanted))
            )
            if not self.user.can(Permission.VIEW_ALL_COMPLAINTS):
                named = named.where(Complaint.handler_id == self.user.employee_id)
            names = {row.id: row.name for row in session.execute(named)}
        author = aliased(Employee)
        notes: dict[int, list[ProgressView]] = {}
        for proposal_id, noted_on, text, author_name in session.execute(
            select(ProgressNote.proposal_id, ProgressNote.noted_on, ProgressNote.text, author.name)
            .outerjoin(author, author.id == ProgressNote.author_id)
            .where(ProgressNote.proposal_id.in_(wanted))
            .order_by(ProgressNote.proposal_id, ProgressNote.noted_on, ProgressNote.id)
        ):
            notes.setdefault(proposal_id, []).append(ProgressView(noted_on, text, author_name))
        return [
            ProposalView(
                id=proposal.id,
                title=proposal.title,
                specific=proposal.specific,
                measurable=proposal.measurable,
                acceptable=proposal.acceptable,
                realistic=proposal.realistic,
                deadline=proposal.deadline,
                owner_id=proposal.owner_id,
                owner_name=owner_name,
                owner_unit=owner_unit,
                decision=proposal.decision,
                decision_on=proposal.decision_on,
                decision_note=proposal.decision_note,
                status=proposal.status,
                realised_on=proposal.realised_on,
                version=proposal.version,
                overdue=is_overdue(proposal, self.today),
                complaints=tuple(
                    LinkedComplaint(
                        complaint_id,
                        number,
                        names.get(complaint_id)
                        if sees_personal_data(self.user, handler_id)
                        else None,
                        informed_on,
                    )
                    for complaint_id, number, handler_id, informed_on in links.get(proposal.id, ())
                ),
                progress=tuple(notes.get(proposal.id, ())),
            )
            for proposal, owner_name, owner_unit in rows
        ]

    @requires_any(
        Permission.MANAGE_PROPOSALS,
        Permission.DECIDE_PROPOSALS,
        message="U mag de verbetervoorstellen niet inzien.",
    )
    def get(self, proposal_id: int) -> ProposalView:
        with self.reading() as session:
            return self._view(session, self._proposal(session, proposal_id))

    def _validated(self, session: Session, data: ProposalInput) -> dict[str, object]:
        checker = Checker()
        values: dict[str, object] = {
            "title": checker.text(
                "title", data.title, PROPOSAL_TITLE, "Geef het voorstel een titel."
            ),
        }
        for key, spec in SMART_FIELDS.items():
            values[key] = checker.text(key, getattr(data, key), spec)
        checker.day("deadline", data.deadline, "De deadline")
        if data.owner_id is not None:
            owner = session.get(Employee, data.owner_id)
            if owner is None or not owner.active:
                checker.fail("owner_id", "Kies een actieve medewerker als eigenaar.")
        for complaint_id in data.complaint_ids:
            if session.get(Complaint, complaint_id) is None:
                checker.fail("complaint_ids", "Een gekozen klacht bestaat niet (meer).")
        checker.raise_if_any()
        values["deadline"] = data.deadline
        values["owner_id"] = data.owner_id
        return values

    @requires(Permission.MANAGE_PROPOSALS)
    def create(self, data: ProposalInput) -> int:
        with self.writing(Permission.MANAGE_PROPOSALS) as session:
            proposal = ImprovementProposal(**self._validated(session, data))
            proposal.source_complaints = [
                ProposalComplaint(complaint_id=c) for c in dict.fromkeys(data.complaint_ids)
            ]
            session.add(proposal)
            session.flush()
            return proposal.id

    @requires(Permission.MANAGE_PROPOSALS)
    def update(self, proposal_id: int, data: ProposalInput, version: int | None = None) -> int:
        with self.writing(Permission.MANAGE_PROPOSALS) as session:
            proposal = self._proposal(session, proposal_id, version)
            values = self._validated(session, data)
            if proposal.decision == Decision.ACCEPTED and (
                values["owner_id"] is None or values["deadline"] is None
            ):
                raise ValidationError(
                    {"owner_id": ("Een aangenomen voorstel houdt een eigenaar en een deadline.")}
                )
            for key, value in values.items():
                setattr(proposal, key, value)
            wanted = set(data.complaint_ids)
            for link in list(proposal.source_complaints):
                if link.complaint_id not in wanted:
                    proposal.source_complaints.remove(link)
            have = {link.complaint_id for link in proposal.source_complaints}
            proposal.source_complaints.extend(
                ProposalComplaint(complaint_id=c) for c in data.complaint_ids if c not in have
            )
            session.flush()
            return proposal.version

    @requires_any(
        Permission.DECIDE_PROPOSALS,
        Permission.MANAGE_PROPOSALS,
        message="U mag geen besluit over verbetervoorstellen vastleggen.",
    )
    def decide(
        self,
        proposal_id: int,
        decision: Decision,
        *,
        on: date,
        note: str | None = None,
        version: int | None = None,
    ) -> int:
        """Record management's decision (by the MT or the coordinator on its behalf)."""
        if not (
            self.user.can(Permission.DECIDE_PROPOSALS) or self.user.can(Permission.MANAGE_PROPOSALS)
        ):
            raise PermissionDenied("U mag geen besluit over verbetervoorstellen vastleggen.")
        permission = (
            Permission.DECIDE_PROPOSALS
            if self.user.can(Permission.DECIDE_PROPOSALS)
            else Permission.MANAGE_PROPOSALS
        )
        checker = Checker()
        checker.day("decision_on", on, "De datum van het besluit")
        note = checker.text("decision_note", note, DECISION_NOTE)
        checker.raise_if_any()
        with self.writing(permission) as session:
            proposal = self._proposal(session, proposal_id, version)
            if decision == Decision.ACCEPTED:
                errors = {}
                if proposal.owner_id is None:
                    errors["owner_id"] = "Een voorstel kan pas worden aangenomen met een eigenaar."
                if proposal.deadline is None:
                    errors["deadline"] = "Een voorstel kan pas worden aangenomen met een deadline."
                if errors:
                    raise ValidationError(errors)
            proposal.decision = Decision(decision)
            proposal.decision_on = on
            proposal.decision_note = note
            if decision == Decision.REJECTED:
                proposal.status = ProposalStatus.LAPSED
            session.flush()
            return proposal.version

    @requires(Permission.MANAGE_PROPOSALS)
    def add_progress(
        self,
        proposal_id: int,
        text: str,
        *,
        on: date | None = None,
        status: ProposalStatus | None = None,
    ) -> None:
        checker = Checker()
        note = checker.text("text", text, PROGRESS_TEXT, "Beschrijf de voortgang.")
        checker.day("on", on, "De datum van de voortgang")
        checker.raise_if_any()
        with self.writing(Permission.MANAGE_PROPOSALS) as session:
            proposal = self._proposal(session, proposal_id)
            proposal.progress_notes.append(
                ProgressNote(noted_on=on or self.today, text=note, author_id=self.user.employee_id)
            )
            if status is not None:
                self._set_status(proposal, status, on or self.today)

    @requires(Permission.MANAGE_PROPOSALS)
    def set_status(
        self, proposal_id: int, status: ProposalStatus, *, version: int | None = None
    ) -> list[LinkedComplaint]:
        """Change the status; when realised, returns the complaints whose complainant has
        not been told yet (offer them the letter "uw klacht heeft geleid tot een
        verbetering")."""
        with self.writing(Permission.MANAGE_PROPOSALS) as session:
            proposal = self._proposal(session, proposal_id, version)
            self._set_status(proposal, status, self.today)
            session.flush()
            view = self._view(session, proposal)
        if status == ProposalStatus.REALISED:
            return [c for c in view.complaints if c.informed_on is None]
        return []

    @staticmethod
    def _set_status(proposal: ImprovementProposal, status: ProposalStatus, on: date) -> None:
        if status in (ProposalStatus.IN_PROGRESS, ProposalStatus.REALISED) and (
            proposal.decision != Decision.ACCEPTED
        ):
            raise ServiceError("Alleen een aangenomen voorstel kan worden uitgevoerd.")
        proposal.status = ProposalStatus(status)
        proposal.realised_on = on if status == ProposalStatus.REALISED else None

    @requires_any(
        Permission.MANAGE_PROPOSALS,
        Permission.DECIDE_PROPOSALS,
        message="U mag de verbetervoorstellen niet inzien.",
    )
    def uninformed_complaints(self, proposal_id: int) -> list[LinkedComplaint]:
        return [c for c in self.get(proposal_id).complaints if c.informed_on is None]

    @requires(Permission.MANAGE_PROPOSALS)
    def record_informed(self, proposal_id: int, complaint_id: int, on: date) -> None:
        """The complainant of this complaint was told about the improvement."""
        plausible_date("on", on, "De datum van het bericht aan de klager")
        with self.writing(Permission.MANAGE_PROPOSALS) as session:
            link = session.get(ProposalComplaint, (proposal_id, complaint_id))
            if link is None:
                raise NotFound("Deze klacht hoort niet bij dit voorstel.")
            link.complainant_informed_on = on

    @requires(Permission.MANAGE_PROPOSALS)
    def from_report(self, complaint_id: int, title: str, improvement: str) -> int:
        """Turn an improvement point of a submitted form into a proposal, in one step."""
        with self.reading() as session:
            report = session.scalar(
                select(HandlingReport).where(HandlingReport.complaint_id == complaint_id)
            )
            if report is None or report.status == ReportStatus.DRAFT:
                raise ServiceError("Er is nog geen verzonden formulier voor deze klacht.")
        return self.create(
            ProposalInput(title=title, specific=improvement, complaint_ids=(complaint_id,))
        )

    @own_records(
        "the overdue proposals the caller owns; all, or another owner's, only with "
        "MANAGE_PROPOSALS or DECIDE_PROPOSALS (checked in the body)"
    )
    def overdue_for(self, employee_id: int | None) -> list[ProposalView]:
        """Overdue proposals: all for the coordinator (None), or one owner's."""
        own = employee_id is not None and employee_id == self.user.employee_id
        if not own and not (
            self.user.can(Permission.MANAGE_PROPOSALS) or self.user.can(Permission.DECIDE_PROPOSALS)
        ):
            raise PermissionDenied("U mag alleen uw eigen verbetervoorstellen inzien.")
        with self.reading() as session:
            query = select(ImprovementProposal).where(
                ImprovementProposal.deadline < self.today,
                ImprovementProposal.decision == Decision.ACCEPTED,
                ImprovementProposal.status.in_([ProposalStatus.OPEN, ProposalStatus.IN_PROGRESS]),
            )
            if employee_id is not None:
                query = query.where(ImprovementProposal.owner_id == employee_id)
            return [self._view(session, p, brief=True) for p in session.scalars(query)]
