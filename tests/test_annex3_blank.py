"""The blank annex-3 form: every field of the intake dialog, printable, from the CLI."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import annex3, cli
from app.db import Database
from app.reports.annex3_blank import build_blank_annex3_pdf
from app.services.permissions import CurrentUser
from app.services.settings import SettingsService


def _text(content: bytes) -> str:
    return " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(content)).pages
    )


def test_the_blank_form_has_every_field_label_of_the_intake_dialog() -> None:
    text = _text(build_blank_annex3_pdf("Gemeente Proefstad"))

    labels = [field.label for field in (*annex3.COMPLAINANT_FIELDS, *annex3.QUESTIONS)]
    labels += [annex3.SIGNAL_CHOICE, annex3.SIGNAL_NOTE, annex3.FOOTNOTE, annex3.ATTACHMENTS_NOTE]
    for label in labels:
        assert " ".join(annex3.plain(label).split()) in text
    assert "Ik heb een klacht over (een medewerker van) Gemeente Proefstad" in text


def test_the_blank_form_fits_on_one_sheet_for_the_counter() -> None:
    content = build_blank_annex3_pdf("Gemeente Proefstad")

    assert len(PdfReader(io.BytesIO(content)).pages) == 1


def test_the_cli_writes_the_blank_form_without_a_database(tmp_path: Path, capsys) -> None:
    out = tmp_path / "klachtformulier.pdf"

    assert (
        cli.main(["--db", f"sqlite:///{tmp_path / 'nooit.db'}", "form", "blank", "--out", str(out)])
        == 0
    )

    assert annex3.plain(annex3.question("description")) in _text(out.read_bytes())
    assert not (tmp_path / "nooit.db").exists()
    assert "Leeg klachtformulier opgeslagen" in capsys.readouterr().out


@pytest.mark.gui
def test_the_file_menu_saves_the_blank_form_with_the_organisation_name(
    qtbot, db: Database, admin: CurrentUser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui.main_window import MainWindow

    target = tmp_path / "balie" / "klachtformulier"  # no extension: .pdf is added
    monkeypatch.setattr("app.ui.files.ask_save_file", lambda *args, **kwargs: (str(target), ""))
    window = MainWindow(db, admin)
    qtbot.addWidget(window)
    window.blank_form_action.trigger()
    saved = target.with_suffix(".pdf")
    qtbot.waitUntil(saved.exists, timeout=20_000)
    qtbot.waitUntil(lambda: "opgeslagen" in window.statusBar().currentMessage(), timeout=5_000)
    text = _text(saved.read_bytes())
    assert " ".join(annex3.plain(annex3.QUESTIONS[0].label).split()) in text
    organisation = SettingsService(db, admin).organisation_name()
    assert organisation
    assert organisation in text
