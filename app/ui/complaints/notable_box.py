"""The coordinator's "Opvallende zaak" box in the complaint's data tab: a short anonymised
summary that the annual report lists under "Opvallende zaken"."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from app.services.complaints import ComplaintDetail, ComplaintService
from app.ui.complaints.field_box import FieldBox


class NotableBox(FieldBox):
    field = "notable_summary"

    def __init__(self, service: ComplaintService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setTabChangesFocus(True)
        self.lay_out(
            self.tr("Opvallende zaak (jaarverslag)"),
            self.tr(
                "Een korte, geanonimiseerde samenvatting; het jaarverslag noemt haar onder "
                "'Opvallende zaken'."
            ),
            self.summary_edit,
            self.tr("Samenvatting opslaan"),
        )
        self.summary_edit.setPlaceholderText(
            self.tr("Laat leeg als deze klacht niet opvalt. Noem geen namen.")
        )
        self.summary_edit.setMaximumHeight(self.summary_edit.fontMetrics().lineSpacing() * 4 + 16)
        self.summary_edit.textChanged.connect(self.edited)

    def show_value(self, detail: ComplaintDetail) -> None:
        self.summary_edit.setPlainText(detail.notable_summary or "")

    def write(self, complaint_id: int, version: int) -> int:
        return self.service.set_notable_summary(
            complaint_id, self.summary_edit.toPlainText(), version
        )

    def stale_text(self) -> str:
        return self.tr(
            "Iemand anders heeft deze klacht intussen gewijzigd. Uw tekst staat er nog; "
            "kies opnieuw Opslaan."
        )
