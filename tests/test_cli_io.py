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


def test_import_lists_at_most_200_problems_and_rows_and_counts_the_rest(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "groot.csv"
    lines = ["Datum ontvangst;Klager;E-mail;Omschrijving"]
    lines += [f"31-02-2025;Proef {n};p{n}@example.com;Te laat." for n in range(500)]
    lines += [f"01-02-2025;Proef {n};q{n}@example.com;Te laat." for n in range(300)]
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert cli.main(["--db", url, "import", str(sheet), "--dry-run"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert sum(1 for line in out if ", kolom Datum ontvangst: " in line) == 200
    assert "… en nog 300 problemen." in out
    assert sum(1 for line in out if line.endswith(": nieuw")) == 200
    assert "… en nog 100 rijen om in te lezen." in out
    assert "Samen: 300 nieuw, 0 bijwerken, 0 ongewijzigd, 500 met fouten." in out


def test_every_problem_of_a_hostile_file_is_named_by_row_and_column_never_unexpected(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    long_text = "x" * 150_000  # longer than the csv module's default field limit
    sheet = tmp_path / "vreemd.csv"
    sheet.write_bytes(
        (
            "Datum ontvangst;Klager;Omschrijving\n"
            f"01-02-2025;Proef Een;{long_text}\n"
            "01-02-2025;Proef\x00Twee;Te laat.\n"
            "01-01-0001;Proef Drie;Te laat.\n"
        ).encode("utf-16")
    )
    assert cli.main(["--db", url, "import", str(sheet), "--dry-run"]) == 1
    captured = capsys.readouterr()
    assert "onverwacht" not in captured.out + captured.err
    problems = [line for line in captured.out.splitlines() if line.startswith("rij ")]
    assert [line.split(":")[0] for line in problems] == [
        "rij 2, kolom Omschrijving",
        "rij 3, kolom Klager",
        "rij 4, kolom Datum ontvangst",
    ]


def test_a_sheet_over_the_row_limit_is_refused_with_its_message(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("app.services.sheet_reading.MAX_DATA_ROWS", 10)
    sheet = tmp_path / "lang.csv"
    sheet.write_text(
        "Datum ontvangst;Klager;Omschrijving\n" + "01-02-2025;Proef;Te laat.\n" * 11,
        encoding="utf-8",
    )
    assert cli.main(["--db", url, "import", str(sheet)]) == 1
    assert capsys.readouterr().err.strip() == (
        "Fout: Het bestand heeft meer dan 10 rijen; splits het in delen."
    )
