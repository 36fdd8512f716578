"""When a proposal is realised: the letter "uw klacht heeft geleid tot een verbetering" for
every linked complaint whose complainant has not been told yet.

Each letter is made by ``LetterService`` (a PDF to post, or an e-mail draft), kept with the
complaint, opened in the computer's own program, and the complainant is recorded as informed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from typing import Any, Self

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.services.errors import ServiceError
from app.services.learning import ImprovementService, LinkedComplaint
from app.services.letters import LetterKind, LetterService
from app.services.permissions import CurrentUser
from app.ui.common.tables import list_table
from app.ui.files import Opener, TempFiles, open_file
from app.ui.list_model import ListTableModel
from app.ui.widgets import ErrorLabel, arg, fit_to_screen, note_label, service_text

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex

PDF, EML = "pdf", "eml"


@dataclass
class LetterRow:
    complaint: LinkedComplaint
    fmt: str
    checked: bool = True


class LetterRowsModel(ListTableModel):
    def __init__(self, rows: list[LetterRow], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.headers = [self.tr("Klacht"), self.tr("Klager"), self.tr("Vorm")]

    def format_text(self, fmt: str) -> str:
        return self.tr("E-mail") if fmt == EML else self.tr("Brief (PDF, per post)")

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return Qt.CheckState.Checked if row.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.complaint.number,
                # No name (none recorded, or not for this user): a neutral description.
                row.complaint.complainant_name
                or arg(self.tr("klager van %1"), row.complaint.number),
                self.format_text(row.fmt),
            )[index.column()]
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        self.rows[index.row()].checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def toggle_format(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.rows[row].fmt = PDF if self.rows[row].fmt == EML else EML
            index = self.index(row, 2)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def remove(self, done: set[int]) -> None:
        self.beginResetModel()
        self.rows = [r for r in self.rows if r.complaint.complaint_id not in done]
        self.endResetModel()


class InformComplainantsDialog(QDialog):
    """Offer the improvement letters; ``opener`` opens each made letter (tests replace it)."""

    informed = Signal()

    def __init__(
        self,
        db: Database,
        user: CurrentUser,
        proposal_id: int,
        title: str,
        complaints: list[LinkedComplaint],
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        temp_files: TempFiles | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowTitle(self.tr("Klagers informeren over de verbetering"))
        self.db = db
        self.user = user
        self.proposal_id = proposal_id
        self.title = title
        self.today = today or date.today()
        self.opener: Opener = open_file
        # Owned by the screen: the opened letters must outlive this dialog.
        self.temp_files = temp_files or TempFiles()
        self.letters = LetterService(db, user, today=self.today)
        self.done_ids: set[int] = set()

        rows = [LetterRow(c, self._default_format(c.complaint_id)) for c in complaints]
        self.model = LetterRowsModel(rows, self)
        self.table = list_table(self.model, self.tr("Klagers die de brief krijgen"))
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, max(self.table.columnWidth(1), 200))

        self.intro = QLabel(
            arg(
                self.tr(
                    "Het voorstel '%1' is gerealiseerd. Deze klagers hebben nog niet gehoord "
                    "dat hun klacht tot een verbetering heeft geleid. Maak voor hen de brief; "
                    "die wordt bij de klacht bewaard en geopend om te versturen."
                ),
                title,
            )
        )
        self.intro.setWordWrap(True)
        self.toggle_button = QPushButton(self.tr("Vorm wisselen"))
        self.toggle_button.setToolTip(
            self.tr("Voor de gekozen klager wisselen tussen e-mail en brief per post")
        )
        self.make_button = QPushButton(self.tr("Brieven maken"))
        self.make_button.setDefault(True)
        self.later_button = QPushButton(self.tr("Later"))
        self.later_button.setToolTip(
            self.tr("Nu niet; het voorstel blijft de klagers tonen die nog moeten horen")
        )
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.error_label = ErrorLabel()
        self.toggle_button.clicked.connect(
            lambda: self.model.toggle_format(self.table.currentIndex().row())
        )
        self.make_button.clicked.connect(self.make_letters)
        self.later_button.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addWidget(self.toggle_button)
        buttons.addStretch(1)
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.later_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(
            note_label(
                self.tr("Vink uit wie de brief niet krijgt (bijvoorbeeld: al mondeling verteld).")
            )
        )
        layout.addWidget(self.result_label)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        fit_to_screen(self, 640, 380)

    @classmethod
    def offer(
        cls,
        db: Database,
        user: CurrentUser,
        proposal_id: int,
        title: str,
        complaints: list[LinkedComplaint],
        parent: QWidget | None,
        *,
        today: date | None = None,
        temp_files: TempFiles | None = None,
    ) -> Self:
        dialog = cls(
            db, user, proposal_id, title, complaints, parent, today=today, temp_files=temp_files
        )
        dialog.open()
        return dialog

    def _default_format(self, complaint_id: int) -> str:
        try:
            for choice in self.letters.choices(complaint_id):
                if choice.kind == LetterKind.IMPROVEMENT_LETTER:
                    return choice.default_format
        except ServiceError:
            pass
        return PDF

    def make_letters(self) -> None:
        chosen = [row for row in self.model.rows if row.checked]
        if not chosen:
            self.error_label.show_message(self.tr("Vink ten minste één klager aan."))
            return
        improvements = ImprovementService(self.db, self.user, today=self.today)
        problems: list[str] = []
        made: set[int] = set()
        for row in chosen:
            complaint = row.complaint
            try:
                document_id = self.letters.save_document(
                    complaint.complaint_id,
                    LetterKind.IMPROVEMENT_LETTER,
                    "eml" if row.fmt == EML else "pdf",
                    sent_on=self.today,
                    extra={"verbetering": self.title},
                )
                file_name, _media_type, content = self.letters.document_content(document_id)
                improvements.record_informed(self.proposal_id, complaint.complaint_id, self.today)
            except ServiceError as error:
                problems.append(f"{complaint.number}: {service_text(error.message)}")
                continue
            made.add(complaint.complaint_id)
            path = self.temp_files.write(file_name, content)
            if not self.opener(path):
                problems.append(
                    arg(
                        self.tr("%1: de brief is gemaakt en bewaard, maar kon niet worden geopend"),
                        complaint.number,
                    )
                )
        self.done_ids |= made
        self.model.remove(made)
        if made:
            self.informed.emit()
        self.result_label.setText(
            arg(self.tr("%1 brief/brieven gemaakt en bij de klacht bewaard."), len(made))
        )
        self.error_label.show_message("\n".join(problems) if problems else None)
        if not problems and self.model.rowCount() == 0:
            self.accept()
