"""What every service shares: the database, the acting user, one transaction per action."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.db import Actor, Database
from app.services.errors import ConcurrentEditError
from app.services.permissions import CurrentUser, Permission, require


class Service:
    def __init__(self, db: Database, user: CurrentUser) -> None:
        self.db = db
        self.user = user

    def require(self, permission: Permission) -> None:
        require(self.user, permission)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self.db.session_scope() as session:
            yield session

    @contextmanager
    def writing(self, permission: Permission, reason: str | None = None) -> Iterator[Session]:
        """One audited write transaction, after checking ``permission``."""
        self.require(permission)
        try:
            with self.db.session_scope(
                Actor(login=self.user.login, employee_id=self.user.employee_id)
            ) as session:
                if reason:
                    session.info["audit_reason"] = reason
                yield session
        except StaleDataError:
            raise ConcurrentEditError() from None


def check_version(current: int, expected: int | None) -> None:
    """Refuse a change made on a stale copy (the optimistic lock, checked up front)."""
    if expected is not None and current != expected:
        raise ConcurrentEditError()
