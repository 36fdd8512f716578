"""The dashboard's "Voorraad per team" table, through the real widget (offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.db import Database
from app.services.permissions import CurrentUser
from app.ui.reports.dashboard_page import DashboardPage
from tests.test_stock_per_team import TODAY, teams  # noqa: F401  (the fixture)

pytestmark = pytest.mark.gui


def test_the_dashboard_lists_the_stock_per_team_with_the_total_last(
    qtbot,
    db: Database,
    admin: CurrentUser,
    teams: None,  # noqa: F811
    tmp_path: Path,
) -> None:
    page = DashboardPage(db, admin, lambda _filter: None, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1300, 1400)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not page.loading, timeout=20_000)
    model = page.stock_table.model
    cells = [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]
    assert cells == [
        ["Team Noord", "3", "1", "1,5 / 1,5", "3,5 / 3,5"],
        ["Team Zuid", "1", "1", "6,0 / 6,0", "1,0 / 1,0"],
        ["Totaal", "3", "1", "2,0 / 3,0", "3,0 / 2,7"],
    ]
    page.scroll.ensureWidgetVisible(page.stock_table)
    assert page.grab().save(str(tmp_path / "dashboard-voorraad.png"))
