"""Schema migrations at start-up: back up, upgrade to head, refuse a newer database."""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from app.atomic_files import atomic_output
from app.db import Database
from app.paths import backup_dir, migrations_path
from app.storage_errors import file_write_kind, file_write_message

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

log = logging.getLogger(__name__)

KEEP_BACKUPS = 10
_REVISION_LINE = re.compile(
    r"^(down_revision|revision)\b[^=\n]*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE
)


class NewerSchemaError(RuntimeError):
    """The database was written by a newer version of the application."""

    def __init__(self, revision: str) -> None:
        self.revision = revision
        super().__init__(
            "Deze database is gemaakt of bijgewerkt met een nieuwere versie van Interne "
            f"Klachten (schemaversie {revision}). Installeer de nieuwste versie van het "
            "programma; deze versie opent de database niet, om gegevensverlies te voorkomen."
        )


class BackupBeforeMigrationError(RuntimeError):
    """The copy made before a schema change could not be written; nothing was changed."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class SchemaState:
    current: str | None
    head: str

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    return config


def _script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str | None:
    """The newest revision in the migration scripts, read from their ``revision`` and
    ``down_revision`` lines, so that a start on a current database needs no alembic import
    (0.5 s). None when the scripts do not show one head plainly: then alembic decides."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (migrations_path() / "versions").glob("*.py"):
        for name, value in _REVISION_LINE.findall(script.read_text(encoding="utf-8")):
            (revisions if name == "revision" else parents).add(value)
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def stored_revision(db: Database) -> str | None:
    """The schema version in the database with one query; None without a (filled)
    alembic_version table."""
    with db.engine.connect() as connection:
        try:
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
        except DBAPIError:  # no such table: an empty database
            return None
    return str(rows[0][0]) if len(rows) == 1 else None


def schema_state(db: Database) -> SchemaState:
    from alembic.runtime.migration import MigrationContext

    script = _script()
    with db.engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    head = script.get_current_head()
    assert head is not None
    if current is not None:
        known = {rev.revision for rev in script.walk_revisions()}
        if current not in known:
            raise NewerSchemaError(current)
    return SchemaState(current=current, head=head)


def backup_sqlite(source: Path, reason: str, target_dir: Path | None = None) -> Path:
    """Copy a SQLite database consistently (online backup API) and rotate old copies.

    The copy is written under a temporary name and renamed when complete: a full disk or a
    crash leaves no half copy that could later be mistaken for a good one.
    """
    target_dir = target_dir or backup_dir()
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = target_dir / f"{source.stem}-{stamp}-{reason}.db"
    with atomic_output(target) as temporary:
        src = sqlite3.connect(source)
        try:
            dst = sqlite3.connect(temporary)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    backups = sorted(target_dir.glob(f"{source.stem}-*.db"))
    for old in backups[:-KEEP_BACKUPS]:
        old.unlink(missing_ok=True)
    return target


def upgrade_database(db: Database, *, backup_folder: Path | None = None) -> SchemaState:
    """Bring the schema to head. A SQLite file with data is backed up first."""
    head = head_revision()
    if head is not None and stored_revision(db) == head:
        return SchemaState(current=head, head=head)
    from alembic import command

    state = schema_state(db)
    if state.up_to_date:
        return state
    sqlite_file = db.sqlite_file
    if sqlite_file is not None and sqlite_file.exists():
        with db.engine.connect() as connection:
            has_tables = bool(inspect(connection).get_table_names())
        if has_tables:
            folder = backup_folder or backup_dir()
            try:
                copy = backup_sqlite(sqlite_file, f"voor-{state.head}", folder)
            except (OSError, sqlite3.Error) as error:
                # No schema change without a copy to go back to.
                target = folder / sqlite_file.name
                kind = file_write_kind(error, target)
                log.error("backup before migration failed: %s (%s)", kind, type(error).__name__)
                raise BackupBeforeMigrationError(
                    "De database moet worden bijgewerkt voor deze versie van het programma; "
                    "dat gebeurt pas na een reservekopie, en die kon niet worden gemaakt. "
                    + file_write_message(error, target, subject=f"De reservekopie in {folder}")
                    + " De database is niet gewijzigd.",
                    kind,
                ) from error
            log.info("database backed up before migration to %s", copy)
    config = alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    log.info("database migrated from %s to %s", state.current, state.head)
    return SchemaState(current=state.head, head=state.head)
