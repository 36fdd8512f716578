"""Backups: making one, restoring it, refusing a damaged file."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import cli
from app.db import Database
from app.migrate import upgrade_database
from app.models import Employee
from app.services.backup import make_backup, restore_backup
from app.services.errors import ServiceError
from app.services.identity import set_up_first_use
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
