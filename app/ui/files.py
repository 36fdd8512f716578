"""Files the screens make: the file dialogs (each remembering its own last folder), a file
written off the GUI thread, temporary copies opened in the computer's own program (PDF
viewer, mail program), and safe file names."""

from __future__ import annotations

import logging
import re
import shutil
import tempfile
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from app.atomic_files import write_bytes_atomically
from app.temp_copies import process_folder
from app.ui.ops import Op

log = logging.getLogger(__name__)

Opener = Callable[[Path], bool]

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


class Purpose(StrEnum):
    """What a file dialog is for: each purpose remembers its own last folder (letters go to
    the case folder, exports to the spreadsheet folder, …)."""

    EXPORT = "export"
    IMPORT = "import"
    REPORT = "report"
    LETTER = "letter"
    CARDS = "cards"
    FORM = "form"
    ATTACHMENT = "attachment"
    BACKUP = "backup"


SETTINGS_FOLDERS = "folders"  # QSettings group: folders/<purpose>


def documents_folder() -> Path:
    """The user's Documents folder (the home folder where the system has none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def start_folder(purpose: Purpose) -> Path:
    """Where a file dialog for ``purpose`` opens: the folder last used for it, if it still
    exists; otherwise the Documents folder."""
    stored = QSettings().value(f"{SETTINGS_FOLDERS}/{purpose.value}")
    if isinstance(stored, str) and stored and Path(stored).is_dir():
        return Path(stored)
    return documents_folder()


def remember_folder(purpose: Purpose, chosen: str | Path) -> None:
    """Remember the folder of ``chosen`` (a file, or a folder itself) for ``purpose``."""
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    QSettings().setValue(f"{SETTINGS_FOLDERS}/{purpose.value}", str(folder))


def ask_save_file(
    parent: QWidget | None,
    purpose: Purpose,
    title: str,
    suggested_name: str = "",
    filters: str = "",
) -> tuple[str, str]:
    """The save dialog, opening in the purpose's folder; returns (path, chosen filter),
    the path empty when cancelled."""
    start = start_folder(purpose)
    path, chosen = QFileDialog.getSaveFileName(
        parent, title, str(start / suggested_name) if suggested_name else str(start), filters
    )
    if path:
        remember_folder(purpose, path)
    return path, chosen


def ask_open_file(
    parent: QWidget | None, purpose: Purpose, title: str, filters: str = ""
) -> tuple[str, str]:
    """The open dialog, opening in the purpose's folder; the path empty when cancelled."""
    path, chosen = QFileDialog.getOpenFileName(parent, title, str(start_folder(purpose)), filters)
    if path:
        remember_folder(purpose, path)
    return path, chosen


def ask_folder(parent: QWidget | None, purpose: Purpose, title: str) -> str:
    """Choose a folder, starting in the purpose's folder; empty when cancelled."""
    folder = QFileDialog.getExistingDirectory(parent, title, str(start_folder(purpose)))
    if folder:
        remember_folder(purpose, folder)
    return folder


def open_file(path: Path) -> bool:
    """Open a file with the program the computer uses for it (PDF viewer, mail program)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def safe_file_name(name: str, fallback: str = "document") -> str:
    """A file name that every file system accepts (no folders, no reserved characters)."""
    cleaned = _UNSAFE.sub("_", Path(name.replace("\\", "/")).name).strip(" .")
    return cleaned or fallback


class TempFiles:
    """A private temporary folder for copies opened in another program; ``remove()`` deletes
    it (the screen calls it when it goes away). It lies in this program's own folder of
    temporary copies (``app.temp_copies``): owner-only, and removed at the next start when
    a crash left it behind."""

    def __init__(self) -> None:
        self.folder: Path | None = None

    def path_for(self, name: str, key: str | None = None) -> Path:
        """Where a file of this name goes (the folder is made on first use); ``key`` keeps
        files of the same name apart (e.g. an attachment's id)."""
        if self.folder is None:
            self.folder = Path(tempfile.mkdtemp(prefix="kopie-", dir=process_folder()))
        folder = self.folder
        if key is not None:
            folder = folder / safe_file_name(key)
            folder.mkdir(mode=0o700, exist_ok=True)
        return folder / safe_file_name(name)

    def write(self, name: str, content: bytes, key: str | None = None) -> Path:
        path = self.path_for(name, key)
        write_bytes_atomically(path, content)
        return path

    def remove(self) -> None:
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None


def file_op(parent: QObject | None, make: Callable[[], bytes], path: Path) -> Op[str]:
    """An op that makes a file's content off the GUI thread (``make`` opens its own session
    through a service and touches no widget) and writes it to ``path`` atomically; its
    result is the path written."""

    def work(_progress: object) -> str:
        content = make()
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomically(path, content)
        return str(path)

    return Op(parent, work)


def dutch_percent(fraction: float) -> str:
    """0.235 → ``23,5%`` (one decimal, a decimal comma)."""
    return f"{fraction * 100:.1f}".replace(".", ",") + "%"
