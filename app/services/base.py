"""What every service shares: the database, the acting user, one transaction per action."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.db import Actor, Database
from app.services.errors import (
    ConcurrentEditError,
    DatabaseAccessDenied,
    DatabaseBusyError,
    ServiceError,
    StorageError,
)
from app.services.permissions import CurrentUser, Permission, require
from app.storage_errors import StorageFault, classify

log = logging.getLogger(__name__)

# Set while a service's write transaction is open on this thread. A second ``writing()``
# inside it would open a second connection: on SQLite it waits out the busy timeout for the
# first one's lock and fails; on PostgreSQL it commits on its own, so "one transaction per
# action" would silently no longer hold.
_WRITING: ContextVar[bool] = ContextVar("service_writing", default=False)


class NestedWriteError(RuntimeError):
    """A service opened a write transaction inside another (a bug: compose the rules on the
    one session instead)."""


class Service:
    def __init__(self, db: Database, user: CurrentUser) -> None:
        self.db = db
        self.user = user

    def require(self, permission: Permission) -> None:
        require(self.user, permission)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        try:
            with self.db.session_scope() as session:
                yield session
        except (DBAPIError, sqlite3.Error) as error:
            converted = storage_error(self.db, error)
            if converted is None:
                raise
            raise converted from None

    @contextmanager
    def writing(self, permission: Permission, reason: str | None = None) -> Iterator[Session]:
        """One audited write transaction, after checking ``permission``. Refuses to nest."""
        self.require(permission)
        if self.db.writes_stopped is not None:
            raise StorageError(self.db.writes_stopped, StorageFault.DAMAGED)
        if _WRITING.get():
            raise NestedWriteError("a write transaction was opened inside another")
        token = _WRITING.set(True)
        try:
            with self.db.session_scope(
                Actor(login=self.user.login, employee_id=self.user.employee_id)
            ) as session:
                if reason:
                    session.info["audit_reason"] = reason
                yield session
        except StaleDataError:
            raise ConcurrentEditError() from None
        except (DBAPIError, sqlite3.Error) as error:
            converted = storage_error(self.db, error)
            if converted is None:
                raise
            raise converted from None
        finally:
            _WRITING.reset(token)


def storage_error(db: Database, error: DBAPIError | sqlite3.Error) -> ServiceError | None:
    """A full disk, a read-only file, a lost server or a held lock as a ServiceError the
    screens show in Dutch, and a refusal by the server's own rights (PostgreSQL after
    ``database roles``) as a PermissionDenied; None for any other database error (a bug, a
    refused constraint), which the caller re-raises as it was.

    Only the kind and the exception's class are logged: its text can quote the SQL
    parameters, which are personal data.
    """
    problem = classify(error, db.url)
    if problem is None:
        return None
    log.warning("storage fault %s (%s)", problem.kind, type(error).__name__)
    if problem.kind == StorageFault.BUSY:
        return DatabaseBusyError()
    if problem.kind == StorageFault.NO_ACCESS:
        return DatabaseAccessDenied()
    return StorageError(problem.message, problem.kind)


def check_version(current: int, expected: int | None) -> None:
    """Refuse a change made on a stale copy (the optimistic lock, checked up front)."""
    if expected is not None and current != expected:
        raise ConcurrentEditError()
