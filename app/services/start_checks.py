"""What a start of the GUI does after its first screen is up: SQLite's integrity check of
the register file, then the one-off repairs of stored data.

``PRAGMA quick_check`` reads the whole file: about 0.6 s for a 300 MB register with a warm
disk cache, 5 s with a cold one. The command line runs it before anything else
(``app.cli._open_database``); the GUI runs it here, on a thread of its own with its own
read-only connection (SQLite checks in C without the GIL), once the window is ready. Until
it has passed, the repairs (which write) wait; when it finds damage, the GUI stops every
write (``Database.stop_writes``) and tells the user to restore a backup.

A start whose schema must be upgraded still checks first, synchronously: no migration
touches a file that has not been checked.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from app.db import Database
from app.storage_errors import is_corruption

log = logging.getLogger(__name__)


def run_start_repairs(db: Database) -> None:
    """The one-off repairs of data an older version stored (each a no-op once done);
    a failure only postpones one to the next start."""
    from app.services.complainants import split_stored_names
    from app.services.deadlines import refresh_stored_deadlines

    for name, repair in (
        ("stored deadlines refreshed", refresh_stored_deadlines),
        ("names split into parts", split_stored_names),
    ):
        try:
            changed = repair(db)
        except (SQLAlchemyError, sqlite3.Error) as error:
            log.warning("start repair not done: %s (%s)", name, type(error).__name__)
            continue
        if changed:
            log.info("%s: %d rows", name, changed)


def quick_trail_warning(db: Database) -> str | None:
    """The cheap audit-trail check of every start; a Dutch warning when it fails. The
    program still opens, because the register's work must go on while the administrator
    runs the full check (``verify``) and finds out what happened."""
    from app.services.database_roles import sees_whole_audit_trail
    from app.services.verify import quick_check

    try:
        # A handler's login reads the history of their own complaints only; checked
        # against the head, that part would look like a broken chain.
        if not sees_whole_audit_trail(db):
            return None
        report = quick_check(db)
    except (SQLAlchemyError, OSError):
        log.exception("quick audit check could not run")
        return None
    if report.ok:
        return None
    log.warning("quick audit check failed: %d problems", len(report.problems))
    return (
        "de snelle controle van de audittrail vond een probleem:\n"
        + "\n".join(f"- {p}" for p in report.problems)
        + "\nLaat de beheerder 'interne-klachten verify' uitvoeren (of Beheer > Database "
        "controleren)."
    )


class BackgroundIntegrityCheck:
    """``PRAGMA quick_check`` of ``path`` on a daemon thread; ``on_result`` gets SQLite's
    first complaint (damage) or None (sound, or the check could not run: a file that cannot
    be read at all has already refused the start). ``on_result`` runs on the worker thread.

    ``then`` runs on the worker thread after a sound result (the start repairs).
    ``cancel()`` interrupts SQLite and waits for the thread (the program is closing)."""

    def __init__(
        self,
        path: Path,
        on_result: Callable[[str | None], None],
        *,
        then: Callable[[], None] | None = None,
    ) -> None:
        self._path = path
        self._on_result = on_result
        self._then = then
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self._cancelled = False
        self._thread = threading.Thread(target=self._run, name="integrity-check", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def running(self) -> bool:
        return self._thread.is_alive()

    def cancel(self, timeout: float = 10.0) -> None:
        with self._lock:
            self._cancelled = True
            if self._connection is not None:
                self._connection.interrupt()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _verdict(self) -> str | None:
        try:
            connection = sqlite3.connect(
                f"file:{self._path}?mode=ro", uri=True, check_same_thread=False
            )
        except sqlite3.Error as error:
            log.warning("integrity check could not open the file (%s)", type(error).__name__)
            return None
        with self._lock:
            self._connection = connection
            cancelled = self._cancelled
        try:
            if cancelled:
                return None
            result = connection.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.DatabaseError as error:
            if self._cancelled:
                return None
            if is_corruption(error):
                return str(error)
            log.warning("integrity check could not run (%s)", type(error).__name__)
            return None
        finally:
            with self._lock:
                self._connection = None
            connection.close()
        return None if result == "ok" else str(result)

    def _run(self) -> None:
        problem = self._verdict()
        if self._cancelled:
            return
        if problem is not None:
            # SQLite names pages and tables, never values; still only the fact is logged.
            log.error("database file failed the integrity check")
        self._on_result(problem)
        if problem is None and self._then is not None and not self._cancelled:
            self._then()
