"""The tabs of a complaint's detail window besides "Gegevens": contact notes, attachments
and history, and the small read-only table model they share."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QDateTime,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.atomic_files import write_bytes_atomically
from app.attachment_safety import (
    OpeningRisk,
    clean_file_name,
    display_name,
    opening_risk,
)
from app.models.enums import NoteChannel
from app.services.complaints import ComplaintDetail, ComplaintService, HistoryEntry, NoteInput
from app.services.errors import ServiceError, ValidationError
from app.services.permissions import CurrentUser, Permission
from app.ui import messages
from app.ui.common.display import format_moment, format_size
from app.ui.common.tables import list_table
from app.ui.complaints.attachment_list import AttachmentDropList, local_paths
from app.ui.files import Purpose, TempFiles, ask_save_file, open_file
from app.ui.list_model import ListTableModel
from app.ui.widgets import ErrorLabel, FieldErrors, arg, enum_text, note_label, service_text

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex


# ----- a small read-only table --------------------------------------------------------


@dataclass(frozen=True)
class TableRow:
    cells: tuple[str, ...]
    id: int | None = None
    bold: bool = False
    tooltip: str | None = None  # for the whole row (else long cells show in full)
    struck: bool = False  # struck through: kept on record, no longer in force


class RowsModel(ListTableModel):
    """A few dozen rows of text (notes, attachments, history, related cases)."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[TableRow] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self._struck = QFont()
        self._struck.setStrikeOut(True)

    def set_rows(self, rows: Sequence[TableRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        text = row.cells[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text.replace("\n", " ")
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip or (text if len(text) > 30 else None)
        if role == Qt.ItemDataRole.FontRole and row.struck:
            return self._struck
        if role == Qt.ItemDataRole.FontRole and row.bold:
            return self._bold
        return None


def size_columns(table: QTableView, widths: Sequence[str]) -> None:
    """Give the columns the width of a sample text (or their header, if wider)."""
    metrics = table.fontMetrics()
    header = table.horizontalHeader()
    for column, sample in enumerate(widths):
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
            continue
        title = str(table.model().headerData(column, Qt.Orientation.Horizontal) or "")
        width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title) + 12)
        header.resizeSection(column, width + 20)


# ----- contact notes ------------------------------------------------------------------


class NotesTab(QWidget):
    """The contact notes, and a form to add one."""

    changed = Signal()

    def __init__(
        self, service: ComplaintService, user: CurrentUser, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.complaint_id: int | None = None
        self.model = RowsModel(
            [
                self.tr("Wanneer"),
                self.tr("Kanaal"),
                self.tr("Met wie"),
                self.tr("Door wie"),
                self.tr("Samenvatting"),
            ],
            self,
        )
        self.table = list_table(self.model, self.tr("Contactnotities"), stretch_column=4)
        size_columns(self.table, ["00-00-0000 00:00", "Telefoon", "klager", "Hanneke Oosterhuis"])
        self.empty_label = note_label(self.tr("Er zijn nog geen contactnotities."))

        self.form_box = QGroupBox(self.tr("Nieuwe contactnotitie"))
        self.moment_edit = QDateTimeEdit()
        self.moment_edit.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.moment_edit.setCalendarPopup(True)
        self.moment_edit.setAccessibleName(self.tr("Moment van contact"))
        self.channel_combo = QComboBox()
        for channel in NoteChannel:
            self.channel_combo.addItem(enum_text(channel), channel.value)
        self.with_whom_edit = QLineEdit(self.tr("klager"))
        self.with_whom_edit.setMaxLength(200)
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setPlaceholderText(
            self.tr(
                "Wat is er gezegd of afgesproken? Bijvoorbeeld: excuses aangeboden, "
                "terugbellen op vrijdag."
            )
        )
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setFixedHeight(self.summary_edit.fontMetrics().lineSpacing() * 4 + 16)
        self.add_button = QPushButton(self.tr("Notitie toevoegen"))
        self.add_button.clicked.connect(self.add_note)

        self.general_error = ErrorLabel()
        self.errors = FieldErrors(self.general_error)
        when_row = QHBoxLayout()
        when_row.setSpacing(12)
        when_row.addWidget(self.errors.add("contact_at", self.moment_edit))
        when_row.addWidget(QLabel(self.tr("Kanaal")))
        when_row.addWidget(self.errors.add("channel", self.channel_combo))
        when_row.addWidget(QLabel(self.tr("Met wie")))
        when_row.addWidget(self.errors.add("with_whom", self.with_whom_edit), 1)
        form = QFormLayout(self.form_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        moment_label = QLabel(self.tr("Wanneer"))
        moment_label.setBuddy(self.moment_edit)
        form.addRow(moment_label, when_row)
        summary_label = QLabel(self.tr("Samenvatting"))
        summary_label.setBuddy(self.summary_edit)
        form.addRow(summary_label, self.errors.add("summary", self.summary_edit))
        buttons = QHBoxLayout()
        buttons.addWidget(self.general_error, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        allowed = user.can(Permission.HANDLE_COMPLAINT) and user.employee_id is not None
        if allowed:
            layout.addWidget(self.form_box)
        else:
            self.form_box.setVisible(False)
            layout.addWidget(
                note_label(self.tr("Contactnotities worden gemaakt door de behandelaar."))
            )
        self.reset_form()

    def reset_form(self) -> None:
        self.moment_edit.setDateTime(QDateTime.currentDateTime())
        self.summary_edit.clear()
        self.errors.clear()

    def load(self, detail: ComplaintDetail) -> None:
        self.complaint_id = detail.id
        self.model.set_rows(
            [
                TableRow(
                    (
                        format_moment(note.contact_at),
                        enum_text(note.channel),
                        note.with_whom,
                        note.author_name,
                        note.summary,
                    ),
                    note.id,
                    tooltip=note.summary,
                )
                for note in detail.notes
            ]
        )
        self.empty_label.setVisible(not detail.notes)

    def note_input(self) -> NoteInput:
        moment: datetime = self.moment_edit.dateTime().toPython()
        return NoteInput(
            contact_at=moment.astimezone(),  # local time as shown → an aware moment
            channel=NoteChannel(self.channel_combo.currentData()),
            with_whom=self.with_whom_edit.text(),
            summary=self.summary_edit.toPlainText(),
        )

    def add_note(self) -> None:
        if self.complaint_id is None:
            return
        self.errors.clear()
        try:
            self.service.add_note(self.complaint_id, self.note_input())
        except ValidationError as error:
            self.errors.show(error.errors, general=service_text(error.message))
            return
        except ServiceError as error:
            messages.show_service_error(self, error)
            return
        self.reset_form()
        self.changed.emit()


# ----- attachments --------------------------------------------------------------------


class AttachmentsTab(QWidget):
    """The complaint's files; open, save a copy, add follow-up documents.

    ``opener`` opens a written temporary copy (tests replace it)."""

    changed = Signal()

    def __init__(
        self,
        service: ComplaintService,
        user: CurrentUser,
        max_bytes: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.complaint_id: int | None = None
        # Per attachment id: (stored name, media type), to judge it before opening.
        self._files: dict[int, tuple[str, str]] = {}
        self.opener: Callable[[Path], bool] = open_file
        self._copies = TempFiles()
        self.model = RowsModel(
            [
                self.tr("Bestand"),
                self.tr("Grootte"),
                self.tr("Toegevoegd"),
                self.tr("Door"),
                self.tr("Volgstuk"),
            ],
            self,
        )
        self.table = list_table(self.model, self.tr("Bijlagen"), stretch_column=0)
        size_columns(
            self.table, ["", "000,0 MB", "00-00-0000 00:00", "Hanneke Oosterhuis", "ja, ongezien"]
        )
        self.empty_label = note_label(self.tr("Er zijn geen bijlagen."))
        self.open_button = QPushButton(self.tr("Openen"))
        self.save_as_button = QPushButton(self.tr("Opslaan als…"))
        self.open_button.clicked.connect(self.open_selected)
        self.save_as_button.clicked.connect(self.save_selected_as)
        self.mark_seen_button = QPushButton(self.tr("Volgstukken als gelezen markeren"))
        self.mark_seen_button.setToolTip(
            self.tr("Haalt de markering 'ongezien' weg zonder elk stuk te openen")
        )
        self.mark_seen_button.clicked.connect(self.mark_follow_ups_seen)
        self.mark_seen_button.setVisible(False)
        self._user = user
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.add_box = QGroupBox(self.tr("Volgstukken toevoegen"))
        self.drop_list = AttachmentDropList(max_bytes)
        self.upload_button = QPushButton(self.tr("Toevoegen aan de klacht"))
        self.upload_button.clicked.connect(self.upload)
        self.drop_list.changed.connect(self._update_buttons)
        self.upload_error = ErrorLabel()
        add_layout = QVBoxLayout(self.add_box)
        add_layout.addWidget(self.drop_list)
        upload_row = QHBoxLayout()
        upload_row.addWidget(self.upload_error, 1)
        upload_row.addStretch(0)
        upload_row.addWidget(self.upload_button, 0, Qt.AlignmentFlag.AlignTop)
        add_layout.addLayout(upload_row)

        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.save_as_button)
        buttons.addStretch(1)
        buttons.addWidget(self.mark_seen_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        self.may_add = user.can(Permission.REGISTER_COMPLAINT) or user.can(
            Permission.HANDLE_COMPLAINT
        )
        layout.addWidget(self.add_box)
        self.add_box.setVisible(self.may_add)
        self.setAcceptDrops(self.may_add)
        self._update_buttons()

    # Files dropped anywhere on the tab join the list of files to add.
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.may_add and local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_paths(event.mimeData())
        if not self.may_add or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.drop_list.add_files(paths)

    def load(self, detail: ComplaintDetail) -> None:
        selected = self.selected_id()
        self.complaint_id = detail.id
        rows = []
        self._files = {a.id: (a.file_name, a.media_type) for a in detail.attachments}
        for attachment in detail.attachments:
            if attachment.unseen_by_handler:
                follow_up = self.tr("ja, ongezien")
            elif attachment.is_follow_up:
                follow_up = self.tr("ja")
            else:
                follow_up = ""
            tooltip = None
            if attachment.unseen_by_handler:
                tooltip = self.tr("Volgstuk dat de behandelaar nog niet heeft geopend")
            if opening_risk(attachment.file_name, attachment.media_type) is not None:
                tooltip = self.tr("Wordt niet rechtstreeks geopend; alleen 'Opslaan als…'")
            rows.append(
                TableRow(
                    (
                        # Without direction characters: the name shows what the file is.
                        display_name(attachment.file_name),
                        format_size(attachment.size),
                        format_moment(attachment.added_at),
                        attachment.added_by_name or "",
                        follow_up,
                    ),
                    attachment.id,
                    bold=attachment.unseen_by_handler,
                    tooltip=tooltip,
                )
            )
        self.model.set_rows(rows)
        self.empty_label.setVisible(not rows)
        # Only the handler's own look counts as "seen".
        self.mark_seen_button.setVisible(
            detail.handler_id is not None
            and detail.handler_id == self._user.employee_id
            and self._user.can(Permission.HANDLE_COMPLAINT)
            and any(a.unseen_by_handler for a in detail.attachments)
        )
        if selected is not None:
            self.select(selected)
        self._update_buttons()

    def mark_follow_ups_seen(self) -> None:
        if self.complaint_id is None:
            return
        outcome = messages.attempt(
            self, lambda: self.service.mark_follow_ups_seen(self.complaint_id)
        )
        if outcome is messages.REFUSED:
            return
        self.changed.emit()

    def select(self, attachment_id: int) -> None:
        for row, found in enumerate(self.model.rows):
            if found.id == attachment_id:
                self.table.selectRow(row)
                return

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()].id if rows else None

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected_id() is not None
        self.open_button.setEnabled(chosen)
        self.save_as_button.setEnabled(chosen)
        self.upload_button.setEnabled(bool(self.drop_list.uploads()))

    def _read(self, attachment_id: int, *, saving: bool = False) -> tuple[str, bytes] | None:
        was_unseen = any(row.id == attachment_id and row.bold for row in self.model.rows)
        opened = messages.attempt(
            self, lambda: self.service.open_attachment(attachment_id, saving=saving)
        )
        if opened is messages.REFUSED:
            return None
        file_name, _media_type, content = opened
        if was_unseen:  # opening may have marked it seen
            self.changed.emit()
        return file_name, content

    def open_selected(self) -> Path | None:
        attachment_id = self.selected_id()
        if attachment_id is None:
            return None
        stored_name, media_type = self._files.get(attachment_id, ("", ""))
        risk = opening_risk(stored_name, media_type)
        if risk is not None:
            self._refuse_to_open(stored_name, risk)
            return None
        found = self._read(attachment_id)
        if found is None:
            return None
        file_name, content = found
        try:
            path = self._copies.write(clean_file_name(file_name), content, key=str(attachment_id))
        except OSError as error:
            log.warning("temporary copy not written: %s", type(error).__name__)
            messages.error(
                self,
                self.tr("Openen mislukt"),
                self.tr("Er kon geen tijdelijke kopie van het bestand worden gemaakt."),
            )
            return None
        if not self.opener(path):
            messages.warning(
                self,
                self.tr("Openen mislukt"),
                arg(
                    self.tr(
                        "Er is geen programma gevonden om '%1' te openen. Kies 'Opslaan als…' "
                        "en open het bestand zelf."
                    ),
                    file_name,
                ),
            )
        return path

    def _refuse_to_open(self, file_name: str, risk: OpeningRisk) -> None:
        shown = display_name(file_name)
        if risk == OpeningRisk.HIDDEN_DIRECTION:
            text = arg(
                self.tr(
                    "De naam van '%1' bevat onzichtbare tekens die de leesrichting omkeren, "
                    "zodat het bestand er anders uitziet dan het is (een programma kan zo "
                    "heten als 'brief exe.pdf'). Daarom wordt het niet geopend. Sla het op met "
                    "'Opslaan als…' en controleer het voordat u het opent."
                ),
                shown,
            )
        else:
            text = arg(
                self.tr(
                    "'%1' is een programma, script, snelkoppeling of installatiebestand. Openen "
                    "zou het op deze computer uitvoeren, met uw rechten; daarom wordt het niet "
                    "geopend. Sla het op met 'Opslaan als…' als u het nodig hebt, en open het "
                    "alleen als u zeker weet wat het is."
                ),
                shown,
            )
        messages.warning_with_action(
            self,
            self.tr("Bijlage niet geopend"),
            text,
            self.tr("Opslaan als…"),
            self.save_selected_as,
        )

    def save_selected_as(self) -> Path | None:
        attachment_id = self.selected_id()
        if attachment_id is None:
            return None
        stored_name, _media_type = self._files.get(attachment_id, ("", ""))
        target, _chosen = ask_save_file(
            self, Purpose.ATTACHMENT, self.tr("Bijlage opslaan als"), clean_file_name(stored_name)
        )
        if not target:
            return None
        found = self._read(attachment_id, saving=True)
        if found is None:
            return None
        path = Path(target)
        try:
            write_bytes_atomically(path, found[1])
        except OSError as error:
            log.warning("attachment not saved: %s", type(error).__name__)
            messages.error(
                self,
                self.tr("Opslaan mislukt"),
                arg(self.tr("Het bestand kon niet worden opgeslagen in %1."), str(path)),
            )
            return None
        return path

    def upload(self) -> None:
        if self.complaint_id is None:
            return
        self.upload_error.show_message(None)
        added = 0
        for upload in self.drop_list.uploads():
            try:
                self.service.add_attachment(self.complaint_id, upload)
            except ValidationError as error:
                text = "\n".join(service_text(m) for m in error.errors.values())
                self.upload_error.show_message(text or service_text(error.message))
                break
            except ServiceError as error:
                messages.show_service_error(self, error)
                break
            added += 1
        if added:
            self.drop_list.clear()
            self.changed.emit()

    def remove_temporary_copies(self) -> None:
        self._copies.remove()


# ----- history ------------------------------------------------------------------------


class HistoryTab(QWidget):
    """What happened to the complaint, in readable sentences (translated), oldest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowsModel([self.tr("Wanneer"), self.tr("Wie"), self.tr("Wat")], self)
        self.table = list_table(self.model, self.tr("Historie"), stretch_column=2)
        size_columns(self.table, ["00-00-0000 00:00", "Hanneke Oosterhuis-de Vries"])
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def load(self, entries: Sequence[HistoryEntry]) -> None:
        self.model.set_rows(
            [
                TableRow((format_moment(entry.at), entry.who, service_text(entry.text)))
                for entry in entries
            ]
        )
        self.table.scrollToBottom()
