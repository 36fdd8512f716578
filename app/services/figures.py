"""Where the figures of reports, the dashboard and task lists are read: the complaint tables
themselves, or — on a PostgreSQL register with rights in the database — views of their
non-personal columns.

Management counts complaints, reads their numbers, units, subjects, outcomes and the
measures taken, but may never read a description, a complainant or a card's text. On
PostgreSQL, ``interne-klachten database roles`` (app.services.database_roles) therefore
gives management no privilege on those tables at all, and instead creates the views below:
only the columns listed here, of every complaint (a view reads with its owner's rights, so
no row-level policy of the reader applies). Column privileges on the tables themselves
would not do: a login that is both management and handler would combine "these columns
of every row" with "every column of my own rows" into every column of every row.

One code path: the services write each query once against :class:`FigureTables`, whose
tables have the same column names whichever source they are. ``figure_tables(session)``
picks the views when this login may read them (PostgreSQL after ``database roles``) and the
tables otherwise (SQLite, or PostgreSQL before the command ran). Both give the same
figures: the views hold every row, and the coordinator — who reads the tables as well —
gets the same numbers either way.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import Column, FromClause, Integer, MetaData, Table, func, select, text
from sqlalchemy.orm import Session

from app.models import (
    Complaint,
    ComplaintEmployee,
    Employee,
    FeedbackCard,
    HandlingReport,
    StatusChange,
)
from app.models.enums import Status

SCHEMA = "public"

# Only columns without personal data: never ``description``, ``complainant_id`` or a text
# typed about the complainant. A column added here reaches management with the next run
# of ``database roles`` (the views are made again).
COMPLAINT_FIGURES = "ik_complaint_figures"
COMPLAINT_COLUMNS = (
    "id",
    "number",
    "kind",
    "received_on",
    "handler_id",
    "status",
    "route",
    "judgment",
    "urgent",
    "historic",
    "contact_due",
    "decision_due",
    "extended_to",
    "first_contact_on",
    "closed_on",
    "next_deadline",
    # Added later: new columns go at the end, so that their migration can add them to a
    # view that ``database roles`` made before (CREATE OR REPLACE VIEW keeps the grants,
    # and may only add columns at the end).
    "other_handler_requested",
    "fast_lane",  # migration 0013
    "cluster_id",
)
# The units of the employees concerned (not who they are, nor a name typed in).
COMPLAINT_UNITS = "ik_complaint_units"
# The handled-complaint form's cause (a kind, not the text) and the measures taken.
HANDLING_FIGURES = "ik_handling_figures"
HANDLING_COLUMNS = ("complaint_id", "cause_kind", "remedial_action")
# Feedback cards: colour and dates, never the card's text or contact details.
CARD_FIGURES = "ik_card_figures"
CARD_COLUMNS = ("complaint_id", "colour", "sent_on", "returned_on", "wants_callback")

# When each complaint was first assigned (the status change to "toegewezen"): the time from
# receipt to assignment per team. A view of its own, created by ``database roles`` with the
# others but not required by ``figure_tables``: a register whose roles were set up before it
# existed keeps its figures and only lacks this one until the command runs again.
ASSIGNMENT_FIGURES = "ik_assignment_figures"
REQUIRED_FIGURE_VIEWS = (COMPLAINT_FIGURES, COMPLAINT_UNITS, HANDLING_FIGURES, CARD_FIGURES)
FIGURE_VIEWS = (*REQUIRED_FIGURE_VIEWS, ASSIGNMENT_FIGURES)


def _projection(view: str, table: Table, columns: tuple[str, ...]) -> str:
    listed = ", ".join(f"t.{name}" for name in columns)
    return f"CREATE VIEW {SCHEMA}.{view} AS SELECT {listed} FROM {SCHEMA}.{table.name} t"


def figure_view_sql() -> dict[str, str]:
    """The ``CREATE VIEW`` statement of each figures view (PostgreSQL)."""
    return {
        COMPLAINT_FIGURES: _projection(COMPLAINT_FIGURES, Complaint.__table__, COMPLAINT_COLUMNS),
        COMPLAINT_UNITS: (
            f"CREATE VIEW {SCHEMA}.{COMPLAINT_UNITS} AS "
            "SELECT ce.complaint_id, e.unit_id "
            f"FROM {SCHEMA}.complaint_employee ce "
            f"JOIN {SCHEMA}.employee e ON e.id = ce.employee_id "
            "WHERE e.unit_id IS NOT NULL"
        ),
        HANDLING_FIGURES: _projection(HANDLING_FIGURES, HandlingReport.__table__, HANDLING_COLUMNS),
        CARD_FIGURES: _projection(CARD_FIGURES, FeedbackCard.__table__, CARD_COLUMNS),
        ASSIGNMENT_FIGURES: (
            f"CREATE VIEW {SCHEMA}.{ASSIGNMENT_FIGURES} AS "
            "SELECT sc.complaint_id, min(sc.at) AS assigned_at "
            f"FROM {SCHEMA}.status_change sc WHERE sc.to_status = '{Status.ASSIGNED.value}' "
            "GROUP BY sc.complaint_id"
        ),
    }


_views = MetaData()


def _view_table(name: str, base: Table, columns: tuple[str, ...]) -> Table:
    return Table(name, _views, *(Column(c, base.c[c].type) for c in columns))


_COMPLAINT_VIEW = _view_table(COMPLAINT_FIGURES, Complaint.__table__, COMPLAINT_COLUMNS)
_UNITS_VIEW = Table(
    COMPLAINT_UNITS, _views, Column("complaint_id", Integer), Column("unit_id", Integer)
)
_HANDLING_VIEW = _view_table(HANDLING_FIGURES, HandlingReport.__table__, HANDLING_COLUMNS)
_CARD_VIEW = _view_table(CARD_FIGURES, FeedbackCard.__table__, CARD_COLUMNS)
_ASSIGNMENT_VIEW = Table(
    ASSIGNMENT_FIGURES,
    _views,
    Column("complaint_id", Integer),
    Column("assigned_at", StatusChange.__table__.c.at.type),
)


@dataclass(frozen=True)
class FigureTables:
    """What figures are read from; each has (at least) the columns listed above."""

    complaint: FromClause
    units: FromClause  # complaint_id, unit_id
    handling: FromClause
    cards: FromClause
    views: bool  # True: the PostgreSQL views
    # complaint_id, assigned_at (first assignment); None: this login cannot read it yet.
    assignments: FromClause | None = None


_UNITS_OF_TABLES = (
    select(ComplaintEmployee.complaint_id, Employee.unit_id)
    .join(Employee, Employee.id == ComplaintEmployee.employee_id)
    .where(Employee.unit_id.is_not(None))
    .subquery(COMPLAINT_UNITS)
)
_ASSIGNMENTS_OF_TABLES = (
    select(StatusChange.complaint_id, func.min(StatusChange.at).label("assigned_at"))
    .where(StatusChange.to_status == Status.ASSIGNED.value)
    .group_by(StatusChange.complaint_id)
    .subquery(ASSIGNMENT_FIGURES)
)
TABLES = FigureTables(
    complaint=Complaint.__table__,
    units=_UNITS_OF_TABLES,
    handling=HandlingReport.__table__,
    cards=FeedbackCard.__table__,
    views=False,
    assignments=_ASSIGNMENTS_OF_TABLES,
)
VIEWS = FigureTables(
    complaint=_COMPLAINT_VIEW,
    units=_UNITS_VIEW,
    handling=_HANDLING_VIEW,
    cards=_CARD_VIEW,
    views=True,
    assignments=_ASSIGNMENT_VIEW,
)

_READS_VIEWS = text(
    "SELECT coalesce(bool_and(coalesce(has_table_privilege(to_regclass(v), 'SELECT'), false)), "
    "false) "
    "FROM unnest(CAST(:views AS text[])) AS v"
)


def figure_tables(session: Session) -> FigureTables:
    """The views when this login may read them all, else the tables."""
    if session.get_bind().dialect.name != "postgresql":
        return TABLES
    names = [f"{SCHEMA}.{view}" for view in REQUIRED_FIGURE_VIEWS]
    if not session.scalar(_READS_VIEWS, {"views": names}):
        return TABLES
    if session.scalar(_READS_VIEWS, {"views": [f"{SCHEMA}.{ASSIGNMENT_FIGURES}"]}):
        return VIEWS
    return replace(VIEWS, assignments=None)
