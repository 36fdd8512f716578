"""The benchmark with ratios (issue 14): a quick run completes and writes every figure
next to its baseline. No timings are asserted: the machine's speed is not behaviour."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.bench.figures import Figure, format_table, parse_startup
from app.cli import main

FIGURE_KEYS = {"group", "name", "unit", "ours", "baseline", "ratio", "target", "ok"}


def _figures(path: Path) -> list[dict]:  # type: ignore[type-arg]
    report = json.loads(path.read_text(encoding="utf-8"))
    assert {"date", "machine", "cores", "backend", "complaints", "figures"} <= set(report)
    for figure in report["figures"]:
        assert set(figure) >= FIGURE_KEYS
    return report["figures"]


def test_a_quick_bench_run_measures_every_figure_beside_its_baseline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "bench.json"
    assert main(["bench", "--quick", "--json", str(out)]) == 0
    figures = _figures(out)
    groups = {f["group"] for f in figures}
    assert groups == {"start-up", "screens", "register", "open", "files", "memory"}
    names = " ".join(f["name"] for f in figures)
    for part in ("first paint, demo", "ready with data", "annual PDF", "import", "card batch"):
        assert part in names
    # the bare window always runs; the program's own start may be "n/a" until it can
    # report its timings, but never fails the run
    assert all(f["baseline"] for f in figures if f["group"] == "start-up")
    assert all(f["ours"] is not None for f in figures if f["group"] in ("files", "open"))
    table = capsys.readouterr().out
    assert "figure" in table
    assert "baseline" in table
    assert "ratio" in table


def test_the_bench_measures_queries_and_files_on_the_given_database(
    database_url: str, tmp_path: Path
) -> None:
    out = tmp_path / "bench.json"
    only = "register,open,annual,cards"
    arguments = ["bench", "--quick", "--db", database_url, "--only", only, "--json", str(out)]
    assert main(arguments) == 0
    figures = _figures(out)
    assert {f["group"] for f in figures} == {"register", "open", "files"}
    for figure in figures:
        assert figure["ours"] is not None
        if figure["baseline"]:
            assert figure["ratio"] == pytest.approx(figure["ours"] / figure["baseline"])


def test_a_bench_of_an_unknown_figure_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "--quick", "--only", "register,speed"]) == 2
    assert "--only" in capsys.readouterr().err


def test_the_start_up_line_is_read_and_a_missing_one_is_not_measurable() -> None:
    line = "noise\nstartup first_paint_ms=412.5 ready_ms=980 peak_rss_mb=120\n"
    assert parse_startup(line) == (412.5, 980.0)
    assert parse_startup("app: error: unrecognized arguments: --exit-when-shown") is None


def test_a_figure_without_our_measurement_shows_as_not_available() -> None:
    missing = Figure("start-up", "first paint, demo", "ms", None, 300.0, 1.5)
    slow = Figure("files", "import", "ms", 900.0, 300.0, 2.5)
    assert missing.ok is None
    assert missing.ratio is None
    assert slow.ratio == pytest.approx(3.0)
    assert slow.ok is False
    table = format_table([missing, slow])
    assert "n/a" in table
    assert "NO" in table
    assert "3.00×" in table
