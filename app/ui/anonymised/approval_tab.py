"""The coordinator's approval of summaries: the closed complaints without one, a suggestion
per complaint (the description scrubbed of personal data, made off the GUI thread: the
de-identification model may take a while to load the first time), editable, approved one
at a time or all shown at once."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.services.anonymised import (
    AnonymisedRegisterService,
    Approval,
    PendingRow,
    Suggestion,
)
from app.services.errors import ServiceError
from app.services.permissions import CurrentUser
from app.ui import messages, ops
from app.ui.common.tables import list_table
from app.ui.list_model import ListTableModel, _Index
from app.ui.widgets import arg, service_text, set_tab_order
from app.wording import counted

PAGE_SIZE = 50


@dataclass
class _Draft:
    summary: str
    measures: str
    version: int


class PendingModel(ListTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PendingRow] = []
        self.headers = [self.tr("Nummer"), self.tr("Maand ontvangen"), self.tr("Onderwerp")]

    def set_rows(self, rows: list[PendingRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        return (row.number, row.month, ", ".join(row.subjects))[index.column()]


class ApprovalTab(QWidget):
    def __init__(self, db: Database, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = AnonymisedRegisterService(db, user)
        self.drafts: dict[int, _Draft] = {}
        self.loader = ops.Reader(self)
        self.suggestions = ops.Reader(self)
        self.confirmation: QWidget | None = None

        self.model = PendingModel(self)
        self.table = list_table(self.model, self.tr("Afgesloten klachten zonder samenvatting"))
        self.table.selectionModel().selectionChanged.connect(self._selected)

        self.progress = QLabel()
        self.summary = QPlainTextEdit()
        self.summary.setAccessibleName(self.tr("Samenvatting"))
        self.measures = QPlainTextEdit()
        self.measures.setAccessibleName(self.tr("Genomen maatregelen"))
        self.summary.textChanged.connect(self._edited)
        self.measures.textChanged.connect(self._edited)
        self.approve_button = QPushButton(self.tr("Goedkeuren"))
        self.approve_button.clicked.connect(self.approve_current)
        self.approve_all_button = QPushButton(self.tr("Alle getoonde goedkeuren…"))
        self.approve_all_button.clicked.connect(self.ask_approve_all)
        form = QFormLayout()
        form.addRow(self.tr("Samenvatting"), self.summary)
        form.addRow(self.tr("Maatregelen"), self.measures)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.approve_all_button)
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.progress)
        editor_layout.addLayout(form, 1)
        editor_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        intro = QLabel(
            self.tr(
                "Een afgesloten klacht komt pas in het geanonimiseerde register als u de "
                "samenvatting goedkeurt. Controleer dat er geen namen, adressen, functies of "
                "andere herleidbare gegevens in staan."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        set_tab_order(
            [self.table, self.summary, self.measures, self.approve_button, self.approve_all_button]
        )
        self._show_draft()  # nothing to approve until the suggestions are made
        self.refresh()

    # ----- reading ----------------------------------------------------------------------

    def refresh(self) -> None:
        service = self.service
        self.status.setText(self.tr("Laden…"))
        self.loader.load(
            lambda: (service.pending_count(), service.pending(0, PAGE_SIZE)),
            self._loaded,
            self._failed,
        )

    def _loaded(self, result: tuple[int, list[PendingRow]]) -> None:
        total, rows = result
        self.model.set_rows(rows)
        self.drafts = {}
        for column in range(self.model.columnCount() - 1):
            self.table.resizeColumnToContents(column)
        self.status.setText(
            arg(self.tr("%1 van %2 getoond"), len(rows), total)
            if rows
            else self.tr("Er wachten geen samenvattingen op goedkeuring.")
        )
        self._show_draft()
        if not rows:
            return
        self.table.selectRow(0)
        ids, service = [row.complaint_id for row in rows], self.service
        # One job for the page: the model loads once, then each text takes milliseconds.
        self.suggestions.load(
            lambda: [service.suggest(i) for i in ids], self._suggested, self._failed
        )

    def _suggested(self, suggestions: list[Suggestion]) -> None:
        for suggestion in suggestions:
            self.drafts[suggestion.complaint_id] = _Draft(
                suggestion.summary, suggestion.measures, suggestion.version
            )
        self._show_draft()

    def _failed(self, error: Exception) -> None:
        if isinstance(error, ServiceError):
            self.status.setText(service_text(error.message))
        else:
            self.status.setText(self.tr("De samenvattingen konden niet worden gelezen."))

    # ----- editing ----------------------------------------------------------------------

    def current_row(self) -> PendingRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.rows[indexes[0].row()] if indexes else None

    def _selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_draft()

    def _show_draft(self) -> None:
        row = self.current_row()
        draft = self.drafts.get(row.complaint_id) if row else None
        ready = draft is not None
        for field in (self.summary, self.measures):
            field.blockSignals(True)
        self.summary.setPlainText(draft.summary if draft else "")
        self.measures.setPlainText(draft.measures if draft else "")
        for field in (self.summary, self.measures):
            field.blockSignals(False)
            field.setEnabled(ready)
        self.approve_button.setEnabled(ready)
        self.approve_all_button.setEnabled(bool(self.drafts))
        if row is None:
            self.progress.setText("")
        elif draft is None:
            self.progress.setText(self.tr("Voorstel wordt gemaakt…"))
        else:
            self.progress.setText(
                arg(self.tr("Voorstel voor %1 — pas aan waar nodig."), row.number)
            )

    def _edited(self) -> None:
        row = self.current_row()
        draft = self.drafts.get(row.complaint_id) if row else None
        if draft is not None:
            draft.summary = self.summary.toPlainText()
            draft.measures = self.measures.toPlainText()

    # ----- approving --------------------------------------------------------------------

    def approve_current(self) -> None:
        row = self.current_row()
        draft = self.drafts.get(row.complaint_id) if row else None
        if row is None or draft is None:
            return
        self._approve([Approval(row.complaint_id, draft.summary, draft.measures, draft.version)])

    def ask_approve_all(self) -> None:
        items = self._shown_approvals()
        if not items:
            return
        self.confirmation = messages.confirm(
            self,
            self.tr("Alle getoonde goedkeuren"),
            arg(
                self.tr(
                    "%1 in het geanonimiseerde register, dat alle medewerkers kunnen lezen. "
                    "Hebt u ze allemaal gecontroleerd?"
                ),
                counted(len(items), self.tr("samenvatting komt"), self.tr("samenvattingen komen")),
            ),
            self.tr("Goedkeuren"),
            lambda: self._approve(self._shown_approvals()),
        )

    def _shown_approvals(self) -> list[Approval]:
        return [
            Approval(row.complaint_id, draft.summary, draft.measures, draft.version)
            for row in self.model.rows
            if (draft := self.drafts.get(row.complaint_id)) is not None
        ]

    def _approve(self, items: list[Approval]) -> None:
        count = messages.attempt(self, lambda: self.service.approve_batch(items))
        if count is messages.REFUSED:
            return
        self.refresh()
        self.status.setText(arg(self.tr("%1 goedgekeurd."), count))
