"""Management's (and staff's) screens on PostgreSQL under the rights of ``interne-klachten
database roles``: the reports, the dashboard, their tasks and the improvement proposals
work for a management login, show the same figures the coordinator gets, and carry no
complainant's name, contact data or description; whatever the database still refuses
reaches the user as a Dutch PermissionDenied, never as a raw database error."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from app.db import Actor, Database
from app.models import (
    Complainant,
    Complaint,
    ContactNote,
    FeedbackCard,
    HandlingReport,
    ImprovementProposal,
    OrgUnit,
    ProposalComplaint,
    Task,
)
from app.models.enums import Decision, ProposalStatus, Role, TaskKind, UnitKind
from app.services.database_roles import apply_database_roles, group_names
from app.services.errors import DatabaseAccessDenied, PermissionDenied
from app.services.feedback import FeedbackService
from app.services.figures import CARD_COLUMNS, COMPLAINT_COLUMNS, HANDLING_COLUMNS
from app.services.identity import load_current_user
from app.services.learning import ImprovementService
from app.services.organisation import EmployeeInput, OrganisationService, UnitInput
from app.services.permissions import CurrentUser
from app.services.register import RegisterService
from app.services.report_data import ReportDataService
from app.services.report_files import ReportFileService
from app.services.tasks import ItemKind, TaskService
from tests.report_dataset import EMPLOYEE_NAME, TODAY, build
from tests.test_database_roles import _drop_roles

postgresql_only = pytest.mark.postgresql_only

YEAR_START, YEAR_END = date(2026, 1, 1), date(2026, 12, 31)
PEOPLE = {
    "coordinator": {Role.COORDINATOR},
    "management": {Role.MANAGEMENT},
    "mt_handler": {Role.MANAGEMENT, Role.HANDLER},  # an MT member who also handles
    "staff": {Role.STAFF},
}
MT_TASK = "Bespreek de klacht in het MT"
MT_PROPOSAL = "Brieven in eenvoudige taal"
STAFF_PROPOSAL = "Terugbelafspraken in de agenda"


# ----- the rules themselves ------------------------------------------------------------------


def test_the_figures_views_carry_no_personal_column() -> None:
    personal = {
        "description",
        "complainant_id",
        "manager_copy_end_missing_reason",
        "cause_text",
        "prevention",
        "improvement_points",
        "review_remark",
        "text",
        "callback_phone",
        "callback_email",
        "name_as_written",
        "code",
    }
    for columns in (COMPLAINT_COLUMNS, HANDLING_COLUMNS, CARD_COLUMNS):
        assert personal.isdisjoint(columns), columns


# ----- a register with known figures, and the rights applied --------------------------------


@dataclass
class Reported:
    db: Database
    url: str
    logins: dict[str, str]
    employee_ids: dict[str, int]
    expected: dict[str, object]  # the coordinator's figures read from the tables
    personal: list[str]  # every complainant's name, contact data and every text about them
    complaint_ids: dict[str, int]  # number → id


def _personal_data(db: Database) -> list[str]:
    with db.session_scope() as s:
        found: set[str | None] = set()
        for row in s.execute(
            select(
                Complainant.name,
                Complainant.email,
                Complainant.street,
                Complainant.phone_day,
                Complainant.phone_evening,
            )
        ):
            found.update(row)
        found.update(s.scalars(select(Complaint.description)))
        found.update(s.scalars(select(ContactNote.summary)))
        found.update(s.scalars(select(FeedbackCard.text)))
        found.update(s.scalars(select(HandlingReport.description)))
        found.update(s.scalars(select(HandlingReport.cause_text)))
    return sorted(v for v in found if v and len(v) > 3)


@pytest.fixture
def reported(db: Database, admin: CurrentUser, database_url: str) -> Iterator[Reported]:
    build(db)
    tag = uuid.uuid4().hex[:6]
    org = OrganisationService(db, admin)
    logins: dict[str, str] = {}
    ids: dict[str, int] = {}
    for key, roles in PEOPLE.items():
        logins[key] = f"{key.replace('_', '-')}-{tag}"
        ids[key] = org.create_employee(
            EmployeeInput(
                name=f"Proef {key.replace('_', ' ').title()}",
                login=logins[key],
                roles=frozenset(roles),
            )
        ).id
    with db.session_scope(Actor(login="test")) as s:
        numbers = dict(s.execute(select(Complaint.number, Complaint.id)).all())
        linked = numbers["IK-2026-0004"]
        s.add(
            Task(
                kind=TaskKind.OTHER,
                complaint_id=linked,
                assignee_role=Role.MANAGEMENT,
                title=MT_TASK,
                due_on=TODAY,
            )
        )
        for title, owner in ((MT_PROPOSAL, "management"), (STAFF_PROPOSAL, "staff")):
            s.add(
                ImprovementProposal(
                    title=title,
                    decision=Decision.ACCEPTED,
                    decision_on=date(2026, 6, 1),
                    owner_id=ids[owner],
                    deadline=date(2026, 10, 1),  # overdue on TODAY
                    status=ProposalStatus.OPEN,
                    source_complaints=[ProposalComplaint(complaint_id=linked)],
                )
            )
    data = ReportDataService(db, admin, today=TODAY)
    expected: dict[str, object] = {
        "annual": data.annual(2026),
        "previous": data.annual(2025),
        "quarterly": data.quarterly(2026, 2),
        "listed": data.listed_complaints(YEAR_START, YEAR_END),
        "dashboard": data.dashboard(TODAY),
        "weekly": data.weekly(),
        "cards": FeedbackService(db, admin).overview(YEAR_START, YEAR_END),
    }
    personal = _personal_data(db)
    apply_database_roles(db)
    yield Reported(db, database_url, logins, ids, expected, personal, numbers)
    with db.engine.connect() as connection:
        name = str(connection.execute(text("SELECT current_database()")).scalar_one())
    db.dispose()
    _drop_roles(database_url, [*logins.values(), admin.login, *group_names(name).values()])


@pytest.fixture
def login_as(reported: Reported) -> Iterator[Callable[[str], tuple[Database, CurrentUser]]]:
    """The program's own database access as one of the register's logins."""
    opened: list[Database] = []

    def open_as(key: str) -> tuple[Database, CurrentUser]:
        url = make_url(reported.url).set(username=reported.logins[key], password=None)
        db = Database(url)
        opened.append(db)
        user = load_current_user(db)
        assert user is not None
        assert user.login == reported.logins[key]
        return db, user

    yield open_as
    for db in opened:
        db.dispose()


def _without_names(figures: object) -> object:
    """The quarterly rows as management reads them: no employees' names, and not the
    annex-1 form's written texts (the cause as written, the improvement points), which
    may name people; the cause kind stays."""
    return dataclasses.replace(
        figures,  # type: ignore[type-var]
        rows=tuple(
            dataclasses.replace(r, employees="", cause_text="", improvement_points="")
            for r in figures.rows  # type: ignore[attr-defined]
        ),
    )


def _without_texts(figures: object) -> object:
    """The annual figures as management reads them on a register with rights in the
    database: the counts, without the coordinator's notable cases and the themes counted
    from tables management may not read (complainants, attachments, the audit trail)."""
    return dataclasses.replace(figures, notable=(), themes=None)  # type: ignore[type-var]


def _assert_no_personal_data(shown: str, reported: Reported) -> None:
    for value in reported.personal:
        assert value not in shown, "personal data of a complainant reached management"


# ----- management -----------------------------------------------------------------------------


@postgresql_only
@pytest.mark.parametrize("who", ["management", "mt_handler"])
def test_a_management_login_reads_every_report_and_the_dashboard_without_personal_data(
    who: str, reported: Reported, login_as: Callable[[str], tuple[Database, CurrentUser]]
) -> None:
    db, user = login_as(who)
    data = ReportDataService(db, user, today=TODAY)
    got = {
        "annual": data.annual(2026),
        "previous": data.annual(2025),
        "quarterly": data.quarterly(2026, 2),
        "listed": data.listed_complaints(YEAR_START, YEAR_END),
        "dashboard": data.dashboard(TODAY),
        "weekly": data.weekly(),
        "cards": FeedbackService(db, user).overview(YEAR_START, YEAR_END),
    }
    expected = dict(reported.expected)
    # The same figures as the coordinator's, only without the employees' names.
    expected["quarterly"] = _without_names(expected["quarterly"])
    expected["annual"] = _without_texts(expected["annual"])
    expected["previous"] = _without_texts(expected["previous"])
    assert got == expected
    assert got["dashboard"].open_complaints == 2  # type: ignore[attr-defined]
    assert len(got["quarterly"].rows) == 2  # type: ignore[attr-defined]
    assert got["quarterly"].rows[0].units  # type: ignore[attr-defined]
    shown = repr(got)
    _assert_no_personal_data(shown, reported)
    assert EMPLOYEE_NAME not in shown


@postgresql_only
def test_a_management_login_makes_the_report_files_but_not_one_with_names(
    reported: Reported,
    login_as: Callable[[str], tuple[Database, CurrentUser]],
    tmp_path: Path,
) -> None:
    db, user = login_as("management")
    files = ReportFileService(db, user, today=TODAY)
    assert files.annual(2026, tmp_path / "jaar.pdf").stat().st_size > 0
    assert files.quarterly(2026, 2, tmp_path / "kwartaal.pdf").stat().st_size > 0
    assert files.weekly(tmp_path)
    with pytest.raises(PermissionDenied):
        files.quarterly(2026, 2, tmp_path / "namen.pdf", with_names=True)
    assert not (tmp_path / "namen.pdf").exists()


@postgresql_only
def test_the_coordinators_login_gets_the_same_figures_through_the_views(
    reported: Reported, login_as: Callable[[str], tuple[Database, CurrentUser]]
) -> None:
    db, user = login_as("coordinator")
    data = ReportDataService(db, user, today=TODAY)
    assert data.annual(2026) == reported.expected["annual"]
    assert data.quarterly(2026, 2) == reported.expected["quarterly"]
    assert EMPLOYEE_NAME in repr(data.quarterly(2026, 2))
    assert data.dashboard(TODAY) == reported.expected["dashboard"]
    assert FeedbackService(db, user).overview(YEAR_START, YEAR_END) == reported.expected["cards"]


@postgresql_only
def test_a_login_that_is_management_and_handler_reads_no_other_complaints_description(
    reported: Reported,
) -> None:
    url = make_url(reported.url).set(username=reported.logins["mt_handler"], password=None)
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            # Every complaint's figures, through the view …
            assert connection.execute(
                text("SELECT count(*) FROM ik_complaint_figures")
            ).scalar_one() == len(reported.complaint_ids)
            # … but a description only of the complaints they handle (none).
            assert connection.execute(text("SELECT description FROM complaint")).all() == []
            assert connection.execute(text("SELECT name FROM complainant")).all() == []
            assert connection.execute(text("SELECT text FROM feedback_card")).all() == []
    finally:
        engine.dispose()


@postgresql_only
def test_a_management_login_opens_its_tasks_and_decides_on_proposals_without_names(
    reported: Reported, login_as: Callable[[str], tuple[Database, CurrentUser]]
) -> None:
    db, user = login_as("management")
    items = TaskService(db, user).items(today=TODAY)
    task = next(i for i in items if i.kind == ItemKind.TASK)
    assert (task.title, task.complaint_number) == (MT_TASK, "IK-2026-0004")
    assert [i.title for i in items if i.kind == ItemKind.PROPOSAL] == [
        f"Verbetervoorstel over tijd: {MT_PROPOSAL}"
    ]
    proposals = ImprovementService(db, user, today=TODAY)
    listed = proposals.proposals()
    assert {p.title for p in listed} >= {MT_PROPOSAL, STAFF_PROPOSAL}
    mine = next(p for p in listed if p.title == MT_PROPOSAL)
    assert [(c.number, c.complainant_name) for c in mine.complaints] == [("IK-2026-0004", None)]
    assert proposals.get(mine.id).complaints[0].complainant_name is None
    _assert_no_personal_data(repr(listed), reported)
    # A decision is a write (with its audit event) that the database allows.
    proposals.decide(mine.id, Decision.REJECTED, on=TODAY, version=mine.version)
    assert proposals.get(mine.id).decision == Decision.REJECTED


@postgresql_only
@pytest.mark.gui
@pytest.mark.parametrize("who", ["management", "staff"])
def test_the_main_window_opens_every_screen_for_management_and_staff_without_an_error(
    who: str,
    reported: Reported,
    login_as: Callable[[str], tuple[Database, CurrentUser]],
    qtbot,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.ui import messages
    from app.ui.main_window import MainWindow

    shown: list[object] = []
    monkeypatch.setattr(messages, "show_service_error", lambda _p, e, **_k: shown.append(e))
    monkeypatch.setattr(messages, "error", lambda *a, **_k: shown.append(a))
    monkeypatch.setattr(messages, "warning", lambda *a, **_k: shown.append(a))
    db, user = login_as(who)
    window = MainWindow(db, user)
    qtbot.addWidget(window)
    window.show()
    for screen in window.screens:
        if not window.nav.item(window._keys.index(screen.key)).isHidden():
            window.show_screen(screen.key)
            qtbot.wait(10)
    assert shown == []
    if who == "management":
        assert window.dashboard_page is not None
        qtbot.waitUntil(lambda: not window.dashboard_page.loading, timeout=20_000)
        assert window.dashboard_page.figures is not None
        assert not window.dashboard_page.error_label.isVisible()
        assert window.tasks_page is not None
        qtbot.waitUntil(lambda: not window.tasks_page.loading, timeout=20_000)
        # Two groups: Taken (the MT task) and Voorstellen (the proposal).
        assert len(window.tasks_page.model.group_titles()) >= 2


# ----- staff ----------------------------------------------------------------------------------


@postgresql_only
def test_a_staff_login_sees_its_own_overdue_proposal_and_is_refused_the_rest_in_dutch(
    reported: Reported, login_as: Callable[[str], tuple[Database, CurrentUser]]
) -> None:
    db, user = login_as("staff")
    items = TaskService(db, user).items(today=TODAY)
    assert [i.title for i in items] == [f"Verbetervoorstel over tijd: {STAFF_PROPOSAL}"]
    refused: list[Callable[[], object]] = [
        lambda: ReportDataService(db, user, today=TODAY).annual(2026),
        lambda: ReportDataService(db, user, today=TODAY).dashboard(TODAY),
        lambda: RegisterService(db, user).count(),
        lambda: ImprovementService(db, user).proposals(),
        lambda: FeedbackService(db, user).overview(YEAR_START, YEAR_END),
    ]
    for call in refused:
        with pytest.raises(PermissionDenied):
            call()


# ----- what the database still refuses --------------------------------------------------------


@postgresql_only
def test_a_refusal_by_the_database_reaches_the_user_as_a_dutch_permission_error(
    reported: Reported, login_as: Callable[[str], tuple[Database, CurrentUser]]
) -> None:
    db, management = login_as("management")
    # The program is told this login is a coordinator; the database knows better.
    claimed = dataclasses.replace(management, roles=frozenset({Role.COORDINATOR}))
    with pytest.raises(DatabaseAccessDenied) as read:
        RegisterService(db, claimed).count()
    assert read.value.message == "U hebt geen toegang tot deze gegevens in de database."
    assert read.value.__cause__ is None  # no database text travels with it
    # A write, too: nothing of it is stored.
    as_administrator = dataclasses.replace(management, roles=frozenset({Role.ADMINISTRATOR}))
    with pytest.raises(DatabaseAccessDenied):
        OrganisationService(db, as_administrator).create_unit(
            UnitInput(name="Team Ongeoorloofd", kind=UnitKind.TEAM)
        )
    with reported.db.session_scope() as s:
        assert s.scalar(select(OrgUnit.id).where(OrgUnit.name == "Team Ongeoorloofd")) is None


@postgresql_only
def test_raw_sql_shows_the_refusal_is_the_databases_own(reported: Reported) -> None:
    """The refusal above is the server's (SQLSTATE 42501), not one the program made up."""
    url = make_url(reported.url).set(username=reported.logins["management"], password=None)
    engine = create_engine(url)
    try:
        with pytest.raises(DBAPIError) as refused, engine.connect() as connection:
            connection.execute(text("SELECT count(*) FROM complaint_search"))
        assert getattr(refused.value.orig, "sqlstate", None) == "42501"
    finally:
        engine.dispose()
