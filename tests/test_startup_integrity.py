"""SQLite's integrity check of the register no longer holds up the start of the GUI: it runs
on a thread of its own once the first screen has painted. A damaged file still ends in the
Dutch message that says to restore a backup, and nothing more is written to it."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from app import cli
from app.db import Database
from app.migrate import upgrade_database
from app.services.errors import StorageError
from app.services.identity import current_login, load_current_user, set_up_first_use
from app.services.settings import SettingsService
from app.services.start_checks import BackgroundIntegrityCheck
from app.storage_errors import StorageFault
from app.ui.startup import StartRefused

pytestmark = pytest.mark.gui

DAMAGED_WORD = "beschadigd"
# A table the first screen never reads: damage there is found only by the full check.
UNREAD_TABLE = "related_dossier"


def _register(tmp_path: Path) -> Path:
    """A SQLite register whose first user is whoever runs the tests."""
    path = tmp_path / "klachten.db"
    db = Database(f"sqlite:///{path}")
    upgrade_database(db, backup_folder=tmp_path / "backups")
    set_up_first_use(
        db,
        organisation_name="Testorganisatie",
        user_name="Proefbeheerder Eta",
        login=current_login(db),
    )
    db.dispose()
    return path


def _damage_a_page_the_start_does_not_read(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (UNREAD_TABLE,)
        ).fetchone()[0]
    with path.open("r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(b"\xa5" * page_size)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _start(db: Database):  # type: ignore[no-untyped-def]
    from app.ui.application import start_gui
    from app.ui.main_window import MainWindow

    application = QApplication.instance()
    assert isinstance(application, QApplication)
    shell = MainWindow()
    shell.show()
    stop = start_gui(application, db, shell=shell)
    return shell, stop


@pytest.fixture
def opened() -> Iterator[list[Database]]:
    databases: list[Database] = []
    yield databases
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()
    for db in databases:
        db.dispose()


def test_the_start_does_not_wait_for_the_integrity_check(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opened: list[Database]
) -> None:
    path = _register(tmp_path)

    def waited(*_args: object) -> None:
        raise AssertionError("the start waited for the integrity check")

    monkeypatch.setattr("app.services.backup.integrity_problem", waited)
    release = threading.Event()
    checking = threading.Event()
    original = BackgroundIntegrityCheck._verdict

    def slow_verdict(self: BackgroundIntegrityCheck) -> str | None:
        checking.set()
        release.wait(30)
        return original(self)

    monkeypatch.setattr(BackgroundIntegrityCheck, "_verdict", slow_verdict)

    db, warning = cli.open_for_gui(f"sqlite:///{path}")
    opened.append(db)
    assert warning is None
    assert db.integrity_check_pending
    shell, stop = _start(db)
    qtbot.addWidget(shell)
    try:
        # The first screen is up while the check is still running.
        qtbot.waitUntil(lambda: shell.built_screens() == {"tasks"}, timeout=15_000)
        qtbot.waitUntil(checking.is_set, timeout=10_000)
        assert db.integrity_check_pending
        assert shell.isVisible()
        release.set()
        qtbot.waitUntil(lambda: not db.integrity_check_pending, timeout=10_000)
        assert db.writes_stopped is None
    finally:
        release.set()
        stop()
        shell.close()


def test_a_damage_found_after_the_start_stops_every_write_and_says_to_restore_a_backup(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opened: list[Database]
) -> None:
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    exits: list[int] = []
    # Closing the message ends the program; here only noted (the tests' application goes on).
    monkeypatch.setattr(application, "exit", exits.append)
    path = _register(tmp_path)
    _damage_a_page_the_start_does_not_read(path)
    before = _digest(path)

    db, _warning = cli.open_for_gui(f"sqlite:///{path}")
    opened.append(db)
    shell, stop = _start(db)
    qtbot.addWidget(shell)
    try:

        def message_shown() -> bool:
            boxes = [
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()
            ]
            return any(DAMAGED_WORD in box.text() for box in boxes)

        qtbot.waitUntil(message_shown, timeout=20_000)
        box = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible() and DAMAGED_WORD in w.text()
        )
        assert "interne-klachten restore" in box.text()
        assert str(path) in box.text()
        assert "niets meer opgeslagen" in box.informativeText()
        assert db.writes_stopped is not None
        # No write reaches the damaged file.
        user = load_current_user(db)
        assert user is not None
        with pytest.raises(StorageError) as refused:
            SettingsService(db, user).set_organisation_name("Andere naam")
        assert refused.value.kind == StorageFault.DAMAGED
        assert DAMAGED_WORD in str(refused.value)
        assert exits == []
        box.close()
        qtbot.waitUntil(lambda: exits == [2], timeout=5_000)
    finally:
        stop()
        shell.close()
    db.dispose()
    assert _digest(path) == before


def test_a_file_that_cannot_be_read_at_all_is_still_refused_as_damaged_before_the_window(
    tmp_path: Path,
) -> None:
    path = tmp_path / "klachten.db"
    path.write_bytes(b"SQLite format 3\x00" + b"\x5a" * 8176)
    with pytest.raises(StartRefused) as refused:
        cli.open_for_gui(f"sqlite:///{path}")
    assert DAMAGED_WORD in str(refused.value)
    assert "interne-klachten restore" in str(refused.value)


def test_the_audit_trail_check_follows_a_sound_file_and_its_warning_still_comes(
    qtbot, tmp_path: Path, opened: list[Database]
) -> None:
    from sqlalchemy import create_engine

    from app.services.verify import quick_check
    from tests.test_verify import _rehash_everything

    path = _register(tmp_path)
    db = Database(f"sqlite:///{path}")
    assert quick_check(db).ok  # the anchor beside the file
    db.dispose()
    raw = create_engine(f"sqlite:///{path}")
    _rehash_everything(raw)
    raw.dispose()

    db, warning = cli.open_for_gui(f"sqlite:///{path}")
    opened.append(db)
    assert warning is None  # not checked before the window: after the integrity check
    shell, stop = _start(db)
    qtbot.addWidget(shell)
    try:

        def warned() -> bool:
            return any(
                isinstance(w, QMessageBox) and w.isVisible() and "audittrail" in w.text()
                for w in QApplication.topLevelWidgets()
            )

        qtbot.waitUntil(warned, timeout=20_000)
        assert db.writes_stopped is None  # a warning: the work goes on
        assert shell.isVisible()
    finally:
        stop()
        for box in QApplication.topLevelWidgets():
            if isinstance(box, QMessageBox):
                box.close()
        shell.close()
