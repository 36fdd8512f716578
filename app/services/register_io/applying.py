"""Writing the planned rows: new complaints and people in batches, changes to existing ones."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    Complainant,
    Complaint,
    ComplaintEmployee,
    ComplaintSearch,
    Employee,
    HandlingReport,
    NumberSeries,
    RelatedDossier,
    StatusChange,
)
from app.models.enums import (
    Channel,
    ComplaintKind,
    ReportStatus,
    Role,
    Route,
    Status,
)
from app.models.reference import complaint_subject
from app.services.audit import record_bulk_inserts, record_inserted_rows, write_pending_audit
from app.services.bulk_insert import insert_rows, insert_rows_returning
from app.services.deadlines import (
    active_profile,
    closing_days,
    contact_due_date,
    decision_due_date,
)
from app.services.names import NameParts
from app.services.numbering import next_numbers
from app.services.register_io.planning import _Context, _NewRow, _Person, _PreparedRows
from app.services.register_io.reading import (
    _BATCH,
    _NUMBER,
    RowPlan,
    _cause,
    _people_key,
    _stored_parts,
    cause_cell,
    split_address,
)
from app.services.search import contact_search_parts, fold, search_row


def _complainant_values(values: dict[str, Any]) -> dict[str, Any]:
    street, house = split_address(values.get("Adres"))
    return {
        "name": values.get("Klager"),
        "street": street,
        "house_number": house,
        "postcode": values.get("Postcode"),
        "city": values.get("Woonplaats"),
        "phone_day": values.get("Telefoon"),
        "email": values.get("E-mail"),
    }


def _find_complainant(context: _Context, wanted: dict[str, Any]) -> _Person | None:
    """The same person already on record (``wanted``: ``_complainant_values`` of the row):
    the identical name, at least one shared contact detail (e-mail, phone, postcode) and
    none that contradicts it. A merely similar record stays separate; the coordinator can
    merge it later (as at intake)."""
    for person in context.people_sharing(wanted):
        conflicts = [
            key
            for key in ("email", "phone_day", "postcode", "street", "house_number", "city")
            if wanted[key] and getattr(person, key) and getattr(person, key) != wanted[key]
        ]
        if not conflicts:
            return person
    return None


def _prepare_new_rows(
    session: Session,
    plans: list[RowPlan],
    tick: Callable[[], None],
    name_choices: dict[int, NameParts] | None = None,
) -> _PreparedRows:
    """Work out the new rows in a read transaction: which complainant each row is (on
    record, or new — one new record for rows that name the same person), and the
    deadlines. What needs the write lock (numbers, ids) is left for ``_write_new_rows``."""
    context = _Context(employees={}, units={}, subjects={})
    profile = active_profile(session)
    closed = closing_days(session)
    context.load_people(session, [p.value("Klager") for p in plans])
    rows: list[_NewRow] = []
    people: list[_Person] = []
    # Counting working days walks the calendar; many rows share a date received.
    contact_dues: dict[date, date] = {}
    for plan in plans:
        values = plan.values
        person = None
        wanted = _complainant_values(values)
        if any(wanted.values()):
            person = _find_complainant(context, wanted)
            if person is None:
                person = _Person(id=None, **wanted)
                person.parts = (name_choices or {}).get(plan.row)
                people.append(person)
                context.add_person(person)
        kind = values.get("Soort") or ComplaintKind.COMPLAINT
        received = values["Datum ontvangst"]
        contact_due = decision_due = None
        if kind == ComplaintKind.COMPLAINT:
            contact_due = contact_dues.get(received)
            if contact_due is None:
                contact_due = contact_dues[received] = contact_due_date(received, profile, closed)
            decision_due = decision_due_date(received, profile)
        rows.append(_NewRow(plan, person, contact_due, decision_due))
        tick()
    return _PreparedRows(rows, people, profile.id)


def _insert_new_people(session: Session, people: list[_Person]) -> None:
    """Write the new complainants and give each its id. SQLite cannot return ids in the
    order of a multi-row INSERT, so they are matched on the values: two new people with
    identical details are interchangeable."""
    table = Complainant.__table__
    connection = session.connection()
    for start in range(0, len(people), _BATCH):
        chunk = people[start : start + _BATCH]
        returned: dict[tuple[Any, ...], list[int]] = {}
        inserted = [
            {name: getattr(p, name) for name in _PERSON_FIELDS} | name_columns(p.name, p.parts)
            for p in chunk
        ]
        for row_id, *values in insert_rows_returning(
            connection, table, inserted, ("id", *_PERSON_FIELDS)
        ):
            returned.setdefault(tuple(values), []).append(row_id)
        for person, person_row in zip(chunk, inserted, strict=True):
            person.id = returned[tuple(getattr(person, name) for name in _PERSON_FIELDS)].pop()
            person_row["id"] = person.id
        record_inserted_rows(session, Complainant, inserted)
        write_pending_audit(session)


def _write_new_rows(session: Session, context: _Context, prepared: _PreparedRows) -> list[int]:
    """Write the new rows with a few bulk INSERTs per 500 rows, audited; their ids.

    The INSERTs go to the tables (Core), not the mapped classes: the ORM's bulk path sends
    a versioned row (``version_id_col``) as one statement per row and splices the RETURNING
    results together each time, which made a 10,000-row import quadratic."""
    rows = prepared.rows
    # The people and subjects the rows name: created through the ORM (a few, audited by
    # the flush), so their ids are known before the rows are written.
    for row in rows:
        _employees_of(session, context, row.plan)
        if row.plan.value("Behandelaar"):
            context.employee(session, row.plan.value("Behandelaar"), None, Role.HANDLER)
        for name in row.plan.value("Onderwerp") or ():
            context.subject(session, name)
    session.flush()
    _insert_new_people(session, [p for p in prepared.people if p.id is None])
    numbers = _numbers_for(session, rows)
    written: list[int] = []
    now = datetime.now().astimezone()
    table = Complaint.__table__
    connection = session.connection()
    for start in range(0, len(rows), _BATCH):
        chunk = rows[start : start + _BATCH]
        complaints = [
            _complaint_row(context, row, number, prepared.profile_id)
            for row, number in zip(chunk, numbers[start : start + _BATCH], strict=True)
        ]
        returned = insert_rows_returning(connection, table, complaints, ("number", "id"))
        id_of: dict[str, int] = dict(returned)
        ids = [id_of[c["number"]] for c in complaints]
        changes: list[dict[str, Any]] = []
        employees: list[dict[str, Any]] = []
        dossiers: list[dict[str, Any]] = []
        links: list[dict[str, Any]] = []
        reports: list[dict[str, Any]] = []
        search: list[dict[str, Any]] = []
        subject_links: dict[int, dict[str, Any]] = {}
        for row, complaint, complaint_id in zip(chunk, complaints, ids, strict=True):
            plan = row.plan
            changes.append(
                {
                    "complaint_id": complaint_id,
                    "from_status": None,
                    "to_status": complaint["status"],
                    "reason": "overgenomen uit het oude register",
                }
            )
            concerned = list(dict.fromkeys(_employees_of(session, context, plan)))
            employees.extend({"complaint_id": complaint_id, "employee_id": e.id} for e in concerned)
            dossiers.extend(
                {"complaint_id": complaint_id, "dossier_number": d}
                for d in dict.fromkeys(plan.value("Dossiernummer") or ())
            )
            subjects = list(
                dict.fromkeys(context.subject(session, s) for s in plan.value("Onderwerp") or ())
            )
            links.extend({"complaint_id": complaint_id, "subject_id": s.id} for s in subjects)
            if subjects:
                subject_links[complaint_id] = {
                    "subjects": {"added": [str(s.id) for s in subjects], "removed": []}
                }
            report = _report_row(plan, complaint, complaint_id, now)
            if report is not None:
                reports.append(report)
            handler = complaint["handler_id"]
            person = row.person
            contact = contact_search_parts(
                email=person.email if person else None,
                phones=(person.phone_day if person else None,),
                postcode=person.postcode if person else None,
                city=person.city if person else None,
                dossiers=sorted(set(plan.value("Dossiernummer") or ())),
            )
            search.append(
                search_row(
                    complaint_id,
                    complaint["number"],
                    complaint["description"],
                    person.name if person is not None else None,
                    context.employee_name(handler),
                    [e.name for e in concerned],
                    sorted((s.name for s in subjects), key=fold),
                    contact=contact,
                )
            )
        record_inserted_rows(
            session,
            Complaint,
            [c | {"id": i} for c, i in zip(complaints, ids, strict=True)],
            subject_links,
        )
        for model, records in (
            (StatusChange, changes),
            (ComplaintEmployee, employees),
            (RelatedDossier, dossiers),
            (HandlingReport, reports),
        ):
            if records:
                insert_rows(connection, model.__table__, records)
                record_bulk_inserts(session, model, model.complaint_id.in_(ids))
        if links:
            insert_rows(connection, complaint_subject, links)
        insert_rows(connection, ComplaintSearch.__table__, search)
        # Appended per chunk: about four events a row, each with all its fields, would
        # otherwise be held until the commit (a GB at 100,000 rows).
        write_pending_audit(session)
        written.extend(ids)
    return written


def name_columns(name: str | None, chosen: NameParts | None) -> dict[str, str | None]:
    """The name-part columns of an imported "Klager": the user's choice, else the split
    when it is certain, else the whole name as the surname."""
    parts = chosen if chosen is not None else _stored_parts(name)
    return {
        "initials": parts.initials,
        "first_name": parts.first_name,
        "infix": parts.infix,
        "surname": parts.surname,
    }


_PERSON_FIELDS = ("name", "street", "house_number", "postcode", "city", "phone_day", "email")


def _employees_of(session: Session, context: _Context, plan: RowPlan) -> list[Employee]:
    """The employees concerned, each with the unit the sheet names for them."""
    names = plan.value("Medewerker") or ()
    units_text = plan.value("Afdeling")
    # Keep empty places: "Team A; ; Team B" pairs with three employees.
    units = [u.strip() for u in units_text.split(";")] if units_text else []
    found = []
    for position, name in enumerate(names):
        # One unit for all, or one per employee in the same order.
        unit = (
            units[0] if len(units) == 1 else (units[position] if len(units) == len(names) else None)
        )
        found.append(context.employee(session, name, unit or None))
    return found


def _numbers_for(session: Session, rows: list[_NewRow]) -> list[str]:
    """The sheet's number, or the next free one in its series (in the order of the rows:
    by date received), reserved with one counter update per series and year."""
    needed: dict[tuple[ComplaintKind, int], int] = {}
    for row in rows:
        if not row.plan.number:
            key = (
                row.plan.value("Soort") or ComplaintKind.COMPLAINT,
                row.plan.value("Datum ontvangst").year,
            )
            needed[key] = needed.get(key, 0) + 1
    reserved = {
        key: iter(next_numbers(session, key[0], key[1], count)) for key, count in needed.items()
    }
    numbers = []
    for row in rows:
        if row.plan.number:
            numbers.append(row.plan.number)
        else:
            key = (
                row.plan.value("Soort") or ComplaintKind.COMPLAINT,
                row.plan.value("Datum ontvangst").year,
            )
            numbers.append(next(reserved[key]))
    return numbers


def _status_of(
    kind: str,
    route: str | None,
    closed_on: date | None,
    has_handler: bool,
    first_contact: date | None,
) -> tuple[Status, str | None]:
    """A historic complaint's status (and route) follows from its route and dates."""
    if kind == ComplaintKind.SIGNAL:
        return Status.REGISTERED, route
    if closed_on is not None:
        route = Route(route) if route else Route.INFORMAL
        return _END_STATUS[Route(route)], route
    if has_handler:
        return (Status.IN_PROGRESS if first_contact else Status.ASSIGNED), route
    return Status.REGISTERED, route


def _complaint_row(context: _Context, row: _NewRow, number: str, profile_id: int) -> dict[str, Any]:
    plan = row.plan
    kind = plan.value("Soort") or ComplaintKind.COMPLAINT
    handler_name = plan.value("Behandelaar")
    handler = context.employees[_people_key(handler_name)] if handler_name else None
    status, route = _status_of(
        kind,
        plan.value("Afhandeling"),
        plan.value("Datum afgehandeld"),
        handler is not None,
        plan.value("Datum eerste contact"),
    )
    return {
        "number": number,
        "kind": kind,
        "received_on": plan.value("Datum ontvangst"),
        "channel": plan.value("Kanaal") or Channel.POST,
        "description": plan.value("Omschrijving") or "",
        "complainant_id": row.person.id if row.person is not None else None,
        "handler_id": handler.id if handler is not None else None,
        "status": status,
        "route": route,
        "judgment": plan.value("Oordeel"),
        "historic": True,
        "regulation_profile_id": profile_id if kind == ComplaintKind.COMPLAINT else None,
        "contact_due": row.contact_due,
        "decision_due": row.decision_due,
        "first_contact_on": plan.value("Datum eerste contact"),
        "closed_on": plan.value("Datum afgehandeld"),
        "next_deadline": None,  # historic: deadlines computed, never flagged
    }


def _report_row(
    plan: RowPlan, complaint: dict[str, Any], complaint_id: int, now: datetime
) -> dict[str, Any] | None:
    """Annex 1 from the sheet's cause, remedy and improvement columns; it belongs to a
    handler, so without one the answers cannot be stored (as for an update)."""
    cause, remedy, points = (
        plan.value("Oorzaak"),
        plan.value("Herstelactie"),
        plan.value("Verbeterpunten"),
    )
    if not (cause or remedy or points) or complaint["handler_id"] is None:
        return None
    kind, text = _cause(cause) if cause else (None, None)
    return {
        "complaint_id": complaint_id,
        "handler_id": complaint["handler_id"],
        "status": ReportStatus.REVIEWED,
        "submitted_at": now,
        "description": complaint["description"],
        "judgment": complaint["judgment"],
        "cause_kind": kind,
        "cause_text": text,
        "remedial_action": remedy,
        "improvement_points": points,
    }


_END_STATUS = {
    Route.INFORMAL: Status.CLOSED,
    Route.FORMAL: Status.CLOSED,
    Route.REVIEW: Status.FORWARDED_FOR_REVIEW,
    Route.DECLINED: Status.DECLINED,
    Route.WITHDRAWN: Status.WITHDRAWN,
}


def _apply(
    session: Session, context: _Context, complaint: Complaint, values: dict[str, Any], *, new: bool
) -> None:
    """Put the sheet's values on the complaint; an empty cell never erases anything."""

    def given(column: str) -> bool:
        value = values.get(column)
        return value not in (None, "", [])

    if not new:
        for column, attribute in (
            ("Soort", "kind"),
            ("Datum ontvangst", "received_on"),
            ("Kanaal", "channel"),
            ("Omschrijving", "description"),
        ):
            if given(column):
                setattr(complaint, attribute, values[column])
        person_values = {k: v for k, v in _complainant_values(values).items() if v}
        if person_values.get("name"):
            person_values |= name_columns(person_values["name"], None)
        if person_values:
            if complaint.complainant is None:
                complaint.complainant = Complainant(**person_values)
            else:
                for key, value in person_values.items():
                    setattr(complaint.complainant, key, value)
    # Keep empty places: "Team A; ; Team B" pairs with three employees.
    units = (
        [u.strip() for u in (values.get("Afdeling") or "").split(";")] if given("Afdeling") else []
    )
    if given("Medewerker"):
        have = {id(c.employee) for c in complaint.employees_concerned if c.employee}
        names = values["Medewerker"]
        for position, name in enumerate(names):
            # One unit for all, or one per employee in the same order.
            unit = (
                units[0]
                if len(units) == 1
                else (units[position] if len(units) == len(names) else None)
            )
            employee = context.employee(session, name, unit)
            if id(employee) not in have:
                complaint.employees_concerned.append(ComplaintEmployee(employee=employee))
                have.add(id(employee))
    if given("Behandelaar"):
        complaint.handler = context.employee(session, values["Behandelaar"], None, Role.HANDLER)
    if given("Dossiernummer"):
        have_dossiers = {d.dossier_number for d in complaint.related_dossiers}
        complaint.related_dossiers.extend(
            RelatedDossier(dossier_number=d[:50])
            for d in values["Dossiernummer"]
            if d[:50] not in have_dossiers
        )
    if given("Onderwerp"):
        current = {s.name for s in complaint.subjects}
        complaint.subjects.extend(
            context.subject(session, s)
            for s in values["Onderwerp"]
            if context.subject(session, s).name not in current
        )
    if given("Afhandeling"):
        complaint.route = values["Afhandeling"]
    if given("Oordeel"):
        complaint.judgment = values["Oordeel"]
    if given("Datum eerste contact"):
        complaint.first_contact_on = values["Datum eerste contact"]
    if given("Datum afgehandeld"):
        complaint.closed_on = values["Datum afgehandeld"]
    _settle_status(complaint, new=new)
    if any(given(c) for c in ("Oorzaak", "Herstelactie", "Verbeterpunten")):
        _apply_report(session, complaint, values, new=new)


def _settle_status(complaint: Complaint, *, new: bool) -> None:
    """A historic complaint's status follows from its route and dates."""
    target, route = _status_of(
        complaint.kind,
        complaint.route,
        complaint.closed_on,
        complaint.handler_id is not None or complaint.handler is not None,
        complaint.first_contact_on,
    )
    if route != complaint.route:
        complaint.route = Route(route) if route is not None else None
    if new or complaint.status != target:
        complaint.status_changes.append(
            StatusChange(
                from_status=None if new else complaint.status,
                to_status=target,
                reason="overgenomen uit het oude register",
            )
        )
        complaint.status = target
    complaint.next_deadline = None  # historic: deadlines computed, never flagged


def _apply_report(
    session: Session, complaint: Complaint, values: dict[str, Any], *, new: bool
) -> None:
    report = None
    if not new:
        report = session.scalar(
            select(HandlingReport).where(HandlingReport.complaint_id == complaint.id)
        )
    if report is None:
        handler = complaint.handler
        if handler is None:
            return  # annex 1 belongs to a handler; without one the answers cannot be stored
        report = HandlingReport(
            complaint=complaint,
            handler=handler,
            status=ReportStatus.REVIEWED,
            submitted_at=datetime.now().astimezone(),
            description=complaint.description,
            judgment=complaint.judgment,
        )
        session.add(report)
    if values.get("Oorzaak"):
        kind, text = _cause(values["Oorzaak"])
        report.cause_kind = kind
        report.cause_text = text
    if values.get("Herstelactie"):
        report.remedial_action = values["Herstelactie"]
    if values.get("Verbeterpunten"):
        report.improvement_points = values["Verbeterpunten"]


def _changed_columns(complaint: Complaint, values: dict[str, Any], context: _Context) -> list[str]:
    """The columns whose (non-empty) sheet value differs from the complaint."""
    changed = []
    simple = {
        "Soort": complaint.kind,
        "Datum ontvangst": complaint.received_on,
        "Kanaal": complaint.channel,
        "Omschrijving": complaint.description,
        "Afhandeling": complaint.route,
        "Oordeel": complaint.judgment,
        "Datum eerste contact": complaint.first_contact_on,
        "Datum afgehandeld": complaint.closed_on,
    }
    for column, current in simple.items():
        value = values.get(column)
        if value not in (None, "") and value != current:
            changed.append(column)
    person = complaint.complainant
    for column, key in (
        ("Klager", "name"),
        ("Postcode", "postcode"),
        ("Woonplaats", "city"),
        ("Telefoon", "phone_day"),
        ("E-mail", "email"),
    ):
        value = values.get(column)
        if value and (person is None or getattr(person, key) != value):
            changed.append(column)
    if values.get("Adres"):
        street, house = split_address(values["Adres"])
        if person is None or (person.street, person.house_number) != (street, house):
            changed.append("Adres")
    names = {_people_key(c.employee.name) for c in complaint.employees_concerned if c.employee}
    if any(_people_key(n) not in names for n in values.get("Medewerker") or []):
        changed.append("Medewerker")
    if values.get("Behandelaar") and (
        complaint.handler is None
        or _people_key(complaint.handler.name) != _people_key(values["Behandelaar"])
    ):
        changed.append("Behandelaar")
    dossiers = {d.dossier_number for d in complaint.related_dossiers}
    if any(d not in dossiers for d in values.get("Dossiernummer") or []):
        changed.append("Dossiernummer")
    subjects = {_people_key(s.name) for s in complaint.subjects}
    if any(_people_key(s) not in subjects for s in values.get("Onderwerp") or []):
        changed.append("Onderwerp")
    report = context.report_of(complaint)
    current_cause = cause_cell(report.cause_kind, report.cause_text) if report else ""
    for column, current in (
        ("Oorzaak", current_cause),
        ("Herstelactie", report.remedial_action if report else None),
        ("Verbeterpunten", report.improvement_points if report else None),
    ):
        value = values.get(column)
        if value and value != current and _cause(value) != _cause(current or None):
            changed.append(column)
    return changed


def _bump_series(session: Session, numbers: list[str]) -> None:
    """Numbers taken from the sheet are used: new registrations continue after them."""
    highest: dict[tuple[str, int], int] = {}
    for number in numbers:
        match = _NUMBER.match(number)
        if match:
            key = (match.group(1), int(match.group(2)))
            highest[key] = max(highest.get(key, 0), int(match.group(3)))
    for (series, year), last in highest.items():
        row = session.get(NumberSeries, (series, year))
        if row is None:
            session.add(NumberSeries(series=series, year=year, last_number=last))
        elif row.last_number < last:
            row.last_number = last
