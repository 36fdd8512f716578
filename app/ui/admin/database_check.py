"""The "Database controleren" row of the Beheer screen: the full check of the register
(integrity and audit-trail replay, ``app.services.verify``) off the GUI thread, its
report in a message box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.services.verify import VerifyReport, VerifyService
from app.ui import messages, ops


class DatabaseCheckPanel(QWidget):
    def __init__(self, service: VerifyService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.job: ops.Op[VerifyReport] | None = None
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
        service = self.service
        self.job = (
            ops.Op(self, lambda _progress: service.verify())
            .success(self._finished)
            .failure(self._failed)
            .done(self._done)
            .start()
        )

    def _done(self) -> None:
        self.job = None
        self.check_button.setEnabled(True)

    def _finished(self, report: VerifyReport) -> None:
        title = self.tr("Database controleren")
        if report.ok:
            self.status.setText(self.tr("Laatste controle: in orde."))
            messages.information(self, title, report.text())
        else:
            self.status.setText(self.tr("Laatste controle: problemen gevonden."))
            messages.warning(self, title, report.text())

    def _failed(self, error: BaseException) -> None:
        self.status.clear()
        ops.show_failure(
            self,
            error,
            self.tr("Database controleren"),
            self.tr("De controle kon niet worden uitgevoerd. Details staan in het logboek."),
        )
