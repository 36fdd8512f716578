"""The report PDFs, read back with pypdf: the annual overview and the quarterly report state
exactly the counts of a data set with known figures, the weekly overview goes to each
handler as an e-mail draft, the dossier prints foreign names; Dutch formats; split tables."""

from __future__ import annotations

import email
import email.policy
import io
from datetime import date
from pathlib import Path

import pypdf
import pytest
from reportlab.platypus import Table

from app.db import Database
from app.models.enums import Role
from app.reports.formats import (
    change_text,
    long_date,
    number,
    percent,
    period_text,
    share,
)
from app.reports.style import (
    Column,
    ReportCancelled,
    data_tables,
    wrap_lines,
)
from app.services.errors import NotFound, PermissionDenied, ServiceError
from app.services.permissions import CurrentUser
from app.services.report_data import ReportDataService
from app.services.report_files import ReportFileService, ReportKind, ReportRequest
from tests import report_dataset
from tests.report_dataset import EMPLOYEE_NAME, FOREIGN_NAME, TODAY, Known


@pytest.fixture
def known(db: Database) -> Known:
    return report_dataset.build(db)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for the reports (tmp_path also holds the database)."""
    folder = tmp_path / "uit"
    folder.mkdir()
    return folder


@pytest.fixture
def files(db: Database, admin: CurrentUser) -> ReportFileService:
    return ReportFileService(db, admin, today=TODAY)


def pdf_pages(path: Path | bytes) -> list[str]:
    """The text of each page, whitespace collapsed to single spaces."""
    source = io.BytesIO(path) if isinstance(path, bytes) else path
    reader = pypdf.PdfReader(source)
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def pdf_text(path: Path | bytes) -> str:
    return " ".join(pdf_pages(path))


def pdf_fonts(path: Path) -> set[str]:
    reader = pypdf.PdfReader(path)
    return {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"].get("/Font", {}).values()
    }


# ----- Dutch formats -----------------------------------------------------------------------


def test_numbers_percentages_and_dates_are_written_the_dutch_way() -> None:
    assert number(1234) == "1.234"
    assert number(1234567) == "1.234.567"
    assert percent(12.5) == "12,5%"
    assert percent(None) == "–"
    assert long_date(date(2026, 11, 23)) == "23 november 2026"
    assert period_text(date(2026, 1, 1), date(2026, 3, 31)) == "1 januari – 31 maart 2026"
    assert share(3, 4) == "3 van 4 (75,0%)"
    assert change_text(27, 24) == "+3 (+12,5%)"
    assert change_text(2, 4) == "-2 (-50,0%)"
    assert change_text(5, 5) == "0 (0,0%)"
    assert change_text(3, 0) == "+3"  # no percentage of nothing
    assert change_text(1234, 1000) == "+234 (+23,4%)"


def test_big_tables_are_split_and_repeat_their_header() -> None:
    rows = [[f"IK-2026-{i:04d}", "Een onderwerp"] for i in range(1, 1201)]
    tables = data_tables([Column("Nummer", 100), Column("Onderwerp", 200)], rows)
    assert [len(t._cellvalues) for t in tables] == [501, 501, 201]  # header + rows
    assert all(isinstance(t, Table) and t.repeatRows == 1 for t in tables)


def test_long_words_are_cut_to_fit_their_column() -> None:
    lines = wrap_lines("Zorgvuldigheidsbeginselenonderzoek", "DejaVuSans", 8, 40)
    assert len(lines.split("\n")) > 1
    assert lines.replace("\n", "") == "Zorgvuldigheidsbeginselenonderzoek"


# ----- the annual overview -----------------------------------------------------------------


def test_annual_report_states_the_known_counts_and_the_change_from_last_year(
    db: Database, admin: CurrentUser, known: Known, files: ReportFileService, out: Path
) -> None:
    ReportDataService(db, admin).save_texts(
        "annual", "2026", {"stood_out": "Meer formele klachten dan vorig jaar.", "learned": ""}
    )
    path = files.annual(2026, out / "jaar.pdf")
    pages = pdf_pages(path)
    text = " ".join(pages)
    # Title page: organisation, title, period, date of making.
    assert "Testorganisatie" in pages[0]
    assert "Overzicht interne klachten 2026" in pages[0]
    assert "1 januari – 31 december 2026" in pages[0]
    assert "Gemaakt op 20 november 2026" in pages[0]
    # Every page numbered "Pagina x van y".
    assert all(f"Pagina {i} van {len(pages)}" in page for i, page in enumerate(pages, 1))
    # The key figures: this year, last year, the change.
    for expected in (
        "Klachten ontvangen 7 5 +2 (+40,0%)",
        "Signalen ontvangen 1 2 -1 (-50,0%)",
        "Klachten afgehandeld 5 5 0 (0,0%)",
        "informeel afgehandeld 2 3 -1 (-33,3%)",
        "formeel afgehandeld 2 1 +1 (+100,0%)",
        "gegrond 0 1 -1 (-100,0%)",
        "deels gegrond 1 0 +1",
        "ongegrond 1 0 +1",
        "doorgezet als herzieningsverzoek 0 0 0",
        "niet in behandeling genomen 1 0 +1",
        "ingetrokken 0 1 -1 (-100,0%)",
    ):
        assert expected in text, expected
    assert "In 2026 zijn 7 klachten en 1 signaal ontvangen (2025: 5 klachten en 2 signalen)" in text
    # Subjects, causes, norms (counted on the complaints received in 2026).
    assert "Bejegening 4 57,1%" in text
    assert "Termijnen en wachttijd 3 42,9%" in text
    assert "Werkproces 1 50,0%" in text
    assert "Medewerker 1 50,0%" in text
    assert "Voortvarendheid 1 100,0%" in text
    # Terms and medians, over the complaints closed in 2026 (the open one of 16 November,
    # contacted in time, is not counted yet).
    assert "Binnen de contacttermijn gesproken 3 van 4 (75,0%)" in text
    assert "Formeel binnen de beslistermijn beslist 1 van 2 (50,0%)" in text
    assert "Mediaan tot het eerste contact 4 dagen" in text
    assert "Mediaan tot de afhandeling 25 dagen" in text
    # Cards, improvements, the coordinator's text.
    assert "Klachten waarvoor kaarten zijn verstuurd 2" in text
    assert "Groene kaarten teruggekomen 1" in text
    assert "Rode kaarten teruggekomen 1" in text
    assert "Terugbelnotitie verplicht in het zaaksysteem" in text
    assert "Meer formele klachten dan vorig jaar." in text
    # The annex lists the year's complaints with units, never names.
    assert "IK-2026-0004 01-04-2026 Bejegening, Termijnen en wachttijd Team Post" in text
    assert "IK-2025-0001" not in text
    assert FOREIGN_NAME not in text
    assert EMPLOYEE_NAME not in text
    assert "Hanna" not in text
    # Only the embedded DejaVu font (a subset), nothing left to the reader's machine.
    assert pdf_fonts(path) == {"/AAAAAA+DejaVuSans", "/AAAAAA+DejaVuSans-Bold"}


def test_the_anonymised_annual_report_names_no_units(
    known: Known, files: ReportFileService, out: Path
) -> None:
    text = pdf_text(files.annual(2026, out / "anoniem.pdf", anonymised=True))
    assert "Geanonimiseerde versie" in text
    assert "IK-2026-0004 01-04-2026 Bejegening, Termijnen en wachttijd Formeel — ongegrond" in text
    assert "Team Post" not in text
    assert "Team Balie" not in text
    assert "Klachten ontvangen 7 5 +2 (+40,0%)" in text


def test_the_annual_report_of_ten_thousand_complaints_splits_its_tables() -> None:
    """Every table of the annex is at most 500 rows (a single 10,000-row table lays out
    five times slower, see MEASURED.md); measured on a full year in the report."""
    from app.reports.annual import complaint_list
    from app.reports.data import ListedComplaint

    listed = [
        ListedComplaint(f"IK-2026-{i:05d}", date(2026, 1, 1), "Bejegening", "Team Post", "Open")
        for i in range(10_000)
    ]
    tables = complaint_list(listed, anonymised=False)
    assert len(tables) == 20
    assert max(len(t._cellvalues) for t in tables) == 501


# ----- the quarterly report ----------------------------------------------------------------


def test_quarterly_report_lists_the_quarter_and_compares_with_the_previous_quarter(
    db: Database, admin: CurrentUser, known: Known, files: ReportFileService, out: Path
) -> None:
    ReportDataService(db, admin).save_texts(
        "quarterly", "2026-2", {"stood_out": "In april kwamen twee klachten binnen.", "learned": ""}
    )
    path = files.quarterly(2026, 2, out / "kwartaal.pdf")
    pages = pdf_pages(path)
    text = " ".join(pages)
    assert "Kwartaalrapportage interne klachten" in pages[0]
    assert "2e kwartaal 2026 (1 april – 30 juni 2026)" in pages[0]
    assert "Vertrouwelijk" in pages[0]
    for expected in (
        "2e kw. 2026 1e kw. 2026 Verschil",
        "Klachten ontvangen 2 3 -1 (-33,3%)",
        "Signalen ontvangen 1 0 +1",
        "Klachten afgehandeld 2 3 -1 (-33,3%)",
        "informeel afgehandeld 0 2 -2 (-100,0%)",
        "formeel afgehandeld 1 1 0 (0,0%)",
        "deels gegrond 0 1 -1 (-100,0%)",
        "ongegrond 1 0 +1",
        "niet in behandeling genomen 1 0 +1",
    ):
        assert expected in text, expected
    # Every complaint of the quarter, with the unit but not the name of the employee.
    assert "IK-2026-0004 01-04-2026 Bejegening, Termijnen en wachttijd Team Post" in text
    assert "Formeel — ongegrond" in text
    assert "IK-2026-0005 02-04-2026 Team Balie, Team Post Niet in behandeling" in text
    assert "IK-2026-0001" not in text
    assert "Bert de Vries" not in text
    assert EMPLOYEE_NAME not in text
    # Improvement proposals: owner by role and unit, deadline, status, progress.
    assert (
        "Wachttijd aan de telefoon verkorten Aangenomen Teamleider, Team Balie 31-12-2026 "
        "In uitvoering Nieuw keuzemenu getest." in text
    )
    assert "Olga" not in text
    assert "Groene kaarten teruggekomen 0" in text
    assert "Rode kaarten teruggekomen 1" in text
    assert "In april kwamen twee klachten binnen." in text
    assert all(f"Pagina {i} van {len(pages)}" in page for i, page in enumerate(pages, 1))
    # The complaints' table is on landscape pages.
    sizes = {tuple(round(float(v)) for v in p.mediabox[2:]) for p in pypdf.PdfReader(path).pages}
    assert sizes == {(595, 842), (842, 595)}


def test_the_quarterly_report_can_name_the_employees(
    known: Known, files: ReportFileService, out: Path
) -> None:
    text = pdf_text(files.quarterly(2026, 2, out / "namen.pdf", with_names=True))
    assert "Medewerker" in text
    assert "Bert de Vries" in text
    assert EMPLOYEE_NAME in text
    assert "met namen van medewerkers" in text


# ----- the weekly overview -----------------------------------------------------------------


def test_weekly_overview_is_a_pdf_and_an_email_draft_to_each_handler(
    known: Known, files: ReportFileService, out: Path
) -> None:
    written = files.weekly(out)
    assert sorted(p.name for p in written) == [
        "weekoverzicht-2026-w47-hanna-behandelaar.eml",
        "weekoverzicht-2026-w47-hanna-behandelaar.pdf",
    ]
    pdf_path = out / "weekoverzicht-2026-w47-hanna-behandelaar.pdf"
    text = pdf_text(pdf_path)
    assert "Hanna Behandelaar: 2 open klachten, waarvan 1 over de termijn." in text
    assert f"{known.overdue_number} 02-11-2026 In behandeling 09-11-2026 Te laat (11 dagen)" in text
    assert f"{known.urgent_number} 16-11-2026 In behandeling 28-12-2026 Spoed" in text

    raw = (out / "weekoverzicht-2026-w47-hanna-behandelaar.eml").read_bytes()
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert message["To"].addresses[0].addr_spec == "hanna@example.org"
    assert message["To"].addresses[0].display_name == "Hanna Behandelaar"
    assert message["X-Unsent"] == "1"
    assert "week 47" in message["Subject"]
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert f"! {known.overdue_number}" in body
    assert "TE LAAT (11 DAGEN)" in body
    attachment = next(message.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    assert "Hanna Behandelaar" in pdf_text(attachment.get_content())


# ----- the dossier -------------------------------------------------------------------------


def test_the_dossier_holds_everything_and_prints_foreign_names(
    known: Known, files: ReportFileService, out: Path
) -> None:
    path = files.dossier(known.dossier_number.lower(), out / "dossier.pdf")
    text = pdf_text(path)
    assert f"Klachtdossier {known.dossier_number}" in text
    assert FOREIGN_NAME in text  # Ç, Ł and Ø as they are
    assert "Vertrouwelijk: dit dossier bevat persoonsgegevens" in text
    for expected in (
        "Naam Çelik-Łukasiewicz, Øystein",
        "Bert de Vries Team Post",  # employee concerned with unit
        "Behandelaar Hanna Behandelaar",
        "Onderwerpen Bejegening, Termijnen en wachttijd",
        "Contact uiterlijk 08-04-2026",
        "Afgesloten op 30-06-2026",
        "Klager gebeld; hoor en wederhoor afgesproken op 20 april.",
        "Wij sturen het verslag van de hoorzitting binnen een week. 02-04-2026 27-04-2026 "
        "24-04-2026",
        "1 De brief kwam te laat. Ongegrond De brief is binnen de termijn verstuurd.",
        "brief-van-klager.pdf application/pdf 14 bytes",
        "Geregistreerd als " + known.dossier_number,  # the history
    ):
        assert expected in text, expected
    assert pdf_fonts(path) == {"/AAAAAA+DejaVuSans", "/AAAAAA+DejaVuSans-Bold"}


def test_a_dossier_of_an_unknown_number_is_refused(files: ReportFileService, out: Path) -> None:
    with pytest.raises(NotFound, match="IK-2099-0001"):
        files.dossier("IK-2099-0001", out / "d.pdf")
    assert list(out.iterdir()) == []


# ----- files, permissions, cancelling ------------------------------------------------------


def test_a_cancelled_report_leaves_no_file_behind(
    known: Known, files: ReportFileService, out: Path
) -> None:
    calls = []

    def progress(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) == 5:
            raise ReportCancelled

    with pytest.raises(ReportCancelled):
        files.annual(2026, out / "jaar.pdf", progress=progress)
    assert list(out.iterdir()) == []


def test_progress_runs_up_to_the_total(known: Known, files: ReportFileService, out: Path) -> None:
    seen: list[tuple[int, int]] = []
    files.make(
        ReportRequest(ReportKind.QUARTERLY, out / "k.pdf", year=2026, quarter=2),
        lambda done, total: seen.append((done, total)),
    )
    assert seen[-1][0] == seen[-1][1]
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)


def test_bad_periods_and_places_are_refused_in_dutch(
    db: Database, admin: CurrentUser, files: ReportFileService, out: Path
) -> None:
    with pytest.raises(ServiceError, match="Kies een jaar van 1990 tot en met 2026"):
        files.annual(2031, out / "j.pdf")
    with pytest.raises(ServiceError, match="Kies een kwartaal van 1 tot en met 4"):
        files.quarterly(2026, 5, out / "k.pdf")
    in_may = ReportFileService(db, admin, today=date(2026, 5, 1))
    with pytest.raises(ServiceError, match="Het 3e kwartaal van 2026 is nog niet begonnen"):
        in_may.quarterly(2026, 3, out / "k.pdf")
    with pytest.raises(ServiceError, match="bestaat niet"):
        files.annual(2026, out / "geen-map" / "j.pdf")
    assert list(out.iterdir()) == []


def test_only_coordinators_and_management_make_the_reports(
    db: Database, known: Known, out: Path
) -> None:
    handler = CurrentUser("hanna", known.handler_id, "Hanna Behandelaar", frozenset({Role.HANDLER}))
    files = ReportFileService(db, handler, today=TODAY)
    with pytest.raises(PermissionDenied):
        files.annual(2026, out / "j.pdf")
    with pytest.raises(PermissionDenied):
        files.weekly(out)
    # A handler may print the dossier of a complaint they handle.
    assert files.dossier(known.dossier_number, out / "d.pdf").exists()


def test_an_empty_year_prints_no_placeholder_and_no_empty_charts(
    known: Known, files: ReportFileService, out: Path
) -> None:
    text = pdf_text(files.annual(2024, out / "leeg.pdf"))
    assert "Niet ingevuld" not in text
    assert "Niets vastgelegd." in text  # the empty tables say so, in words
    for chart in ("Aantal klachten per norm", "Aantal klachten per onderwerp", "Oordeel over"):
        assert chart not in text, chart
    # The coordinator's own sections are left out until something is written.
    assert "Wat viel op" not in text


def test_the_quarterly_report_leaves_out_an_unwritten_section_and_keeps_a_written_one(
    db: Database, admin: CurrentUser, known: Known, files: ReportFileService, out: Path
) -> None:
    ReportDataService(db, admin).save_texts(
        "quarterly", "2026-2", {"stood_out": "", "learned": "Eerder terugbellen helpt."}
    )
    text = pdf_text(files.quarterly(2026, 2, out / "kwartaal.pdf"))
    assert "Niet ingevuld" not in text
    assert "Wat viel op" not in text
    assert "Wat hebben we geleerd Eerder terugbellen helpt." in text
