"""A window at once: ``gui --exit-when-shown``, screens built on their first visit, heavy
libraries (reports, spreadsheets, Word, migrations) imported only when used, and a schema
check without alembic when the schema is current."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory

from app.db import Database
from app.migrate import alembic_config, head_revision, stored_revision, upgrade_database
from app.services.identity import current_login, set_up_first_use
from app.services.permissions import CurrentUser
from app.ui.main_window import MainWindow
from app.ui.pages import LoadingPage

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("reportlab", "openpyxl", "alembic", "docx")
TIMINGS = re.compile(r"^startup first_paint_ms=(\d+) ready_ms=(\d+)( peak_rss_mb=\d+)?$", re.M)


def _python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter (offscreen Qt, this checkout's ``app``)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=ROOT,
    )


def _url(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


@pytest.fixture
def own_login_db(fresh_db: Database) -> Database:
    """A database whose first user is whoever runs the tests, as the program sees them."""
    set_up_first_use(
        fresh_db,
        organisation_name="Testorganisatie",
        user_name="Adri Beheerder",
        login=current_login(fresh_db),
    )
    return fresh_db


# ----- gui --exit-when-shown -------------------------------------------------------------


RUN_GUI_AND_LIST_HEAVY_MODULES = """
    import atexit, runpy, sys
    heavy = {heavy!r}
    atexit.register(
        lambda: print("loaded:", sorted({{m.split(".")[0] for m in sys.modules}} & set(heavy)))
    )
    sys.argv = ["app", *sys.argv[1:]]
    runpy.run_module("app", run_name="__main__")
"""


def test_gui_exit_when_shown_opens_the_main_window_and_ends_with_timings(
    own_login_db: Database,
) -> None:
    result = _python(
        RUN_GUI_AND_LIST_HEAVY_MODULES.format(heavy=HEAVY),
        "--db",
        _url(own_login_db),
        "gui",
        "--exit-when-shown",
        "--timings",
    )
    assert result.returncode == 0, result.stderr[-2000:]
    timings = TIMINGS.search(result.stderr)
    assert timings is not None, result.stderr[-2000:]
    first_paint, ready = int(timings.group(1)), int(timings.group(2))
    assert 0 < first_paint <= ready
    # A whole start with the first screen (Vandaag) needs none of the heavy libraries.
    assert "loaded: []" in result.stdout
    # Nothing personal on the terminal.
    assert "Adri" not in result.stdout + result.stderr
    assert "Testorganisatie" not in result.stdout + result.stderr


def test_gui_exit_when_shown_without_timings_prints_none(own_login_db: Database) -> None:
    result = _python(
        "import runpy, sys; sys.argv = ['app', *sys.argv[1:]]; "
        "runpy.run_module('app', run_name='__main__')",
        "--db",
        _url(own_login_db),
        "gui",
        "--exit-when-shown",
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert TIMINGS.search(result.stderr) is None


@pytest.mark.gui
def test_ready_waits_until_the_first_screen_has_its_data(
    qtbot, db: Database, admin: CurrentUser, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QApplication

    from app.ui import ops
    from app.ui.startup import StartupProbe

    held: list[ops.Op] = []
    monkeypatch.setattr(ops, "launch", held.append)
    probe = StartupProbe(QApplication.instance(), start=0.0)
    window = MainWindow(db, admin)
    qtbot.addWidget(window)
    probe.watch(window)
    window.show()
    qtbot.waitUntil(lambda: window.built_screens() == {"tasks"}, timeout=10_000)
    page = window.stack.currentWidget()
    # Vandaag's read is held: the window has painted, but not with its data.
    assert page.loading
    qtbot.wait(300)
    assert probe.first_paint is not None
    assert probe.ready_at is None

    with qtbot.waitSignal(probe.ready, timeout=10_000):
        while held:
            held.pop(0).run()
    assert not page.loading
    assert probe.ready_at is not None
    assert probe.ready_at >= probe.first_paint
    probe.deleteLater()


# ----- pages built on their first visit ------------------------------------------------


@pytest.mark.gui
def test_the_window_paints_its_shell_first_and_builds_each_screen_on_its_first_visit(
    qtbot, db: Database, admin: CurrentUser
) -> None:
    from app.ui.reports.dashboard_page import DashboardPage
    from app.ui.tasks.page import TodayPage

    window = MainWindow(db, admin)
    qtbot.addWidget(window)
    # Constructed: the shell with "Laden…" in front, no screen built yet.
    assert window.built_screens() == set()
    assert isinstance(window.stack.currentWidget(), LoadingPage)

    window.show()
    # After the first paint only the first screen (Vandaag for the coordinator) is built.
    qtbot.waitUntil(lambda: window.built_screens() == {"tasks"}, timeout=10_000)
    assert isinstance(window.stack.currentWidget(), TodayPage)
    assert window.current_screen() == "tasks"

    window.show_screen("dashboard")
    assert window.built_screens() == {"tasks", "dashboard"}
    assert isinstance(window.stack.currentWidget(), DashboardPage)
    assert window.stack.currentWidget() is window.dashboard_page

    # A page asked for by code is built then too, without coming to the front.
    assert window.register_page is not None
    assert window.built_screens() == {"tasks", "dashboard", "complaints"}
    assert window.current_screen() == "dashboard"


@pytest.mark.gui
def test_a_screen_asked_for_before_the_first_paint_is_built_in_its_place(
    qtbot, db: Database, admin: CurrentUser
) -> None:
    from app.ui.tasks.page import TodayPage

    window = MainWindow(db, admin)
    qtbot.addWidget(window)
    assert isinstance(window.tasks_page, TodayPage)
    assert window.stack.currentWidget() is window.tasks_page
    window.show()
    qtbot.waitUntil(lambda: window.isVisible(), timeout=10_000)
    assert window.built_screens() == {"tasks"}


def test_opening_the_main_window_imports_no_report_spreadsheet_word_or_migration_library(
    db: Database,
) -> None:
    result = _python(
        """
        import sys
        from PySide6.QtWidgets import QApplication
        from app.db import Database
        from app.services.identity import load_current_user
        from app.ui.main_window import MainWindow

        application = QApplication([])
        db = Database(sys.argv[1])
        window = MainWindow(db, load_current_user(db, "beheerder-test"))
        window.show()
        while not window.built_screens():
            application.processEvents()
        print("built:", sorted(window.built_screens()))
        print("loaded:", sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[2:])))
        db.dispose()
        """,
        _url(db),
        *HEAVY,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "built: ['tasks']" in result.stdout
    assert "loaded: []" in result.stdout


# ----- the schema check ------------------------------------------------------------------


def test_the_head_revision_read_from_the_scripts_is_alembics_head() -> None:
    assert head_revision() is not None
    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_a_current_schema_is_checked_with_one_query_and_without_alembic(db: Database) -> None:
    assert stored_revision(db) == head_revision()
    result = _python(
        """
        import sys
        from app.db import Database
        from app.migrate import upgrade_database

        db = Database(sys.argv[1])
        print("up to date:", upgrade_database(db).up_to_date)
        print("alembic loaded:", "alembic" in sys.modules)
        db.dispose()
        """,
        _url(db),
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "up to date: True" in result.stdout
    assert "alembic loaded: False" in result.stdout


def test_an_older_schema_is_still_upgraded_to_the_head(database_url: str) -> None:
    db = Database(database_url)
    config = alembic_config()
    try:
        with db.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0004")
        assert stored_revision(db) == "0004"
        state = upgrade_database(db)
        assert (state.current, state.head) == (head_revision(), head_revision())
        assert stored_revision(db) == head_revision()
    finally:
        db.dispose()
