"""Import of the old Excel register and export back to Excel."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from app.db import Database
from app.models import AuditEvent, Complaint, Employee
from app.models.enums import Judgment, Route, Status
from app.services.demo import fill_demo
from app.services.errors import ServiceError
from app.services.identity import set_up_first_use
from app.services.permissions import CurrentUser
from app.services.register_io import (
    COLUMNS,
    Action,
    RegisterExportService,
    RegisterImportService,
    read_sheet,
)

HEADER = [
    "Nummer",
    "Soort",
    "Datum ontvangst",
    "Kanaal",
    "Klager",
    "Adres",
    "Postcode",
    "Woonplaats",
    "Telefoon",
    "E-mail",
    "Medewerker",
    "Afdeling",
    "Omschrijving",
    "Afhandeling",
    "Oordeel",
    "Datum afgehandeld",
    "Opmerking intern",
]


def _messy_workbook(path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    sheet.append(
        [
            "IK-2024-0007",
            "klacht",
            datetime(2024, 2, 3),
            "E-mail",
            "Çelik-Łukasiewicz, Øystein",
            "Fjordveien 3",
            "1234ab",
            "Proefstad",
            "06 1234 5678",
            "oystein@example.com",
            "Proef Sigma",
            "Team Proef",
            "Niet teruggebeld.",
            "formeel",
            "Deels-gegrond",
            "01-03-2024",
            "x",
        ]
    )
    sheet.append([None] * len(HEADER))  # a blank row
    sheet.append(
        [
            None,
            "KLACHT",
            "3-2-24",
            "post",
            "Proef Tau",
            None,
            None,
            None,
            None,
            "tau@example.com",
            "Proef Sigma",
            "Team Proef",
            "Brief kwijt.",
            "informeel",
            "geen oordeel",
            "20-02-2024",
            None,
        ]
    )
    sheet.append(
        [
            None,
            "klacht",
            "31-02-2024",
            "fax",
            "Proef Upsilon",
            None,
            "12345",
            None,
            None,
            "upsilon@example",
            None,
            None,
            "Te laat.",
            "anders",
            None,
            None,
            None,
        ]
    )
    sheet.append(
        [
            None,
            "signaal",
            "05-03-2024",
            "contactformulier",
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            "Website onduidelijk.",
            None,
            None,
            None,
            None,
        ]
    )
    workbook.save(path)
    return path


def test_a_messy_sheet_is_previewed_with_every_problem_by_row_and_column(
    db: Database, admin: CurrentUser, tmp_path: Path
) -> None:
    sheet = read_sheet(_messy_workbook(tmp_path / "oud register.xlsx"))
    service = RegisterImportService(db, admin)
    preview = service.preview(sheet)
    assert preview.unknown_columns == ["Opmerking intern"]
    assert [(p.row, p.column) for p in preview.problems] == [
        (5, "Kanaal"),
        (5, "Afhandeling"),
        (5, "Datum ontvangst"),
        (5, "Postcode"),
        (5, "E-mail"),
    ]
    assert "geen bestaande datum" in preview.problems[2].message
    assert [p.action for p in preview.plans] == [Action.NEW] * 4
    assert preview.new_employees == ["Proef Sigma"]
    assert preview.new_units == ["Team Proef"]

    with pytest.raises(ServiceError, match="fouten"):
        service.import_rows(preview)
    with db.session_scope() as session:
        assert session.scalar(select(func.count()).select_from(Complaint)) == 0
    with pytest.raises(ServiceError, match="bestaan"):
        service.import_rows(preview, valid_only=True)
    result = service.import_rows(preview, valid_only=True, create_people=True)
    assert (result.created, result.refused) == (3, 1)
    with db.session_scope() as session:
        imported = {c.number: c for c in session.scalars(select(Complaint))}
        first = imported["IK-2024-0007"]
        assert first.complainant.name == "Çelik-Łukasiewicz, Øystein"
        assert first.complainant.postcode == "1234 AB"
        assert first.complainant.phone_day == "+31612345678"
        assert (first.route, first.judgment, first.status) == (
            Route.FORMAL,
            Judgment.PARTLY_UPHELD,
            Status.CLOSED,
        )
        assert first.historic
        assert first.contact_due is not None
        assert first.next_deadline is None  # historic: never flagged as overdue
        assert "IK-2024-0008" in imported  # numbered after the sheet's own numbers
        assert imported["IK-2024-0008"].received_on == date(2024, 2, 3)
        assert "SG-2024-0001" in imported


def test_a_windows_1252_csv_with_semicolons_is_read(
    db: Database, admin: CurrentUser, tmp_path: Path
) -> None:
    text = (
        "Nummer;Datum ontvangst;Klager;E-mail;Omschrijving;Oordeel\n"
        ";12-01-2025;Zoë Proefmans;zoe@example.com;Te laat geantwoord € 0;\n"
    )
    path = tmp_path / "register.csv"
    path.write_bytes(text.encode("cp1252"))
    sheet = read_sheet(path)
    assert (sheet.encoding, sheet.delimiter) == ("cp1252", ";")
    preview = RegisterImportService(db, admin).preview(sheet)
    assert preview.problems == []
    RegisterImportService(db, admin).import_rows(preview)
    with db.session_scope() as session:
        complaint = session.scalars(select(Complaint)).one()
        assert complaint.complainant.name == "Zoë Proefmans"
        assert "€" in complaint.description


def test_export_then_import_into_an_empty_database_gives_the_same_register(
    db: Database, admin: CurrentUser, tmp_path: Path, second_db: Database
) -> None:
    fill_demo(db, user=admin, years=2, per_year=40, today=date(2026, 11, 23))
    first = tmp_path / "export.xlsx"
    count = RegisterExportService(db, admin).export(first)
    sheet = load_workbook(first).active
    assert [c.value for c in sheet[1]] == list(COLUMNS)
    assert sheet.auto_filter.ref.startswith("A1:")
    assert isinstance(sheet["C2"].value, datetime)

    empty = second_db
    other_admin = set_up_first_use(
        empty, organisation_name="Leeg", user_name="Proef Leeg", login="leeg"
    )
    importer = RegisterImportService(empty, other_admin)
    preview = importer.preview(read_sheet(first))
    assert preview.problems == []
    result = importer.import_rows(preview, create_people=True)
    assert result.created == count
    second = tmp_path / "export-again.xlsx"
    RegisterExportService(empty, other_admin).export(second)
    rows_a = list(load_workbook(first).active.iter_rows(values_only=True))
    rows_b = list(load_workbook(second).active.iter_rows(values_only=True))
    assert len(rows_a) == len(rows_b) == count + 1
    for a, b in zip(rows_a, rows_b, strict=True):
        assert a == b


def test_importing_the_same_file_again_changes_nothing(
    db: Database, admin: CurrentUser, tmp_path: Path
) -> None:
    path = _messy_workbook(tmp_path / "register.xlsx")
    service = RegisterImportService(db, admin)
    service.import_rows(service.preview(read_sheet(path)), valid_only=True, create_people=True)
    with db.session_scope() as session:
        events = session.scalar(select(func.count()).select_from(AuditEvent))
        employees = session.scalar(select(func.count()).select_from(Employee))
    again = service.preview(read_sheet(path))
    assert [p.action for p in again.plans if p.valid] == [Action.SKIP] * 3
    assert again.new_employees == []
    result = service.import_rows(again, valid_only=True)
    assert (result.created, result.updated, result.skipped) == (0, 0, 3)
    with db.session_scope() as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == events
        assert session.scalar(select(func.count()).select_from(Employee)) == employees


def test_a_complaint_row_without_a_complainant_is_a_problem_not_a_crash(
    db: Database, admin: CurrentUser, tmp_path: Path
) -> None:
    path = tmp_path / "anoniem.csv"
    path.write_text(
        "Soort;Datum ontvangst;Omschrijving\nklacht;01-02-2025;Niemand nam op.\n"
        "signaal;02-02-2025;Website traag.\n",
        encoding="utf-8",
    )
    preview = RegisterImportService(db, admin).preview(read_sheet(path))
    assert [(p.row, p.column) for p in preview.problems] == [(2, "Klager")]
    result = RegisterImportService(db, admin).import_rows(preview, valid_only=True)
    assert (result.created, result.refused) == (1, 1)
