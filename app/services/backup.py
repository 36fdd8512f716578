"""Backups of the SQLite register: a consistent copy on request, and restoring one.

On a PostgreSQL server backups belong to the server's own tools (pg_dump); the commands
say so instead of pretending.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.db import Database
from app.migrate import backup_sqlite
from app.paths import backup_dir
from app.services.errors import ServiceError
from app.services.permissions import CurrentUser, Permission, require
from app.storage_errors import is_corruption

REQUIRED_TABLES = frozenset({"alembic_version", "complaint", "employee", "audit_event"})


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    complaints: int


def _sqlite_file(db: Database) -> Path:
    path = db.sqlite_file
    if path is None:
        raise ServiceError(
            "Reservekopieën van een gedeelde PostgreSQL-database maakt de databasebeheerder "
            "met pg_dump; dit programma maakt alleen kopieën van een SQLite-bestand."
        )
    return path


def integrity_problem(path: Path) -> str | None:
    """None when the SQLite file is sound, else SQLite's first complaint.

    Only a verdict on the file's contents counts: a file that cannot be opened at all (a
    folder, a full disk, no rights, a share that is gone) raises, so that it is not called
    damaged — the advice for damage, restoring a backup, would lose recent work.
    """
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
            result = connection.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as error:
        if is_corruption(error):
            return str(error)
        raise
    return None if result == "ok" else str(result)


def _describe(path: Path) -> BackupInfo:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        tables = {
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if not tables.issuperset(REQUIRED_TABLES):
            raise ServiceError("Dit bestand is geen reservekopie van Interne Klachten.")
        complaints = connection.execute("SELECT count(*) FROM complaint").fetchone()[0]
    return BackupInfo(path, path.stat().st_size, int(complaints))


def make_backup(db: Database, user: CurrentUser, target: Path | None = None) -> BackupInfo:
    require(user, Permission.BACKUP)
    source = _sqlite_file(db)
    if target is None:
        copy = backup_sqlite(source, "handmatig", backup_dir())
    else:
        target = Path(target)
        if target.exists() and target.is_dir():
            target = target / f"klachten-{datetime.now():%Y%m%d-%H%M%S}.db"
        temporary = target.with_suffix(target.suffix + ".tmp")
        with sqlite3.connect(source) as src, sqlite3.connect(temporary) as dst:
            src.backup(dst)
        temporary.replace(target)
        copy = target
    return _describe(copy)


def restore_backup(db: Database, user: CurrentUser, source: Path) -> BackupInfo:
    """Replace the database by ``source`` (checked first); the current file is kept as a
    backup, so a restore can itself be undone."""
    require(user, Permission.BACKUP)
    target = _sqlite_file(db)
    source = Path(source)
    if not source.is_file():
        raise ServiceError(f"Het bestand {source} bestaat niet.")
    problem = integrity_problem(source)
    if problem is not None:
        raise ServiceError("Deze reservekopie is beschadigd en wordt niet teruggezet.")
    info = _describe(source)
    db.dispose()
    if target.exists():
        backup_sqlite(target, "voor-terugzetten", backup_dir())
    temporary = target.with_suffix(".restore.tmp")
    shutil.copyfile(source, temporary)
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    temporary.replace(target)
    return info
