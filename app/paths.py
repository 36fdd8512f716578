"""Where things live: user data, logs, backups and bundled resources.

``resource_path()`` is the only code that knows about frozen (PyInstaller) builds.
"""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

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


def user_data_dir() -> Path:
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_log_dir() -> Path:
    path = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_file() -> Path:
    return user_data_dir() / "klachten.db"


def backup_dir() -> Path:
    path = user_data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path
