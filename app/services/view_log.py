"""The view log (AVG accountability): who opened which complaint's personal data, when and
how — the complaint window, a dossier PDF, an attachment, an export or report with names.

Recording comes first: a view is written before (or in the same transaction as) the read
it records, so personal data never reaches a screen or a file unrecorded. When the log
cannot be written (a full disk, a lost server), the read fails with the storage message;
that is the price of accountability, and the same fault would stop any save as well.

The events live in ``view_event``, apart from the audit trail: reads are not changes, so
they are not hash-chained or replayed by ``verify``; a write still needs an actor.
Who may read the log: the coordinator (per complaint, the Inzage tab) and the
administrator (the export for a period or one complainant, for the privacy officer).
"""

from __future__ import annotations

import csv
import io
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Integer, String, cast, func, insert, literal, or_, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.atomic_files import atomic_output, write_bytes_atomically
from app.db import Actor
from app.models import Complainant, Complaint, Employee, ViewEvent
from app.models.base import UTCDateTime, utcnow
from app.models.enums import ViewKind, label
from app.models.view_log import VIEW_DETAIL_LENGTH
from app.services.access import requires
from app.services.audit import UnauditedWriteError
from app.services.base import Service, storage_error
from app.services.errors import ConcurrentEditError, NotFound, ServiceError
from app.services.i18n import t
from app.services.permissions import Permission
from app.services.validation import search_text
from app.storage_errors import file_write_message

# Complaint ids per INSERT … SELECT: far below every backend's limit on parameters.
_CHUNK = 1000
EXPORT_COLUMNS = (
    "Moment",
    "Medewerker",
    "Inlognaam",
    "Handeling",
    "Klachtnummer",
    "Klager (id)",
    "Toelichting",
)
EXPORT_SUFFIXES = (".csv", ".xlsx")
# Text that Excel would take for a formula is written as text (OWASP, CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class ViewEntry:
    """One recorded view, as the Inzage tab and the export show it."""

    at: datetime
    employee_name: str | None
    login: str
    what: ViewKind
    complaint_id: int | None
    complaint_number: str | None
    complainant_id: int | None
    detail: str | None

    @property
    def who(self) -> str:
        return self.employee_name or self.login


# ----- recording (the rules, joining the caller's transaction) ---------------------------


def _actor(session: Session) -> Actor:
    actor: Actor | None = session.info.get("actor")
    if actor is None:
        raise UnauditedWriteError("view log write without an actor; use a service")
    return actor


def _short(detail: str | None) -> str | None:
    return detail[:VIEW_DETAIL_LENGTH] if detail else None


def write_view_event(
    session: Session,
    what: ViewKind,
    *,
    complaint_id: int | None,
    complainant_id: int | None,
    detail: str | None = None,
) -> None:
    """Record one view by the session's actor. ``detail`` must hold no personal data."""
    actor = _actor(session)
    # inline(): no RETURNING of the new id, so a login that may only add lines (INSERT
    # without SELECT on PostgreSQL, app.services.database_roles) can record its views.
    session.execute(
        insert(ViewEvent)
        .inline()
        .values(
            at=utcnow(),
            employee_id=actor.employee_id,
            login=actor.login,
            complaint_id=complaint_id,
            complainant_id=complainant_id,
            what=ViewKind(what).value,
            detail=_short(detail),
        )
    )


def write_view_events(
    session: Session, what: ViewKind, complaint_ids: Sequence[int], *, detail: str | None = None
) -> None:
    """Record a view of each of these complaints (an export, a report with names), each
    with its complainant, in one statement per thousand complaints."""
    actor = _actor(session)
    at = utcnow()
    columns = ("at", "employee_id", "login", "complaint_id", "complainant_id", "what", "detail")
    ids = list(dict.fromkeys(complaint_ids))
    for start in range(0, len(ids), _CHUNK):
        chosen = select(
            literal(at, UTCDateTime()),
            cast(literal(actor.employee_id), Integer),
            cast(literal(actor.login), String),
            Complaint.id,
            Complaint.complainant_id,
            cast(literal(ViewKind(what).value), String),
            cast(literal(_short(detail)), String),
        ).where(Complaint.id.in_(ids[start : start + _CHUNK]))
        session.execute(insert(ViewEvent).from_select(columns, chosen))


@contextmanager
def viewing(service: Service) -> Iterator[Session]:
    """A read that records itself: one transaction with the user as actor, so the view can
    be written with the read (and a change made in it is audited as usual). It checks no
    permission of its own: the caller checks that the user may see what is read."""
    user = service.user
    try:
        with service.db.session_scope(
            Actor(login=user.login, employee_id=user.employee_id)
        ) as session:
            yield session
    except StaleDataError:
        raise ConcurrentEditError() from None
    except (DBAPIError, sqlite3.Error) as error:
        converted = storage_error(service.db, error)
        if converted is None:
            raise
        raise converted from None


# ----- reading and exporting the log -----------------------------------------------------


def check_period(start: date | None, end: date | None) -> tuple[date, date]:
    if start is None or end is None:
        raise ServiceError("Geef een begin- en einddatum op (dd-mm-jjjj).")
    if end < start:
        raise ServiceError("De einddatum ligt vóór de begindatum.")
    return start, end


def _local_midnight(day: date) -> datetime:
    # The period is in the user's own (local) days; the log stores UTC.
    return datetime.combine(day, time.min).astimezone()


class ViewLogService(Service):
    @requires(Permission.VIEW_ACCESS_LOG)
    def of_complaint(self, complaint_id: int) -> list[ViewEntry]:
        """Who looked at this complaint's personal data, newest first (the Inzage tab)."""
        self.require(Permission.VIEW_ACCESS_LOG)
        with self.reading() as session:
            return self._entries(session, ViewEvent.complaint_id == complaint_id, newest_first=True)

    @requires(Permission.VIEW_ACCESS_LOG)
    def entries(
        self, start: date | None, end: date | None, complainant_id: int | None = None
    ) -> list[ViewEntry]:
        """The views from ``start`` to ``end`` (inclusive, local days), oldest first; with
        ``complainant_id`` only the views of that complainant's data (and of the records
        merged into it)."""
        self.require(Permission.VIEW_ACCESS_LOG)
        start, end = check_period(start, end)
        with self.reading() as session:
            return list(self._period(session, start, end, complainant_id))

    @requires(Permission.VIEW_ACCESS_LOG)
    def complainant_of(self, text: str) -> int:
        """The complainant meant by an id (``123``) or by one of their complaints' numbers
        (``IK-2026-0042``), for the export of one complainant's views."""
        self.require(Permission.VIEW_ACCESS_LOG)
        wanted = search_text(text).strip().upper()
        if not wanted:
            raise ServiceError("Geef het nummer van de klager of van een klacht op.")
        with self.reading() as session:
            if wanted.isdigit():
                found = session.get(Complainant, int(wanted))
                if found is None:
                    raise NotFound(f"Er is geen klager met nummer {wanted}.")
                return found.merged_into_id or found.id
            row = session.execute(
                select(Complaint.complainant_id).where(func.upper(Complaint.number) == wanted)
            ).first()
            if row is None:
                raise NotFound(f"Er is geen klacht of signaal met nummer {wanted}.")
            if row.complainant_id is None:
                raise ServiceError(t("%1 is een signaal zonder klager.", wanted))
            person = session.get(Complainant, row.complainant_id)
            return person.merged_into_id or person.id if person else row.complainant_id

    @requires(Permission.VIEW_ACCESS_LOG)
    def export(
        self,
        path: str | Path,
        start: date | None,
        end: date | None,
        complainant_id: int | None = None,
    ) -> int:
        """The log for a period (and one complainant) as .csv (Dutch Excel: UTF-8 with BOM,
        semicolons) or .xlsx, written whole or not at all; returns the number of rows."""
        self.require(Permission.VIEW_ACCESS_LOG)
        start, end = check_period(start, end)
        target = Path(path)
        suffix = target.suffix.lower()
        if suffix not in EXPORT_SUFFIXES:
            raise ServiceError("Kies een bestandsnaam die eindigt op .csv of .xlsx.")
        if target.is_dir():
            raise ServiceError(t("%1 is een map; geef de naam van een bestand op.", target))
        if not target.parent.is_dir():
            raise ServiceError(t("De map %1 bestaat niet.", target.parent))
        with self.reading() as session:
            rows = [_export_row(e) for e in self._period(session, start, end, complainant_id)]
        try:
            if suffix == ".csv":
                _write_csv(target, rows)
            else:
                write_bytes_atomically(target, _workbook(rows))
        except OSError as error:
            raise ServiceError(file_write_message(error, target)) from error
        return len(rows)

    # ----- queries --------------------------------------------------------------------

    def _period(
        self, session: Session, start: date, end: date, complainant_id: int | None
    ) -> list[ViewEntry]:
        conditions = [
            ViewEvent.at >= _local_midnight(start),
            ViewEvent.at < _local_midnight(end + timedelta(days=1)),
        ]
        if complainant_id is not None:
            merged = select(Complainant.id).where(Complainant.merged_into_id == complainant_id)
            conditions.append(
                or_(
                    ViewEvent.complainant_id == complainant_id,
                    ViewEvent.complainant_id.in_(merged),
                )
            )
        return self._entries(session, *conditions, newest_first=False)

    @staticmethod
    def _entries(session: Session, *conditions: object, newest_first: bool) -> list[ViewEntry]:
        order = (
            (ViewEvent.at.desc(), ViewEvent.id.desc())
            if newest_first
            else (
                ViewEvent.at,
                ViewEvent.id,
            )
        )
        rows = session.execute(
            select(ViewEvent, Employee.name, Complaint.number)
            .outerjoin(Employee, Employee.id == ViewEvent.employee_id)
            .outerjoin(Complaint, Complaint.id == ViewEvent.complaint_id)
            .where(*conditions)  # type: ignore[arg-type]
            .order_by(*order)
        ).all()
        return [
            ViewEntry(
                at=event.at,
                employee_name=name,
                login=event.login,
                what=event.what,
                complaint_id=event.complaint_id,
                complaint_number=number,
                complainant_id=event.complainant_id,
                detail=event.detail,
            )
            for event, name, number in rows
        ]


# ----- the export file ---------------------------------------------------------------------


def _export_row(entry: ViewEntry) -> tuple[object, ...]:
    return (
        entry.at.astimezone().replace(tzinfo=None),  # local time, as people read it
        entry.employee_name or "",
        entry.login,
        label(entry.what),
        entry.complaint_number or "",
        entry.complainant_id,
        entry.detail or "",
    )


def _safe(value: object) -> object:
    """CSV has no cell types: text Excel would run as a formula gets a leading quote."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def _write_csv(target: Path, rows: list[tuple[object, ...]]) -> None:
    """Real CSV the way Dutch Excel opens it: UTF-8 with BOM, semicolons."""
    with (
        atomic_output(target) as temporary,
        open(temporary, "w", encoding="utf-8-sig", newline="") as handle,
    ):
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(EXPORT_COLUMNS)
        writer.writerows([_csv_moment(row[0]), *(_safe(c) for c in row[1:])] for row in rows)


def _csv_moment(value: object) -> str:
    assert isinstance(value, datetime)
    return value.strftime("%d-%m-%Y %H:%M:%S")


def _text_cell(sheet: object, value: object) -> object:
    """A cell whose text stays text: openpyxl would store "=…" as a live formula."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)  # type: ignore[arg-type]
    if isinstance(value, str):
        cell.data_type = "s"
    return cell


def _workbook(rows: list[tuple[Any, ...]]) -> bytes:
    # openpyxl is imported for an export only: every screen that records a view loads
    # this module.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Inzagelog")
    for letter, width in zip("ABCDEFG", (20, 28, 16, 32, 16, 12, 24), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    sheet.append(list(EXPORT_COLUMNS))
    for row in rows:
        moment = WriteOnlyCell(sheet, value=row[0])
        moment.number_format = "DD-MM-YYYY HH:MM:SS"
        sheet.append([moment, *(_text_cell(sheet, value) for value in row[1:])])
    # Zipped in memory, then written whole: see RegisterExportService.export.
    content = io.BytesIO()
    workbook.save(content)
    return content.getvalue()
