"""Merging two records of the same complainant (process step 3: one person, several
name-and-address records). Coordinator only; the service checks that too."""

from __future__ import annotations

from collections.abc import Callable
from typing import Self

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.services.complainants import ComplainantData, ComplainantMatch, ComplainantService
from app.services.errors import ServiceError
from app.services.permissions import CurrentUser, Permission
from app.services.validation import display_phone
from app.ui import messages
from app.ui.common.weak import weak_callback
from app.ui.widgets import (
    ErrorLabel,
    arg,
    fit_to_screen,
    note_label,
    service_text,
    set_tab_order,
)

SEARCH_DELAY_MS = 400


def search_data(text: str) -> ComplainantData:
    """What was typed, as the complainant data to match: always as a name, and also as an
    e-mail address (with an @) or as a phone number (mostly digits)."""
    text = text.strip()
    if not text:
        return ComplainantData()
    compact = "".join(text.split())
    digits = sum(character.isdigit() for character in compact)
    return ComplainantData(
        name=text,
        email=text if "@" in text else None,
        phone_day=text if digits * 2 > len(compact) else None,
    )


def _plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ComplainantSide(QGroupBox):
    """One side of the merge: a search field, the candidates, and the chosen record."""

    selection_changed = Signal()

    def __init__(
        self,
        title: str,
        search_caption: str,
        find: Callable[[ComplainantData, int | None], list[ComplainantMatch]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self._find = find
        self._matches: list[ComplainantMatch] = []
        self.exclude_id: int | None = None

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Volledige naam, e-mailadres of telefoon"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_label = QLabel(search_caption)
        self.search_label.setBuddy(self.search_edit)
        self.status_label = note_label(
            self.tr("Typ de naam, het e-mailadres of het telefoonnummer van de klager.")
        )
        self.candidates = QListWidget()
        self.candidates.setAccessibleName(arg(self.tr("Gevonden klagers: %1"), title))
        self.candidates.setMinimumHeight(110)
        self.candidates.setMaximumHeight(150)
        self.candidates.currentRowChanged.connect(self._show_selected)

        self.fields: dict[str, QLabel] = {}
        details = QFormLayout()
        details.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        details.setHorizontalSpacing(12)
        details.setVerticalSpacing(4)
        for key, caption in (
            ("name", self.tr("Naam:")),
            ("address", self.tr("Adres:")),
            ("email", self.tr("E-mailadres:")),
            ("phone", self.tr("Telefoon:")),
            ("references", self.tr("NAW-kenmerken:")),
            ("open", self.tr("Open klachten:")),
            ("reasons", self.tr("Gevonden op:")),
        ):
            value = _plain()
            self.fields[key] = value
            details.addRow(caption, value)
        name_font = QFont(self.fields["name"].font())
        name_font.setBold(True)
        self.fields["name"].setFont(name_font)
        self.details = QWidget()
        self.details.setLayout(details)
        self.details.setMinimumHeight(170)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.search_edit.textEdited.connect(lambda _text: self._timer.start())
        self.search_edit.returnPressed.connect(self.search_now)

        search_row = QHBoxLayout()
        search_row.addWidget(self.search_label)
        search_row.addWidget(self.search_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(search_row)
        layout.addWidget(self.status_label)
        layout.addWidget(self.candidates)
        layout.addWidget(self.details)
        layout.addStretch(1)
        self._show_selected(-1)

    def selected(self) -> ComplainantMatch | None:
        row = self.candidates.currentRow()
        return self._matches[row] if 0 <= row < len(self._matches) else None

    def search_now(self) -> None:
        self._timer.stop()
        data = search_data(self.search_edit.text())
        if data.name is None:
            self._fill([])
            self.status_label.setText(
                self.tr("Typ de naam, het e-mailadres of het telefoonnummer van de klager.")
            )
            return
        try:
            found = self._find(data, self.exclude_id)
        except ServiceError as error:
            self._fill([])
            self.status_label.setText(service_text(error.message))
            return
        self._fill(found)
        if not found:
            self.status_label.setText(
                self.tr(
                    "Geen klager gevonden. Typ de volledige naam, het hele e-mailadres of "
                    "het hele telefoonnummer."
                )
            )
        else:
            self.status_label.setText(self.tr("Kies de klager in de lijst:"))

    def set_exclude(self, complainant_id: int | None) -> None:
        """Leave this complainant out (it is chosen on the other side)."""
        if complainant_id == self.exclude_id:
            return
        self.exclude_id = complainant_id
        if self.search_edit.text().strip():
            self.search_now()

    def reset(self) -> None:
        self.search_edit.clear()
        self.search_now()

    def _fill(self, matches: list[ComplainantMatch]) -> None:
        chosen = self.selected()
        self._matches = list(matches)
        self.candidates.blockSignals(True)
        self.candidates.clear()
        for match in matches:
            text = " — ".join(
                p for p in (match.name or self.tr("(naam onbekend)"), match.address) if p
            )
            item = QListWidgetItem(text)
            item.setToolTip(text)
            self.candidates.addItem(item)
        row = next((i for i, match in enumerate(matches) if chosen and match.id == chosen.id), -1)
        self.candidates.setCurrentRow(row)
        self.candidates.blockSignals(False)
        self._show_selected(row)

    def _show_selected(self, _row: int) -> None:
        match = self.selected()
        values = {
            "name": (match.name or "") if match else "",
            "address": match.address if match else "",
            "email": (match.email or "") if match else "",
            "phone": display_phone(match.phone) if match else "",
            "references": ", ".join(match.references) if match else "",
            "open": ", ".join(match.open_complaints) if match else "",
            "reasons": ", ".join(service_text(r) for r in match.reasons) if match else "",
        }
        for key, label in self.fields.items():
            label.setText(values[key] or ("—" if match else ""))
        self.details.setVisible(match is not None)
        self.selection_changed.emit()


class MergeComplainantsDialog(QDialog):
    merged = Signal()

    def __init__(self, db: Database, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = ComplainantService(db, user)
        self.allowed = user.can(Permission.MERGE_COMPLAINANTS)
        self.confirm_box = None
        self.setWindowTitle(self.tr("Klagers samenvoegen"))
        self.setMinimumSize(880, 560)

        intro = _plain(
            self.tr(
                "Staat één persoon er twee keer in? Zoek links de klager die verdwijnt en "
                "rechts de klager die blijft. Alle klachten en NAW-kenmerken gaan naar de "
                "klager rechts; lege contactgegevens rechts worden aangevuld van links."
            )
        )
        self.not_allowed = ErrorLabel()
        if not self.allowed:
            self.not_allowed.show_message(
                self.tr("Alleen de klachtcoördinator mag klagers samenvoegen.")
            )
        self.from_side = ComplainantSide(
            self.tr("Samenvoegen van"), self.tr("&Zoeken:"), self._find
        )
        self.to_side = ComplainantSide(self.tr("naar"), self.tr("Z&oeken:"), self._find)
        self.from_side.selection_changed.connect(self._selection_changed)
        self.to_side.selection_changed.connect(self._selection_changed)
        arrow = QLabel("→")
        arrow_font = QFont(arrow.font())
        arrow_font.setPointSizeF(arrow_font.pointSizeF() * 2)
        arrow.setFont(arrow_font)
        arrow.setAccessibleName(self.tr("naar"))
        arrow.setAlignment(Qt.AlignmentFlag.AlignCenter)

        sides = QHBoxLayout()
        sides.setSpacing(10)
        sides.addWidget(self.from_side, 1)
        sides.addWidget(arrow)
        sides.addWidget(self.to_side, 1)

        self.result_label = _plain()
        self.result_label.setObjectName("mergeResult")
        self.result_label.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.merge_button = self.buttons.addButton(
            self.tr("&Samenvoegen…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setEnabled(False)
        self.close_button = self.buttons.addButton(
            self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.merge_button.clicked.connect(self.ask_to_merge)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.not_allowed)
        layout.addLayout(sides, 1)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        set_tab_order(
            [
                self.from_side.search_edit,
                self.from_side.candidates,
                self.to_side.search_edit,
                self.to_side.candidates,
                self.merge_button,
                self.close_button,
            ]
        )
        self.from_side.search_edit.setFocus()

    @classmethod
    def open_for(
        cls,
        db: Database,
        user: CurrentUser,
        parent: QWidget | None,
        on_merged: Callable[[], None],
    ) -> Self:
        """Show the dialog (window-modal, not blocking); ``on_merged`` runs after each merge."""
        dialog = cls(db, user, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(on_merged)
        fit_to_screen(dialog)
        dialog.open()
        return dialog

    def _find(self, data: ComplainantData, exclude_id: int | None) -> list[ComplainantMatch]:
        return self.service.find_matches(data, exclude_id=exclude_id)

    def _selection_changed(self) -> None:
        source, target = self.from_side.selected(), self.to_side.selected()
        # A person cannot be merged with themselves: each side leaves out the other's choice.
        self.to_side.set_exclude(source.id if source else None)
        self.from_side.set_exclude(target.id if target else None)
        source, target = self.from_side.selected(), self.to_side.selected()
        self.merge_button.setEnabled(
            self.allowed and source is not None and target is not None and source.id != target.id
        )

    def ask_to_merge(self) -> None:
        source, target = self.from_side.selected(), self.to_side.selected()
        if source is None or target is None:
            return
        source_name = source.name or self.tr("(naam onbekend)")
        target_name = target.name or self.tr("(naam onbekend)")
        self.confirm_box = messages.confirm(
            self,
            self.tr("Klagers samenvoegen"),
            arg(
                self.tr(
                    "Alle klachten en kenmerken van %1 gaan naar %2. Dit kan niet ongedaan "
                    "worden gemaakt."
                ),
                source_name,
                target_name,
            ),
            self.tr("Samenvoegen"),
            weak_callback(self.merge, source, target),
        )

    def merge(self, source: ComplainantMatch, target: ComplainantMatch) -> None:
        outcome = messages.attempt(self, lambda: self.service.merge(source.id, target.id))
        if outcome is messages.REFUSED:
            return
        self.result_label.setText(
            arg(
                self.tr("Samengevoegd: %1 is nu onderdeel van %2."),
                source.name or self.tr("(naam onbekend)"),
                target.name or self.tr("(naam onbekend)"),
            )
        )
        self.result_label.setVisible(True)
        self.from_side.reset()
        self.to_side.search_now()  # shows the target with its complaints now
        self.merged.emit()
