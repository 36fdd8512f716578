"""Simple pages: a title style, and placeholders for screens that are still to come."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.ui.widgets import note_label


def page_title(text: str) -> QLabel:
    """The heading at the top of a screen."""
    from PySide6.QtGui import QFont  # imported here: this module comes before the first paint

    title = QLabel(text)
    font = QFont(title.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    title.setFont(font)
    title.setAccessibleName(text)
    return title


def page_layout(page: QWidget, title: str) -> QVBoxLayout:
    """The layout every screen starts with: margins, spacing and the title."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(24, 16, 24, 16)
    layout.setSpacing(10)
    layout.addWidget(page_title(title))
    return layout


def add_refusal(layout: QVBoxLayout, text: str) -> QLabel:
    """A friendly explanation instead of a screen the user has no role for."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setMaximumWidth(720)
    layout.addWidget(label)
    layout.addStretch(1)
    return label


class PlaceholderPage(QWidget):
    """A tidy page that says what will come here."""

    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import Qt

        self.title_label = page_title(title)
        self.description_label = QLabel(description)
        self.description_label.setWordWrap(True)
        self.description_label.setMaximumWidth(720)
        self.description_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note_label = note_label(self.tr("Dit onderdeel is nog in ontwikkeling."))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.title_label)
        layout.addWidget(self.description_label)
        layout.addWidget(self.note_label)
        layout.addStretch(1)


class LoadingPage(QWidget):
    """What a screen's place shows until the screen is built on its first visit."""

    painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Centred by stretches, not by an alignment flag: the window's shell shows this
        # page, and Qt's namespace of flags costs 10 ms before the first paint.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Laden…")))
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()
