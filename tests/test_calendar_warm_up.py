"""The holiday calendar can be warmed ahead of the first deadline (off the GUI thread)."""

from __future__ import annotations

from datetime import date

from app.services import calendar


def test_warming_up_computes_two_years_back_to_two_ahead_once():
    calendar._dutch_holidays.cache_clear()
    calendar.warm_up(date(2026, 6, 1))
    assert calendar._dutch_holidays.cache_info().currsize == 5
    misses = calendar._dutch_holidays.cache_info().misses
    # The deadlines that follow use the warmed sets: King's Day 2026 and New Year 2027.
    assert not calendar.is_working_day(date(2026, 4, 27))
    assert not calendar.is_working_day(date(2027, 1, 1))
    assert not calendar.is_working_day(date(2024, 12, 25))
    assert calendar._dutch_holidays.cache_info().misses == misses
