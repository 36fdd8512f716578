"""The frame of the Beheer settings tabs: sections of fields in a scroll area, errors beside
the fields, and Opslaan / Ongedaan maken with a calm status line that stay in view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ServiceError, ValidationError
from app.ui import messages
from app.ui.widgets import ErrorLabel, FieldErrors, FieldWithError, arg, note_label

FIELD_MIN_WIDTH = 340
CONTENT_MAX_WIDTH = 820


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsForm", text)


class ScrollSafeSpinBox(QSpinBox):
    """A spin box that the mouse wheel changes only when it has the focus, so scrolling
    through a long form never changes a value by accident."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # the scroll area scrolls


class ScrollSafeDateEdit(QDateEdit):
    """A date edit that ignores the mouse wheel unless it has the focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


def form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setHorizontalSpacing(12)
    form.setVerticalSpacing(8)
    return form


def scrolled(content: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area, kept to a readable width at the left."""
    column = QWidget()
    row = QHBoxLayout(column)
    row.setContentsMargins(0, 0, 0, 0)
    content.setMaximumWidth(CONTENT_MAX_WIDTH)
    row.addWidget(content, 1)
    row.addStretch(0)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(column)
    return area


class SettingsForm(QWidget):
    """Subclasses add sections and fields, and implement ``values``, ``load`` and ``submit``.

    ``Opslaan`` is enabled while what is shown differs from what is stored; a
    ``ValidationError`` puts each message under its field and keeps everything typed; another
    ``ServiceError`` is shown in a message box; success shows the stored (normalised) values
    and a line saying so.
    """

    #: Emitted after a successful save.
    saved = Signal()

    def __init__(self, parent: QWidget | None = None, *, scroll: bool = True) -> None:
        """``scroll=False`` for a form that is part of a bigger scrolled page."""
        super().__init__(parent)
        self._stored: Any = None
        self._loading = False
        self._row_labels: list[QLabel] = []
        self.general_error = ErrorLabel()
        self.errors = FieldErrors(self.general_error)

        self.content = QWidget()
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setSpacing(16)
        self.content_layout.addWidget(self.general_error)
        self.scroll_area = scrolled(self.content) if scroll else None

        self.save_button = QPushButton(_tr("Opslaan"))
        self.save_button.setToolTip(_tr("Opslaan (Ctrl+S)"))
        self.revert_button = QPushButton(_tr("Ongedaan maken"))
        self.revert_button.setToolTip(_tr("De opgeslagen gegevens weer tonen"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(_tr("Status"))
        self.save_note = note_label("")
        self.save_note.setVisible(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        bottom = QVBoxLayout()
        bottom.addWidget(self.save_note)
        bottom.addLayout(buttons)

        layout = QVBoxLayout(self)
        if self.scroll_area is not None:
            # The buttons stay in view below the scrolled fields.
            self.content_layout.setContentsMargins(0, 8, 12, 8)
            bottom.setContentsMargins(0, 0, 12, 0)
            layout.setContentsMargins(0, 8, 0, 0)
            layout.addWidget(self.scroll_area, 1)
        else:
            self.content_layout.setContentsMargins(0, 0, 0, 0)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(self.content)
        layout.addLayout(bottom)

        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self._save_shortcut)
        self.save_button.setEnabled(False)
        self.revert_button.setEnabled(False)

    # ----- building ---------------------------------------------------------------------

    def add_section(self, title: str, intro: str | None = None) -> QFormLayout:
        box = QGroupBox(title)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(12, 12, 12, 12)
        if intro:
            box_layout.addWidget(note_label(intro))
        form = form_layout()
        box_layout.addLayout(form)
        self.content_layout.addWidget(box)
        return form

    def add_field(
        self,
        form: QFormLayout,
        label: str,
        name: str,
        field: QWidget,
        hint: str | None = None,
    ) -> FieldWithError:
        """A form row; ``name`` is the service's field name (for its error messages)."""
        narrow = field.maximumWidth() < FIELD_MIN_WIDTH  # a postcode, a number
        if narrow:
            # The error and the hint under a narrow field may use the full width.
            cell = QWidget()
            row = QHBoxLayout(cell)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(field)
            row.addStretch(1)
            cell.setFocusProxy(field)
            wrapper = self.errors.add(name, cell)
        else:
            if isinstance(field, QLineEdit | QComboBox):
                field.setMinimumWidth(max(field.minimumWidth(), FIELD_MIN_WIDTH))
            wrapper = self.errors.add(name, field)
        if hint:
            wrapper.layout().addWidget(note_label(hint))  # under the error label
        row_label = QLabel(label)
        row_label.setBuddy(field)
        self._row_labels.append(row_label)
        form.addRow(row_label, wrapper)
        self.watch(field)
        return wrapper

    def finish_content(self) -> None:
        # One label column over all sections, so the fields line up.
        width = max((label.sizeHint().width() for label in self._row_labels), default=0)
        for label in self._row_labels:
            label.setMinimumWidth(width)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if self.scroll_area is not None:
            self.content_layout.addStretch(1)

    def set_save_note(self, text: str) -> None:
        """A remark above Opslaan about what saving means."""
        self.save_note.setText(text)
        self.save_note.setVisible(bool(text))

    def watch(self, *widgets: QWidget | QButtonGroup) -> None:
        """Re-check "changed?" whenever one of ``widgets`` changes."""
        for widget in widgets:
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.textChanged.connect(self.update_state)
            elif isinstance(widget, QAbstractSpinBox):
                widget.valueChanged.connect(self.update_state)  # type: ignore[attr-defined]
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.update_state)
            elif isinstance(widget, QButtonGroup):
                widget.idToggled.connect(self.update_state)
            elif isinstance(widget, QAbstractButton):
                widget.toggled.connect(self.update_state)

    # ----- hooks for subclasses ---------------------------------------------------------

    def values(self) -> Any:
        """What the form shows now, comparable with what ``load`` was given."""
        raise NotImplementedError

    def show_values(self, values: Any) -> None:
        """Put ``values`` into the fields."""
        raise NotImplementedError

    def submit(self) -> Any:
        """Save through the service; return the stored values (as ``values`` gives them)."""
        raise NotImplementedError

    def saved_message(self) -> str:
        return _tr("Opgeslagen om %1.")

    # ----- state ------------------------------------------------------------------------

    def load(self, values: Any) -> None:
        """Show ``values`` as the stored state (nothing changed)."""
        self._loading = True
        try:
            self.show_values(values)
        finally:
            self._loading = False
        self._stored = self.values()
        self.errors.clear()
        self.update_state()

    def is_changed(self) -> bool:
        return self._stored is not None and self.values() != self._stored

    def update_state(self, *_args: object) -> None:
        if self._loading:
            return
        changed = self.is_changed()
        self.save_button.setEnabled(changed)
        self.revert_button.setEnabled(changed)
        pending = _tr("Er zijn wijzigingen die nog niet zijn opgeslagen.")
        if changed:
            self.status_label.setText(pending)
        elif self.status_label.text() == pending:
            self.status_label.setText("")  # typed back to what is stored

    def revert(self) -> None:
        if self._stored is not None:
            self.load(self._stored)
            self.status_label.setText("")

    def _save_shortcut(self) -> None:
        if self.save_button.isEnabled():
            self.save()

    def save(self) -> None:
        self.errors.clear()
        try:
            stored = self.submit()
        except ValidationError as error:
            # The line beside Opslaan says it; the messages stand under their fields.
            self.errors.show(error.errors)
            focused = self.focusWidget()
            if self.scroll_area is not None and focused is not None:
                self.scroll_area.ensureWidgetVisible(focused)  # the first field in error
            self.status_label.setText(_tr("Niet opgeslagen: controleer de gemarkeerde velden."))
            return
        except ServiceError as error:
            messages.show_service_error(self, error)
            return
        self.load(stored)
        time = QLocale().toString(QDateTime.currentDateTime().time(), "HH:mm")
        self.status_label.setText(arg(self.saved_message(), time))
        self.saved.emit()
