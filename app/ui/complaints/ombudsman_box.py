"""The coordinator's "Nationale ombudsman" box in the complaint's data tab: the day the
complainant went on to the ombudsman, which gives the complaint its longer retention term."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.models.enums import OPEN_STATUSES
from app.services.complaints import ComplaintDetail
from app.services.retention import RetentionService
from app.ui.complaints.field_box import FieldBox
from app.ui.workflow.dialog_base import OptionalDate


class OmbudsmanBox(FieldBox):
    """Shown for a closed complaint only."""

    field = "ombudsman_on"

    def __init__(self, service: RetentionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.day = OptionalDate(self.tr("Doorgestuurd naar de Nationale ombudsman op"), None)
        self.lay_out(
            self.tr("Nationale ombudsman"),
            self.tr(
                "Ging de klager na de afhandeling naar de Nationale ombudsman? Dan blijft "
                "het dossier langer bewaard. Zet het vinkje uit om de datum te wissen."
            ),
            self.day,
            self.tr("Datum opslaan"),
        )
        self.day.check.toggled.connect(self.edited)
        self.day.edit.dateChanged.connect(self.edited)

    def load(self, detail: ComplaintDetail) -> None:
        self.setVisible(detail.status not in OPEN_STATUSES)
        super().load(detail)

    def show_value(self, detail: ComplaintDetail) -> None:
        self.day.set_value(detail.ombudsman_on)

    def write(self, complaint_id: int, version: int) -> int:
        return self.service.record_ombudsman(complaint_id, self.day.value(), version)

    def stale_text(self) -> str:
        return self.tr(
            "Iemand anders heeft deze klacht intussen gewijzigd. Uw datum staat er nog; "
            "kies opnieuw Opslaan."
        )
