"""Attachments chosen for a complaint: a file dialog button and drag and drop, name and size
per file, a remove button per file, and files over the size limit refused beside the list.

Reusable: the intake dialog and the complaint's detail window both use it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.attachment_safety import display_name
from app.services.intake import NewAttachment
from app.services.mail_intake import is_mail_file
from app.ui.common.display import format_size
from app.ui.complaints.removable_list import RemovableList
from app.ui.files import Purpose, remember_folder, start_folder
from app.ui.widgets import ErrorLabel, arg

log = logging.getLogger(__name__)

ZONE_STYLE = (
    "QFrame#attachmentDropZone { border: 1px dashed palette(mid); border-radius: 6px; }"
    'QFrame#attachmentDropZone[dragging="true"] {'
    " border: 2px dashed palette(highlight); background: palette(alternate-base); }"
)


def size_text(size: int) -> str:
    """A file size the way people read it: bytes, kB, or MB with a decimal comma."""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{-(-size // 1024)} kB"
    return format_size(size)


@dataclass(frozen=True)
class ChosenFile:
    path: str
    file_name: str
    content: bytes


def local_paths(mime: QMimeData) -> list[str]:
    """The local files in dragged data (web links and the like are left out)."""
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]


class AttachmentDropList(QFrame):
    """Files to attach. ``uploads()`` gives them as ``NewAttachment``; ``changed`` fires on
    every addition or removal. A file larger than ``max_bytes`` is refused with a message
    beside the list and is not added."""

    changed = Signal()
    # With ``divert_mail`` set (the intake), dropped .eml/.msg files are handed on here to
    # fill the form instead of being added as plain attachments.
    mail_dropped = Signal(list)

    def __init__(self, max_bytes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_bytes = max_bytes
        self.divert_mail = False
        self.file_dialog: QFileDialog | None = None
        self.setObjectName("attachmentDropZone")
        self.setStyleSheet(ZONE_STYLE)
        self.setProperty("dragging", False)
        self.setAcceptDrops(True)
        self.setAccessibleName(self.tr("Bijlagen"))

        self.add_button = QPushButton(self.tr("Bestand &toevoegen…"))
        self.add_button.clicked.connect(self.choose_files)
        self.drop_hint = QLabel(
            arg(
                self.tr("of sleep bestanden hierheen (hooguit %1 per bestand)"),
                format_size(max_bytes),
            )
        )
        self.drop_hint.setWordWrap(True)
        self.files = RemovableList(self)
        self.files.changed.connect(self.changed)
        self.error_label = ErrorLabel(self)

        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.add_button)
        top.addWidget(self.drop_hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.files)
        layout.addWidget(self.error_label)
        self.setFocusProxy(self.add_button)

    # ----- the public side --------------------------------------------------------------

    def uploads(self) -> list[NewAttachment]:
        return [
            NewAttachment(file_name=chosen.file_name, content=chosen.content)
            for chosen in self.chosen_files()
        ]

    def chosen_files(self) -> list[ChosenFile]:
        return [item for item in self.files.items() if isinstance(item, ChosenFile)]

    def clear(self) -> None:
        self.error_label.show_message(None)
        self.files.clear()

    def focus_chain(self) -> list[QWidget]:
        return [self.add_button, *self.files.remove_buttons()]

    def choose_files(self) -> None:
        """Open the file dialog (non-blocking); the chosen files are added."""
        dialog = QFileDialog(
            self, self.tr("Bijlagen kiezen"), str(start_folder(Purpose.ATTACHMENT))
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filesSelected.connect(self._remember_folder)
        dialog.filesSelected.connect(self.add_files)
        self.file_dialog = dialog
        dialog.open()

    def _remember_folder(self, paths: list[str]) -> None:
        if paths:
            remember_folder(Purpose.ATTACHMENT, paths[0])

    def add_files(self, paths: list[str]) -> None:
        """Add the files at ``paths``; refused ones are named in the message beside."""
        problems: list[str] = []
        known = {chosen.path for chosen in self.chosen_files()}
        for raw in paths:
            path = Path(raw)
            if str(path) in known:
                continue
            problem = self._add_one(path)
            if problem:
                problems.append(problem)
            else:
                known.add(str(path))
        self.error_label.show_message("\n".join(problems) if problems else None)

    def _add_one(self, path: Path) -> str | None:
        name = path.name
        if path.is_dir():
            return arg(self.tr("'%1' is een map, geen bestand; kies de bestanden zelf."), name)
        try:
            size = path.stat().st_size
            if size > self.max_bytes:
                return arg(
                    self.tr(
                        "Het bestand '%1' is %2; de grens is %3. Het is niet toegevoegd. "
                        "Verklein het bestand of vraag de beheerder de grens te verhogen."
                    ),
                    name,
                    format_size(size),
                    format_size(self.max_bytes),
                )
            content = path.read_bytes()
        except OSError as error:
            log.info("attachment could not be read: %s", type(error).__name__)
            return arg(self.tr("Het bestand '%1' kon niet worden gelezen."), name)
        if len(content) > self.max_bytes:  # it grew meanwhile
            return arg(self.tr("Het bestand '%1' is te groot en niet toegevoegd."), name)
        self.files.add_item(
            f"{display_name(name)} — {size_text(len(content))}",
            ChosenFile(str(path), name, content),
        )
        return None

    def add_content(self, key: str, file_name: str, content: bytes) -> str | None:
        """Add a file that is already in memory (an e-mail's attachment); ``key`` tells it
        apart from the others. Returns the message when it is refused."""
        if key in {chosen.path for chosen in self.chosen_files()}:
            return None
        if len(content) > self.max_bytes:
            return arg(
                self.tr(
                    "Het bestand '%1' is %2; de grens is %3. Het is niet toegevoegd. "
                    "Verklein het bestand of vraag de beheerder de grens te verhogen."
                ),
                display_name(file_name),
                format_size(len(content)),
                format_size(self.max_bytes),
            )
        self.files.add_item(
            f"{display_name(file_name)} — {size_text(len(content))}",
            ChosenFile(key, file_name, content),
        )
        return None

    # ----- drag and drop ----------------------------------------------------------------

    def _set_dragging(self, dragging: bool) -> None:
        self.setProperty("dragging", dragging)
        self.style().unpolish(self)
        self.style().polish(self)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()
            self._set_dragging(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._set_dragging(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_dragging(False)
        paths = local_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        mail = [path for path in paths if self.divert_mail and is_mail_file(path)]
        others = [path for path in paths if path not in mail]
        if others:
            self.add_files(others)
        if mail:
            self.mail_dropped.emit(mail)
