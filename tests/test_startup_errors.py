"""A database the program must not open gives a clear message, never a traceback."""

from __future__ import annotations

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
