"""Rights in the PostgreSQL database itself (``interne-klachten database roles``): what a
login may read and change with any SQL client, and that the program still works for it."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from app.cli import main
from app.db import Database
from app.models import Base
from app.models.enums import NoteChannel, Role, Status, UnitKind
from app.services.complainants import ComplainantData
from app.services.complaints import ComplaintService, NoteInput
from app.services.database_roles import (
    ANONYMISED_VIEW,
    APPEND_ONLY,
    ROW_RULES,
    TABLE_GRANTS,
    apply_database_roles,
    group_names,
    group_prefix,
    sees_whole_audit_trail,
)
from app.services.errors import NotFound, PermissionDenied
from app.services.identity import load_current_user
from app.services.intake import ConcernedEmployee, IntakeData, IntakeService
from app.services.learning import HandlingReportService, ReportAnswers
from app.services.organisation import EmployeeInput, OrganisationService, UnitInput
from app.services.permissions import CurrentUser
from app.services.register import RegisterService
from app.services.tasks import TaskService
from app.services.workflow import WorkflowService

postgresql_only = pytest.mark.postgresql_only

NOTE = "Klager gebeld, verhaal aangehoord en afgesproken dat we vrijdag terugbellen."


# ----- the rules themselves (no database needed) ---------------------------------------------


def test_every_table_of_the_schema_has_its_rights_declared() -> None:
    tables = set(Base.metadata.tables) | {"alembic_version"}
    assert tables - set(TABLE_GRANTS) == set(), "add the new table to TABLE_GRANTS"
    assert set(ROW_RULES) | set(APPEND_ONLY) <= set(TABLE_GRANTS)


@pytest.mark.parametrize("table", sorted(APPEND_ONLY))
def test_no_group_may_change_or_remove_an_append_only_table(table: str) -> None:
    for role, privileges in TABLE_GRANTS[table].items():
        assert privileges <= {"SELECT", "INSERT"}, role


def test_staff_and_management_get_no_table_with_personal_data() -> None:
    personal = {
        "complainant",
        "complainant_reference",
        "complaint",
        "complaint_employee",
        "contact_note",
        "attachment",
        "document",
        "feedback_card",
        "handling_report",
        "complaint_search",
        "complaint_part",
        "promise",
        "related_dossier",
        "status_change",
    }
    for table in personal:
        assert Role.STAFF not in TABLE_GRANTS[table], table
        assert Role.MANAGEMENT not in TABLE_GRANTS[table], table


def test_group_names_are_per_database_and_fit_in_a_role_name() -> None:
    assert group_names("klachten")[Role.HANDLER] == "ik_klachten_handler"
    assert group_prefix("Klachten Noord-2") == "ik_klachten_noord_2"
    long_a, long_b = "register_" + "a" * 80, "register_" + "a" * 79 + "b"
    for name in (long_a, long_b):
        assert all(len(g.encode()) <= 63 for g in group_names(name).values())
    assert group_prefix(long_a) != group_prefix(long_b)


def test_database_roles_on_sqlite_says_it_is_for_postgresql_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "enkel.db"
    assert main(["--db", f"sqlite:///{file}", "database", "roles"]) == 2
    assert "PostgreSQL" in capsys.readouterr().err
    assert not file.exists()


# ----- a register with people and complaints, and the rights applied -----------------------


@dataclass
class Register:
    db: Database
    url: str
    logins: dict[str, str]  # key → login
    employee_ids: dict[str, int]
    complaint_a: int  # handled by handler_a
    complaint_b: int  # handled by handler_b
    complainant_a: int
    complainant_b: int


PEOPLE = {
    "coordinator": ("Proef Coördinator", {Role.COORDINATOR}),
    "secretariat": ("Proef Secretariaat", {Role.SECRETARIAT}),
    "handler_a": ("Proef Behandelaar Anna", {Role.HANDLER}),
    "handler_b": ("Proef Behandelaar Bram", {Role.HANDLER}),
    "management": ("Proef Directeur", {Role.MANAGEMENT}),
    "staff": ("Proef Medewerker", {Role.STAFF}),
    "administrator": ("Proef Beheerder", {Role.ADMINISTRATOR}),
    "concerned": ("Proef Betrokkene", {Role.STAFF}),
}


def _drop_roles(admin_url: str, names: list[str]) -> None:
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            for name in names:
                exists = connection.execute(
                    text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}
                ).scalar()
                if exists:
                    quoted = connection.dialect.identifier_preparer.quote_identifier(name)
                    connection.execute(text(f"DROP OWNED BY {quoted}"))
                    connection.execute(text(f"DROP ROLE {quoted}"))
    finally:
        engine.dispose()


@pytest.fixture
def register(db: Database, admin: CurrentUser, database_url: str) -> Iterator[Register]:
    tag = uuid.uuid4().hex[:6]
    org = OrganisationService(db, admin)
    unit = org.create_unit(UnitInput(name="Team Proefzaken", kind=UnitKind.TEAM)).id
    logins: dict[str, str] = {}
    ids: dict[str, int] = {}
    for key, (name, roles) in PEOPLE.items():
        logins[key] = f"{key.replace('_', '-')}-{tag}"
        ids[key] = org.create_employee(
            EmployeeInput(name=name, login=logins[key], roles=frozenset(roles), unit_id=unit)
        ).id
    intake, workflow = IntakeService(db, admin), WorkflowService(db, admin)
    made = []
    for complainant, handler in (
        (ComplainantData(name="Proefklager Alfa", email="alfa@example.com"), "handler_a"),
        (ComplainantData(name="Proefklager Beta", email="beta@example.com"), "handler_b"),
    ):
        complaint = intake.register(
            IntakeData(
                description="de medewerker mij niet terugbelde zoals beloofd.",
                complainant=complainant,
                received_on=date(2026, 4, 24),
                employees_concerned=(ConcernedEmployee(ids["concerned"]),),
            ),
            today=date(2026, 4, 24),
        ).complaint_id
        workflow.assign(complaint, ids[handler])
        made.append(complaint)
    details = [ComplaintService(db, admin).detail(c) for c in made]
    apply_database_roles(db)
    yield Register(
        db,
        database_url,
        logins,
        ids,
        made[0],
        made[1],
        details[0].complainant_id,
        details[1].complainant_id,
    )
    with db.engine.connect() as connection:
        name = str(connection.execute(text("SELECT current_database()")).scalar_one())
    db.dispose()
    _drop_roles(
        database_url,
        [*logins.values(), admin.login, *group_names(name).values()],
    )


@pytest.fixture
def sql_as(register: Register) -> Iterator[Callable[[str], Engine]]:
    """A raw SQL connection as one of the register's logins (the test server trusts every
    local login, so no password)."""
    engines: list[Engine] = []

    def connect(key: str) -> Engine:
        url = make_url(register.url).set(username=register.logins[key], password=None)
        engine = create_engine(url)
        engines.append(engine)
        return engine

    yield connect
    for engine in engines:
        engine.dispose()


@pytest.fixture
def db_as(register: Register) -> Iterator[Callable[[str], tuple[Database, CurrentUser]]]:
    """The program's own database access as one of the register's logins."""
    opened: list[Database] = []

    def open_as(key: str) -> tuple[Database, CurrentUser]:
        url = make_url(register.url).set(username=register.logins[key], password=None)
        db = Database(url)
        opened.append(db)
        user = load_current_user(db)
        assert user is not None
        assert user.login == register.logins[key]
        return db, user

    yield open_as
    for db in opened:
        db.dispose()


def _denied(error: pytest.ExceptionInfo[DBAPIError]) -> bool:
    return isinstance(error.value.orig, psycopg.errors.InsufficientPrivilege)


def _rows(engine: Engine, sql: str, **params: object) -> list[tuple[object, ...]]:
    with engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(sql), params)]


# ----- what raw SQL is refused ---------------------------------------------------------------


@postgresql_only
def test_a_handler_login_cannot_read_another_handlers_complainant(
    register: Register, sql_as: Callable[[str], Engine]
) -> None:
    handler = sql_as("handler_a")
    assert _rows(handler, "SELECT id, name FROM complainant") == [
        (register.complainant_a, "Proefklager Alfa")
    ]
    assert (
        _rows(handler, "SELECT name FROM complainant WHERE id = :id", id=register.complainant_b)
        == []
    )
    assert _rows(handler, "SELECT id FROM complaint") == [(register.complaint_a,)]
    assert _rows(
        handler,
        "SELECT count(*) FROM complaint_search WHERE complaint_id = :id",
        id=register.complaint_b,
    ) == [(0,)]
    # Nor change another's complaint unseen, nor any complainant.
    with handler.begin() as connection:
        changed = connection.execute(
            text("UPDATE complaint SET description = 'Overschreven' WHERE id = :id"),
            {"id": register.complaint_b},
        ).rowcount
    assert changed == 0
    with pytest.raises(DBAPIError) as refused, handler.begin() as connection:
        connection.execute(text("UPDATE complainant SET name = 'Overschreven'"))
    assert _denied(refused)
    # The other handler, and the coordinator, see their own / everything.
    assert _rows(sql_as("handler_b"), "SELECT id FROM complainant") == [(register.complainant_b,)]
    assert len(_rows(sql_as("coordinator"), "SELECT id FROM complainant")) == 2


@postgresql_only
@pytest.mark.parametrize("who", ["staff", "management"])
def test_staff_and_management_cannot_read_personal_data_but_read_the_anonymised_view(
    who: str, register: Register, sql_as: Callable[[str], Engine]
) -> None:
    engine = sql_as(who)
    for table in ("complainant", "complaint", "contact_note", "attachment", "complaint_search"):
        with pytest.raises(DBAPIError) as refused:
            _rows(engine, f"SELECT * FROM {table}")
        assert _denied(refused), table
    with engine.connect() as connection:
        result = connection.execute(text(f"SELECT * FROM {ANONYMISED_VIEW} ORDER BY number"))
        columns, rows = list(result.keys()), result.all()
    assert len(rows) == 2
    assert {"number", "received_month", "units", "subjects", "route", "outcome"} <= set(columns)
    for forbidden in ("description", "complainant_id", "name", "email", "handler_id"):
        assert forbidden not in columns
    assert rows[0].received_month == "2026-04"
    assert rows[0].units == "Team Proefzaken"
    shown = repr(rows)
    assert "Proefklager" not in shown
    assert "example.com" not in shown


@postgresql_only
def test_staff_see_only_their_own_employee_record(
    register: Register, sql_as: Callable[[str], Engine]
) -> None:
    assert _rows(sql_as("staff"), "SELECT id FROM employee") == [(register.employee_ids["staff"],)]
    assert len(_rows(sql_as("handler_a"), "SELECT id FROM employee")) > 1


@postgresql_only
@pytest.mark.parametrize("who", list(PEOPLE))
def test_nobody_can_change_or_remove_an_audit_event(
    who: str, register: Register, sql_as: Callable[[str], Engine]
) -> None:
    engine = sql_as(who)
    for statement in (
        "UPDATE audit_event SET reason = 'weg' WHERE seq = 1",
        "DELETE FROM audit_event WHERE seq = 1",
        "TRUNCATE audit_event",
    ):
        with pytest.raises(DBAPIError) as refused, engine.begin() as connection:
            connection.execute(text(statement))
        assert _denied(refused), statement
    with register.db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM audit_event")).scalar_one() > 0


@postgresql_only
def test_an_audit_event_cannot_be_appended_in_another_persons_name(
    register: Register, sql_as: Callable[[str], Engine]
) -> None:
    forged = (
        "INSERT INTO audit_event (seq, at, actor_login, entity, action, prev_hash, hash) "
        "VALUES (999999, now(), :actor, 'Complaint', 'update', :h, :h2)"
    )
    with pytest.raises(DBAPIError) as refused, sql_as("handler_a").begin() as connection:
        connection.execute(
            text(forged), {"actor": register.logins["coordinator"], "h": "0" * 64, "h2": "1" * 64}
        )
    assert _denied(refused)


@postgresql_only
def test_running_database_roles_twice_changes_nothing(register: Register) -> None:
    again = apply_database_roles(register.db)
    assert not again.changed
    assert (again.created_groups, again.created_logins, again.granted, again.revoked) == (
        [],
        [],
        [],
        [],
    )
    assert "Niets gewijzigd" in again.text()


@postgresql_only
def test_logins_follow_the_employees_roles_and_activity(
    register: Register, admin: CurrentUser, sql_as: Callable[[str], Engine]
) -> None:
    org = OrganisationService(register.db, admin)
    groups = _groups_of(register)
    handler_id = register.employee_ids["handler_b"]
    record = org.get_employee(handler_id)
    org.update_employee(
        handler_id,
        EmployeeInput(
            name=record.name,
            login=register.logins["handler_b"],
            roles=frozenset({Role.STAFF}),
            unit_id=record.unit_id,
        ),
        version=record.version,
    )
    org.set_employee_active(register.employee_ids["management"], False)
    result = apply_database_roles(register.db)
    login_b, login_mt = register.logins["handler_b"], register.logins["management"]
    assert (login_b, groups[Role.HANDLER]) in result.revoked
    assert (login_b, groups[Role.STAFF]) in result.granted
    assert login_mt in result.disabled_logins
    with pytest.raises(DBAPIError) as refused:
        _rows(sql_as("handler_b"), "SELECT id FROM complainant")
    assert _denied(refused)
    with pytest.raises(DBAPIError):  # the login itself is refused now
        _rows(sql_as("management"), "SELECT 1")
    org.set_employee_active(register.employee_ids["management"], True)
    assert login_mt in apply_database_roles(register.db).enabled_logins
    assert _rows(sql_as("management"), f"SELECT count(*) FROM {ANONYMISED_VIEW}") == [(2,)]


def _groups_of(register: Register) -> dict[Role, str]:
    with register.db.engine.connect() as connection:
        return group_names(str(connection.execute(text("SELECT current_database()")).scalar_one()))


@postgresql_only
def test_the_command_line_sets_up_the_roles(
    register: Register, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", register.url, "database", "roles"]) == 0
    assert "Niets gewijzigd" in capsys.readouterr().out


@postgresql_only
@pytest.mark.parametrize("who", ["coordinator", "handler_a"])
def test_a_login_without_createrole_is_told_so_without_a_false_audit_warning(
    who: str, register: Register, capsys: pytest.CaptureFixture[str]
) -> None:
    url = make_url(register.url).set(username=register.logins[who], password=None)
    assert main(["--db", url.render_as_string(hide_password=False), "database", "roles"]) == 1
    err = capsys.readouterr().err
    assert "CREATEROLE" in err
    # A handler reads only part of the audit trail: the start-up check must not call
    # the trail broken because of that.
    assert "Waarschuwing" not in err


# ----- the program still works as each login -------------------------------------------------


@postgresql_only
def test_a_handler_login_handles_their_own_complaint_in_the_program(
    register: Register, db_as: Callable[[str], tuple[Database, CurrentUser]]
) -> None:
    db, handler = db_as("handler_a")
    complaints = ComplaintService(db, handler)
    detail = complaints.detail(register.complaint_a)
    assert detail.complainant.name == "Proefklager Alfa"
    complaints.add_note(
        register.complaint_a,
        NoteInput(datetime(2026, 4, 27, 10, tzinfo=UTC), NoteChannel.PHONE, "klager", NOTE),
    )
    workflow = WorkflowService(db, handler)
    workflow.record_first_contact(
        register.complaint_a, datetime(2026, 4, 28, 9, 30, tzinfo=UTC), NoteChannel.PHONE, NOTE
    )
    promise = workflow.add_promise(
        register.complaint_a,
        "U hoort vrijdag van ons.",
        date(2026, 5, 8),
        made_on=date(2026, 4, 28),
    )
    workflow.keep_promise(promise, date(2026, 5, 7))
    workflow.resolve_informally(register.complaint_a, confirmed_on=date(2026, 5, 7))
    workflow.record_manager_copy(register.complaint_a, at_start=False, on=date(2026, 5, 8))
    workflow.close(register.complaint_a, on=date(2026, 5, 8))
    HandlingReportService(db, handler).save_draft(
        register.complaint_a,
        ReportAnswers(cause_text="Terugbelverzoek niet doorgegeven."),
        version=None,
    )
    assert complaints.detail(register.complaint_a).status == Status.CLOSED
    history = complaints.history(register.complaint_a)
    assert len(history) >= 8
    assert "Proef Behandelaar Anna" in {h.who for h in history}
    rows = RegisterService(db, handler).page()
    assert [r.id for r in rows] == [register.complaint_a]
    TaskService(db, handler).items(today=date(2026, 5, 8))
    # Another handler's complaint does not exist for this login, in the program too.
    with pytest.raises((NotFound, PermissionDenied)):
        complaints.detail(register.complaint_b)
    # The start-up check of the audit trail is for logins that read all of it.
    assert not sees_whole_audit_trail(db)


@postgresql_only
@pytest.mark.parametrize("who", ["coordinator", "secretariat"])
def test_coordinator_and_secretariat_logins_register_and_read_everything(
    who: str, register: Register, db_as: Callable[[str], tuple[Database, CurrentUser]]
) -> None:
    db, user = db_as(who)
    made = IntakeService(db, user).register(
        IntakeData(
            description="ik drie weken op een antwoord op mijn brief heb gewacht.",
            complainant=ComplainantData(name="Proefklager Gamma", email="gamma@example.com"),
            received_on=date(2026, 5, 4),
        ),
        today=date(2026, 5, 4),
    )
    assert made.number.startswith("IK-2026-")
    if who == "coordinator":
        WorkflowService(db, user).assign(made.complaint_id, register.employee_ids["handler_b"])
    assert RegisterService(db, user).count() == 3
    detail = ComplaintService(db, user).detail(register.complaint_b)
    assert detail.complainant.name == "Proefklager Beta"
    TaskService(db, user).items(today=date(2026, 5, 4))
    assert sees_whole_audit_trail(db)


@postgresql_only
def test_a_management_login_opens_its_tasks_and_the_proposals(
    register: Register, db_as: Callable[[str], tuple[Database, CurrentUser]]
) -> None:
    from app.services.learning import ImprovementService

    db, management = db_as("management")
    assert TaskService(db, management).items(today=date(2026, 5, 4)) == []
    assert ImprovementService(db, management).proposals() == []


@postgresql_only
def test_an_administrator_login_manages_employees_and_verifies_the_trail(
    register: Register, db_as: Callable[[str], tuple[Database, CurrentUser]]
) -> None:
    from app.services.verify import VerifyService

    db, administrator = db_as("administrator")
    org = OrganisationService(db, administrator)
    record = org.get_employee(register.employee_ids["concerned"])
    org.update_employee(
        record.id,
        EmployeeInput(
            name="Proef Hernoemd",
            login=record.login,
            roles=frozenset(record.roles),
            unit_id=record.unit_id,
        ),
        version=record.version,
    )
    assert VerifyService(db, administrator).verify().ok


@postgresql_only
def test_an_owner_with_createrole_and_no_superuser_rights_sets_up_the_register(
    empty_database_url: str, postgres_admin_url: str
) -> None:
    from app.migrate import upgrade_database
    from app.services.identity import set_up_first_use

    tag = uuid.uuid4().hex[:6]
    owner, personal, outsider = f"eigenaar-{tag}", f"coordinator-{tag}", f"buitenstaander-{tag}"
    url = make_url(empty_database_url)
    admin = create_engine(postgres_admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE ROLE "{owner}" LOGIN CREATEROLE'))
        connection.execute(text(f'CREATE ROLE "{outsider}" LOGIN'))
        connection.execute(text(f'ALTER DATABASE "{url.database}" OWNER TO "{owner}"'))
    opened: list[Database] = []
    try:
        db = Database(url.set(username=owner))
        opened.append(db)
        upgrade_database(db)
        set_up_first_use(
            db, organisation_name="Proeforganisatie", user_name="Proef Coördinator", login=personal
        )
        result = apply_database_roles(db)
        assert len(result.created_groups) == 6
        assert result.created_logins == [personal]
        assert not apply_database_roles(db).changed
        as_coordinator = Database(url.set(username=personal))
        opened.append(as_coordinator)
        user = load_current_user(as_coordinator)
        assert user is not None
        assert user.roles == {Role.ADMINISTRATOR, Role.COORDINATOR}
        assert RegisterService(as_coordinator, user).count() == 0
        # A login that is in none of this register's groups may not even connect.
        stranger = create_engine(url.set(username=outsider))
        try:
            with pytest.raises(DBAPIError) as refused, stranger.connect():
                pass
            assert "CONNECT privilege" in str(refused.value.orig)
        finally:
            stranger.dispose()
    finally:
        for db in opened:
            db.dispose()
        with admin.connect() as connection:
            connection.execute(text(f'ALTER DATABASE "{url.database}" OWNER TO CURRENT_USER'))
        admin.dispose()
        _drop_roles(
            empty_database_url,
            [owner, personal, outsider, *group_names(str(url.database)).values()],
        )


@postgresql_only
def test_a_login_the_dba_made_is_used_and_never_disabled(
    register: Register, admin: CurrentUser
) -> None:
    login = f"dba-gemaakt-{uuid.uuid4().hex[:6]}"
    with register.db.engine.begin() as connection:
        connection.execute(text(f"CREATE ROLE \"{login}\" LOGIN PASSWORD 'Geheim-1'"))
    try:
        org = OrganisationService(register.db, admin)
        employee = org.create_employee(
            EmployeeInput(name="Proef Dbagemaakt", login=login, roles=frozenset({Role.HANDLER}))
        )
        result = apply_database_roles(register.db)
        assert login not in result.created_logins
        assert (login, _groups_of(register)[Role.HANDLER]) in result.granted
        org.set_employee_active(employee.id, False)
        result = apply_database_roles(register.db)
        assert (login, _groups_of(register)[Role.HANDLER]) in result.revoked
        assert login not in result.disabled_logins
        with register.db.engine.connect() as connection:
            can_login, password = connection.execute(
                text(
                    "SELECT rolcanlogin, rolpassword IS NOT NULL FROM pg_authid WHERE rolname = :n"
                ),
                {"n": login},
            ).one()
        assert (can_login, password) == (True, True)
    finally:
        _drop_roles(register.url, [login])


@postgresql_only
def test_a_register_set_up_before_a_new_figures_column_still_gives_management_its_report(
    register: Register, db_as: Callable[[str], tuple[Database, CurrentUser]]
) -> None:
    """``database roles`` ran on an older version; the upgrade that adds a column to the
    figures view (0008: another handler requested) extends the view, keeping its grants."""
    from alembic import command

    from app.migrate import alembic_config, upgrade_database
    from app.services.report_data import ReportDataService

    config = alembic_config()
    with register.db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0007")
        # The view as ``database roles`` made it then, readable by management.
        connection.execute(text("DROP VIEW IF EXISTS public.ik_complaint_figures"))
        connection.execute(
            text(
                "CREATE VIEW public.ik_complaint_figures AS SELECT t.id, t.number, t.kind, "
                "t.received_on, t.handler_id, t.status, t.route, t.judgment, t.urgent, "
                "t.historic, t.contact_due, t.decision_due, t.extended_to, "
                "t.first_contact_on, t.closed_on, t.next_deadline FROM public.complaint t"
            )
        )
        management_group = _groups_of(register)[Role.MANAGEMENT]
        connection.execute(
            text(f'GRANT SELECT ON public.ik_complaint_figures TO "{management_group}"')
        )
    assert upgrade_database(register.db).up_to_date
    db, management = db_as("management")
    figures = ReportDataService(db, management).annual(2026)
    assert figures.other_handler_requested == 0
