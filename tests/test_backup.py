"""Backups: making one, restoring it, refusing a damaged file; a restore that rescues
and refuses each bad backup with its own message, leaving the database as it was."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import cli
from app.db import Database
from app.migrate import upgrade_database
from app.models import Base, Employee
from app.paths import backup_dir
from app.services.backup import make_backup, restore_backup
from app.services.complainants import ComplainantData
from app.services.errors import ServiceError
from app.services.identity import set_up_first_use
from app.services.intake import IntakeData, IntakeService
from app.services.organisation import EmployeeInput, OrganisationService


def _fresh(tmp_path: Path) -> tuple[Database, object]:
    db = Database(f"sqlite:///{tmp_path / 'klachten.db'}")
    upgrade_database(db, backup_folder=tmp_path / "b")
    user = set_up_first_use(db, organisation_name="Proef", user_name="Proef Chi", login="chi")
    return db, user


def test_a_backup_restores_the_register_as_it_was(tmp_path: Path) -> None:
    db, user = _fresh(tmp_path)
    info = make_backup(db, user, tmp_path / "kopie.db")
    assert info.path == tmp_path / "kopie.db"
    OrganisationService(db, user).create_employee(EmployeeInput(name="Na De Kopie"))
    restore_backup(db, user, tmp_path / "kopie.db")
    db = Database(f"sqlite:///{tmp_path / 'klachten.db'}")
    with db.session_scope() as session:
        assert session.scalar(select(func.count()).select_from(Employee)) == 1
    db.dispose()


def test_a_damaged_or_foreign_file_is_not_restored(tmp_path: Path) -> None:
    db, user = _fresh(tmp_path)
    junk = tmp_path / "rommel.db"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    with pytest.raises(ServiceError):
        restore_backup(db, user, junk)
    db.dispose()


def test_a_damaged_database_is_refused_at_start_with_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kapot.db"
    path.write_bytes(b"dit is geen database" * 100)
    assert cli.main(["--db", f"sqlite:///{path}", "demo"]) == 2
    err = capsys.readouterr().err
    assert "beschadigd" in err
    assert "Traceback" not in err


def test_backup_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _user = _fresh(tmp_path)
    db.dispose()
    monkeypatch.setattr("app.services.identity.os_login", lambda: "chi")
    url = f"sqlite:///{tmp_path / 'klachten.db'}"
    assert cli.main(["--db", url, "backup", "--out", str(tmp_path / "k2.db")]) == 0
    assert "Reservekopie gemaakt" in capsys.readouterr().out
    assert cli.main(["--db", url, "restore", str(tmp_path / "bestaat-niet.db")]) == 1
    assert "bestaat niet" in capsys.readouterr().err


# ----- a restore that rescues (SQLite: a PostgreSQL server is restored with pg_restore) -----


@pytest.fixture
def register_with_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, Path, Path]:
    """A register (OS login "chi" is its administrator) with two complaints, a checked
    backup of it, and a third complaint registered after the backup.
    Returns (url, database file, backup)."""
    monkeypatch.setattr("app.services.identity.os_login", lambda: "chi")
    db, user = _fresh(tmp_path)
    _register_complaints(db, user, 2)
    backup = tmp_path / "kopie.db"
    info = make_backup(db, user, backup)
    assert info.check is not None
    assert info.check.ok
    _register_complaints(db, user, 1)
    db.dispose()
    return f"sqlite:///{tmp_path / 'klachten.db'}", tmp_path / "klachten.db", backup


def _register_complaints(db: Database, user: object, count: int) -> None:
    intake = IntakeService(db, user)  # type: ignore[arg-type]
    for number in range(count):
        intake.register(
            IntakeData(
                description=f"de toegezegde terugbelafspraak {number} is niet nagekomen.",
                received_on=date(2026, 4, 24),
                complainant=ComplainantData(name="Proefklager Eta", email="eta@example.com"),
            ),
            today=date(2026, 4, 24),
        )


def _complaints(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return int(connection.execute("SELECT count(*) FROM complaint").fetchone()[0])


def _files(path: Path) -> dict[str, bytes]:
    """The database file and its -wal/-shm, byte for byte."""
    return {
        suffix: Path(f"{path}{suffix}").read_bytes()
        for suffix in ("", "-wal", "-shm")
        if Path(f"{path}{suffix}").exists()
    }


def _restore(url: str, backup: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = cli.main(["--db", url, "restore", str(backup)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_restore_rescues_a_half_truncated_database_from_the_command_line(
    register_with_backup: tuple[str, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    url, current, backup = register_with_backup
    assert not Path(f"{current}-wal").exists()  # every page is in the file being cut
    damaged = current.read_bytes()
    current.write_bytes(damaged[: len(damaged) // 2])
    assert cli.main(["--db", url, "verify"]) == 1  # the damage is real
    capsys.readouterr()

    code, output = _restore(url, backup, capsys)
    assert code == 0, output
    assert "Teruggezet" in output
    assert _complaints(current) == 2
    kept = list(backup_dir().glob("klachten-*-voor-terugzetten.db"))
    assert len(kept) == 1
    assert kept[0].read_bytes() == damaged[: len(damaged) // 2]  # kept aside, untouched
    assert str(kept[0]) in output
    # The restored register opens and verifies, against its new anchor too.
    assert cli.main(["--db", url, "verify"]) == 0


def test_restore_refuses_a_backup_from_a_newer_version_and_leaves_the_database_alone(
    register_with_backup: tuple[str, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    url, current, backup = register_with_backup
    with contextlib.closing(sqlite3.connect(backup)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_toekomst'")
    before = _files(current)

    code, output = _restore(url, backup, capsys)
    assert code == 1
    assert "nieuwere versie van Interne Klachten (schemaversie 9999_toekomst)" in output
    assert _files(current) == before
    assert not list(backup_dir().glob("*voor-terugzetten*"))


def test_restore_refuses_a_backup_that_fails_the_integrity_check(
    register_with_backup: tuple[str, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    url, current, backup = register_with_backup
    data = bytearray(backup.read_bytes())
    page = 4096
    for number in range(2, len(data) // page):  # scribble over every page but the first
        data[number * page + 8 : number * page + 40] = b"\xff" * 32
    backup.write_bytes(bytes(data))
    before = _files(current)

    code, output = _restore(url, backup, capsys)
    assert code == 1
    assert "Deze reservekopie is beschadigd" in output
    assert _files(current) == before


def test_restore_refuses_a_backup_whose_audit_trail_does_not_verify(
    register_with_backup: tuple[str, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    url, current, backup = register_with_backup
    with contextlib.closing(sqlite3.connect(backup)) as connection, connection:
        connection.execute("UPDATE complainant SET name = 'Geheime Naam' WHERE id = 1")
    before = _files(current)

    code, output = _restore(url, backup, capsys)
    assert code == 1
    assert "De audittrail van deze reservekopie klopt niet" in output
    assert "Rij complainant 1 wijkt af van de audittrail (velden: name)" in output
    assert "Geheime Naam" not in output
    assert _files(current) == before


def test_restore_refuses_a_backup_whose_trail_was_cut_against_its_own_anchor(
    register_with_backup: tuple[str, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    url, current, backup = register_with_backup
    with contextlib.closing(sqlite3.connect(backup)) as connection, connection:
        (last,) = connection.execute("SELECT max(seq) FROM audit_event").fetchone()
        # Cut the last event and the row it created, so only the anchor can tell.
        entity, entity_id, action = connection.execute(
            "SELECT entity, entity_id, action FROM audit_event WHERE seq = ?", (last,)
        ).fetchone()
        assert action == "create"
        table = next(
            m.local_table.name for m in Base.registry.mappers if m.class_.__name__ == entity
        )
        connection.execute(f"DELETE FROM {table} WHERE id = ?", (int(entity_id),))
        connection.execute("DELETE FROM audit_event WHERE seq = ?", (last,))
        (kept,) = connection.execute(
            "SELECT hash FROM audit_event WHERE seq = ?", (last - 1,)
        ).fetchone()
        connection.execute("UPDATE audit_chain_head SET seq = ?, last_hash = ?", (last - 1, kept))
    before = _files(current)

    code, output = _restore(url, backup, capsys)
    assert code == 1
    assert f"tot nummer {last} liep (afgekapt)" in output
    assert _files(current) == before


def test_restore_refuses_a_file_that_is_no_backup_of_this_program(
    register_with_backup: tuple[str, Path, Path], tmp_path: Path, capsys
) -> None:
    url, current, _backup = register_with_backup
    before = _files(current)
    text_file = tmp_path / "notities.db"
    text_file.write_text("geen database", encoding="utf-8")
    other = tmp_path / "ander.db"
    with contextlib.closing(sqlite3.connect(other)) as connection:
        connection.execute("CREATE TABLE iets (id INTEGER)")
    for candidate in (text_file, other):
        code, output = _restore(url, candidate, capsys)
        assert code == 1
        assert "Dit bestand is geen reservekopie van Interne Klachten." in output
    assert _files(current) == before


def test_restore_refuses_when_the_os_user_is_no_administrator_in_the_backup(
    register_with_backup: tuple[str, Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url, current, backup = register_with_backup
    monkeypatch.setattr("app.services.identity.os_login", lambda: "onbekend")
    before = _files(current)
    code, output = _restore(url, backup, capsys)
    assert code == 1
    assert "geen beheerder" in output
    assert _files(current) == before


def test_restore_refuses_while_another_process_has_the_database_open(
    register_with_backup: tuple[str, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    url, current, backup = register_with_backup
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from sqlalchemy import text\n"
            "from app.db import Database\n"
            "db = Database(sys.argv[1])\n"
            "with db.engine.connect() as c:\n"
            "    c.execute(text('SELECT count(*) FROM complaint'))\n"
            "    print('open', flush=True)\n"
            "    time.sleep(60)\n",
            url,
        ],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "open"
        before = _files(current)
        code, output = _restore(url, backup, capsys)
        assert code == 1
        assert (
            "Interne Klachten is nog geopend op deze database (mogelijk op een andere "
            "werkplek). Sluit het programma overal en probeer het opnieuw." in output
        )
        assert _files(current) == before
    finally:
        holder.kill()
        holder.communicate()
    # Once the other program is closed, the restore goes ahead.
    assert _restore(url, backup, capsys)[0] == 0
    assert _complaints(current) == 2
