"""The side panel of the intake dialog: complainants who may be the person being registered
(found while typing), and the existing complainant chosen for this registration."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.complainants import ComplainantMatch
from app.services.validation import display_phone
from app.ui.common.display import PERSISTENT_STYLE, no_response_text
from app.ui.widgets import arg, note_label, service_text
from app.wording import number

PANEL_WIDTH = 300
CARD_STYLE = (
    "QFrame#matchCard { background: palette(base); border: 1px solid palette(mid);"
    " border-radius: 6px; }"
)
LINKED_STYLE = (
    "QFrame#existingComplainant { background: #e8f1fb; border: 1px solid #154273;"
    " border-radius: 6px; } QFrame#existingComplainant QLabel { color: #102a43; }"
)


def _bold(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _persistent_warning(match: ComplainantMatch) -> QLabel | None:
    text = no_response_text(match.no_response_subjects, match.no_response_notice_on)
    if not text:
        return None
    label = _wrapped(text)
    label.setObjectName("persistentWarning")
    label.setStyleSheet(PERSISTENT_STYLE)
    return label


def contact_line(match: ComplainantMatch) -> str:
    return " · ".join(part for part in (match.email, display_phone(match.phone)) if part)


def complained_before_text(match: ComplainantMatch) -> str:
    """The old register's "#": this person complained before, closed complaints included."""
    count = match.complaints_before
    if not count:
        return ""
    if count == 1:
        return QCoreApplication.translate(
            "ComplainantMatches", "# Eerder geklaagd: 1 klacht (ook afgehandelde tellen mee)"
        )
    return arg(
        QCoreApplication.translate(
            "ComplainantMatches", "# Eerder geklaagd: %1 klachten (ook afgehandelde tellen mee)"
        ),
        number(count),
    )


class MatchCard(QFrame):
    """One possible match, with why it was found and a button to use it."""

    def __init__(self, match: ComplainantMatch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.match = match
        self.setObjectName("matchCard")
        self.setStyleSheet(CARD_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(3)
        layout.addWidget(_bold(_wrapped(match.name or self.tr("(naam onbekend)"))))
        self.persistent_label = _persistent_warning(match)
        if self.persistent_label is not None:
            layout.addWidget(self.persistent_label)
        if match.address:
            layout.addWidget(_wrapped(match.address))
        contact = contact_line(match)
        if contact:
            layout.addWidget(_wrapped(contact))
        reasons = ", ".join(service_text(reason) for reason in match.reasons)
        self.reasons_label = _wrapped(arg(self.tr("Gevonden op: %1"), reasons))
        layout.addWidget(self.reasons_label)
        if match.open_complaints:
            open_text = arg(self.tr("Open klachten: %1"), ", ".join(match.open_complaints))
        else:
            open_text = self.tr("Geen open klachten")
        layout.addWidget(_wrapped(open_text))
        self.before_label = _wrapped(complained_before_text(match))
        self.before_label.setVisible(bool(match.complaints_before))
        layout.addWidget(self.before_label)
        if match.references:
            layout.addWidget(
                _wrapped(arg(self.tr("NAW-kenmerken: %1"), ", ".join(match.references)))
            )
        self.use_button = QPushButton(self.tr("Deze klager gebruiken"))
        self.use_button.setAutoDefault(False)
        self.use_button.setAccessibleName(
            arg(self.tr("Deze klager gebruiken: %1"), match.name or "")
        )
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.use_button)
        layout.addSpacing(4)
        layout.addLayout(button_row)


class ExistingComplainantBanner(QFrame):
    """ "Bestaande klager: <name>" with the way back (Ontkoppelen), and for each open
    complaint the offer to file what came in there as a volgstuk instead."""

    file_requested = Signal(str)  # the open complaint's number

    # More open complaints of one person are rare; past this the register is the place.
    MAX_FILE_OFFERS = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("existingComplainant")
        self.setStyleSheet(LINKED_STYLE)
        self.title_label = _bold(_wrapped(""))
        self.details_label = _wrapped("")
        self.persistent_label = _wrapped("")
        self.persistent_label.setObjectName("persistentWarning")
        self.persistent_label.setStyleSheet(PERSISTENT_STYLE)
        self.note = note_label(
            self.tr("Lege velden houden de gegevens van deze klager; wat u invult, werkt ze bij.")
        )
        self.unlink_button = QPushButton(self.tr("&Ontkoppelen"))
        self.unlink_button.setAutoDefault(False)
        self.unlink_button.setToolTip(
            self.tr("Deze registratie niet aan de bestaande klager koppelen")
        )
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.unlink_button)
        self.file_buttons: list[QPushButton] = []
        self.file_row = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title_label)
        layout.addWidget(self.details_label)
        layout.addWidget(self.persistent_label)
        layout.addWidget(self.note)
        layout.addLayout(self.file_row)
        layout.addLayout(button_row)
        self.setVisible(False)

    def show_match(self, match: ComplainantMatch | None) -> None:
        if match is None:
            self.setVisible(False)
            return
        self.title_label.setText(
            arg(self.tr("Bestaande klager: %1"), match.name or self.tr("(naam onbekend)"))
        )
        lines = [line for line in (match.address, contact_line(match)) if line]
        if match.open_complaints:
            lines.append(arg(self.tr("Open klachten: %1"), ", ".join(match.open_complaints)))
        if match.complaints_before:
            lines.append(complained_before_text(match))
        self.details_label.setText("\n".join(lines))
        self.details_label.setVisible(bool(lines))
        warning = no_response_text(match.no_response_subjects, match.no_response_notice_on)
        self.persistent_label.setText(warning)
        self.persistent_label.setVisible(bool(warning))
        self._offer_filing(match.open_complaints[: self.MAX_FILE_OFFERS])
        self.setVisible(True)

    def _file_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, QPushButton):
            self.file_requested.emit(str(button.property("complaint_number")))

    def _offer_filing(self, numbers: tuple[str, ...]) -> None:
        for button in self.file_buttons:
            button.deleteLater()
        self.file_buttons = []
        for open_number in numbers:
            button = QPushButton(
                arg(self.tr("Bij de open klacht %1 voegen als volgstuk"), open_number)
            )
            button.setAutoDefault(False)
            button.setToolTip(
                self.tr(
                    "Geen nieuwe klacht registreren: de bijlagen (of, zonder bijlagen, de "
                    "omschrijving) komen als volgstuk bij deze klacht"
                )
            )
            button.setProperty("complaint_number", open_number)
            button.clicked.connect(self._file_clicked)
            self.file_row.addWidget(button)
            self.file_buttons.append(button)


class ComplainantMatchesPanel(QFrame):
    """Calm suggestions beside the form: never a popup, only this list."""

    use_requested = Signal(object)  # ComplainantMatch
    unlink_requested = Signal()
    file_requested = Signal(str)  # file as a volgstuk of this open complaint (its number)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedWidth(PANEL_WIDTH)
        self.cards: list[MatchCard] = []
        self.heading = _bold(QLabel(self.tr("Bekende klager?")))
        self.banner = ExistingComplainantBanner()
        self.banner.unlink_button.clicked.connect(self.unlink_requested)
        self.banner.file_requested.connect(self.file_requested)
        self.status_label = _wrapped("")

        self._cards_widget = QWidget()
        self._cards_layout = QVBoxLayout(self._cards_widget)
        self._cards_layout.setContentsMargins(0, 0, 0, 0)
        self._cards_layout.setSpacing(8)
        self._cards_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self._cards_widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.status_label)
        layout.addWidget(self.scroll, 1)
        self.show_idle()

    # ----- states -----------------------------------------------------------------------

    def show_idle(self) -> None:
        self._set_cards([])
        self.status_label.setText(
            self.tr(
                "Zodra u naam, postcode, e-mailadres of telefoonnummer invult, ziet u hier "
                "klagers die al bekend zijn en misschien dezelfde persoon zijn."
            )
        )

    def show_matches(self, matches: list[ComplainantMatch]) -> None:
        self._set_cards(matches)
        if not matches:
            self.status_label.setText(self.tr("Geen bekende klager gevonden."))
        elif len(matches) == 1:
            self.status_label.setText(self.tr("Misschien is dit dezelfde persoon:"))
        else:
            self.status_label.setText(
                arg(self.tr("Misschien is een van deze %1 klagers dezelfde persoon:"), len(matches))
            )

    def show_problem(self, message: str) -> None:
        self._set_cards([])
        self.status_label.setText(message)

    def show_linked(self, match: ComplainantMatch | None) -> None:
        """The registration uses ``match`` (or no longer, when None)."""
        self.banner.show_match(match)
        if match is not None:
            self._set_cards([])
            self.status_label.setText("")
        self.status_label.setVisible(match is None)

    def use_buttons(self) -> list[QPushButton]:
        return [card.use_button for card in self.cards]

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        if self.banner.isVisibleTo(self):
            chain.append(self.banner.unlink_button)
        chain.extend(self.use_buttons())
        return chain

    def _set_cards(self, matches: list[ComplainantMatch]) -> None:
        for card in self.cards:
            card.hide()
            card.deleteLater()
        self.cards = []
        for match in matches:
            card = MatchCard(match)
            card.use_button.clicked.connect(
                lambda _checked=False, m=match: self.use_requested.emit(m)
            )
            self._cards_layout.insertWidget(self._cards_layout.count() - 1, card)
            self.cards.append(card)
