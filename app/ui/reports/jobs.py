"""Making a report off the GUI thread, as an ``app.ui.ops.Op``: the service opens its own
sessions and touches no widget; the op reports progress and can be stopped. The files are
written under a temporary name and renamed when complete, so stopping leaves nothing
behind."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject

from app.db import Database
from app.services.permissions import CurrentUser
from app.services.report_files import ReportFileService, ReportRequest
from app.ui import ops


def report_op(
    parent: QObject | None,
    db: Database,
    user: CurrentUser,
    request: ReportRequest,
    *,
    today: date | None = None,
) -> ops.Op[list[str]]:
    """A cancellable op whose result is the files written; it stops at the next laid-out
    part of the report once cancelled."""

    def work(progress: ops.Progress) -> list[str]:
        service = ReportFileService(db, user, today=today)
        return [str(path) for path in service.make(request, progress)]

    return ops.Op(parent, work).cancellable()
