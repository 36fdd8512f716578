"""The holiday table kept between starts: the first screen's deadlines do not wait for the
holidays package's import, and what the package says still counts."""

from __future__ import annotations

import json
import logging
import os
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from app.services import calendar


@pytest.fixture
def fresh_calendar():
    """The calendar's caches emptied before and after: other tests see the package's days."""

    def clear() -> None:
        calendar._stored_table.cache_clear()
        calendar._dutch_holidays.cache_clear()
        calendar.statutory_holidays.cache_clear()

    clear()
    yield calendar
    clear()


def test_warming_up_keeps_the_package_answers_for_the_owner_only(fresh_calendar):
    fresh_calendar.warm_up(date(2026, 6, 1))
    path = fresh_calendar._table_path()
    content = json.loads(path.read_text(encoding="utf-8"))
    assert sorted(content["years"]) == ["2024", "2025", "2026", "2027", "2028"]
    assert "2026-04-27" in content["years"]["2026"]  # Koningsdag
    assert "2027-01-01" in content["years"]["2027"]
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert not [name for name in os.listdir(path.parent) if name.endswith(".tmp")]


def test_a_start_with_a_kept_table_computes_deadlines_without_the_package(fresh_calendar, tmp_path):
    fresh_calendar.warm_up(date(2026, 6, 1))
    script = (
        "import sys\n"
        "from datetime import date\n"
        "from app.services import calendar\n"
        "print(calendar.add_working_days(date(2026, 4, 24), 1))\n"
        "print(calendar.statutory_end(date(2026, 5, 15)))\n"
        "print('holidays' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    # Monday 27 April 2026 is Koningsdag; Friday 15 May 2026 is a day equated by decree.
    assert done.stdout.split() == ["2026-04-28", "2026-05-18", "False"]


def test_a_table_from_another_package_version_is_not_used(fresh_calendar):
    path = fresh_calendar._table_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    # Made by an older package that (wrongly) had no Koningsdag in 2026.
    path.write_text(
        json.dumps({"format": 1, "made_by": "holidays 0.1", "years": {"2026": []}}),
        encoding="utf-8",
    )
    assert not fresh_calendar.is_working_day(date(2026, 4, 27))


def test_a_damaged_table_is_ignored_and_made_again(fresh_calendar, caplog):
    path = fresh_calendar._table_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"format": 1, "made_by": ', encoding="utf-8")
    caplog.set_level(logging.INFO, logger="app.services.calendar")
    assert not fresh_calendar.is_working_day(date(2026, 12, 25))
    assert "holiday table not used: JSONDecodeError" in caplog.text
    fresh_calendar.warm_up(date(2026, 6, 1))
    assert json.loads(path.read_text(encoding="utf-8"))["years"]["2026"]


def test_a_kept_table_that_differs_from_the_package_is_corrected_by_the_warm_up(
    fresh_calendar,
):
    path = fresh_calendar._table_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    # Same package version, but a day missing (a table written before an update, say).
    path.write_text(
        json.dumps(
            {"format": 1, "made_by": fresh_calendar._table_identity(), "years": {"2026": []}}
        ),
        encoding="utf-8",
    )
    assert fresh_calendar.is_working_day(date(2026, 4, 27))  # the table's (wrong) answer
    fresh_calendar.warm_up(date(2026, 6, 1))
    assert not fresh_calendar.is_working_day(date(2026, 4, 27))
    kept = json.loads(path.read_text(encoding="utf-8"))["years"]["2026"]
    assert "2026-04-27" in kept


def test_the_table_follows_the_user_cache_folder(fresh_calendar):
    assert fresh_calendar._table_path().parent == Path(os.environ["XDG_CACHE_HOME"]) / (
        "interne-klachten"
    )
