"""Personal data stays where it belongs: never in the log, and every file the program keeps
(database, backups, log, temporary copies) readable by its owner only."""

from __future__ import annotations

import errno
import logging
import logging.handlers
import os
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import platformdirs
import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from app import APP_NAME, cli
from app.db import Database, default_database_url
from app.logfile import PrivateTracebackFormatter
from app.models import Complainant, Complaint
from app.paths import temp_copies_dir, user_data_dir, user_log_dir
from app.services.permissions import CurrentUser
from app.ui.files import TempFiles

# The invented complainant of the import whose write fails.
REFUSED_NAME = "Zeno Zwartvlieg"
REFUSED_EMAIL = "zeno.zwartvlieg@example.org"
REFUSED_PHONE = "06-21436587"


@pytest.fixture
def own_log_file() -> Iterator[Path]:
    """The log the command line sets up, in this test's own log folder.

    ``_configure_logging`` keeps the first rotating handler of the process; a handler left by
    another test would write into that test's folder, so it is set aside for this test.
    """
    root = logging.getLogger()
    saved_handlers, saved_level = list(root.handlers), root.level
    for handler in saved_handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            root.removeHandler(handler)
    yield user_log_dir()
    for handler in list(root.handlers):
        if handler not in saved_handlers:
            root.removeHandler(handler)
            handler.close()
    for handler in saved_handlers:
        if handler not in root.handlers:
            root.addHandler(handler)
    root.setLevel(saved_level)


def _national(phone: str) -> str:
    """+31612345678 → 0612345678 (how a number may also be written)."""
    return "0" + phone[3:] if phone.startswith("+31") else phone


def _personal_data(db: Database) -> set[str]:
    with db.session_scope() as session:
        people = list(session.scalars(select(Complainant)))
    found: set[str] = {REFUSED_NAME, REFUSED_EMAIL, REFUSED_PHONE, REFUSED_PHONE.replace("-", "")}
    for person in people:
        for value in (person.name, person.email, person.street):
            if value and len(value) > 3:
                found.add(value)
        for phone in (person.phone_day, person.phone_evening):
            if phone:
                found.update({phone, _national(phone)})
    return found


def _break_writes_of_complainants(db: Database) -> None:
    """A write that fails inside the database in a way the program does not foresee (not a
    refused constraint, not a storage fault): the error carries the row being written —
    SQLAlchemy quotes the parameters, PostgreSQL quotes the row in DETAIL."""
    with db.engine.begin() as connection:
        if db.is_sqlite:
            # The trigger writes to a table that is gone by the time it fires.
            connection.execute(text("CREATE TABLE gone (name TEXT)"))
            connection.execute(
                text(
                    "CREATE TRIGGER break_complainant BEFORE INSERT ON complainant "
                    "BEGIN INSERT INTO gone VALUES (NEW.name); END"
                )
            )
            connection.execute(text("DROP TABLE gone"))
            return
        connection.execute(
            text(
                "CREATE FUNCTION break_complainant() RETURNS trigger LANGUAGE plpgsql AS $$ "
                "BEGIN RAISE EXCEPTION 'broken by the test' USING ERRCODE = 'data_exception', "
                "DETAIL = format('Failing row contains (%s).', NEW.name); END $$"
            )
        )
        connection.execute(
            text(
                "CREATE TRIGGER break_complainant BEFORE INSERT ON complainant "
                "FOR EACH ROW EXECUTE FUNCTION break_complainant()"
            )
        )


# Both backends: a failed write's error text comes from the database driver, and
# PostgreSQL's quotes the offending values.
@pytest.mark.gui
@pytest.mark.both_backends
def test_the_log_holds_no_complainant_data_after_demo_commands_a_failed_write_and_the_gui(
    database_url: str,
    own_log_file: Path,
    tmp_path: Path,
    qtbot,  # type: ignore[no-untyped-def]
    capsys: pytest.CaptureFixture[str],
) -> None:
    def run(*args: str) -> int:
        return cli.main(["--db", database_url, "--verbose", *args])

    assert run("demo", "--years", "1", "--per-year", "40") == 0
    db = Database(database_url)
    with db.session_scope() as session:
        numbers = list(session.scalars(select(Complaint.number).order_by(Complaint.id)))
        year = session.scalar(select(Complaint.received_on).order_by(Complaint.id)).year
    assert run("export", str(tmp_path / "register.xlsx")) == 0
    assert run("report", "annual", "--year", str(year), "--out", str(tmp_path / "j.pdf")) == 0
    quarterly = ("report", "quarterly", "--year", str(year), "--quarter", "1", "--with-names")
    assert run(*quarterly, "--out", str(tmp_path / "k.pdf")) == 0
    assert run("report", "dossier", numbers[0], "--out", str(tmp_path / "d.pdf")) == 0
    # PostgreSQL is backed up with the server's own tools; the command says so.
    assert run("backup", "--out", str(tmp_path / "kopie.db")) == (0 if db.is_sqlite else 1)
    assert run("verify") == 0
    sheet = tmp_path / "register.csv"
    sheet.write_text(
        "Datum ontvangst;Klager;E-mail;Telefoon;Omschrijving\n"
        f"01-02-2025;{REFUSED_NAME};{REFUSED_EMAIL};{REFUSED_PHONE};Niet teruggebeld.\n"
        f"31-02-2025;{REFUSED_NAME};{REFUSED_EMAIL};{REFUSED_PHONE};Te laat.\n",
        encoding="utf-8",
    )
    assert run("import", str(sheet)) == 1  # a row with an impossible date
    _break_writes_of_complainants(db)
    code = run("import", str(sheet), "--valid-rows")
    assert code == 3  # the write itself fails
    capsys.readouterr()

    from app.ui.application import Launcher

    launcher = Launcher(db)
    with qtbot.waitSignal(launcher.main_window_shown, timeout=20_000):
        launcher.start()
    assert launcher.main_window is not None
    qtbot.addWidget(launcher.main_window)
    launcher.main_window.show_screen("register")
    qtbot.wait(50)

    personal = _personal_data(db)
    db.dispose()
    logs = sorted(path for path in own_log_file.rglob("*") if path.is_file())
    assert logs, "the commands wrote no log at all"
    content = "\n".join(path.read_text(encoding="utf-8") for path in logs)
    assert "unexpected error in command import" in content  # the failed write was logged
    leaked = sorted(value for value in personal if value in content)
    assert leaked == []


def test_a_logged_traceback_keeps_where_and_what_kind_but_not_the_message() -> None:
    formatter = PrivateTracebackFormatter("%(levelname)s %(message)s")
    try:
        try:
            raise OSError(errno.ENOENT, "not found", f"/bijlagen/{REFUSED_NAME}.pdf")
        except OSError as error:
            raise ValueError(f"bad value {REFUSED_EMAIL}") from error
    except ValueError:
        record = logging.LogRecord(
            "app.test", logging.ERROR, __file__, 1, "saving failed", None, sys.exc_info()
        )
    formatted = formatter.format(record)
    assert formatted.startswith("ERROR saving failed\nTraceback (most recent call last):")
    assert "FileNotFoundError [ENOENT]" in formatted
    assert "direct cause of the following exception" in formatted
    assert formatted.rstrip().splitlines()[-1].startswith("ValueError ")
    assert "test_a_logged_traceback_keeps_where_and_what_kind" in formatted  # the frame
    assert REFUSED_NAME not in formatted
    assert REFUSED_EMAIL not in formatted


def test_database_errors_never_quote_the_values_being_written(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'k.db'}")
    with db.engine.begin() as connection:
        connection.execute(text("CREATE TABLE person (name TEXT NOT NULL UNIQUE)"))
        connection.execute(text("INSERT INTO person VALUES (:name)"), {"name": REFUSED_NAME})
    with pytest.raises(IntegrityError) as raised, db.engine.begin() as connection:
        connection.execute(text("INSERT INTO person VALUES (:name)"), {"name": REFUSED_NAME})
    db.dispose()
    assert "UNIQUE constraint failed" in str(raised.value)
    assert REFUSED_NAME not in str(raised.value)


# ----- owner-only files and folders -------------------------------------------------------

POSIX_ONLY = pytest.mark.skipif(
    os.name != "posix", reason="file modes are POSIX; Windows folders in the profile are private"
)


def _program_folders() -> list[Path]:
    """The program's own folders under the user's data, state (log) and cache folders."""
    return [
        Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        Path(os.environ["XDG_STATE_HOME"]) / APP_NAME,
        Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
    ]


def _too_open(folders: list[Path]) -> list[str]:
    """Every folder that is not 0700 and every file that is not 0600, with its mode."""
    wrong = []
    for top in folders:
        for path in [top, *top.rglob("*")]:
            mode = stat.S_IMODE(path.lstat().st_mode)
            expected = 0o700 if path.is_dir() else 0o600
            if mode != expected:
                wrong.append(f"{path.relative_to(top.parent)} {mode:o}")
    return wrong


@pytest.fixture
def usual_umask() -> Iterator[None]:
    """The umask most systems give a user (files 0644): the program must not rely on it."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@POSIX_ONLY
@pytest.mark.gui
def test_database_backups_log_and_temporary_copies_are_for_their_owner_only(
    own_log_file: Path,
    usual_umask: None,
    qtbot,  # type: ignore[no-untyped-def]
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main(["demo", "--years", "1", "--per-year", "10"]) == 0  # the default file
    assert cli.main(["backup"]) == 0
    capsys.readouterr()
    db = Database(default_database_url())
    try:
        from app.ui.application import Launcher

        launcher = Launcher(db)
        with qtbot.waitSignal(launcher.main_window_shown, timeout=20_000):
            launcher.start()
        assert launcher.main_window is not None
        qtbot.addWidget(launcher.main_window)
        copy = TempFiles().write("brief aan klager.pdf", b"%PDF-1.4 proef", key="7")

        folders = _program_folders()
        files = {p.name for top in folders for p in top.rglob("*") if p.is_file()}
        expected = {"klachten.db", "klachten.db-wal", "klachten.db.lock", "klachten.db.anchor"}
        assert expected <= files
        assert "interne-klachten.log" in files
        assert copy.name in files
        assert any(name.endswith("-handmatig.db") for name in files)  # the backup
        assert _too_open(folders) == []
    finally:
        db.dispose()


@POSIX_ONLY
def test_an_existing_log_and_data_folder_made_readable_for_all_are_narrowed(
    own_log_file: Path, usual_umask: None
) -> None:
    log_file = own_log_file / "interne-klachten.log"
    log_file.write_text("oud\n", encoding="utf-8")
    rotated = own_log_file / "interne-klachten.log.1"
    rotated.write_text("ouder\n", encoding="utf-8")
    for path in (own_log_file, log_file, rotated):
        path.chmod(0o755 if path.is_dir() else 0o644)
    data = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    data.mkdir(parents=True)
    data.chmod(0o755)

    cli._configure_logging(verbose=False)
    logging.getLogger("app.test").info("started")
    assert user_data_dir() == data

    assert stat.S_IMODE(own_log_file.stat().st_mode) == 0o700
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(rotated.stat().st_mode) == 0o600
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert log_file.read_text(encoding="utf-8").startswith("oud\n")  # appended, not replaced


# ----- temporary copies ---------------------------------------------------------------------


def test_temporary_copies_are_written_in_a_private_folder_of_this_user_not_the_system_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    copies = TempFiles()
    path = copies.write("klacht van Zeno.eml", b"Subject: proef\r\n\r\n", key="12")
    assert path.is_relative_to(temp_copies_dir())
    assert path.is_relative_to(Path(os.environ["XDG_CACHE_HOME"]))
    assert list(system_temp.iterdir()) == []
    assert path.read_bytes() == b"Subject: proef\r\n\r\n"
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        for folder in (path.parent, copies.folder, temp_copies_dir()):
            assert folder is not None
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    copies.remove()
    assert not path.exists()


_MAKE_A_COPY = """
import os, sys, time
from app.ui.files import TempFiles
print(TempFiles().write("brief.pdf", b"%PDF-1.4 proef"), flush=True)
if sys.argv[1] == "crash":
    os._exit(9)  # no clean-up runs, as in a crash
time.sleep(60)
"""


def _program_making_a_copy(how: str) -> tuple[subprocess.Popen[str], Path]:
    environment = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    process = subprocess.Popen(
        [sys.executable, "-c", _MAKE_A_COPY, how],
        stdout=subprocess.PIPE,
        text=True,
        env=environment,
    )
    assert process.stdout is not None
    return process, Path(process.stdout.readline().strip())


@pytest.mark.gui
@pytest.mark.parametrize("backend", ["sqlite"])  # the start-up, not the database, is tested
def test_copies_a_crashed_run_left_behind_are_removed_at_the_next_start_but_not_others(
    db: Database,
    admin: CurrentUser,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    crashed, crashed_copy = _program_making_a_copy("crash")
    assert crashed.wait(timeout=60) == 9
    assert crashed.stdout is not None
    crashed.stdout.close()
    running, running_copy = _program_making_a_copy("keep running")
    try:
        own_copy = TempFiles().write("eigen.pdf", b"%PDF-1.4 eigen")
        assert crashed_copy.exists()
        assert running_copy.exists()

        from app.ui.application import Launcher

        launcher = Launcher(db, login=admin.login)
        with qtbot.waitSignal(launcher.main_window_shown, timeout=20_000):
            launcher.start()
        assert launcher.main_window is not None
        qtbot.addWidget(launcher.main_window)

        assert not crashed_copy.exists()
        assert not crashed_copy.parent.parent.exists()  # the crashed program's whole folder
        assert running_copy.exists()  # another program that runs may have it open
        assert own_copy.exists()
    finally:
        running.kill()
        running.wait(timeout=60)
        if running.stdout is not None:
            running.stdout.close()


def test_a_traceback_another_handler_formatted_first_is_still_logged_without_its_message() -> None:
    try:
        raise ValueError(f"bad value {REFUSED_EMAIL}")
    except ValueError:
        record = logging.LogRecord(
            "app.test", logging.ERROR, __file__, 1, "saving failed", None, sys.exc_info()
        )
    assert REFUSED_EMAIL in logging.Formatter().format(record)  # caches the full text
    assert REFUSED_EMAIL not in PrivateTracebackFormatter().format(record)
