"""The coordinator's "Opvallende zaak" box in the complaint's data tab: a short anonymised
summary that the annual report lists under "Opvallende zaken"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.complaints import ComplaintDetail, ComplaintService
from app.services.errors import ConcurrentEditError, ServiceError, ValidationError
from app.ui import messages
from app.ui.widgets import ErrorLabel, note_label, service_text


class NotableBox(QGroupBox):
    """``saved`` fires after a save (the complaint's version moved on: the window reloads
    its copy, and the data form keeps its typed changes on it)."""

    saved = Signal()

    def __init__(self, service: ComplaintService, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Opvallende zaak (jaarverslag)"), parent)
        self.service = service
        self.complaint_id: int | None = None
        self.version: int | None = None
        self.dirty = False
        self._loading = False
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setPlaceholderText(
            self.tr("Laat leeg als deze klacht niet opvalt. Noem geen namen.")
        )
        self.summary_edit.setMaximumHeight(self.summary_edit.fontMetrics().lineSpacing() * 4 + 16)
        self.summary_edit.textChanged.connect(self._edited)
        self.error_label = ErrorLabel()
        self.saved_label = QLabel()
        self.save_button = QPushButton(self.tr("Samenvatting opslaan"))
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error_label, 1)
        buttons.addWidget(self.saved_label)
        buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(
            note_label(
                self.tr(
                    "Een korte, geanonimiseerde samenvatting; het jaarverslag noemt haar onder "
                    "'Opvallende zaken'."
                )
            )
        )
        layout.addWidget(self.summary_edit)
        layout.addLayout(buttons)

    def load(self, detail: ComplaintDetail) -> None:
        """Show the stored summary; typed text stays when the same complaint reloads."""
        same = detail.id == self.complaint_id
        self.complaint_id, self.version = detail.id, detail.version
        if same and self.dirty:
            return
        self._loading = True
        try:
            self.summary_edit.setPlainText(detail.notable_summary or "")
        finally:
            self._loading = False
        self.dirty = False

    def _edited(self) -> None:
        if not self._loading:
            self.dirty = True
            self.saved_label.clear()

    def save(self) -> bool:
        if self.complaint_id is None or self.version is None:
            return False
        self.error_label.show_message(None)
        try:
            self.version = self.service.set_notable_summary(
                self.complaint_id, self.summary_edit.toPlainText(), self.version
            )
        except ValidationError as error:
            message = error.errors.get("notable_summary") or error.message
            self.error_label.show_message(service_text(message))
            return False
        except ConcurrentEditError:
            self.error_label.show_message(
                self.tr(
                    "Iemand anders heeft deze klacht intussen gewijzigd. Uw tekst staat er nog; "
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
