"""Rights in the PostgreSQL database itself: ``interne-klachten database roles``.

The services check every permission in Python, but a login on a shared server could just
as well open the database with any SQL client. This module makes the server enforce the
same rules, so a login reads through SQL no more than it sees in the program:

- a NOLOGIN group role per application role, named after the database
  (``ik_<database>_<role>``, e.g. ``ik_klachten_handler``) so two registers on one server
  never share a group;
- privileges per table and group (``TABLE_GRANTS``); a table that is not listed gets no
  privileges for anyone (and the command says so);
- row-level security (``ROW_RULES``): a handler reads and writes the personal data of the
  complaints assigned to them only; staff see their own employee record only;
- management and staff read the complaints through the anonymised view
  ``anonymised_register`` (number, month, unit, subject, route, outcome) and no base
  table with personal data;
- the program's reports, dashboard and task lists read their figures through the views of
  app.services.figures (``FIGURE_VIEWS``: the non-personal columns of complaints, the units
  concerned, the cause and measures of handled-complaint forms, the colours and dates of
  feedback cards), which those who make or read reports may read (``FIGURE_READERS``).
  Views, not column privileges: a login that is both management and handler would
  otherwise combine "these columns of every complaint" with "every column of my own
  complaints" into every column of every complaint. The services read the same columns
  from the tables where the views are absent (SQLite), so there is one code path;
- management also reads which subjects and norms a complaint has (ids, no personal data),
  and staff read the improvement proposals they own (a reminder in Vandaag);
- the audit trail is append-only for every group: INSERT (as oneself only) and, for
  those who see history, SELECT — never UPDATE, DELETE or TRUNCATE;
- each active employee's login becomes a LOGIN role (created without a password:
  authentication stays the server's — pg_hba.conf, passwords set by the DBA,
  Kerberos/SSPI, certificates) that is a member of exactly the groups of the employee's
  roles; groups that no longer apply are revoked, and a login this command created is
  disabled (NOLOGIN) when its employee is inactive and it is in no register's group.

The table owner (the account that migrates and runs this command) and superusers are not
subject to row-level security; that account is for migrations and this command only.
Everything happens in one transaction, and a second run changes nothing.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from app.db import Database
from app.models.enums import Role
from app.services.errors import ServiceError
from app.services.figures import FIGURE_VIEWS, figure_view_sql

log = logging.getLogger(__name__)

SCHEMA = "public"
ANONYMISED_VIEW = "anonymised_register"
EMPLOYEE_ID_FUNCTION = "ik_current_employee_id"
# A role name is at most 63 bytes (NAMEDATALEN - 1); longer names are cut off silently.
MAX_ROLE_NAME = 63
GROUP_COMMENT = "interne-klachten: groep {role} van database {database}"
LOGIN_COMMENT = "interne-klachten: aanmelding van een medewerker"
_COMMENT_PREFIX = "interne-klachten: groep "

C, S, H, M, T, A = (
    Role.COORDINATOR,
    Role.SECRETARIAT,
    Role.HANDLER,
    Role.MANAGEMENT,
    Role.STAFF,
    Role.ADMINISTRATOR,
)
ALL_ROLES = (C, S, H, M, T, A)

_READ = frozenset({"SELECT"})
_ADD = frozenset({"SELECT", "INSERT"})
_EDIT = frozenset({"SELECT", "INSERT", "UPDATE"})
_ALL = frozenset({"SELECT", "INSERT", "UPDATE", "DELETE"})


def _rights(**by_role: frozenset[str]) -> dict[Role, frozenset[str]]:
    return {Role(name): privileges for name, privileges in by_role.items()}


# Who may do what with each table. Coordinator and secretariat do everything they do in the
# program (import creates units, employees and subjects); the administrator reads every
# table because ``verify`` replays the audit trail against all of them (and backups hold
# everything anyway); a handler works on their own complaints (rows limited by
# ROW_RULES); management and staff get no base table with personal data.
_COMPLAINT_DATA = _rights(coordinator=_ALL, secretariat=_ALL, handler=_EDIT, administrator=_READ)
_COMPLAINT_LINKS = _rights(coordinator=_ALL, secretariat=_ALL, handler=_ALL, administrator=_READ)
# Which subjects and norms a complaint has: ids only, counted in management's reports.
_CLASSIFICATION = _rights(
    coordinator=_ALL, secretariat=_ALL, handler=_ALL, management=_READ, administrator=_READ
)
_PERSONAL_READ_BY_HANDLER = _rights(
    coordinator=_ALL, secretariat=_ALL, handler=_READ, administrator=_READ
)
_REFERENCE = _rights(
    coordinator=_READ,
    secretariat=_READ,
    handler=_READ,
    management=_READ,
    staff=_READ,
    administrator=_ALL,
)
_EVERY_WRITER = (C, S, H, M, A)

TABLE_GRANTS: dict[str, dict[Role, frozenset[str]]] = {
    "alembic_version": dict.fromkeys(ALL_ROLES, _READ),
    # The audit trail: appended to, never changed (no UPDATE, DELETE or TRUNCATE).
    "audit_event": _rights(
        coordinator=_ADD,
        secretariat=_ADD,
        handler=_ADD,
        management=frozenset({"INSERT"}),
        administrator=_ADD,
    ),
    "audit_chain_head": {role: frozenset({"SELECT", "UPDATE"}) for role in _EVERY_WRITER},
    # The keys that seal personal values in the trail: added by whoever writes them, deleted
    # by an AVG erasure or a destruction (the coordinator).
    "personal_key": _rights(
        coordinator=_ALL, secretariat=_ADD, handler=_ADD, management=_ADD, administrator=_ADD
    ),
    # The view log (AVG): whoever opens personal data adds a line; coordinator and
    # administrator read it; nobody changes or removes one.
    "view_event": _rights(
        coordinator=_ADD,
        secretariat=frozenset({"INSERT"}),
        handler=frozenset({"INSERT"}),
        management=frozenset({"INSERT"}),
        administrator=_ADD,
    ),
    # Organisation: names of colleagues are no secret inside the office, but staff (who
    # have no list of employees in the program) see their own record only.
    "employee": _rights(
        coordinator=_ADD,
        secretariat=_ADD,
        handler=_READ,
        management=_READ,
        staff=_READ,
        administrator=_ALL,
    ),
    "employee_role": _rights(
        coordinator=_READ,
        secretariat=_READ,
        handler=_READ,
        management=_READ,
        staff=_READ,
        administrator=_ALL,
    ),
    "org_unit": _rights(
        coordinator=_ADD,
        secretariat=_ADD,
        handler=_READ,
        management=_READ,
        staff=_READ,
        administrator=_ALL,
    ),
    "subject_category": _rights(
        coordinator=_ADD,
        secretariat=_ADD,
        handler=_READ,
        management=_READ,
        staff=_READ,
        administrator=_ALL,
    ),
    "conduct_norm": _REFERENCE,
    "regulation_profile": _REFERENCE,
    "closing_day": _REFERENCE,
    "letter_template": _REFERENCE,
    # Report texts are settings written by whoever makes reports.
    "setting": _rights(
        coordinator=_EDIT,
        secretariat=_READ,
        handler=_READ,
        management=_EDIT,
        staff=_READ,
        administrator=_ALL,
    ),
    "number_series": _rights(coordinator=_EDIT, secretariat=_EDIT, administrator=_READ),
    "cluster": _rights(coordinator=_ALL, secretariat=_ALL, handler=_READ, administrator=_READ),
    # Personal data: the complainant and everything said or written about a complaint.
    "complainant": _PERSONAL_READ_BY_HANDLER,
    "complainant_reference": _PERSONAL_READ_BY_HANDLER,
    "complaint": _rights(
        coordinator=_ALL,
        secretariat=_ALL,
        handler=frozenset({"SELECT", "UPDATE"}),
        administrator=_READ,
    ),
    "complaint_employee": _PERSONAL_READ_BY_HANDLER,
    "related_dossier": _PERSONAL_READ_BY_HANDLER,
    "complaint_part": _COMPLAINT_LINKS,
    "complaint_part_norm": _COMPLAINT_LINKS,
    "complaint_norm": _CLASSIFICATION,
    "complaint_subject": _CLASSIFICATION,
    "promise": _COMPLAINT_DATA,
    "contact_note": _COMPLAINT_DATA,
    "attachment": _COMPLAINT_DATA,
    "status_change": _COMPLAINT_DATA,
    "document": _COMPLAINT_DATA,
    "handling_report": _COMPLAINT_DATA,
    "feedback_card": _PERSONAL_READ_BY_HANDLER,
    # Derived from the complaint on every write (search text with names).
    "complaint_search": _rights(
        coordinator=_ALL, secretariat=_ALL, handler=_ALL, administrator=_ALL
    ),
    "task": _rights(
        coordinator=_ALL, secretariat=_ALL, handler=_EDIT, management=_EDIT, administrator=_READ
    ),
    # The learning cycle: proposals carry no complainant's data.
    "improvement_proposal": _rights(
        coordinator=_ALL,
        secretariat=_READ,
        handler=_READ,
        management=_EDIT,
        staff=_READ,  # their own (ROW_RULES): an owner is reminded of an overdue proposal
        administrator=_READ,
    ),
    "progress_note": _rights(
        coordinator=_ALL, secretariat=_READ, handler=_READ, management=_ADD, administrator=_READ
    ),
    "proposal_complaint": _rights(
        coordinator=_ALL, secretariat=_READ, management=_READ, administrator=_READ
    ),
    # Retention: the coordinator proposes and carries out (it writes the complaints); the
    # administrator, as archivist, approves (an UPDATE of the list) and may propose.
    "destruction_list": _rights(coordinator=_EDIT, administrator=_EDIT),
    "destruction_item": _rights(coordinator=_ALL, administrator=_ADD),
}

# Row-level security: the rows each group may see and write, as an SQL condition per
# (table, role). A group with privileges on a listed table and no condition here sees
# every row. Tables not listed here have no row-level security.
_ME = f"(SELECT {SCHEMA}.{EMPLOYEE_ID_FUNCTION}())"
_OWN_COMPLAINTS = f"(SELECT c.id FROM {SCHEMA}.complaint c WHERE c.handler_id = {_ME})"
_OWN_COMPLAINANTS = (
    f"(SELECT c.complainant_id FROM {SCHEMA}.complaint c WHERE c.handler_id = {_ME})"
)
_OF_OWN_COMPLAINT = f"complaint_id IN {_OWN_COMPLAINTS}"
_HANDLER_ONLY = {H: _OF_OWN_COMPLAINT}

ROW_RULES: dict[str, dict[Role, str]] = {
    "complaint": {H: f"handler_id = {_ME}"},
    "complainant": {H: f"id IN {_OWN_COMPLAINANTS}"},
    "complainant_reference": {H: f"complainant_id IN {_OWN_COMPLAINANTS}"},
    "complaint_employee": _HANDLER_ONLY,
    "related_dossier": _HANDLER_ONLY,
    "complaint_part": _HANDLER_ONLY,
    "complaint_part_norm": {
        H: f"part_id IN (SELECT p.id FROM {SCHEMA}.complaint_part p "
        f"WHERE p.complaint_id IN {_OWN_COMPLAINTS})"
    },
    "complaint_norm": _HANDLER_ONLY,
    "complaint_subject": _HANDLER_ONLY,
    "promise": _HANDLER_ONLY,
    "contact_note": _HANDLER_ONLY,
    "attachment": _HANDLER_ONLY,
    "status_change": _HANDLER_ONLY,
    "document": _HANDLER_ONLY,
    "handling_report": _HANDLER_ONLY,
    "feedback_card": _HANDLER_ONLY,
    "complaint_search": _HANDLER_ONLY,
    "task": {
        H: f"assignee_id = {_ME} OR assignee_role = 'handler' OR {_OF_OWN_COMPLAINT}",
        M: f"assignee_id = {_ME} OR assignee_role = 'management'",
    },
    # Reading the history of one's own complaints (and of their complainants).
    "audit_event": {
        H: f"{_OF_OWN_COMPLAINT} OR (entity = 'Complainant' AND entity_id IN "
        f"(SELECT CAST(c.complainant_id AS varchar) FROM {SCHEMA}.complaint c "
        f"WHERE c.handler_id = {_ME}))"
    },
    "employee": {T: f"id = {_ME}"},
    "improvement_proposal": {T: f"owner_id = {_ME}"},
    "employee_role": {T: f"employee_id = {_ME}"},
}
# Append-only tables: nobody adds a line in another's name (the program writes the
# session's login). SELECT follows ROW_RULES; UPDATE and DELETE are never granted.
APPEND_ONLY: dict[str, str] = {
    "audit_event": "actor_login = lower(CAST(session_user AS text))",
    "view_event": "login = lower(CAST(session_user AS text))",
}

# No names, addresses, contact data or descriptions: what management decided may be open
# to all staff. It runs with its owner's rights, so it shows every complaint.
ANONYMISED_VIEW_SQL = f"""
CREATE VIEW {SCHEMA}.{ANONYMISED_VIEW} AS
SELECT c.number AS number,
       c.kind AS kind,
       to_char(c.received_on, 'YYYY-MM') AS received_month,
       (SELECT string_agg(DISTINCT u.name, ', ' ORDER BY u.name)
          FROM {SCHEMA}.complaint_employee ce
          JOIN {SCHEMA}.employee e ON e.id = ce.employee_id
          JOIN {SCHEMA}.org_unit u ON u.id = e.unit_id
         WHERE ce.complaint_id = c.id) AS units,
       (SELECT string_agg(s.name, ', ' ORDER BY s.name)
          FROM {SCHEMA}.complaint_subject cs
          JOIN {SCHEMA}.subject_category s ON s.id = cs.subject_id
         WHERE cs.complaint_id = c.id) AS subjects,
       c.route AS route,
       c.judgment AS outcome,
       c.status AS status,
       to_char(c.closed_on, 'YYYY-MM') AS closed_month
  FROM {SCHEMA}.complaint c
"""

# Who reads the figures views of app.services.figures: who makes or reads reports, who
# counts returned feedback cards, and the administrator (who reads every table anyway).
FIGURE_READERS = (C, S, M, A)

# The employee behind the session's login. SECURITY DEFINER: it reads the employee table
# with its owner's rights, so policies can use it whatever the caller may read. It is
# ``session_user``, not ``current_user``: the login that connected, as the program's
# identity (app.services.identity.current_login) reads it.
EMPLOYEE_ID_FUNCTION_SQL = f"""
CREATE OR REPLACE FUNCTION {SCHEMA}.{EMPLOYEE_ID_FUNCTION}() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, {SCHEMA}
AS $$
  SELECT e.id FROM {SCHEMA}.employee e
   WHERE lower(e.login) = lower(CAST(session_user AS text)) AND e.active
   ORDER BY e.id LIMIT 1
$$
"""


class DatabaseRolesError(ServiceError):
    pass


@dataclass
class RolesResult:
    """What one run did; ``changed`` is False when the database was already as wanted."""

    groups: dict[Role, str]
    created_groups: list[str] = field(default_factory=list)
    created_logins: list[str] = field(default_factory=list)
    enabled_logins: list[str] = field(default_factory=list)
    disabled_logins: list[str] = field(default_factory=list)
    granted: list[tuple[str, str]] = field(default_factory=list)  # (login, group)
    revoked: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (login, Dutch reason)
    unknown_tables: list[str] = field(default_factory=list)
    changed: bool = False

    def text(self) -> str:
        lines: list[str] = []
        if self.created_groups:
            lines.append("Groepsrollen aangemaakt: " + ", ".join(self.created_groups))
        if self.created_logins:
            lines.append(
                "Aanmeldingen aangemaakt (zonder wachtwoord): " + ", ".join(self.created_logins)
            )
        if self.enabled_logins:
            lines.append("Aanmeldingen weer toegestaan: " + ", ".join(self.enabled_logins))
        if self.disabled_logins:
            lines.append("Aanmeldingen uitgeschakeld: " + ", ".join(self.disabled_logins))
        for login, group in self.granted:
            lines.append(f"Toegekend: {login} in {group}")
        for login, group in self.revoked:
            lines.append(f"Ingetrokken: {login} uit {group}")
        for login, reason in self.skipped:
            lines.append(f"Overgeslagen: {login}: {reason}")
        for table in self.unknown_tables:
            lines.append(f"Let op: tabel {table} is onbekend; niemand krijgt er rechten op.")
        lines.append(
            "De rechten, de rijbeveiliging en de geanonimiseerde weergave zijn bijgewerkt."
            if self.changed
            else "Niets gewijzigd: de database had al deze rollen en rechten."
        )
        return "\n".join(lines)


# ----- names ----------------------------------------------------------------------------


def group_prefix(database_name: str) -> str:
    """``ik_<database>``: lower case letters, digits and underscores, short enough that
    ``<prefix>_administrator`` fits in a role name (a long name ends in a hash of it)."""
    cleaned = re.sub(r"[^a-z0-9_]+", "_", database_name.lower()).strip("_") or "db"
    room = MAX_ROLE_NAME - len("ik__") - len(max((r.value for r in Role), key=len))
    if len(cleaned) > room:
        digest = hashlib.sha256(database_name.encode("utf-8")).hexdigest()[:8]
        cleaned = f"{cleaned[: room - 9]}_{digest}"
    return f"ik_{cleaned}"


def group_names(database_name: str) -> dict[Role, str]:
    prefix = group_prefix(database_name)
    return {role: f"{prefix}_{role.value}" for role in Role}


def _login_problem(login: str, groups: Iterable[str]) -> str | None:
    """Why this login cannot be a role of its own, or None."""
    if len(login.encode("utf-8")) > MAX_ROLE_NAME:
        return f"langer dan {MAX_ROLE_NAME} bytes, te lang voor een PostgreSQL-rol"
    if login.startswith("pg_") or login in {"public", "none", "current_user", "session_user"}:
        return "een naam die PostgreSQL zelf gebruikt"
    if login in set(groups) or login.startswith("ik_"):
        return "een naam die voor de groepsrollen van dit programma is bedoeld"
    return None


# ----- the command ------------------------------------------------------------------------


def apply_database_roles(db: Database) -> RolesResult:
    """Create or bring up to date the groups, grants, policies, view and logins."""
    if db.is_sqlite:
        raise DatabaseRolesError(
            "Rollen en rechten in de database zijn er alleen voor een gedeelde "
            "PostgreSQL-database. Een SQLite-bestand beschermt u met de rechten op het "
            "bestand en de map."
        )
    if db.backend != "postgresql":
        raise DatabaseRolesError("Dit databasetype wordt niet ondersteund.")
    try:
        with db.engine.begin() as connection:
            _check_runner(connection)
            database = str(connection.execute(text("SELECT current_database()")).scalar_one())
            result = RolesResult(groups=group_names(database))
            employees = _employees(connection)
            before = _snapshot(connection, result.groups, employees)
            _apply(connection, database, result, employees)
            result.changed = _snapshot(connection, result.groups, employees) != before
    except DBAPIError as error:
        # The server's own words help the administrator (they name roles, never a
        # complainant); the log gets the error code only.
        code = getattr(error.orig, "sqlstate", None) or "?"
        diag = getattr(error.orig, "diag", None)
        said = getattr(diag, "message_primary", None) or type(error.orig).__name__
        log.error("database roles failed: %s (%s)", code, type(error.orig).__name__)
        raise DatabaseRolesError(
            f"De server weigerde een stap ({code}: {said}). Er is niets gewijzigd."
        ) from None
    log.info(
        "database roles: %d groups and %d logins created, %d grants, %d revocations, "
        "%d logins disabled, changed=%s",
        len(result.created_groups),
        len(result.created_logins),
        len(result.granted),
        len(result.revoked),
        len(result.disabled_logins),
        result.changed,
    )
    return result


def _check_runner(connection: Connection) -> None:
    row = connection.execute(
        text(
            "SELECT r.rolsuper, r.rolcreaterole, "
            "pg_has_role(current_user, c.relowner, 'USAGE') "
            "FROM pg_roles r, pg_class c "
            "WHERE r.rolname = current_user AND c.oid = to_regclass(:table)"
        ),
        {"table": f"{SCHEMA}.complaint"},
    ).one_or_none()
    if row is None:
        raise DatabaseRolesError(
            "Deze database heeft nog geen tabellen van het programma. Start het programma "
            "eerst één keer met deze database (dan wordt die ingericht)."
        )
    superuser, create_role, owner = row
    if not (superuser or create_role):
        raise DatabaseRolesError(
            "Uw serveraccount mag geen rollen aanmaken. Voer deze opdracht uit met het "
            "account dat eigenaar is van de tabellen en CREATEROLE heeft (of als superuser)."
        )
    if not (superuser or owner):
        raise DatabaseRolesError(
            "Uw serveraccount is geen eigenaar van de tabellen. Voer deze opdracht uit met "
            "het account waarmee het programma de database heeft ingericht."
        )


@dataclass(frozen=True)
class _Employee:
    login: str
    active: bool
    roles: frozenset[Role]


def _employees(connection: Connection) -> list[_Employee]:
    rows = connection.execute(
        text(
            "SELECT lower(e.login), e.active, "
            "COALESCE(array_agg(r.role) FILTER (WHERE r.role IS NOT NULL), '{}') "
            "FROM employee e LEFT JOIN employee_role r ON r.employee_id = e.id "
            "WHERE e.login IS NOT NULL AND btrim(e.login) <> '' "
            "GROUP BY e.id ORDER BY lower(e.login), e.id"
        )
    ).all()
    # Two records with one login: active wins (the program itself only knows active ones).
    found: dict[str, _Employee] = {}
    for login, active, roles in rows:
        employee = _Employee(login, bool(active), frozenset(Role(r) for r in roles))
        if login not in found or (active and not found[login].active):
            found[login] = employee
    return list(found.values())


def _quote(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote_identifier(name)


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _apply(
    connection: Connection, database: str, result: RolesResult, employees: list[_Employee]
) -> None:
    def q(name: str) -> str:
        return _quote(connection, name)

    groups = result.groups
    existing = {
        name: (login, super_, comment)
        for name, login, super_, comment in connection.execute(
            text(
                "SELECT r.rolname, r.rolcanlogin, r.rolsuper, "
                "shobj_description(r.oid, 'pg_authid') FROM pg_roles r"
            )
        )
    }
    for role, group in groups.items():
        if group not in existing:
            connection.execute(text(f"CREATE ROLE {q(group)} NOLOGIN"))
            result.created_groups.append(group)
        connection.execute(
            text(
                f"COMMENT ON ROLE {q(group)} IS "
                + _literal(GROUP_COMMENT.format(role=role.value, database=database))
            )
        )
    _grant_tables(connection, result)
    _create_view_and_function(connection, groups)
    _row_security(connection, groups)
    _connect_privilege(connection, database, groups)
    _logins(connection, result, employees, existing)


def _grant_tables(connection: Connection, result: RolesResult) -> None:
    def q(name: str) -> str:
        return _quote(connection, name)

    groups = result.groups
    everyone = ", ".join(q(g) for g in groups.values())
    tables = [
        name
        for (name,) in connection.execute(
            text(
                "SELECT c.relname FROM pg_class c WHERE c.relnamespace = CAST(:schema AS "
                "regnamespace) AND c.relkind IN ('r', 'p') ORDER BY c.relname"
            ),
            {"schema": SCHEMA},
        )
    ]
    connection.execute(text(f"REVOKE CREATE ON SCHEMA {SCHEMA} FROM PUBLIC"))
    connection.execute(text(f"GRANT USAGE ON SCHEMA {SCHEMA} TO {everyone}"))
    # Start from nothing on every table and sequence, so a right taken out of
    # TABLE_GRANTS is taken away here too.
    connection.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA {SCHEMA} FROM PUBLIC, {everyone}"))
    connection.execute(
        text(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {SCHEMA} FROM PUBLIC, {everyone}")
    )
    sequences = _sequences_by_table(connection)
    for table in tables:
        rights = TABLE_GRANTS.get(table)
        if rights is None:
            result.unknown_tables.append(table)
            continue
        for role in ALL_ROLES:
            privileges = rights.get(role)
            if not privileges:
                continue
            listed = ", ".join(sorted(privileges))
            connection.execute(text(f"GRANT {listed} ON {SCHEMA}.{q(table)} TO {q(groups[role])}"))
            if "INSERT" in privileges:
                for sequence in sequences.get(table, ()):
                    connection.execute(
                        text(f"GRANT USAGE ON SEQUENCE {SCHEMA}.{q(sequence)} TO {q(groups[role])}")
                    )


def _sequences_by_table(connection: Connection) -> dict[str, list[str]]:
    """The sequences behind serial and identity columns, per table."""
    found: dict[str, list[str]] = {}
    rows = connection.execute(
        text(
            "SELECT t.relname, s.relname FROM pg_class s "
            "JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass "
            "AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') "
            "JOIN pg_class t ON t.oid = d.refobjid "
            "WHERE s.relkind = 'S' AND s.relnamespace = CAST(:schema AS regnamespace) "
            "ORDER BY t.relname, s.relname"
        ),
        {"schema": SCHEMA},
    )
    for table, sequence in rows:
        found.setdefault(table, []).append(sequence)
    return found


def _create_view_and_function(connection: Connection, groups: Mapping[Role, str]) -> None:
    everyone = ", ".join(_quote(connection, g) for g in groups.values())
    connection.execute(text(EMPLOYEE_ID_FUNCTION_SQL))
    function = f"{SCHEMA}.{EMPLOYEE_ID_FUNCTION}()"
    connection.execute(text(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC"))
    connection.execute(text(f"GRANT EXECUTE ON FUNCTION {function} TO {everyone}"))
    # Dropped and made again: CREATE OR REPLACE cannot change a view's columns.
    connection.execute(text(f"DROP VIEW IF EXISTS {SCHEMA}.{ANONYMISED_VIEW}"))
    connection.execute(text(ANONYMISED_VIEW_SQL))
    connection.execute(text(f"GRANT SELECT ON {SCHEMA}.{ANONYMISED_VIEW} TO {everyone}"))
    readers = ", ".join(_quote(connection, groups[role]) for role in FIGURE_READERS)
    made = figure_view_sql()
    for view in FIGURE_VIEWS:
        connection.execute(text(f"DROP VIEW IF EXISTS {SCHEMA}.{view}"))
        connection.execute(text(made[view]))
        connection.execute(text(f"GRANT SELECT ON {SCHEMA}.{view} TO {readers}"))


def _row_security(connection: Connection, groups: Mapping[Role, str]) -> None:
    def q(name: str) -> str:
        return _quote(connection, name)

    present = {
        name
        for (name,) in connection.execute(
            text(
                "SELECT relname FROM pg_class WHERE relnamespace = CAST(:schema AS "
                "regnamespace) AND relkind IN ('r', 'p')"
            ),
            {"schema": SCHEMA},
        )
    }
    for table in sorted(set(ROW_RULES) | set(APPEND_ONLY)):
        if table not in present:
            continue
        rules = ROW_RULES.get(table, {})
        connection.execute(text(f"ALTER TABLE {SCHEMA}.{q(table)} ENABLE ROW LEVEL SECURITY"))
        # Our own policies only (their names start with ik_): a DBA's stay.
        for (policy,) in connection.execute(
            text(
                "SELECT policyname FROM pg_policies WHERE schemaname = :schema "
                "AND tablename = :table AND policyname LIKE 'ik\\_%'"
            ),
            {"schema": SCHEMA, "table": table},
        ).all():
            connection.execute(text(f"DROP POLICY {q(policy)} ON {SCHEMA}.{q(table)}"))
        rights = TABLE_GRANTS[table]
        for role in ALL_ROLES:
            privileges = rights.get(role, frozenset())
            condition = rules.get(role, "true")
            target = f"ON {SCHEMA}.{q(table)}"
            group = q(groups[role])
            if table in APPEND_ONLY:
                if "SELECT" in privileges:
                    connection.execute(
                        text(
                            f"CREATE POLICY {q('ik_' + role.value + '_read')} {target} "
                            f"FOR SELECT TO {group} USING ({condition})"
                        )
                    )
                if "INSERT" in privileges:
                    connection.execute(
                        text(
                            f"CREATE POLICY {q('ik_' + role.value + '_append')} {target} "
                            f"FOR INSERT TO {group} WITH CHECK ({APPEND_ONLY[table]})"
                        )
                    )
                continue
            if privileges:
                connection.execute(
                    text(
                        f"CREATE POLICY {q('ik_' + role.value)} {target} FOR ALL TO {group} "
                        f"USING ({condition}) WITH CHECK ({condition})"
                    )
                )


def _connect_privilege(connection: Connection, database: str, groups: Mapping[Role, str]) -> None:
    """Only members of this register's groups (and the owner) may connect to it; an
    inactive employee's login can still reach another register on the same server."""
    may = connection.execute(
        text(
            "SELECT r.rolsuper OR pg_has_role(current_user, d.datdba, 'USAGE') "
            "FROM pg_roles r, pg_database d "
            "WHERE r.rolname = current_user AND d.datname = current_database()"
        )
    ).scalar_one()
    if not may:
        log.warning("database roles: not the database owner; CONNECT left as it is")
        return
    everyone = ", ".join(_quote(connection, g) for g in groups.values())
    name = _quote(connection, database)
    connection.execute(text(f"REVOKE CONNECT, TEMPORARY ON DATABASE {name} FROM PUBLIC"))
    connection.execute(text(f"GRANT CONNECT ON DATABASE {name} TO {everyone}"))


def _logins(
    connection: Connection,
    result: RolesResult,
    employees: list[_Employee],
    existing: Mapping[str, tuple[bool, bool, str | None]],
) -> None:
    def q(name: str) -> str:
        return _quote(connection, name)

    groups = result.groups
    runner = str(connection.execute(text("SELECT current_user")).scalar_one())
    wanted: set[tuple[str, str]] = set()
    inactive: list[str] = []
    for employee in employees:
        login = employee.login
        problem = _login_problem(login, groups.values())
        if problem is not None:
            result.skipped.append((login, problem))
            continue
        if not employee.active:
            inactive.append(login)
            continue
        if login not in existing:
            connection.execute(text(f"CREATE ROLE {q(login)} LOGIN"))
            connection.execute(text(f"COMMENT ON ROLE {q(login)} IS {_literal(LOGIN_COMMENT)}"))
            result.created_logins.append(login)
        else:
            can_login, superuser, comment = existing[login]
            if not can_login and comment == LOGIN_COMMENT and not superuser and login != runner:
                connection.execute(text(f"ALTER ROLE {q(login)} LOGIN"))
                result.enabled_logins.append(login)
        wanted.update((login, groups[role]) for role in employee.roles)

    members = set(
        connection.execute(
            text(
                "SELECT m.rolname, g.rolname FROM pg_auth_members a "
                "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
                "WHERE g.rolname = ANY(:groups)"
            ),
            {"groups": list(groups.values())},
        ).all()
    )
    for login, group in sorted(wanted - members):
        connection.execute(text(f"GRANT {q(group)} TO {q(login)}"))
        result.granted.append((login, group))
    for login, group in sorted(members - wanted):
        connection.execute(text(f"REVOKE {q(group)} FROM {q(login)}"))
        result.revoked.append((login, group))

    # An inactive employee's login, or one that belongs to nobody any more: disabled when
    # this command made it and it is in no register's group (of this or another database).
    leftover = set(inactive) | {login for login, _group in members - wanted}
    active = {e.login for e in employees if e.active}
    for login in sorted(leftover - active):
        if login not in existing:
            continue
        can_login, superuser, comment = existing[login]
        if not can_login or superuser or comment != LOGIN_COMMENT or login == runner:
            continue
        still_member = connection.execute(
            text(
                "SELECT EXISTS (SELECT 1 FROM pg_auth_members a "
                "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
                "WHERE m.rolname = :login "
                "AND shobj_description(g.oid, 'pg_authid') LIKE :marker)"
            ),
            {"login": login, "marker": _COMMENT_PREFIX + "%"},
        ).scalar_one()
        if not still_member:
            connection.execute(text(f"ALTER ROLE {q(login)} NOLOGIN"))
            result.disabled_logins.append(login)


def _snapshot(
    connection: Connection, groups: Mapping[Role, str], employees: list[_Employee]
) -> tuple[object, ...]:
    """Everything the command sets, to tell whether a run changed anything."""
    names = sorted(set(groups.values()) | {e.login for e in employees})
    schema = {"schema": SCHEMA}
    return (
        connection.execute(
            text(
                "SELECT rolname, rolcanlogin, shobj_description(oid, 'pg_authid') "
                "FROM pg_roles WHERE rolname = ANY(:names) ORDER BY rolname"
            ),
            {"names": names},
        ).all(),
        connection.execute(
            text(
                "SELECT g.rolname, m.rolname FROM pg_auth_members a "
                "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
                "WHERE g.rolname = ANY(:groups) ORDER BY 1, 2"
            ),
            {"groups": list(groups.values())},
        ).all(),
        connection.execute(
            text(
                "SELECT c.relname, c.relkind, CAST(c.relacl AS text), c.relrowsecurity, "
                "CASE WHEN c.relkind = 'v' THEN pg_get_viewdef(c.oid) END "
                "FROM pg_class c WHERE c.relnamespace = CAST(:schema AS regnamespace) "
                "AND c.relkind IN ('r', 'p', 'v', 'S') ORDER BY 1"
            ),
            schema,
        ).all(),
        connection.execute(
            text(
                "SELECT tablename, policyname, cmd, CAST(roles AS text), qual, with_check "
                "FROM pg_policies WHERE schemaname = :schema ORDER BY 1, 2"
            ),
            schema,
        ).all(),
        connection.execute(
            text(
                "SELECT p.proname, pg_get_functiondef(p.oid), CAST(p.proacl AS text) "
                "FROM pg_proc p WHERE p.pronamespace = CAST(:schema AS regnamespace) "
                "AND p.proname = :function"
            ),
            {**schema, "function": EMPLOYEE_ID_FUNCTION},
        ).all(),
        connection.execute(
            text(
                "SELECT CAST(d.datacl AS text), CAST(n.nspacl AS text) "
                "FROM pg_database d, pg_namespace n "
                "WHERE d.datname = current_database() AND n.nspname = :schema"
            ),
            schema,
        ).all(),
    )


# ----- for the program's own start ----------------------------------------------------------


def sees_whole_audit_trail(db: Database) -> bool:
    """Whether this login reads every audit event (so checking the chain makes sense).

    A handler's login reads only the history of their own complaints; the start-up check
    of the chain would find gaps that are not there.
    """
    if db.backend != "postgresql":
        return True
    with db.engine.connect() as connection:
        groups = group_names(
            str(connection.execute(text("SELECT current_database()")).scalar_one())
        )
        readers = [
            groups[role]
            for role, privileges in TABLE_GRANTS["audit_event"].items()
            if "SELECT" in privileges and role not in ROW_RULES.get("audit_event", {})
        ]
        return bool(
            connection.execute(
                text(
                    "SELECT has_table_privilege(:table, 'SELECT') AND ("
                    "NOT row_security_active(:table) OR EXISTS ("
                    "SELECT 1 FROM pg_roles g WHERE g.rolname = ANY(:readers) "
                    "AND pg_has_role(session_user, g.oid, 'USAGE')))"
                ),
                {"table": f"{SCHEMA}.audit_event", "readers": readers},
            ).scalar_one()
        )
