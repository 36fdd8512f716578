"""The interface language, a personal setting: "Taal / Language" in the Help menu.

Kept in QSettings and read by ``app.ui.startup.install_translators`` when the program
starts, so a change applies from the next start: retranslating every open screen live would
need a ``changeEvent`` in each of them. Light on purpose (imported before the first paint)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

SETTINGS_LANGUAGE = "language"
DUTCH = "nl"
ENGLISH = "en"
# Each language names itself, so whoever cannot read the current one still finds theirs.
LANGUAGES = ((DUTCH, "Nederlands"), (ENGLISH, "English"))


def chosen_language() -> str | None:
    """The language the user chose (``"nl"``/``"en"``), None when never chosen."""
    value = QSettings().value(SETTINGS_LANGUAGE)
    return value if value in (DUTCH, ENGLISH) else None


def chosen_locale() -> QLocale | None:
    """The locale of the chosen language; None: nothing chosen (the interface is Dutch)."""
    language = chosen_language()
    if language == ENGLISH:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    if language == DUTCH:
        return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    return None


def choose_language(language: str) -> None:
    QSettings().setValue(SETTINGS_LANGUAGE, language)


class LanguageDialog(QDialog):
    """Pick the interface language; it takes effect at the next start (said in both
    languages, since the reader may not read the current one)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import Qt  # here: this module comes before the first paint

        self.setWindowTitle("Taal / Language")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.combo = QComboBox()
        for code, name in LANGUAGES:
            self.combo.addItem(name, code)
        current = chosen_language() or (
            ENGLISH if QLocale().language() == QLocale.Language.English else DUTCH
        )
        self.combo.setCurrentIndex(self.combo.findData(current))
        # Both languages, untranslated: this is the one place a reader of either finds.
        note = QLabel(
            "De nieuwe taal geldt vanaf de volgende keer dat u het programma start.\n"
            "The new language applies from the next time you start the program."
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Taal / Language:", self.combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        choose_language(self.combo.currentData())
        super().accept()
