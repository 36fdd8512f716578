"""The Woo-export screen: the chosen complaints' documents, each with its proposed
redactions as a checkable list (passage, ground), a read-only preview in which the user
marks a passage of their own, and the export itself on a worker thread with progress and
cancel. The detection and the export are the service's work (app.services.woo)."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.services.permissions import CurrentUser
from app.services.woo import GROUNDS, PERSONAL_DATA, WooDocument, WooExport, WooService
from app.services.woo.documents import Source
from app.services.woo.grounds import Assessment
from app.services.woo.inventory import row_of
from app.ui import messages, ops
from app.ui.files import Purpose, ask_folder
from app.ui.widgets import arg, fit_to_screen, note_label
from app.wording import counted


class WooExportDialog(QDialog):
    def __init__(
        self,
        db: Database,
        user: CurrentUser,
        numbers: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Woo-export"))
        self.service = WooService(db, user)
        self.documents: list[WooDocument] = []
        self.job: ops.Op[Any] | None = None

        self.numbers_edit = QLineEdit(" ".join(numbers or ()))
        self.numbers_edit.setPlaceholderText(self.tr("klachtnummers, bijv. IK-2026-0042"))
        self.numbers_edit.setAccessibleName(self.tr("Klachtnummers"))
        self.numbers_edit.returnPressed.connect(self.load)
        self.load_button = QPushButton(self.tr("Documenten ophalen"))
        self.load_button.clicked.connect(self.load)

        self.document_list = QListWidget()
        self.document_list.setAccessibleName(self.tr("Documenten"))
        self.document_list.currentRowChanged.connect(self._show_document)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Voorbeeld van het document"))
        self.proposals = QTableWidget(0, 2)
        self.proposals.setHorizontalHeaderLabels([self.tr("Passage"), self.tr("Grond")])
        self.proposals.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.proposals.verticalHeader().setVisible(False)
        self.proposals.setAccessibleName(self.tr("Voorgestelde lakkingen"))
        self.proposals.itemChanged.connect(self._checked)
        self.new_ground = self._ground_combo(PERSONAL_DATA)
        self.new_ground.setAccessibleName(self.tr("Grond voor de gekozen passage"))
        self.add_button = QPushButton(self.tr("Passage toevoegen"))
        self.add_button.setToolTip(
            self.tr("Selecteer tekst in het voorbeeld en kies de grond waarop die wordt gelakt")
        )
        self.add_button.clicked.connect(self.add_passage)

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status_label = QLabel()
        self.export_button = QPushButton(self.tr("Exporteren…"))
        self.export_button.clicked.connect(self.export)
        self.cancel_button = QPushButton(self.tr("Afbreken"))
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = QPushButton(self.tr("Sluiten"))
        self.close_button.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Klachten:")))
        top.addWidget(self.numbers_edit, 1)
        top.addWidget(self.load_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.proposals, 1)
        adding = QHBoxLayout()
        adding.addWidget(self.new_ground, 1)
        adding.addWidget(self.add_button)
        right_layout.addLayout(adding)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.document_list)
        splitter.addWidget(self.preview)
        splitter.addWidget(right)
        splitter.setSizes([220, 480, 360])
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(
            note_label(
                self.tr(
                    "Zwart gelakt wordt wat aangevinkt is. Het dossier en de brieven worden "
                    "opnieuw opgebouwd zonder de gelakte tekst; bijlagen worden afbeeldingen "
                    "zonder tekstlaag. Na het schrijven controleert het programma elk bestand."
                )
            )
        )
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._update_buttons()
        fit_to_screen(self, 1180, 680)

    # ----- loading ---------------------------------------------------------------------

    def numbers(self) -> list[str]:
        return [n for n in re.split(r"[\s,;]+", self.numbers_edit.text()) if n]

    def load(self) -> None:
        if self.job is not None:
            return
        numbers, service = self.numbers(), self.service
        self.job = (
            ops.Op(self, lambda _progress: service.prepare(numbers))
            .success(self._loaded)
            .failure(self._failed)
            .done(self._ended)
            .start()
        )
        self.status_label.setText(self.tr("Persoonsgegevens zoeken…"))
        self._update_buttons()

    def _loaded(self, documents: list[WooDocument]) -> None:
        self.documents = documents
        self.document_list.clear()
        for document in documents:
            self.document_list.addItem(f"{document.id}  {document.title}")
        self.status_label.setText(
            arg(self.tr("%1 gevonden."), counted(len(documents), "document", "documenten"))
        )
        if documents:
            self.document_list.setCurrentRow(0)
        self._update_buttons()

    # ----- one document ----------------------------------------------------------------

    def current(self) -> WooDocument | None:
        row = self.document_list.currentRow()
        return self.documents[row] if 0 <= row < len(self.documents) else None

    def _show_document(self, _row: int = -1) -> None:
        document = self.current()
        # The same length as the text: a position in the preview is a position in the text.
        text = document.text.replace("\r", " ") if document else ""
        if document is not None and document.source in (Source.IMAGE, Source.NONE):
            text = document.note
        self.preview.setPlainText(text)
        self.proposals.blockSignals(True)
        self.proposals.setRowCount(0)
        if document is not None and document.text:
            for row, redaction in enumerate(document.redactions):
                self.proposals.insertRow(row)
                passage = " ".join(document.text[redaction.start : redaction.end].split())
                item = QTableWidgetItem(passage)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if redaction.enabled else Qt.CheckState.Unchecked
                )
                self.proposals.setItem(row, 0, item)
                combo = self._ground_combo(redaction.ground)
                combo.currentIndexChanged.connect(
                    lambda _i, r=redaction, c=combo: self._ground_chosen(r, c)
                )
                self.proposals.setCellWidget(row, 1, combo)
        self.proposals.blockSignals(False)
        self._mark_preview()
        self._update_buttons()

    def _ground_combo(self, chosen: str) -> QComboBox:
        combo = QComboBox()
        for code, description in GROUNDS.items():
            combo.addItem(code, code)
            combo.setItemData(combo.count() - 1, description, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        return combo

    def _ground_chosen(self, redaction: object, combo: QComboBox) -> None:
        redaction.ground = combo.currentData()  # type: ignore[attr-defined]

    def _checked(self, item: QTableWidgetItem) -> None:
        document = self.current()
        if document is None or item.column() != 0:
            return
        document.redactions[item.row()].enabled = item.checkState() == Qt.CheckState.Checked
        self._mark_preview()

    def _mark_preview(self) -> None:
        document = self.current()
        selections = []
        for redaction in document.redactions if document and document.text else []:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.preview.document())
            cursor.setPosition(redaction.start)
            cursor.setPosition(redaction.end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            style = QTextCharFormat()
            if redaction.enabled:
                style.setBackground(QColor("black"))
                style.setForeground(QColor("white"))
            else:
                style.setFontStrikeOut(True)
            selection.format = style
            selections.append(selection)
        self.preview.setExtraSelections(selections)

    def add_passage(self) -> None:
        document = self.current()
        cursor = self.preview.textCursor()
        if document is None or not document.text or not cursor.hasSelection():
            messages.information(
                self,
                self.tr("Passage toevoegen"),
                self.tr("Selecteer eerst in het voorbeeld de tekst die gelakt moet worden."),
            )
            return
        document.add(cursor.selectionStart(), cursor.selectionEnd(), self.new_ground.currentData())
        self._show_document()

    # ----- the export ------------------------------------------------------------------

    def export(self) -> None:
        if self.job is not None or not self.documents:
            return
        folder = ask_folder(self, Purpose.EXPORT, self.tr("Map voor de Woo-export"))
        if not folder:
            return
        service, documents = self.service, list(self.documents)

        def work(progress: ops.Progress) -> WooExport:
            # Rendering a page asks, too: a long PDF stops between its pages.
            return service.export(
                documents, folder, progress=progress, cancelled=lambda: op.cancel_asked
            )

        op = ops.Op(self, work).success(self._exported).failure(self._failed)
        op.progress(self.progress).cancellable().done(self._ended).cancelled(self._stopped)
        self.job = op
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.status_label.setText(self.tr("Bezig met exporteren…"))
        self._update_buttons()
        op.start()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status_label.setText(self.tr("Afbreken…"))

    def _stopped(self) -> None:
        self.status_label.setText(self.tr("Afgebroken; er is niets bewaard."))

    def _exported(self, export: WooExport) -> None:
        partly = sum(1 for d in self.documents if row_of(d).assessment == Assessment.PARTLY_PUBLIC)
        self.status_label.setText(self.tr("Klaar."))
        messages.information(
            self,
            self.tr("Woo-export"),
            arg(
                self.tr("%1 geëxporteerd (%2 deels openbaar) naar %3, met de inventarislijst."),
                counted(export.documents, "document", "documenten"),
                partly,
                export.folder,
            ),
        )

    def _failed(self, error: BaseException) -> None:
        self.status_label.clear()
        ops.show_failure(
            self,
            error,
            self.tr("Woo-export"),
            self.tr("De Woo-export is mislukt. Details staan in het logboek."),
        )

    def _ended(self) -> None:
        self.job = None
        self.progress.setVisible(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.job is not None
        self.load_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy and bool(self.documents))
        self.cancel_button.setEnabled(busy)
        self.add_button.setEnabled(not busy and bool(self.current() and self.current().text))
        self.close_button.setEnabled(not busy)

    def reject(self) -> None:
        if self.job is not None:
            return  # the export finishes or is cancelled first
        super().reject()
