"""``interne-klachten import`` and ``export`` on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import cli
from app.db import Database
from app.migrate import upgrade_database
from app.services.identity import set_up_first_use


@pytest.fixture
def url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    db = Database(f"sqlite:///{tmp_path / 'klachten.db'}")
    upgrade_database(db, backup_folder=tmp_path / "b")
    set_up_first_use(db, organisation_name="Proef", user_name="Proef Psi", login="psi")
    db.dispose()
    monkeypatch.setattr("app.services.identity.os_login", lambda: "psi")
    return f"sqlite:///{tmp_path / 'klachten.db'}"


def test_import_reports_per_row_and_exits_non_zero_when_rows_are_refused(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "register.csv"
    sheet.write_text(
        "Datum ontvangst;Klager;E-mail;Omschrijving;Opmerking\n"
        "01-02-2025;Proef Een;een@example.com;Niet teruggebeld.;x\n"
        "31-02-2025;Proef Twee;twee@example.com;Te laat.;y\n",
        encoding="utf-8",
    )
    assert cli.main(["--db", url, "import", str(sheet), "--dry-run"]) == 1
    out = capsys.readouterr().out
    assert "Onbekende kolommen (niet ingelezen): Opmerking" in out
    assert "rij 3, kolom Datum ontvangst: '31-02-2025' is geen bestaande datum." in out
    assert "er is niets opgeslagen" in out
    assert cli.main(["--db", url, "import", str(sheet)]) == 1
    assert "fouten" in capsys.readouterr().err
    assert cli.main(["--db", url, "import", str(sheet), "--valid-rows"]) == 1
    assert "Ingelezen: 1 nieuw" in capsys.readouterr().out
    out_file = tmp_path / "uit.xlsx"
    assert cli.main(["--db", url, "export", str(out_file)]) == 0
    assert "1 klachten geëxporteerd" in capsys.readouterr().out
    assert out_file.exists()
