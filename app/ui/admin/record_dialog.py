"""The frame of the Beheer add/edit dialogs: a form, errors beside the fields, Opslaan."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Self

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ServiceError, ValidationError
from app.ui import messages
from app.ui.widgets import (
    ErrorLabel,
    FieldErrors,
    FieldWithError,
    fit_to_screen,
    grow_to_fit,
    scroll_area,
    service_text,
)

FIELD_MIN_WIDTH = 340


def select_data(combo: QComboBox, value: object) -> None:
    """Select the combo item whose data is ``value`` (the first item when absent)."""
    index = combo.findData(value) if value is not None else -1
    if index < 0 and value is None:
        for candidate in range(combo.count()):
            if combo.itemData(candidate) is None:
                index = candidate
                break
    combo.setCurrentIndex(max(index, 0))


class RecordDialog(QDialog):
    """Subclasses build their fields with ``add_field`` and implement ``submit``.

    ``Opslaan`` (also Enter) calls ``submit``; a ``ValidationError`` puts each message under
    its field and keeps the dialog open with everything typed intact; another
    ``ServiceError`` is shown in a message box; success emits ``saved`` and closes.
    """

    saved = Signal(object)

    def __init__(
        self,
        service: Any,  # the service the subclass saves through
        record: Any | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.record = record
        self.saved_record: Any | None = None
        self.setMinimumWidth(640)

        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.intro_label.setVisible(False)
        self.general_error = ErrorLabel()
        self.errors = FieldErrors(self.general_error)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setVerticalSpacing(8)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            QCoreApplication.translate("RecordDialog", "Opslaan"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.cancel_button = self.buttons.addButton(
            QCoreApplication.translate("RecordDialog", "Annuleren"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        # The fields scroll on a small screen; the general message and the buttons stay.
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.intro_label)
        content_layout.addLayout(self.form)
        content_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addWidget(scroll_area(content), 1)
        layout.addWidget(self.buttons)
        self._fitted = False

    def setVisible(self, visible: bool) -> None:
        # Sized once, after the subclass added its fields and before Qt places the window.
        if visible and not self._fitted:
            self._fitted = True
            fit_to_screen(self)
        super().setVisible(visible)

    @classmethod
    def open_for(
        cls,
        parent: QWidget | None,
        service: Any,
        record: Any | None,
        on_saved: Callable[[Any], None],
    ) -> Self:
        """Show the dialog window-modal without blocking; ``on_saved`` gets the new record."""
        dialog = cls(service, record, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(on_saved)
        dialog.open()
        return dialog

    # ----- building ---------------------------------------------------------------------

    def add_field(self, label: str, name: str, field: QWidget) -> FieldWithError:
        """A form row; ``name`` is the service's field name (for its error messages)."""
        wrapper = self.errors.add(name, field)
        if field.minimumWidth() < FIELD_MIN_WIDTH and not isinstance(field, QLabel):
            field.setMinimumWidth(FIELD_MIN_WIDTH)
        if isinstance(field, QComboBox):
            field.setSizePolicy(QSizePolicy.Policy.Expanding, field.sizePolicy().verticalPolicy())
        row_label = QLabel(label)
        row_label.setBuddy(field)
        self.form.addRow(row_label, wrapper)
        return wrapper

    def set_intro(self, text: str) -> None:
        self.intro_label.setText(text)
        self.intro_label.setVisible(bool(text))

    # ----- saving -----------------------------------------------------------------------

    def submit(self) -> Any:
        """Call the service with what was typed; return the saved record."""
        raise NotImplementedError

    def save(self) -> None:
        self.errors.clear()
        try:
            result = self.submit()
        except ValidationError as error:
            self.errors.show(error.errors, general=service_text(error.message))
            grow_to_fit(self)  # room for the messages; the fields keep their size
            return
        except ServiceError as error:
            messages.show_service_error(self, error)
            return
        self.saved_record = result
        self.saved.emit(result)
        self.accept()


def optional_text(text: str) -> str | None:
    text = text.strip()
    return text or None
