"""Files the program writes appear whole or not at all.

``atomic_output(path)`` hands out a temporary name in the target's own folder (so the final
rename stays on one file system and is atomic); the file is flushed to disk and renamed over
``path`` when the block ends, and removed when it fails — a full disk, a cancelled report or a
crash leaves no half-written backup, export or PDF behind. New files are readable by their
owner only (0600); a file that is replaced keeps its permissions.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Files SQLite may leave beside a database being written (a backup copy).
_SIDE_FILES = ("-journal", "-wal", "-shm")


@contextmanager
def atomic_output(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; rename it to ``path`` when the block succeeds.

    The temporary file exists (empty, mode 0600) when the block starts: write to it by name
    (open it, or let SQLite, openpyxl or reportlab write there).
    """
    path = Path(path)
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        _keep_mode_of(path, temporary)
        _flush_to_disk(temporary)
        os.replace(temporary, path)
    except BaseException:
        _remove(temporary)
        raise
    _flush_folder(path.parent)


def write_bytes_atomically(path: str | Path, content: bytes) -> Path:
    """Write ``content`` to ``path`` through :func:`atomic_output`; returns the path."""
    with atomic_output(path) as temporary:
        temporary.write_bytes(content)
    return Path(path)


def _keep_mode_of(path: Path, temporary: Path) -> None:
    with contextlib.suppress(OSError):
        os.chmod(temporary, stat.S_IMODE(path.stat().st_mode))


def _flush_to_disk(path: Path) -> None:
    """The content is on the disk before the rename makes it the real file (a power cut
    after the rename must not leave an empty file under the real name)."""
    with open(path, "rb+") as file:
        os.fsync(file.fileno())


def _flush_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles for this)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _remove(temporary: Path) -> None:
    for suffix in ("", *_SIDE_FILES):
        with contextlib.suppress(OSError):
            Path(str(temporary) + suffix).unlink(missing_ok=True)
