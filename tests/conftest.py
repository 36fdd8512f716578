"""Test fixtures: offscreen Qt, private user folders, a fresh database per test on SQLite
and on a real PostgreSQL server."""

from __future__ import annotations

import os
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

import itertools
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.db import Database
from app.migrate import upgrade_database
from app.services.identity import set_up_first_use
from app.services.permissions import CurrentUser
from tests.pgserver import PostgresServer

BACKENDS = ("sqlite", "postgresql")
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}

_outcomes: Counter[tuple[str, str]] = Counter()
_counter = itertools.count(1)


@pytest.fixture(autouse=True)
def widgets_live_until_closed(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Keep every widget a test gives to ``qtbot.addWidget`` alive until pytest-qt has
    closed it.

    pytest-qt holds those widgets by weak reference only. A page that nothing but its own
    reference cycles kept alive was collected at a random moment after the test body had
    returned: during pytest-qt's event processing, in the middle of painting its own table,
    whose model was deleted under it (a segfault in ``QAbstractItemModel::multiData``, seen
    in CI). The list is cleared in this fixture's teardown, which pytest runs after
    pytest-qt's teardown hook has closed the widgets.
    """
    from pytestqt import qtbot as qtbot_module

    kept: dict[int, object] = {}
    add_widget = qtbot_module._add_widget

    def add_and_keep(item: pytest.Item, widget: Any, **options: object) -> None:
        key = id(widget)
        kept[key] = widget
        # A widget the program deletes itself (a dialog closed with WA_DeleteOnClose) is let
        # go, so pytest-qt does not try to close what is gone. The lambda holds no widget.
        widget.destroyed.connect(lambda *_args: kept.pop(key, None))
        add_widget(item, widget, **options)

    monkeypatch.setattr(qtbot_module, "_add_widget", add_and_keep)
    yield
    if not kept:
        return
    # Closed by now; deleted here, so their child windows (a message box a test left open)
    # go with them instead of standing on screen in a later test.
    from PySide6.QtCore import QCoreApplication, QEvent
    from shiboken6 import isValid

    for widget in list(kept.values()):
        if isValid(widget):
            widget.deleteLater()  # type: ignore[attr-defined]
    kept.clear()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own data, config, log folders and QSettings."""
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        folder = tmp_path / "user" / variable.lower()
        folder.mkdir(parents=True)
        monkeypatch.setenv(variable, str(folder))
    monkeypatch.delenv("INTERNE_KLACHTEN_DB", raising=False)
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )


@pytest.fixture(scope="session")
def deidentify_model(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The process-wide ``deduce`` model, loaded once per test run (the first build takes
    about 90 s; every later ``find_spans``/``scrub`` in the run reuses it)."""
    from app.services import deidentify

    # A developer may keep the built cache between runs (CI builds it once per run).
    kept = os.environ.get("INTERNE_KLACHTEN_TEST_DEDUCE_CACHE")
    deidentify.warm_up(Path(kept) if kept else tmp_path_factory.mktemp("deduce-cache"))


# ----- PostgreSQL server (one per test session) -----------------------------------------


@pytest.fixture(scope="session")
def postgres_admin_url() -> Iterator[str | None]:
    server = PostgresServer()
    url = server.start()
    yield url
    server.stop()


def _admin_engine(admin_url: str):  # type: ignore[no-untyped-def]
    return create_engine(admin_url, isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def postgres_template(postgres_admin_url: str | None) -> Iterator[str | None]:
    """A migrated template database; each test copies it (CREATE DATABASE … TEMPLATE)."""
    if postgres_admin_url is None:
        yield None
        return
    name = f"ik_template_{os.getpid()}"
    engine = _admin_engine(postgres_admin_url)
    with engine.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    template = Database(make_url(postgres_admin_url).set(database=name))
    upgrade_database(template)
    template.dispose()
    yield name
    with engine.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
    engine.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    template = Database(f"sqlite:///{path}")
    upgrade_database(template, backup_folder=path.parent / "backups")
    template.dispose()
    return path


def _copy_sqlite(source: Path, target: Path) -> None:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def _postgres_or_skip(request: pytest.FixtureRequest) -> str:
    admin_url: str | None = request.getfixturevalue("postgres_admin_url")
    if admin_url is None:
        problem = "PostgreSQL is not available"
        if IN_CI:
            pytest.fail(f"{problem} (in CI this is a failure, not a skip)")
        pytest.skip(problem)
    return admin_url


def _postgres_database(request: pytest.FixtureRequest, template: str | None) -> Iterator[str]:
    admin_url = _postgres_or_skip(request)
    name = f"ik_test_{os.getpid()}_{next(_counter)}"
    engine = _admin_engine(admin_url)
    with engine.connect() as connection:
        suffix = f' TEMPLATE "{template}"' if template else ""
        connection.execute(text(f'CREATE DATABASE "{name}"{suffix}'))
    yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    with engine.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


@pytest.fixture
def database_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a fresh, migrated database with no data, on the test's backend."""
    if backend == "sqlite":
        path = tmp_path / "klachten.db"
        _copy_sqlite(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    _postgres_or_skip(request)
    yield from _postgres_database(request, request.getfixturevalue("postgres_template"))


@pytest.fixture
def second_db(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """Another fresh, migrated database with no users, on the same backend."""
    if backend == "sqlite":
        path = tmp_path / "tweede.db"
        _copy_sqlite(request.getfixturevalue("sqlite_template"), path)
        db = Database(f"sqlite:///{path}")
        yield db
        db.dispose()
        return
    _postgres_or_skip(request)
    for url in _postgres_database(request, request.getfixturevalue("postgres_template")):
        db = Database(url)
        yield db
        db.dispose()


@pytest.fixture
def empty_database_url(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[str]:
    """The URL of a database without any table (not migrated)."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'leeg.db'}"
        return
    yield from _postgres_database(request, None)


@pytest.fixture
def fresh_db(database_url: str) -> Iterator[Database]:
    """A fresh database with no users yet (the first-use state)."""
    db = Database(database_url)
    yield db
    _background_reads_done()
    db.dispose()


def _background_reads_done() -> None:
    """Screens read off the GUI thread (app.ui.ops): let a read still under way end
    before its database goes, so it neither holds a server lock nor leaks a connection."""
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone()


@pytest.fixture
def db(fresh_db: Database, admin: CurrentUser) -> Database:
    """A fresh database whose first user (``admin``) has been set up."""
    return fresh_db


@pytest.fixture
def admin(fresh_db: Database) -> CurrentUser:
    """The first user: administrator and coordinator."""
    return set_up_first_use(
        fresh_db,
        organisation_name="Testorganisatie",
        user_name="Adri Beheerder",
        login="beheerder-test",
    )


def add_employee(db: Database, admin: CurrentUser, login: str, name: str, *roles: Any) -> int:
    """Creates an employee (roles: ``Role`` values; a handler when none are given)."""
    from app.models.enums import Role
    from app.services.organisation import EmployeeInput, OrganisationService

    return (
        OrganisationService(db, admin)
        .create_employee(
            EmployeeInput(name=name, login=login, roles=frozenset(roles or {Role.HANDLER}))
        )
        .id
    )


@pytest.fixture
def people(db: Database, admin: CurrentUser) -> dict[str, int]:
    """Two handlers: one the complaint is about, one to handle it. A test file that needs
    more people extends it (``def people(people, db, admin): return people | {...}``)."""
    return {
        "concerned": add_employee(db, admin, "concerned", "Proef Betrokkene"),
        "handler": add_employee(db, admin, "handler", "Proef Behandelaar"),
    }


HANDLER_NAME = "Proef Sigma"


@pytest.fixture
def handler(db: Database, admin: CurrentUser) -> CurrentUser:
    """A handler who signs in themselves (login ``sigma``, named ``HANDLER_NAME``)."""
    from app.services.identity import load_current_user

    add_employee(db, admin, "sigma", HANDLER_NAME)
    user = load_current_user(db, "sigma")
    assert user is not None
    return user


CONTACT_NOTE = "Klager gebeld, verhaal aangehoord en uitgelegd hoe we de klacht verder behandelen."


COMPLAINT_TEXT = "de medewerker onvriendelijk was aan de telefoon."
RegisterComplaint = Callable[..., int]


@pytest.fixture
def register_complaint(
    db: Database, admin: CurrentUser, people: dict[str, int]
) -> RegisterComplaint:
    """Registers a complaint about ``people["concerned"]``: ``register_complaint(received_on,
    today=None, name=..., email=...)`` returns its id (``today`` as the intake's date)."""
    from app.services.complainants import ComplainantData
    from app.services.intake import ConcernedEmployee, IntakeData, IntakeService

    def register(
        received_on: date,
        *,
        today: date | None = None,
        name: str = "Proefklager Mu",
        email: str = "mu@example.com",
    ) -> int:
        data = IntakeData(
            description=COMPLAINT_TEXT,
            complainant=ComplainantData(name=name, email=email),
            received_on=received_on,
            employees_concerned=(ConcernedEmployee(people["concerned"]),),
        )
        return IntakeService(db, admin).register(data, today=today).complaint_id

    return register


@pytest.fixture
def complaint_id(register_complaint: RegisterComplaint) -> int:
    """A complaint received today about ``people["concerned"]``, from "Proefklager Mu"
    (mu@example.com). Test files that need another complaint define their own."""
    return register_complaint(date.today())


@pytest.fixture
def contacted_complaint(
    db: Database, admin: CurrentUser, people: dict[str, int], register_complaint: RegisterComplaint
) -> int:
    """A complaint about ``people["concerned"]``, received 24 April 2026, assigned to
    ``people["handler"]``, who made first contact on 28 April."""
    from app.models.enums import NoteChannel
    from app.services.workflow import WorkflowService

    received = date(2026, 4, 24)
    complaint = register_complaint(received, today=received)
    workflow = WorkflowService(db, admin)
    workflow.assign(complaint, people["handler"])
    workflow.record_first_contact(
        complaint, datetime(2026, 4, 28, 9, 30, tzinfo=UTC), NoteChannel.PHONE, CONTACT_NOTE
    )
    return complaint


# ----- GUI tests run on SQLite ----------------------------------------------------------


@pytest.hookimpl(tryfirst=True)  # before the fixture manager parametrizes ``backend``
def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A GUI test (marker ``gui``, or one that asks for ``qtbot``) runs on SQLite only.

    The screens reach the database only through the services, and every service is tested
    on both backends by the non-GUI tests; running each widget test a second time on
    PostgreSQL doubled the GUI tests' wall time and found nothing the service tests do not.
    A GUI test of behaviour that differs per backend (how a lock wait ends, say) is marked
    ``both_backends`` and keeps its PostgreSQL run; one marked ``postgresql_only`` keeps its
    only run. A test that names its backends itself
    (``@pytest.mark.parametrize("backend", …)``) is left as it is.
    """
    if "backend" not in metafunc.fixturenames:
        return
    definition = metafunc.definition
    is_gui = definition.get_closest_marker("gui") is not None or "qtbot" in metafunc.fixturenames
    if not is_gui or any(
        definition.get_closest_marker(name) is not None
        for name in ("both_backends", "postgresql_only")
    ):
        return
    for mark in definition.iter_markers("parametrize"):
        names = mark.args[0] if mark.args else mark.kwargs.get("argnames", "")
        if "backend" in (names.replace(" ", "").split(",") if isinstance(names, str) else names):
            return
    metafunc.parametrize("backend", ["sqlite"])


# ----- a summary per database backend ----------------------------------------------------


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when != "call" and not (report.when == "setup" and report.outcome != "passed"):
        return
    params = report.nodeid.partition("[")[2]
    for backend_name in BACKENDS:
        if params.startswith(backend_name) or f"-{backend_name}" in params:
            _outcomes[(backend_name, report.outcome)] += 1


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    parts = []
    for backend_name in BACKENDS:
        counts = ", ".join(
            f"{_outcomes[(backend_name, outcome)]} {outcome}"
            for outcome in ("passed", "failed", "skipped")
            if _outcomes[(backend_name, outcome)]
        )
        parts.append(f"{backend_name}: {counts or 'none'}")
    terminalreporter.write_line("database tests per backend — " + "; ".join(parts))


# ----- long fault runs: only on request ---------------------------------------------------


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--stress", action="store_true", help="also run the long fault tests (marker 'stress')"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    _deselect_sqlite_runs_of_postgresql_only_tests(config, items)
    # Skipped (not deselected) so every run's summary shows they exist and how to run them.
    if config.getoption("--stress") or "stress" in (config.option.markexpr or ""):
        return
    skip = pytest.mark.skip(reason="long fault run: use --stress or -m stress")
    for item in items:
        if item.get_closest_marker("stress"):
            item.add_marker(skip)


def _deselect_sqlite_runs_of_postgresql_only_tests(
    config: pytest.Config, items: list[pytest.Item]
) -> None:
    """A test marked ``postgresql_only`` is about the server's own features (roles,
    row-level security): its SQLite run is not collected at all, rather than skipped."""
    kept, dropped = [], []
    for item in items:
        callspec = getattr(item, "callspec", None)
        on_sqlite = callspec is not None and callspec.params.get("backend") == "sqlite"
        (dropped if on_sqlite and item.get_closest_marker("postgresql_only") else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept
