"""Who is at the keyboard: the OS login (SQLite) or the database login (PostgreSQL),
mapped to an active employee. The first start on an empty database sets up the first user.

The OS login is the account the process runs under, asked of the operating system — never
``$LOGNAME``, ``$USER`` or ``%USERNAME%`` (``getpass.getuser()`` reads those first), which
anyone can set to a colleague's login. On PostgreSQL it is the server's ``session_user``: the
login the server authenticated, which ``SET ROLE`` does not change.
"""

from __future__ import annotations

import logging
import os
import sys

from sqlalchemy import exists, func, select, text

from app.db import Actor, Database
from app.models import Employee, EmployeeRole, Setting
from app.models.enums import Role
from app.services.errors import ServiceError, ValidationError
from app.services.permissions import CurrentUser
from app.services.settings import ORGANISATION_NAME, ORGANISATION_NAME_FIELD, encode_setting
from app.services.validation import Checker, TextField, column_limit

log = logging.getLogger(__name__)


UNKNOWN_LOGIN = "onbekend"


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import ctypes
    from ctypes import wintypes

    _UNLEN = 256  # the longest Windows user name

    def _os_account_name() -> str:
        # GetUserNameW: the account's plain (SAM) name, the form the register has always
        # mapped; it comes from the process token, not from the environment.
        advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)
        advapi32.GetUserNameW.argtypes = (wintypes.LPWSTR, ctypes.POINTER(wintypes.DWORD))
        advapi32.GetUserNameW.restype = wintypes.BOOL
        size = wintypes.DWORD(_UNLEN + 1)
        buffer = ctypes.create_unicode_buffer(size.value)
        if not advapi32.GetUserNameW(buffer, ctypes.byref(size)):
            raise ctypes.WinError(ctypes.get_last_error())
        return buffer.value

else:
    import pwd

    def _os_account_name() -> str:
        return pwd.getpwuid(os.getuid()).pw_name


def os_login() -> str:
    """The operating system's name for the account this process runs under, lower case."""
    try:
        name = _os_account_name().strip().lower()
    except (KeyError, OSError):  # an account without a name (e.g. a bare container uid)
        return UNKNOWN_LOGIN
    return name or UNKNOWN_LOGIN


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
