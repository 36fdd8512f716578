"""Making a report off the GUI thread: a QRunnable on the global QThreadPool that opens its
own sessions (through the services), touches no widget, reports progress and can be
stopped. The files are written under a temporary name and renamed when complete
(app.atomic_files.write_bytes_atomically), so stopping leaves nothing behind."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QObject, QRunnable, Signal

from app.db import Database
from app.reports.style import ReportCancelled
from app.services.permissions import CurrentUser
from app.services.report_files import ReportFileService, ReportRequest

log = logging.getLogger(__name__)


class ReportJobSignals(QObject):
    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # list[str]: the files written
    cancelled = Signal()
    failed = Signal(object)  # the exception


class ReportJob(QRunnable):
    def __init__(
        self,
        db: Database,
        user: CurrentUser,
        request: ReportRequest,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__()
        self.db = db
        self.user = user
        self.request = request
        self.today = today
        self.signals = ReportJobSignals()
        self._cancelled = False

    def cancel(self) -> None:
        """Stop at the next laid-out part of the report."""
        self._cancelled = True

    def _progress(self, done: int, total: int) -> None:
        if self._cancelled:
            raise ReportCancelled
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            if self._cancelled:
                raise ReportCancelled
            service = ReportFileService(self.db, self.user, today=self.today)
            paths = service.make(self.request, self._progress)
        except ReportCancelled:
            self.signals.cancelled.emit()
            return
        except Exception as error:  # shown on the GUI thread
            log.info("report failed: %s", type(error).__name__)
            self.signals.failed.emit(error)
            return
        self.signals.finished.emit([str(path) for path in paths])
