"""Who is at the keyboard: the operating system's account (SQLite) or the server's session
user (PostgreSQL) — never an environment variable anyone can set."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from app import cli
from app.db import Database
from app.services.identity import current_login, os_login, set_up_first_use

# Logins the environment claims; getpass.getuser() reads these before asking the OS.
_LOGIN_VARIABLES = ("LOGNAME", "USER", "LNAME", "USERNAME")
_CLAIMED = "coordinator-elders"


def _real_os_account() -> str:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes
        from ctypes import wintypes

        size = wintypes.DWORD(257)
        buffer = ctypes.create_unicode_buffer(size.value)
        assert ctypes.WinDLL("advapi32").GetUserNameW(buffer, ctypes.byref(size))
        return buffer.value.lower()
    import os
    import pwd

    return pwd.getpwuid(os.getuid()).pw_name.lower()


@pytest.fixture
def claimed_login(monkeypatch: pytest.MonkeyPatch) -> str:
    """The environment says the user is someone else (as ``LOGNAME=… interne-klachten``)."""
    for variable in _LOGIN_VARIABLES:
        monkeypatch.setenv(variable, _CLAIMED)
    return _CLAIMED


def test_os_login_is_the_account_of_the_process_not_what_the_environment_claims(
    claimed_login: str,
) -> None:
    assert os_login() == _real_os_account()
    assert os_login() != claimed_login


def test_current_login_ignores_the_environment_on_both_backends(
    fresh_db: Database, claimed_login: str
) -> None:
    login = current_login(fresh_db)
    assert login != claimed_login
    if fresh_db.is_sqlite:
        assert login == _real_os_account()
    else:
        with fresh_db.engine.connect() as connection:
            session_user = connection.execute(text("SELECT session_user")).scalar_one()
        assert login == str(session_user).lower()


def test_export_with_another_login_in_the_environment_is_refused(
    fresh_db: Database,
    claimed_login: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The coordinator's login is in the register; the process runs under another account.
    set_up_first_use(
        fresh_db, organisation_name="Proef", user_name="Coby Coördinator", login=claimed_login
    )
    url = fresh_db.url.render_as_string(hide_password=False)
    fresh_db.dispose()
    target = tmp_path / "alles.xlsx"
    assert cli.main(["--db", url, "export", str(target)]) == 1
    assert "is niet bekend in deze database" in capsys.readouterr().err
    assert not target.exists()


def test_the_real_account_exports_whatever_the_environment_says(
    fresh_db: Database,
    claimed_login: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    set_up_first_use(
        fresh_db,
        organisation_name="Proef",
        user_name="Echte Gebruiker",
        login=current_login(fresh_db),
    )
    url = fresh_db.url.render_as_string(hide_password=False)
    fresh_db.dispose()
    target = tmp_path / "alles.xlsx"
    assert cli.main(["--db", url, "export", str(target)]) == 0
    assert "0 klachten geëxporteerd" in capsys.readouterr().out
    assert target.exists()
