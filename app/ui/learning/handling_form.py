"""The form "Ik heb een klacht behandeld" (annex 1): the same labels in the same order as the
paper form, the facts read-only, the four questions for the handler.

What the handler types is kept as a draft about a second after they stop typing, and when the
window closes; reopening it shows the draft. "Verzenden" sends the form to the coordinator once
the complaint has been handled; after that it is read-only. The coordinator opens a sent form
read-only, with the review actions (see ``review_dialogs``).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Self

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.atomic_files import write_bytes_atomically
from app.db import Database
from app.models.enums import CauseKind, ReportStatus
from app.reports.annex1 import (
    CAUSE,
    COMPLAINANT_ADDRESS,
    COMPLAINANT_NAME,
    COMPLAINANT_PHONE,
    DESCRIPTION,
    HANDLER,
    IMPROVEMENTS,
    JUDGMENT,
    NUMBER,
    PREVENTION,
    REMEDIAL_ACTION,
    TITLE,
    Annex1Form,
    build_annex1_pdf,
)
from app.services.errors import ServiceError, ValidationError
from app.services.learning import HandlingForm, HandlingReportService, ReportAnswers
from app.services.permissions import CurrentUser, Permission
from app.services.settings import SettingsService
from app.ui import messages
from app.ui.common.display import format_moment
from app.ui.common.weak import weak_callback
from app.ui.feedback.prompt import TextPromptDialog
from app.ui.files import Purpose, ask_save_file, safe_file_name
from app.ui.pages import page_title
from app.ui.widgets import (
    ERROR_COLOUR,
    ErrorLabel,
    FieldErrors,
    arg,
    enum_text,
    fit_to_screen,
    note_label,
    service_text,
)

log = logging.getLogger(__name__)

DRAFT_DELAY_MS = 800  # save this long after typing stops
SENT_STATUSES = frozenset({ReportStatus.SUBMITTED, ReportStatus.REVIEWED})

REMARK_STYLE = (
    "QFrame#remark_frame { background: #fff4d6; border: 1px solid #d9a400; border-radius: 4px; }"
)


def label_text(source: str) -> str:
    """A label of the paper form (Dutch source, translated in the context of annex 1)."""
    return QCoreApplication.translate("annex1", source)


class HandlingFormDialog(QDialog):
    """Annex 1 for one complaint. Use ``open_for``; when the user may not see the form, the
    window shows why (``refusal_label``) and nothing else."""

    changed = Signal()  # sent, reviewed, sent back or classified
    proposal_created = Signal(int)  # an improvement point became a proposal (its id)

    def __init__(
        self,
        db: Database,
        user: CurrentUser,
        complaint_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.db = db
        self.user = user
        self.complaint_id = complaint_id
        self.service = HandlingReportService(db, user)
        self.form: HandlingForm | None = None
        self.fact_values: dict[str, str] = {}
        self.dirty = False
        self.draft_refused = False
        self.prompt: QDialog | None = None
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.save_draft)
        self.setWindowTitle(label_text(TITLE))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        try:
            form = self.service.form(complaint_id)
        except ServiceError as error:
            self.refusal_label = QLabel(service_text(error.message))
            self.refusal_label.setWordWrap(True)
            close = QPushButton(self.tr("Sluiten"))
            close.clicked.connect(self.close)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(close)
            layout.addWidget(page_title(label_text(TITLE)))
            layout.addWidget(self.refusal_label)
            layout.addStretch(1)
            layout.addLayout(row)
            self.resize(520, 200)
            return
        self.refusal_label = None
        self._build(layout)
        self._show(form)
        fit_to_screen(self, 760, 860)

    # ----- opening ----------------------------------------------------------------------

    @classmethod
    def find_open(cls, db: Database, user: CurrentUser, complaint_id: int) -> Self | None:
        """The window already open for this complaint (and user), if any."""
        for widget in QApplication.topLevelWidgets():
            if (
                isinstance(widget, cls)
                and widget.db is db
                and widget.user == user
                and widget.complaint_id == complaint_id
                and widget.isVisible()
            ):
                return widget
        return None

    @classmethod
    def open_for(
        cls,
        db: Database,
        user: CurrentUser,
        complaint_id: int,
        parent: QWidget | None = None,
    ) -> Self:
        """Show the complaint's form (the one already open is brought forward)."""
        dialog = cls.find_open(db, user, complaint_id)
        if dialog is None:
            dialog = cls(db, user, complaint_id, parent)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    # ----- building ---------------------------------------------------------------------

    def _build(self, layout: QVBoxLayout) -> None:
        self.title_label = page_title(label_text(TITLE))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.remark_frame = QFrame()
        self.remark_frame.setObjectName("remark_frame")
        self.remark_frame.setStyleSheet(REMARK_STYLE)
        self.remark_label = QLabel()
        self.remark_label.setWordWrap(True)
        self.remark_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        remark_layout = QVBoxLayout(self.remark_frame)
        remark_layout.setContentsMargins(10, 8, 10, 8)
        remark_layout.addWidget(self.remark_label)

        # The facts of the complaint, read-only, in the form's order.
        self.facts_box = QGroupBox()
        facts = QFormLayout(self.facts_box)
        facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.fact_labels: dict[str, QLabel] = {}
        for source in (
            HANDLER,
            NUMBER,
            COMPLAINANT_NAME,
            COMPLAINANT_ADDRESS,
            COMPLAINANT_PHONE,
            DESCRIPTION,
            JUDGMENT,
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(label_text(source))
            caption = QLabel(label_text(source))
            caption.setToolTip(
                self.tr("* Wordt toegekend door secretariaat MT") if source == NUMBER else ""
            )
            facts.addRow(caption, value)
            self.fact_labels[source] = value
        self.footnote = note_label(label_text("* Wordt toegekend door secretariaat MT"))

        # The four questions.
        self.general_error = ErrorLabel(reserve_line=True)  # under the questions: no jumps
        self.errors = FieldErrors(self.general_error)
        self.cause_combo = QComboBox()
        self.cause_combo.addItem(self.tr("— kies wie of wat —"), None)
        for kind in CauseKind:
            self.cause_combo.addItem(enum_text(kind), kind.value)
        self.cause_combo.setAccessibleName(self.tr("Soort oorzaak"))
        self.cause_edit = self._text_edit(CAUSE)
        self.prevention_edit = self._text_edit(PREVENTION)
        self.remedial_edit = self._text_edit(REMEDIAL_ACTION)
        self.improvements_edit = self._text_edit(IMPROVEMENTS)
        questions = QVBoxLayout()
        questions.setSpacing(4)
        cause_label = self._question_label(CAUSE, self.cause_combo)
        questions.addWidget(cause_label)
        # The choice keeps its width; its message gets the full width (one line, not a
        # narrow column that pushes the questions below down).
        cause_wrapper = self.errors.add("cause_kind", self.cause_combo)
        cause_wrapper.layout().setAlignment(self.cause_combo, Qt.AlignmentFlag.AlignLeft)
        questions.addWidget(cause_wrapper)
        questions.addWidget(self.errors.add("cause_text", self.cause_edit))
        for source, name, edit in (
            (PREVENTION, "prevention", self.prevention_edit),
            (REMEDIAL_ACTION, "remedial_action", self.remedial_edit),
            (IMPROVEMENTS, "improvement_points", self.improvements_edit),
        ):
            questions.addSpacing(8)
            questions.addWidget(self._question_label(source, edit))
            questions.addWidget(self.errors.add(name, edit))
        questions.addWidget(self.general_error)

        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 8, 0)
        inner.setSpacing(10)
        inner.addWidget(self.facts_box)
        inner.addWidget(self.footnote)
        inner.addLayout(questions)
        inner.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        # Tab goes straight to the questions; the area follows the focused one.
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.handled_note = note_label(
            self.tr(
                "U kunt het formulier verzenden zodra de klacht is afgehandeld. Wat u nu "
                "invult, wordt bewaard als concept."
            )
        )
        self.print_button = QPushButton(self.tr("Afdrukken (PDF)…"))
        self.print_button.setToolTip(self.tr("Het ingevulde formulier opslaan als PDF"))
        self.send_button = QPushButton(self.tr("Verzenden"))
        self.send_button.setToolTip(self.tr("Het formulier naar de klachtcoördinator sturen"))
        self.close_button = QPushButton(self.tr("Sluiten"))
        self.close_button.setToolTip(self.tr("Sluiten; wat u hebt ingevuld blijft bewaard"))
        self.print_button.clicked.connect(self.save_pdf)
        self.send_button.clicked.connect(self.send)
        self.close_button.clicked.connect(self.close)
        self.send_button.setAutoDefault(False)
        self.close_button.setAutoDefault(False)
        self.print_button.setAutoDefault(False)
        self._build_review_bar()

        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.close_button)

        layout.addWidget(self.title_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.remark_frame)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.review_box)
        layout.addWidget(self.handled_note)
        layout.addLayout(buttons)

        for edit in (self.cause_edit, self.prevention_edit, self.remedial_edit):
            edit.textChanged.connect(self._typed)
        self.improvements_edit.textChanged.connect(self._typed)
        self.cause_combo.currentIndexChanged.connect(self._typed)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save_draft)

    def _text_edit(self, source: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(72)
        edit.setMaximumHeight(104)
        edit.setAccessibleName(label_text(source))
        return edit

    def _question_label(self, source: str, buddy: QWidget) -> QLabel:
        label = QLabel(label_text(source))
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.setBuddy(buddy)
        return label

    def _build_review_bar(self) -> None:
        self.review_box = QGroupBox(self.tr("Beoordeling door de klachtcoördinator"))
        self.reviewed_button = QPushButton(self.tr("Beoordeeld"))
        self.reviewed_button.setToolTip(self.tr("Het formulier is in orde"))
        self.send_back_button = QPushButton(self.tr("Terugsturen met opmerking…"))
        self.send_back_button.setToolTip(
            self.tr("Het formulier teruggeven aan de behandelaar, met wat er moet veranderen")
        )
        self.classify_button = QPushButton(self.tr("Classificeren…"))
        self.classify_button.setToolTip(
            self.tr("Onderwerpen, behoorlijkheidsnormen en de bevestigde oorzaak vastleggen")
        )
        self.convert_button = QPushButton(self.tr("Verbeterpunt omzetten in voorstel…"))
        self.convert_button.setToolTip(
            self.tr("Van het verbeterpunt in één stap een verbetervoorstel maken")
        )
        for button in (
            self.reviewed_button,
            self.send_back_button,
            self.classify_button,
            self.convert_button,
        ):
            button.setAutoDefault(False)
        row = QHBoxLayout(self.review_box)
        row.addWidget(self.reviewed_button)
        row.addWidget(self.send_back_button)
        row.addWidget(self.classify_button)
        row.addWidget(self.convert_button)
        row.addStretch(1)
        self.reviewed_button.clicked.connect(self.mark_reviewed)
        self.send_back_button.clicked.connect(self.ask_send_back)
        self.classify_button.clicked.connect(self.open_classification)
        self.convert_button.clicked.connect(self.open_conversion)

    # ----- showing ----------------------------------------------------------------------

    @property
    def editable(self) -> bool:
        form = self.form
        return (
            form is not None
            and form.handler_id is not None
            and form.handler_id == self.user.employee_id
            and self.user.can(Permission.HANDLE_COMPLAINT)
            and form.status not in SENT_STATUSES
            and not self.draft_refused
        )

    def _show(self, form: HandlingForm) -> None:
        self.form = form
        values = {
            HANDLER: form.handler_name,
            NUMBER: form.number,
            COMPLAINANT_NAME: form.complainant_name,
            COMPLAINANT_ADDRESS: form.complainant_address,
            COMPLAINANT_PHONE: form.complainant_phone,
            DESCRIPTION: form.description,
            JUDGMENT: enum_text(form.judgment) if form.judgment else "",
        }
        self.fact_values = values
        for source, value in values.items():
            self.fact_labels[source].setText(value or "—")
        self.setWindowTitle(f"{form.number} — {label_text(TITLE)}")
        answers = form.answers
        for widget in (
            self.cause_combo,
            self.cause_edit,
            self.prevention_edit,
            self.remedial_edit,
            self.improvements_edit,
        ):
            widget.blockSignals(True)
        index = self.cause_combo.findData(answers.cause_kind.value if answers.cause_kind else None)
        self.cause_combo.setCurrentIndex(max(index, 0))
        self.cause_edit.setPlainText(answers.cause_text or "")
        self.prevention_edit.setPlainText(answers.prevention or "")
        self.remedial_edit.setPlainText(answers.remedial_action or "")
        self.improvements_edit.setPlainText(answers.improvement_points or "")
        for widget in (
            self.cause_combo,
            self.cause_edit,
            self.prevention_edit,
            self.remedial_edit,
            self.improvements_edit,
        ):
            widget.blockSignals(False)
        self.dirty = False
        self._update_state()

    def _update_state(self) -> None:
        form = self.form
        if form is None:
            return
        editable = self.editable
        for edit in (self.cause_edit, self.prevention_edit, self.remedial_edit):
            edit.setReadOnly(not editable)
        self.improvements_edit.setReadOnly(not editable)
        self.cause_combo.setEnabled(editable)
        self.send_button.setVisible(editable)
        self.send_button.setEnabled(editable and form.complaint_handled)
        self.send_button.setToolTip(
            self.tr("Het formulier naar de klachtcoördinator sturen")
            if form.complaint_handled
            else self.tr("Kan pas worden verzonden als de klacht is afgehandeld")
        )
        self.handled_note.setVisible(editable and not form.complaint_handled)
        self.status_label.setText(self._status_text(form))

        returned = form.status == ReportStatus.RETURNED and bool(form.review_remark)
        self.remark_frame.setVisible(returned)
        if returned:
            self.remark_label.setText(
                arg(
                    self.tr(
                        "De klachtcoördinator heeft het formulier teruggestuurd met deze "
                        "opmerking:\n%1"
                    ),
                    form.review_remark or "",
                )
            )

        reviewer = self.user.can(Permission.MANAGE_PROPOSALS)
        sent = form.status in (ReportStatus.SUBMITTED, ReportStatus.REVIEWED)
        self.review_box.setVisible(reviewer and sent)
        self.reviewed_button.setEnabled(form.status == ReportStatus.SUBMITTED)
        self.send_back_button.setEnabled(form.status == ReportStatus.SUBMITTED)
        self.convert_button.setEnabled(bool((form.answers.improvement_points or "").strip()))

    def _status_text(self, form: HandlingForm) -> str:
        if form.status == ReportStatus.REVIEWED:
            return arg(
                self.tr("Verzonden op %1 en beoordeeld op %2."),
                format_moment(form.submitted_at),
                format_moment(form.reviewed_at),
            )
        if form.status == ReportStatus.SUBMITTED:
            return arg(
                self.tr("Verzonden naar de klachtcoördinator op %1."),
                format_moment(form.submitted_at),
            )
        if not self.editable:
            if form.status is None:
                return self.tr("De behandelaar heeft dit formulier nog niet ingevuld.")
            return self.tr("Concept van de behandelaar (nog niet verzonden).")
        if form.status is None:
            return self.tr("Nog niet ingevuld. Wat u typt, wordt vanzelf als concept bewaard.")
        if form.status == ReportStatus.RETURNED:
            return self.tr(
                "Teruggestuurd: pas het formulier aan en verzend het opnieuw. Wat u typt, "
                "wordt vanzelf bewaard."
            )
        return self.tr("Concept. Wat u typt, wordt vanzelf bewaard.")

    # ----- drafts -----------------------------------------------------------------------

    def answers(self) -> ReportAnswers:
        kind = self.cause_combo.currentData()
        return ReportAnswers(
            cause_kind=CauseKind(kind) if kind else None,
            cause_text=self.cause_edit.toPlainText(),
            prevention=self.prevention_edit.toPlainText(),
            remedial_action=self.remedial_edit.toPlainText(),
            improvement_points=self.improvements_edit.toPlainText(),
        )

    def _form_version(self) -> int | None:
        """The stored form's version this window is based on (None: nothing stored yet)."""
        return self.form.version if self.form is not None else None

    def _typed(self, *_args: object) -> None:
        if not self.editable:
            return
        self.dirty = True
        self.draft_timer.start()  # restarts: saves once typing pauses

    def save_draft(self) -> bool:
        """Store what is typed now (if anything changed); False when it could not be."""
        self.draft_timer.stop()
        if not self.dirty or not self.editable:
            return True
        try:
            version = self.service.save_draft(
                self.complaint_id, self.answers(), version=self._form_version()
            )
        except ValidationError as error:
            self.errors.show(error.errors, general=service_text(error.message))
            return False
        except ServiceError as error:
            log.info("draft not saved: %s", type(error).__name__)
            self.draft_refused = True
            self._update_state()
            self.status_label.setText(service_text(error.message))
            self.status_label.setStyleSheet(f"color: {ERROR_COLOUR};")
            return False
        self.dirty = False
        if self.form is not None and self.form.status is None:
            self.form = self.service.form(self.complaint_id)
        elif self.form is not None:
            self.form = replace(self.form, version=version)
        self.status_label.setStyleSheet("")
        self.status_label.setText(
            arg(
                self.tr("Concept bewaard om %1. Wat u typt, wordt vanzelf bewaard."),
                datetime.now().strftime("%H:%M:%S"),
            )
        )
        return True

    def done(self, result: int) -> None:
        self.save_draft()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_draft()
        super().closeEvent(event)

    # ----- sending ----------------------------------------------------------------------

    def send(self) -> None:
        form = self.form
        if form is None or not self.editable or not form.complaint_handled:
            return
        self.draft_timer.stop()
        try:
            self.service.submit(self.complaint_id, self.answers(), version=self._form_version())
        except ValidationError as error:
            self.errors.show(error.errors, general=service_text(error.message))
            return
        except ServiceError as error:
            messages.show_service_error(self, error)
            return
        self.dirty = False
        self.errors.clear()
        self.reload()
        self.changed.emit()
        messages.information(
            self,
            self.tr("Formulier verzonden"),
            self.tr("Het formulier is verzonden naar de klachtcoördinator. Dank u wel."),
        )

    def reload(self) -> None:
        form = messages.attempt(self, lambda: self.service.form(self.complaint_id))
        if form is messages.REFUSED:
            return
        self._show(form)

    # ----- printing ---------------------------------------------------------------------

    def annex1(self) -> Annex1Form:
        """The form as shown (with what is typed, saved or not) for the PDF."""
        form = self.form
        assert form is not None
        answers = self.answers()
        cause = answers.cause_text or ""
        if answers.cause_kind is not None:
            cause = (
                f"{enum_text(answers.cause_kind)}: {cause}"
                if cause
                else enum_text(answers.cause_kind)
            )
        try:
            organisation = SettingsService(self.db, self.user).organisation_name()
        except ServiceError:
            organisation = ""
        return Annex1Form(
            facts=[
                (label_text(source), self.fact_values[source] or "") for source in self.fact_labels
            ],
            questions=[
                (label_text(CAUSE), cause),
                (label_text(PREVENTION), answers.prevention or ""),
                (label_text(REMEDIAL_ACTION), answers.remedial_action or ""),
                (label_text(IMPROVEMENTS), answers.improvement_points or ""),
            ],
            organisation=organisation,
            status_line=self.status_label.text()
            if form.status in SENT_STATUSES
            else self.tr("Concept"),
        )

    def save_pdf(self) -> Path | None:
        if self.form is None:
            return None
        suggested = safe_file_name(
            arg(self.tr("%1 Ik heb een klacht behandeld.pdf"), self.form.number)
        )
        path, _chosen = ask_save_file(
            self,
            Purpose.FORM,
            self.tr("Formulier opslaan als PDF"),
            suggested,
            self.tr("PDF (*.pdf)"),
        )
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            write_bytes_atomically(Path(path), build_annex1_pdf(self.annex1()))
        except OSError as error:
            messages.error(
                self,
                self.tr("Niet opgeslagen"),
                self.tr("Het formulier kon niet als PDF worden opgeslagen."),
                details=str(error),
            )
            return None
        return Path(path)

    # ----- the coordinator's review -----------------------------------------------------

    def mark_reviewed(self) -> None:
        form = self.form
        if form is None:
            return
        try:
            self.service.review(self.complaint_id, version=form.version)
        except ServiceError as error:
            messages.show_service_error(self, error)
            self.reload()
            return
        self.reload()
        self.changed.emit()

    def ask_send_back(self) -> None:
        self.prompt = TextPromptDialog.ask(
            self,
            self.tr("Formulier terugsturen"),
            self.tr("Wat moet de behandelaar aan het formulier veranderen?"),
            self.tr("Terugsturen"),
            self._send_back,
        )

    def _send_back(self, remark: str) -> ServiceError | None:
        form = self.form
        if form is None:
            return None
        try:
            self.service.send_back(self.complaint_id, remark, version=form.version)
        except ServiceError as error:
            return error
        # After the prompt has closed: reload and tell the page.
        QTimer.singleShot(0, weak_callback(self._after_review_change))
        return None

    def _after_review_change(self) -> None:
        self.reload()
        self.changed.emit()

    def open_classification(self) -> None:
        from app.ui.learning.review_dialogs import ClassifyDialog

        self.prompt = ClassifyDialog.open_for(
            self.db, self.user, self.complaint_id, self, weak_callback(self._after_review_change)
        )

    def open_conversion(self) -> None:
        from app.ui.learning.review_dialogs import ProposalFromReportDialog

        form = self.form
        if form is None:
            return
        self.prompt = ProposalFromReportDialog.open_for(
            self.db,
            self.user,
            self.complaint_id,
            form.answers.improvement_points or "",
            self,
            self._proposal_made,
        )

    def _proposal_made(self, proposal_id: int) -> None:
        self.proposal_created.emit(proposal_id)
