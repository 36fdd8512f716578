"""The Inzage tab of a complaint's window: who looked at this complaint's personal data,
when and how (the view log), newest first. Only for who may read the log (the coordinator);
the window does not build it for anyone else."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.services.errors import ServiceError
from app.services.view_log import ViewLogService
from app.ui.common.display import format_moment
from app.ui.common.tables import list_table
from app.ui.complaints.detail_tabs import RowsModel, TableRow, size_columns
from app.ui.widgets import enum_text, note_label

log = logging.getLogger(__name__)


class ViewLogTab(QWidget):
    def __init__(self, service: ViewLogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.model = RowsModel(
            [self.tr("Wanneer"), self.tr("Wie"), self.tr("Wat"), self.tr("Toelichting")], self
        )
        self.table = list_table(self.model, self.tr("Inzage"), stretch_column=3)
        size_columns(
            self.table,
            ["00-00-0000 00:00", "Hanneke Oosterhuis-de Vries", "Register geëxporteerd met namen"],
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            note_label(
                self.tr(
                    "Wie de persoonsgegevens van deze klacht heeft ingezien: het venster, "
                    "bijlagen, het dossier en exports of rapportages met namen."
                )
            )
        )
        layout.addWidget(self.table, 1)

    def load(self, complaint_id: int) -> None:
        try:
            entries = self.service.of_complaint(complaint_id)
        except ServiceError as error:
            log.info("view log not shown: %s", type(error).__name__)
            entries = []
        self.model.set_rows(
            [
                TableRow(
                    (
                        format_moment(entry.at),
                        entry.who,
                        enum_text(entry.what),
                        entry.detail or "",
                    ),
                    tooltip=entry.login,
                )
                for entry in entries
            ]
        )
