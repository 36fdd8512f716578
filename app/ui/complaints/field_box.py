"""A box in the complaint's data tab that saves one field on its own, on the complaint's
known version: a stale copy is refused with the typed value kept, and ``saved`` fires so the
window reloads its copy (the data form keeps its own typed changes on it)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.complaints import ComplaintDetail
from app.services.errors import ConcurrentEditError, ServiceError, ValidationError
from app.ui import messages
from app.ui.widgets import ErrorLabel, note_label, service_text


class FieldBox(QGroupBox):
    """Subclasses give the field widget, ``show_value`` and ``write``; ``field`` is the
    service's error key for the field."""

    saved = Signal()
    field = ""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.complaint_id: int | None = None
        self.version: int | None = None
        self.dirty = False
        self._loading = False
        self.error_label = ErrorLabel()
        self.saved_label = QLabel()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)

    def lay_out(self, title: str, note: str, editor: QWidget, save_text: str) -> None:
        """Called by the subclass once its field widget exists (``tr`` needs the object)."""
        self.setTitle(title)
        self.save_button.setText(save_text)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error_label, 1)
        buttons.addWidget(self.saved_label)
        buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(note_label(note))
        layout.addWidget(editor)
        layout.addLayout(buttons)

    def show_value(self, detail: ComplaintDetail) -> None:
        raise NotImplementedError

    def write(self, complaint_id: int, version: int) -> int:
        """Save the typed value on ``version``; returns the complaint's new version."""
        raise NotImplementedError

    def stale_text(self) -> str:
        raise NotImplementedError

    def load(self, detail: ComplaintDetail) -> None:
        """Show the stored value; a typed value stays when the same complaint reloads."""
        same = detail.id == self.complaint_id
        self.complaint_id, self.version = detail.id, detail.version
        if same and self.dirty:
            return
        self._loading = True
        try:
            self.show_value(detail)
        finally:
            self._loading = False
        self.dirty = False

    def edited(self, *_args: object) -> None:
        if not self._loading:
            self.dirty = True
            self.saved_label.clear()

    def save(self) -> bool:
        if self.complaint_id is None or self.version is None:
            return False
        self.error_label.show_message(None)
        try:
            self.version = self.write(self.complaint_id, self.version)
        except ValidationError as error:
            message = error.errors.get(self.field) or error.message
            self.error_label.show_message(service_text(message))
            return False
        except ConcurrentEditError:
            self.error_label.show_message(self.stale_text())
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
