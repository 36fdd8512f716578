"""Complaint numbers: ``IK-<year>-<4 digits>`` (signals ``SG-…``), per year, in order of
registration, never a gap or a duplicate.

The counter row is updated inside the registering transaction: the row lock (PostgreSQL)
or the write lock (SQLite, BEGIN IMMEDIATE) serialises concurrent registrations, and a
rollback gives the number back, so no gap can appear.
"""

from __future__ import annotations

from sqlalchemy import insert, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.models import NumberSeries
from app.models.enums import ComplaintKind

SERIES = {ComplaintKind.COMPLAINT: "IK", ComplaintKind.SIGNAL: "SG"}


def format_number(series: str, year: int, sequence: int) -> str:
    return f"{series}-{year}-{sequence:04d}"


def next_number(session: Session, kind: ComplaintKind, year: int) -> str:
    return next_numbers(session, kind, year, 1)[0]


def next_numbers(session: Session, kind: ComplaintKind, year: int, count: int) -> list[str]:
    """The next ``count`` numbers of a series and year, taken with one counter update (an
    import numbering thousands of rows)."""
    series = SERIES[kind]
    table = NumberSeries.__table__
    for _attempt in range(3):
        last = session.execute(
            update(table)
            .where(table.c.series == series, table.c.year == year)
            .values(last_number=table.c.last_number + count)
            .returning(table.c.last_number)
        ).scalar_one_or_none()
        if last is None:
            try:
                with session.begin_nested():
                    session.execute(
                        insert(table).values(series=series, year=year, last_number=count)
                    )
            except IntegrityError:
                continue  # another workstation created the year's counter first; update it
            last = count
        return [format_number(series, year, n) for n in range(last - count + 1, last + 1)]
    raise RuntimeError("could not obtain a complaint number")
