"""The Algemene termijnenwet: a statutory term ending on a weekend or a generally recognised
holiday runs on to the next day that is none of these (art. 1 and 3)."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.calendar import is_working_day, statutory_end


@pytest.mark.parametrize(
    ("ends_on", "runs_to"),
    [
        # Hemelvaartsdag 2026, then Friday 15 May equated by decree, then the weekend.
        (date(2026, 5, 14), date(2026, 5, 18)),
        # Eerste and Tweede Kerstdag 2025 (Thursday, Friday), then the weekend.
        (date(2025, 12, 25), date(2025, 12, 29)),
        # Goede Vrijdag 2026 (art. 3 lid 2), Easter weekend, Tweede Paasdag.
        (date(2026, 4, 3), date(2026, 4, 7)),
        (date(2026, 4, 6), date(2026, 4, 7)),
        # Hemelvaartsdag 2025 and the decree's Friday after it.
        (date(2025, 5, 29), date(2025, 6, 2)),
        # Eerste and Tweede Pinksterdag 2026.
        (date(2026, 5, 24), date(2026, 5, 26)),
        (date(2026, 5, 25), date(2026, 5, 26)),
        # Koningsdag 2025 was celebrated on Saturday 26 April (the 27th was a Sunday).
        (date(2025, 4, 26), date(2025, 4, 28)),
        # Koningsdag 2026 on a Monday.
        (date(2026, 4, 25), date(2026, 4, 28)),
        # Bevrijdingsdag counts every year, not only in the lustrum years.
        (date(2026, 5, 5), date(2026, 5, 6)),
        (date(2025, 5, 5), date(2025, 5, 6)),
        # Nieuwjaarsdag 2026 on a Thursday, Friday 2 January equated by decree.
        (date(2026, 1, 1), date(2026, 1, 5)),
        # An ordinary weekend.
        (date(2026, 6, 13), date(2026, 6, 15)),
        (date(2026, 6, 14), date(2026, 6, 15)),
    ],
)
def test_a_statutory_term_ending_on_a_day_off_runs_on_to_the_next_valid_day(
    ends_on: date, runs_to: date
) -> None:
    assert statutory_end(ends_on) == runs_to


@pytest.mark.parametrize(
    "ordinary",
    [date(2026, 6, 5), date(2026, 4, 24), date(2027, 5, 14), date(2026, 12, 24)],
)
def test_a_statutory_term_ending_on_an_ordinary_weekday_stays(ordinary: date) -> None:
    assert statutory_end(ordinary) == ordinary


def test_the_offices_own_working_days_keep_the_package_holidays_and_closing_days() -> None:
    # Bevrijdingsdag 2026 is a working day for the office's own promise ...
    assert is_working_day(date(2026, 5, 5))
    # ... and a closing day counts there, while the Atw ignores it.
    closing = date(2026, 6, 5)
    assert not is_working_day(closing, [closing])
    assert statutory_end(closing) == closing
