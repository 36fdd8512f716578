"""A list of records with search, "Inactieve tonen", and add / edit / (de)activate buttons.

The Beheer tabs (employees, units) share this panel; each subclass says how to fetch its
records, which dialog edits them and how to (de)activate one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ServiceError
from app.ui import messages
from app.ui.admin.table_models import RecordFilterProxy, RecordTableModel
from app.ui.common.tables import list_table
from app.ui.widgets import fit_columns, set_tab_order

# How many rows the column widths are measured on.
FIT_ROWS = 50


class RecordListPanel(QWidget):
    """Shared behaviour of the Beheer lists. Subclasses implement the ``_``-less hooks."""

    #: Emitted after this panel changed data (so the other Beheer tab can refresh).
    records_changed = Signal()

    def __init__(
        self, model: RecordTableModel[Any], can_manage: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._fit_pending = False
        self.can_manage = can_manage
        self.model = model
        model.setParent(self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(model)
        self.editor: QDialog | None = None  # the open add/edit dialog, if any

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            QCoreApplication.translate("RecordListPanel", "Zoeken…")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(260)
        self.search_edit.setAccessibleName(
            QCoreApplication.translate("RecordListPanel", "Zoeken op naam")
        )
        self.show_inactive_box = QCheckBox(
            QCoreApplication.translate("RecordListPanel", "Inactieve tonen")
        )
        self.add_button = QPushButton(QCoreApplication.translate("RecordListPanel", "Toevoegen…"))
        self.edit_button = QPushButton(QCoreApplication.translate("RecordListPanel", "Wijzigen…"))
        self.toggle_active_button = QPushButton(
            QCoreApplication.translate("RecordListPanel", "Inactief maken")
        )
        # Room for the longer of the two labels, so the row does not jump when it changes.
        self.toggle_active_button.setMinimumWidth(
            self.toggle_active_button.fontMetrics().horizontalAdvance(
                QCoreApplication.translate("RecordListPanel", "Weer actief maken")
            )
            + 32
        )

        # The subclass names the table (Medewerkers, Afdelingen, ...).
        self.table = list_table(self.proxy, "", stretch_last=False)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        # Column widths from the first rows only: measuring every row of a long list took
        # most of the screen's first visit (wider cells are elided, with a tooltip).
        header.setResizeContentsPrecision(FIT_ROWS)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

        toolbar = QHBoxLayout()
        toolbar.addWidget(self.search_edit)
        toolbar.addWidget(self.show_inactive_box)
        toolbar.addStretch(1)
        toolbar.addWidget(self.add_button)
        toolbar.addWidget(self.edit_button)
        toolbar.addWidget(self.toggle_active_button)
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.table, 1)

        set_tab_order(
            [
                self.search_edit,
                self.show_inactive_box,
                self.add_button,
                self.edit_button,
                self.toggle_active_button,
                self.table,
            ]
        )

        self.search_edit.textChanged.connect(self._search_changed)
        self.show_inactive_box.toggled.connect(self._show_inactive_toggled)
        self.add_button.clicked.connect(self.add_record)
        self.edit_button.clicked.connect(self.edit_selected)
        self.toggle_active_button.clicked.connect(self.toggle_selected_active)
        self.table.activated.connect(self._row_activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.add_button.setEnabled(can_manage)
        self._update_buttons()

    # ----- hooks for subclasses ---------------------------------------------------------

    def fetch_records(self) -> list[Any]:
        raise NotImplementedError

    def open_editor(self, record: Any | None) -> QDialog:
        """Open (``open()``, not ``exec()``) the add or edit dialog and return it."""
        raise NotImplementedError

    def change_active(self, record: Any, active: bool) -> Any:
        """Ask the service to (de)activate ``record``; returns the new record."""
        raise NotImplementedError

    def deactivate_question(self, record: Any) -> tuple[str, str, str]:
        """Title, text and confirm-button label of the question before deactivating."""
        raise NotImplementedError

    # ----- data -------------------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        """Reload the records from the service, keeping (or moving to) a selected row."""
        if select_id is None:
            current = self.selected_record()
            select_id = current.id if current is not None else None
        records = messages.attempt(self, self.fetch_records)
        if records is messages.REFUSED:
            return
        self.model.set_records(records)
        if self.isVisible():  # else showEvent fits them
            self.fit_columns()
        if select_id is not None:
            self.select_record(select_id)
        self._update_buttons()

    def fit_columns(self) -> None:
        fit_columns(self.table, fixed=self.model.fixed_columns())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_soon()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.isVisible():
            self._fit_soon()

    def _fit_soon(self) -> None:
        # A first show brings a show and a resize: one fit for both.
        if not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self._fit_now)

    def _fit_now(self) -> None:
        self._fit_pending = False
        if self.isVisible():
            self.fit_columns()

    def selected_record(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.proxy.mapToSource(rows[0])
        return self.model.record_at(source.row())

    def select_record(self, record_id: int) -> bool:
        """Select and show the row of ``record_id``; False when it is filtered out."""
        row = self.model.row_of(record_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.table.clearSelection()
            return False
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    # ----- actions ----------------------------------------------------------------------

    def add_record(self) -> None:
        if self.can_manage:
            self._open_editor(None)

    def edit_selected(self) -> None:
        record = self.selected_record()
        if self.can_manage and record is not None:
            self._open_editor(record)

    def _open_editor(self, record: Any | None) -> None:
        # Opening may be refused, e.g. reading the lists for the dialog's choices.
        editor = messages.attempt(self, lambda: self.open_editor(record))
        if editor is messages.REFUSED:
            return
        self.editor = editor
        # Cancelled after a refusal (say, someone else changed the record): show the news.
        self.editor.rejected.connect(self.refresh)

    def toggle_selected_active(self) -> None:
        record = self.selected_record()
        if not self.can_manage or record is None:
            return
        if record.active:
            title, text, confirm_label = self.deactivate_question(record)
            messages.confirm(
                self, title, text, confirm_label, lambda: self._set_active(record, False)
            )
        else:
            self._set_active(record, True)

    def _set_active(self, record: Any, active: bool) -> None:
        try:
            changed = self.change_active(record, active)
        except ServiceError as error:
            messages.show_service_error(self, error)
            self.refresh()
            return
        self.record_saved(changed)

    def record_saved(self, record: Any) -> None:
        """After a successful save: reload and put the cursor on the saved record."""
        self.refresh(select_id=record.id)
        self.records_changed.emit()

    # ----- slots ------------------------------------------------------------------------

    def _search_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._update_buttons()

    def _show_inactive_toggled(self, checked: bool) -> None:
        self.proxy.set_show_inactive(checked)
        self._update_buttons()

    def _row_activated(self, _index: QModelIndex) -> None:
        self.edit_selected()

    def _update_buttons(self, *_args: object) -> None:
        record = self.selected_record()
        has_record = record is not None
        self.edit_button.setEnabled(self.can_manage and has_record)
        self.toggle_active_button.setEnabled(self.can_manage and has_record)
        if record is not None and not record.active:
            self.toggle_active_button.setText(
                QCoreApplication.translate("RecordListPanel", "Weer actief maken")
            )
        else:
            self.toggle_active_button.setText(
                QCoreApplication.translate("RecordListPanel", "Inactief maken")
            )
