"""The Woo-export screen: the proposals are listed per document, a proposal the user
switches off is not redacted, and the export runs as a background job."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app.db import Database
from app.services.permissions import CurrentUser
from app.ui import ops
from app.ui.woo.export_dialog import WooExportDialog
from tests.test_woo_export import EMAIL, NAME, PHONE, _make_complaint

# The deduce model, loaded once per test run (suggestions and redactions use it).
pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("deidentify_model")]
LEFT = Qt.MouseButton.LeftButton


def _close_boxes() -> list[str]:
    texts = []
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            texts.append(widget.text())
            widget.close()
    return texts


def test_the_screen_shows_proposals_and_a_switched_off_one_is_not_redacted(
    qtbot,
    db: Database,
    admin: CurrentUser,
    people: dict[str, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    number = _make_complaint(db, admin, people["concerned"])
    out = tmp_path / "woo"
    out.mkdir()
    held: list[ops.Op] = []
    monkeypatch.setattr(ops, "launch", held.append)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(out))
    dialog = WooExportDialog(db, admin, [number])
    qtbot.addWidget(dialog)
    dialog.show()

    qtbot.mouseClick(dialog.load_button, LEFT)
    assert not dialog.load_button.isEnabled()
    held.pop().run()
    assert dialog.document_list.count() == 3
    dialog.document_list.setCurrentRow(0)
    passages = [dialog.proposals.item(r, 0).text() for r in range(dialog.proposals.rowCount())]
    assert EMAIL in passages
    assert any(NAME in p for p in passages)
    assert dialog.proposals.cellWidget(0, 1).currentText() == "5.1.2e"
    # The address is proposed where it occurs (contact line and description): both off.
    rows = [r for r, passage in enumerate(passages) if passage == EMAIL]
    for row in rows:
        dialog.proposals.item(row, 0).setCheckState(Qt.CheckState.Unchecked)
    assert not any(dialog.documents[0].redactions[r].enabled for r in rows)
    dialog.grab().save(str(tmp_path / "woo-screen.png"))

    qtbot.mouseClick(dialog.export_button, LEFT)
    assert dialog.cancel_button.isEnabled()
    held.pop().run()
    assert dialog.job is None
    assert any("geëxporteerd" in text for text in _close_boxes())
    dossier = " ".join(
        " ".join(
            (p.extract_text() or "") for p in PdfReader(out / f"{number}-01.pdf").pages
        ).split()
    )
    assert EMAIL in dossier
    assert PHONE not in dossier
    assert NAME not in dossier


def test_a_marked_passage_is_added_with_its_ground(
    qtbot, db: Database, admin: CurrentUser, people: dict[str, int], monkeypatch
) -> None:
    number = _make_complaint(db, admin, people["concerned"])
    held: list[ops.Op] = []
    monkeypatch.setattr(ops, "launch", held.append)
    dialog = WooExportDialog(db, admin, [number])
    qtbot.addWidget(dialog)
    dialog.load()
    held.pop().run()
    document = dialog.documents[0]
    start = document.text.index("persoonlijke mening")
    cursor = dialog.preview.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("persoonlijke mening"), cursor.MoveMode.KeepAnchor)
    dialog.preview.setTextCursor(cursor)
    dialog.new_ground.setCurrentIndex(dialog.new_ground.findData("5.2"))
    qtbot.mouseClick(dialog.add_button, LEFT)
    added = [r for r in document.redactions if r.ground == "5.2"]
    assert [document.text[r.start : r.end] for r in added] == ["persoonlijke mening"]
