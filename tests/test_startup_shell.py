"""The window's shell is painted before the data layer is imported; the database is opened
just after that first paint, and a database that cannot be used is still refused in Dutch."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import text

from app import launch
from app.db import Database
from app.migrate import upgrade_database
from app.services.identity import current_login, set_up_first_use

ROOT = Path(__file__).resolve().parent.parent

RUN_GUI_AND_LIST_MODULES_AT_FIRST_PAINT = """
    import atexit, runpy, sys
    from app.ui import startup

    probes = []
    original_init = startup.StartupProbe.__init__

    def init(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        probes.append(self)

    startup.StartupProbe.__init__ = init
    original_filter = startup.StartupProbe.eventFilter
    built_at_first_paint = []

    def event_filter(self, watched, event):
        before = self.first_paint
        result = original_filter(self, watched, event)
        if before is None and self.first_paint is not None:
            import PySide6.QtCore

            # PySide6 builds a class's enums when it is first taken from its module.
            built_at_first_paint.append("Qt" in PySide6.QtCore.__dict__)
        return result

    startup.StartupProbe.eventFilter = event_filter

    def report():
        loaded = probes[0].modules_at_first_paint
        data_layer = ("sqlalchemy", "app.db", "app.models", "app.services.base", "app.cli")
        print("painted with:", [name for name in data_layer if name in loaded])
        print("at the end:", "sqlalchemy" in sys.modules)
        print("Qt namespace built at first paint:", built_at_first_paint)

    atexit.register(report)
    sys.argv = ["app", *sys.argv[1:]]
    runpy.run_module("app", run_name="__main__")
"""


def _run_gui(script: str, db: Database, *options: str) -> subprocess.CompletedProcess[str]:
    """``script`` (which runs the program as ``python -m app`` does) with the GUI on ``db``,
    offscreen, until the main window is shown with its data; it must end well."""
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            textwrap.dedent(script),
            "--db",
            db.url.render_as_string(hide_password=False),
            "gui",
            "--exit-when-shown",
            *options,
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result


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


def test_the_shell_is_painted_before_sqlalchemy_or_the_services_are_imported(
    own_login_db: Database,
) -> None:
    result = _run_gui(RUN_GUI_AND_LIST_MODULES_AT_FIRST_PAINT, own_login_db, "--timings")
    assert "painted with: []" in result.stdout
    # Nor Qt's namespace of flags and enums (about 10 ms): the shell needs none of it.
    assert "Qt namespace built at first paint: [False]" in result.stdout
    # The main window did come, with the database behind it.
    assert "at the end: True" in result.stdout
    assert "startup first_paint_ms=" in result.stderr


def test_a_newer_database_is_refused_in_dutch_after_the_shell_was_shown(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "nieuw.db"
    db = Database(f"sqlite:///{path}")
    upgrade_database(db, backup_folder=tmp_path / "b")
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    db.dispose()
    shown: list[str] = []
    monkeypatch.setattr("app.ui.application.show_fatal_error", shown.append)
    assert launch.main(["--db", f"sqlite:///{path}"]) == 2
    assert "nieuwere versie" in capsys.readouterr().err
    assert len(shown) == 1
    assert "nieuwere versie" in shown[0]


@pytest.mark.parametrize(
    "argv",
    [[], ["gui"], ["--db", "sqlite:///x.db", "--verbose", "gui", "--exit-when-shown", "--timings"]],
)
def test_only_a_start_of_the_gui_takes_the_shell_first_path(argv: list[str]) -> None:
    assert launch.gui_arguments(argv) is not None


@pytest.mark.parametrize(
    "argv",
    [["demo"], ["--help"], ["--version"], ["gui", "--onbekend"], ["--db"], ["verify"]],
)
def test_every_other_command_goes_to_the_full_command_line(argv: list[str]) -> None:
    assert launch.gui_arguments(argv) is None


# ----- one window that fills in --------------------------------------------------------


def _main_windows() -> list[QWidget]:
    from app.ui.main_window import MainWindow

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


@pytest.mark.gui
def test_the_shell_that_painted_first_becomes_the_main_window_with_its_screens(
    qtbot, own_login_db: Database
) -> None:
    from app.ui.application import start_gui
    from app.ui.main_window import MainWindow

    shell = MainWindow()
    qtbot.addWidget(shell)
    with qtbot.waitSignal(shell.shell_painted, timeout=10_000):
        shell.show()
    # The shell knows no user: no screens, no menus, "Laden…".
    assert shell.nav.count() == 0
    assert not shell.is_attached()
    menus = [action.menu() for action in shell.menuBar().actions()]
    assert [menu.title() for menu in menus] == ["&Bestand", "&Ga naar", "&Help"]
    assert all(not menu.isEnabled() and menu.actions() == [] for menu in menus)

    application = QApplication.instance()
    assert isinstance(application, QApplication)
    stop = start_gui(application, own_login_db, shell=shell)
    try:
        qtbot.waitUntil(lambda: shell.built_screens() == {"tasks"}, timeout=15_000)
        # The same window, now with the coordinator's screens, menus and status bar;
        # no second window took its place.
        assert shell.is_attached()
        assert shell.isVisible()
        assert shell.nav.count() == len(shell.screens) > 0
        assert [a.text() for a in shell.menuBar().actions()] == ["&Bestand", "&Ga naar", "&Help"]
        assert all(a.menu().isEnabled() and a.menu().actions() for a in shell.menuBar().actions())
        assert "Testorganisatie" in shell.windowTitle()
        assert [w for w in _main_windows() if w.isVisible()] == [shell]
    finally:
        stop()
        shell.close()


@pytest.mark.gui
def test_a_login_that_is_not_an_employee_gets_the_refusal_instead_of_the_shell(
    qtbot, fresh_db: Database
) -> None:
    from app.ui.application import start_gui
    from app.ui.main_window import MainWindow

    set_up_first_use(
        fresh_db, organisation_name="Testorganisatie", user_name="Iemand Anders", login="anders"
    )
    shell = MainWindow()
    qtbot.addWidget(shell)
    with qtbot.waitSignal(shell.shell_painted, timeout=10_000):
        shell.show()
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    stop = start_gui(application, fresh_db, shell=shell)
    try:
        qtbot.waitUntil(lambda: not shell.isVisible(), timeout=10_000)
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        visible = [b for b in boxes if b.isVisible()]
        assert len(visible) == 1
        assert "niet bekend" in visible[0].text()
        assert not shell.is_attached()
    finally:
        stop()
        for box in QApplication.topLevelWidgets():
            if isinstance(box, QMessageBox):
                box.close()


# ----- PySide6's import hook -----------------------------------------------------------


def test_modules_imported_after_pyside_are_not_tokenised_into_the_line_cache(
    tmp_path: Path,
) -> None:
    """PySide6's ``__feature__`` hook read every later module's source with
    ``inspect.getsource``; the light check reads the file's bytes instead."""
    module = tmp_path / "ik_probe_module_after_pyside.py"
    module.write_text("VALUE = 1\n", encoding="utf-8")
    code = textwrap.dedent(
        f"""
        import linecache, sys
        sys.path.insert(0, {str(tmp_path)!r})
        from app.ui import startup  # applies the light check on import
        import ik_probe_module_after_pyside
        print("cached:", {str(module)!r} in linecache.cache)
        print("hook:", startup.lighten_feature_hook())
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "hook: True" in result.stdout
    assert "cached: False" in result.stdout


@pytest.mark.gui
def test_on_an_empty_database_the_first_use_dialog_comes_and_then_the_window_fills_in(
    qtbot, fresh_db: Database
) -> None:
    from PySide6.QtCore import Qt

    from app.ui.application import start_gui
    from app.ui.first_use import FirstUseDialog
    from app.ui.main_window import MainWindow

    shell = MainWindow()
    qtbot.addWidget(shell)
    with qtbot.waitSignal(shell.shell_painted, timeout=10_000):
        shell.show()
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    stop = start_gui(application, fresh_db, shell=shell)
    try:

        def dialog() -> FirstUseDialog | None:
            found = [
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, FirstUseDialog) and w.isVisible()
            ]
            return found[0] if found else None

        qtbot.waitUntil(lambda: dialog() is not None, timeout=10_000)
        first_use = dialog()
        assert first_use is not None
        assert not shell.isVisible()  # the dialog stands alone, not over an empty window
        qtbot.keyClicks(first_use.organisation_edit, "Gemeente Proefstad")
        qtbot.keyClicks(first_use.name_edit, "Hanna Eerst")
        qtbot.mouseClick(first_use.start_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: shell.built_screens() == {"tasks"}, timeout=15_000)
        assert shell.isVisible()
        assert shell.is_attached()
        assert "Gemeente Proefstad" in shell.windowTitle()
    finally:
        stop()
        shell.close()


RUN_GUI_AND_LIST_MODULES_AT_READY = """
    import atexit, runpy, sys
    from app.ui import startup

    at_ready = []
    original_init = startup.StartupProbe.__init__

    def init(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        self.ready.connect(lambda: at_ready.append(frozenset(sys.modules)))

    startup.StartupProbe.__init__ = init

    def report():
        heavy = ("holidays", "phonenumbers", "sqlalchemy.dialects.postgresql", "numpy")
        print("ready with:", [name for name in heavy if name in at_ready[0]])

    atexit.register(report)
    sys.argv = ["app", *sys.argv[1:]]
    runpy.run_module("app", run_name="__main__")
"""


@pytest.mark.gui
def test_vandaag_is_ready_without_the_holiday_package_or_phone_numbers(
    own_login_db: Database,
) -> None:
    """A start after an earlier one: the holiday table was kept (``calendar.warm_up``), so
    Vandaag's deadlines need neither the holidays package nor the other heavy modules."""
    from app.services import calendar
    from app.services.complainants import ComplainantData
    from app.services.identity import load_current_user
    from app.services.intake import IntakeData, IntakeService

    user = load_current_user(own_login_db)
    assert user is not None
    received = date.today() - timedelta(days=3)
    IntakeService(own_login_db, user).register(
        IntakeData(
            received_on=received,
            complainant=ComplainantData(name="Proefklager Nu", email="nu@example.com"),
            description="Een klacht om de termijnen van Vandaag te vullen.",
        ),
        today=received,
    )
    calendar.warm_up()
    result = _run_gui(RUN_GUI_AND_LIST_MODULES_AT_READY, own_login_db)
    assert "ready with: []" in result.stdout


LOG_BEFORE_AND_AFTER_THE_LOG_FILE = """
    import logging
    from app import launch
    from app.paths import user_log_dir

    set_up = launch._log_file_after_first_paint(verbose=False)
    logging.getLogger("app.proef").warning("voor het eerste beeld")
    logging.getLogger("app.proef").debug("te fijn om te bewaren")
    set_up()
    logging.getLogger("app.proef").info("na het eerste beeld")
    print(user_log_dir() / "interne-klachten.log")
"""


def test_what_is_logged_before_the_log_file_exists_still_reaches_it(tmp_path: Path) -> None:
    """The GUI sets up its log file just after the window's first paint; a warning from
    before then (a missing Qt translation, say) is kept and written to it then."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(LOG_BEFORE_AND_AFTER_THE_LOG_FILE)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    log_file = Path(result.stdout.strip())
    assert log_file.is_relative_to(tmp_path)
    written = log_file.read_text(encoding="utf-8")
    assert "WARNING app.proef: voor het eerste beeld" in written
    assert "INFO app.proef: na het eerste beeld" in written
    assert "te fijn" not in written
    assert written.index("voor het eerste beeld") < written.index("na het eerste beeld")
    if os.name == "posix":
        assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
    # Nothing went to stderr: the warning waited for the file instead.
    assert "voor het eerste beeld" not in result.stderr
