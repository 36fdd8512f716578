"""The coordinator's "Nationale ombudsman" box in the complaint's data tab: the day the
complainant went on to the ombudsman, which gives the complaint its longer retention term."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.models.enums import OPEN_STATUSES
from app.services.complaints import ComplaintDetail
from app.services.errors import ConcurrentEditError, ServiceError, ValidationError
from app.services.retention import RetentionService
from app.ui import messages
from app.ui.widgets import ErrorLabel, note_label, service_text
from app.ui.workflow.dialog_base import OptionalDate


class OmbudsmanBox(QGroupBox):
    """Shown for a closed complaint. ``saved`` fires after a save (the complaint's version
    moved on: the window reloads its copy)."""

    saved = Signal()

    def __init__(self, service: RetentionService, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Nationale ombudsman"), parent)
        self.service = service
        self.complaint_id: int | None = None
        self.version: int | None = None
        self.dirty = False
        self.day = OptionalDate(self.tr("Doorgestuurd naar de Nationale ombudsman op"), None)
        self.day.check.toggled.connect(self._edited)
        self.day.edit.dateChanged.connect(self._edited)
        self.error_label = ErrorLabel()
        self.saved_label = QLabel()
        self.save_button = QPushButton(self.tr("Datum opslaan"))
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error_label, 1)
        buttons.addWidget(self.saved_label)
        buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(
            note_label(
                self.tr(
                    "Ging de klager na de afhandeling naar de Nationale ombudsman? Dan blijft "
                    "het dossier langer bewaard. Zet het vinkje uit om de datum te wissen."
                )
            )
        )
        layout.addWidget(self.day)
        layout.addLayout(buttons)
        self._loading = False

    def load(self, detail: ComplaintDetail) -> None:
        """Show the stored day; a typed day stays when the same complaint reloads."""
        same = detail.id == self.complaint_id
        self.complaint_id, self.version = detail.id, detail.version
        self.setVisible(detail.status not in OPEN_STATUSES)
        if same and self.dirty:
            return
        self._loading = True
        try:
            self.day.set_value(detail.ombudsman_on)
        finally:
            self._loading = False
        self.dirty = False

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self.dirty = True
            self.saved_label.clear()

    def save(self) -> bool:
        if self.complaint_id is None or self.version is None:
            return False
        self.error_label.show_message(None)
        try:
            self.version = self.service.record_ombudsman(
                self.complaint_id, self.day.value(), self.version
            )
        except ValidationError as error:
            message = error.errors.get("ombudsman_on") or error.message
            self.error_label.show_message(service_text(message))
            return False
        except ConcurrentEditError:
            self.error_label.show_message(
                self.tr(
                    "Iemand anders heeft deze klacht intussen gewijzigd. Uw datum staat er nog; "
                    "kies opnieuw Opslaan."
                )
            )
            self.dirty = True
            self.saved.emit()  # the window reloads: the next save is made on the new copy
            return False
        except ServiceError as error:
            messages.show_service_error(self, error)
            return False
        self.dirty = False
        self.saved_label.setText(self.tr("Opgeslagen."))
        self.saved.emit()
        return True
