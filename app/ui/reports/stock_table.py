"""The dashboard's "Voorraad per team": open complaints per unit, how many wait for a
handler, and the days from receipt to assignment and to first contact."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from app.reports.data import UnitStock, spread_text
from app.ui.common.tables import list_table
from app.ui.complaints.detail_tabs import RowsModel, TableRow, size_columns
from app.ui.widgets import note_label, service_text


class StockTable(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Voorraad per team"), parent)
        self.model = RowsModel(
            [
                self.tr("Team"),
                self.tr("Open"),
                self.tr("Zonder behandelaar"),
                self.tr("Dagen tot toewijzing"),
                self.tr("Dagen tot eerste contact"),
            ],
            self,
        )
        self.table = list_table(self.model, self.tr("Voorraad per team"), stretch_column=0)
        size_columns(self.table, ["", "0000", "0000", "00,0 / 00,0", "00,0 / 00,0"])
        self.note = note_label(
            self.tr(
                "Dagen: mediaan / gemiddelde, van ontvangst tot toewijzing en tot het eerste "
                "contact, over de klachten ontvangen in de weken van de grafiek hierboven. "
                "Een klacht over medewerkers van twee teams telt bij beide; het totaal telt "
                "haar één keer."
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.note)

    def set_stock(self, stock: tuple[UnitStock, ...]) -> None:
        rows = []
        for line in stock:
            assignment = (
                spread_text(line.to_assignment)
                if line.assignment_known
                else self.tr("niet beschikbaar")
            )
            rows.append(
                TableRow(
                    (
                        service_text(line.name) if line.unit_id is None else line.name,
                        str(line.open),
                        str(line.unassigned),
                        assignment,
                        spread_text(line.to_first_contact),
                    ),
                    line.unit_id,
                    bold=line.unit_id is None,
                )
            )
        self.model.set_rows(rows)
        height = self.table.verticalHeader().defaultSectionSize()
        header = self.table.horizontalHeader().height()
        self.table.setFixedHeight(header + height * min(max(len(rows), 1), 12) + 4)
