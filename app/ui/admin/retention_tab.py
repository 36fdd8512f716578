"""Beheer → Bewaartermijnen: the retention terms (with their source), the dry run, and the
destruction lists: proposed by the coordinator or administrator, approved by the archivist,
then carried out (off the GUI thread). The screen shows numbers and dates only."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import DestructionStatus
from app.services.retention import (
    SOURCE,
    DestructionListInfo,
    DueComplaint,
    RetentionService,
    RetentionTerms,
    term_label,
)
from app.ui import messages, ops
from app.ui.admin.regulation_tab import TermSpinBox
from app.ui.admin.settings_form import SettingsForm, scrolled
from app.ui.common.tables import list_table
from app.ui.list_model import ListTableModel
from app.ui.widgets import arg, enum_text, note_label, service_text, set_tab_order

_Index = QModelIndex | QPersistentModelIndex
PAGE = 100


class TermsForm(SettingsForm):
    def __init__(self, service: RetentionService, parent: QWidget | None = None) -> None:
        super().__init__(parent, scroll=False)
        self.service = service
        years = (self.tr("jaar"), self.tr("jaar"))
        self.handled_spin = TermSpinBox(1, 100, *years)
        self.ombudsman_spin = TermSpinBox(1, 100, *years)
        self.not_handled_spin = TermSpinBox(1, 100, *years)
        form = self.add_section(
            self.tr("Bewaartermijnen"),
            arg(
                self.tr(
                    "Na afloop van de termijn worden de persoonsgegevens en vrije teksten van "
                    "een afgesloten klacht vernietigd; een anonieme rij blijft voor de "
                    "rapportages. Bron van de standaardtermijnen: %1."
                ),
                SOURCE,
            ),
        )
        source = self.tr("Bron: Selectielijst gemeenten 2020, procestype 13")
        self.add_field(
            form,
            self.tr("Behandelde klacht"),
            "handled_years",
            self.handled_spin,
            arg(self.tr("%1: vernietigen 5 jaar na afhandeling."), source),
        )
        self.add_field(
            form,
            self.tr("Doorgegaan naar de Nationale ombudsman"),
            "ombudsman_years",
            self.ombudsman_spin,
            arg(self.tr("%1: vernietigen 10 jaar na afhandeling."), source),
        )
        self.add_field(
            form,
            self.tr("Niet in behandeling genomen of ingetrokken"),
            "not_handled_years",
            self.not_handled_spin,
            arg(self.tr("%1: vernietigen 1 jaar na afhandeling."), source),
        )
        self.finish_content()
        self.set_save_note(self.tr("Een wijziging wordt vastgelegd in de audittrail."))
        self.reload()

    def reload(self) -> None:
        terms = messages.attempt(self, self.service.terms)
        if terms is messages.REFUSED:
            return
        self.load(terms)

    def values(self) -> RetentionTerms:
        return RetentionTerms(
            handled_years=self.handled_spin.value(),
            ombudsman_years=self.ombudsman_spin.value(),
            not_handled_years=self.not_handled_spin.value(),
        )

    def show_values(self, values: RetentionTerms) -> None:
        self.handled_spin.setValue(values.handled_years)
        self.ombudsman_spin.setValue(values.ombudsman_years)
        self.not_handled_spin.setValue(values.not_handled_years)

    def submit(self) -> RetentionTerms:
        return self.service.change_terms(self.values())

    def saved_message(self) -> str:
        return self.tr("Opgeslagen om %1.")


class DueModel(ListTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[DueComplaint] = []
        self.headers = [self.tr("Klachtnummer"), self.tr("Afgehandeld op"), self.tr("Termijn")]

    def set_rows(self, rows: list[DueComplaint]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        row = self.rows[index.row()]
        return (row.number, f"{row.closed_on:%d-%m-%Y}", service_text(term_label(row.term)))[
            index.column()
        ]


class ListsModel(ListTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[DestructionListInfo] = []
        self.headers = [
            self.tr("Lijst"),
            self.tr("Peildatum"),
            self.tr("Klachten"),
            self.tr("Status"),
            self.tr("Voorgesteld door"),
            self.tr("Goedgekeurd door (archivaris)"),
        ]

    def set_rows(self, rows: list[DestructionListInfo]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        row = self.rows[index.row()]
        return (
            str(row.id),
            f"{row.as_of:%d-%m-%Y}",
            str(row.complaint_count),
            enum_text(row.status),
            row.proposed_by or "",
            row.approved_by or "",
        )[index.column()]


def _table(model: ListTableModel, name: str) -> QTableView:
    table = list_table(model, name)
    # At most a page of rows: sizing to the contents stays cheap.
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setMinimumHeight(140)
    return table


class DestructionPanel(QWidget):
    """The dry run and the destruction lists, with the archivist's approval."""

    def __init__(
        self,
        service: RetentionService,
        *,
        can_propose: bool,
        can_approve: bool,
        can_carry_out: bool,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.job: ops.Op[int] | None = None
        self.as_of_edit = QDateEdit(QDate(today or date.today()))
        self.as_of_edit.setDisplayFormat("dd-MM-yyyy")
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setAccessibleName(self.tr("Peildatum"))
        self.dry_run_button = QPushButton(self.tr("Proefrun"))
        self.dry_run_button.setToolTip(
            self.tr("Toon welke klachten vernietigd zouden worden; er verandert niets")
        )
        self.propose_button = QPushButton(self.tr("Vernietigingslijst voorstellen"))
        self.approve_button = QPushButton(self.tr("Goedkeuren als archivaris"))
        self.reject_button = QPushButton(self.tr("Afwijzen"))
        self.carry_out_button = QPushButton(self.tr("Vernietiging uitvoeren…"))
        self.summary = QLabel(self.tr("Kies een peildatum en klik op Proefrun."))
        self.summary.setWordWrap(True)
        self.due_model = DueModel()
        self.due_table = _table(self.due_model, self.tr("Klachten uit de proefrun"))
        self.lists_model = ListsModel()
        self.lists_table = _table(self.lists_model, self.tr("Vernietigingslijsten"))
        self.can_propose = can_propose
        self.can_approve = can_approve
        self.can_carry_out = can_carry_out
        self.propose_button.setVisible(can_propose)
        self.approve_button.setVisible(can_approve)
        self.reject_button.setVisible(can_approve)
        self.carry_out_button.setVisible(can_carry_out)

        self.dry_run_button.clicked.connect(self.dry_run)
        self.propose_button.clicked.connect(self.propose)
        self.approve_button.clicked.connect(self.approve)
        self.reject_button.clicked.connect(self.reject)
        self.carry_out_button.clicked.connect(self.ask_carry_out)
        self.lists_table.selectionModel().selectionChanged.connect(self._update_buttons)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Peildatum")))
        top.addWidget(self.as_of_edit)
        top.addWidget(self.dry_run_button)
        top.addWidget(self.propose_button)
        top.addStretch(1)
        acts = QHBoxLayout()
        acts.addWidget(self.approve_button)
        acts.addWidget(self.reject_button)
        acts.addWidget(self.carry_out_button)
        acts.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        box = QGroupBox(self.tr("Vernietiging"))
        outer.addWidget(box)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(
            note_label(
                self.tr(
                    "De klachtcoördinator of beheerder stelt een vernietigingslijst voor; de "
                    "archivaris keurt hem goed (bij voorkeur een ander dan wie hem voorstelde); "
                    "pas daarna kan de klachtcoördinator hem uitvoeren. Elke stap staat in de "
                    "audittrail. Oude gebeurtenissen in de audittrail blijven ongewijzigd."
                )
            )
        )
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.due_table)
        layout.addWidget(QLabel(self.tr("Vernietigingslijsten")))
        layout.addWidget(self.lists_table)
        layout.addLayout(acts)
        set_tab_order(
            [
                self.as_of_edit,
                self.dry_run_button,
                self.propose_button,
                self.due_table,
                self.lists_table,
                self.approve_button,
                self.reject_button,
                self.carry_out_button,
            ]
        )
        self.refresh_lists()

    def as_of(self) -> date:
        day: date = self.as_of_edit.date().toPython()  # type: ignore[assignment]
        return day

    def dry_run(self) -> None:
        page = messages.attempt(self, lambda: self.service.due(self.as_of(), limit=PAGE))
        if page is messages.REFUSED:
            return
        self.due_model.set_rows(list(page.rows))
        if not page.total:
            self.summary.setText(self.tr("Geen klachten waarvan de bewaartermijn is verstreken."))
            return
        parts = ", ".join(
            f"{service_text(term_label(term))}: {count}"
            for term, count in sorted(page.per_term.items())
        )
        text = arg(
            self.tr("Proefrun: %1 klachten zouden worden vernietigd (%2). Er verandert niets."),
            page.total,
            parts,
        )
        if page.total > len(page.rows):
            text += " " + arg(self.tr("De eerste %1 staan hieronder."), len(page.rows))
        self.summary.setText(text)

    def refresh_lists(self) -> None:
        if not self.can_propose and not self.can_approve:
            return
        lists = messages.attempt(self, self.service.lists)
        if lists is messages.REFUSED:
            return
        self.lists_model.set_rows(lists)
        self._update_buttons()

    def selected_list(self) -> DestructionListInfo | None:
        rows = self.lists_table.selectionModel().selectedRows()
        return self.lists_model.rows[rows[0].row()] if rows else None

    def select_list(self, list_id: int) -> None:
        for number, row in enumerate(self.lists_model.rows):
            if row.id == list_id:
                self.lists_table.selectRow(number)

    def _update_buttons(self) -> None:
        chosen = self.selected_list()
        status = chosen.status if chosen else None
        busy = self.job is not None
        self.approve_button.setEnabled(status == DestructionStatus.PROPOSED and not busy)
        self.reject_button.setEnabled(status == DestructionStatus.PROPOSED and not busy)
        self.carry_out_button.setEnabled(status == DestructionStatus.APPROVED and not busy)

    def propose(self) -> None:
        list_id = messages.attempt(self, lambda: self.service.propose(self.as_of()))
        if list_id is messages.REFUSED:
            return
        self.refresh_lists()
        self.select_list(list_id)

    def approve(self) -> None:
        self._act(self.service.approve)

    def reject(self) -> None:
        self._act(self.service.reject)

    def _act(self, act: Any) -> None:
        chosen = self.selected_list()
        if chosen is None:
            return
        messages.attempt(self, lambda: act(chosen.id))
        self.refresh_lists()
        self.select_list(chosen.id)

    def ask_carry_out(self) -> None:
        chosen = self.selected_list()
        if chosen is None:
            return
        messages.confirm(
            self,
            self.tr("Vernietiging uitvoeren"),
            arg(
                self.tr(
                    "De persoonsgegevens, vrije teksten en bijlagen van %1 klachten worden "
                    "definitief vernietigd. Een anonieme rij blijft voor de rapportages. "
                    "Dit kan niet ongedaan worden gemaakt."
                ),
                chosen.complaint_count,
            ),
            self.tr("Vernietigen"),
            lambda: self.carry_out(chosen.id),
        )

    def carry_out(self, list_id: int) -> None:
        if self.job is not None:
            return
        service = self.service
        self.job = (
            ops.Op(self, lambda _progress: service.carry_out(list_id))
            .success(self._carried_out)
            .failure(self._failed)
            .done(self._ended)
            .start()
        )
        self._update_buttons()

    def _ended(self) -> None:
        self.job = None
        self.refresh_lists()

    def _carried_out(self, count: int) -> None:
        messages.information(
            self,
            self.tr("Vernietiging uitgevoerd"),
            arg(self.tr("De persoonsgegevens van %1 klachten zijn vernietigd."), count),
        )

    def _failed(self, error: BaseException) -> None:
        ops.show_failure(
            self,
            error,
            self.tr("Vernietiging uitvoeren"),
            self.tr("De vernietiging is mislukt; er is niets vernietigd."),
        )


class RetentionTab(QWidget):
    def __init__(
        self,
        service: RetentionService,
        *,
        can_change_terms: bool,
        can_propose: bool,
        can_approve: bool,
        can_carry_out: bool,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 8, 12, 8)
        column.setSpacing(24)
        self.terms: TermsForm | None = None
        if can_change_terms:
            self.terms = TermsForm(service)
            column.addWidget(self.terms)
        self.destruction = DestructionPanel(
            service,
            can_propose=can_propose,
            can_approve=can_approve,
            can_carry_out=can_carry_out,
            today=today,
        )
        column.addWidget(self.destruction)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolled(content))
