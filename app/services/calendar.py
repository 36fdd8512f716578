"""Working days: weekends and Dutch public holidays (``holidays`` package) are not counted,
nor are the office's own closing days. Statutory terms follow the Algemene termijnenwet
instead: only the law's days off count there, never the office's closing days."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

# The holidays package's answers for the years used lately, kept in the user's cache folder:
# importing the package costs some 90 ms, and the first screen (Vandaag's deadlines) would
# pay it at every start. Written by ``warm_up`` (after the first screen, off the GUI thread);
# read only when it was made by the same version of the holidays package.
HOLIDAY_TABLE_FILE = "dutch-holidays.json"
_TABLE_FORMAT = 1
_table_lock = threading.Lock()


def _table_identity() -> str:
    """Which holidays package made a table: its installed version (from its metadata,
    which the package itself reads at import, so a frozen build has it too)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"holidays {version('holidays')}"
    except PackageNotFoundError:
        from app import __version__

        return f"holidays bundled with {__version__}"


def _table_path() -> Path:
    from app.paths import cache_root

    return cache_root() / HOLIDAY_TABLE_FILE


@lru_cache(maxsize=1)
def _stored_table() -> dict[int, frozenset[date]]:
    """The years in the kept table, when it was made by this holidays package; else none."""
    try:
        content = json.loads(_table_path().read_text(encoding="utf-8"))
        if content.get("format") != _TABLE_FORMAT or content.get("made_by") != _table_identity():
            return {}
        return {
            int(year): frozenset(date.fromisoformat(day) for day in days)
            for year, days in content["years"].items()
        }
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as error:
        log.info("holiday table not used: %s", type(error).__name__)  # made again by warm_up
        return {}


def _package_holidays(year: int) -> frozenset[date]:
    # Imported on first use, not with this module (see HOLIDAY_TABLE_FILE).
    import holidays

    return frozenset(holidays.country_holidays("NL", years=year).keys())


@lru_cache(maxsize=64)
def _dutch_holidays(year: int) -> frozenset[date]:
    kept = _stored_table().get(year)
    return kept if kept is not None else _package_holidays(year)


def _keep_table(years: dict[int, frozenset[date]]) -> None:
    """Write the table (owner only, written beside and renamed: never half a file)."""
    from app.atomic_files import write_bytes_atomically
    from app.paths import user_cache_dir

    content = {
        "format": _TABLE_FORMAT,
        "made_by": _table_identity(),
        "years": {
            str(year): sorted(day.isoformat() for day in days) for year, days in years.items()
        },
    }
    with _table_lock:
        try:
            # In the program's own cache folder, made private if it was not.
            path = user_cache_dir() / HOLIDAY_TABLE_FILE
            write_bytes_atomically(path, json.dumps(content).encode("utf-8"))
        except OSError as error:
            log.info("holiday table not kept: %s", type(error).__name__)


def warm_up(today: date | None = None) -> None:
    """Compute the holidays of two years back to two years ahead with the holidays
    package, so that a screen showing a deadline does not pay for its import, and keep them
    for the next start (``HOLIDAY_TABLE_FILE``). Safe to call from a background thread: the
    caches only ever gain the same values.

    The package is asked even when the kept table has these years: what it says is what
    counts, and a table that differs (an update of the package moved a day) is rewritten
    and the computed days are dropped, so the next deadline uses the package's answer."""
    year = (today or date.today()).year
    fresh = {each: _package_holidays(each) for each in range(year - 2, year + 3)}
    kept = _stored_table()
    if any(kept.get(each) != days for each, days in fresh.items()):
        _keep_table(fresh)
        if any(each in kept for each in fresh):
            _stored_table.cache_clear()
            _dutch_holidays.cache_clear()
            statutory_holidays.cache_clear()
    for each in fresh:
        _dutch_holidays(each)


# Days equated with a generally recognised holiday by decree (Atw art. 3 lid 3), published
# in the Staatscourant about every three years; add the next decree's days when it appears.
# Sources: "Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december
# 2024 en 30 mei 2025 met een algemeen erkende feestdag" and "Besluit gelijkstelling van
# 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen
# erkende feestdag".
EQUATED_BY_DECREE: frozenset[date] = frozenset(
    {
        date(2023, 4, 28),
        date(2023, 5, 19),
        date(2024, 5, 10),
        date(2024, 12, 27),
        date(2025, 5, 30),
        date(2026, 1, 2),
        date(2026, 5, 15),
        date(2027, 5, 7),
        date(2028, 4, 28),
        date(2028, 5, 26),
    }
)


@lru_cache(maxsize=64)
def statutory_holidays(year: int) -> frozenset[date]:
    """The days of ``year`` on which no statutory term ends (Atw art. 3), weekends aside.

    The holidays package gives the days of art. 3 lid 1 (Koningsdag already moved to 26 April
    when the 27th is a Sunday) and Goede Vrijdag (lid 2), but Bevrijdingsdag only in lustrum
    years, while the Atw names the fifth of May every year; the decree days come on top.
    """
    days = set(_dutch_holidays(year))
    days.add(date(year, 5, 5))
    days.update(day for day in EQUATED_BY_DECREE if day.year == year)
    return frozenset(days)


def is_statutory_day_off(day: date) -> bool:
    return day.weekday() >= 5 or day in statutory_holidays(day.year)


def statutory_end(day: date) -> date:
    """The last day of a statutory term that would end on ``day`` (Atw art. 1): a term
    ending on a Saturday, Sunday or generally recognised holiday runs on to the next day that
    is none of these. The office's closing days play no part."""
    while is_statutory_day_off(day):
        day += timedelta(days=1)
    return day


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
    import holidays  # the names are not kept in the table (HOLIDAY_TABLE_FILE)

    found = holidays.country_holidays("NL", years=year)
    return sorted((day, _HOLIDAY_NAMES_NL.get(name, name)) for day, name in found.items())
