"""``interne-klachten init``: first use from the command line, and every command on an
empty database points to ``init`` instead of "uw inlognaam … is niet bekend"."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import cli
from app.db import Database
from app.models.enums import Role
from app.services.identity import current_login, load_current_user
from app.services.settings import ORGANISATION_NAME, read_setting


def test_init_makes_the_current_login_administrator_and_coordinator(
    fresh_db: Database,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    deidentify_model: None,
) -> None:
    code = cli.main(
        ["--db", database_url, "init", "--organisation", "Proefgemeente", "--name", "Ida Eerste"]
    )
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "beheerder en coördinator" in captured.out
    assert "De anonimiseerder is klaar voor gebruik." in captured.out
    user = load_current_user(fresh_db)
    assert user is not None
    assert user.login == current_login(fresh_db)
    assert user.name == "Ida Eerste"
    assert user.roles == frozenset({Role.ADMINISTRATOR, Role.COORDINATOR})
    with fresh_db.session_scope() as session:
        assert read_setting(session, ORGANISATION_NAME) == "Proefgemeente"


def test_init_is_refused_when_the_database_already_has_users(
    fresh_db: Database,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    deidentify_model: None,
) -> None:
    first = ["--db", database_url, "init", "--organisation", "Proef", "--name", "Ida Eerste"]
    assert cli.main(first) == 0
    capsys.readouterr()
    again = ["--db", database_url, "init", "--organisation", "Ander", "--name", "Ed Tweede"]
    assert cli.main(again) == 1
    err = capsys.readouterr().err
    assert err.startswith("Fout: deze database is al ingesteld")
    assert "Traceback" not in err
    with fresh_db.session_scope() as session:
        assert read_setting(session, ORGANISATION_NAME) == "Proef"


@pytest.mark.parametrize(
    "arguments",
    [
        ["init"],
        ["init", "--organisation", "Proef"],
        ["init", "--organisation", "Proef", "--name", "   "],
    ],
)
def test_init_without_organisation_or_name_shows_the_usage_in_dutch(
    fresh_db: Database,
    database_url: str,
    arguments: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main(["--db", database_url, *arguments]) == 2
    assert 'init --organisation NAAM --name "UW NAAM"' in capsys.readouterr().err
    assert load_current_user(fresh_db) is None


@pytest.mark.parametrize(
    "arguments",
    [
        ["import", "{tmp}/register.csv"],
        ["export", "{tmp}/register.xlsx"],
        ["report", "annual", "--year", "2026", "--out", "{tmp}/jaar.pdf"],
        ["verify"],
        ["backup", "--out", "{tmp}/kopie.db"],
        ["viewlog", "--from", "01-01-2026", "--to", "31-03-2026", "--out", "{tmp}/log.csv"],
        ["report", "quarterly", "--year", "2026", "--quarter", "1", "--out", "{tmp}/kw.pdf"],
        ["report", "weekly", "--out", "{tmp}/week.pdf"],
        ["report", "dossier", "1", "--out", "{tmp}/dossier.pdf"],
        ["avg", "inzage", "--klager", "1", "--out", "{tmp}"],
        ["retention", "--dry-run"],
        ["woo", "1", "--out", "{tmp}"],
    ],
)
def test_every_command_on_an_empty_database_points_to_init(
    fresh_db: Database,
    database_url: str,
    tmp_path: Path,
    arguments: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / "register.csv").write_text("Nummer;Soort\n", encoding="utf-8")
    args = [a.replace("{tmp}", str(tmp_path)) for a in arguments]
    assert cli.main(["--db", database_url, *args]) != 0
    err = capsys.readouterr().err
    assert "deze database is nog leeg" in err
    assert "interne-klachten init --organisation NAAM" in err
    assert "niet bekend" not in err
    assert "Traceback" not in err
    outputs = ("register.xlsx", "jaar.pdf", "kopie.db", "log.csv", "kw.pdf", "week.pdf")
    for name in (*outputs, "dossier.pdf"):
        assert not (tmp_path / name).exists()  # nothing made for nobody
    assert not list(tmp_path.glob("*.zip"))
