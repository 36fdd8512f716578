"""The coordinator's dialogs on a sent annex-1 form: the classification (subjects, norms of
proper conduct, the confirmed cause) and turning an improvement point into a proposal.

Both are window-modal, shown with ``open()`` and report back through a callback.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Self

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.models.enums import CauseKind, CoreValue
from app.services.errors import ServiceError, ValidationError
from app.services.learning import (
    Choice,
    Classification,
    HandlingReportService,
    ImprovementService,
)
from app.services.permissions import CurrentUser
from app.ui import messages
from app.ui.widgets import (
    ErrorLabel,
    FieldErrors,
    enum_text,
    fit_to_screen,
    note_label,
    service_text,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def checkable_list(
    choices: list[Choice], chosen: frozenset[int], *, grouped: bool = False
) -> tuple[QListView, QStandardItemModel]:
    """A list of check boxes; ``grouped`` puts a bold heading above each core value."""
    model = QStandardItemModel()
    bold = QFont()
    bold.setBold(True)
    group: str | None = None
    for choice in choices:
        if grouped and choice.group != group:
            group = choice.group
            heading = QStandardItem(enum_text(CoreValue(group)) if group else "")
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            heading.setFont(bold)
            model.appendRow(heading)
        item = QStandardItem(choice.name)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(
            Qt.CheckState.Checked if choice.id in chosen else Qt.CheckState.Unchecked
        )
        item.setData(choice.id, ID_ROLE)
        model.appendRow(item)
    view = QListView()
    view.setModel(model)
    view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
    view.setUniformItemSizes(True)
    return view, model


def checked_ids(model: QStandardItemModel) -> list[int]:
    found = []
    for row in range(model.rowCount()):
        item = model.item(row)
        if item.isCheckable() and item.checkState() == Qt.CheckState.Checked:
            found.append(int(item.data(ID_ROLE)))
    return found


def set_checked(model: QStandardItemModel, ids: set[int]) -> None:
    for row in range(model.rowCount()):
        item = model.item(row)
        if item.isCheckable():
            checked = int(item.data(ID_ROLE)) in ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


class ClassifyDialog(QDialog):
    """Subjects, norms and the confirmed cause kind of one complaint."""

    def __init__(
        self,
        db: Database,
        user: CurrentUser,
        complaint_id: int,
        classification: Classification,
        parent: QWidget | None,
        on_saved: Callable[[], None] | None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowTitle(self.tr("Classificeren"))
        self.service = HandlingReportService(db, user)
        self.complaint_id = complaint_id
        self.on_saved = on_saved

        self.subjects_view, self.subjects = checkable_list(
            list(classification.subjects), classification.subject_ids
        )
        self.subjects_view.setAccessibleName(self.tr("Onderwerpen"))
        self.norms_view, self.norms = checkable_list(
            list(classification.norms), classification.norm_ids, grouped=True
        )
        self.norms_view.setAccessibleName(self.tr("Behoorlijkheidsnormen"))
        self.norms_view.setEnabled(not classification.norms_per_part)
        self.cause_combo = QComboBox()
        self.cause_combo.addItem(self.tr("— niet bevestigen —"), None)
        for kind in CauseKind:
            self.cause_combo.addItem(enum_text(kind), kind.value)
        if classification.cause_kind is not None:
            self.cause_combo.setCurrentIndex(
                self.cause_combo.findData(classification.cause_kind.value)
            )
        self.error_label = ErrorLabel()

        lists = QHBoxLayout()
        left = QVBoxLayout()
        subjects_label = QLabel(self.tr("&Onderwerpen"))
        subjects_label.setBuddy(self.subjects_view)
        left.addWidget(subjects_label)
        left.addWidget(self.subjects_view, 1)
        if not classification.subjects:
            left.addWidget(
                note_label(self.tr("Er zijn nog geen onderwerpen; de beheerder legt ze vast."))
            )
        right = QVBoxLayout()
        norms_label = QLabel(self.tr("&Behoorlijkheidsnormen"))
        norms_label.setBuddy(self.norms_view)
        right.addWidget(norms_label)
        right.addWidget(self.norms_view, 1)
        if classification.norms_per_part:
            right.addWidget(
                note_label(
                    self.tr(
                        "Bij deze formele klacht staan de normen per klachtonderdeel, bij het "
                        "oordeel; ze worden hier niet gewijzigd."
                    )
                )
            )
        lists.addLayout(left, 1)
        lists.addLayout(right, 1)
        cause_row = QFormLayout()
        cause_row.addRow(self.tr("Bevestigde &oorzaak:"), self.cause_combo)
        if classification.cause_kind is not None and not classification.cause_kind_confirmed:
            cause_row.addRow(
                "", note_label(self.tr("Zoals de behandelaar die opgaf; nog niet bevestigd."))
            )

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Opslaan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(lists, 1)
        layout.addLayout(cause_row)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        fit_to_screen(self, 760, 560)

    @classmethod
    def open_for(
        cls,
        db: Database,
        user: CurrentUser,
        complaint_id: int,
        parent: QWidget | None,
        on_saved: Callable[[], None] | None = None,
    ) -> Self | None:
        classification = messages.attempt(
            parent, lambda: HandlingReportService(db, user).classification(complaint_id)
        )
        if classification is messages.REFUSED:
            return None
        dialog = cls(db, user, complaint_id, classification, parent, on_saved)
        dialog.open()
        return dialog

    def save(self) -> None:
        kind = self.cause_combo.currentData()
        try:
            self.service.classify(
                self.complaint_id,
                subject_ids=checked_ids(self.subjects),
                norm_ids=checked_ids(self.norms),
                cause_kind=CauseKind(kind) if kind else None,
            )
        except ServiceError as error:
            self.error_label.show_message(service_text(error.message))
            return
        self.accept()
        if self.on_saved is not None:
            self.on_saved()


class ProposalFromReportDialog(QDialog):
    """An improvement point of a sent form becomes a proposal, in one step."""

    def __init__(
        self,
        db: Database,
        user: CurrentUser,
        complaint_id: int,
        improvement: str,
        parent: QWidget | None,
        on_created: Callable[[int], None] | None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowTitle(self.tr("Verbeterpunt omzetten in voorstel"))
        self.service = ImprovementService(db, user)
        self.complaint_id = complaint_id
        self.on_created = on_created
        self.proposal_id: int | None = None

        self.general_error = ErrorLabel()
        self.errors = FieldErrors(self.general_error)
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(300)
        self.title_edit.setPlaceholderText(self.tr("Kort: wat gaat er beter?"))
        self.text_edit = QPlainTextEdit(improvement)
        self.text_edit.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("&Titel:"), self.errors.add("title", self.title_edit))
        form.addRow(self.tr("&Specifiek:"), self.errors.add("specific", self.text_edit))
        buttons = QDialogButtonBox()
        self.create_button = buttons.addButton(
            self.tr("Voorstel maken"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            note_label(
                self.tr(
                    "Het voorstel wordt gekoppeld aan deze klacht. Maak het daarna SMART onder "
                    "Verbetervoorstellen: indicator, eigenaar en deadline."
                )
            )
        )
        layout.addLayout(form, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        fit_to_screen(self, 620, 360)

    @classmethod
    def open_for(
        cls,
        db: Database,
        user: CurrentUser,
        complaint_id: int,
        improvement: str,
        parent: QWidget | None,
        on_created: Callable[[int], None] | None = None,
    ) -> Self:
        dialog = cls(db, user, complaint_id, improvement, parent, on_created)
        dialog.open()
        dialog.title_edit.setFocus()
        return dialog

    def create(self) -> None:
        try:
            self.proposal_id = self.service.from_report(
                self.complaint_id, self.title_edit.text(), self.text_edit.toPlainText()
            )
        except ValidationError as error:
            self.errors.show(error.errors, general=service_text(error.message))
            return
        except ServiceError as error:
            self.general_error.show_message(service_text(error.message))
            return
        self.accept()
        if self.on_created is not None:
            self.on_created(self.proposal_id)
