"""Measure the register import against a bare openpyxl read of the same file (not a test).

    PYTHONPATH=$PWD python scripts/measure_import.py --rows 10000 [--profile] [--runs 3]

Makes an .xlsx in the register's columns, then times, side by side in one run: openpyxl's
read_only read of every cell; our preview (read_sheet + preview); our import (into a fresh
SQLite database). Prints medians and the ratio of preview+import to the bare read.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import resource
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook, load_workbook

from app.db import Database
from app.migrate import upgrade_database
from app.services.demo import CITIES, COMPLAINT_TEXTS, FIRST_NAMES, STREETS, SURNAMES
from app.services.identity import set_up_first_use
from app.services.register_io import COLUMNS, RegisterImportService, read_sheet

UNITS = [f"Team {c}" for c in "ABCDEFGH"]
EMPLOYEES = [f"{f} {s}" for f, s in zip(FIRST_NAMES[:30], SURNAMES[:30], strict=False)]
SUBJECTS = ["Bejegening", "Termijn", "Communicatie", "Besluit", "Bereikbaarheid"]


def make_sheet(path: Path, rows: int, seed: int = 14) -> Path:
    rng = random.Random(seed)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Register")
    sheet.append(list(COLUMNS))
    start = date(2019, 1, 1)
    for n in range(rows):
        received = start + timedelta(days=rng.randrange(2000))
        signal = rng.random() < 0.1
        closed = received + timedelta(days=rng.randrange(5, 60)) if rng.random() < 0.8 else None
        route = rng.choice(["informeel", "formeel"]) if closed else None
        handler = rng.choice(EMPLOYEES) if rng.random() < 0.7 else None
        first = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
        employee = rng.choice(EMPLOYEES)
        digits, city = rng.choice(CITIES)
        sheet.append(
            [
                None,
                "signaal" if signal else "klacht",
                received,
                rng.choice(["E-mail", "Post", "Telefoon", "Contactformulier"]),
                first if not signal else None,
                f"{rng.choice(STREETS)} {rng.randrange(1, 200)}" if not signal else None,
                f"{digits} {rng.choice('ABCDEFGH')}{rng.choice('JKLMNP')}",
                city,
                f"06-{rng.randrange(10000000, 99999999)}" if rng.random() < 0.6 else None,
                f"p{n}@example.com",
                employee,
                UNITS[EMPLOYEES.index(employee) % len(UNITS)],
                f"D-{n}" if rng.random() < 0.3 else None,
                f"{rng.choice(COMPLAINT_TEXTS)} (regel {n})",
                "; ".join(rng.sample(SUBJECTS, rng.randrange(1, 3))),
                handler,
                route,
                ("gegrond" if route == "formeel" else None),
                received + timedelta(days=2) if handler else None,
                closed,
                "Werkproces: post lag te lang" if closed and handler and n % 3 == 0 else None,
                "Excuses aangeboden" if closed and handler and n % 3 == 0 else None,
                None,
            ]
        )
    workbook.save(path)
    return path


def bare_read(path: Path) -> int:
    workbook = load_workbook(path, read_only=True, data_only=True)
    count = 0
    for row in workbook.active.iter_rows(values_only=True):
        count += len(row)
    workbook.close()
    return count


def fresh_database(folder: Path) -> tuple[Database, object]:
    path = folder / f"import-{time.monotonic_ns()}.db"
    db = Database(f"sqlite:///{path}")
    upgrade_database(db, backup_folder=folder / "backups")
    admin = set_up_first_use(db, organisation_name="Meting", user_name="Proef Meter", login="meter")
    return db, admin


REPORTS: list[tuple[int, int]] = []


def _progress(done: int, total: int) -> bool:
    REPORTS.append((done, total))
    return True


def preview_and_import(db: Database, admin: object, path: Path) -> tuple[float, float]:
    """The import as the wizard runs it (read, check, write), timed in two halves."""
    service = RegisterImportService(db, admin)  # type: ignore[arg-type]
    began = time.perf_counter()
    preview = service.preview(read_sheet(path), progress=_progress)
    middle = time.perf_counter()
    result = service.import_rows(preview, valid_only=True, create_people=True, progress=_progress)
    ended = time.perf_counter()
    assert result.created > 0, result
    return middle - began, ended - middle


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--folder", default=None)
    args = parser.parse_args()
    folder = Path(args.folder or tempfile.mkdtemp(prefix="measure-import-"))
    sheet = folder / f"register-{args.rows}.xlsx"
    if not sheet.exists():
        make_sheet(sheet, args.rows)
    print(f"sheet {sheet} ({sheet.stat().st_size / 1e6:.1f} MB)")
    if args.profile:
        db, admin = fresh_database(folder)
        profiler = cProfile.Profile()
        profiler.enable()
        preview_and_import(db, admin, sheet)
        profiler.disable()
        stats = pstats.Stats(profiler)
        stats.sort_stats("cumulative").print_stats(35)
        stats.sort_stats("tottime").print_stats(25)
        return
    reads, previews, imports = [], [], []
    for _ in range(args.runs):
        began = time.perf_counter()
        bare_read(sheet)
        reads.append(time.perf_counter() - began)
        db, admin = fresh_database(folder)
        p, i = preview_and_import(db, admin, sheet)
        previews.append(p)
        imports.append(i)
        db.dispose()
    read, preview, imported = (statistics.median(x) for x in (reads, previews, imports))
    print(f"openpyxl read_only read: {read:.2f} s")
    print(f"preview (read_sheet + preview): {preview:.2f} s  ({preview / read:.2f}x)")
    print(f"import: {imported:.2f} s")
    print(f"preview + import: {preview + imported:.2f} s  -> {(preview + imported) / read:.2f}x")
    print(f"progress reports: {len(REPORTS)}, last {REPORTS[-1] if REPORTS else None}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (maxrss): {peak:.0f} MB")


if __name__ == "__main__":
    main()
