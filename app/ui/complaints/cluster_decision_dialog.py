"""One decision for a cluster: the judgment and findings for every open complaint of the
cluster, with a decision letter to each complainant. The dialog lists the complaints and
the letters that will be made (complainant and address), says what still stands in the
way, and asks for confirmation before the service records it all in one go."""

from __future__ import annotations

from collections.abc import Callable
from typing import Self

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.models.enums import Judgment
from app.services.clusters import CLUSTER_JUDGMENTS, ClusterService, DecisionPlan
from app.services.errors import ServiceError, ValidationError
from app.services.permissions import CurrentUser
from app.ui import messages
from app.ui.common.weak import weak_callback
from app.ui.widgets import arg, enum_text, fit_to_screen, note_label
from app.wording import counted


class ClusterDecisionDialog(QDialog):
    """Window-modal, shown with ``open()``; ``on_decided`` runs after the decision."""

    def __init__(
        self,
        db: Database,
        user: CurrentUser,
        cluster_id: int,
        parent: QWidget | None = None,
        on_decided: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Eén beslissing voor het cluster"))
        self.service = ClusterService(db, user)
        self.cluster_id = cluster_id
        self.on_decided = on_decided
        self.plan: DecisionPlan | None = None

        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.letters_table = QTableWidget(0, 4)
        self.letters_table.setAccessibleName(self.tr("Klachten en brieven"))
        self.letters_table.setHorizontalHeaderLabels(
            [self.tr("Klacht"), self.tr("Klager"), self.tr("Brief naar"), self.tr("Gereed")]
        )
        self.letters_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.letters_table.verticalHeader().setVisible(False)
        header = self.letters_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.letters_table.setWordWrap(True)
        self.left_out_label = note_label("")
        self.left_out_label.setVisible(False)

        self.judgment_combo = QComboBox()
        self.judgment_combo.setAccessibleName(self.tr("Oordeel"))
        for judgment in CLUSTER_JUDGMENTS:
            self.judgment_combo.addItem(enum_text(judgment), judgment.value)
        self.findings_edit = QPlainTextEdit()
        self.findings_edit.setAccessibleName(self.tr("Bevindingen"))
        self.findings_edit.setPlaceholderText(
            self.tr("De bevindingen die voor alle klachten van het cluster gelden")
        )
        self.findings_edit.setFixedHeight(90)
        self.problem_label = note_label("")
        self.problem_label.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("&Oordeel:"), self.judgment_combo)
        form.addRow(self.tr("&Bevindingen:"), self.findings_edit)

        buttons = QDialogButtonBox()
        self.decide_button = QPushButton(self.tr("Beslissen en brieven maken…"))
        buttons.addButton(self.decide_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        buttons.rejected.connect(self.reject)
        self.decide_button.clicked.connect(self.decide)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.letters_table, 1)
        layout.addWidget(self.left_out_label)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)
        fit_to_screen(self, 760, 560)
        self.load()

    @classmethod
    def open_for(
        cls,
        db: Database,
        user: CurrentUser,
        cluster_id: int,
        parent: QWidget | None,
        on_decided: Callable[[], None] | None = None,
    ) -> Self:
        dialog = cls(db, user, cluster_id, parent, on_decided)
        dialog.open()
        return dialog

    def load(self) -> None:
        try:
            self.plan = self.service.decision_plan(self.cluster_id)
        except ServiceError as error:
            self.plan = None
            messages.show_service_error(self, error)
        plan = self.plan
        letters = plan.letters if plan is not None else ()
        self.letters_table.setRowCount(len(letters))
        for row, planned in enumerate(letters):
            ready = self.tr("ja") if planned.problem is None else planned.problem
            cells = (
                planned.number,
                planned.complainant_name,
                planned.address or self.tr("(geen adres)"),
                ready,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.letters_table.setItem(row, column, item)
        self.letters_table.resizeRowsToContents()
        if plan is None:
            self.intro_label.setText("")
        else:
            self.intro_label.setText(
                arg(
                    self.tr(
                        "Cluster %1: dit oordeel wordt vastgelegd bij %2, en elke klager "
                        "krijgt een eigen beslissingsbrief (PDF, bij de klacht bewaard om te "
                        "versturen)."
                    ),
                    plan.name,
                    counted(len(letters), self.tr("open klacht"), self.tr("open klachten")),
                )
            )
        left_out = plan.left_out if plan is not None else ()
        self.left_out_label.setText(
            arg(
                self.tr("Niet opnieuw beslist (al beoordeeld of afgesloten): %1"),
                ", ".join(f"{number} ({enum_text(status)})" for number, status in left_out),
            )
        )
        self.left_out_label.setVisible(bool(left_out))
        self.decide_button.setEnabled(plan is not None and plan.ready)
        if plan is not None and letters and not plan.ready:
            self._show_problem(
                self.tr("Nog niet alle klachten zijn klaar voor een beslissing; zie 'Gereed'.")
            )

    def _show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.setVisible(True)

    def decide(self) -> None:
        if self.plan is None or not self.plan.ready:
            return
        judgment = Judgment(self.judgment_combo.currentData())
        count = len(self.plan.letters)
        messages.confirm(
            self,
            self.tr("Eén beslissing voor het cluster"),
            arg(
                self.tr("Oordeel '%1' vastleggen bij %2 en %3 maken?"),
                self.judgment_combo.currentText(),
                counted(count, self.tr("klacht"), self.tr("klachten")),
                counted(count, self.tr("beslissingsbrief"), self.tr("beslissingsbrieven")),
            ),
            self.tr("Beslissen"),
            weak_callback(self._decide, judgment, self.findings_edit.toPlainText()),
        )

    def _decide(self, judgment: Judgment, findings: str) -> None:
        try:
            made = self.service.decide_all(self.cluster_id, judgment, findings)
        except ValidationError as error:
            self._show_problem(" ".join(error.errors.values()))
            return
        except ServiceError as error:
            messages.show_service_error(self, error)
            return
        if self.on_decided is not None:
            self.on_decided()
        messages.information(
            self.parentWidget(),
            self.tr("Beslissing vastgelegd"),
            arg(
                self.tr(
                    "%1 gemaakt. U vindt elke brief bij de klacht (tab Brieven); leg daar vast "
                    "wanneer hij is verzonden."
                ),
                counted(len(made), self.tr("beslissingsbrief"), self.tr("beslissingsbrieven")),
            ),
        )
        self.accept()
