"""Where the register is: this computer or the team's server, kept for the next start."""

from __future__ import annotations

import os
import socket
import stat

import pytest
from sqlalchemy.engine import make_url

from app.db import ENV_DATABASE_URL, default_database_url, resolve_database_url
from app.db_location import (
    DatabaseLocation,
    Place,
    choice_file,
    connection_problem,
    load_location,
    save_location,
)
from tests.conftest import _postgres_or_skip

TEAM_SERVER = DatabaseLocation(
    place=Place.TEAM_SERVER,
    host="klachten.gemeente-voorbeeld.test",
    port=5433,
    database="klachtenregister",
    user="tl_proef",
)


def test_the_team_server_chosen_is_used_at_the_next_start_without_a_password() -> None:
    assert resolve_database_url(None) == default_database_url()
    save_location(TEAM_SERVER)

    url = make_url(resolve_database_url(None))
    assert url.get_backend_name() == "postgresql"
    assert (url.host, url.port, url.database, url.username) == (
        "klachten.gemeente-voorbeeld.test",
        5433,
        "klachtenregister",
        "tl_proef",
    )
    assert url.password is None
    assert "password" not in choice_file().read_text(encoding="utf-8")


def test_choosing_this_computer_again_gives_the_file_in_the_user_folder() -> None:
    save_location(TEAM_SERVER)
    save_location(DatabaseLocation(place=Place.THIS_COMPUTER))
    assert resolve_database_url(None) == default_database_url()
    assert load_location() == DatabaseLocation(place=Place.THIS_COMPUTER)


@pytest.mark.skipif(os.name != "posix", reason="file modes are a POSIX notion")
def test_the_choice_is_readable_by_its_owner_only() -> None:
    save_location(TEAM_SERVER)
    assert stat.S_IMODE(choice_file().stat().st_mode) == 0o600


def test_the_db_option_and_the_environment_win_over_the_stored_choice(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    save_location(TEAM_SERVER)
    monkeypatch.setenv(ENV_DATABASE_URL, "sqlite:////tmp/uit-omgeving.db")
    assert resolve_database_url(None) == "sqlite:////tmp/uit-omgeving.db"
    assert resolve_database_url("sqlite:////tmp/optie.db") == "sqlite:////tmp/optie.db"


def test_an_unreadable_choice_falls_back_to_this_computer() -> None:
    choice_file().write_text("{niet af", encoding="utf-8")
    assert load_location() is None
    assert resolve_database_url(None) == default_database_url()


def test_a_server_without_host_or_database_is_refused_in_dutch() -> None:
    problems = DatabaseLocation(place=Place.TEAM_SERVER, port=0).problems()
    assert set(problems) == {"host", "database", "port"}
    assert connection_problem(DatabaseLocation(place=Place.TEAM_SERVER)) == problems["host"]


def test_the_connection_test_reaches_the_team_server(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = make_url(_postgres_or_skip(request))
    if url.password:  # the server's own authentication, as a user would set it up
        monkeypatch.setenv("PGPASSWORD", url.password)
    location = DatabaseLocation(
        place=Place.TEAM_SERVER,
        host=url.host or "localhost",
        port=url.port or 5432,
        database=url.database or "postgres",
        user=url.username or "",
    )
    assert connection_problem(location) is None


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_the_connection_test_says_in_dutch_that_a_closed_port_does_not_answer() -> None:
    location = DatabaseLocation(
        place=Place.TEAM_SERVER, host="127.0.0.1", port=_closed_port(), database="register"
    )
    message = connection_problem(location)
    assert message is not None
    assert "is niet bereikbaar" in message
    assert "127.0.0.1" in message
    for foreign in ("Traceback", "psycopg", "refused", "Connection"):
        assert foreign not in message


def test_the_connection_test_names_a_database_the_server_does_not_have(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = make_url(_postgres_or_skip(request))
    if url.password:
        monkeypatch.setenv("PGPASSWORD", url.password)
    location = DatabaseLocation(
        place=Place.TEAM_SERVER,
        host=url.host or "localhost",
        port=url.port or 5432,
        database="bestaat_niet",
        user=url.username or "",
    )
    assert connection_problem(location) == (
        f"De server {location.host}:{location.port} kent geen database 'bestaat_niet'."
    )
