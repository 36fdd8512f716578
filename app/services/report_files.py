"""Making the report files: gather the figures (ReportDataService, DossierService), build
the PDF (app.reports) and write it under a temporary name that is renamed when complete,
so a cancelled or failed report never leaves half a file. Used by the command line and by
the Rapportages screen (there in a worker thread; nothing here touches Qt).

``progress(done, total)`` is called while building; it may raise to cancel.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select

from app.atomic_files import write_bytes_atomically
from app.db import Database
from app.models import Complaint
from app.models.enums import ViewKind
from app.reports.annual import build_annual_pdf
from app.reports.data import WeeklyOverview
from app.reports.dossier import build_dossier_pdf
from app.reports.quarterly import build_quarterly_pdf
from app.reports.style import Progress
from app.reports.weekly import build_weekly_eml, build_weekly_pdf, file_stem
from app.services.access import harmless, requires, requires_any
from app.services.base import Service
from app.services.complaints import ComplaintService
from app.services.dossier import DossierService
from app.services.errors import PermissionDenied, ServiceError
from app.services.i18n import t
from app.services.permissions import CurrentUser, Permission
from app.services.report_data import ReportDataService, quarter_range
from app.services.settings import Letterhead, read_letterhead
from app.services.view_log import viewing, write_view_events
from app.storage_errors import file_write_message

MIN_YEAR = 1990


class ReportKind(StrEnum):
    ANNUAL = "annual"
    QUARTERLY = "quarterly"
    WEEKLY = "weekly"
    DOSSIER = "dossier"


REPORT_LABELS = {
    ReportKind.QUARTERLY: "Kwartaalrapportage",
    ReportKind.ANNUAL: "Jaaroverzicht",
    ReportKind.WEEKLY: "Weekoverzicht per behandelaar",
    ReportKind.DOSSIER: "Klachtdossier",
}


@dataclass(frozen=True)
class ReportRequest:
    """One report to make; ``target`` is a file (a folder for the weekly overview)."""

    kind: ReportKind
    target: Path
    year: int | None = None
    quarter: int | None = None
    number: str | None = None  # the complaint of a dossier
    anonymised: bool = False  # annual: without units
    with_names: bool = False  # quarterly: with the names of employees concerned


def default_file_name(request: ReportRequest) -> str:
    """A suggested file name (Dutch, no spaces)."""
    if request.kind == ReportKind.ANNUAL:
        suffix = "-geanonimiseerd" if request.anonymised else ""
        return f"overzicht-interne-klachten-{request.year}{suffix}.pdf"
    if request.kind == ReportKind.QUARTERLY:
        return f"kwartaalrapportage-{request.year}-k{request.quarter}.pdf"
    if request.kind == ReportKind.DOSSIER:
        return f"dossier-{(request.number or '').strip().upper()}.pdf"
    return "weekoverzichten"


def _scaled(progress: Progress | None, part: int, parts: int) -> Progress | None:
    """Progress of part ``part`` of ``parts`` as a share of the whole (0..1000)."""
    if progress is None:
        return None

    def report(done: int, total: int) -> None:
        progress(part * 1000 // parts + done * 1000 // max(total, 1) // parts, 1000)

    return report


class ReportFileService(Service):
    def __init__(self, db: Database, user: CurrentUser, *, today: date | None = None) -> None:
        super().__init__(db, user)
        self._today = today

    @property
    @harmless("the date the service works with; no data")
    def today(self) -> date:
        return self._today or date.today()

    # ----- checks ------------------------------------------------------------------------

    @harmless("checks a year against today; reads no data")
    def check_year(self, year: int | None) -> int:
        last = self.today.year
        if year is None or not MIN_YEAR <= year <= last:
            raise ServiceError(
                t("Kies een jaar van %1 tot en met %2 (vier cijfers).", MIN_YEAR, last)
            )
        return year

    @staticmethod
    @harmless("checks a number; reads no data")
    def check_quarter(quarter: int | None) -> int:
        if quarter is None or not 1 <= quarter <= 4:
            raise ServiceError("Kies een kwartaal van 1 tot en met 4.")
        return quarter

    @staticmethod
    @harmless("checks a path the user chose; reads no data")
    def check_file(path: Path) -> Path:
        folder = path.parent
        if path.is_dir():
            raise ServiceError(t("%1 is een map; geef de naam van een bestand op.", path))
        if not folder.is_dir():
            raise ServiceError(t("De map %1 bestaat niet.", folder))
        if not os.access(folder, os.W_OK):
            raise ServiceError(t("U mag niet schrijven in de map %1.", folder))
        return path

    @staticmethod
    @harmless("checks a folder the user chose; reads no data")
    def check_folder(folder: Path) -> Path:
        if not folder.is_dir():
            raise ServiceError(t("De map %1 bestaat niet.", folder))
        if not os.access(folder, os.W_OK):
            raise ServiceError(t("U mag niet schrijven in de map %1.", folder))
        return folder

    @staticmethod
    def _write(path: Path, content: bytes) -> Path:
        try:
            return write_bytes_atomically(path, content)
        except OSError as error:
            raise ServiceError(file_write_message(error, path)) from error

    # ----- the reports -----------------------------------------------------------------

    @requires_any(
        Permission.VIEW_REPORTS,
        Permission.VIEW_ALL_COMPLAINTS,
        Permission.HANDLE_COMPLAINT,
        message="U mag geen rapportages maken of inzien.",
    )
    def make(self, request: ReportRequest, progress: Progress | None = None) -> list[Path]:
        """Make the requested report; returns the files written."""
        if request.kind == ReportKind.ANNUAL:
            return [
                self.annual(
                    request.year,  # type: ignore[arg-type]
                    request.target,
                    anonymised=request.anonymised,
                    progress=progress,
                )
            ]
        if request.kind == ReportKind.QUARTERLY:
            return [
                self.quarterly(
                    request.year,  # type: ignore[arg-type]
                    request.quarter,  # type: ignore[arg-type]
                    request.target,
                    with_names=request.with_names,
                    progress=progress,
                )
            ]
        if request.kind == ReportKind.DOSSIER:
            return [self.dossier(request.number or "", request.target, progress=progress)]
        return self.weekly(request.target, progress=progress)

    @requires(Permission.VIEW_REPORTS)
    def annual(
        self,
        year: int,
        out: Path,
        *,
        anonymised: bool = False,
        progress: Progress | None = None,
    ) -> Path:
        self.require(Permission.VIEW_REPORTS)
        year = self.check_year(year)
        out = self.check_file(Path(out))
        data = ReportDataService(self.db, self.user, today=self.today)
        figures = data.annual(year)
        listed = data.listed_complaints(date(year, 1, 1), date(year, 12, 31))
        pdf = build_annual_pdf(
            figures, listed, made_on=self.today, anonymised=anonymised, progress=progress
        )
        return self._write(out, pdf)

    @requires(Permission.VIEW_REPORTS)
    def quarterly(
        self,
        year: int,
        quarter: int,
        out: Path,
        *,
        with_names: bool = False,
        progress: Progress | None = None,
    ) -> Path:
        self.require(Permission.VIEW_REPORTS)
        year = self.check_year(year)
        quarter = self.check_quarter(quarter)
        out = self.check_file(Path(out))
        if quarter_range(year, quarter)[0] > self.today:
            raise ServiceError(t("Het %1e kwartaal van %2 is nog niet begonnen.", quarter, year))
        if with_names and not self.user.can(Permission.VIEW_ALL_COMPLAINTS):
            raise PermissionDenied(
                "Alleen wie alle klachten mag inzien, maakt een kwartaalrapportage met de "
                "namen van betrokken medewerkers."
            )
        figures = ReportDataService(self.db, self.user, today=self.today).quarterly(year, quarter)
        if with_names:
            self._record_names(
                [row.number for row in figures.rows], f"kwartaalrapportage {year}-K{quarter}"
            )
        pdf = build_quarterly_pdf(
            figures, made_on=self.today, with_names=with_names, progress=progress
        )
        return self._write(out, pdf)

    @requires_any(
        Permission.VIEW_ALL_COMPLAINTS,
        Permission.HANDLE_COMPLAINT,
        message="U mag deze klacht niet inzien.",
    )
    def dossier(self, number: str, out: Path, *, progress: Progress | None = None) -> Path:
        out = self.check_file(Path(out))
        dossiers = DossierService(self.db, self.user)
        # Recorded in the view log before anything is read; refuses who may not see it.
        ComplaintService(self.db, self.user).record_view(
            dossiers.find(number), ViewKind.DOSSIER_PDF
        )
        data = dossiers.dossier(number)
        return self._write(out, build_dossier_pdf(data, made_on=self.today, progress=progress))

    def _record_names(self, numbers: list[str], detail: str) -> None:
        """A report with names of the complaints ``numbers``: a view of each (view log)."""
        with viewing(self) as session:
            ids: list[int] = []
            for start in range(0, len(numbers), 1000):
                chunk = numbers[start : start + 1000]
                ids.extend(session.scalars(select(Complaint.id).where(Complaint.number.in_(chunk))))
            write_view_events(session, ViewKind.REPORT_WITH_NAMES, ids, detail=detail)

    @requires(Permission.VIEW_REPORTS)
    def weekly(self, folder: Path, *, progress: Progress | None = None) -> list[Path]:
        """Per handler with open complaints a PDF and an e-mail draft (.eml) in ``folder``."""
        self.require(Permission.VIEW_REPORTS)
        folder = self.check_folder(Path(folder))
        overviews = ReportDataService(self.db, self.user, today=self.today).weekly()
        with self.reading() as session:
            letterhead = read_letterhead(session)
        written: list[Path] = []
        try:
            self._weekly_files(overviews, folder, letterhead, written, progress)
        except BaseException:  # cancelled or failed: no half set of overviews
            for path in written:
                path.unlink(missing_ok=True)
            raise
        if progress is not None:
            progress(1000, 1000)
        return written

    def _weekly_files(
        self,
        overviews: list[WeeklyOverview],
        folder: Path,
        letterhead: Letterhead,
        written: list[Path],
        progress: Progress | None,
    ) -> None:
        for index, overview in enumerate(overviews):
            pdf = build_weekly_pdf(
                overview,
                organisation=letterhead.name,
                made_on=self.today,
                progress=_scaled(progress, index, len(overviews)),
            )
            eml = build_weekly_eml(
                overview,
                organisation=letterhead.name,
                signature=self.user.name,
                sender=letterhead.sender_email or None,
                pdf=pdf,
            )
            stem = file_stem(overview)
            written.append(self._write(folder / f"{stem}.pdf", pdf))
            written.append(self._write(folder / f"{stem}.eml", eml))
