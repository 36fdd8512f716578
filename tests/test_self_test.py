"""``interne-klachten --self-test``: the check CI runs on the built program (issue 17)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app import cli_self_test as self_test

ROOT = Path(__file__).resolve().parent.parent


def test_self_test_passes_every_step_from_the_source_tree(tmp_path: Path) -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT)
    env["QT_QPA_PLATFORM"] = "offscreen"
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[variable] = str(tmp_path / variable.lower())
    env.pop("INTERNE_KLACHTEN_DB", None)
    result = subprocess.run(
        [sys.executable, "-m", "app", "--self-test"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
        env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert len([line for line in lines if line.startswith("OK ")]) == len(self_test.STEPS)
    assert any("geregistreerd" in line for line in lines)
    assert any("dossier" in line and "teruggelezen" in line for line in lines)
    assert lines[-1] == "Zelftest geslaagd."
    # It leaves nothing behind where it was started.
    assert list(tmp_path.glob("*.db")) == []


def test_self_test_names_the_failing_step_and_exits_non_zero(monkeypatch) -> None:
    def broken(run: object) -> str:
        raise RuntimeError("renderer missing")

    monkeypatch.setattr(
        self_test,
        "STEPS",
        (("tijdelijke database", self_test._open_database), ("dossier (PDF)", broken)),
    )
    printed: list[str] = []
    assert self_test.run_self_test(printed.append) == self_test.EXIT_FAILED
    assert printed[0].startswith("OK ")
    assert printed[-1].startswith("FOUT bij stap 'dossier (PDF)'")
    assert "Zelftest geslaagd." not in printed
