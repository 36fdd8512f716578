"""A short list of chosen items, each row with its own remove button (used for the employees
concerned, dossier numbers and attachments)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from app.ui.widgets import arg

ROW_STYLE = (
    "QFrame#removableRow { background: palette(alternate-base);"
    " border: 1px solid palette(mid); border-radius: 4px; }"
)


@dataclass
class _Row:
    text: str
    data: object
    frame: QFrame
    remove_button: QToolButton


class RemovableList(QWidget):
    """Rows of text with a "Verwijderen" button each; hidden while empty."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.setVisible(False)

    # ----- contents ---------------------------------------------------------------------

    def add_item(self, text: str, data: object) -> None:
        frame = QFrame(self)
        frame.setObjectName("removableRow")
        frame.setStyleSheet(ROW_STYLE)
        label = QLabel(text, frame)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        remove_button = QToolButton(frame)
        remove_button.setText(self.tr("Verwijderen"))
        remove_button.setAutoRaise(True)
        remove_button.setCursor(Qt.CursorShape.PointingHandCursor)
        remove_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        remove_button.setAccessibleName(arg(self.tr("%1 verwijderen"), text))
        remove_button.setToolTip(arg(self.tr("%1 verwijderen"), text))
        row_layout = QHBoxLayout(frame)
        row_layout.setContentsMargins(8, 3, 3, 3)
        row_layout.addWidget(label, 1)
        row_layout.addWidget(remove_button, 0, Qt.AlignmentFlag.AlignTop)
        row = _Row(text, data, frame, remove_button)
        remove_button.clicked.connect(lambda: self._remove_row(row))
        self._rows.append(row)
        self._layout.addWidget(frame)
        self.setVisible(True)
        self.changed.emit()

    def remove_at(self, index: int) -> None:
        self._remove_row(self._rows[index])

    def _remove_row(self, row: _Row) -> None:
        if row not in self._rows:
            return
        position = self._rows.index(row)
        self._rows.remove(row)
        had_focus = row.remove_button.hasFocus()
        row.frame.hide()
        row.frame.deleteLater()
        self.setVisible(bool(self._rows))
        if had_focus and self._rows:
            self._rows[min(position, len(self._rows) - 1)].remove_button.setFocus()
        self.changed.emit()

    def clear(self) -> None:
        if not self._rows:
            return
        for row in self._rows:
            row.frame.hide()
            row.frame.deleteLater()
        self._rows.clear()
        self.setVisible(False)
        self.changed.emit()

    def items(self) -> list[object]:
        return [row.data for row in self._rows]

    def texts(self) -> list[str]:
        return [row.text for row in self._rows]

    def count(self) -> int:
        return len(self._rows)

    def remove_buttons(self) -> list[QToolButton]:
        """In display order, for the tab chain and for tests."""
        return [row.remove_button for row in self._rows]
