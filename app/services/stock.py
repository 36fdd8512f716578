"""Stock per team: the open complaints per unit with how many wait for a handler, and how
long it takes from receipt to assignment and to the first contact with the complainant.

Counted in SQL: the stock grouped per unit, the lead times as a small histogram (per unit,
per number of days, a count), from which the median and the average are taken in Python.
No complaint row is read, whatever the size of the register. A complaint about employees
of two units counts in both (as the dashboard's units chart); the totals count it once.

The unit is that of the employees concerned (``FigureTables.units``); complaints about no
employee with a unit are in the totals only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Integer,
    and_,
    case,
    cast,
    func,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from app.models import OrgUnit
from app.models.enums import OPEN_STATUSES, ComplaintKind
from app.reports.data import NO_SPREAD, DaySpread, UnitStock
from app.services.figures import FigureTables

TOTAL = "Totaal"


def spread(histogram: Iterable[tuple[int, int]]) -> DaySpread:
    """Median and average of a histogram of (days, how many)."""
    bins = sorted((int(days), int(count)) for days, count in histogram if count)
    total = sum(count for _days, count in bins)
    if total == 0:
        return NO_SPREAD
    average = sum(days * count for days, count in bins) / total

    def nth(position: int) -> int:  # 0-based
        seen = 0
        for days, count in bins:
            seen += count
            if position < seen:
                return days
        raise AssertionError("position beyond the histogram")

    middle = total // 2
    median = float(nth(middle)) if total % 2 else (nth(middle - 1) + nth(middle)) / 2
    return DaySpread(total, median, average)


def _day_of(session: Session, moment: ColumnElement[Any]) -> ColumnElement[date]:
    """The calendar day of a time stamp, comparable with a date parameter on both backends."""
    if session.get_bind().dialect.name == "postgresql":
        return cast(moment, Date)
    return type_coerce(func.date(moment), Date)


def _days_between(
    session: Session, later: ColumnElement[Any], earlier: ColumnElement[Any]
) -> ColumnElement[Any]:
    """Whole calendar days from ``earlier`` to ``later`` (dates or time stamps)."""
    if session.get_bind().dialect.name == "postgresql":
        return cast(later, Date) - cast(earlier, Date)
    # Dates as text on SQLite: julianday of a day is a whole number.
    return cast(func.julianday(func.date(later)) - func.julianday(func.date(earlier)), Integer)


def unit_stock(
    session: Session,
    f: FigureTables,
    *,
    received_from: date,
    received_to: date,
    as_of: date | None = None,
) -> tuple[UnitStock, ...]:
    """The stock per unit, largest first, then the total line.

    ``as_of`` None: the stock now (the register's open statuses, the handler now); a date:
    the complaints received by then and not closed by then, unassigned when their first
    assignment came later (or never). Lead times are of complaints received in
    ``received_from`` … ``received_to``."""
    c, units = f.complaint.c, f.units.c
    complaint = c.kind == ComplaintKind.COMPLAINT.value
    assigned = f.assignments
    if as_of is None:
        still_open: ColumnElement[bool] = c.status.in_([s.value for s in OPEN_STATUSES])
        waiting: ColumnElement[bool] = c.handler_id.is_(None)
    else:
        still_open = and_(
            c.received_on <= as_of,
            or_(c.closed_on.is_(None), c.closed_on > as_of),
            # An ended complaint without a closing date (imported history) is no stock.
            or_(c.closed_on.is_not(None), c.status.in_([s.value for s in OPEN_STATUSES])),
        )
        if assigned is not None:
            first = assigned.c.assigned_at
            waiting = or_(first.is_(None), _day_of(session, first) > as_of)
        else:
            waiting = c.handler_id.is_(None)
    unassigned = func.count(func.distinct(case((waiting, c.id))))
    base = f.complaint
    if as_of is not None and assigned is not None:
        base = base.outerjoin(assigned, assigned.c.complaint_id == c.id)

    per_unit = session.execute(
        select(units.unit_id, func.count(func.distinct(c.id)), unassigned)
        .select_from(base.join(f.units, units.complaint_id == c.id))
        .where(complaint, still_open)
        .group_by(units.unit_id)
    ).all()
    total_open, total_unassigned = session.execute(
        select(func.count(func.distinct(c.id)), unassigned)
        .select_from(base)
        .where(complaint, still_open)
    ).one()

    in_period = and_(complaint, c.received_on.between(received_from, received_to))
    contact_days = _days_between(session, c.first_contact_on, c.received_on)
    contact = _histograms(
        session,
        f,
        contact_days,
        f.complaint,
        and_(in_period, c.first_contact_on.is_not(None)),
    )
    if assigned is not None:
        assignment_days = _days_between(session, assigned.c.assigned_at, c.received_on)
        assignment = _histograms(
            session,
            f,
            assignment_days,
            f.complaint.join(assigned, assigned.c.complaint_id == c.id),
            in_period,
        )
    else:
        assignment = {}

    ids = {int(u) for u, _o, _w in per_unit} | {u for u in contact if u is not None}
    ids |= {u for u in assignment if u is not None}
    names = dict(session.execute(select(OrgUnit.id, OrgUnit.name).where(OrgUnit.id.in_(ids))).all())
    stock = {int(u): (int(o), int(w)) for u, o, w in per_unit}
    lines = [
        UnitStock(
            unit_id=unit,
            name=names.get(unit, "?"),
            open=stock.get(unit, (0, 0))[0],
            unassigned=stock.get(unit, (0, 0))[1],
            to_assignment=spread(assignment.get(unit, ())),
            to_first_contact=spread(contact.get(unit, ())),
            assignment_known=assigned is not None,
        )
        for unit in ids
    ]
    lines.sort(key=lambda line: (-line.open, line.name))
    lines.append(
        UnitStock(
            unit_id=None,
            name=TOTAL,
            open=int(total_open or 0),
            unassigned=int(total_unassigned or 0),
            to_assignment=spread(assignment.get(None, ())),
            to_first_contact=spread(contact.get(None, ())),
            assignment_known=assigned is not None,
        )
    )
    return tuple(lines)


def _histograms(  # type: ignore[no-untyped-def]
    session: Session, f: FigureTables, days, source, condition
) -> dict[int | None, list[tuple[int, int]]]:
    """Per unit (None: all complaints once): (days, how many) pairs."""
    c, units = f.complaint.c, f.units.c
    found: dict[int | None, list[tuple[int, int]]] = defaultdict(list)
    # A complaint with two employees of one unit must count once in it.
    pairs = (
        select(units.unit_id.label("unit_id"), c.id.label("id"), days.label("days"))
        .select_from(source.join(f.units, units.complaint_id == c.id))
        .where(condition)
        .distinct()
        .subquery()
    )
    for unit, value, count in session.execute(
        select(pairs.c.unit_id, pairs.c.days, func.count()).group_by(pairs.c.unit_id, pairs.c.days)
    ):
        found[int(unit)].append((int(value), int(count)))
    for value, count in session.execute(
        select(days, func.count()).select_from(source).where(condition).group_by(days)
    ):
        found[None].append((int(value), int(count)))
    return found
