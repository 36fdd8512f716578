"""Who is at the keyboard: the OS login (SQLite) or the database login (PostgreSQL),
mapped to an active employee. The first start on an empty database sets up the first user."""

from __future__ import annotations

import getpass
import logging

from sqlalchemy import exists, func, select, text

from app.db import Actor, Database
from app.models import Employee, EmployeeRole, Setting
from app.models.enums import Role
from app.services.errors import ServiceError, ValidationError
from app.services.permissions import CurrentUser
from app.services.settings import ORGANISATION_NAME, ORGANISATION_NAME_FIELD, encode_setting
from app.services.validation import Checker, TextField, column_limit

log = logging.getLogger(__name__)


def os_login() -> str:
    try:
        return getpass.getuser().strip().lower()
    except (KeyError, OSError):  # no user name known to the OS
        return "onbekend"


def current_login(db: Database) -> str:
    """The login that identifies the user: the database login on a shared server."""
    if db.is_sqlite:
        return os_login()
    with db.engine.connect() as connection:
        return str(connection.execute(text("SELECT session_user")).scalar_one()).lower()


def load_current_user(db: Database, login: str | None = None) -> CurrentUser | None:
    """The active employee with this login (default: the current login), or None."""
    login = (login or current_login(db)).lower()
    with db.session_scope() as session:
        employee = session.scalars(
            select(Employee).where(func.lower(Employee.login) == login, Employee.active)
        ).one_or_none()
        if employee is None:
            return None
        return CurrentUser(
            login=login,
            employee_id=employee.id,
            name=employee.name,
            roles=employee.role_set,
        )


def is_first_use(db: Database) -> bool:
    """True while the database holds no employee at all."""
    with db.session_scope() as session:
        return not session.scalar(select(exists().where(Employee.id.is_not(None))))


def set_up_first_use(
    db: Database, *, organisation_name: str, user_name: str, login: str | None = None
) -> CurrentUser:
    """Record the organisation and make the current user administrator and coordinator."""
    checker = Checker()
    org = checker.text(
        "organisation_name",
        organisation_name,
        ORGANISATION_NAME_FIELD,
        "Vul de naam van de organisatie in.",
    )
    name = checker.text(
        "user_name", user_name, TextField("Uw naam", column_limit(Employee.name)), "Vul uw naam in."
    )
    checker.raise_if_any()
    login = (login or current_login(db)).lower()
    with db.session_scope(Actor(login=login)) as session:
        if session.scalar(select(exists().where(Employee.id.is_not(None)))):
            raise ServiceError("De eerste gebruiker is al ingesteld.")
        employee = Employee(
            name=name,
            login=login,
            roles=[EmployeeRole(role=Role.ADMINISTRATOR), EmployeeRole(role=Role.COORDINATOR)],
        )
        session.add(employee)
        session.merge(Setting(key=ORGANISATION_NAME, value=encode_setting(org)))
        session.flush()
        employee_id = employee.id
    log.info("first use: administrator account created")
    return CurrentUser(
        login=login,
        employee_id=employee_id,
        name=name or "",
        roles=frozenset({Role.ADMINISTRATOR, Role.COORDINATOR}),
    )


__all__ = [
    "ValidationError",
    "current_login",
    "is_first_use",
    "load_current_user",
    "os_login",
    "set_up_first_use",
]
