"""Where things live: user data, logs, backups, temporary copies and bundled resources.

``resource_path()`` is the only code that knows about frozen (PyInstaller) builds.

The folders the program keeps data in are its user's alone (0700 on POSIX): the register,
its backups, the log and temporary copies hold complainants' personal data, and on a shared
computer a file readable by every account is readable by every colleague.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path

from app import APP_NAME

_PACKAGE_DIR = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource under ``resources/`` (source tree or frozen build)."""
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) if base else _PACKAGE_DIR.parent
    return root.joinpath("resources", *parts)


def migrations_path() -> Path:
    base = getattr(sys, "_MEIPASS", None)
    if base:
        return Path(base) / "app" / "migrations"
    return _PACKAGE_DIR / "migrations"


OWNER_ONLY_FOLDER = 0o700


def private_folder(path: Path) -> Path:
    """Make ``path`` (and missing parents) if needed; on POSIX it is then the owner's only —
    also when an older version made it readable for everyone."""
    path.mkdir(mode=OWNER_ONLY_FOLDER, parents=True, exist_ok=True)
    if os.name == "posix":
        # Not ours to change (another account's folder): the OS refuses, and that is fine.
        with contextlib.suppress(OSError):
            if stat.S_IMODE(path.stat().st_mode) != OWNER_ONLY_FOLDER:
                os.chmod(path, OWNER_ONLY_FOLDER)
    return path


def _program_folder(path: Path) -> Path:
    """``path`` made private, and the program's own folders above it (on Linux the log
    folder is ``…/interne-klachten/log``); the platform's folders above those stay as they are."""
    chain = [path, *path.parents]
    names = [folder.name for folder in chain]
    top = names.index(APP_NAME) if APP_NAME in names else 0
    for folder in reversed(chain[: top + 1]):
        private_folder(folder)
    return path


def _platform_folder(kind: str) -> Path:
    """The platform's folder of ``kind`` (data, config, log, cache) for this program.
    platformdirs is imported here, not with the module: the GUI's window paints before
    any folder is needed, and this module (``resource_path``) is imported before that."""
    import platformdirs

    folder: str = getattr(platformdirs, f"user_{kind}_dir")(APP_NAME, appauthor=False)
    return Path(folder)


def user_data_dir() -> Path:
    return _program_folder(_platform_folder("data"))


def user_config_dir() -> Path:
    return _program_folder(_platform_folder("config"))


def user_log_dir() -> Path:
    return _program_folder(_platform_folder("log"))


def cache_root() -> Path:
    """The platform's cache folder of the program, not made: what is kept there can be
    made again (the anonymiser's model, the holiday table), so a missing one is no fault."""
    return _platform_folder("cache")


def user_cache_dir() -> Path:
    return _program_folder(cache_root())


def temp_copies_dir() -> Path:
    """Where copies opened in another program (a PDF viewer, the mail program) are written:
    a folder of this user's own, not the system's temporary folder that every account can
    list (see ``app.temp_copies``)."""
    return _program_folder(cache_root() / "tmp")


def default_database_file() -> Path:
    return user_data_dir() / "klachten.db"


def backup_dir() -> Path:
    return private_folder(user_data_dir() / "backups")
