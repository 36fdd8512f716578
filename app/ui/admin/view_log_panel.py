"""The Inzagelog tab of the Beheer screen: the view log (who opened whose personal data)
for a period, or for one complainant, exported to .xlsx or .csv for the privacy officer.
The export runs off the GUI thread and is written whole or not at all."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.view_log import ViewLogService
from app.ui import messages, ops
from app.ui.files import Purpose, ask_save_file
from app.ui.widgets import arg, note_label

log = logging.getLogger(__name__)


class ViewLogPanel(QWidget):
    def __init__(self, service: ViewLogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.job: ops.Op[tuple[int, str]] | None = None
        today = QDate.currentDate()
        self.from_edit = self._date_edit(today.addMonths(-1), self.tr("Van"))
        self.to_edit = self._date_edit(today, self.tr("Tot en met"))
        self.complainant_edit = QLineEdit()
        self.complainant_edit.setPlaceholderText(
            self.tr("leeg: alle klagers; of klagernummer of klachtnummer (IK-2026-0042)")
        )
        self.complainant_edit.setAccessibleName(self.tr("Klager"))
        self.export_button = QPushButton(self.tr("Exporteren…"))
        self.export_button.clicked.connect(self.export)

        form = QFormLayout()
        form.addRow(self.tr("Van"), self.from_edit)
        form.addRow(self.tr("Tot en met"), self.to_edit)
        form.addRow(self.tr("Klager"), self.complainant_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            note_label(
                self.tr(
                    "Het inzagelog legt vast wie de persoonsgegevens van een klacht heeft "
                    "ingezien: het klachtvenster, bijlagen, dossiers en exports of "
                    "rapportages met namen. Exporteer het voor een periode, eventueel van één "
                    "klager (bijvoorbeeld voor een inzageverzoek onder de AVG)."
                )
            )
        )
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)

    @staticmethod
    def _date_edit(day: QDate, name: str) -> QDateEdit:
        edit = QDateEdit(day)
        edit.setDisplayFormat("dd-MM-yyyy")
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        return edit

    def period(self) -> tuple[date, date]:
        start: date = self.from_edit.date().toPython()  # type: ignore[assignment]
        end: date = self.to_edit.date().toPython()  # type: ignore[assignment]
        return start, end

    def export(self) -> None:
        if self.job is not None:
            return
        start, end = self.period()
        complainant = None
        if self.complainant_edit.text().strip():
            complainant = messages.attempt(
                self, lambda: self.service.complainant_of(self.complainant_edit.text())
            )
            if complainant is messages.REFUSED:
                return
        suggested = f"inzagelog-{start:%Y%m%d}-{end:%Y%m%d}.xlsx"
        target, _chosen = ask_save_file(
            self,
            Purpose.EXPORT,
            self.tr("Inzagelog exporteren"),
            suggested,
            self.tr("Excel-werkmap (*.xlsx);;CSV, puntkomma's (*.csv)"),
        )
        if not target:
            return
        if Path(target).suffix.lower() not in (".xlsx", ".csv"):
            target += ".xlsx"
        service = self.service
        self.export_button.setEnabled(False)
        self.job = (
            ops.Op(
                self, lambda _progress: (service.export(target, start, end, complainant), target)
            )
            .success(self._finished)
            .failure(self._failed)
            .done(self._done)
            .start()
        )

    def _done(self) -> None:
        self.job = None
        self.export_button.setEnabled(True)

    def _finished(self, result: tuple[int, str]) -> None:
        count, target = result
        messages.information(
            self,
            self.tr("Inzagelog geëxporteerd"),
            arg(self.tr("%1 regels opgeslagen in %2."), count, target),
        )

    def _failed(self, error: BaseException) -> None:
        ops.show_failure(
            self,
            error,
            self.tr("Inzagelog exporteren"),
            self.tr("De export is mislukt. Details staan in het logboek."),
        )
