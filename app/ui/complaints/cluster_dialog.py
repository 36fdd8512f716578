"""Clusteren: similar complaints handled together. Choose an existing cluster or make a new
one, add complaints (the one chosen in the register, and others by number), take them out
again, give every complaint of the cluster the same handler (Awb 9:7 checked for each), and
record one decision for all of them with a letter to each complainant."""

from __future__ import annotations

from collections.abc import Callable
from typing import Self

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.models.enums import Status
from app.services.clusters import ClusterInfo, ClusterService
from app.services.errors import ServiceError
from app.services.permissions import CurrentUser
from app.services.register import RegisterFilter, RegisterService
from app.services.workflow import WorkflowService
from app.ui import messages
from app.ui.common.weak import weak_callback
from app.ui.complaints.cluster_decision_dialog import ClusterDecisionDialog
from app.ui.widgets import arg, enum_text, fit_to_screen, note_label

NEW_CLUSTER = -1

Member = tuple[int, str, Status]  # complaint id, number, status


class ClusterDialog(QDialog):
    """Window-modal, shown with ``open()``; ``on_changed`` runs after each change."""

    def __init__(
        self,
        db: Database,
        user: CurrentUser,
        complaint: Member | None,
        parent: QWidget | None = None,
        on_changed: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Clusteren"))
        self.db = db
        self.user = user
        self.service = ClusterService(db, user)
        self.on_changed = on_changed
        self.pending: list[Member] = [complaint] if complaint else []
        self.clusters: list[ClusterInfo] = []

        self.cluster_combo = QComboBox()
        self.cluster_combo.setAccessibleName(self.tr("Cluster"))
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setFixedHeight(60)
        self.create_button = QPushButton(self.tr("Cluster maken"))
        self.create_button.setAutoDefault(False)
        self.new_box = QGroupBox(self.tr("Nieuw cluster"))
        new_form = QFormLayout(self.new_box)
        new_form.addRow(self.tr("&Naam:"), self.name_edit)
        new_form.addRow(self.tr("&Omschrijving:"), self.description_edit)
        new_form.addRow("", self.create_button)

        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(self.tr("IK-2026-00012"))
        self.number_edit.setAccessibleName(self.tr("Klachtnummer toevoegen"))
        self.add_button = QPushButton(self.tr("Toevoegen"))
        self.add_button.setAutoDefault(False)
        self.problem_label = note_label("")
        self.problem_label.setVisible(False)
        add_row = QHBoxLayout()
        add_row.addWidget(self.number_edit, 1)
        add_row.addWidget(self.add_button)

        self.members_list = QListWidget()
        self.members_list.setAccessibleName(self.tr("Klachten in het cluster"))
        self.remove_button = QPushButton(self.tr("Verwijderen uit cluster"))
        self.remove_button.setAutoDefault(False)

        self.handler_combo = QComboBox()
        self.handler_combo.setAccessibleName(self.tr("Behandelaar"))
        self.assign_button = QPushButton(self.tr("Eén behandelaar voor alle klachten…"))
        self.assign_button.setAutoDefault(False)
        self.decide_button = QPushButton(self.tr("Eén beslissing voor het cluster…"))
        self.decide_button.setAutoDefault(False)
        self.decide_button.setToolTip(
            self.tr("Hetzelfde oordeel bij alle open klachten, met een brief aan elke klager")
        )
        self.decision_dialog: ClusterDecisionDialog | None = None
        handler_row = QHBoxLayout()
        handler_row.addWidget(self.handler_combo, 1)
        handler_row.addWidget(self.assign_button)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Cluster:"), self.cluster_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.new_box)
        layout.addWidget(QLabel(self.tr("Klachten in dit cluster:")))
        layout.addWidget(self.members_list, 1)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(add_row)
        layout.addWidget(self.problem_label)
        layout.addLayout(handler_row)
        layout.addWidget(self.decide_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(buttons)

        self.cluster_combo.currentIndexChanged.connect(self._cluster_chosen)
        self.create_button.clicked.connect(self.create_cluster)
        self.add_button.clicked.connect(self.add_number)
        self.number_edit.returnPressed.connect(self.add_number)
        self.remove_button.clicked.connect(self.remove_selected)
        self.members_list.currentRowChanged.connect(self._update_buttons)
        self.assign_button.clicked.connect(self.assign_handler)
        self.decide_button.clicked.connect(self.decide_for_cluster)
        fit_to_screen(self, 520, 520)
        self._load_clusters(
            select_id=self._cluster_of(complaint[0]) if complaint is not None else None
        )

    @classmethod
    def open_for(
        cls,
        db: Database,
        user: CurrentUser,
        complaint: Member | None,
        parent: QWidget | None,
        on_changed: Callable[[], None] | None = None,
    ) -> Self:
        dialog = cls(db, user, complaint, parent, on_changed)
        dialog.open()
        return dialog

    # ----- reading ----------------------------------------------------------------------

    def _cluster_of(self, complaint_id: int) -> int | None:
        try:
            info = self.service.cluster_of(complaint_id)
        except ServiceError:
            return None
        if info is not None:
            self.pending = []  # already clustered: show its cluster
            return info.id
        return None

    def _load_clusters(self, select_id: int | None = None) -> None:
        try:
            self.clusters = self.service.clusters()
        except ServiceError as error:
            self.clusters = []
            messages.show_service_error(self, error)
        self.cluster_combo.blockSignals(True)
        self.cluster_combo.clear()
        self.cluster_combo.addItem(self.tr("(nieuw cluster)"), NEW_CLUSTER)
        for info in self.clusters:
            self.cluster_combo.addItem(
                arg(self.tr("%1 (%2 klachten)"), info.name, len(info.members)), info.id
            )
        index = self.cluster_combo.findData(select_id) if select_id is not None else 0
        self.cluster_combo.setCurrentIndex(max(0, index))
        self.cluster_combo.blockSignals(False)
        self._cluster_chosen()

    def current_cluster(self) -> ClusterInfo | None:
        wanted = self.cluster_combo.currentData()
        return next((info for info in self.clusters if info.id == wanted), None)

    def members(self) -> list[Member]:
        info = self.current_cluster()
        return list(info.members) if info is not None else list(self.pending)

    def _cluster_chosen(self, *_args: object) -> None:
        self.new_box.setVisible(self.current_cluster() is None)
        self.problem_label.setVisible(False)
        self._show_members()

    def _show_members(self) -> None:
        self.members_list.clear()
        for complaint_id, number, status in self.members():
            item = QListWidgetItem(arg(self.tr("%1 — %2"), number, enum_text(status)))
            item.setData(Qt.ItemDataRole.UserRole, complaint_id)
            self.members_list.addItem(item)
        self._fill_handlers()
        self._update_buttons()

    def _fill_handlers(self) -> None:
        self.handler_combo.clear()
        members = self.members()
        if self.current_cluster() is None or not members:
            return
        handlers = messages.attempt(
            self, lambda: WorkflowService(self.db, self.user).eligible_handlers(members[0][0])
        )
        if handlers is messages.REFUSED:
            return
        for handler in handlers:
            label = handler.name
            if handler.unit_name:
                label = arg(self.tr("%1 (%2)"), handler.name, handler.unit_name)
            self.handler_combo.addItem(label, handler.id)

    def _update_buttons(self, *_args: object) -> None:
        clustered = self.current_cluster() is not None
        self.remove_button.setEnabled(self.members_list.currentRow() >= 0)
        self.create_button.setEnabled(not clustered)
        self.handler_combo.setEnabled(clustered and self.handler_combo.count() > 0)
        self.assign_button.setEnabled(clustered and self.handler_combo.count() > 0)
        self.decide_button.setEnabled(clustered)

    def _changed(self, select_id: int | None) -> None:
        self._load_clusters(select_id)
        if self.on_changed is not None:
            self.on_changed()

    def _show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.setVisible(True)

    # ----- actions ----------------------------------------------------------------------

    def _resolve(self, number: str) -> Member | None:
        rows = messages.attempt(
            self, lambda: RegisterService(self.db, self.user).page(RegisterFilter(search=number))
        )
        if rows is messages.REFUSED:
            return None
        wanted = number.strip().casefold()
        row = next((r for r in rows if r.number.casefold() == wanted), None)
        if row is None:
            self._show_problem(arg(self.tr("Geen klacht met nummer %1 gevonden."), number))
            return None
        return row.id, row.number, row.status

    def add_number(self) -> None:
        number = self.number_edit.text().strip()
        if not number:
            return
        member = self._resolve(number)
        if member is None:
            return
        self.problem_label.setVisible(False)
        self.number_edit.clear()
        info = self.current_cluster()
        if info is None:
            if member[0] not in {m[0] for m in self.pending}:
                self.pending.append(member)
            self._show_members()
            return
        outcome = messages.attempt(self, lambda: self.service.add(info.id, [member[0]]))
        if outcome is messages.REFUSED:
            return
        self._changed(info.id)

    def create_cluster(self) -> None:
        if not self.pending:
            self._show_problem(self.tr("Voeg eerst een klacht toe aan het cluster."))
            return
        cluster_id = messages.attempt(
            self,
            lambda: self.service.create(
                self.name_edit.text(),
                self.description_edit.toPlainText().strip() or None,
                [member[0] for member in self.pending],
            ),
        )
        if cluster_id is messages.REFUSED:
            return
        self.pending = []
        self.name_edit.clear()
        self.description_edit.clear()
        self._changed(cluster_id)

    def remove_selected(self) -> None:
        item = self.members_list.currentItem()
        if item is None:
            return
        complaint_id = item.data(Qt.ItemDataRole.UserRole)
        info = self.current_cluster()
        if info is None:
            self.pending = [m for m in self.pending if m[0] != complaint_id]
            self._show_members()
            return
        if messages.attempt(self, lambda: self.service.remove(complaint_id)) is messages.REFUSED:
            return
        self._changed(info.id)

    def assign_handler(self) -> None:
        info = self.current_cluster()
        handler_id = self.handler_combo.currentData()
        if info is None or handler_id is None:
            return
        messages.confirm(
            self,
            self.tr("Eén behandelaar voor alle klachten"),
            arg(
                self.tr("%1 wordt behandelaar van alle open klachten in cluster %2."),
                self.handler_combo.currentText(),
                info.name,
            ),
            self.tr("Toewijzen"),
            weak_callback(self._assign, info.id, handler_id),
        )

    def _assign(self, cluster_id: int, handler_id: int) -> None:
        count = messages.attempt(self, lambda: self.service.assign_all(cluster_id, handler_id))
        if count is messages.REFUSED:
            return
        self._changed(cluster_id)
        messages.information(
            self,
            self.tr("Behandelaar toegewezen"),
            arg(self.tr("%1 klachten hebben nu dezelfde behandelaar."), count),
        )

    def decide_for_cluster(self) -> None:
        info = self.current_cluster()
        if info is None:
            return
        self.decision_dialog = ClusterDecisionDialog.open_for(
            self.db, self.user, info.id, self, weak_callback(self._changed, info.id)
        )
