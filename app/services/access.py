"""The permission matrix: every public service method says who may call it.

A method declares what it needs with one of the decorators below; the decorator checks at
call time (before the method's own checks run) and leaves its declaration on the function,
where ``declaration_of`` reads it. ``tests/test_permission_matrix.py`` holds every public
method of every service against every role, so a method without a declaration fails the
suite instead of being found by reading its body.

- ``requires(P)`` / ``requires_any(P, Q)``: a role that grants one of the permissions.
- ``requires_visible_complaint()``: who may see the complaint — everyone holding
  ``VIEW_ALL_COMPLAINTS``, and a handler for the complaints assigned to them.
- ``requires_complaint_handler()``: who may act on it — the coordinator
  (``ASSIGN_HANDLER``), or the handler of this complaint.
- ``harmless(reason)``: no permission at all (reference data such as the norms, the
  subjects or the letterhead; a date; a check of an argument).
- ``own_records(reason)``: every user, because the method returns only what is the
  caller's own (their tasks); anything wider is checked in its body.
The reason is required for both, so the list of these (``open_methods``) is the one place to
read what every user may call, and why.

A method's own checks stay (``writing(Permission)`` still checks); where both exist they
must agree — the decorator may be the coarser of the two, never the looser.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, ParamSpec, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Complaint
from app.models.enums import Role
from app.services.errors import NotFound, PermissionDenied
from app.services.permissions import (
    ROLE_PERMISSIONS,
    CurrentUser,
    Permission,
    denied_message,
)

P = ParamSpec("P")
R = TypeVar("R")
F = TypeVar("F", bound=Callable[..., Any])

ATTRIBUTE = "__access_declaration__"

NOT_YOUR_COMPLAINT = "U mag deze klacht niet inzien."
NOT_YOUR_HANDLING = "Alleen de behandelaar van deze klacht of de klachtcoördinator mag dit doen."

# The base class's own machinery (open a transaction, check a permission) is no use case.
_MACHINERY = frozenset({"require", "reading", "writing"})


@dataclass(frozen=True)
class ComplaintRule:
    """Holders of ``every`` may reach every complaint; holders of ``own`` only the
    complaints assigned to them. ``arg`` names the parameter that identifies the complaint:
    its id, or (with ``via``) the id of a row of that model, whose ``complaint_id`` leads
    to it."""

    every: Permission
    own: Permission
    arg: str = "complaint_id"
    via: type | None = None
    message: str = NOT_YOUR_COMPLAINT


@dataclass(frozen=True)
class Declaration:
    """What a caller needs: one of ``any_of`` (when given), and access to the complaint
    (when ``complaint`` is given); or nothing, with the ``harmless`` reason."""

    any_of: frozenset[Permission] = frozenset()
    complaint: ComplaintRule | None = None
    harmless: str | None = None  # the reason no permission is needed
    own_records: bool = False  # with ``harmless``: only the caller's own records
    message: str | None = None

    def permits(self, permissions: frozenset[Permission]) -> bool:
        """Whether holding ``permissions`` passes the role check (for the complaint rule:
        for at least one complaint)."""
        if self.harmless is not None:
            return True
        if self.any_of and not self.any_of & permissions:
            return False
        rule = self.complaint
        return rule is None or rule.every in permissions or rule.own in permissions

    def own_complaints_only(self, permissions: frozenset[Permission]) -> bool:
        """Whether holding ``permissions`` reaches only the complaints assigned to one."""
        rule = self.complaint
        return (
            rule is not None
            and self.permits(permissions)
            and rule.every not in permissions
            and rule.own in permissions
        )

    def permits_role(self, role: Role) -> bool:
        return self.permits(ROLE_PERMISSIONS[role])


# ----- the decorators --------------------------------------------------------------------


def requires(
    permission: Permission, *, message: str | None = None
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """The caller holds a role that grants ``permission``."""
    return _declaring(Declaration(any_of=frozenset({permission}), message=message))


def requires_any(
    *permissions: Permission, message: str | None = None
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """The caller holds a role that grants one of ``permissions``."""
    if not permissions:
        raise TypeError("requires_any needs at least one permission")
    return _declaring(Declaration(any_of=frozenset(permissions), message=message))


def requires_visible_complaint(
    *,
    also: Iterable[Permission] = (),
    arg: str = "complaint_id",
    via: type | None = None,
    message: str = NOT_YOUR_COMPLAINT,
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Who may see this complaint: ``VIEW_ALL_COMPLAINTS`` for every complaint,
    ``HANDLE_COMPLAINT`` for the complaints assigned to the caller. ``also``: one of these
    permissions is needed as well (e.g. to write). ``message``: the refusal's wording."""
    rule = ComplaintRule(
        Permission.VIEW_ALL_COMPLAINTS, Permission.HANDLE_COMPLAINT, arg, via, message
    )
    return _declaring(Declaration(any_of=frozenset(also), complaint=rule))


def requires_complaint_handler(
    *, arg: str = "complaint_id", via: type | None = None
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Who may act on this complaint: the coordinator (``ASSIGN_HANDLER``), or the
    handler (``HANDLE_COMPLAINT``) it is assigned to."""
    rule = ComplaintRule(
        Permission.ASSIGN_HANDLER, Permission.HANDLE_COMPLAINT, arg, via, NOT_YOUR_HANDLING
    )
    return _declaring(Declaration(any_of=frozenset({Permission.HANDLE_COMPLAINT}), complaint=rule))


def harmless(reason: str) -> Callable[[F], F]:
    """No permission needed; ``reason`` says why that is safe (one line)."""
    return _open(Declaration(harmless=reason))


def own_records(reason: str) -> Callable[[F], F]:
    """Every user may call it: it returns only the caller's own records; ``reason`` says
    which, and what wider use its body checks."""
    return _open(Declaration(harmless=reason, own_records=True))


def _open(declaration: Declaration) -> Callable[[F], F]:
    if not (declaration.harmless or "").strip():
        raise TypeError("a method open to every user needs a reason")

    def mark(func: F) -> F:
        setattr(func, ATTRIBUTE, declaration)
        return func

    return mark


def _declaring(declaration: Declaration) -> Callable[[Callable[P, R]], Callable[P, R]]:
    def decorate(func: Callable[P, R]) -> Callable[P, R]:
        signature = inspect.signature(func)
        names = list(signature.parameters)
        rule = declaration.complaint
        if rule is not None and rule.arg not in names:
            raise TypeError(f"{func.__qualname__} has no parameter {rule.arg!r}")
        if names[:1] != ["self"] and "user" not in names:
            raise TypeError(f"{func.__qualname__}: no service and no user to check")

        @functools.wraps(func)
        def checked(*args: P.args, **kwargs: P.kwargs) -> R:
            bound = signature.bind_partial(*args, **kwargs).arguments
            service = bound.get("self")
            user: CurrentUser = service.user if service is not None else bound["user"]
            _check(declaration, user, service, bound)
            return func(*args, **kwargs)

        setattr(checked, ATTRIBUTE, declaration)
        return checked

    return decorate


def _check(
    declaration: Declaration, user: CurrentUser, service: Any, arguments: dict[str, Any]
) -> None:
    held = user.permissions
    if declaration.any_of and not declaration.any_of & held:
        raise PermissionDenied(declaration.message or _message(declaration.any_of))
    rule = declaration.complaint
    if rule is None or rule.every in held:
        return
    if rule.own not in held or user.employee_id is None:
        raise PermissionDenied(rule.message)
    found, handler_id = _handler_of(service, rule, arguments.get(rule.arg))
    # A complaint that does not exist is the method's to report (NotFound, its wording).
    if found and handler_id != user.employee_id:
        raise PermissionDenied(rule.message)


def _message(permissions: frozenset[Permission]) -> str:
    # The first in the enum's order, so the wording does not depend on set order.
    return denied_message(next(p for p in Permission if p in permissions))


def _handler_of(service: Any, rule: ComplaintRule, value: Any) -> tuple[bool, int | None]:
    """(whether the row exists, the handler of its complaint)."""
    if not isinstance(value, int):
        return False, None
    if rule.via is None:
        query = select(Complaint.id, Complaint.handler_id).where(Complaint.id == value)
    else:
        model: Any = rule.via
        # An outer join: a row without a complaint (a report document) is found, with no
        # handler, so only those who see every complaint pass.
        query = (
            select(model.id, Complaint.handler_id)
            .select_from(model)
            .outerjoin(Complaint, Complaint.id == model.complaint_id)
            .where(model.id == value)
        )
    with service.reading() as session:
        row = session.execute(query).first()
    return (False, None) if row is None else (True, row[1])


# ----- the rule shared by every service that shows a complaint ---------------------------


def visible_complaint(session: Session, user: CurrentUser, complaint_id: int) -> Complaint:
    """The complaint, for who may see it: everyone holding ``VIEW_ALL_COMPLAINTS``, and a
    handler for the complaints assigned to them (the rule ``requires_visible_complaint``
    declares); ``NotFound`` or ``PermissionDenied`` otherwise."""
    complaint = session.get(Complaint, complaint_id)
    if complaint is None:
        raise NotFound("Deze klacht bestaat niet (meer).")
    if user.can(Permission.VIEW_ALL_COMPLAINTS):
        return complaint
    if (
        user.can(Permission.HANDLE_COMPLAINT)
        and complaint.handler_id is not None
        and complaint.handler_id == user.employee_id
    ):
        return complaint
    raise PermissionDenied("U mag deze klacht niet inzien.")


# ----- reading the matrix ----------------------------------------------------------------


def declaration_of(member: Any) -> Declaration | None:
    """The declaration of a method, property, static method or function (None: none)."""
    if isinstance(member, property):
        member = member.fget
    member = getattr(member, "__func__", member)
    found = getattr(member, ATTRIBUTE, None)
    return found if isinstance(found, Declaration) else None


def service_classes(package: str = "app.services") -> list[type]:
    """Every ``Service`` subclass defined in the package's modules (imports them all)."""
    from app.services.base import Service

    root = importlib.import_module(package)
    for info in pkgutil.iter_modules(root.__path__):
        importlib.import_module(f"{package}.{info.name}")

    def walk(cls: type) -> Iterator[type]:
        sub: type
        for sub in cls.__subclasses__():
            yield sub
            yield from walk(sub)

    found = {c for c in walk(Service) if c.__module__.startswith(f"{package}.")}
    return sorted(found, key=lambda c: (c.__module__, c.__qualname__))


def public_methods(cls: type) -> list[tuple[str, Any]]:
    """(name, member) of the class's public methods and properties, the base class's
    transaction machinery left out."""
    from app.services.base import Service

    found = []
    for name, member in inspect.getmembers(cls):
        if name.startswith("_") or (name in _MACHINERY and getattr(Service, name) is member):
            continue
        if inspect.isfunction(member) or isinstance(member, property):
            found.append((name, member))
    return found


def acting_functions(package: str = "app.services") -> list[tuple[str, Any]]:
    """Module-level public functions that act for a user (a required ``user`` parameter),
    outside the permission machinery itself.

    A rule function (its first parameter the caller's ``session``) is not one: it runs
    inside a transaction that a declared public service method opened, and a session is
    had only from a service."""
    service_classes(package)  # imports every module
    found = []
    for info in pkgutil.iter_modules(importlib.import_module(package).__path__):
        module_name = f"{package}.{info.name}"
        if module_name in {__name__, "app.services.permissions"}:
            continue
        module = importlib.import_module(module_name)
        for name, func in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or func.__module__ != module_name:
                continue
            parameters = inspect.signature(func).parameters
            if next(iter(parameters), None) == "session":
                continue
            parameter = parameters.get("user")
            if parameter is not None and parameter.default is inspect.Parameter.empty:
                found.append((f"{module_name}.{name}", func))
    return found


def undeclared(classes: Iterable[type]) -> list[str]:
    """``Class.method`` for every public method without a declaration."""
    return [
        f"{cls.__qualname__}.{name}"
        for cls in classes
        for name, member in public_methods(cls)
        if declaration_of(member) is None
    ]


def open_methods(classes: Iterable[type]) -> dict[str, str]:
    """``Class.method`` → why every user may call it."""
    return {
        name: declaration.harmless
        for name, declaration in matrix(classes).items()
        if declaration.harmless is not None
    }


def matrix(classes: Iterable[type]) -> dict[str, Declaration]:
    """``Class.method`` → its declaration, for every declared public method."""
    result = {}
    for cls in classes:
        for name, member in public_methods(cls):
            declaration = declaration_of(member)
            if declaration is not None:
                result[f"{cls.__qualname__}.{name}"] = declaration
    return result
