"""The "Database controleren" row of the Beheer screen: the full check of the register
(integrity and audit-trail replay, ``app.services.verify``) off the GUI thread, its
report in a message box."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.services.errors import ServiceError
from app.services.verify import VerifyReport, VerifyService
from app.ui import messages
from app.ui.io import jobs

log = logging.getLogger(__name__)


class DatabaseCheckPanel(QWidget):
    def __init__(self, service: VerifyService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.job: jobs.BackgroundJob | None = None
        self.check_button = QPushButton(self.tr("Database controleren"))
        self.check_button.setToolTip(
            self.tr(
                "Controleert het databasebestand en speelt de hele audittrail af: is niets "
                "buiten het programma om gewijzigd?"
            )
        )
        self.status = QLabel()
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check_button)
        layout.addWidget(self.status, 1)
        self.check_button.clicked.connect(self.start_check)

    def start_check(self) -> None:
        if self.job is not None:
            return
        self.check_button.setEnabled(False)
        self.status.setText(self.tr("Bezig met controleren…"))
        job = jobs.BackgroundJob(lambda _progress: self.service.verify())
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        self.job = job
        jobs.start_job(job)

    def _done(self) -> None:
        self.job = None
        self.check_button.setEnabled(True)

    def _finished(self, report: VerifyReport) -> None:
        self._done()
        title = self.tr("Database controleren")
        if report.ok:
            self.status.setText(self.tr("Laatste controle: in orde."))
            messages.information(self, title, report.text())
        else:
            self.status.setText(self.tr("Laatste controle: problemen gevonden."))
            messages.warning(self, title, report.text())

    def _failed(self, error: Exception) -> None:
        self._done()
        self.status.clear()
        if isinstance(error, ServiceError):
            messages.show_service_error(self, error)
            return
        log.error("database check failed", exc_info=error)
        messages.error(
            self,
            self.tr("Database controleren"),
            self.tr("De controle kon niet worden uitgevoerd. Details staan in het logboek."),
        )
