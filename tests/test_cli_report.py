"""``interne-klachten report …``: the files are made, and bad arguments give a Dutch
message on stderr and a non-zero exit, never a traceback."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pypdf
import pytest

from app import cli
from app.db import Database
from app.services.identity import current_login, set_up_first_use
from tests import report_dataset
from tests.report_dataset import FOREIGN_NAME, Known


@pytest.fixture
def cli_db(
    fresh_db: Database, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> tuple[str, Known]:
    """The URL of a register with the known data set, whose first user is the current
    login (the OS login on SQLite, the database login on PostgreSQL)."""
    monkeypatch.setattr("app.services.identity.os_login", lambda: "chi")
    set_up_first_use(
        fresh_db,
        organisation_name="Proefgemeente",
        user_name="Chi Coördinator",
        login=current_login(fresh_db),
    )
    return database_url, report_dataset.build(fresh_db)


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages)


def _run(url: str, *args: str) -> int:
    return cli.main(["--db", url, "report", *args])


def test_report_annual_writes_the_overview(
    cli_db: tuple[str, Known], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, _known = cli_db
    target = tmp_path / "jaar 2026.pdf"
    assert _run(url, "annual", "--year", "2026", "--out", str(target)) == 0
    assert f"Gemaakt: {target}" in capsys.readouterr().out
    text = _text(target)
    assert "Overzicht interne klachten 2026" in text
    assert "Proefgemeente" in text
    assert "Klachten ontvangen 7 5 +2 (+40,0%)" in text
    assert "Team Post" in text
    anonymised = tmp_path / "anoniem.pdf"
    assert _run(url, "annual", "--year", "2026", "--out", str(anonymised), "--anonymised") == 0
    assert "Team Post" not in _text(anonymised)


def test_report_quarterly_and_dossier(
    cli_db: tuple[str, Known], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, known = cli_db
    quarterly = tmp_path / "k2.pdf"
    assert _run(url, "quarterly", "--year", "2026", "--quarter", "2", "--out", str(quarterly)) == 0
    assert "Klachten ontvangen 2 3 -1 (-33,3%)" in _text(quarterly)
    dossier = tmp_path / "dossier.pdf"
    assert _run(url, "dossier", known.dossier_number, "--out", str(dossier)) == 0
    assert FOREIGN_NAME in _text(dossier)
    out = capsys.readouterr().out
    assert f"Gemaakt: {quarterly}" in out
    assert f"Gemaakt: {dossier}" in out


def test_report_weekly_writes_a_pdf_and_an_email_draft_per_handler(
    cli_db: tuple[str, Known], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, _known = cli_db
    folder = tmp_path / "week"  # made when missing
    assert _run(url, "weekly", "--out", str(folder)) == 0
    drafts = sorted(folder.glob("*.eml"))
    assert [p.suffix for p in sorted(folder.iterdir())] == [".eml", ".pdf"]
    message = email.message_from_bytes(drafts[0].read_bytes(), policy=email.policy.default)
    assert message["To"].addresses[0].addr_spec == "hanna@example.org"
    assert message["X-Unsent"] == "1"
    assert capsys.readouterr().out.count("Gemaakt:") == 2


@pytest.mark.parametrize(
    ("args", "message", "code"),
    [
        (["annual", "--year", "26", "--out", "{tmp}/j.pdf"], "'26' is geen jaartal", 2),
        (["annual", "--year", "twintig", "--out", "{tmp}/j.pdf"], "geen jaartal", 2),
        (["annual", "--out", "{tmp}/j.pdf"], "geef het jaar op met --year", 2),
        (["annual", "--year", "1850", "--out", "{tmp}/j.pdf"], "Kies een jaar van 1990", 1),
        (["annual", "--year", "2999", "--out", "{tmp}/j.pdf"], "Kies een jaar van 1990", 1),
        (["annual", "--year", "2026"], "geef met --out op waar het PDF-bestand", 2),
        (
            ["quarterly", "--year", "2026", "--quarter", "5", "--out", "{tmp}/k.pdf"],
            "--quarter 1, 2, 3 of 4 ('5' kan niet)",
            2,
        ),
        (["quarterly", "--year", "2026", "--out", "{tmp}/k.pdf"], "--quarter 1, 2, 3 of 4", 2),
        (["dossier", "IK-2099-0001", "--out", "{tmp}/d.pdf"], "geen klacht of signaal", 1),
        (["dossier", "--out", "{tmp}/d.pdf"], "geef het klachtnummer op", 2),
        (
            ["annual", "--year", "2026", "--out", "{tmp}/bestaat-niet/j.pdf"],
            "De map {tmp}/bestaat-niet bestaat niet",
            1,
        ),
        (["annual", "--year", "2026", "--out", "{tmp}"], "is een map", 1),
        (["maandelijks", "--out", "{tmp}/m.pdf"], "onbekende rapportage 'maandelijks'", 2),
        ([], "geef aan welke rapportage u wilt", 2),
    ],
)
def test_bad_arguments_give_a_dutch_message_and_a_non_zero_exit(
    cli_db: tuple[str, Known],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
    code: int,
) -> None:
    url, _known = cli_db
    folder = tmp_path / "uit"
    folder.mkdir()
    filled = [a.replace("{tmp}", str(folder)) for a in args]
    assert _run(url, *filled) == code
    captured = capsys.readouterr()
    assert captured.err.startswith("Fout: ")
    assert message.replace("{tmp}", str(folder)) in captured.err
    assert "Traceback" not in captured.err
    assert list(folder.iterdir()) == []  # nothing half-written


def test_an_unknown_login_cannot_make_reports(
    cli_db: tuple[str, Known],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url, _known = cli_db
    monkeypatch.setattr("app.services.identity.current_login", lambda _db: "onbekend")
    assert _run(url, "annual", "--year", "2026", "--out", str(tmp_path / "j.pdf")) == 1
    assert "inlognaam 'onbekend' is niet bekend" in capsys.readouterr().err
    assert not (tmp_path / "j.pdf").exists()
