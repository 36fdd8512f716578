"""Storage faults are told as they are: a full disk, a read-only place, a folder, a share or
server that is gone, a colleague's lock — each with its own Dutch message, never "damaged"
unless the integrity check says so; writers wait their turn visibly; commits are durable;
nothing the program writes is ever left half-written."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from app import cli
from app.atomic_files import atomic_output, write_bytes_atomically
from app.db import Actor, Database
from app.migrate import upgrade_database
from app.models import Complaint
from app.services.complainants import ComplainantData
from app.services.errors import DatabaseBusyError, ServiceError, StorageError
from app.services.identity import set_up_first_use
from app.services.intake import IntakeData, IntakeService, NewAttachment
from app.services.permissions import CurrentUser
from app.services.register_io import RegisterExportService
from app.services.report_files import ReportFileService
from app.storage_errors import StorageFault, classify

PERSON = ComplainantData(name="Proefklager Omega", email="omega@example.com")
DAMAGED_WORD = "beschadigd"


def _intake(attachment: bytes | None = None) -> IntakeData:
    return IntakeData(
        description="de beloofde terugbelafspraak niet is nagekomen.",
        complainant=PERSON,
        received_on=date.today(),
        attachments=(NewAttachment("opname.mp3", attachment),) if attachment else (),
    )


def _copy_template(template: Path, target: Path) -> None:
    with sqlite3.connect(template) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    dst.close()
    src.close()


def _first_user(path: Path) -> CurrentUser:
    db = Database(f"sqlite:///{path}")
    try:
        return set_up_first_use(
            db, organisation_name="Testorganisatie", user_name="Adri Beheerder", login="beheerder"
        )
    finally:
        db.dispose()  # the last connection closes: the WAL is folded back and removed


# ----- a small file system that can be filled or made read-only ------------------------------


@contextmanager
def _tmpfs(folder: Path, size: str = "2m") -> Iterator[Path]:
    """A size-limited tmpfs at ``folder`` (Linux, root — as in CI); skipped where the
    platform does not allow mounting, with the reason."""
    folder.mkdir(parents=True, exist_ok=True)
    if sys.platform != "linux" or shutil.which("mount") is None:
        pytest.skip("a size-limited tmpfs needs Linux and mount(8)")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


def _fill(folder: Path, leave: int = 0) -> Path:
    """Fill the file system of ``folder`` up to the last byte, then free ``leave`` bytes."""
    filler = folder / "vulling.bin"
    descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for chunk in (1 << 16, 1 << 12, 1 << 9, 1):
            _write_until_full(descriptor, b"\0" * chunk)
    finally:
        os.close(descriptor)
    if leave:
        os.truncate(filler, filler.stat().st_size - leave)
    return filler


def _write_until_full(descriptor: int, chunk: bytes) -> None:
    while True:
        try:
            os.write(descriptor, chunk)
        except OSError as error:
            if error.errno != errno.ENOSPC:
                raise
            return


def _remount_read_only(folder: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True, capture_output=True)


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = cli.main(list(args))
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


# ----- durable commits ---------------------------------------------------------------------


def test_sqlite_commits_reach_the_disk_before_they_return(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'k.db'}")
    try:
        with db.session_scope() as reader:
            assert reader.execute(text("PRAGMA synchronous")).scalar_one() == 2  # FULL
        with db.session_scope(Actor(login="proef")) as writer:
            assert writer.execute(text("PRAGMA synchronous")).scalar_one() == 2
    finally:
        db.dispose()


# ----- writers wait their turn, visibly ----------------------------------------------------


@contextmanager
def _write_lock_held(url: str) -> Iterator[Callable[[], None]]:
    """Another program holds the write lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: an
    exclusive table lock on complaint); the yielded function releases it (any thread)."""
    released = threading.Event()
    if make_url(url).get_backend_name() == "sqlite":
        holder = sqlite3.connect(
            make_url(url).database, isolation_level=None, check_same_thread=False
        )
        holder.execute("BEGIN IMMEDIATE")

        def release() -> None:
            if not released.is_set():
                released.set()
                holder.execute("COMMIT")

        try:
            yield release
        finally:
            release()
            holder.close()
        return
    engine = create_engine(url)
    connection = engine.connect()
    transaction = connection.begin()
    connection.execute(text("LOCK TABLE complaint IN EXCLUSIVE MODE"))

    def release_pg() -> None:
        if not released.is_set():
            released.set()
            transaction.commit()

    try:
        yield release_pg
    finally:
        release_pg()
        connection.close()
        engine.dispose()


def test_a_save_waits_visibly_for_a_colleagues_write_and_then_succeeds(
    database_url: str, admin: CurrentUser, backend: str
) -> None:
    db = Database(database_url, busy_timeout_ms=20_000)
    events: list[str] = []
    db.set_lock_wait_callbacks(lambda: events.append("wacht"), lambda: events.append("klaar"))
    try:
        with _write_lock_held(database_url) as release:
            timer = threading.Timer(0.5, release)
            timer.start()
            try:
                result = IntakeService(db, admin).register(_intake())
            finally:
                timer.cancel()
        assert result.number.endswith("-0001")
        if backend == "sqlite":
            # The wait was shown and its end too; PostgreSQL waits inside a statement, where
            # the program cannot see it start (it is bounded by lock_timeout instead).
            assert events == ["wacht", "klaar"]
    finally:
        db.dispose()


def test_a_save_gives_up_with_a_dutch_busy_message_and_nothing_half_done(
    database_url: str, admin: CurrentUser, backend: str
) -> None:
    db = Database(database_url, busy_timeout_ms=300)
    events: list[str] = []
    db.set_lock_wait_callbacks(lambda: events.append("wacht"), lambda: events.append("klaar"))
    try:
        with _write_lock_held(database_url), pytest.raises(DatabaseBusyError) as refused:
            IntakeService(db, admin).register(_intake())
        assert "bezet door een andere gebruiker" in refused.value.message
        assert "Uw invoer is bewaard" in refused.value.message
        if backend == "sqlite":
            assert events == ["wacht", "klaar"]  # the busy cursor is taken away again
        with db.session_scope() as session:
            assert session.scalar(select(Complaint.id)) is None
        # Once the colleague is done, the same save goes through.
        assert IntakeService(db, admin).register(_intake()).number.endswith("-0001")
    finally:
        db.dispose()


@pytest.mark.parametrize("backend", ["sqlite"])  # the callbacks are for SQLite's write lock
def test_a_wait_callback_that_fails_does_not_stop_the_save(
    database_url: str, admin: CurrentUser
) -> None:
    db = Database(database_url, busy_timeout_ms=20_000)

    def broken() -> None:
        raise RuntimeError("venster al gesloten")

    db.set_lock_wait_callbacks(broken, broken)
    try:
        with _write_lock_held(database_url) as release:
            timer = threading.Timer(0.4, release)
            timer.start()
            try:
                assert IntakeService(db, admin).register(_intake()).complaint_id
            finally:
                timer.cancel()
    finally:
        db.dispose()


# ----- what the start-up says ------------------------------------------------------------


def test_a_read_only_database_says_it_cannot_be_written(
    tmp_path: Path, sqlite_template: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with _tmpfs(tmp_path / "alleen-lezen") as folder:
        path = folder / "klachten.db"
        _copy_template(sqlite_template, path)
        _first_user(path)
        _remount_read_only(folder)
        code, err = _cli(capsys, "--db", f"sqlite:///{path}", "demo")
    assert code == 2
    assert "kan niet worden geschreven" in err
    assert "alleen-lezen" in err
    assert DAMAGED_WORD not in err


@pytest.mark.parametrize("backend", ["postgresql"])  # a database server
def test_a_refused_login_and_a_missing_database_on_the_server_have_their_own_messages(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = make_url(database_url).set(database="bestaat_niet", password="Geheim123")
    code, err = _cli(capsys, "--db", missing.render_as_string(hide_password=False), "demo")
    assert code == 2
    assert "bestaat niet op de server" in err
    assert "Geheim123" not in err
    # The test server trusts every login, so the refusal itself is taken from psycopg's
    # own wording of it.
    refused = psycopg.OperationalError(
        'connection failed: FATAL:  password authentication failed for user "klachten"'
    )
    problem = classify(refused, "postgresql+psycopg://klachten:Geheim123@db.example/register")
    assert problem is not None
    assert problem.kind == StorageFault.LOGIN_REFUSED
    assert "weigert de aanmelding" in problem.message
    assert "Geheim123" not in problem.message


def test_a_full_disk_is_called_full_not_damaged(
    tmp_path: Path, sqlite_template: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with _tmpfs(tmp_path / "schijf") as folder:
        path = folder / "klachten.db"
        _copy_template(sqlite_template, path)
        _first_user(path)
        filler = _fill(folder)
        code, err = _cli(capsys, "--db", f"sqlite:///{path}", "demo")
        assert code != 0
        assert "is vol" in err
        assert DAMAGED_WORD not in err
        assert "zet dus geen reservekopie terug" in err
        # With room again, the register is intact and works.
        filler.unlink()
        assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_an_intake_with_an_attachment_on_a_full_disk_gives_a_dutch_message_and_keeps_nothing(
    tmp_path: Path, sqlite_template: Path
) -> None:
    with _tmpfs(tmp_path / "schijf", size="3m") as folder:
        path = folder / "klachten.db"
        _copy_template(sqlite_template, path)
        user = _first_user(path)
        filler = _fill(folder, leave=256 * 1024)  # room to open, not for a 1 MB recording
        db = Database(f"sqlite:///{path}")
        try:
            with pytest.raises(StorageError) as refused:
                IntakeService(db, user).register(_intake(os.urandom(1024 * 1024)))
            assert refused.value.kind == StorageFault.DISK_FULL
            assert "is vol" in refused.value.message
            assert "Er is niets opgeslagen" in refused.value.message
            filler.unlink()
            with db.session_scope() as session:
                assert session.scalar(select(Complaint.id)) is None
            # Once there is room, the same intake is accepted.
            result = IntakeService(db, user).register(_intake(os.urandom(1024 * 1024)))
            assert result.number.endswith("-0001")
        finally:
            db.dispose()
        assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_an_import_on_a_full_disk_says_so_and_stores_nothing(
    tmp_path: Path,
    sqlite_template: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr("app.services.identity.os_login", lambda: "beheerder")
    sheet = tmp_path / "register.csv"
    rows = [
        f"01-02-2025;Proef Klager {n};klager{n}@example.com;{'Niet teruggebeld. ' * 80}"
        for n in range(300)
    ]
    sheet.write_text(
        "Datum ontvangst;Klager;E-mail;Omschrijving\n" + "\n".join(rows) + "\n", encoding="utf-8"
    )
    with _tmpfs(tmp_path / "schijf", size="3m") as folder:
        path = folder / "klachten.db"
        _copy_template(sqlite_template, path)
        _first_user(path)
        filler = _fill(folder, leave=256 * 1024)
        code, err = _cli(capsys, "--db", f"sqlite:///{path}", "import", str(sheet))
        assert code == 1
        assert "is vol" in err
        assert "onverwacht" not in err
        assert DAMAGED_WORD not in err
        filler.unlink()
        check = sqlite3.connect(path)
        try:
            assert check.execute("SELECT count(*) FROM complaint").fetchone()[0] == 0
            assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            check.close()


def test_a_migration_backup_into_a_full_folder_stops_the_migration_and_leaves_no_partial_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "klachten.db"
    db = Database(f"sqlite:///{path}")
    upgrade_database(db, backup_folder=tmp_path / "eerder")
    with db.engine.begin() as connection:
        # An older register: one migration still to run (and data worth a backup).
        connection.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    db.dispose()
    before = path.read_bytes()
    with _tmpfs(tmp_path / "backups", size="256k") as backups:
        monkeypatch.setattr("app.migrate.backup_dir", lambda: backups)
        filler = _fill(backups)
        code, err = _cli(capsys, "--db", f"sqlite:///{path}", "export", str(tmp_path / "r.xlsx"))
        assert code == 2
        assert "reservekopie" in err
        assert "is vol" in err
        assert "De database is niet gewijzigd" in err
        assert sorted(p.name for p in backups.iterdir()) == [filler.name]
    check = sqlite3.connect(path)
    try:
        assert check.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    finally:
        check.close()
    assert path.read_bytes() == before


# ----- files the program writes ------------------------------------------------------------


def test_a_new_file_is_for_its_owner_only_and_a_replaced_file_keeps_its_permissions(
    tmp_path: Path,
) -> None:
    new = write_bytes_atomically(tmp_path / "nieuw.pdf", b"%PDF-1.4")
    assert stat.S_IMODE(new.stat().st_mode) == 0o600
    existing = tmp_path / "bestaand.xlsx"
    existing.write_bytes(b"oud")
    existing.chmod(0o640)
    write_bytes_atomically(existing, b"nieuw")
    assert existing.read_bytes() == b"nieuw"
    assert stat.S_IMODE(existing.stat().st_mode) == 0o640


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path: Path) -> None:
    folder = tmp_path / "uitvoer"
    folder.mkdir()
    target = folder / "export.xlsx"
    target.write_bytes(b"vorige export")

    class Stopped(Exception):
        pass

    with pytest.raises(Stopped), atomic_output(target) as temporary:
        temporary.write_bytes(b"half")
        raise Stopped
    assert target.read_bytes() == b"vorige export"
    assert [p.name for p in folder.iterdir()] == ["export.xlsx"]


def test_an_export_and_a_report_on_a_full_disk_say_so_and_leave_nothing_behind(
    tmp_path: Path, sqlite_template: Path
) -> None:
    path = tmp_path / "klachten.db"
    _copy_template(sqlite_template, path)
    user = _first_user(path)
    db = Database(f"sqlite:///{path}")
    try:
        for number in range(30):
            IntakeService(db, user).register(_intake(os.urandom(2048) if number else None))
        with _tmpfs(tmp_path / "uitvoer", size="64k") as out:
            _fill(out)
            with pytest.raises(ServiceError) as export_refused:
                RegisterExportService(db, user).export(out / "register.xlsx")
            assert "is niet opgeslagen: de schijf met de map" in export_refused.value.message
            with pytest.raises(ServiceError) as report_refused:
                ReportFileService(db, user).annual(date.today().year, out / "jaar.pdf")
            assert "is vol" in report_refused.value.message
            assert sorted(p.name for p in out.iterdir()) == ["vulling.bin"]
    finally:
        db.dispose()


# ----- the classifier on its own -------------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (sqlite3.OperationalError("database or disk is full"), StorageFault.DISK_FULL),
        (sqlite3.OperationalError("attempt to write a readonly database"), StorageFault.READ_ONLY),
        (sqlite3.OperationalError("database is locked"), StorageFault.BUSY),
        (OSError(errno.ENOSPC, "No space left on device"), StorageFault.DISK_FULL),
        (OSError(errno.EROFS, "Read-only file system"), StorageFault.READ_ONLY),
        (OSError(errno.EACCES, "Permission denied"), StorageFault.READ_ONLY),
        (OSError(errno.ESTALE, "Stale file handle"), StorageFault.LOCATION_GONE),
        (OSError(errno.EISDIR, "Is a directory"), StorageFault.FOLDER_AS_DATABASE),
        (psycopg.errors.LockNotAvailable("canceling statement"), StorageFault.BUSY),
        (psycopg.errors.DiskFull("could not extend file"), StorageFault.DISK_FULL),
        (psycopg.errors.InsufficientPrivilege("permission denied"), StorageFault.NO_ACCESS),
    ],
)
def test_each_fault_is_named_for_what_it_is(error: BaseException, kind: StorageFault) -> None:
    problem = classify(error, "sqlite:////srv/klachten/klachten.db")
    assert problem is not None
    assert problem.kind == kind
    assert DAMAGED_WORD not in problem.message


def test_a_database_error_that_is_not_about_storage_is_left_alone(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / "k.db")
    try:
        with pytest.raises(sqlite3.OperationalError) as raised:
            connection.execute("SELECT * FROM bestaat_niet")
        assert classify(raised.value, f"sqlite:///{tmp_path / 'k.db'}") is None
        connection.execute("CREATE TABLE t (x INTEGER NOT NULL)")
        with pytest.raises(sqlite3.IntegrityError) as refused:
            connection.execute("INSERT INTO t VALUES (NULL)")
        assert classify(refused.value, f"sqlite:///{tmp_path / 'k.db'}") is None
    finally:
        connection.close()
