"""``interne-klachten bench``: the register benchmark and the figures with their
baselines (app.bench.register, app.bench.figures) as one table."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from app.bench.figures import NAMES, format_table, run_all, write_json
from app.bench.register import (
    BenchResult,
    count_complaints,
    format_result,
    generate,
    has_complaints,
    measure,
    probes_of,
)
from app.db import Database


def add_arguments(bench: argparse.ArgumentParser) -> None:
    bench.add_argument(
        "--quick", action="store_true", help="kleine aantallen (voor de tests; < 1 minuut)"
    )
    bench.add_argument(
        "--only",
        metavar="NAMEN",
        help="alleen deze metingen, met komma's: " + ",".join(NAMES),
    )
    bench.add_argument("--json", metavar="BESTAND", help="schrijf de tabel ook als JSON")
    bench.add_argument(
        "--reuse",
        action="store_true",
        help="meet een database die een eerdere bench al vulde (--db), zonder te vullen",
    )


def _names(only: str | None) -> set[str] | None:
    if not only:
        return set(NAMES)
    names = {n.strip() for n in only.split(",") if n.strip()}
    return names if names <= set(NAMES) else None


def run(db: Database, url: str, args: argparse.Namespace) -> int:
    only = _names(args.only)
    if only is None:
        print(f"Fout: --only kent alleen {', '.join(NAMES)}.", file=sys.stderr)
        return 2
    if args.reuse and has_complaints(db):
        print(f"Bestaande klachten meten in {db.describe()}…", flush=True)
        probes, generated = probes_of(db), 0.0
        args.complaints = count_complaints(db)
    else:
        print(f"{args.complaints} klachten aanmaken in {db.describe()}…", flush=True)
        started = time.perf_counter()
        probes = generate(db, args.complaints)
        generated = time.perf_counter() - started
    timings = None
    if "register" in only:
        timings = measure(db, probes, repeats=args.repeats)
        result = BenchResult(db.backend, args.complaints, generated, args.repeats, timings)
        print(format_result(result), flush=True)
    label = "100k" if args.complaints >= 100_000 else f"{args.complaints:,}"
    figures = run_all(
        db,
        url,
        timings=timings,
        probes=probes,
        only=only,
        quick=args.quick,
        repeats=args.repeats,
        label=label,
    )
    print()
    print(format_table(figures))
    if args.json:
        write_json(
            Path(args.json),
            figures,
            {"backend": db.backend, "complaints": args.complaints, "quick": args.quick},
        )
    return 0
