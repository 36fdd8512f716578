"""The command line and the demo data."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Column, Date, DateTime, Table, func, select

from app import __version__
from app.cli import main
from app.db import Database
from app.models import Base, Complaint, ComplaintEmployee, Employee, OrgUnit
from app.models.enums import ComplaintKind, Judgment, Route
from app.services.audit import verify_chain
from app.services.demo import fill_demo
from app.services.permissions import CurrentUser


def test_version_is_printed(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_python_dash_m_app_runs_the_same_command_line() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app", "--version"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_demo_fills_a_realistic_register(db: Database, admin: CurrentUser) -> None:
    summary = fill_demo(db, user=admin, years=3, per_year=120, today=date(2026, 11, 23))
    assert summary.units >= 8
    assert summary.employees >= 20
    with db.session_scope() as session:
        complaints = list(session.scalars(select(Complaint)))
        per_year = Counter(c.received_on.year for c in complaints)
        assert set(per_year) == {2024, 2025, 2026}
        assert all(100 <= n <= 140 for n in per_year.values())
        closed = [c for c in complaints if c.kind == ComplaintKind.COMPLAINT and c.route]
        informal = sum(c.route == Route.INFORMAL for c in closed)
        assert 0.6 < informal / len(closed) < 0.85
        assert any(c.judgment == Judgment.UPHELD for c in complaints)
        assert any(c.kind == ComplaintKind.SIGNAL for c in complaints)
        assert any(c.closed_on is None and c.kind == ComplaintKind.COMPLAINT for c in complaints)
        # Awb 9:7: no handler handles a complaint about themselves.
        concerned = {
            (row.complaint_id, row.employee_id)
            for row in session.scalars(select(ComplaintEmployee))
        }
        assert not any((c.id, c.handler_id) in concerned for c in complaints if c.handler_id)
        # Numbers per series and year are gapless and in order of receipt.
        for year in per_year:
            numbers = [
                c.number
                for c in sorted(complaints, key=lambda c: (c.received_on, c.id))
                if c.received_on.year == year and c.number.startswith("IK-")
            ]
            assert numbers == [f"IK-{year}-{i:04d}" for i in range(1, len(numbers) + 1)]
        assert verify_chain(session) is None


def test_demo_command_then_the_register_has_employees_and_units(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    assert main(["--db", url, "demo", "--years", "1", "--per-year", "20"]) == 0
    assert "Demogegevens geladen" in capsys.readouterr().out
    db = Database(url)
    try:
        with db.session_scope() as session:
            assert session.scalar(select(func.count()).select_from(Employee)) > 20
            assert session.scalar(select(func.count()).select_from(OrgUnit)) >= 8
    finally:
        db.dispose()
    # A second run refuses: the register is no longer empty.
    assert main(["--db", url, "demo"]) == 1
    assert "bevat al klachten" in capsys.readouterr().err


def test_a_database_that_cannot_be_opened_gives_a_clear_message(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    blocked = tmp_path / "geen-map"
    blocked.write_text("dit is een bestand, geen map")
    assert main(["--db", f"sqlite:///{blocked}/k.db", "demo"]) == 2
    err = capsys.readouterr().err
    assert "kan niet worden geopend" in err
    assert "Traceback" not in err


# Dates that lie ahead by nature: terms, expected dates, deadlines, office closing days.
_FUTURE_BY_NATURE = {
    ("closing_day", "day"),
    ("complaint", "contact_due"),
    ("complaint", "decision_due"),
    ("complaint", "extended_to"),
    ("complaint", "expected_on"),
    ("complaint", "next_deadline"),
    ("improvement_proposal", "deadline"),
    ("promise", "due_on"),
    ("task", "due_on"),
}


def _date_columns() -> list[tuple[Table, Column[Any]]]:
    found = []
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            kind = getattr(column.type, "impl", column.type)
            # Timestamps of the loading itself (row bookkeeping, the audit trail) are not acts.
            if column.name in ("created_at", "updated_at") or table.name == "audit_event":
                continue
            if isinstance(kind, Date | DateTime):
                found.append((table, column))
    return found


def test_the_demo_records_no_act_on_a_date_after_today(db: Database, admin: CurrentUser) -> None:
    today = date(2026, 11, 23)  # fixed, so the seeded demo is the same on every run
    fill_demo(db, user=admin, years=2, per_year=150, today=today)
    columns = [(t, c) for t, c in _date_columns() if (t.name, c.name) not in _FUTURE_BY_NATURE]
    assert ("complaint", "manager_copy_start_on") in {(t.name, c.name) for t, c in columns}
    in_future = {}
    with db.session_scope() as session:
        for table, column in columns:
            latest = session.scalar(select(func.max(column)))
            if isinstance(latest, datetime):
                latest = latest.astimezone().date()
            if latest is not None and latest > today:
                in_future[f"{table.name}.{column.name}"] = latest
    assert in_future == {}, in_future
