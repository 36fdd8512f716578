"""Import of the old Excel register and export back to Excel."""

from __future__ import annotations

import codecs
import json
import re
import tracemalloc
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.models import (
    AuditEvent,
    Complainant,
    Complaint,
    ComplaintEmployee,
    Employee,
    HandlingReport,
    RelatedDossier,
    StatusChange,
)
from app.models.enums import Judgment, Route, Status
from app.services import bulk_insert, register_io, sheet_reading, shredding
from app.services.audit import audit_position, verify_chain, write_pending_audit
from app.services.complainants import ComplainantData
from app.services.deadlines import next_deadline_of
from app.services.demo import fill_demo
from app.services.errors import ServiceError
from app.services.identity import set_up_first_use
from app.services.intake import IntakeData, IntakeService
from app.services.permissions import CurrentUser
from app.services.register import RegisterFilter, RegisterService
from app.services.register_io import (
    COLUMNS,
    EXPORT_COLUMNS,
    Action,
    ImportCancelled,
    RegisterExportService,
    RegisterImportService,
    read_sheet,
)
from app.services.sheet_writing import unescape_formula_text
from app.services.verify import verify_database

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
    assert [c.value for c in sheet[1]] == list(EXPORT_COLUMNS)
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
    # Status and next deadline follow from the handling; an imported complaint is historic.
    read_back = [EXPORT_COLUMNS.index(c) for c in COLUMNS]
    for a, b in zip(rows_a, rows_b, strict=True):
        assert [a[i] for i in read_back] == [b[i] for i in read_back]


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


# ----- bounded, streaming reading (issue 11) -------------------------------------------------


def _with_huge_dimension(path: Path) -> Path:
    """Rewrite the sheet's dimension to the whole grid, as some exporters do."""
    patched = path.with_suffix(".tmp")
    with (
        zipfile.ZipFile(path) as source,
        zipfile.ZipFile(patched, "w", zipfile.ZIP_DEFLATED) as out,
    ):
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                text = re.sub(r"<dimension ref=\"[^\"]*\"\s*/>", "", data.decode())
                data = text.replace(
                    "<sheetData", '<dimension ref="A1:XFD1048576"/><sheetData', 1
                ).encode()
            out.writestr(item, data)
    patched.replace(path)
    return path


def _plain_workbook(path: Path, rows: int) -> Path:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Register")
    sheet.append(["Datum ontvangst", "Klager", "E-mail", "Omschrijving"])
    for number in range(rows):
        sheet.append(["01-02-2024", f"Proef {number}", f"p{number}@example.com", "Te laat."])
    workbook.save(path)
    return path


def test_a_sheet_declaring_the_whole_grid_is_read_with_memory_for_its_rows_only(
    db: Database, admin: CurrentUser, tmp_path: Path
) -> None:
    # 2,000 rows padded to 16,384 columns took 260 MB; the rows themselves need a few MB.
    path = _with_huge_dimension(_plain_workbook(tmp_path / "groot.xlsx", 2_000))
    tracemalloc.start()
    try:
        sheet = read_sheet(path)
        preview = RegisterImportService(db, admin).preview(sheet)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert sheet.headers == ("Datum ontvangst", "Klager", "E-mail", "Omschrijving")
    assert sheet.row_count == 2_000
    assert preview.count(Action.NEW) == 2_000
    assert peak < 40 * 1024 * 1024, f"peak {peak / 1e6:.0f} MB"


def test_a_sheet_over_the_row_limit_is_refused_without_reading_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "miljoen.csv"
    with path.open("w", encoding="utf-8") as out:
        out.write("Datum ontvangst;Klager;Omschrijving\n")
        for number in range(sheet_reading.MAX_DATA_ROWS + 5_000):
            out.write(f"01-02-2024;Proef {number};Te laat.\n")
    consumed = 0
    real_rows = sheet_reading._data_rows

    def counting(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        nonlocal consumed
        for row in real_rows(*args, **kwargs):  # type: ignore[arg-type]
            consumed += 1
            yield row

    monkeypatch.setattr(sheet_reading, "_data_rows", counting)
    with pytest.raises(ServiceError) as refused:
        read_sheet(path)
    assert refused.value.message == "Het bestand heeft meer dan 100.000 rijen; splits het in delen."
    assert consumed == sheet_reading.MAX_DATA_ROWS + 1


def test_a_zip_bomb_is_refused_before_it_is_unpacked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _plain_workbook(tmp_path / "bom.xlsx", 3)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/opvulling.bin", b"\0" * (50 * 1024 * 1024))
    assert path.stat().st_size < 1024 * 1024

    def never(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the workbook was opened")

    monkeypatch.setattr(sheet_reading, "load_workbook", never)
    with pytest.raises(ServiceError, match="uitgepakt veel groter"):
        read_sheet(path)


def test_a_file_over_50_mb_is_refused_up_front(tmp_path: Path) -> None:
    path = tmp_path / "groot.csv"
    with path.open("wb") as out:
        out.truncate(sheet_reading.MAX_FILE_BYTES + 1)
    with pytest.raises(ServiceError, match="groter dan 50 MB"):
        read_sheet(path)


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-16-le", b""),  # without BOM: found by its NUL bytes
        ("utf-8", codecs.BOM_UTF8),
        ("utf-8", b""),
    ],
)
def test_a_csv_in_utf_16_or_utf_8_is_read_with_its_accents(
    tmp_path: Path, encoding: str, bom: bytes
) -> None:
    text = "Datum ontvangst\tKlager\tOmschrijving\r\n12-01-2025\tZoë Çelik\tTe laat € 0\r\n"
    path = tmp_path / "register.csv"
    path.write_bytes(bom + text.encode(encoding))
    sheet = read_sheet(path)
    assert sheet.headers == ("Datum ontvangst", "Klager", "Omschrijving")
    assert sheet.encoding == encoding[:6].rstrip("-")
    assert sheet.delimiter == "\t"
    assert list(sheet.rows()) == [(2, ("12-01-2025", "Zoë Çelik", "Te laat € 0"))]


def test_a_utf_16_csv_is_imported(db: Database, admin: CurrentUser, tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    path.write_text(
        "Datum ontvangst;Klager;E-mail;Omschrijving\n12-01-2025;Zoë Proefmans;z@example.com;"
        "Te laat € 0\n",
        encoding="utf-16",
    )
    service = RegisterImportService(db, admin)
    preview = service.preview(read_sheet(path))
    assert (preview.missing_columns, preview.problems) == ([], [])
    assert service.import_rows(preview).created == 1
    with db.session_scope() as session:
        assert session.scalars(select(Complaint)).one().complainant.name == "Zoë Proefmans"


def test_a_csv_field_longer_than_the_csv_default_is_read_and_judged_by_its_column(
    db: Database, admin: CurrentUser, tmp_path: Path
) -> None:
    long_text = "Het duurde lang. " * 12_000  # 204,000 characters; csv stops at 131,072
    path = tmp_path / "lang.csv"
    path.write_text(
        "Datum ontvangst;Klager;Omschrijving;Verbeterpunten\n"
        f'01-02-2025;Proef Een;"{long_text}";\n'
        f'02-02-2025;Proef Twee;Te laat.;"{long_text[:19_000]}"\n',
        encoding="utf-8",
    )
    sheet = read_sheet(path)
    assert sheet.row_count == 2
    preview = RegisterImportService(db, admin).preview(sheet)
    assert [(p.row, p.column) for p in preview.problems] == [(2, "Omschrijving")]
    # 204,000 characters less the trailing space the cell is trimmed of
    assert "hoogstens 20.000 tekens (nu 203.999)" in preview.problems[0].message
    assert preview.count(Action.NEW) == 1


def test_unstorable_characters_long_names_and_implausible_dates_are_problems_per_cell(
    db: Database, admin: CurrentUser, tmp_path: Path
) -> None:
    path = tmp_path / "vreemd.csv"
    path.write_text(
        "Datum ontvangst;Klager;Dossiernummer;Omschrijving\n"
        "01-02-2025;Proef\x00Een;D-1;Te laat.\n"
        f"01-02-2025;{'P' * 5_000};D-2;Te laat.\n"
        "01-01-0001;Proef Drie;D-3;Te laat.\n"
        f"01-02-2025;Proef Vier;{'9' * 60};Te\x07 laat.\n"
        '01-02-2025;Proef Vijf;D-5;"Regel een\r\nregel twee\tmet tab."\n',
        encoding="utf-8",
    )
    preview = RegisterImportService(db, admin).preview(read_sheet(path))
    found = [(p.row, p.column) for p in preview.problems]
    assert found == [
        (2, "Klager"),
        (3, "Klager"),
        (4, "Datum ontvangst"),
        (5, "Omschrijving"),
        (5, "Dossiernummer"),
    ]
    messages = [p.message for p in preview.problems]
    assert "stuurteken" in messages[0]
    assert "hoogstens 200 tekens (nu 5.000)" in messages[1]
    assert "vóór 1990" in messages[2]
    assert "hoogstens 50 tekens" in messages[4]
    (good,) = [p for p in preview.plans if p.valid]
    assert good.value("Omschrijving") == "Regel een\nregel twee\tmet tab."


def test_the_rows_are_worked_out_outside_the_write_lock_and_written_in_one_transaction(
    db: Database, admin: CurrentUser, tmp_path: Path
) -> None:
    service = RegisterImportService(db, admin)
    preview = service.preview(read_sheet(_plain_workbook(tmp_path / "register.xlsx", 250)))
    open_writes = 0
    write_transactions = 0

    def began(connection):  # type: ignore[no-untyped-def]
        nonlocal open_writes, write_transactions
        if connection.get_execution_options().get("write"):
            write_transactions += 1
            open_writes += 1

    def ended(connection):  # type: ignore[no-untyped-def]
        nonlocal open_writes
        if connection.get_execution_options().get("write"):
            open_writes -= 1

    seen: list[tuple[int, int]] = []

    def progress(done: int, _total: int) -> bool:
        seen.append((done, open_writes))
        return True

    event.listen(db.engine, "begin", began)
    event.listen(db.engine, "commit", ended)
    event.listen(db.engine, "rollback", ended)
    try:
        result = service.import_rows(preview, progress=progress)
    finally:
        event.remove(db.engine, "begin", began)
        event.remove(db.engine, "commit", ended)
        event.remove(db.engine, "rollback", ended)
    assert result.created == 250
    assert write_transactions == 1
    # Progress is reported while the rows are worked out: no write lock is held then.
    assert seen == [(100, 0), (200, 0)]


def test_every_row_an_import_creates_has_its_audit_event(
    db: Database, admin: CurrentUser, tmp_path: Path
) -> None:
    path = tmp_path / "register.csv"
    path.write_text(
        "Datum ontvangst;Klager;E-mail;Medewerker;Afdeling;Behandelaar;Onderwerp;"
        "Dossiernummer;Omschrijving;Afhandeling;Datum afgehandeld;Oorzaak\n"
        '03-02-2024;Proef Een;een@example.com;"Proef Sigma; Proef Tau";Team Proef;Proef Rho;'
        'Bejegening, Termijn;"D-1; D-2";Te laat.;informeel;20-02-2024;Werkproces: post lag\n'
        "04-02-2024;Proef Een;een@example.com;Proef Tau;Team Proef;Proef Rho;Termijn;D-3;"
        "Weer te laat.;;;\n",
        encoding="utf-8",
    )
    service = RegisterImportService(db, admin)
    result = service.import_rows(service.preview(read_sheet(path)), create_people=True)
    assert result.created == 2
    with db.session_scope() as session:
        assert verify_chain(session) is None
        created = {
            (e.entity, e.entity_id): e
            for e in session.scalars(select(AuditEvent).where(AuditEvent.action == "create"))
        }
        counts = {}
        for model in (
            Complaint,
            Complainant,
            StatusChange,
            ComplaintEmployee,
            RelatedDossier,
            HandlingReport,
        ):
            ids = list(session.scalars(select(model.id)))
            counts[model.__name__] = len(ids)
            for row_id in ids:
                assert (model.__name__, str(row_id)) in created
        assert counts == {
            "Complaint": 2,
            "Complainant": 1,  # the same person twice
            "StatusChange": 2,
            "ComplaintEmployee": 3,
            "RelatedDossier": 3,
            "HandlingReport": 1,
        }
        first = session.scalars(select(Complaint).order_by(Complaint.id)).first()
        assert first is not None
        recorded = created[("Complaint", str(first.id))]
        assert recorded.complaint_id == first.id
        changes = json.loads(recorded.changes)
        assert changes["received_on"] == "2024-02-03"
        assert changes["status"] == "closed"
        assert len(changes["subjects"]["added"]) == 2
        # The register searches the imported rows at once.
        assert RegisterService(db, admin).count(RegisterFilter(search="sigma")) == 1


def test_export_gives_status_next_deadline_and_phone_numbers_as_the_dutch_write_them(
    db: Database, admin: CurrentUser, tmp_path: Path
) -> None:
    intake = IntakeService(db, admin)
    phones = {"0612345678": "06 12345678", "0101234567": "010 123 4567"}
    phones["+3225501211"] = "+32 2 550 12 11"  # a foreign number stays international
    for n, phone in enumerate(phones):
        intake.register(
            IntakeData(
                description="Niet teruggebeld.",
                received_on=date(2026, 3, 2),
                complainant=ComplainantData(name=f"Proef Telefoon {n}", phone_day=phone),
            ),
            today=date(2026, 3, 2),
        )
    path = tmp_path / "register.xlsx"
    RegisterExportService(db, admin).export(path)

    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    header = list(rows[0])
    by_name = {row[header.index("Klager")]: row for row in rows[1:]}
    with db.session_scope() as session:
        for n, written in enumerate(phones.values()):
            row = by_name[f"Proef Telefoon {n}"]
            # "+32…" keeps the quote every formula-like text gets (see sheet_writing).
            assert unescape_formula_text(row[header.index("Telefoon")]) == written
            assert row[header.index("Status")] == "Geregistreerd"
            complaint = session.scalars(
                select(Complaint).where(Complaint.number == row[header.index("Nummer")])
            ).one()
            due = next_deadline_of(complaint)
            assert due is not None
            assert row[header.index("Volgende termijn")].date() == due


# ----- a fast import keeps its audit trail (issue 14) ----------------------------------------


def _full_register(path: Path, rows: int) -> Path:
    """A sheet in all register columns: people who recur, employees with their teams,
    handlers, subjects, dossiers, closed and open complaints, signals, annex-1 answers."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Register")
    sheet.append(list(COLUMNS))
    employees = [f"Proef Medewerker{n}" for n in range(6)]
    for n in range(rows):
        received = date(2024, 1, 1 + n % 28)
        signal = n % 10 == 9
        handler = employees[n % 4] if n % 3 else None
        closed = date(2024, 3, 1 + n % 28) if n % 2 else None
        route = ("formeel" if n % 4 == 1 else "informeel") if closed else None
        person = n % 70  # the same person comes back with the same e-mail address
        sheet.append(
            [
                None,
                "signaal" if signal else "klacht",
                received,
                "E-mail" if n % 2 else "Post",
                None if signal else f"Proef Klager{person}",
                None if signal else f"Proefstraat {person + 1}",
                "2511 AB",
                "Den Haag",
                f"06-{12345000 + person}" if n % 5 else None,
                None if signal else f"klager{person}@example.com",
                employees[n % 6],
                f"Team Proef{n % 6 // 2}",
                f"D-{n}" if n % 4 == 0 else None,
                f"Proefklacht nummer {n}.",
                "Bejegening; Termijn" if n % 2 else "Termijn",
                handler,
                route,
                "gegrond" if route == "formeel" else None,
                date(2024, 2, 1) if handler else None,
                closed,
                "Werkproces: post lag" if closed and handler else None,
                "Excuses" if closed and handler else None,
                "Post sneller" if closed and handler and n % 4 == 1 else None,
            ]
        )
    workbook.save(path)
    return path


def test_a_large_import_is_fully_audited_and_the_database_verifies(
    db: Database, admin: CurrentUser, tmp_path: Path
) -> None:
    path = _full_register(tmp_path / "register.xlsx", 300)
    service = RegisterImportService(db, admin)
    preview = service.preview(read_sheet(path))
    assert preview.problems == []
    result = service.import_rows(preview, create_people=True)
    assert (result.created, result.updated, result.refused) == (300, 0, 0)
    with db.session_scope() as session:
        assert session.scalar(select(func.count()).select_from(Complaint)) == 300
        # 70 people, each recurring with the same e-mail address, are recognised.
        assert session.scalar(select(func.count()).select_from(Complainant)) == 70
    report = verify_database(db, anchor_path=tmp_path / "anker.json")
    assert report.ok, report.problems
    # A second import of the same file changes nothing and still verifies.
    again = service.preview(read_sheet(path))
    assert {p.action for p in again.plans} == {Action.SKIP}
    assert verify_database(db, anchor_path=tmp_path / "anker.json").ok


def test_an_import_stopped_half_way_writes_nothing(
    db: Database, admin: CurrentUser, tmp_path: Path
) -> None:
    service = RegisterImportService(db, admin)
    with db.session_scope() as session:
        events = session.scalar(select(func.count()).select_from(AuditEvent))
    first = service.preview(read_sheet(_full_register(tmp_path / "register.xlsx", 300)))

    def stop_after_200(done: int, _total: int) -> None:
        if done >= 200:
            raise ImportCancelled

    with pytest.raises(ImportCancelled):
        service.import_rows(first, create_people=True, progress=stop_after_200)
    with db.session_scope() as session:
        assert session.scalar(select(func.count()).select_from(Complaint)) == 0
        assert session.scalar(select(func.count()).select_from(Complainant)) == 0
        assert session.scalar(select(func.count()).select_from(Employee)) == 1  # the admin
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == events
    assert verify_database(db, anchor_path=tmp_path / "anker.json").ok


def _small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    for module in (register_io.planning, register_io.applying, register_io.importing):
        monkeypatch.setattr(module, "_BATCH", 100)


def test_a_large_import_written_in_chunks_is_audited_as_one_transaction(
    db: Database, admin: CurrentUser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Small chunks, so that 300 rows append their audit events in several chunks before
    # the commit (an import of 100,000 rows must not hold all its events until then).
    _small_batches(monkeypatch)
    with db.session_scope() as session:
        before = audit_position(session)
    service = RegisterImportService(db, admin)
    preview = service.preview(read_sheet(_full_register(tmp_path / "register.xlsx", 300)))
    result = service.import_rows(preview, create_people=True)
    assert result.created == 300
    with db.session_scope() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.seq > before)).all()
    created = [e for e in events if e.entity == "Complaint"]
    assert len(created) == 300
    assert len({e.at for e in events}) == 1  # one transaction, one time
    assert verify_database(db, anchor_path=tmp_path / "anker.json").ok


def test_a_large_import_keeps_a_bounded_number_of_keys_and_its_sealed_values_open(
    db: Database, admin: CurrentUser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every complaint gets a key of its own; 100,000 held until the commit took a quarter
    # of a GB. Here chunks of 100 rows and at most 50 cached keys: the cache is started
    # afresh and a key needed again is loaded again, so every sealed value still opens.
    _small_batches(monkeypatch)
    monkeypatch.setattr(shredding, "_CACHED_KEYS", 50)
    cached: list[int] = []

    def append_and_count(session: Session) -> None:
        write_pending_audit(session)
        cached.append(len(session.info.get("personal_key_cache", {})))

    monkeypatch.setattr(register_io.applying, "write_pending_audit", append_and_count)
    service = RegisterImportService(db, admin)
    preview = service.preview(read_sheet(_full_register(tmp_path / "register.xlsx", 300)))
    assert service.import_rows(preview, create_people=True).created == 300
    assert cached
    assert max(cached) < 300
    report = verify_database(db, anchor_path=tmp_path / "anker.json")
    assert report.ok, report.problems
    with db.session_scope() as session:
        ring = shredding.KeyRing(session.connection())
        texts = [
            ring.open("Complaint", "create", json.loads(changes))["description"]
            for changes in session.scalars(
                select(AuditEvent.changes).where(
                    AuditEvent.entity == "Complaint", AuditEvent.action == "create"
                )
            )
        ]
    assert len(texts) == 300
    assert all(isinstance(t, str) and t.startswith("Proefklacht nummer") for t in texts), texts[:3]


def test_an_import_written_in_multi_row_statements_links_and_finds_every_row(
    db: Database, backend: str, admin: CurrentUser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # On SQLite the rows go as multi-row INSERTs (the FTS5 index behind the search wrote a
    # segment per one-row statement). Statements of 7 rows here, so the chunks of 100 split
    # unevenly: every complaint must still get its own complainant back from RETURNING,
    # every row its search entry, and the trail every row.
    _small_batches(monkeypatch)
    monkeypatch.setattr(bulk_insert, "_ROWS_PER_STATEMENT", 7)
    service = RegisterImportService(db, admin)
    preview = service.preview(read_sheet(_full_register(tmp_path / "register.xlsx", 300)))
    assert service.import_rows(preview, create_people=True).created == 300
    with db.session_scope() as session:
        rows = session.execute(
            select(Complaint.description, Complainant.name).outerjoin(
                Complainant, Complaint.complainant_id == Complainant.id
            )
        ).all()
        assert len(rows) == 300
        for description, name in rows:
            n = int(re.search(r"\d+", description).group())  # type: ignore[union-attr]
            assert name == (None if n % 10 == 9 else f"Proef Klager{n % 70}"), description
        assert session.scalar(select(func.count()).select_from(Complainant)) == 70
        if backend == "sqlite":
            session.connection().exec_driver_sql(
                "INSERT INTO complaint_fts(complaint_fts, rank) VALUES ('integrity-check', 1)"
            )
    register = RegisterService(db, admin)
    assert register.count(RegisterFilter(search="proefklacht")) == 300
    # Person 17 in rows 17, 87, 157, 227 and 297 (none a signal).
    assert register.count(RegisterFilter(search="klager17")) == 5
    report = verify_database(db, anchor_path=tmp_path / "anker.json")
    assert report.ok, report.problems


def test_an_import_failing_after_some_chunks_leaves_no_audit_events(
    db: Database, admin: CurrentUser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _small_batches(monkeypatch)
    appended = []

    def append_then_fail(session: object) -> None:
        write_pending_audit(session)  # type: ignore[arg-type]
        appended.append(1)
        if len(appended) == 3:
            raise ServiceError("Proef: de schijf is vol.")

    for module in (register_io.importing, register_io.applying):
        monkeypatch.setattr(module, "write_pending_audit", append_then_fail)
    with db.session_scope() as session:
        events = session.scalar(select(func.count()).select_from(AuditEvent))
    service = RegisterImportService(db, admin)
    preview = service.preview(read_sheet(_full_register(tmp_path / "register.xlsx", 300)))
    with pytest.raises(ServiceError):
        service.import_rows(preview, create_people=True)
    with db.session_scope() as session:
        assert session.scalar(select(func.count()).select_from(Complaint)) == 0
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == events
    assert verify_database(db, anchor_path=tmp_path / "anker.json").ok


def test_checking_a_sheet_again_after_a_new_mapping_gives_the_same_rows(
    db: Database, admin: CurrentUser, tmp_path: Path
) -> None:
    # The rows read with the header are handed to the first check only (memory); a second
    # check, as after going back to the mapping, reads the file again.
    sheet = read_sheet(_full_register(tmp_path / "register.xlsx", 40))
    service = RegisterImportService(db, admin)
    first = service.preview(sheet)
    second = service.preview(sheet)
    assert len(first.plans) == 40
    assert [(p.row, p.action, p.cells) for p in second.plans] == [
        (p.row, p.action, p.cells) for p in first.plans
    ]


def test_rows_naming_one_person_share_a_record_and_an_earlier_match_wins(
    db: Database, admin: CurrentUser, tmp_path: Path
) -> None:
    path = tmp_path / "register.csv"
    path.write_text(
        "Datum ontvangst;Klager;E-mail;Telefoon;Omschrijving\n"
        "03-02-2024;Proef Xi;xi.een@example.com;0612345678;Eerste.\n"
        # Same name, no detail shared with the first row: someone else.
        "04-02-2024;Proef Xi;xi.twee@example.com;;Tweede.\n"
        # Shares the first row's phone but contradicts its e-mail, and shares the second
        # row's e-mail without a contradiction: the second row's person.
        "05-02-2024;Proef Xi;xi.twee@example.com;0612345678;Derde.\n"
        # Matches the first row's person (and not the second's): that one.
        "06-02-2024;Proef Xi;xi.een@example.com;;Vierde.\n",
        encoding="utf-8",
    )
    service = RegisterImportService(db, admin)
    result = service.import_rows(service.preview(read_sheet(path)), create_people=True)
    assert result.created == 4
    with db.session_scope() as session:
        person_of = {c.description: c.complainant_id for c in session.scalars(select(Complaint))}
        assert session.scalar(select(func.count()).select_from(Complainant)) == 2
        assert verify_chain(session) is None
    assert person_of["Eerste."] == person_of["Vierde."]
    assert person_of["Tweede."] == person_of["Derde."]
    assert person_of["Eerste."] != person_of["Tweede."]


def test_audit_events_built_from_the_inserted_values_equal_those_read_back(
    db: Database, backend: str, admin: CurrentUser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The import builds the CREATE events of complaints and complainants from the values it
    # inserted (enums, dates, booleans, defaults, links), not from a read-back. Every chunk
    # is checked here against the events a read-back of the same rows gives; the trail then
    # holds the built ones, and must verify.
    from app.services import audit

    built = audit.record_inserted_rows
    compared: list[str] = []

    def checked(session: Session, model: type, rows: list[dict], links: dict | None = None) -> None:
        pending = session.info.setdefault("audit_pending", [])
        start = len(pending)
        built(session, model, rows, links)
        from_values = pending[start:]
        key = model.__table__.c.id
        audit.record_bulk_inserts(session, model, key.in_([r["id"] for r in rows]), links)
        read_back = pending[start + len(from_values) :]
        del pending[start + len(from_values) :]
        assert len(from_values) == len(rows) == len(read_back)
        for mine, theirs in zip(from_values, read_back, strict=True):
            assert mine == theirs
            assert audit._CHANGES.encode(mine.changes) == audit._CHANGES.encode(theirs.changes)
        compared.extend(c.entity for c in from_values)

    monkeypatch.setattr(register_io.applying, "record_inserted_rows", checked)
    _small_batches(monkeypatch)
    service = RegisterImportService(db, admin)
    preview = service.preview(read_sheet(_full_register(tmp_path / "register.xlsx", 300)))
    assert service.import_rows(preview, create_people=True).created == 300
    assert compared.count("Complaint") == 300
    assert compared.count("Complainant") == 70
    report = verify_database(db, anchor_path=tmp_path / "anker.json")
    assert report.ok, report.problems


def test_an_import_writes_with_a_larger_page_cache_and_gives_the_connection_back_as_it_was(
    db: Database, admin: CurrentUser, tmp_path: Path
) -> None:
    """SQLite's 2 MB page cache made a large import spill its indexes' pages before the
    commit; the import's own connection gets 32 MB while it writes, and only then."""
    from sqlalchemy import event

    from app.services.bulk_insert import BULK_CACHE_KIB

    path = _full_register(tmp_path / "register.xlsx", 30)
    service = RegisterImportService(db, admin)
    preview = service.preview(read_sheet(path))
    seen: list[str] = []

    def note(_conn, _cursor, statement, _parameters, _context, _many):  # type: ignore[no-untyped-def]
        if "cache_size" in statement:
            seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        assert service.import_rows(preview, create_people=True).created == 30
    finally:
        event.remove(db.engine, "before_cursor_execute", note)
    if not db.is_sqlite:
        assert seen == []  # PostgreSQL's buffers are the server's
        return
    assert seen[:2] == ["PRAGMA cache_size", f"PRAGMA cache_size=-{BULK_CACHE_KIB}"]
    assert seen[-1] == "PRAGMA cache_size=-2000"  # SQLite's default, as it was
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA cache_size").scalar_one() == -2000


def test_a_conflict_found_while_writing_is_told_in_dutch_and_writes_nothing(
    db: Database, admin: CurrentUser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Between the check and the write someone may register a number from the sheet: the
    database refuses the row, and the user is told so (not a traceback), with nothing kept
    and the connection's page cache back to its own size."""
    from sqlalchemy import text

    from app.services.register_io import importing

    path = _full_register(tmp_path / "register.xlsx", 5)
    service = RegisterImportService(db, admin)
    preview = service.preview(read_sheet(path))
    writer = importing._write_new_rows

    def write_then_conflict(session, context, prepared):  # type: ignore[no-untyped-def]
        written = writer(session, context, prepared)
        # What a colleague's complaint with the same number would cause: a refused row.
        session.execute(text("INSERT INTO complaint (id) VALUES (NULL)"))
        return written

    monkeypatch.setattr(importing, "_write_new_rows", write_then_conflict)
    with pytest.raises(ServiceError, match="gewijzigd terwijl het bestand werd ingelezen"):
        service.import_rows(preview, create_people=True)
    with db.session_scope() as session:
        assert session.scalar(select(func.count()).select_from(Complaint)) == 0
    if db.is_sqlite:
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA cache_size").scalar_one() == -2000
