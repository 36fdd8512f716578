"""Database access: URL resolution, SQLite pragmas, first use and the current user."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from app.db import ENV_DATABASE_URL, Database, describe_url, resolve_database_url
from app.models.enums import Role
from app.services.errors import ServiceError, ValidationError
from app.services.identity import is_first_use, load_current_user, set_up_first_use
from app.services.settings import SettingsService


def test_the_default_database_is_klachten_db_in_the_user_data_folder() -> None:
    url = resolve_database_url(None)
    assert url.startswith("sqlite:///")
    path = Path(url.removeprefix("sqlite:///"))
    assert path.name == "klachten.db"
    assert path.parent.name == "interne-klachten"


def test_db_option_wins_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_DATABASE_URL, "sqlite:////tmp/uit-omgeving.db")
    assert resolve_database_url(None) == "sqlite:////tmp/uit-omgeving.db"
    assert resolve_database_url("sqlite:////tmp/optie.db") == "sqlite:////tmp/optie.db"


def test_shown_locations_never_contain_a_password() -> None:
    shown = describe_url("postgresql+psycopg://klachten:geheim@server.example/register")
    assert "geheim" not in shown
    assert "server.example/register" in shown


def test_sqlite_connections_enforce_foreign_keys_use_wal_and_wait_when_busy(
    tmp_path: Path,
) -> None:
    db = Database(f"sqlite:///{tmp_path / 'k.db'}")
    try:
        with db.engine.connect() as connection:
            assert connection.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
            assert connection.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
            assert connection.execute(text("PRAGMA busy_timeout")).scalar_one() >= 5000
    finally:
        db.dispose()


def test_first_use_makes_the_current_user_administrator_and_coordinator(
    fresh_db: Database,
) -> None:
    assert is_first_use(fresh_db)
    assert load_current_user(fresh_db, "eerste") is None
    user = set_up_first_use(
        fresh_db,
        organisation_name="Proeforganisatie",
        user_name="Eerste Gebruiker",
        login="Eerste",
    )
    assert user.roles == frozenset({Role.ADMINISTRATOR, Role.COORDINATOR})
    assert not is_first_use(fresh_db)
    loaded = load_current_user(fresh_db, "EERSTE")
    assert loaded is not None
    assert loaded.employee_id == user.employee_id
    assert SettingsService(fresh_db, loaded).organisation_name() == "Proeforganisatie"
    with pytest.raises(ServiceError):
        set_up_first_use(fresh_db, organisation_name="X", user_name="Tweede", login="tweede")


def test_first_use_needs_an_organisation_and_a_name(fresh_db: Database) -> None:
    with pytest.raises(ValidationError) as refused:
        set_up_first_use(fresh_db, organisation_name=" ", user_name="", login="x")
    assert set(refused.value.errors) == {"organisation_name", "user_name"}
    assert is_first_use(fresh_db)
