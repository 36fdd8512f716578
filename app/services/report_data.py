"""The figures behind the reports: annual overview (Awb 9:12a), quarterly report for
management and the weekly overview per handler. Counting happens in SQL; only the rows a
report lists are read into Python, so a year of 10,000 complaints takes seconds.

Everything is read from the non-personal columns in app.services.figures, so a management
login reads them on PostgreSQL, where it may not read the complaint tables themselves.
Only the names of employees concerned (the quarterly report "with names") come from the
tables, and only for who sees every complaint."""

from __future__ import annotations

import json
import statistics
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from app.models import (
    Attachment,
    AuditEvent,
    Complainant,
    Complaint,
    ComplaintEmployee,
    ConductNorm,
    Employee,
    HandlingReport,
    ImprovementProposal,
    OrgUnit,
    SubjectCategory,
)
from app.models.enums import (
    OPEN_STATUSES,
    CardColour,
    CauseKind,
    ComplaintKind,
    Judgment,
    ProposalStatus,
    Route,
    label,
)
from app.models.reference import complaint_norm, complaint_subject
from app.reports.data import (
    AnnualFigures,
    ListedComplaint,
    PeriodCounts,
    ProposalRow,
    QuarterlyFigures,
    QuarterRow,
    WeeklyOverview,
    WeeklyRow,
    YearThemes,
)
from app.services.access import requires
from app.services.base import Service
from app.services.dashboard import DashboardFigures, dashboard_figures
from app.services.figures import FigureTables, figure_tables
from app.services.permissions import Permission
from app.services.settings import read_setting, write_setting
from app.services.stock import unit_stock
from app.services.validation import LONG_TEXT, Checker, TextField

TEXT_KEYS = ("stood_out", "learned")  # "Wat viel op", "Wat hebben we geleerd"
REPORT_TEXTS = {
    "stood_out": TextField("Wat viel op", LONG_TEXT, multiline=True),
    "learned": TextField("Wat hebben we geleerd", LONG_TEXT, multiline=True),
}


def quarter_range(year: int, quarter: int) -> tuple[date, date]:
    if not 1 <= quarter <= 4:
        raise ValueError("quarter must be 1-4")
    start = date(year, 3 * (quarter - 1) + 1, 1)
    end = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
    return start, end - timedelta(days=1)


def _outcome(complaint: Any) -> str:
    """``complaint``: anything with ``status``, ``route`` and ``judgment`` (a row)."""
    if complaint.route is None:
        return "In behandeling" if complaint.status in OPEN_STATUSES else label(complaint.status)
    text = label(complaint.route)
    if complaint.route == Route.FORMAL and complaint.judgment:
        text += f" — {label(complaint.judgment).lower()}"
    return text


def _subjects_per_complaint(
    session: Session, f: FigureTables, where: ColumnElement[bool]
) -> dict[int, list[str]]:
    """The subject names of the complaints ``where`` selects, alphabetical."""
    subjects: dict[int, list[str]] = {}
    for complaint_id, name in session.execute(
        select(complaint_subject.c.complaint_id, SubjectCategory.name)
        .join(SubjectCategory, SubjectCategory.id == complaint_subject.c.subject_id)
        .join(f.complaint, f.complaint.c.id == complaint_subject.c.complaint_id)
        .where(where)
        .order_by(SubjectCategory.name)
    ):
        subjects.setdefault(complaint_id, []).append(name)
    return subjects


def _units_per_complaint(
    session: Session, f: FigureTables, where: ColumnElement[bool]
) -> dict[int, set[str]]:
    """The units of the employees concerned of the complaints ``where`` selects."""
    units: dict[int, set[str]] = {}
    for complaint_id, name in session.execute(
        select(f.units.c.complaint_id, OrgUnit.name)
        .join(OrgUnit, OrgUnit.id == f.units.c.unit_id)
        .join(f.complaint, f.complaint.c.id == f.units.c.complaint_id)
        .where(where)
    ):
        units.setdefault(complaint_id, set()).add(name)
    return units


def _year_themes(session: Session, start: date, end: date) -> YearThemes:
    """Read from the tables themselves: only for a login that reads every complaint."""
    notices = session.scalar(
        select(func.count()).where(
            Complainant.merged_into_id.is_(None),
            Complainant.no_response_notice_on.between(start, end),
        )
    )
    from_moment = datetime.combine(start, time(), tzinfo=UTC)
    to_moment = datetime.combine(end + timedelta(days=1), time(), tzinfo=UTC)
    follow_ups = session.scalar(
        select(func.count()).where(
            Attachment.is_follow_up.is_(True),
            Attachment.added_at >= from_moment,
            Attachment.added_at < to_moment,
        )
    )
    # A merge writes ``merged_into_id`` from empty to the target on the merged record; the
    # records merged into it before are pointed on too (not from empty): not counted again.
    merges = 0
    for (changes,) in session.execute(
        select(AuditEvent.changes).where(
            AuditEvent.entity == Complainant.__name__,
            AuditEvent.at >= from_moment,
            AuditEvent.at < to_moment,
            AuditEvent.changes.like('%"merged_into_id"%'),
        )
    ):
        before = (json.loads(changes or "{}").get("merged_into_id") or [None])[0]
        merges += before is None
    # Awb 9:7: the handler may not be an employee the complaint concerns.
    breaches = session.scalar(
        select(func.count(func.distinct(Complaint.id)))
        .join(ComplaintEmployee, ComplaintEmployee.complaint_id == Complaint.id)
        .where(
            Complaint.kind == ComplaintKind.COMPLAINT,
            Complaint.handler_id.is_not(None),
            ComplaintEmployee.employee_id == Complaint.handler_id,
            Complaint.received_on.between(start, end) | Complaint.closed_on.between(start, end),
        )
    )
    return YearThemes(
        persistent_notices=int(notices or 0),
        follow_ups=int(follow_ups or 0),
        merges=merges,
        awb_9_7_breaches=int(breaches or 0),
    )


class ReportDataService(Service):
    def __init__(self, db, user, *, today: date | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(db, user)
        self.today = today or date.today()

    # ----- shared counting -------------------------------------------------------------------

    @staticmethod
    def _counts(session: Session, f: FigureTables, start: date, end: date) -> PeriodCounts:
        c = f.complaint.c
        received: dict[str, int] = dict(
            session.execute(
                select(c.kind, func.count())
                .where(c.received_on.between(start, end))
                .group_by(c.kind)
            ).all()
        )
        closed_in = and_(
            c.kind == ComplaintKind.COMPLAINT,
            c.closed_on.between(start, end),
            c.route.is_not(None),
        )
        routes: dict[str, int] = dict(
            session.execute(select(c.route, func.count()).where(closed_in).group_by(c.route)).all()
        )
        judgments: dict[str, int] = dict(
            session.execute(
                select(c.judgment, func.count())
                .where(closed_in, c.route == Route.FORMAL)
                .group_by(c.judgment)
            ).all()
        )
        return PeriodCounts(
            received_complaints=int(received.get(ComplaintKind.COMPLAINT.value, 0)),
            received_signals=int(received.get(ComplaintKind.SIGNAL.value, 0)),
            handled=int(sum(routes.values())),
            informal=int(routes.get(Route.INFORMAL.value, 0)),
            formal=int(routes.get(Route.FORMAL.value, 0)),
            upheld=int(judgments.get(Judgment.UPHELD.value, 0)),
            partly_upheld=int(judgments.get(Judgment.PARTLY_UPHELD.value, 0)),
            not_upheld=int(judgments.get(Judgment.NOT_UPHELD.value, 0)),
            review=int(routes.get(Route.REVIEW.value, 0)),
            declined=int(routes.get(Route.DECLINED.value, 0)),
            withdrawn=int(routes.get(Route.WITHDRAWN.value, 0)),
        )

    @staticmethod
    def _cards(session: Session, f: FigureTables, start: date, end: date) -> tuple[int, int, int]:
        card = f.cards.c
        sent = (
            session.scalar(
                select(func.count(func.distinct(card.complaint_id))).where(
                    card.sent_on.between(start, end)
                )
            )
            or 0
        )
        returned: dict[str, int] = dict(
            session.execute(
                select(card.colour, func.count())
                .where(card.returned_on.between(start, end))
                .group_by(card.colour)
            ).all()
        )
        return (
            int(sent),
            int(returned.get(CardColour.GREEN.value, 0)),
            int(returned.get(CardColour.RED.value, 0)),
        )

    @staticmethod
    def _employee_names(session: Session, start: date, end: date) -> dict[int, list[str]]:
        """The employees concerned by name (or as typed in), per complaint received from
        ``start`` to ``end``: personal data, read from the tables themselves."""
        names: dict[int, list[str]] = {}
        for complaint_id, name, typed in session.execute(
            select(ComplaintEmployee.complaint_id, Employee.name, ComplaintEmployee.free_text_name)
            .outerjoin(Employee, Employee.id == ComplaintEmployee.employee_id)
            .join(Complaint, Complaint.id == ComplaintEmployee.complaint_id)
            .where(
                Complaint.kind == ComplaintKind.COMPLAINT,
                Complaint.received_on.between(start, end),
            )
            .order_by(ComplaintEmployee.id)
        ):
            names.setdefault(complaint_id, []).append(name if name is not None else (typed or ""))
        return names

    def _organisation(self, session: Session) -> str:
        from app.services.settings import ORGANISATION_NAME

        return str(read_setting(session, ORGANISATION_NAME) or "")

    # ----- the coordinator's own texts -------------------------------------------------------

    @requires(Permission.VIEW_REPORTS)
    def texts(self, report: str, period: str) -> dict[str, str]:
        """The coordinator's text sections of a report (e.g. 'annual', '2026')."""
        self.require(Permission.VIEW_REPORTS)
        with self.reading() as session:
            stored = read_setting(session, f"report_texts.{report}.{period}") or {}
            return {k: str(stored.get(k, "")) for k in TEXT_KEYS}

    @requires(Permission.VIEW_REPORTS)
    def save_texts(self, report: str, period: str, texts: dict[str, str]) -> None:
        checker = Checker()
        values = {k: checker.text(k, texts.get(k), REPORT_TEXTS[k]) or "" for k in TEXT_KEYS}
        checker.raise_if_any()
        with self.writing(Permission.VIEW_REPORTS) as session:
            write_setting(session, f"report_texts.{report}.{period}", values)

    # ----- annual --------------------------------------------------------------------------

    @requires(Permission.VIEW_REPORTS)
    def annual(self, year: int) -> AnnualFigures:
        self.require(Permission.VIEW_REPORTS)
        start, end = date(year, 1, 1), date(year, 12, 31)
        with self.reading() as session:
            f = figure_tables(session)
            c, report = f.complaint.c, f.handling.c
            counts = self._counts(session, f, start, end)
            previous = self._counts(session, f, date(year - 1, 1, 1), date(year - 1, 12, 31))
            in_year = and_(c.kind == ComplaintKind.COMPLAINT, c.received_on.between(start, end))
            months = dict(
                session.execute(
                    select(func.extract("month", c.received_on), func.count())
                    .where(in_year)
                    .group_by(func.extract("month", c.received_on))
                ).all()
            )
            per_month = tuple(int(months.get(m, 0)) for m in range(1, 13))
            subjects = session.execute(
                select(SubjectCategory.name, func.count())
                .join(complaint_subject, complaint_subject.c.subject_id == SubjectCategory.id)
                .join(f.complaint, c.id == complaint_subject.c.complaint_id)
                .where(in_year)
                .group_by(SubjectCategory.name)
                .order_by(func.count().desc(), SubjectCategory.name)
            ).all()
            norms = session.execute(
                select(ConductNorm.name, func.count())
                .join(complaint_norm, complaint_norm.c.norm_id == ConductNorm.id)
                .join(f.complaint, c.id == complaint_norm.c.complaint_id)
                .where(in_year)
                .group_by(ConductNorm.name)
                .order_by(func.count().desc(), ConductNorm.name)
            ).all()
            causes = session.execute(
                select(report.cause_kind, func.count())
                .join(f.complaint, c.id == report.complaint_id)
                .where(in_year, report.cause_kind.is_not(None))
                .group_by(report.cause_kind)
                .order_by(func.count().desc())
            ).all()
            # Terms on a closed-in-year basis, as the 2021 overview counted them: the
            # complaints closed in the year, whenever received, imported history included
            # (an imported row stores its computed terms; it only lacks letters and tasks).
            timing = session.execute(
                select(
                    c.received_on,
                    c.contact_due,
                    c.first_contact_on,
                    c.decision_due,
                    c.extended_to,
                    c.closed_on,
                    c.route,
                ).where(c.kind == ComplaintKind.COMPLAINT, c.closed_on.between(start, end))
            ).all()
            contact_days = [
                (r.first_contact_on - r.received_on).days for r in timing if r.first_contact_on
            ]
            close_days = [(r.closed_on - r.received_on).days for r in timing if r.closed_on]
            contacted = [r for r in timing if r.first_contact_on and r.contact_due]
            decided = [r for r in timing if r.route == Route.FORMAL and r.closed_on]
            sent, green, red = self._cards(session, f, start, end)
            other_handler = session.scalar(
                select(func.count()).where(in_year, c.other_handler_requested.is_(True))
            )
            realised = tuple(
                session.scalars(
                    select(ImprovementProposal.title)
                    .where(
                        ImprovementProposal.status == ProposalStatus.REALISED,
                        ImprovementProposal.realised_on.between(start, end),
                    )
                    .order_by(ImprovementProposal.realised_on)
                )
            )
            by_route: dict[str | None, int] = dict(
                session.execute(
                    select(c.route, func.count()).where(in_year).group_by(c.route)
                ).all()
            )
            received_by_route = tuple(
                (name, int(by_route.get(route, 0)))
                for name, route in (
                    ("Informeel afgehandeld", Route.INFORMAL.value),
                    ("Formeel afgehandeld", Route.FORMAL.value),
                    ("Inhoudelijk: herzieningsverzoek", Route.REVIEW.value),
                    ("Niet in behandeling genomen", Route.DECLINED.value),
                    ("Ingetrokken", Route.WITHDRAWN.value),
                    ("Nog in behandeling", None),
                )
            )
            readable = self.user.can(Permission.VIEW_ALL_COMPLAINTS)
            notable: tuple[tuple[str, str], ...] = ()
            themes = None
            if readable:
                notable = tuple(
                    (number, summary or "")
                    for number, summary in session.execute(
                        select(Complaint.number, Complaint.notable_summary)
                        .where(
                            Complaint.kind == ComplaintKind.COMPLAINT,
                            Complaint.notable_summary.is_not(None),
                            Complaint.notable_summary != "",
                            Complaint.received_on.between(start, end)
                            | Complaint.closed_on.between(start, end),
                        )
                        .order_by(Complaint.received_on, Complaint.number)
                    )
                )
                themes = _year_themes(session, start, end)
            stock = unit_stock(session, f, received_from=start, received_to=end, as_of=end)
            organisation = self._organisation(session)
            stored = read_setting(session, f"report_texts.annual.{year}") or {}
        return AnnualFigures(
            year=year,
            organisation=organisation,
            counts=counts,
            previous=previous,
            per_month=per_month,
            subjects=tuple((n, int(c)) for n, c in subjects),
            causes=tuple((label(CauseKind(k)), int(c)) for k, c in causes),
            norms=tuple((n, int(c)) for n, c in norms),
            contacted_in_time=(
                sum(r.first_contact_on <= r.contact_due for r in contacted),
                len(contacted),
            ),
            decided_in_time=(
                sum(
                    r.closed_on <= (r.extended_to or r.decision_due)
                    for r in decided
                    if r.decision_due
                ),
                len(decided),
            ),
            median_days_to_contact=statistics.median(contact_days) if contact_days else None,
            median_days_to_close=statistics.median(close_days) if close_days else None,
            cards_sent=sent,
            cards_green=green,
            cards_red=red,
            improvements_realised=realised,
            texts={k: str(stored.get(k, "")) for k in TEXT_KEYS},
            stock=stock,
            other_handler_requested=int(other_handler or 0),
            received_by_route=received_by_route,
            notable=notable,
            themes=themes,
        )

    # ----- quarterly -----------------------------------------------------------------------

    @requires(Permission.VIEW_REPORTS)
    def quarterly(self, year: int, quarter: int) -> QuarterlyFigures:
        self.require(Permission.VIEW_REPORTS)
        start, end = quarter_range(year, quarter)
        previous_start, previous_end = (
            quarter_range(year, quarter - 1) if quarter > 1 else quarter_range(year - 1, 4)
        )
        with self.reading() as session:
            f = figure_tables(session)
            c = f.complaint.c
            counts = self._counts(session, f, start, end)
            previous = self._counts(session, f, previous_start, previous_end)
            in_quarter = and_(c.kind == ComplaintKind.COMPLAINT, c.received_on.between(start, end))
            complaints = session.execute(
                select(c.id, c.number, c.received_on, c.status, c.route, c.judgment)
                .where(in_quarter)
                .order_by(c.received_on, c.number)
            ).all()
            subjects = _subjects_per_complaint(session, f, in_quarter)
            units = _units_per_complaint(session, f, in_quarter)
            names = (
                self._employee_names(session, start, end)
                if self.user.can(Permission.VIEW_ALL_COMPLAINTS)
                else {}
            )
            report = f.handling.c
            reports = {
                r.complaint_id: r
                for r in session.execute(
                    select(report.complaint_id, report.cause_kind, report.remedial_action)
                    .join(f.complaint, c.id == report.complaint_id)
                    .where(in_quarter)
                )
            }
            written = (
                {
                    r.complaint_id: r
                    for r in session.execute(
                        select(
                            HandlingReport.complaint_id,
                            HandlingReport.cause_text,
                            HandlingReport.improvement_points,
                        )
                        .join(Complaint, Complaint.id == HandlingReport.complaint_id)
                        .where(
                            Complaint.kind == ComplaintKind.COMPLAINT,
                            Complaint.received_on.between(start, end),
                        )
                    )
                }
                if self.user.can(Permission.VIEW_ALL_COMPLAINTS)
                else {}
            )
            rows = []
            for complaint in complaints:
                found = reports.get(complaint.id)
                form = written.get(complaint.id)
                cause = ""
                if found and found.cause_kind:
                    cause = label(found.cause_kind)
                rows.append(
                    QuarterRow(
                        number=complaint.number,
                        received_on=complaint.received_on,
                        subjects=", ".join(subjects.get(complaint.id, ())),
                        units=", ".join(sorted(units.get(complaint.id, ()))),
                        employees=", ".join(n for n in names.get(complaint.id, ()) if n),
                        cause=cause,
                        outcome=_outcome(complaint),
                        measures=(found.remedial_action or "") if found else "",
                        cause_text=(form.cause_text or "") if form else "",
                        improvement_points=(form.improvement_points or "") if form else "",
                    )
                )
            proposals = []
            # A proposal belongs to the quarters from the one it was made in: one created
            # today is not reported in an earlier quarter's report.
            made_after_quarter = datetime.combine(end + timedelta(days=1), time()).astimezone()
            for proposal in session.scalars(
                select(ImprovementProposal)
                .where(
                    ImprovementProposal.created_at < made_after_quarter,
                    (
                        ImprovementProposal.status.in_(
                            [ProposalStatus.OPEN, ProposalStatus.IN_PROGRESS]
                        )
                    )
                    | ImprovementProposal.realised_on.between(start, end)
                    | ImprovementProposal.decision_on.between(start, end),
                )
                .order_by(ImprovementProposal.deadline.nulls_last())
            ):
                owner = session.get(Employee, proposal.owner_id) if proposal.owner_id else None
                owner_text = ""
                if owner is not None:
                    owner_text = owner.job_title or ""
                    if owner.unit:
                        owner_text = f"{owner_text}, {owner.unit.name}".strip(", ")
                last = proposal.progress_notes[-1].text if proposal.progress_notes else ""
                proposals.append(
                    ProposalRow(
                        title=proposal.title,
                        decision=label(proposal.decision),
                        owner=owner_text,
                        deadline=proposal.deadline,
                        status=label(proposal.status),
                        progress=last,
                    )
                )
            _sent, green, red = self._cards(session, f, start, end)
            organisation = self._organisation(session)
            stored = read_setting(session, f"report_texts.quarterly.{year}-{quarter}") or {}
        return QuarterlyFigures(
            year=year,
            quarter=quarter,
            organisation=organisation,
            period=(start, end),
            counts=counts,
            previous=previous,
            rows=tuple(rows),
            proposals=tuple(proposals),
            cards_green=green,
            cards_red=red,
            texts={k: str(stored.get(k, "")) for k in TEXT_KEYS},
        )

    # ----- weekly --------------------------------------------------------------------------

    @requires(Permission.VIEW_REPORTS)
    def weekly(self) -> list[WeeklyOverview]:
        """Per handler: open complaints, their next deadline and what is overdue."""
        self.require(Permission.VIEW_REPORTS)
        today = self.today
        with self.reading() as session:
            c = figure_tables(session).complaint.c
            complaints = session.execute(
                select(
                    c.number,
                    c.received_on,
                    c.status,
                    c.next_deadline,
                    c.urgent,
                    c.handler_id,
                )
                .where(
                    c.kind == ComplaintKind.COMPLAINT,
                    c.status.in_([s.value for s in OPEN_STATUSES]),
                    c.handler_id.is_not(None),
                )
                .order_by(c.next_deadline.nulls_last(), c.number)
            ).all()
            per_handler: dict[int, list[WeeklyRow]] = {}
            for complaint in complaints:
                per_handler.setdefault(complaint.handler_id, []).append(
                    WeeklyRow(
                        number=complaint.number,
                        received_on=complaint.received_on,
                        status=label(complaint.status),
                        next_deadline=complaint.next_deadline,
                        overdue=bool(complaint.next_deadline and complaint.next_deadline < today),
                        urgent=complaint.urgent,
                    )
                )
            result = []
            for handler_id, rows in per_handler.items():
                handler = session.get_one(Employee, handler_id)
                result.append(
                    WeeklyOverview(handler_id, handler.name, handler.email, today, tuple(rows))
                )
        return sorted(result, key=lambda w: w.handler_name.lower())

    # ----- lists and the dashboard ---------------------------------------------------------

    @requires(Permission.VIEW_REPORTS)
    def listed_complaints(self, start: date, end: date) -> tuple[ListedComplaint, ...]:
        """The complaints received from ``start`` to ``end``, in order of receipt: three
        queries whatever their number (a year of 10,000 complaints reads in a second)."""
        self.require(Permission.VIEW_REPORTS)
        with self.reading() as session:
            f = figure_tables(session)
            c = f.complaint.c
            in_period = and_(c.kind == ComplaintKind.COMPLAINT, c.received_on.between(start, end))
            complaints = session.execute(
                select(c.id, c.number, c.received_on, c.status, c.route, c.judgment)
                .where(in_period)
                .order_by(c.received_on, c.number)
            ).all()
            subjects = _subjects_per_complaint(session, f, in_period)
            units = _units_per_complaint(session, f, in_period)
        return tuple(
            ListedComplaint(
                number=c.number,
                received_on=c.received_on,
                subjects=", ".join(subjects.get(c.id, ())),
                units=", ".join(sorted(units.get(c.id, ()))),
                outcome=_outcome(c),
            )
            for c in complaints
        )

    @requires(Permission.VIEW_REPORTS)
    def dashboard(self, today: date | None = None) -> DashboardFigures:
        """The coordinator's dashboard (see app.services.dashboard)."""
        self.require(Permission.VIEW_REPORTS)
        with self.reading() as session:
            return dashboard_figures(session, today or self.today)
