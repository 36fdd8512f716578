"""Formulieren: the annex-1 forms. The coordinator sees every form (and reviews it in the
form's window); a handler sees their own forms and the complaints they still have to fill
one in for."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.models.enums import ComplaintKind, ReportStatus
from app.services.errors import ServiceError
from app.services.learning import FormSummary, HandlingReportService
from app.services.permissions import CurrentUser, Permission
from app.services.register import RegisterFilter, RegisterService, RegisterSort
from app.ui import messages, ops
from app.ui.admin.record_list import FIT_ROWS
from app.ui.common.display import format_moment
from app.ui.common.tables import list_table
from app.ui.learning.handling_form import HandlingFormDialog
from app.ui.list_model import ListTableModel
from app.ui.widgets import EmptyState, arg, enum_text, fit_columns, note_label

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex

ALL = "all"
NOT_STARTED = "not_started"


@dataclass(frozen=True)
class FormRow:
    complaint_id: int
    number: str
    handler_name: str
    status: ReportStatus | None  # None: not filled in yet
    submitted: str
    cause: str


def _form_row(form: FormSummary) -> FormRow:
    return FormRow(
        form.complaint_id,
        form.number,
        form.handler_name,
        form.status,
        format_moment(form.submitted_at),
        enum_text(form.cause_kind) if form.cause_kind else "",
    )


class FormsModel(ListTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = [
            self.tr("Klacht"),
            self.tr("Behandelaar"),
            self.tr("Status"),
            self.tr("Verzonden op"),
            self.tr("Oorzaak"),
        ]
        self.rows: list[FormRow] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[FormRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def status_text(self, status: ReportStatus | None) -> str:
        return enum_text(status) if status is not None else self.tr("Nog niet ingevuld")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.number,
                row.handler_name,
                self.status_text(row.status),
                row.submitted,
                row.cause,
            )[index.column()]
        if role == Qt.ItemDataRole.FontRole and row.status == ReportStatus.SUBMITTED:
            return self._bold  # waiting for the coordinator
        return None


class FormsTab(QWidget):
    proposal_created = Signal(int)

    def __init__(self, db: Database, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.user = user
        self.service = HandlingReportService(db, user)
        self.sees_all = user.can(Permission.VIEW_ALL_COMPLAINTS)
        self.model = FormsModel(self)
        self.last_dialog: HandlingFormDialog | None = None

        self.filter_combo = QComboBox()
        self.filter_combo.addItem(self.tr("Alle formulieren"), ALL)
        self.filter_combo.addItem(self.tr("Te beoordelen"), ReportStatus.SUBMITTED.value)
        for status in (ReportStatus.REVIEWED, ReportStatus.RETURNED, ReportStatus.DRAFT):
            self.filter_combo.addItem(enum_text(status), status.value)
        if user.employee_id is not None and user.can(Permission.HANDLE_COMPLAINT):
            self.filter_combo.addItem(self.tr("Nog in te vullen door mij"), NOT_STARTED)
        self.filter_combo.setAccessibleName(self.tr("Welke formulieren"))
        self.open_button = QPushButton(self.tr("Openen"))
        self.open_button.setToolTip(self.tr("Het gekozen formulier openen (Enter of dubbelklik)"))
        self.open_button.clicked.connect(self.open_selected)
        self.count_label = QLabel()
        self.loading_label = QLabel(self.tr("Laden…"))
        self.loading_label.setObjectName("loading_label")
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading_label.setVisible(False)
        self.loader = ops.Reader(self)

        self.table = list_table(
            self.model,
            self.tr("Formulieren 'Ik heb een klacht behandeld'"),
            object_name="forms_table",
        )
        header = self.table.horizontalHeader()
        # Column widths from the first rows only: measuring thousands of rows blocked the
        # screen for seconds (wider cells are elided, with a tooltip).
        header.setResizeContentsPrecision(FIT_ROWS)
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)

        top = QHBoxLayout()
        top.addWidget(self.filter_combo)
        top.addWidget(self.open_button)
        top.addStretch(1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(
            note_label(
                self.tr(
                    "Het formulier 'Ik heb een klacht behandeld' vult de behandelaar in na de "
                    "afhandeling. De klachtcoördinator beoordeelt het, classificeert de klacht "
                    "en maakt van verbeterpunten verbetervoorstellen."
                )
                if self.sees_all
                else self.tr(
                    "Uw formulieren 'Ik heb een klacht behandeld', en de klachten waarvoor u het "
                    "nog moet invullen."
                )
            )
        )
        layout.addLayout(top)
        layout.addWidget(self.loading_label, 1)
        layout.addWidget(self.table, 1)
        self.empty_state = EmptyState(
            self.tr("Nog geen formulieren"),
            self.tr(
                "Na de afhandeling van een klacht vult de behandelaar het formulier 'Ik heb "
                "een klacht behandeld' in. De formulieren en de klachten waarvoor het nog "
                "moet, verschijnen hier."
            ),
        )
        self.empty_state.setVisible(False)
        layout.addWidget(self.empty_state, 1)
        # Read when the page is shown (LearningPage.showEvent), not while it is built.
        self.table.setVisible(False)
        self.filter_combo.currentIndexChanged.connect(self.refresh)

    def refresh(self) -> None:
        """Read the forms off the GUI thread; "Laden…" until they are here."""
        wanted = self.filter_combo.currentData()
        status = None if wanted in (ALL, NOT_STARTED) else ReportStatus(wanted)
        service = self.service
        register = RegisterService(self.db, self.user)
        employee_id = self.user.employee_id
        handles = employee_id is not None and self.user.can(Permission.HANDLE_COMPLAINT)

        def work() -> list[FormRow]:
            # The rows are formatted here too: for thousands of forms that took the GUI
            # thread a second (translate, which enum_text uses, is thread-safe).
            forms = service.forms(status=status) if wanted != NOT_STARTED else []
            rows = [_form_row(form) for form in forms]
            if wanted not in (ALL, NOT_STARTED) or not handles:
                return rows
            # The user's own complaints without a form yet (as their handler).
            started = {f.complaint_id for f in (forms if wanted == ALL else service.forms())}
            mine = register.page(
                RegisterFilter(handler_id=employee_id, kind=ComplaintKind.COMPLAINT),
                RegisterSort.RECEIVED,
                True,
                0,
                500,
            )
            rows += (
                FormRow(r.id, r.number, r.handler_name or "", None, "", "")
                for r in mine
                if r.id not in started
            )
            return rows

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
        log.error("reading the handling forms failed", exc_info=error)
        messages.error(
            self,
            self.tr("Formulieren"),
            self.tr("De lijst kon niet worden gelezen. Details staan in het logboek."),
        )

    def _apply(self, rows: list[FormRow]) -> None:
        selected = self.selected()
        self.loading_label.setVisible(False)
        self.model.set_rows(rows)
        fit_columns(self.table, max_width=260)
        nothing_at_all = not rows and self.filter_combo.currentData() == ALL
        self.table.setVisible(not nothing_at_all)
        self.empty_state.setVisible(nothing_at_all)
        self.count_label.setText(
            self.tr("1 formulier") if len(rows) == 1 else arg(self.tr("%1 formulieren"), len(rows))
        )
        if selected is not None:
            self.select(selected.complaint_id)
        self._update_buttons()

    def select(self, complaint_id: int) -> bool:
        for row, form in enumerate(self.model.rows):
            if form.complaint_id == complaint_id:
                self.table.selectRow(row)
                return True
        return False

    def selected(self) -> FormRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self, *_args: object) -> None:
        self.open_button.setEnabled(self.selected() is not None)

    def open_selected(self) -> HandlingFormDialog | None:
        row = self.selected()
        return self.open_form(row.complaint_id) if row is not None else None

    def open_form(self, complaint_id: int) -> HandlingFormDialog:
        dialog = HandlingFormDialog.open_for(self.db, self.user, complaint_id, self)
        if not getattr(dialog, "_forms_tab_listens", False):
            dialog._forms_tab_listens = True  # type: ignore[attr-defined]
            dialog.changed.connect(self.refresh)
            dialog.finished.connect(lambda _result: self.refresh())
            dialog.proposal_created.connect(self.proposal_created)
        self.last_dialog = dialog
        return dialog
