"""Personal data stays where it belongs: never in the log, and every file the program keeps
(database, backups, log, temporary copies) readable by its owner only."""

from __future__ import annotations

import errno
import logging
import logging.handlers
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from app import cli
from app.db import Database
from app.logfile import PrivateTracebackFormatter
from app.models import Complainant, Complaint
from app.paths import user_log_dir

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


@pytest.mark.gui
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
