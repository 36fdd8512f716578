"""The editor of one improvement proposal: the SMART parts as separate fields, the owner, the
complaints it came from, management's decision, and the status with dated progress notes.

A proposal is accepted only with an owner and a deadline; the service's refusal appears beside
those fields. Setting it to "Gerealiseerd" offers the letter to every linked complainant who
has not been told yet.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.models.enums import ComplaintKind, Decision, ProposalStatus
from app.services.errors import ServiceError, ValidationError
from app.services.learning import ImprovementService, ProposalInput, ProposalView
from app.services.organisation import EmployeeRecord
from app.services.permissions import CurrentUser, Permission
from app.services.register import RegisterFilter, RegisterService
from app.ui import messages
from app.ui.common.display import format_date
from app.ui.common.tables import list_table
from app.ui.complaints.detail_tabs import RowsModel, TableRow
from app.ui.feedback.return_tab import from_qdate, to_qdate
from app.ui.files import TempFiles
from app.ui.learning.inform_dialog import InformComplainantsDialog
from app.ui.widgets import (
    ErrorLabel,
    FieldErrors,
    arg,
    enum_text,
    service_text,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class DeadlineEdit(QWidget):
    """A date that may be empty: a check box "deadline" and the date."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.check = QCheckBox(self.tr("op"))
        self.check.setAccessibleName(self.tr("Deadline vastleggen"))
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd-MM-yyyy")
        self.edit.setMinimumWidth(140)
        self.edit.setAccessibleName(self.tr("Deadline"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.setFocusProxy(self.check)
        self.check.toggled.connect(self._toggled)
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.set_value(None)

    def _toggled(self, checked: bool) -> None:
        self.edit.setEnabled(checked)
        self.changed.emit()

    def set_value(self, value: date | None) -> None:
        self.blockSignals(True)
        self.check.setChecked(value is not None)
        self.edit.setDate(to_qdate(value or self.today))
        self.edit.setEnabled(value is not None)
        self.blockSignals(False)

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_read_only(self, read_only: bool) -> None:
        self.check.setEnabled(not read_only)
        self.edit.setReadOnly(read_only)


class ProposalEditor(QWidget):
    """Edit one proposal (or a new one). ``saved(id)`` after every stored change."""

    saved = Signal(int)

    def __init__(
        self,
        db: Database,
        user: CurrentUser,
        employees: list[EmployeeRecord],
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        temp_files: TempFiles | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.user = user
        self.today = today or date.today()
        self.service = ImprovementService(db, user, today=self.today)
        self.temp_files = temp_files or TempFiles()
        self.manage = user.can(Permission.MANAGE_PROPOSALS)
        self.decide = self.manage or user.can(Permission.DECIDE_PROPOSALS)
        self.proposal: ProposalView | None = None
        self.dirty = False
        self.inform_dialog: InformComplainantsDialog | None = None
        self._loading = False

        self.general_error = ErrorLabel()
        self.errors = FieldErrors(self.general_error)
        self._build_smart(employees)
        self._build_decision()
        self._build_progress()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.smart_box)
        layout.addWidget(self.decision_box)
        layout.addWidget(self.progress_box)
        layout.addStretch(1)
        self.show_proposal(None)

    # ----- building ---------------------------------------------------------------------

    def _text(self, name: str, height: int = 56) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(height)
        edit.setAccessibleName(name)
        edit.textChanged.connect(self._changed)
        return edit

    def _build_smart(self, employees: list[EmployeeRecord]) -> None:
        self.smart_box = QGroupBox(self.tr("Voorstel (SMART)"))
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(300)
        self.title_edit.setAccessibleName(self.tr("Titel"))
        self.title_edit.textChanged.connect(self._changed)
        self.specific_edit = self._text(self.tr("Specifiek"))
        self.specific_edit.setPlaceholderText(self.tr("Wat verandert er precies, en voor wie?"))
        self.measurable_edit = self._text(self.tr("Meetbaar (indicator)"))
        self.measurable_edit.setPlaceholderText(self.tr("Waaraan ziet u dat het gelukt is?"))
        self.acceptable_edit = self._text(self.tr("Acceptabel"))
        self.acceptable_edit.setPlaceholderText(self.tr("Wie moeten het steunen, en doen ze dat?"))
        self.realistic_edit = self._text(self.tr("Realistisch"))
        self.realistic_edit.setPlaceholderText(self.tr("Waarom is het haalbaar?"))
        self.deadline_edit = DeadlineEdit(self.today)
        self.deadline_edit.changed.connect(self._changed)
        self.owner_combo = QComboBox()
        self.owner_combo.setAccessibleName(self.tr("Eigenaar"))
        self.owner_combo.addItem(self.tr("— nog niemand —"), None)
        for employee in employees:
            text = employee.name + (f" ({employee.unit_name})" if employee.unit_name else "")
            self.owner_combo.addItem(text, employee.id)
        self.owner_combo.currentIndexChanged.connect(self._changed)

        self.complaints_model = QStandardItemModel(self)
        self.complaints_view = QListView()
        self.complaints_view.setModel(self.complaints_model)
        self.complaints_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.complaints_view.setFixedHeight(74)
        self.complaints_view.setAccessibleName(self.tr("Klachten"))
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(self.tr("klachtnummer, bijv. IK-2026-0042"))
        self.number_edit.setAccessibleName(self.tr("Klachtnummer om toe te voegen"))
        self.add_complaint_button = QPushButton(self.tr("Toevoegen"))
        self.remove_complaint_button = QPushButton(self.tr("Verwijderen"))
        self.remove_complaint_button.setToolTip(self.tr("De gekozen klacht loskoppelen"))
        self.number_edit.returnPressed.connect(self.add_complaint)
        self.add_complaint_button.clicked.connect(self.add_complaint)
        self.remove_complaint_button.clicked.connect(self.remove_complaint)
        complaints = QWidget()
        complaints_layout = QVBoxLayout(complaints)
        complaints_layout.setContentsMargins(0, 0, 0, 0)
        complaints_layout.setSpacing(4)
        complaints_layout.addWidget(self.complaints_view)
        add_row = QHBoxLayout()
        add_row.addWidget(self.number_edit, 1)
        add_row.addWidget(self.add_complaint_button)
        add_row.addWidget(self.remove_complaint_button)
        complaints_layout.addLayout(add_row)
        complaints.setFocusProxy(self.number_edit)

        self.save_button = QPushButton(self.tr("Opslaan"))
        self.save_button.clicked.connect(self.save)
        self.saved_label = QLabel()
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.saved_label, 1)

        form = QFormLayout(self.smart_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, name, field in (
            (self.tr("&Titel:"), "title", self.title_edit),
            (self.tr("&Specifiek:"), "specific", self.specific_edit),
            (self.tr("&Meetbaar (indicator):"), "measurable", self.measurable_edit),
            (self.tr("&Acceptabel:"), "acceptable", self.acceptable_edit),
            (self.tr("&Realistisch:"), "realistic", self.realistic_edit),
            (self.tr("Tijdgebonden (&deadline):"), "deadline", self.deadline_edit),
            (self.tr("&Eigenaar:"), "owner_id", self.owner_combo),
            (self.tr("&Klachten:"), "complaint_ids", complaints),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, self.errors.add(name, field))
        form.addRow(self.general_error)
        form.addRow(save_row)

    def _build_decision(self) -> None:
        self.decision_box = QGroupBox(self.tr("Besluit MT"))
        self.decision_combo = QComboBox()
        for decision in Decision:
            self.decision_combo.addItem(enum_text(decision), decision.value)
        self.decision_combo.setAccessibleName(self.tr("Besluit"))
        self.decision_date = QDateEdit()
        self.decision_date.setCalendarPopup(True)
        self.decision_date.setDisplayFormat("dd-MM-yyyy")
        self.decision_date.setMinimumWidth(140)
        self.decision_date.setAccessibleName(self.tr("Datum van het besluit"))
        self.decision_note = QLineEdit()
        self.decision_note.setAccessibleName(self.tr("Toelichting bij het besluit"))
        self.decide_button = QPushButton(self.tr("Besluit vastleggen"))
        self.decide_button.setToolTip(
            self.tr(
                "Het besluit van het MT vastleggen (wijzigingen hierboven worden eerst bewaard)"
            )
        )
        self.decide_button.clicked.connect(self.record_decision)
        self.decision_state = QLabel()
        self.decision_state.setWordWrap(True)
        self.decision_error = ErrorLabel()
        row = QHBoxLayout()
        row.addWidget(self.decision_combo)
        row.addWidget(QLabel(self.tr("op")))
        row.addWidget(self.decision_date)
        row.addStretch(1)
        form = QFormLayout(self.decision_box)
        form.addRow(self.tr("Besluit:"), row)
        form.addRow(self.tr("Toelichting:"), self.decision_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.decide_button)
        buttons.addWidget(self.decision_state, 1)
        form.addRow(buttons)
        form.addRow(self.decision_error)

    def _build_progress(self) -> None:
        self.progress_box = QGroupBox(self.tr("Uitvoering"))
        self.status_combo = QComboBox()
        for status in ProposalStatus:
            self.status_combo.addItem(enum_text(status), status.value)
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_button = QPushButton(self.tr("Status wijzigen"))
        self.status_button.clicked.connect(self.change_status)
        self.notes_model = RowsModel(
            [self.tr("Datum"), self.tr("Voortgang"), self.tr("Door")], self
        )
        self.notes_table = list_table(self.notes_model, self.tr("Voortgang"), stretch_column=1)
        self.notes_table.setFixedHeight(110)
        self.note_date = QDateEdit()
        self.note_date.setCalendarPopup(True)
        self.note_date.setDisplayFormat("dd-MM-yyyy")
        self.note_date.setMinimumWidth(140)
        self.note_date.setAccessibleName(self.tr("Datum van de voortgang"))
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Wat is er gedaan?"))
        self.note_edit.setAccessibleName(self.tr("Voortgang"))
        self.note_button = QPushButton(self.tr("Voortgang toevoegen"))
        self.note_button.clicked.connect(self.add_note)
        self.note_edit.returnPressed.connect(self.add_note)
        self.note_error = ErrorLabel()
        self.inform_label = QLabel()
        self.inform_label.setWordWrap(True)
        self.inform_button = QPushButton(self.tr("Klagers informeren…"))
        self.inform_button.setToolTip(
            self.tr("De brief 'uw klacht heeft geleid tot een verbetering' maken")
        )
        self.inform_button.clicked.connect(self.offer_letters)

        status_row = QHBoxLayout()
        status_row.addWidget(QLabel(self.tr("Status:")))
        status_row.addWidget(self.status_combo)
        status_row.addWidget(self.status_button)
        status_row.addStretch(1)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_date)
        note_row.addWidget(self.note_edit, 1)
        note_row.addWidget(self.note_button)
        inform_row = QHBoxLayout()
        inform_row.addWidget(self.inform_label, 1)
        inform_row.addWidget(self.inform_button)
        layout = QVBoxLayout(self.progress_box)
        layout.addLayout(status_row)
        layout.addWidget(self.notes_table)
        layout.addLayout(note_row)
        layout.addWidget(self.note_error)
        layout.addLayout(inform_row)

    # ----- showing ----------------------------------------------------------------------

    def show_proposal(self, proposal: ProposalView | None) -> None:
        """Show a stored proposal, or empty fields for a new one (None)."""
        self._loading = True
        self.proposal = proposal
        self.errors.clear()
        self.decision_error.show_message(None)
        self.note_error.show_message(None)
        self.saved_label.setText("")
        self.title_edit.setText(proposal.title if proposal else "")
        self.specific_edit.setPlainText(proposal.specific or "" if proposal else "")
        self.measurable_edit.setPlainText(proposal.measurable or "" if proposal else "")
        self.acceptable_edit.setPlainText(proposal.acceptable or "" if proposal else "")
        self.realistic_edit.setPlainText(proposal.realistic or "" if proposal else "")
        self.deadline_edit.set_value(proposal.deadline if proposal else None)
        owner = self.owner_combo.findData(proposal.owner_id if proposal else None)
        if owner < 0 and proposal is not None and proposal.owner_id is not None:
            # An owner who left stays visible.
            self.owner_combo.addItem(proposal.owner_name or "?", proposal.owner_id)
            owner = self.owner_combo.count() - 1
        self.owner_combo.setCurrentIndex(max(owner, 0))
        self.complaints_model.clear()
        for linked in proposal.complaints if proposal else ():
            self._add_complaint_item(linked.complaint_id, linked.number, linked.complainant_name)
        self.number_edit.clear()

        decision = proposal.decision if proposal else Decision.PROPOSED
        self.decision_combo.setCurrentIndex(self.decision_combo.findData(decision.value))
        on = proposal.decision_on if proposal and proposal.decision_on else self.today
        self.decision_date.setDate(to_qdate(on))
        self.decision_note.setText(proposal.decision_note or "" if proposal else "")
        status = proposal.status if proposal else ProposalStatus.OPEN
        self.status_combo.setCurrentIndex(self.status_combo.findData(status.value))
        self.notes_model.set_rows(
            [
                TableRow((format_date(n.noted_on), n.text, n.author_name or ""))
                for n in (proposal.progress if proposal else ())
            ]
        )
        for column in (0, 2):
            self.notes_table.resizeColumnToContents(column)
        self.note_date.setDate(to_qdate(self.today))
        self.note_edit.clear()
        self._loading = False
        self.dirty = False
        self._update_state()

    def _update_state(self) -> None:
        proposal = self.proposal
        stored = proposal is not None
        if proposal is None:
            self.heading.setText(self.tr("Nieuw verbetervoorstel"))
        else:
            self.heading.setText(proposal.title)
        for edit in (
            self.specific_edit,
            self.measurable_edit,
            self.acceptable_edit,
            self.realistic_edit,
        ):
            edit.setReadOnly(not self.manage)
        self.title_edit.setReadOnly(not self.manage)
        self.deadline_edit.set_read_only(not self.manage)
        self.owner_combo.setEnabled(self.manage)
        for widget in (self.number_edit, self.add_complaint_button, self.remove_complaint_button):
            widget.setVisible(self.manage)
        self.save_button.setVisible(self.manage)
        self.save_button.setEnabled(self.manage and (self.dirty or not stored))

        self.decision_box.setEnabled(stored and self.decide)
        if proposal is not None and proposal.decision_on is not None:
            state = arg(
                self.tr("%1 op %2."),
                enum_text(proposal.decision),
                format_date(proposal.decision_on),
            )
            if proposal.decision_note:
                state += " " + proposal.decision_note
            self.decision_state.setText(state)
        else:
            self.decision_state.setText(self.tr("Nog geen besluit."))

        accepted = proposal is not None and proposal.decision == Decision.ACCEPTED
        self.progress_box.setEnabled(stored and self.manage)
        self.status_button.setEnabled(stored and self.manage)
        if proposal is not None and not accepted:
            self.status_button.setToolTip(
                self.tr("Alleen een aangenomen voorstel kan worden uitgevoerd")
            )
        else:
            self.status_button.setToolTip("")
        uninformed = [c for c in proposal.complaints if c.informed_on is None] if proposal else []
        realised = proposal is not None and proposal.status == ProposalStatus.REALISED
        self.inform_button.setVisible(realised and bool(uninformed))
        if realised and uninformed:
            self.inform_label.setText(
                self.tr("1 klager heeft nog niet gehoord dat dit is verbeterd.")
                if len(uninformed) == 1
                else arg(
                    self.tr("%1 klagers hebben nog niet gehoord dat dit is verbeterd."),
                    len(uninformed),
                )
            )
        elif realised and proposal is not None and proposal.complaints:
            self.inform_label.setText(self.tr("Alle klagers zijn geïnformeerd."))
        else:
            self.inform_label.setText("")
        self.inform_label.setVisible(bool(self.inform_label.text()))

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        self.dirty = True
        self.saved_label.setText("")
        self.save_button.setEnabled(self.manage)

    # ----- complaints -------------------------------------------------------------------

    def _add_complaint_item(self, complaint_id: int, number: str, name: str | None) -> None:
        item = QStandardItem(f"{number} — {name}" if name else number)
        item.setData(complaint_id, ID_ROLE)
        item.setEditable(False)
        self.complaints_model.appendRow(item)

    def complaint_ids(self) -> tuple[int, ...]:
        return tuple(
            int(self.complaints_model.item(row).data(ID_ROLE))
            for row in range(self.complaints_model.rowCount())
        )

    def add_complaint(self) -> None:
        number = self.number_edit.text().strip()
        message = self.errors.label_for("complaint_ids")
        if not number:
            return
        try:
            rows = RegisterService(self.db, self.user).page(
                RegisterFilter(search=number, kind=ComplaintKind.COMPLAINT), limit=50
            )
        except ServiceError as error:
            message.show_message(service_text(error.message))
            return
        match = [r for r in rows if r.number.upper() == number.upper()]
        if not match:
            message.show_message(arg(self.tr("Geen klacht met nummer %1."), number))
            return
        row = match[0]
        message.show_message(None)
        if row.id not in self.complaint_ids():
            self._add_complaint_item(row.id, row.number, row.complainant_name)
            self._changed()
        self.number_edit.clear()

    def remove_complaint(self) -> None:
        index = self.complaints_view.currentIndex()
        if index.isValid():
            self.complaints_model.removeRow(index.row())
            self._changed()

    # ----- saving -----------------------------------------------------------------------

    def proposal_input(self) -> ProposalInput:
        return ProposalInput(
            title=self.title_edit.text(),
            specific=self.specific_edit.toPlainText(),
            measurable=self.measurable_edit.toPlainText(),
            acceptable=self.acceptable_edit.toPlainText(),
            realistic=self.realistic_edit.toPlainText(),
            deadline=self.deadline_edit.value(),
            owner_id=self.owner_combo.currentData(),
            complaint_ids=self.complaint_ids(),
        )

    def save(self) -> bool:
        if not self.manage:
            return False
        data = self.proposal_input()
        try:
            if self.proposal is None:
                proposal_id = self.service.create(data)
            else:
                proposal_id = self.proposal.id
                self.service.update(proposal_id, data, self.proposal.version)
        except ValidationError as error:
            self.errors.show(error.errors, general=service_text(error.message))
            return False
        except ServiceError as error:
            messages.show_service_error(self, error)
            return False
        self._reload(proposal_id)
        self.saved_label.setText(self.tr("Opgeslagen."))
        return True

    def _reload(self, proposal_id: int) -> None:
        view = messages.attempt(self, lambda: self.service.get(proposal_id))
        if view is messages.REFUSED:
            return
        self.show_proposal(view)
        self.saved.emit(proposal_id)

    # ----- decision ---------------------------------------------------------------------

    def record_decision(self) -> None:
        if self.proposal is None or not self.decide:
            return
        # Read the decision before saving: saving shows the stored proposal again.
        decision = Decision(self.decision_combo.currentData())
        on = from_qdate(self.decision_date.date())
        note = self.decision_note.text()
        if self.dirty and self.manage:
            if not self.save():
                return
            self.decision_combo.setCurrentIndex(self.decision_combo.findData(decision.value))
            self.decision_date.setDate(to_qdate(on))
            self.decision_note.setText(note)
        proposal = self.proposal
        try:
            self.service.decide(proposal.id, decision, on=on, note=note, version=proposal.version)
        except ValidationError as error:
            # "accepted needs an owner and a deadline": shown beside those fields.
            self.errors.show(error.errors)
            self.decision_error.show_message(
                self.tr("Niet vastgelegd: vul eerst de gemarkeerde velden in.")
            )
            return
        except ServiceError as error:
            messages.show_service_error(self, error)
            return
        self.errors.clear()
        self._reload(proposal.id)

    # ----- status and progress ----------------------------------------------------------

    def change_status(self) -> None:
        proposal = self.proposal
        if proposal is None or not self.manage:
            return
        status = ProposalStatus(self.status_combo.currentData())
        try:
            to_inform = self.service.set_status(proposal.id, status, version=proposal.version)
        except ServiceError as error:
            self.note_error.show_message(service_text(error.message))
            return
        self.note_error.show_message(None)
        self._reload(proposal.id)
        if to_inform:
            self.offer_letters()

    def add_note(self) -> None:
        proposal = self.proposal
        if proposal is None or not self.manage:
            return
        try:
            self.service.add_progress(
                proposal.id, self.note_edit.text(), on=from_qdate(self.note_date.date())
            )
        except ValidationError as error:
            self.note_error.show_message("\n".join(service_text(m) for m in error.errors.values()))
            return
        except ServiceError as error:
            self.note_error.show_message(service_text(error.message))
            return
        self._reload(proposal.id)

    def offer_letters(self) -> InformComplainantsDialog | None:
        proposal = self.proposal
        if proposal is None:
            return None
        uninformed = [c for c in proposal.complaints if c.informed_on is None]
        if not uninformed:
            return None
        self.inform_dialog = InformComplainantsDialog.offer(
            self.db,
            self.user,
            proposal.id,
            proposal.title,
            uninformed,
            self,
            today=self.today,
            temp_files=self.temp_files,
        )
        self.inform_dialog.informed.connect(self._letters_made)
        return self.inform_dialog

    def _letters_made(self) -> None:
        if self.proposal is not None:
            self._reload(self.proposal.id)
