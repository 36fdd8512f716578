"""What one import looks up once and works out before it writes: people, units, numbers."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app.models import (
    Complainant,
    Complaint,
    ComplaintEmployee,
    Employee,
    EmployeeRole,
    HandlingReport,
    OrgUnit,
    SubjectCategory,
)
from app.models.enums import (
    Role,
    UnitKind,
)
from app.services.names import NameParts
from app.services.register_io.reading import _BATCH, RowPlan, _people_key

_SHARED_DETAILS = ("email", "phone_day", "postcode")


@dataclass(slots=True)
class _Person:
    """A complainant as the import compares them (id None: new, written with the rows)."""

    id: int | None
    name: str | None
    street: str | None
    house_number: str | None
    postcode: str | None
    city: str | None
    phone_day: str | None
    email: str | None
    parts: NameParts | None = None  # the user's choice for an uncertain name
    order: int = 0  # position among the people of the same name (earlier ones win)


@dataclass(slots=True)
class _NewRow:
    """A new row, worked out before the write transaction."""

    plan: RowPlan
    person: _Person | None
    contact_due: date | None
    decision_due: date | None


@dataclass
class _PreparedRows:
    rows: list[_NewRow]
    people: list[_Person]  # the new ones, in the order they are written
    profile_id: int


@dataclass
class _Context:
    """Lookups shared by all rows of one import (people, units, subjects, numbers)."""

    employees: dict[str, Employee]
    units: dict[str, OrgUnit]
    subjects: dict[str, SubjectCategory]
    new_employees: dict[str, str] = field(default_factory=dict)
    new_units: dict[str, str] = field(default_factory=dict)
    new_subjects: dict[str, str] = field(default_factory=dict)
    _complaints: dict[str, Complaint | None] = field(default_factory=dict)
    _fingerprints: dict[tuple[date, str], list[Complaint]] | None = None
    _reports: dict[int, HandlingReport] | None = None
    # How many people of each name were added (a person's ``order`` among them).
    _people: dict[str, int] = field(default_factory=dict)
    # The same people by (name, contact field, value): a row's candidates in one look-up,
    # not a scan of everyone with that name (a common name recurs thousands of times). A
    # key that one person has holds that person, not a list: a 100,000-row import adds
    # nearly as many people, each under three keys.
    _people_by_detail: dict[tuple[str, str, str], _Person | list[_Person]] = field(
        default_factory=dict
    )
    _names_by_id: dict[int, str] | None = None
    created_employees: set[str] = field(default_factory=set)

    @classmethod
    def load(cls, session: Session) -> _Context:
        return cls(
            employees={_people_key(e.name): e for e in session.scalars(select(Employee))},
            units={_people_key(u.name): u for u in session.scalars(select(OrgUnit))},
            subjects={_people_key(s.name): s for s in session.scalars(select(SubjectCategory))},
        )

    def prefetch(self, session: Session, rows: list[dict[str, Any]]) -> None:
        """Load the complaints a batch of rows refers to (by number, or by date and
        description), with what the comparison reads, in a few queries. The previous
        batch's complaints are let go: memory holds one batch, not the register."""
        self._complaints = {}
        self._fingerprints = {}
        self._reports = {}
        numbers = sorted({v["Nummer"] for v in rows if v.get("Nummer")})
        pairs = {
            (v["Datum ontvangst"], v["Omschrijving"])
            for v in rows
            if not v.get("Nummer") and v.get("Datum ontvangst") and v.get("Omschrijving")
        }
        options = (
            selectinload(Complaint.complainant),
            selectinload(Complaint.handler),
            selectinload(Complaint.employees_concerned).selectinload(ComplaintEmployee.employee),
            selectinload(Complaint.related_dossiers),
            selectinload(Complaint.subjects),
        )
        found: list[Complaint] = []
        if numbers:
            found.extend(
                session.scalars(
                    select(Complaint).where(Complaint.number.in_(numbers)).options(*options)
                )
            )
            self._complaints = dict.fromkeys(numbers)
            self._complaints.update({c.number: c for c in found})
        if pairs:
            dates = sorted({d for d, _text in pairs})
            texts = sorted({t for _date, t in pairs})
            for complaint in session.scalars(
                select(Complaint)
                .where(Complaint.received_on.in_(dates), Complaint.description.in_(texts))
                .order_by(Complaint.id)
                .options(*options)
            ):
                key = (complaint.received_on, complaint.description)
                if key in pairs:
                    self._fingerprints.setdefault(key, []).append(complaint)
                    found.append(complaint)
        ids = [c.id for c in found]
        for start in range(0, len(ids), _BATCH):
            for report in session.scalars(
                select(HandlingReport).where(
                    HandlingReport.complaint_id.in_(ids[start : start + _BATCH])
                )
            ):
                self._reports[report.complaint_id] = report

    def complaint_by_number(self, session: Session, number: str | None) -> Complaint | None:
        if not number:
            return None
        if number not in self._complaints:
            self._complaints[number] = session.scalar(
                select(Complaint)
                .where(func.upper(Complaint.number) == number.upper())
                .options(
                    selectinload(Complaint.employees_concerned),
                    selectinload(Complaint.related_dossiers),
                    selectinload(Complaint.subjects),
                )
            )
        return self._complaints[number]

    def complaint_by_fingerprint(
        self, session: Session, received: date | None, description: str | None, name: str | None
    ) -> Complaint | None:
        if received is None or not description:
            return None
        if self._fingerprints is not None:
            candidates = self._fingerprints.get((received, description), [])
        else:
            candidates = list(
                session.scalars(
                    select(Complaint)
                    .where(Complaint.received_on == received, Complaint.description == description)
                    .order_by(Complaint.id)
                )
            )
        for complaint in candidates:
            person = complaint.complainant
            if (person.name if person else None) == name:
                self._complaints[complaint.number] = complaint
                return complaint
        return None

    def load_people(self, session: Session, names: Iterable[str | None]) -> None:
        """The complainants already on record under the names the sheet uses (as compact
        records: a sheet of 100,000 rows must not load 100,000 ORM objects)."""
        table = Complainant.__table__
        wanted = sorted({n for n in names if n})
        for start in range(0, len(wanted), _BATCH):
            for row in session.execute(
                select(
                    table.c.id,
                    table.c.name,
                    table.c.street,
                    table.c.house_number,
                    table.c.postcode,
                    table.c.city,
                    table.c.phone_day,
                    table.c.email,
                ).where(
                    table.c.name.in_(wanted[start : start + _BATCH]),
                    table.c.merged_into_id.is_(None),
                )
            ):
                self.add_person(_Person(*row))

    def add_person(self, person: _Person) -> None:
        name = person.name or ""
        person.order = self._people.get(name, 0)
        self._people[name] = person.order + 1
        by_detail = self._people_by_detail
        for key in _SHARED_DETAILS:
            value = getattr(person, key)
            if value:
                detail = (name, key, value)
                found = by_detail.get(detail)
                if found is None:
                    by_detail[detail] = person
                elif isinstance(found, list):
                    found.append(person)
                else:
                    by_detail[detail] = [found, person]

    def people_sharing(self, wanted: dict[str, Any]) -> list[_Person]:
        """The people with the wanted name who share at least one contact detail with it,
        in the order they were added."""
        name = wanted["name"] or ""
        found: dict[int, _Person] = {}
        for key in _SHARED_DETAILS:
            if wanted[key]:
                people = self._people_by_detail.get((name, key, wanted[key]), ())
                for person in people if isinstance(people, list | tuple) else (people,):
                    found[id(person)] = person
        return sorted(found.values(), key=lambda p: p.order)

    def report_of(self, complaint: Complaint) -> HandlingReport | None:
        if self._reports is not None:
            return self._reports.get(complaint.id)
        session = Session.object_session(complaint)
        if session is None:
            return None
        return session.scalar(
            select(HandlingReport).where(HandlingReport.complaint_id == complaint.id)
        )

    def employee_name(self, employee_id: int | None) -> str | None:
        if employee_id is None:
            return None
        if self._names_by_id is None or employee_id not in self._names_by_id:
            self._names_by_id = {e.id: e.name for e in self.employees.values()}
        return self._names_by_id.get(employee_id)

    def note_employee(self, name: str) -> None:
        if _people_key(name) not in self.employees:
            self.new_employees[_people_key(name)] = " ".join(name.split())

    def note_unit(self, name: str) -> None:
        if _people_key(name) not in self.units:
            self.new_units[_people_key(name)] = " ".join(name.split())

    def note_subject(self, name: str) -> None:
        if _people_key(name) not in self.subjects:
            self.new_subjects[_people_key(name)] = " ".join(name.split())

    def unit(self, session: Session, name: str) -> OrgUnit:
        key = _people_key(name)
        if key not in self.units:
            self.units[key] = OrgUnit(name=" ".join(name.split()), kind=UnitKind.TEAM)
            session.add(self.units[key])
        return self.units[key]

    def employee(
        self, session: Session, name: str, unit: str | None, role: Role | None = None
    ) -> Employee:
        key = _people_key(name)
        if key not in self.employees:
            employee = Employee(name=" ".join(name.split()))
            if unit:
                employee.unit = self.unit(session, unit)
            self.employees[key] = employee
            self.created_employees.add(key)
            session.add(employee)
        employee = self.employees[key]
        # An employee this import created gets the unit the sheet names for them.
        if unit and employee.unit is None and key in self.created_employees:
            employee.unit = self.unit(session, unit)
        if role is not None and role not in {r.role for r in employee.roles}:
            employee.roles.append(EmployeeRole(role=role))
        return employee

    def subject(self, session: Session, name: str) -> SubjectCategory:
        key = _people_key(name)
        if key not in self.subjects:
            self.subjects[key] = SubjectCategory(name=" ".join(name.split()))
            session.add(self.subjects[key])
        return self.subjects[key]
