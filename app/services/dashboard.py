"""The figures of the coordinator's dashboard: the work stock, inflow and outflow per week,
the age of open complaints against their terms, open complaints per unit and per subject,
and returned feedback cards. Counted in SQL (grouped per day, unit or subject); only those
small groups are read into Python.

"Open" is what the register calls open: a complaint (not a signal) whose status is one of
``OPEN_STATUSES``; "overdue" is the register's: its next deadline has passed. So every bar
can open the register with a filter that shows the complaints it counts
(``RegisterFilter(kind=COMPLAINT, open_only=True, …)``).

Everything is read from the non-personal columns in app.services.figures, so management
reads the dashboard on PostgreSQL without any right on the complaint tables themselves.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from app.models import OrgUnit, SubjectCategory
from app.models.enums import OPEN_STATUSES, CardColour, ComplaintKind
from app.models.reference import complaint_subject
from app.reports.data import UnitStock
from app.services.deadlines import active_profile
from app.services.figures import FigureTables, figure_tables
from app.services.stock import unit_stock

WEEKS = 26
CARD_MONTHS = 12


@dataclass(frozen=True)
class WeekFigures:
    monday: date
    sunday: date
    inflow: int  # complaints received in the week
    outflow: int  # complaints closed in the week
    open_at_end: int  # complaints open at the end of the week (received, not yet closed)


# The age chart warns (amber) when the decision term ends within this many days.
DECISION_NEAR_DAYS = 7


@dataclass(frozen=True)
class AgeBand:
    """Open complaints received between ``youngest_days`` and ``oldest_days`` days ago, by
    their decision term (Awb 9:11, or its extension): the age chart speaks of that term
    only, like the "beslistermijn verstreken" tile, so its red is the tile's figure."""

    label: str
    youngest_days: int
    oldest_days: int | None  # None: no upper bound
    running: int  # decision term more than a week away (or none)
    overdue: int  # decision term passed
    near: int = 0  # decision term ends within DECISION_NEAR_DAYS

    @property
    def total(self) -> int:
        return self.running + self.near + self.overdue

    def received_range(self, today: date) -> tuple[date | None, date]:
        """(received_from, received_to) for the register's filter."""
        oldest = None if self.oldest_days is None else today - timedelta(days=self.oldest_days)
        return oldest, today - timedelta(days=self.youngest_days)


@dataclass(frozen=True)
class GroupCount:
    id: int
    name: str
    open: int
    overdue: int


@dataclass(frozen=True)
class CardMonth:
    month: date  # the first of the month
    green: int
    red: int


@dataclass(frozen=True)
class DashboardFigures:
    today: date
    open_complaints: int
    overdue: int
    no_contact_overdue: int  # no first contact yet and the contact term has passed
    decision_overdue: int  # the decision term (or its extension) has passed
    contact_days: int  # the regulation's terms, for the labels
    decision_weeks: int
    extension_weeks: int
    weeks: tuple[WeekFigures, ...]
    ages: tuple[AgeBand, ...]
    units: tuple[GroupCount, ...]  # by the unit of the employees concerned
    subjects: tuple[GroupCount, ...]
    cards: tuple[CardMonth, ...]
    # Open stock per team with the unassigned, and the lead times of the complaints
    # received in the dashboard's weeks; the last line is the total.
    stock: tuple[UnitStock, ...] = ()
    # The backlog action plan's working tools: open complaints marked spoed, in the fast
    # lane, and the clusters that still have an open complaint.
    urgent_open: int = 0
    fast_lane_open: int = 0
    open_clusters: int = 0


def _open(f: FigureTables) -> list[ColumnElement[bool]]:
    c = f.complaint.c
    return [
        c.kind == ComplaintKind.COMPLAINT.value,
        c.status.in_([s.value for s in OPEN_STATUSES]),
    ]


def _weeks(session: Session, f: FigureTables, today: date) -> tuple[WeekFigures, ...]:
    this_monday = today - timedelta(days=today.weekday())
    first = this_monday - timedelta(weeks=WEEKS - 1)
    c = f.complaint.c
    complaint = c.kind == ComplaintKind.COMPLAINT.value
    before = int(
        session.scalar(
            select(func.count())
            .select_from(f.complaint)
            .where(
                complaint,
                c.received_on < first,
                or_(c.closed_on.is_(None), c.closed_on >= first),
            )
        )
        or 0
    )
    inflow: dict[date, int] = dict(
        session.execute(
            select(c.received_on, func.count())
            .where(complaint, c.received_on.between(first, today))
            .group_by(c.received_on)
        ).all()
    )
    outflow: dict[date, int] = dict(
        session.execute(
            select(c.closed_on, func.count())
            .where(complaint, c.closed_on.between(first, today))
            .group_by(c.closed_on)
        ).all()
    )
    weeks = []
    stock = before
    for index in range(WEEKS):
        monday = first + timedelta(weeks=index)
        days = [monday + timedelta(days=d) for d in range(7)]
        week_in = sum(int(inflow.get(d, 0)) for d in days)
        week_out = sum(int(outflow.get(d, 0)) for d in days)
        stock += week_in - week_out
        weeks.append(WeekFigures(monday, days[-1], week_in, week_out, stock))
    return tuple(weeks)


def _age_edges(decision_weeks: int, extension_weeks: int) -> list[int]:
    """Band edges in days: a week (about the contact term), two and four weeks, the
    decision term and the decision term plus its extension."""
    edges = sorted({7, 14, 28, 7 * decision_weeks, 7 * (decision_weeks + extension_weeks)})
    return [e for e in edges if e > 0]


def _weeks_text(days: int) -> str:
    weeks = days // 7
    return f"{weeks} week" if weeks == 1 else f"{weeks} weken"


def _ages(
    session: Session, f: FigureTables, today: date, decision_weeks: int, extension_weeks: int
) -> tuple[AgeBand, ...]:
    c = f.complaint.c
    decision = func.coalesce(c.extended_to, c.decision_due)
    near_until = today + timedelta(days=DECISION_NEAR_DAYS)
    rows = session.execute(
        select(
            c.received_on,
            func.count(),
            func.sum(case((decision < today, 1), else_=0)),
            func.sum(case((and_(decision >= today, decision <= near_until), 1), else_=0)),
        )
        .where(*_open(f))
        .group_by(c.received_on)
    ).all()
    edges = _age_edges(decision_weeks, extension_weeks)
    bands: list[tuple[str, int, int | None]] = []
    youngest = 0
    for edge in edges:
        name = f"≤ {_weeks_text(edge)}" if youngest == 0 else f"{youngest // 7}–{_weeks_text(edge)}"
        bands.append((name, youngest, edge))
        youngest = edge + 1
    bands.append((f"> {_weeks_text(edges[-1])}", youngest, None))
    running = [0] * len(bands)
    near = [0] * len(bands)
    overdue = [0] * len(bands)
    for received_on, count, late, soon in rows:
        age = (today - received_on).days
        index = 0  # received in the future: counted with the youngest
        for position, (_name, low, high) in enumerate(bands):
            if age >= low and (high is None or age <= high):
                index = position
                break
        overdue[index] += int(late or 0)
        near[index] += int(soon or 0)
        running[index] += int(count) - int(late or 0) - int(soon or 0)
    return tuple(
        AgeBand(name, low, high, running[i], overdue[i], near[i])
        for i, (name, low, high) in enumerate(bands)
    )


def _late(f: FigureTables, today: date):  # type: ignore[no-untyped-def]
    c = f.complaint.c
    return func.count(func.distinct(case((c.next_deadline < today, c.id))))


def _units(session: Session, f: FigureTables, today: date) -> tuple[GroupCount, ...]:
    c, units = f.complaint.c, f.units.c
    rows = session.execute(
        select(OrgUnit.id, OrgUnit.name, func.count(func.distinct(c.id)), _late(f, today))
        .select_from(f.complaint)
        .join(f.units, units.complaint_id == c.id)
        .join(OrgUnit, OrgUnit.id == units.unit_id)
        .where(*_open(f))
        .group_by(OrgUnit.id, OrgUnit.name)
        .order_by(func.count(func.distinct(c.id)).desc(), OrgUnit.name)
    ).all()
    return tuple(GroupCount(int(i), n, int(count), int(o)) for i, n, count, o in rows)


def _subjects(session: Session, f: FigureTables, today: date) -> tuple[GroupCount, ...]:
    c = f.complaint.c
    rows = session.execute(
        select(
            SubjectCategory.id,
            SubjectCategory.name,
            func.count(func.distinct(c.id)),
            _late(f, today),
        )
        .select_from(f.complaint)
        .join(complaint_subject, complaint_subject.c.complaint_id == c.id)
        .join(SubjectCategory, SubjectCategory.id == complaint_subject.c.subject_id)
        .where(*_open(f))
        .group_by(SubjectCategory.id, SubjectCategory.name)
        .order_by(func.count(func.distinct(c.id)).desc(), SubjectCategory.name)
    ).all()
    return tuple(GroupCount(int(i), n, int(count), int(o)) for i, n, count, o in rows)


def _month_start(day: date, back: int = 0) -> date:
    month = day.year * 12 + day.month - 1 - back
    return date(month // 12, month % 12 + 1, 1)


def _cards(session: Session, f: FigureTables, today: date) -> tuple[CardMonth, ...]:
    first = _month_start(today, CARD_MONTHS - 1)
    card = f.cards.c
    per_month: dict[tuple[date, str], int] = defaultdict(int)
    for returned_on, colour, count in session.execute(
        select(card.returned_on, card.colour, func.count())
        .where(card.returned_on.between(first, today))
        .group_by(card.returned_on, card.colour)
    ):
        per_month[(_month_start(returned_on), colour)] += int(count)
    months = [_month_start(today, back) for back in range(CARD_MONTHS - 1, -1, -1)]
    return tuple(
        CardMonth(
            m,
            per_month[(m, CardColour.GREEN.value)],
            per_month[(m, CardColour.RED.value)],
        )
        for m in months
    )


def dashboard_figures(session: Session, today: date) -> DashboardFigures:
    profile = active_profile(session)
    f = figure_tables(session)
    c = f.complaint.c
    open_rows = session.execute(
        select(
            func.count(),
            func.sum(case((c.next_deadline < today, 1), else_=0)),
            func.sum(
                case(
                    (and_(c.first_contact_on.is_(None), c.contact_due < today), 1),
                    else_=0,
                )
            ),
            func.sum(case((func.coalesce(c.extended_to, c.decision_due) < today, 1), else_=0)),
            func.sum(case((c.urgent.is_(True), 1), else_=0)),
            func.sum(case((c.fast_lane.is_(True), 1), else_=0)),
            func.count(func.distinct(c.cluster_id)),
        )
        .select_from(f.complaint)
        .where(*_open(f))
    ).one()
    return DashboardFigures(
        today=today,
        open_complaints=int(open_rows[0] or 0),
        overdue=int(open_rows[1] or 0),
        no_contact_overdue=int(open_rows[2] or 0),
        decision_overdue=int(open_rows[3] or 0),
        urgent_open=int(open_rows[4] or 0),
        fast_lane_open=int(open_rows[5] or 0),
        open_clusters=int(open_rows[6] or 0),
        contact_days=profile.contact_working_days,
        decision_weeks=profile.decision_weeks,
        extension_weeks=profile.extension_max_weeks,
        weeks=_weeks(session, f, today),
        ages=_ages(session, f, today, profile.decision_weeks, profile.extension_max_weeks),
        units=_units(session, f, today),
        subjects=_subjects(session, f, today),
        cards=_cards(session, f, today),
        stock=unit_stock(
            session,
            f,
            received_from=today - timedelta(days=today.weekday(), weeks=WEEKS - 1),
            received_to=today,
        ),
    )
