"""One benchmark with ratios (issue 14): every figure measured side by side with a bare
baseline of the same shape in the same run, so that a busy machine shows in both.

No Qt here (layers): start-up and the screens are measured in subprocesses
(``python -m app … gui --exit-when-shown --timings``, ``python -m app.bench.baseline``,
``python -m app.ui.bench_ui``), whose peak memory comes from ``os.wait4``.
"""

from __future__ import annotations

import io
import json
import logging
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text

from app.db import Database
from app.models import Complaint
from app.models.enums import ComplaintKind, Role, Status
from app.services.permissions import CurrentUser
from app.services.search import fts5_query, search_terms, tsquery

log = logging.getLogger(__name__)

STARTUP_LINE = re.compile(
    r"startup first_paint_ms=(?P<paint>[\d.]+) ready_ms=(?P<ready>[\d.]+)"
    r"(?: peak_rss_mb=(?P<rss>[\d.]+))?"
)
SUBPROCESS_TIMEOUT = 600
NAMES = ("startup", "screens", "register", "open", "annual", "import", "cards")


@dataclass(frozen=True)
class Figure:
    """One row of the table. ``target_ratio`` bounds ours/baseline, ``target_abs`` bounds
    ours itself (in the figure's unit); ``None`` for ours means not measurable (n/a)."""

    group: str
    name: str
    unit: str
    ours: float | None
    baseline: float | None
    target_ratio: float | None = None
    target_abs: float | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.ours is None or not self.baseline:
            return None
        return self.ours / self.baseline

    @property
    def target(self) -> str:
        parts = []
        if self.target_ratio is not None:
            parts.append(f"≤ {self.target_ratio:g}×")
        if self.target_abs is not None:
            parts.append(f"≤ {self.target_abs:g} {self.unit}")
        return ", ".join(parts) or "—"

    @property
    def ok(self) -> bool | None:
        if self.ours is None:
            return None
        checks = []
        if self.target_ratio is not None and self.ratio is not None:
            checks.append(self.ratio <= self.target_ratio)
        if self.target_abs is not None:
            checks.append(self.ours <= self.target_abs)
        return all(checks) if checks else None

    def as_json(self) -> dict[str, Any]:
        return {**asdict(self), "ratio": self.ratio, "target": self.target, "ok": self.ok}


def _coordinator() -> CurrentUser:
    return CurrentUser(
        login="bench",
        employee_id=None,
        name="Benchmark",
        roles=frozenset({Role.COORDINATOR, Role.ADMINISTRATOR}),
    )


def median_ms(action: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(max(1, repeats)):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


# ----- subprocesses ------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout: str
    stderr: str
    peak_rss_mb: float
    wall_ms: float


def run_measured(args: list[str], *, env: dict[str, str] | None = None) -> Run:
    """Run a child to its end; its own peak memory from ``wait4`` (not the children's
    running maximum, which would mix the runs)."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    # Timed like an installed program, which has its bytecode caches (pip writes them).
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    with (
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as err,
    ):
        started = time.perf_counter()
        child = subprocess.Popen(args, stdout=out, stderr=err, env=environment)
        deadline = started + SUBPROCESS_TIMEOUT
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                child.kill()
                pid, status, usage = os.wait4(child.pid, 0)
                break
            time.sleep(0.01)
        wall = (time.perf_counter() - started) * 1000
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        # ru_maxrss is in kilobytes on Linux
        return Run(
            child.returncode,
            out.read().decode(errors="replace"),
            err.read().decode(errors="replace"),
            usage.ru_maxrss / 1024,
            wall,
        )


def own_peak(run: Run) -> float:
    """The child's own word for its peak memory where it gives one: on Linux the
    ``wait4`` figure includes the forking parent's high-water mark (an upper bound)."""
    found = STARTUP_LINE.search(run.stderr)
    if found is not None and found["rss"]:
        return float(found["rss"])
    return run.peak_rss_mb


def parse_startup(stderr: str) -> tuple[float, float] | None:
    found = STARTUP_LINE.search(stderr)
    if found is None:
        return None
    return float(found["paint"]), float(found["ready"])


def _startup_runs(
    programs: list[list[str]], repeats: int
) -> list[tuple[float, float, float] | None]:
    """For each program, the medians of first paint and ready and the largest peak memory;
    None for a program that cannot report its timings (the flag is not there yet, or it
    failed). The programs take turns, so a machine that gets busier slows them alike."""
    runs: list[list[tuple[float, float, float]] | None] = [[] for _ in programs]
    for args in programs:
        # One start not counted: it writes the bytecode caches an installed program has.
        run_measured(args)
    for _ in range(max(1, repeats)):
        for index, args in enumerate(programs):
            kept = runs[index]
            if kept is None:
                continue
            run = run_measured(args)
            parsed = parse_startup(run.stderr)
            if run.returncode != 0 or parsed is None:
                log.warning("start-up not measurable (exit %d)", run.returncode)
                runs[index] = None
                continue
            kept.append((parsed[0], parsed[1], own_peak(run)))
    return [
        None
        if kept is None
        else (
            statistics.median(run[0] for run in kept),
            statistics.median(run[1] for run in kept),
            max(run[2] for run in kept),
        )
        for kept in runs
    ]


def startup_figures(url: str, label: str, repeats: int) -> list[Figure]:
    """The program's start against a bare PySide6 window, both offscreen.

    Measured as every start after the program's first: the holiday table is kept in the
    user's cache folder by then (``app.services.calendar.HOLIDAY_TABLE_FILE``)."""
    from app.services import calendar

    calendar.warm_up()
    python = sys.executable
    ours, bare = _startup_runs(
        [
            [python, "-m", "app", "--db", url, "gui", "--exit-when-shown", "--timings"],
            [python, "-m", "app.bench.baseline"],
        ],
        repeats,
    )
    note = "" if ours is not None else "--exit-when-shown/--timings ontbreekt of faalde"
    paint_target, ready_target = (1.5, 3.0) if label == "demo" else (1.5, 4.0)
    return [
        Figure(
            "start-up",
            f"first paint, {label}",
            "ms",
            ours[0] if ours else None,
            bare[0] if bare else None,
            paint_target,
            note=note,
        ),
        Figure(
            "start-up",
            f"ready with data, {label}",
            "ms",
            ours[1] if ours else None,
            bare[1] if bare else None,
            ready_target,
            note=note,
        ),
        Figure(
            "memory",
            f"peak memory at start, {label}",
            "MB",
            ours[2] if ours else None,
            bare[2] if bare else None,
            target_abs=300.0 if label != "demo" else None,
            note=note,
        ),
    ]


def screen_figures(url: str) -> list[Figure]:
    """First visit of every screen, each page built and shown in one offscreen process
    (app.ui.bench_ui prints its timings as JSON); baseline the bare window's ready."""
    run = run_measured([sys.executable, "-m", "app.ui.bench_ui", url])
    (bare,) = _startup_runs([[sys.executable, "-m", "app.bench.baseline"]], 1)
    try:
        pages: dict[str, float] = json.loads(run.stdout.strip().splitlines()[-1])
        peak = pages.pop("peak_rss_mb", run.peak_rss_mb)
    except (ValueError, IndexError):
        log.warning("screen timings not measurable (exit %d)", run.returncode)
        return [Figure("screens", "first visit", "ms", None, None, target_abs=300.0, note="n/a")]
    figures = [
        Figure(
            "screens",
            f"first visit: {page}",
            "ms",
            ms,
            bare[1] if bare else None,
            target_abs=300.0,
        )
        for page, ms in pages.items()
    ]
    figures.append(
        Figure(
            "memory",
            "peak memory, every screen visited",
            "MB",
            peak,
            bare[2] if bare else None,
            target_abs=300.0,
        )
    )
    return figures


# ----- register queries and opening a complaint --------------------------------------


def _raw_search(db: Database, words: str, status: Status | None) -> Callable[[], object]:
    """The register's count and first page done by hand: the full-text index and the
    received-date order, nothing else (no joins for names, no permissions)."""
    terms = search_terms(words)
    extra = " AND status = :status" if status else ""
    params: dict[str, Any] = {"status": status.value} if status else {}
    if db.backend == "sqlite":
        params["q"] = fts5_query(terms)
        matches = "SELECT rowid FROM complaint_fts WHERE complaint_fts MATCH :q"
        count = f"SELECT count(*) FROM complaint WHERE id IN ({matches}){extra}"
    else:
        params["q"] = tsquery(terms)
        matches = (
            "SELECT complaint_id FROM complaint_search "
            "WHERE complaint_fts_vector @@ to_tsquery('simple', :q)"
        )
        count = f"SELECT count(*) FROM complaint WHERE id IN ({matches}){extra}"
    page = (
        f"SELECT id, number, received_on, status FROM complaint WHERE id + 0 IN ({matches})"
        f"{extra} ORDER BY received_on DESC, id DESC LIMIT 200"
    )

    def action() -> object:
        with db.engine.connect() as connection:
            connection.execute(text(count), params).scalar()
            return connection.execute(text(page), params).all()

    return action


def _raw_first_page(db: Database) -> Callable[[], object]:
    def action() -> object:
        with db.engine.connect() as connection:
            connection.execute(text("SELECT count(*) FROM complaint")).scalar()
            return connection.execute(
                text(
                    "SELECT id, number, received_on, status FROM complaint "
                    "ORDER BY received_on DESC, id DESC LIMIT 200"
                )
            ).all()

    return action


def register_figures(db: Database, timings: list[Any], probes: Any, repeats: int) -> list[Figure]:
    """The register's measured actions (app.bench.register.measure) against raw queries
    of the same shape; the target is the issue's 50 ms per query."""
    by_name = {t.name: t for t in timings}
    pairs = {
        "first page (newest first)": _raw_first_page(db),
        "search common word": _raw_search(db, probes.common_word, None),
        "search rare word": _raw_search(db, probes.rare_word, None),
        "search common word + status": _raw_search(db, probes.common_word, Status.CLOSED),
    }
    figures = []
    for name, raw in pairs.items():
        raw()  # warm the cache as the register's own runs did
        figures.append(
            Figure(
                "register",
                f"register: {name}",
                "ms",
                by_name[name].total_ms,
                median_ms(raw, repeats),
                target_abs=50.0,
            )
        )
    slowest = max(timings, key=lambda t: t.total_ms)
    figures.append(
        Figure(
            "register",
            f"register, slowest: {slowest.name}",
            "ms",
            slowest.total_ms,
            None,
            target_abs=50.0,
        )
    )
    return figures


def open_figures(db: Database, repeats: int) -> list[Figure]:
    """ComplaintService.detail (what the detail screen loads) against a primary-key select."""
    from app.services.complaints import ComplaintService

    with db.engine.connect() as connection:
        complaint_id = connection.execute(
            select(func.max(Complaint.id)).where(Complaint.kind == ComplaintKind.COMPLAINT)
        ).scalar_one()
    service = ComplaintService(db, _coordinator())

    def raw() -> object:
        with db.engine.connect() as connection:
            return connection.execute(
                text("SELECT * FROM complaint WHERE id = :id"), {"id": complaint_id}
            ).one()

    service.detail(complaint_id)
    raw()
    return [
        Figure(
            "open",
            "open a complaint (detail)",
            "ms",
            median_ms(lambda: service.detail(complaint_id), repeats),
            median_ms(raw, repeats),
        )
    ]


# ----- files: the annual report, the cards, the import --------------------------------


def _busiest_year(db: Database) -> int:
    year = func.extract("year", Complaint.received_on)
    with db.engine.connect() as connection:
        found = connection.execute(
            select(year)
            .where(Complaint.kind == ComplaintKind.COMPLAINT)
            .group_by(year)
            .order_by(func.count().desc())
            .limit(1)
        ).scalar()
    return int(found) if found is not None else date.today().year


def bare_table_pdf(rows: Sequence[tuple[str, ...]]) -> bytes:
    """The baseline: the same rows as one plain reportlab table, nothing else."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import LongTable, SimpleDocTemplate

    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4)
    document.build([LongTable(rows, repeatRows=1)])
    return buffer.getvalue()


def annual_figures(db: Database, repeats: int, folder: Path) -> list[Figure]:
    from app.services.report_data import ReportDataService
    from app.services.report_files import ReportFileService

    user = _coordinator()
    year = _busiest_year(db)
    listed = ReportDataService(db, user).listed_complaints(date(year, 1, 1), date(year, 12, 31))
    rows = [("Nummer", "Ontvangen", "Onderwerp", "Afdeling", "Afloop")] + [
        (c.number, c.received_on.isoformat(), c.subjects, c.units, c.outcome) for c in listed
    ]
    service = ReportFileService(db, user, today=date(year, 12, 31))
    out = folder / "jaarverslag.pdf"
    return [
        Figure(
            "files",
            f"annual PDF ({len(listed):,} complaints)",
            "ms",
            median_ms(lambda: service.annual(year, out), repeats),
            median_ms(lambda: bare_table_pdf(rows), repeats),
            target_ratio=1.5,
        )
    ]


def bare_cards_pdf(count: int) -> bytes:
    """The baseline: a plain canvas with ``count`` A6 pages of a box and a few lines."""
    from reportlab.lib.pagesizes import A6
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A6, pageCompression=1)
    width, height = A6
    for number in range(count):
        canvas.rect(20, 20, width - 40, height - 40)
        canvas.drawString(30, height - 50, f"Kaart {number}")
        canvas.drawString(30, height - 70, "Hoe tevreden bent u over de afhandeling?")
        for line in range(6):
            canvas.line(30, 60 + line * 20, width - 30, 60 + line * 20)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def cards_figures(count: int, repeats: int) -> list[Figure]:
    """The card layer (app.reports.cards) drawing ``count`` cards against a bare canvas."""
    from app.reports.cards import Card, CardLayout, CardText, cards_pdf

    cards = [
        Card(
            colour="green" if n % 2 else "red",
            code=f"K{n:06d}",
            recipient=f"IK-2026-{n:04d} · voor Proef Persoon {n}, Proefstad",
        )
        for n in range(count)
    ]
    text_ = CardText("Gemeente Proefstad", "12345", "1000 AB", "Proefstad")
    return [
        Figure(
            "files",
            f"card batch ({count:,} cards)",
            "ms",
            median_ms(lambda: cards_pdf(cards, text_, CardLayout.A6), repeats),
            median_ms(lambda: bare_cards_pdf(count), repeats),
            target_ratio=2.0,
        )
    ]


IMPORT_HEADER = (
    "Soort",
    "Datum ontvangst",
    "Kanaal",
    "Klager",
    "Adres",
    "Postcode",
    "Woonplaats",
    "E-mail",
    "Omschrijving",
)


def write_import_sheet(path: Path, rows: int) -> Path:
    """An old register of invented complaints, as a coordinator would import it."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Register")
    sheet.append(IMPORT_HEADER)
    for n in range(rows):
        sheet.append(
            (
                "klacht",
                date(2024, 1 + n % 12, 1 + n % 28),
                "E-mail",
                f"Proef Persoon {n % 4_000}",
                f"Proefstraat {n % 200 + 1}",
                "1234 AB",
                "Proefstad",
                f"proef{n % 4_000}@example.com",
                f"Ik klaag erover dat mijn brief {n} weken onbeantwoord bleef.",
            )
        )
    workbook.save(path)
    return path


def read_only_read(path: Path) -> int:
    """The baseline: openpyxl's read_only read of every cell."""
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        return sum(1 for _ in workbook.worksheets[0].iter_rows(values_only=True))
    finally:
        workbook.close()


def import_figures(rows: int, folder: Path, repeats: int = 3) -> list[Figure]:
    """Preview and import into a fresh SQLite register each time (it writes), taking turns
    with the read_only read of the same file; the medians of ``repeats``."""
    from app.migrate import upgrade_database
    from app.services.identity import set_up_first_use
    from app.services.register_io import RegisterImportService, read_sheet

    sheet_path = write_import_sheet(folder / "register.xlsx", rows)
    ours: list[float] = []
    bare: list[float] = []
    for attempt in range(max(1, repeats)):
        db = Database(f"sqlite:///{folder / f'import-{attempt}.db'}")
        try:
            upgrade_database(db)
            user = set_up_first_use(db, organisation_name="Proef", user_name="Proef Beheerder")
            service = RegisterImportService(db, user)
            started = time.perf_counter()
            preview = service.preview(read_sheet(sheet_path))
            result = service.import_rows(preview, create_people=True)
            ours.append((time.perf_counter() - started) * 1000)
            log.info("bench import: %s", type(result).__name__)
        finally:
            db.dispose()
        started = time.perf_counter()
        read_only_read(sheet_path)
        bare.append((time.perf_counter() - started) * 1000)
    return [
        Figure(
            "files",
            f"import ({rows:,} rows .xlsx)",
            "ms",
            statistics.median(ours),
            statistics.median(bare),
            target_ratio=2.5,
        )
    ]


# ----- the table ---------------------------------------------------------------------


def _number(value: float | None) -> str:
    if value is None:
        return "n/a"
    return f"{value:,.0f}" if value >= 100 else f"{value:.1f}"


def format_table(figures: list[Figure], *, markdown: bool = False) -> str:
    header = ("figure", "ours", "baseline", "ratio", "target", "ok")
    rows = []
    for f in figures:
        ratio = f"{f.ratio:.2f}×" if f.ratio is not None else "—"
        ok = {True: "ok", False: "NO", None: "n/a" if f.ours is None else "—"}[f.ok]
        ours = _number(f.ours) + ("" if f.ours is None else f" {f.unit}")
        base = _number(f.baseline) + ("" if f.baseline is None else f" {f.unit}")
        rows.append((f.name, ours, base, ratio, f.target, ok))
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(lines)
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join(lines)


def machine() -> dict[str, Any]:
    return {
        "date": date.today().isoformat(),
        "machine": os.uname().machine,
        "cores": os.cpu_count(),
        "python": sys.version.split()[0],
    }


def write_json(path: Path, figures: list[Figure], extra: dict[str, Any]) -> None:
    """Written to a temporary name in the same folder, then renamed."""
    content = json.dumps(
        {**machine(), **extra, "figures": [f.as_json() for f in figures]},
        indent=2,
        ensure_ascii=False,
        default=str,
    )
    path = Path(path)
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        temporary.write_text(content + "\n", encoding="utf-8")
        temporary.replace(path)
    except OSError:
        temporary.unlink(missing_ok=True)
        raise


# ----- one run -----------------------------------------------------------------------


@dataclass(frozen=True)
class Sizes:
    startup_repeats: int
    import_rows: int
    cards: int
    demo_years: int
    demo_per_year: int

    @classmethod
    def for_run(cls, *, quick: bool) -> Sizes:
        return cls(1, 100, 50, 1, 20) if quick else cls(3, 10_000, 1_000, 3, 114)


def demo_database(folder: Path, sizes: Sizes) -> str | None:
    """A demo register in its own file, made the way a user makes one."""
    url = f"sqlite:///{folder / 'demo.db'}"
    run = run_measured(
        [
            sys.executable,
            "-m",
            "app",
            "--db",
            url,
            "demo",
            "--years",
            str(sizes.demo_years),
            "--per-year",
            str(sizes.demo_per_year),
        ]
    )
    if run.returncode != 0:
        log.warning("demo register not made (exit %d)", run.returncode)
        return None
    return url


def run_all(
    db: Database,
    url: str,
    *,
    timings: list[Any] | None,
    probes: Any,
    only: set[str],
    quick: bool,
    repeats: int,
    label: str,
) -> list[Figure]:
    """Every selected figure, each next to its baseline."""
    sizes = Sizes.for_run(quick=quick)
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="ik-bench-figures-") as name:
        folder = Path(name)
        if "startup" in only:
            demo = demo_database(folder, sizes)
            if demo is not None:
                figures += startup_figures(demo, "demo", sizes.startup_repeats)
            figures += startup_figures(url, label, sizes.startup_repeats)
        if "screens" in only:
            figures += screen_figures(url)
        if "register" in only and timings:
            figures += register_figures(db, timings, probes, repeats)
        if "open" in only:
            figures += open_figures(db, repeats)
        if "annual" in only:
            figures += annual_figures(db, 1 if quick else min(repeats, 3), folder)
        if "import" in only:
            figures += import_figures(sizes.import_rows, folder, 1 if quick else min(repeats, 3))
        if "cards" in only:
            figures += cards_figures(sizes.cards, 1 if quick else min(repeats, 3))
    return figures
