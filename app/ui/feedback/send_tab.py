"""Kaarten versturen: the secretariat's batch of green and red cards for the complaints that
were closed since the last batch.

Each card gets its own short code when the cards are recorded as sent, and the printed card
carries that code; so for post the cards are recorded first (after the user confirms), then
the PDF is made. For e-mail each complaint's draft is written first and its cards are
recorded with it, in one service call: a draft that fails leaves its cards unrecorded. A
batch run again shows none of the complaints that already had their cards, and a recorded
batch can be saved again as long as the screen is open.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.models.enums import CardChannel
from app.reports.cards import (
    LAYOUT_LABELS,
    Card,
    CardLayout,
    CardText,
    cards_pdf,
    recipient_line,
)
from app.services.errors import ServiceError
from app.services.feedback import CardRecipient, FeedbackService, SentCards
from app.services.permissions import CurrentUser
from app.services.settings import CardSettings
from app.ui import messages, ops
from app.ui.common.display import format_date
from app.ui.common.tables import list_table
from app.ui.common.weak import weak_callback
from app.ui.feedback.recipients_model import RecipientsModel
from app.ui.files import (
    Opener,
    Purpose,
    TempFiles,
    ask_save_file,
    file_op,
    open_file,
    safe_file_name,
)
from app.ui.printing import print_pdf
from app.ui.widgets import EmptyState, arg, enum_text, fit_columns, note_label, service_text

log = logging.getLogger(__name__)

# Cards go out for complaints closed in about the last three months; older ones are listed
# but not ticked, so a backlog is sent only when someone chooses to.
RECENT_DAYS = 92
# The oldest this many waiting complaints are listed at a time (a batch rarely has more).
AWAITING_PAGE = 1000

# What happens once the cards are recorded.
_SAVE, _PRINT, _EMAIL = "save", "print", "email"


class SendCardsTab(QWidget):
    """The batch: choose complaints, channel and layout; record and print or e-mail.

    ``opener`` opens a written file in the computer's own program (tests replace it);
    ``today`` is the date recorded as the sending date (tests pass their own)."""

    sent = Signal()  # cards were recorded (the overview may change)

    def __init__(
        self,
        db: Database,
        user: CurrentUser,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.user = user
        self.service = FeedbackService(db, user)
        self._today = today
        self.opener: Opener = open_file
        self.temp_files = TempFiles()
        self.job: ops.Op[str] | None = None
        self.last_batch: list[SentCards] = []
        self.last_layout: CardLayout | None = None
        self.settings = CardSettings()
        self._layout_set = False

        self.model = RecipientsModel(self)
        self.table = list_table(
            self.model,
            self.tr("Klachten die nog kaarten moeten krijgen"),
            object_name="awaiting_cards_table",
        )
        header = self.table.horizontalHeader()
        # Column widths from the first rows, not all of a page of a thousand (a second).
        header.setResizeContentsPrecision(100)

        self.intro_label = note_label(
            self.tr(
                "Afgesloten klachten die nog geen groene en rode kaart kregen. Klachten die in "
                "de laatste drie maanden zijn afgesloten, staan aangevinkt; oudere staan er "
                "niet-aangevinkt bij. Vink aan of uit wie deze keer kaarten krijgt."
            )
        )
        self.count_label = QLabel()
        self.loading_label = QLabel(self.tr("Laden…"))
        self.loading_label.setObjectName("loading_label")
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loader = ops.Reader(self)
        self.awaiting_total = 0
        self.all_button = QPushButton(self.tr("Alles aanvinken"))
        self.none_button = QPushButton(self.tr("Niets aanvinken"))
        self.refresh_button = QPushButton(self.tr("Vernieuwen"))
        self.refresh_button.setToolTip(self.tr("De lijst opnieuw lezen"))

        self.post_radio = QRadioButton(enum_text(CardChannel.POST))
        self.digital_radio = QRadioButton(enum_text(CardChannel.DIGITAL))
        self.post_radio.setToolTip(self.tr("Geprinte kaarten met een antwoordenveloppe"))
        self.digital_radio.setToolTip(
            self.tr("Een e-mail per klager met beide kaarten; het antwoord komt in de feedbackbus")
        )
        self.channel_group = QButtonGroup(self)
        self.channel_group.addButton(self.post_radio)
        self.channel_group.addButton(self.digital_radio)
        self.post_radio.setChecked(True)
        self.layout_combo = QComboBox()
        self.layout_combo.setAccessibleName(self.tr("Formaat van de kaarten"))
        for layout in CardLayout:
            self.layout_combo.addItem(
                QCoreApplication.translate("services", LAYOUT_LABELS[layout]), layout.value
            )
        self.settings_label = note_label("")
        self.settings_label.setStyleSheet("color: #8a5300;")
        self.settings_label.setVisible(False)

        self.preview_button = QPushButton(self.tr("Voorbeeld"))
        self.preview_button.setToolTip(
            self.tr(
                "Een afdrukvoorbeeld van de kaarten, met voorbeeldcodes; er wordt niets vastgelegd"
            )
        )
        self.save_button = QPushButton(self.tr("Opslaan als PDF…"))
        self.save_button.setToolTip(
            self.tr(
                "De kaarten vastleggen als verstuurd en opslaan als PDF om af te drukken "
                "(elke kaart krijgt een eigen code)"
            )
        )
        self.print_button = QPushButton(self.tr("Afdrukken…"))
        self.print_button.setToolTip(
            self.tr("De kaarten vastleggen als verstuurd en afdrukken op een printer naar keuze")
        )
        self.email_button = QPushButton(self.tr("E-mails maken…"))
        self.email_button.setToolTip(
            self.tr(
                "De kaarten vastleggen als digitaal verstuurd en per klager een e-mail "
                "klaarzetten in uw e-mailprogramma"
            )
        )
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.again_button = QPushButton(self.tr("Laatste reeks opnieuw opslaan…"))
        self.again_button.setToolTip(
            self.tr("De kaarten van de laatst vastgelegde reeks nog eens als PDF opslaan")
        )
        self.again_button.setVisible(False)

        choices = QGridLayout()
        choices.setHorizontalSpacing(12)
        choices.setVerticalSpacing(6)
        channel_label = QLabel(self.tr("Versturen per:"))
        choices.addWidget(channel_label, 0, 0)
        channel_row = QHBoxLayout()
        channel_row.addWidget(self.post_radio)
        channel_row.addWidget(self.digital_radio)
        channel_row.addStretch(1)
        choices.addLayout(channel_row, 0, 1)
        self.layout_label = QLabel(self.tr("&Formaat:"))
        self.layout_label.setBuddy(self.layout_combo)
        choices.addWidget(self.layout_label, 1, 0)
        layout_row = QHBoxLayout()
        layout_row.addWidget(self.layout_combo)
        layout_row.addStretch(1)
        choices.addLayout(layout_row, 1, 1)
        choices.setColumnStretch(1, 1)

        list_actions = QHBoxLayout()
        list_actions.addWidget(self.all_button)
        list_actions.addWidget(self.none_button)
        list_actions.addWidget(self.refresh_button)
        list_actions.addStretch(1)
        list_actions.addWidget(self.count_label)

        actions = QHBoxLayout()
        actions.addWidget(self.preview_button)
        actions.addWidget(self.save_button)
        actions.addWidget(self.print_button)
        actions.addWidget(self.email_button)
        actions.addStretch(1)
        actions.addWidget(self.again_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.intro_label)
        layout.addLayout(list_actions)
        layout.addWidget(self.loading_label, 1)
        layout.addWidget(self.table, 1)
        self.empty_state = EmptyState(
            self.tr("Geen kaarten te versturen"),
            self.tr(
                "Een feedbackkaart gaat naar de klager nadat een klacht is afgehandeld. Zodra "
                "er afgehandelde klachten zonder kaart zijn, staan de klagers hier."
            ),
        )
        self.empty_state.setVisible(False)
        layout.addWidget(self.empty_state, 1)
        layout.addLayout(choices)
        layout.addWidget(self.settings_label)
        layout.addLayout(actions)
        layout.addWidget(self.status_label)

        self.all_button.clicked.connect(lambda: self.model.set_all(True))
        self.none_button.clicked.connect(lambda: self.model.set_all(False))
        self.refresh_button.clicked.connect(self.refresh)
        self.model.checks_changed.connect(self._update)
        self.channel_group.buttonToggled.connect(lambda *_args: self._update())
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_cards)
        self.email_button.clicked.connect(self.make_emails)
        self.again_button.clicked.connect(self.save_last_batch_again)
        self.destroyed.connect(self.temp_files.remove)
        # The list is read when the page is shown (FeedbackPage.showEvent): until then, and
        # while it is read, the placeholder stands where the table will be.
        self.table.setVisible(False)

    @property
    def today(self) -> date:
        return self._today or date.today()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The columns share the width out once the table has its real size.
        QTimer.singleShot(0, self, self._fit_columns)  # not after the tab is gone

    def _fit_columns(self) -> None:
        # While the list is read the table is hidden; its rows are fitted when they come.
        if self.isVisible() and self.table.isVisible():
            fit_columns(self.table, max_width=320)

    # ----- state ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the waiting complaints off the GUI thread; "Laden…" until they are here."""
        service = self.service

        def work() -> tuple[CardSettings, list[CardRecipient], int]:
            rows = service.awaiting_cards(limit=AWAITING_PAGE)
            total = len(rows) if len(rows) < AWAITING_PAGE else service.awaiting_count()
            return service.card_settings(), rows, total

        self.loading_label.setVisible(True)
        self.loader.load(work, self._apply, self._load_failed)

    @property
    def loading(self) -> bool:
        return self.loader.busy

    def _load_failed(self, error: Exception) -> None:
        self.loading_label.setVisible(False)
        if isinstance(error, ServiceError):
            messages.show_service_error(self, error)
            return
        log.error("reading the complaints awaiting cards failed", exc_info=error)
        messages.error(
            self,
            self.tr("Kaarten versturen"),
            self.tr("De lijst kon niet worden gelezen. Details staan in het logboek."),
        )

    def _apply(self, result: tuple[CardSettings, list[CardRecipient], int]) -> None:
        self.settings, rows, self.awaiting_total = result
        self.loading_label.setVisible(False)
        if not self._layout_set:  # the default from the settings, once
            self._layout_set = True
            index = self.layout_combo.findData(self.settings.layout)
            if index >= 0:
                self.layout_combo.setCurrentIndex(index)
        self.model.set_rows(rows, recent_since=self.today - timedelta(days=RECENT_DAYS))
        fit_columns(self.table, max_width=320)
        self.table.setVisible(bool(rows))
        self.empty_state.setVisible(not rows)

    @property
    def channel(self) -> CardChannel:
        return CardChannel.DIGITAL if self.digital_radio.isChecked() else CardChannel.POST

    @property
    def layout_choice(self) -> CardLayout:
        return CardLayout(self.layout_combo.currentData())

    def chosen(self) -> list[CardRecipient]:
        return self.model.chosen()

    def _settings_problem(self) -> str | None:
        if self.channel == CardChannel.POST and not self.settings.complete:
            return self.tr(
                "Vul eerst onder Beheer de naam van de organisatie en het antwoordnummer met "
                "postcode en plaats in; die staan op de kaarten."
            )
        if self.channel == CardChannel.DIGITAL and not self.settings.feedback_email:
            return self.tr("Vul eerst onder Beheer het e-mailadres voor feedback in.")
        return None

    def _update(self) -> None:
        chosen = self.chosen()
        total = self.model.rowCount()
        if total < self.awaiting_total:
            # Only the oldest page is listed; once it is sent, the next ones follow.
            self.count_label.setText(
                arg(
                    self.tr("%1 van de eerste %2 gekozen (%3 kaarten); %4 wachten in totaal"),
                    len(chosen),
                    total,
                    2 * len(chosen),
                    self.awaiting_total,
                )
            )
        else:
            self.count_label.setText(
                arg(self.tr("%1 van %2 gekozen (%3 kaarten)"), len(chosen), total, 2 * len(chosen))
                if total
                else self.tr("Er wachten geen klachten op kaarten.")
            )
        post = self.channel == CardChannel.POST
        problem = self._settings_problem()
        self.settings_label.setText(problem or "")
        self.settings_label.setVisible(problem is not None)
        busy = self.job is not None
        ready = bool(chosen) and problem is None and not busy
        self.layout_combo.setEnabled(post)
        self.layout_label.setEnabled(post)
        for button in (self.preview_button, self.save_button, self.print_button):
            button.setVisible(post)
            button.setEnabled(ready)
        self.email_button.setVisible(not post)
        self.email_button.setEnabled(ready)
        self.again_button.setVisible(bool(self.last_batch) and self.last_layout is not None)
        self.again_button.setEnabled(not busy)
        self.all_button.setEnabled(total > 0)
        self.none_button.setEnabled(total > 0)

    # ----- preview ----------------------------------------------------------------------

    def _card_text(self) -> CardText:
        s = self.settings
        return CardText(
            s.organisation,
            s.reply_number,
            s.reply_postcode,
            s.reply_city,
            s.attention_of or "de klachtcoördinator",
        )

    def preview(self) -> QPrintPreviewDialog | None:
        """The chosen cards in the chosen layout with sample codes, in Qt's print preview;
        nothing is recorded."""
        chosen = self.chosen()
        if not chosen or self._settings_problem():
            return None
        sample = self.tr("VOORBEELD")
        cards = [
            Card(colour, sample, recipient_line(row.number, row.name, row.city))
            for row in chosen
            for colour in ("green", "red")
        ]
        content = cards_pdf(cards, self._card_text(), self.layout_choice, self.tr("Voorbeeld"))
        dialog = QPrintPreviewDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(self.tr("Voorbeeld feedbackkaarten"))
        dialog.paintRequested.connect(lambda printer: self._print_quietly(content, printer))
        self.preview_dialog = dialog
        dialog.open()
        return dialog

    def _print_quietly(self, content: bytes, printer: QPrinter) -> None:
        try:
            print_pdf(content, printer)
        except (ValueError, OSError) as error:
            log.error("card preview failed", exc_info=error)

    # ----- post -------------------------------------------------------------------------

    def save_pdf(self) -> None:
        chosen = self.chosen()
        if not chosen or self._settings_problem() or self.job is not None:
            return
        path = self._ask_path()
        if path is None:
            return
        self._confirm_and_record(chosen, _SAVE, path)

    def print_cards(self) -> None:
        chosen = self.chosen()
        if not chosen or self._settings_problem() or self.job is not None:
            return
        # A new name each time: the PDF viewer may still hold the previous batch open.
        stamp = datetime.now().strftime("%H%M%S")
        name = arg(self.tr("Feedbackkaarten %1 %2.pdf"), format_date(self.today), stamp)
        self._confirm_and_record(chosen, _PRINT, self.temp_files.path_for(name))

    def _ask_path(self) -> Path | None:
        suggested = safe_file_name(arg(self.tr("Feedbackkaarten %1.pdf"), format_date(self.today)))
        path, _chosen = ask_save_file(
            self,
            Purpose.CARDS,
            self.tr("Kaarten opslaan als PDF"),
            suggested,
            self.tr("PDF (*.pdf)"),
        )
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        return Path(path)

    def _confirm_and_record(
        self, chosen: list[CardRecipient], action: str, path: Path | None = None
    ) -> None:
        channel = self.channel
        count = len(chosen)
        text = arg(
            self.tr(
                "De kaarten van 1 klacht worden nu vastgelegd als verstuurd (%2, "
                "%3). Elke kaart krijgt daarbij een eigen code, die op de kaart komt te "
                "staan. Daarna staat deze klacht niet meer in de lijst.\n\nZijn de kaarten "
                "klaar om te versturen?"
            )
            if count == 1
            else self.tr(
                "De kaarten van %1 klachten worden nu vastgelegd als verstuurd (%2, "
                "%3). Elke kaart krijgt daarbij een eigen code, die op de kaart komt te "
                "staan. Daarna staan deze klachten niet meer in de lijst.\n\nZijn de kaarten "
                "klaar om te versturen?"
            ),
            count,
            enum_text(channel).lower(),
            format_date(self.today),
        )
        messages.confirm(
            self,
            self.tr("Kaarten vastleggen als verstuurd"),
            text,
            self.tr("Vastleggen"),
            # The box holds the page weakly; the arguments are plain data.
            weak_callback(self._record, [r.complaint_id for r in chosen], channel, action, path),
        )

    def _record(
        self, complaint_ids: list[int], channel: CardChannel, action: str, path: Path | None
    ) -> None:
        if action == _EMAIL:
            self._send_emails(complaint_ids)
            return
        try:
            sent = self.service.record_sent(complaint_ids, channel, self.today)
        except ServiceError as error:
            messages.show_service_error(self, error)
            self.refresh()
            return
        log.info("feedback cards recorded for %d complaints (%s)", len(sent), channel.value)
        self.refresh()
        self.sent.emit()
        if path is not None:
            self._write_pdf(sent, path, open_it=action == _PRINT)

    def _write_pdf(self, sent: list[SentCards], path: Path, *, open_it: bool) -> None:
        if not sent:
            return
        self.last_batch = sent
        self.last_layout = self.layout_choice
        ids = [s.complaint_id for s in sent]
        layout = self.layout_choice.value
        db, user = self.db, self.user
        self.job = (
            file_op(self, lambda: FeedbackService(db, user).cards_pdf(ids, layout), path)
            .success(self._pdf_opened if open_it else self._pdf_saved)
            .failure(self._pdf_failed)
            .done(self._job_done)
            .start()
        )
        self.status_label.setText(self.tr("Bezig met het maken van de kaarten…"))
        self._update()

    def save_last_batch_again(self) -> None:
        if not self.last_batch or self.job is not None:
            return
        path = self._ask_path()
        if path is not None:
            self._write_pdf(self.last_batch, path, open_it=False)

    def _job_done(self) -> None:
        self.job = None
        self._update()

    def _pdf_saved(self, path: str) -> None:
        count = 2 * len(self.last_batch)
        self.status_label.setText(arg(self.tr("%1 kaarten opgeslagen in %2."), count, path))
        messages.information(
            self,
            self.tr("Kaarten opgeslagen"),
            arg(
                self.tr(
                    "De kaarten staan in %1. Druk ze af en verstuur ze met een antwoordenveloppe."
                ),
                path,
            ),
        )

    def _pdf_opened(self, path: str) -> None:
        """The recorded cards are ready: choose a printer (non-blocking) and print them."""
        content = Path(path).read_bytes()
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setDocName(Path(path).stem)
        dialog = QPrintDialog(self.printer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(self.tr("Kaarten afdrukken"))
        # The dialog holds the page weakly; the arguments are plain data and the printer.
        dialog.accepted.connect(weak_callback(self.print_on, content, self.printer))
        dialog.rejected.connect(weak_callback(self._print_cancelled))
        self.print_dialog = dialog
        self.status_label.setText(self.tr("Kies een printer om de kaarten af te drukken."))
        dialog.open()

    def print_on(self, content: bytes, printer: QPrinter) -> None:
        try:
            pages = print_pdf(content, printer)
        except (ValueError, OSError) as error:
            log.error("printing the cards failed", exc_info=error)
            self.status_label.setText("")
            messages.error(
                self,
                self.tr("Afdrukken mislukt"),
                self.tr(
                    "De kaarten zijn wel vastgelegd, maar konden niet worden afgedrukt. Sla ze "
                    "op met 'Laatste reeks opnieuw opslaan…' en druk de PDF af."
                ),
                details=str(error),
            )
            return
        self.status_label.setText(
            self.tr("1 pagina met kaarten naar de printer gestuurd.")
            if pages == 1
            else arg(self.tr("%1 pagina's met kaarten naar de printer gestuurd."), pages)
        )

    def _print_cancelled(self) -> None:
        self.status_label.setText(
            self.tr(
                "Niet afgedrukt. De kaarten zijn wel vastgelegd: sla ze op met 'Laatste reeks "
                "opnieuw opslaan…' om ze later af te drukken."
            )
        )

    def _pdf_failed(self, error: BaseException) -> None:
        self.status_label.setText("")
        ops.show_failure(
            self,
            error,
            self.tr("Kaarten niet opgeslagen"),
            self.tr(
                "De kaarten zijn wel vastgelegd, maar de PDF kon niet worden gemaakt. Probeer "
                "het opnieuw met 'Laatste reeks opnieuw opslaan…'."
            ),
        )

    # ----- digital ----------------------------------------------------------------------

    def make_emails(self) -> None:
        chosen = self.chosen()
        if not chosen or self._settings_problem():
            return
        without = [r for r in chosen if not r.email]
        with_email = [r for r in chosen if r.email]
        if not with_email:
            messages.warning(
                self,
                self.tr("Geen e-mailadressen"),
                self.tr(
                    "Geen van de gekozen klagers heeft een e-mailadres. Stuur hun kaarten per post."
                ),
            )
            return
        if without:
            numbers = ", ".join(r.number for r in without)
            messages.confirm(
                self,
                self.tr("Niet iedereen heeft een e-mailadres"),
                arg(
                    self.tr(
                        "Deze klagers hebben geen e-mailadres: %1. Hun klachten blijven in de "
                        "lijst staan; stuur die kaarten per post. Doorgaan met de anderen?"
                    ),
                    numbers,
                ),
                self.tr("Doorgaan"),
                weak_callback(self._confirm_and_record, with_email, _EMAIL),
            )
            return
        self._confirm_and_record(with_email, _EMAIL)

    def _send_emails(self, complaint_ids: list[int]) -> None:
        """Each complaint's draft is written first and its cards recorded after (the
        service does both in one go), then the drafts are opened in the mail program."""

        def write_draft(number: str, content: bytes) -> Path:
            return self.temp_files.write(arg(self.tr("%1 feedbackkaarten.eml"), number), content)

        try:
            batch = self.service.send_by_email(complaint_ids, self.today, write_draft)
        except ServiceError as error:
            messages.show_service_error(self, error)
            self.refresh()
            return
        log.info(
            "feedback cards recorded for %d complaints (e-mail), %d not",
            len(batch.drafts),
            len(batch.failed),
        )
        self.refresh()
        if batch.drafts:
            self.sent.emit()
        opened, not_opened = 0, []
        for draft in batch.drafts:
            if self.opener(draft.path):
                opened += 1
            else:
                not_opened.append(f"{draft.cards.number}: {draft.path}")
        self.status_label.setText(
            self.tr("1 e-mail klaargezet in uw e-mailprogramma.")
            if opened == 1
            else arg(self.tr("%1 e-mails klaargezet in uw e-mailprogramma."), opened)
        )
        lines = []
        if batch.failed:
            lines.append(self.tr("Niet vastgelegd; deze klachten staan nog in de lijst:"))
            lines += [f"{number}: {service_text(reason)}" for number, reason in batch.failed]
        if not_opened:
            lines.append(
                self.tr(
                    "Wel vastgelegd, maar er is geen e-mailprogramma gevonden; open het "
                    "e-mailconcept zelf:"
                )
            )
            lines += not_opened
        if lines:
            messages.warning(self, self.tr("Niet alle e-mails zijn klaargezet"), "\n".join(lines))
