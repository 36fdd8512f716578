"""Beheer → Feedbackkaarten: the reply address on the cards, the feedback mailbox, the card
format, and sample cards to check the print."""

from __future__ import annotations

import logging
import shutil
import tempfile
import weakref
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.atomic_files import write_bytes_atomically
from app.reports.cards import LAYOUT_LABELS, Card, CardLayout, CardText, cards_pdf
from app.services.settings import CardSettings, CardSettingsService
from app.temp_copies import process_folder
from app.ui import messages
from app.ui.admin.settings_form import SettingsForm
from app.ui.files import open_file
from app.ui.widgets import set_tab_order

log = logging.getLogger(__name__)

SAMPLE_FILE_NAME = "voorbeeldkaarten.pdf"


class CardsTab(SettingsForm):
    """``opener`` opens the written sample PDF (tests replace it)."""

    def __init__(self, service: CardSettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.opener: Callable[[Path], bool] = open_file
        self.organisation = ""
        self._temp_dir: Path | None = None

        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(self.tr("12345"))
        self.number_edit.setMinimumWidth(110)
        self.number_edit.setMaximumWidth(140)
        self.postcode_edit = QLineEdit()
        self.postcode_edit.setPlaceholderText(self.tr("1234 AB"))
        self.postcode_edit.setMinimumWidth(110)
        self.postcode_edit.setMaximumWidth(140)
        self.city_edit = QLineEdit()
        self.attention_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText(self.tr("feedback@voorbeeld.nl"))

        self.layout_group = QButtonGroup(self)
        self.layout_buttons: dict[str, QRadioButton] = {}
        layouts = QWidget()
        layouts_column = QVBoxLayout(layouts)
        layouts_column.setContentsMargins(0, 0, 0, 0)
        for number, (layout, text) in enumerate(LAYOUT_LABELS.items()):
            button = QRadioButton(QCoreApplication.translate("cards", text))
            self.layout_group.addButton(button, number)
            self.layout_buttons[layout.value] = button
            layouts_column.addWidget(button)
        layouts.setFocusProxy(self.layout_buttons[CardLayout.A4_FOUR.value])

        self.sample_button = QPushButton(self.tr("Voorbeeldkaarten (PDF)…"))
        self.sample_button.setToolTip(
            self.tr("Een groene en een rode kaart met de gegevens hierboven, om de druk te zien")
        )

        form = self.add_section(
            self.tr("Antwoordadres"),
            self.tr(
                "De klager stuurt de kaart gratis terug naar dit antwoordnummer. De naam van "
                "de organisatie komt uit het tabblad Organisatie."
            ),
        )
        self.add_field(form, self.tr("Antwoordnummer"), "reply_number", self.number_edit)
        self.add_field(form, self.tr("Postcode"), "reply_postcode", self.postcode_edit)
        self.add_field(form, self.tr("Plaats"), "reply_city", self.city_edit)
        self.add_field(form, self.tr("T.a.v."), "attention_of", self.attention_edit)
        form = self.add_section(self.tr("Reacties per e-mail"))
        self.add_field(
            form,
            self.tr("E-mailadres"),
            "feedback_email",
            self.email_edit,
            self.tr("Waar klagers hun reactie ook per e-mail naartoe kunnen sturen."),
        )
        form = self.add_section(self.tr("Afdrukken"))
        self.add_field(form, self.tr("Kaartformaat"), "layout", layouts)
        self.watch(self.layout_group)
        sample_row = QHBoxLayout()
        sample_row.addWidget(self.sample_button)
        sample_row.addStretch(1)
        form.addRow("", sample_row)
        self.finish_content()

        set_tab_order(
            [
                self.number_edit,
                self.postcode_edit,
                self.city_edit,
                self.attention_edit,
                self.email_edit,
                *self.layout_buttons.values(),
                self.sample_button,
                self.revert_button,
                self.save_button,
            ]
        )
        self.sample_button.clicked.connect(self.show_sample)
        self.reload()

    def reload(self) -> None:
        settings = messages.attempt(self, self.service.get)
        if settings is messages.REFUSED:
            return
        self.organisation = settings.organisation
        self.load(settings)

    def reload_organisation(self) -> None:
        """The organisation's name changed elsewhere: use it for the samples."""
        settings = messages.attempt(self, self.service.get)
        if settings is not messages.REFUSED:
            self.organisation = settings.organisation

    def selected_layout(self) -> str:
        for layout, button in self.layout_buttons.items():
            if button.isChecked():
                return layout
        return CardLayout.A4_FOUR.value

    def values(self) -> CardSettings:
        # The organisation's name is edited on another tab; it is not part of this form.
        return CardSettings(
            organisation="",
            reply_number=self.number_edit.text(),
            reply_postcode=self.postcode_edit.text(),
            reply_city=self.city_edit.text(),
            attention_of=self.attention_edit.text(),
            feedback_email=self.email_edit.text(),
            layout=self.selected_layout(),
        )

    def show_values(self, values: CardSettings) -> None:
        self.number_edit.setText(values.reply_number)
        self.postcode_edit.setText(values.reply_postcode)
        self.city_edit.setText(values.reply_city)
        self.attention_edit.setText(values.attention_of)
        self.email_edit.setText(values.feedback_email)
        button = self.layout_buttons.get(values.layout, self.layout_buttons["a4_4"])
        button.setChecked(True)

    def submit(self) -> CardSettings:
        stored = self.service.save(self.values())
        self.organisation = stored.organisation
        return stored

    # ----- sample cards -----------------------------------------------------------------

    def sample_text(self) -> CardText:
        """The card text from what the form shows; an empty field shows as [field]."""
        values = self.values()

        def shown(text: str, missing: str) -> str:
            return text.strip() or f"[{missing}]"

        return CardText(
            organisation=shown(self.organisation, self.tr("naam organisatie")),
            reply_number=shown(values.reply_number, self.tr("antwoordnummer")),
            reply_postcode=shown(values.reply_postcode, self.tr("postcode")),
            reply_city=shown(values.reply_city, self.tr("plaats")),
            attention_of=shown(values.attention_of, self.tr("t.a.v.")),
        )

    def show_sample(self) -> Path | None:
        """Write a green and a red sample card to a temporary PDF and open it."""
        cards = [Card("green", "VOORBEELD"), Card("red", "VOORBEELD")]
        try:
            content = cards_pdf(
                cards,
                self.sample_text(),
                CardLayout(self.selected_layout()),
                title=self.tr("Voorbeeldkaarten"),
            )
            if self._temp_dir is None:
                self._temp_dir = Path(tempfile.mkdtemp(prefix="kaarten-", dir=process_folder()))
                # Removed when the tab goes (at the latest when the program ends).
                weakref.finalize(self, shutil.rmtree, self._temp_dir, ignore_errors=True)
            path = self._temp_dir / SAMPLE_FILE_NAME
            write_bytes_atomically(path, content)
        except OSError as error:
            log.warning("sample cards not written: %s", type(error).__name__)
            messages.error(
                self,
                self.tr("Voorbeeld mislukt"),
                self.tr("Er kon geen tijdelijk bestand met de voorbeeldkaarten worden gemaakt."),
            )
            return None
        if not self.opener(path):
            messages.warning(
                self,
                self.tr("Openen mislukt"),
                self.tr(
                    "Er is geen programma gevonden om PDF-bestanden te openen. Installeer een "
                    "PDF-lezer en probeer het opnieuw."
                ),
            )
        return path
