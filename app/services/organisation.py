"""Employees and organisational units: create, edit, (de)activate, list.

Every later form picks people and units from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app.models import Employee, EmployeeRole, OrgUnit
from app.models.enums import Role, UnitKind
from app.services.access import requires
from app.services.base import Service, check_version
from app.services.errors import NotFound, ServiceError
from app.services.permissions import Permission
from app.services.search import complaints_showing, refresh_search_text
from app.services.validation import (
    Checker,
    FieldError,
    TextField,
    check_email,
    check_phone,
    check_text,
    column_limit,
    display_phone,
)
from app.wording import counted

_LOGIN = re.compile(r"^[a-z0-9._@\\-]+$")
EMPLOYEE_NAME = TextField("Naam", column_limit(Employee.name))
JOB_TITLE = TextField("Functie", column_limit(Employee.job_title))
LOGIN = TextField("Inlognaam", column_limit(Employee.login))
UNIT_NAME = TextField("Naam", column_limit(OrgUnit.name))


@dataclass(frozen=True)
class EmployeeInput:
    name: str
    email: str | None = None
    phone: str | None = None
    job_title: str | None = None
    unit_id: int | None = None
    login: str | None = None
    roles: frozenset[Role] = field(default_factory=frozenset)


@dataclass(frozen=True)
class EmployeeRecord:
    id: int
    name: str
    email: str | None
    phone: str | None  # E.164
    phone_display: str
    job_title: str | None
    unit_id: int | None
    unit_name: str | None
    login: str | None
    roles: tuple[Role, ...]
    active: bool
    version: int


@dataclass(frozen=True)
class UnitInput:
    name: str
    kind: UnitKind
    parent_id: int | None = None
    manager_id: int | None = None


@dataclass(frozen=True)
class UnitRecord:
    id: int
    name: str
    kind: UnitKind
    parent_id: int | None
    parent_name: str | None
    manager_id: int | None
    manager_name: str | None
    active: bool
    version: int
    active_employee_count: int


def _employee_record(employee: Employee) -> EmployeeRecord:
    return EmployeeRecord(
        id=employee.id,
        name=employee.name,
        email=employee.email,
        phone=employee.phone,
        phone_display=display_phone(employee.phone),
        job_title=employee.job_title,
        unit_id=employee.unit_id,
        unit_name=employee.unit.name if employee.unit else None,
        login=employee.login,
        roles=tuple(sorted(employee.role_set)),
        active=employee.active,
        version=employee.version,
    )


def _check_login(value: str | None) -> str | None:
    text = check_text(value, LOGIN)
    if text is None:
        return None
    text = text.lower()
    if not _LOGIN.match(text):
        raise FieldError("Een inlognaam bestaat uit letters, cijfers en . _ - @ (geen spaties).")
    return text


class OrganisationService(Service):
    # ----- employees ---------------------------------------------------------------------

    @requires(Permission.VIEW_EMPLOYEES)
    def list_employees(self, *, include_inactive: bool = True) -> list[EmployeeRecord]:
        self.require(Permission.VIEW_EMPLOYEES)
        with self.reading() as session:
            query = (
                select(Employee)
                .options(selectinload(Employee.roles), selectinload(Employee.unit))
                .order_by(func.lower(Employee.name), Employee.id)
            )
            if not include_inactive:
                query = query.where(Employee.active)
            return [_employee_record(e) for e in session.scalars(query)]

    @requires(Permission.VIEW_EMPLOYEES)
    def get_employee(self, employee_id: int) -> EmployeeRecord:
        self.require(Permission.VIEW_EMPLOYEES)
        with self.reading() as session:
            return _employee_record(self._employee(session, employee_id))

    @requires(Permission.MANAGE_EMPLOYEES)
    def create_employee(self, data: EmployeeInput) -> EmployeeRecord:
        with self.writing(Permission.MANAGE_EMPLOYEES) as session:
            values = self._validated_employee(session, data, employee_id=None)
            employee = Employee(**values)
            employee.roles = [EmployeeRole(role=r) for r in sorted(data.roles)]
            session.add(employee)
            session.flush()
            return _employee_record(employee)

    @requires(Permission.MANAGE_EMPLOYEES)
    def update_employee(
        self, employee_id: int, data: EmployeeInput, version: int | None = None
    ) -> EmployeeRecord:
        with self.writing(Permission.MANAGE_EMPLOYEES) as session:
            employee = self._employee(session, employee_id)
            check_version(employee.version, version)
            values = self._validated_employee(session, data, employee_id=employee_id)
            if employee_id == self.user.employee_id and Role.ADMINISTRATOR not in data.roles:
                raise ServiceError(
                    "U kunt uw eigen beheerdersrol niet intrekken; laat dat een andere "
                    "beheerder doen."
                )
            renamed = employee.name != values["name"]
            for key, value in values.items():
                setattr(employee, key, value)
            if renamed:  # search text and sort keys show the employee's name
                session.flush()
                refresh_search_text(session, complaints_showing(session, employee_id=employee_id))
            current = {r.role: r for r in employee.roles}
            for role in set(current) - set(data.roles):
                employee.roles.remove(current[role])
            for role in sorted(set(data.roles) - set(current)):
                employee.roles.append(EmployeeRole(role=role))
            session.flush()
            self._ensure_an_administrator_remains(session)
            return _employee_record(employee)

    @requires(Permission.MANAGE_EMPLOYEES)
    def set_employee_active(
        self, employee_id: int, active: bool, version: int | None = None
    ) -> EmployeeRecord:
        with self.writing(Permission.MANAGE_EMPLOYEES) as session:
            employee = self._employee(session, employee_id)
            check_version(employee.version, version)
            if not active and employee_id == self.user.employee_id:
                raise ServiceError("U kunt uw eigen account niet op inactief zetten.")
            employee.active = active
            session.flush()
            self._ensure_an_administrator_remains(session)
            return _employee_record(employee)

    def _employee(self, session: Session, employee_id: int) -> Employee:
        employee = session.get(Employee, employee_id)
        if employee is None:
            raise NotFound("Deze medewerker bestaat niet (meer).")
        return employee

    def _validated_employee(
        self, session: Session, data: EmployeeInput, employee_id: int | None
    ) -> dict[str, object]:
        checker = Checker()
        name = checker.text("name", data.name, EMPLOYEE_NAME, "Vul de naam in.")
        email = checker.check("email", check_email, data.email, "E-mailadres")
        phone = checker.check("phone", check_phone, data.phone, label="Telefoon")
        job_title = checker.text("job_title", data.job_title, JOB_TITLE)
        login = checker.check("login", _check_login, data.login)
        if login is not None:
            taken = session.scalar(
                select(Employee.id).where(
                    func.lower(Employee.login) == login, Employee.id != (employee_id or -1)
                )
            )
            if taken is not None:
                checker.fail("login", "Deze inlognaam is al van een andere medewerker.")
        if data.unit_id is not None:
            unit = session.get(OrgUnit, data.unit_id)
            if unit is None:
                checker.fail("unit_id", "Deze afdeling bestaat niet (meer).")
            elif not unit.active:
                current_unit = (
                    session.get_one(Employee, employee_id).unit_id if employee_id else None
                )
                if current_unit != unit.id:
                    checker.fail("unit_id", "Deze afdeling is niet meer actief.")
        checker.raise_if_any()
        return {
            "name": name,
            "email": email,
            "phone": phone,
            "job_title": job_title,
            "login": login,
            "unit_id": data.unit_id,
        }

    def _ensure_an_administrator_remains(self, session: Session) -> None:
        count = session.scalar(
            select(func.count())
            .select_from(Employee)
            .join(EmployeeRole)
            .where(Employee.active, EmployeeRole.role == Role.ADMINISTRATOR)
        )
        if not count:
            raise ServiceError("Er moet minstens één actieve beheerder blijven.")

    # ----- units -------------------------------------------------------------------------

    @requires(Permission.VIEW_EMPLOYEES)
    def list_units(self, *, include_inactive: bool = True) -> list[UnitRecord]:
        self.require(Permission.VIEW_EMPLOYEES)
        with self.reading() as session:
            counts = dict(
                session.execute(
                    select(Employee.unit_id, func.count())
                    .where(Employee.active, Employee.unit_id.is_not(None))
                    .group_by(Employee.unit_id)
                ).all()
            )
            query = (
                select(OrgUnit)
                .options(selectinload(OrgUnit.parent), selectinload(OrgUnit.manager))
                .order_by(func.lower(OrgUnit.name))
            )
            if not include_inactive:
                query = query.where(OrgUnit.active)
            return [self._unit_record(u, counts.get(u.id, 0)) for u in session.scalars(query)]

    @requires(Permission.VIEW_EMPLOYEES)
    def get_unit(self, unit_id: int) -> UnitRecord:
        self.require(Permission.VIEW_EMPLOYEES)
        with self.reading() as session:
            unit = self._unit(session, unit_id)
            return self._unit_record(unit, self._active_employees_in(session, unit_id))

    @requires(Permission.MANAGE_UNITS)
    def create_unit(self, data: UnitInput) -> UnitRecord:
        with self.writing(Permission.MANAGE_UNITS) as session:
            unit = OrgUnit(**self._validated_unit(session, data, unit_id=None))
            session.add(unit)
            session.flush()
            return self._unit_record(unit, 0)

    @requires(Permission.MANAGE_UNITS)
    def update_unit(self, unit_id: int, data: UnitInput, version: int | None = None) -> UnitRecord:
        with self.writing(Permission.MANAGE_UNITS) as session:
            unit = self._unit(session, unit_id)
            check_version(unit.version, version)
            for key, value in self._validated_unit(session, data, unit_id=unit_id).items():
                setattr(unit, key, value)
            session.flush()
            return self._unit_record(unit, self._active_employees_in(session, unit_id))

    @requires(Permission.MANAGE_UNITS)
    def set_unit_active(self, unit_id: int, active: bool, version: int | None = None) -> UnitRecord:
        with self.writing(Permission.MANAGE_UNITS) as session:
            unit = self._unit(session, unit_id)
            check_version(unit.version, version)
            employees = self._active_employees_in(session, unit_id)
            if not active:
                if employees:
                    raise ServiceError(
                        "Deze afdeling heeft nog "
                        f"{counted(employees, 'actieve medewerker', 'actieve medewerkers')}. "
                        "Plaats die eerst in een andere afdeling."
                    )
                children = session.scalar(
                    select(func.count()).where(OrgUnit.parent_id == unit_id, OrgUnit.active)
                )
                if children:
                    raise ServiceError(
                        "Deze afdeling heeft nog actieve onderdelen. Zet die eerst op inactief."
                    )
            unit.active = active
            session.flush()
            return self._unit_record(unit, employees)

    def _unit(self, session: Session, unit_id: int) -> OrgUnit:
        unit = session.get(OrgUnit, unit_id)
        if unit is None:
            raise NotFound("Deze afdeling bestaat niet (meer).")
        return unit

    @staticmethod
    def _active_employees_in(session: Session, unit_id: int) -> int:
        return int(
            session.scalar(select(func.count()).where(Employee.unit_id == unit_id, Employee.active))
            or 0
        )

    @staticmethod
    def _unit_record(unit: OrgUnit, employee_count: int) -> UnitRecord:
        return UnitRecord(
            id=unit.id,
            name=unit.name,
            kind=unit.kind,
            parent_id=unit.parent_id,
            parent_name=unit.parent.name if unit.parent else None,
            manager_id=unit.manager_id,
            manager_name=unit.manager.name if unit.manager else None,
            active=unit.active,
            version=unit.version,
            active_employee_count=employee_count,
        )

    def _validated_unit(
        self, session: Session, data: UnitInput, unit_id: int | None
    ) -> dict[str, object]:
        checker = Checker()
        name = checker.text("name", data.name, UNIT_NAME, "Vul de naam in.")
        if name is not None:
            taken = session.scalar(
                select(OrgUnit.id).where(
                    func.lower(OrgUnit.name) == name.lower(), OrgUnit.id != (unit_id or -1)
                )
            )
            if taken is not None:
                checker.fail("name", "Er is al een afdeling met deze naam.")
        try:
            kind = UnitKind(data.kind)
        except ValueError:
            checker.fail("kind", "Kies het soort afdeling.")
            kind = None
        if data.parent_id is not None:
            parent = session.get(OrgUnit, data.parent_id)
            if parent is None:
                checker.fail("parent_id", "Deze bovenliggende afdeling bestaat niet (meer).")
            elif unit_id is not None and self._is_within(parent, unit_id):
                checker.fail(
                    "parent_id",
                    "Een afdeling kan niet onder zichzelf of een eigen onderdeel vallen.",
                )
        if data.manager_id is not None:
            manager = session.get(Employee, data.manager_id)
            if manager is None or not manager.active:
                checker.fail("manager_id", "Kies een actieve medewerker als leidinggevende.")
        checker.raise_if_any()
        return {
            "name": name,
            "kind": kind,
            "parent_id": data.parent_id,
            "manager_id": data.manager_id,
        }

    @staticmethod
    def _is_within(unit: OrgUnit | None, ancestor_id: int) -> bool:
        seen: set[int] = set()
        while unit is not None and unit.id not in seen:
            if unit.id == ancestor_id:
                return True
            seen.add(unit.id)
            unit = unit.parent
        return False
