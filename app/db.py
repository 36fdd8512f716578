"""Database access: the engine from a URL, SQLite pragmas, one session per user action."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from app import session_hooks
from app.db_location import stored_database_url
from app.instance_lock import InstanceLock, InstanceLockBusy
from app.paths import default_database_file

log = logging.getLogger(__name__)

ENV_DATABASE_URL = "INTERNE_KLACHTEN_DB"
SQLITE_BUSY_TIMEOUT_MS = 15_000
# A writer first tries this long for the write lock; a colleague's save takes about a
# millisecond, so only a long write (an import) makes it wait longer, visibly.
FIRST_WRITE_WAIT_MS = 200
# PostgreSQL: how long a statement waits for a row or table lock before giving up.
POSTGRES_LOCK_TIMEOUT_MS = 15_000
# A restore holds the instance lock exclusively for the moment it swaps the files.
INSTANCE_LOCK_WAIT_SECONDS = 10.0


def default_database_url() -> str:
    return f"sqlite:///{default_database_file()}"


def resolve_database_url(cli_url: str | None = None) -> str:
    """``--db URL`` wins over ``INTERNE_KLACHTEN_DB``, which wins over the location the user
    chose (``app.db_location``), which wins over the default file."""
    return (
        cli_url
        or os.environ.get(ENV_DATABASE_URL)
        or stored_database_url()
        or default_database_url()
    )


def describe_url(url: str | URL) -> str:
    """A location to show people: the file for SQLite, host/database without password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


def _install_sqlite_pragmas(engine: Engine, *, in_memory: bool, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        # We emit BEGIN ourselves (below) so writes can take the lock up front.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms}")
        if not in_memory:
            cursor.execute("PRAGMA journal_mode=WAL")
            # FULL: a commit is on the disk when it returns, so a power cut cannot take back
            # work the user saw saved (0.73 ms per commit instead of 0.33, MEASURED.md).
            cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):  # type: ignore[no-untyped-def]
        # A write transaction starts with BEGIN IMMEDIATE: it waits (busy timeout) for the
        # write lock instead of failing later when a read snapshot turns out to be stale.
        write = connection.get_execution_options().get("write")
        if isinstance(write, WriteLockWait):
            write.begin_immediate(connection.connection.driver_connection)
            return
        connection.exec_driver_sql(f"BEGIN {'IMMEDIATE' if write else 'DEFERRED'}")


def _is_uri(url: URL) -> bool:
    return str(url.database).startswith("file:") or "uri" in url.query or "mode" in url.query


def _create_owner_only(path: Path) -> None:
    """Create a new database file, empty, readable by its owner only, before SQLite opens
    it: SQLite would make it readable by every account (0644), and the ``-wal``, ``-shm`` and
    ``-journal`` files it makes later take the database file's mode."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError:
        return  # it exists (SQLite opens it as it is), or SQLite will say why it cannot
    os.close(descriptor)


def make_engine(
    url: str | URL,
    *,
    busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS,
    lock_timeout_ms: int = POSTGRES_LOCK_TIMEOUT_MS,
) -> Engine:
    """The engine for ``url``. Its errors and logs never show SQL parameters
    (``hide_parameters``): they are the names, addresses and texts being written."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        in_memory = parsed.database in (None, "", ":memory:")
        # No folder is made for the file: a missing folder is more often a network share
        # that is gone than a wish for a new one, and a fresh empty register in its place
        # would look like lost work. The default folder is made by app.paths.
        engine = create_engine(
            parsed, hide_parameters=True, connect_args={"timeout": busy_timeout_ms / 1000}
        )
        _install_sqlite_pragmas(engine, in_memory=in_memory, busy_timeout_ms=busy_timeout_ms)
        if not in_memory and not _is_uri(parsed):
            database_file = Path(str(parsed.database))
            event.listen(engine, "do_connect", lambda *_: _create_owner_only(database_file))
        return engine
    connect_args: dict[str, Any] = {}
    if parsed.get_backend_name() == "postgresql":
        # A writer blocked by someone else's lock gives up after this instead of hanging;
        # the lock_not_available error becomes DatabaseBusyError in the services.
        given = parsed.query.get("options", "")
        given = " ".join(given) if isinstance(given, tuple) else given
        connect_args["options"] = f"{given} -c lock_timeout={int(lock_timeout_ms)}".strip()
    return create_engine(
        parsed, hide_parameters=True, pool_pre_ping=True, connect_args=connect_args
    )


LockWaitCallback = Callable[[], None]


class WriteLockWait:
    """How a SQLite writer takes the write lock: a short try first; when someone else holds
    the lock, ``waiting()`` is called (the GUI shows a busy cursor and a status message),
    then the full busy timeout, then ``done_waiting()`` — whether the lock came or not.

    The callbacks are injected by the user interface (``Database.set_lock_wait_callbacks``);
    this module stays free of Qt.
    """

    def __init__(self, timeout_ms: int, first_try_ms: int) -> None:
        self.timeout_ms = timeout_ms
        self.first_try_ms = min(first_try_ms, timeout_ms)
        self.waiting: LockWaitCallback | None = None
        self.done_waiting: LockWaitCallback | None = None

    def begin_immediate(self, dbapi_connection: sqlite3.Connection) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout={self.first_try_ms}")
            try:
                cursor.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as error:
                if getattr(error, "sqlite_errorcode", 0) & 0xFF != 5:  # not SQLITE_BUSY
                    raise exc.OperationalError("BEGIN IMMEDIATE", None, error) from error
            log.info("the write lock is held elsewhere; waiting up to %d ms", self.timeout_ms)
            self._call(self.waiting)
            try:
                cursor.execute(f"PRAGMA busy_timeout={self.timeout_ms - self.first_try_ms}")
                cursor.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as error:
                log.warning("gave up waiting for the write lock")
                raise exc.OperationalError("BEGIN IMMEDIATE", None, error) from error
            finally:
                self._call(self.done_waiting)
        finally:
            cursor.execute(f"PRAGMA busy_timeout={self.timeout_ms}")
            cursor.close()

    @staticmethod
    def _call(callback: LockWaitCallback | None) -> None:
        if callback is None:
            return
        try:
            callback()
        except Exception:  # showing the wait must never stop the write itself
            log.exception("lock wait callback failed")


@dataclass(frozen=True)
class Actor:
    """Who performs the writes of a session (recorded in the audit trail)."""

    login: str
    employee_id: int | None = None


class WritesStopped(RuntimeError):
    """A write after ``Database.stop_writes``; the text is the Dutch reason."""


class Database:
    """The engine and session factory for one database URL, built once in the entry point.

    ``busy_timeout_ms`` is how long a writer waits for someone else's lock (SQLite's write
    lock; PostgreSQL's ``lock_timeout``) before the service says the database is busy;
    tests shorten it.
    """

    def __init__(
        self,
        url: str | URL,
        *,
        busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS,
        first_write_wait_ms: int = FIRST_WRITE_WAIT_MS,
    ) -> None:
        self.url = make_url(url)
        self.engine = make_engine(
            self.url, busy_timeout_ms=busy_timeout_ms, lock_timeout_ms=busy_timeout_ms
        )
        self._write_lock = WriteLockWait(busy_timeout_ms, first_write_wait_ms)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        # The service layer's audit trail and complaint versions (app/session_hooks.py).
        session_hooks.attach(self._sessions)
        self._instance_lock: InstanceLock | None = None
        # The GUI checks the file's integrity once its window is ready
        # (app.services.start_checks); until then this is True.
        self.integrity_check_pending = False
        # Set when the file failed that check: the Dutch reason every write is refused with.
        self.writes_stopped: str | None = None
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

    def stop_writes(self, reason: str) -> None:
        """From now on every write session is refused with ``reason`` (``WritesStopped``):
        the file failed its integrity check, and writing on would spread the damage."""
        self.writes_stopped = reason

    def set_lock_wait_callbacks(
        self, waiting: LockWaitCallback | None, done_waiting: LockWaitCallback | None
    ) -> None:
        """Called when a write has to wait for another's write lock, and when that wait
        ends (SQLite). They run on the thread that writes."""
        self._write_lock.waiting = waiting
        self._write_lock.done_waiting = done_waiting

    @contextmanager
    def session_scope(self, actor: Actor | None = None) -> Iterator[Session]:
        """One unit of work: commits when the block ends, rolls back on an exception.

        Pass ``actor`` for a session that writes: every write is audited in the same
        transaction, and a write without an actor is refused.
        """
        if actor is not None and self.writes_stopped is not None:
            raise WritesStopped(self.writes_stopped)
        session = self._sessions()
        session.info["actor"] = actor
        if actor is not None:
            session.connection(execution_options={"write": self._write_lock})
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
