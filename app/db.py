"""Database access: the engine from a URL, SQLite pragmas, one session per user action."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from app.instance_lock import InstanceLock, InstanceLockBusy
from app.paths import default_database_file

log = logging.getLogger(__name__)

ENV_DATABASE_URL = "INTERNE_KLACHTEN_DB"
SQLITE_BUSY_TIMEOUT_MS = 15_000
# A restore holds the instance lock exclusively for the moment it swaps the files.
INSTANCE_LOCK_WAIT_SECONDS = 10.0


def default_database_url() -> str:
    return f"sqlite:///{default_database_file()}"


def resolve_database_url(cli_url: str | None = None) -> str:
    """``--db URL`` wins over ``INTERNE_KLACHTEN_DB``, which wins over the default file."""
    return cli_url or os.environ.get(ENV_DATABASE_URL) or default_database_url()


def describe_url(url: str | URL) -> str:
    """A location to show people: the file for SQLite, host/database without password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


def _install_sqlite_pragmas(engine: Engine, *, in_memory: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        # We emit BEGIN ourselves (below) so writes can take the lock up front.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        if not in_memory:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):  # type: ignore[no-untyped-def]
        # A write transaction starts with BEGIN IMMEDIATE: it waits (busy timeout) for the
        # write lock instead of failing later when a read snapshot turns out to be stale.
        mode = "IMMEDIATE" if connection.get_execution_options().get("write") else "DEFERRED"
        connection.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str | URL) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        in_memory = parsed.database in (None, "", ":memory:")
        if not in_memory:
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        _install_sqlite_pragmas(engine, in_memory=in_memory)
        return engine
    return create_engine(parsed, pool_pre_ping=True)


@dataclass(frozen=True)
class Actor:
    """Who performs the writes of a session (recorded in the audit trail)."""

    login: str
    employee_id: int | None = None


class Database:
    """The engine and session factory for one database URL, built once in the entry point."""

    def __init__(self, url: str | URL) -> None:
        self.url = make_url(url)
        self.engine = make_engine(self.url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        from app.services.audit import install_audit  # audit belongs to the service layer

        install_audit(self._sessions)
        self._instance_lock: InstanceLock | None = None
        if self.sqlite_file is not None:
            # Held while any connection to the file may be open, so ``restore`` can tell
            # that the program still has the register open (app.instance_lock).
            self._instance_lock = InstanceLock(self.sqlite_file)
            # Before SQLite opens the file, so nothing touches a file that is being replaced.
            event.listen(self.engine, "do_connect", self._hold_instance_lock)

    def _hold_instance_lock(self, *_args: object) -> None:
        lock = self._instance_lock
        if lock is None or lock.held:
            return
        try:
            lock.acquire(wait_seconds=INSTANCE_LOCK_WAIT_SECONDS)
        except InstanceLockBusy:
            raise
        except OSError:
            # A read-only folder: nothing can replace the file there either.
            log.warning("cannot create the instance lock file; going on without it")

    @property
    def backend(self) -> str:
        return self.url.get_backend_name()

    @property
    def is_sqlite(self) -> bool:
        return self.backend == "sqlite"

    @property
    def sqlite_file(self) -> Path | None:
        if self.is_sqlite and self.url.database not in (None, "", ":memory:"):
            return Path(self.url.database)
        return None

    def describe(self) -> str:
        return describe_url(self.url)

    @contextmanager
    def session_scope(self, actor: Actor | None = None) -> Iterator[Session]:
        """One unit of work: commits when the block ends, rolls back on an exception.

        Pass ``actor`` for a session that writes: every write is audited in the same
        transaction, and a write without an actor is refused.
        """
        session = self._sessions()
        session.info["actor"] = actor
        if actor is not None:
            session.connection(execution_options={"write": True})
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
        if self._instance_lock is not None:
            self._instance_lock.release()
