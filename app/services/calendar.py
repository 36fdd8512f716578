"""Working days: weekends and Dutch public holidays (``holidays`` package) are not counted,
nor are the office's own closing days."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache

import holidays


@lru_cache(maxsize=64)
def _dutch_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("NL", years=year).keys())


def warm_up(today: date | None = None) -> None:
    """Import the holidays package and compute this year's and next year's holidays, so the
    first screen that shows a deadline does not pay for it (about 250 ms at first use).
    Safe to call from a background thread: the cache only ever gains the same values."""
    year = (today or date.today()).year
    _dutch_holidays(year)
    _dutch_holidays(year + 1)


def is_working_day(day: date, closing_days: Iterable[date] = ()) -> bool:
    return (
        day.weekday() < 5
        and day not in _dutch_holidays(day.year)
        and day not in frozenset(closing_days)
    )


def add_working_days(start: date, count: int, closing_days: Iterable[date] = ()) -> date:
    """The ``count``-th working day after ``start`` (``start`` itself is not counted)."""
    closed = frozenset(closing_days)
    day = start
    remaining = count
    while remaining > 0:
        day += timedelta(days=1)
        if is_working_day(day, closed):
            remaining -= 1
    return day


def working_days_between(start: date, end: date, closing_days: Iterable[date] = ()) -> int:
    """Working days after ``start`` up to and including ``end`` (negative if end < start)."""
    if end < start:
        return -working_days_between(end, start, closing_days)
    closed = frozenset(closing_days)
    return sum(
        1
        for offset in range(1, (end - start).days + 1)
        if is_working_day(start + timedelta(days=offset), closed)
    )


_HOLIDAY_NAMES_NL = {
    "New Year's Day": "Nieuwjaarsdag",
    "Good Friday": "Goede Vrijdag",
    "Easter Sunday": "Eerste paasdag",
    "Easter Monday": "Tweede paasdag",
    "King's Day": "Koningsdag",
    "Queen's Day": "Koninginnedag",
    "Liberation Day": "Bevrijdingsdag",
    "Ascension Day": "Hemelvaartsdag",
    "Whit Sunday": "Eerste pinksterdag",
    "Pentecost": "Eerste pinksterdag",
    "Whit Monday": "Tweede pinksterdag",
    "Pentecost Monday": "Tweede pinksterdag",
    "Christmas Day": "Eerste kerstdag",
    "Second Day of Christmas": "Tweede kerstdag",
}


def public_holidays(year: int) -> list[tuple[date, str]]:
    """The Dutch public holidays of ``year`` as the holidays package gives them (Dutch)."""
    found = holidays.country_holidays("NL", years=year)
    return sorted((day, _HOLIDAY_NAMES_NL.get(name, name)) for day, name in found.items())
