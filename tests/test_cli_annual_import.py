"""Issue 15's acceptance for first use: on a fresh database, through the command line only,
``init``, then ``import --create-people`` of an old register with first-contact and closing
dates, then ``report annual`` shows the term figures of the imported year."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pypdf
import pytest

from app import cli
from app.db import Database

HEADERS = (
    "Datum ontvangst",
    "Klager",
    "Omschrijving",
    "Behandelaar",
    "Medewerker",
    "Afdeling",
    "Afhandeling",
    "Oordeel",
    "Datum eerste contact",
    "Datum afgehandeld",
)


def _register(path: Path) -> None:
    """Five complaints of 2025: three informal (two contacted within five working days),
    two formal (one decided within six weeks); one received in 2024 but closed in 2025."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    rows = [
        # received, contact, closed: Monday 3 March 2025 → contact due Monday 10 March.
        (date(2025, 3, 3), "informeel", None, date(2025, 3, 5), date(2025, 3, 20)),
        (date(2025, 3, 3), "informeel", None, date(2025, 3, 10), date(2025, 3, 25)),
        # contacted after the term (five working days are long gone by 2 April)
        (date(2025, 3, 3), "informeel", None, date(2025, 4, 2), date(2025, 4, 10)),
        # formal: decided within six weeks, and one late
        (date(2025, 5, 5), "formeel", "gegrond", date(2025, 5, 6), date(2025, 6, 2)),
        (date(2025, 5, 5), "formeel", "ongegrond", date(2025, 5, 7), date(2025, 8, 1)),
        # received in December 2024, closed in January 2025: counts in 2025
        (date(2024, 12, 2), "informeel", None, date(2024, 12, 4), date(2025, 1, 8)),
    ]
    for received, route, judgment, contact, closed in rows:
        sheet.append(
            (
                received,
                "Proef Klagerman",
                "Niet teruggebeld.",
                "Bea Behandel",
                "Mo Medewerk",
                "Team Proef",
                route,
                judgment,
                contact,
                closed,
            )
        )
    book.save(path)


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages)


def test_an_imported_register_reports_its_term_figures_through_the_cli_only(
    fresh_db: Database,
    database_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    deidentify_model: None,  # init prepares the anonymiser: once per test run
) -> None:
    def run(*args: str) -> int:
        code = cli.main(["--db", database_url, *args])
        captured = capsys.readouterr()
        assert "Traceback" not in captured.err
        assert code == 0, captured.err + captured.out
        return code

    run("init", "--organisation", "Proefgemeente", "--name", "Ida Eerste")
    sheet = tmp_path / "oud register.xlsx"
    _register(sheet)
    run("import", str(sheet), "--create-people")
    target = tmp_path / "jaar 2025.pdf"
    run("report", "annual", "--year", "2025", "--out", str(target))
    text = _text(target)
    # Closed in 2025: six complaints (one received in 2024), five contacted within the term.
    assert "Binnen de contacttermijn gesproken 5 van 6 (83,3%)" in text
    assert "Formeel binnen de beslistermijn beslist 1 van 2 (50,0%)" in text
    assert "0 van 0" not in text
