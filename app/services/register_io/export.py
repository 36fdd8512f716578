"""The register out to Excel or CSV, with the columns the import reads back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.models import (
    Complaint,
    ComplaintEmployee,
    Employee,
    HandlingReport,
)
from app.models.enums import (
    ViewKind,
    label,
)
from app.services.access import requires_any
from app.services.base import Service
from app.services.deadlines import (
    next_deadline_of,
)
from app.services.permissions import Permission
from app.services.register import MAX_PAGE_SIZE, RegisterFilter, RegisterService, RegisterSort
from app.services.register_io.reading import COLUMN_WIDTHS, DATE_COLUMNS, EXPORT_COLUMNS, cause_cell
from app.services.sheet_writing import export_format, sheet_writer
from app.services.validation import (
    display_phone,
)
from app.services.view_log import viewing, write_view_events


class RegisterExportService(Service):
    @requires_any(
        Permission.VIEW_ALL_COMPLAINTS,
        Permission.HANDLE_COMPLAINT,
        message="U mag het klachtenregister niet inzien.",
    )
    def export(
        self,
        path: str | Path,
        filter: RegisterFilter | None = None,
        sort: RegisterSort = RegisterSort.NUMBER,
        descending: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> int:
        """The register (all, or the current filter) in the register columns, as .xlsx or
        .csv by the file's extension; texts that Excel would take for a formula are
        written as text (see ``sheet_writing``)."""
        export_format(path)  # refused before any work
        register = RegisterService(self.db, self.user)
        filter = filter or RegisterFilter()
        total = register.count(filter)
        written = 0
        exported: list[int] = []
        with sheet_writer(
            path, EXPORT_COLUMNS, widths=COLUMN_WIDTHS, date_columns=DATE_COLUMNS
        ) as writer:
            while written < total:
                page = register.page(filter, sort, descending, offset=written, limit=MAX_PAGE_SIZE)
                if not page:
                    break
                exported.extend(r.id for r in page)
                with self.reading() as session:
                    rows = _export_rows(session, [r.id for r in page])
                for row in rows:
                    writer.append(row)
                written += len(page)
                if progress is not None:
                    progress(written, total)
            # The names leave the program in this file: recorded (view log) before the file
            # is complete; a failed recording drops the file.
            with viewing(self) as session:
                write_view_events(
                    session,
                    ViewKind.REGISTER_EXPORT,
                    exported,
                    detail=f"export van {written} rijen",
                )
        return written


def _export_rows(session: Session, ids: list[int]) -> list[list[Any]]:
    complaints = {
        c.id: c
        for c in session.scalars(
            select(Complaint)
            .where(Complaint.id.in_(ids))
            .options(
                selectinload(Complaint.complainant),
                selectinload(Complaint.handler),
                selectinload(Complaint.subjects),
                selectinload(Complaint.related_dossiers),
                # next_deadline_of reads these: loaded per page, never one query per row.
                selectinload(Complaint.promises),
                selectinload(Complaint.sent_decision_letters),
                selectinload(Complaint.employees_concerned)
                .selectinload(ComplaintEmployee.employee)
                .selectinload(Employee.unit),
            )
        )
    }
    reports = {
        r.complaint_id: r
        for r in session.scalars(select(HandlingReport).where(HandlingReport.complaint_id.in_(ids)))
    }
    rows = []
    for complaint_id in ids:
        c = complaints[complaint_id]
        person = c.complainant
        report = reports.get(c.id)
        employees = [e.employee for e in c.employees_concerned if e.employee]
        units = [e.unit.name if e.unit else "" for e in employees]
        if len(set(units)) == 1:
            units = units[:1]  # one unit for all
        if not any(units):
            units = []
        address = " ".join(p for p in ((person.street, person.house_number) if person else ()) if p)
        rows.append(
            [
                c.number,
                label(c.kind).lower(),
                c.received_on,
                label(c.status),
                next_deadline_of(c),
                label(c.channel),
                person.name if person else None,
                address or None,
                person.postcode if person else None,
                person.city if person else None,
                display_phone(person.phone_day or person.phone_evening) or None if person else None,
                person.email if person else None,
                "; ".join(e.name for e in employees) or None,
                "; ".join(units) or None,
                "; ".join(d.dossier_number for d in c.related_dossiers) or None,
                c.description,
                "; ".join(s.name for s in c.subjects) or None,
                c.handler.name if c.handler else None,
                label(c.route).lower() if c.route else None,
                label(c.judgment).lower() if c.judgment else None,
                c.first_contact_on,
                c.closed_on,
                (cause_cell(report.cause_kind, report.cause_text) or None) if report else None,
                report.remedial_action if report else None,
                report.improvement_points if report else None,
            ]
        )
    return rows
