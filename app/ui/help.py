"""The user guide inside the program (Help › Handleiding, F1) and the list of shortcuts.

The guides are short Dutch Markdown texts in ``resources/help``, one per kind of user; the
dialog opens on the guide of the user's own role."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import Role
from app.paths import resource_path
from app.ui.widgets import fit_to_screen

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Guide:
    key: str  # the file name in resources/help, without .md
    title: str
    roles: frozenset[Role]


def guides() -> list[Guide]:
    """The guides in the order of the chooser."""
    # Spelled out per text: lupdate reads the context only from the call itself.
    return [
        Guide(
            "coordinator",
            QCoreApplication.translate("help", "Klachtcoördinator"),
            frozenset({Role.COORDINATOR, Role.SECRETARIAT}),
        ),
        Guide(
            "behandelaar",
            QCoreApplication.translate("help", "Behandelaar en teamleider"),
            frozenset({Role.HANDLER}),
        ),
        Guide(
            "beheerder",
            QCoreApplication.translate("help", "Beheerder"),
            frozenset({Role.ADMINISTRATOR}),
        ),
        Guide(
            "medewerker",
            QCoreApplication.translate("help", "Medewerker en management"),
            frozenset({Role.STAFF, Role.MANAGEMENT}),
        ),
    ]


def guide_for(roles: Iterable[Role]) -> Guide:
    """The guide of the most involved role the user has (a coordinator who is also a handler
    gets the coordinator's guide)."""
    held = set(roles)
    for guide in guides():
        if guide.roles & held:
            return guide
    return guides()[-1]


def guide_text(guide: Guide) -> str:
    """The guide's Markdown; a short notice when the file is missing from the installation."""
    path = resource_path("help", f"{guide.key}.md")
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        log.warning("help text missing: %s", guide.key)
        return QCoreApplication.translate(
            "help", "Deze handleiding ontbreekt in de installatie. Vraag de beheerder om hulp."
        )


class HelpDialog(QDialog):
    """The guide for one role, with a chooser to read another role's guide."""

    def __init__(self, roles: Iterable[Role], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Handleiding"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._guides = guides()
        self.chooser = QComboBox()
        self.chooser.setAccessibleName(self.tr("Handleiding voor"))
        for guide in self._guides:
            self.chooser.addItem(guide.title, guide.key)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Handleiding"))
        self.browser.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        label = QLabel(self.tr("Handleiding &voor:"))
        label.setBuddy(self.chooser)
        top.addWidget(label)
        top.addWidget(self.chooser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        # The text scrolls; the window never outgrows a small screen.
        fit_to_screen(self, 720, 600)

        self.chooser.currentIndexChanged.connect(self._show_current)
        own = guide_for(roles)
        self.chooser.setCurrentIndex(self.chooser.findData(own.key))
        self._show_current()

    def current_guide(self) -> str:
        return str(self.chooser.currentData())

    def _show_current(self) -> None:
        key = self.current_guide()
        guide = next(guide for guide in self._guides if guide.key == key)
        self.browser.setMarkdown(guide_text(guide))


class ShortcutsDialog(QDialog):
    """Every menu and screen action with a shortcut, as a table."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sneltoetsen"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        rows = [
            (action.text().replace("&", ""), action.shortcut())
            for action in actions
            if not action.shortcut().isEmpty() and action.isVisible()
        ]
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Handeling"), self.tr("Sneltoets")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (text, shortcut) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(text.rstrip("…")))
            native = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
            self.table.setItem(row, 1, QTableWidgetItem(native))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 440, 420)

    def shortcut_texts(self) -> dict[str, str]:
        return {
            self.table.item(row, 0).text(): self.table.item(row, 1).text()
            for row in range(self.table.rowCount())
        }
