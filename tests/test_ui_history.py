"""The Historie tab of a complaint window shows old → new in Dutch words (offscreen)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.db import Database
from app.services.permissions import CurrentUser
from app.ui.complaints.detail import ComplaintDetailWindow
from tests.test_history_text import RAW_NAME, make_handled_complaint


def test_the_history_tab_shows_old_and_new_values_in_dutch(
    qtbot, db: Database, admin: CurrentUser, tmp_path: Path
) -> None:
    handled = make_handled_complaint(db, admin)
    window = ComplaintDetailWindow.open_for(db, admin, handled, None)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.history_tab)
    model = window.history_tab.model
    shown = [
        str(model.data(model.index(row, 2), Qt.ItemDataRole.DisplayRole))
        for row in range(model.rowCount())
    ]
    assert "Toezegging: nagekomen op (leeg) → 06-05-2026" in shown
    assert "Klacht: ontvangst bevestigd op (leeg) → 27-04-2026" in shown
    assert "Klacht: behandelaar (leeg) → Proef Behandelaar" in shown
    assert not [text for text in shown if RAW_NAME.search(text)]
    # The screenshot is looked at by a person (the path is in the helper's report).
    picture = window.grab()
    assert not picture.isNull()
    assert picture.save(str(tmp_path / "historie.png"))
