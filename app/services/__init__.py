"""Use cases and rules. Plain Python: no Qt here. Services return plain data, never ORM
objects, and every write checks permission, validates, is audited and commits as one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app import session_hooks

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


def _install(factory: sessionmaker[Session]) -> None:
    # Imported here, not above: importing a light service module (the start-up shell does)
    # must not load the models and SQLAlchemy before the first paint.
    from app.services.aggregate import install_aggregate_versions
    from app.services.audit import install_audit

    install_aggregate_versions(factory)
    install_audit(factory)


session_hooks.add(_install)
