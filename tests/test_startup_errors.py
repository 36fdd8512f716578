"""A database the program must not open gives a clear message, never a traceback."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest
from sqlalchemy import text

from app import cli
from app.db import Database
from app.migrate import upgrade_database


def test_a_newer_database_is_refused_with_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "nieuw.db"
    db = Database(f"sqlite:///{path}")
    upgrade_database(db, backup_folder=tmp_path / "b")
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    db.dispose()
    shown: list[str] = []
    monkeypatch.setattr("app.ui.application.show_fatal_error", shown.append)
    assert cli.main(["--db", f"sqlite:///{path}"]) == 2
    assert "nieuwere versie" in capsys.readouterr().err
    assert len(shown) == 1
    assert "nieuwere versie" in shown[0]


DAMAGED_WORD = "beschadigd"


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = cli.main(list(args))
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


def test_a_folder_given_as_database_is_called_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "register"
    folder.mkdir()
    code, err = _cli(capsys, "--db", f"sqlite:///{folder}", "export", str(tmp_path / "r.xlsx"))
    assert code == 2
    assert f"{folder} is een map, geen databasebestand" in err
    assert DAMAGED_WORD not in err
    assert "restore" not in err


def test_a_missing_folder_is_not_created_but_reported_as_unreachable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    share = tmp_path / "netwerkschijf" / "klachten"
    code, err = _cli(capsys, "--db", f"sqlite:///{share / 'klachten.db'}", "demo")
    assert code == 2
    assert f"De map {share} bestaat niet of is niet bereikbaar" in err
    assert "netwerkschijf" in err
    assert DAMAGED_WORD not in err
    # A fresh empty register in place of the lost share would look like lost work.
    assert not share.exists()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_a_server_that_cannot_be_reached_is_named_without_the_password(
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = f"postgresql+psycopg://klachten:Geheim123@127.0.0.1:{_closed_port()}/register"
    code, err = _cli(capsys, "--db", url, "export", "r.xlsx")
    assert code == 2
    assert "De databaseserver" in err
    assert "is niet bereikbaar" in err
    assert "127.0.0.1" in err
    assert "Geheim123" not in err
    assert DAMAGED_WORD not in err


def test_a_damaged_file_is_called_damaged_and_restoring_is_advised(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "klachten.db"
    path.write_bytes(os.urandom(8192))
    code, err = _cli(capsys, "--db", f"sqlite:///{path}", "export", str(tmp_path / "r.xlsx"))
    assert code == 2
    assert DAMAGED_WORD in err
    assert "interne-klachten restore" in err
