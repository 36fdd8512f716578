"""Beheer → Bewaartermijnen, driven through the real widgets (offscreen): the terms with
their source, the dry run, the archivist's approval and the destruction."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton
from sqlalchemy import select

from app.db import Database
from app.models import Complaint
from app.models.enums import DestructionStatus
from app.services.permissions import CurrentUser
from app.services.retention import RetentionService
from app.ui.admin.page import AdminPage
from tests.test_retention import NAME, _archivist, _seed_personal_complaint

pytestmark = pytest.mark.gui

AS_OF = date(2029, 3, 1)


def _page(qtbot, db: Database, user: CurrentUser) -> AdminPage:  # type: ignore[no-untyped-def]
    page = AdminPage(db, user)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    page.tabs.setCurrentIndex(page.tabs.count() - 1)
    return page


def _click(qtbot, button: QPushButton) -> None:  # type: ignore[no-untyped-def]
    assert button.isVisible(), button.text()
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_archivist_approves_a_proposed_list_and_the_coordinator_carries_it_out(
    qtbot, db: Database, admin: CurrentUser
) -> None:  # type: ignore[no-untyped-def]
    complaint_id = _seed_personal_complaint(db)
    archivist = _archivist(db, admin)
    list_id = RetentionService(db, admin).propose(AS_OF)

    page = _page(qtbot, db, archivist)
    tab = page.retention
    assert tab is not None
    assert tab.terms is not None
    # The source is named beside each term.
    labels = [label.text() for label in tab.findChildren(QLabel)]
    assert sum("Selectielijst gemeenten 2020, procestype 13" in t for t in labels) == 3
    assert tab.terms.handled_spin.value() == 5
    assert tab.terms.ombudsman_spin.value() == 10
    assert tab.terms.not_handled_spin.value() == 1
    panel = tab.destruction
    assert not panel.carry_out_button.isVisible()  # the archivist only approves
    panel.as_of_edit.setDate(AS_OF)
    _click(qtbot, panel.dry_run_button)
    assert [r.number for r in panel.due_model.rows] == ["IK-2024-0001"]
    assert "1 klachten zouden worden vernietigd" in panel.summary.text()
    assert NAME not in panel.summary.text()
    panel.select_list(list_id)
    _click(qtbot, panel.approve_button)
    assert panel.selected_list().status == DestructionStatus.APPROVED

    coordinator_page = _page(qtbot, db, admin)
    coordinator_panel = coordinator_page.retention.destruction
    coordinator_panel.select_list(list_id)
    _click(qtbot, coordinator_panel.carry_out_button)
    qtbot.waitUntil(lambda: coordinator_page.findChild(QMessageBox) is not None)
    box = coordinator_page.findChild(QMessageBox)
    qtbot.mouseClick(box.findChild(QPushButton, "confirm_button"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: coordinator_panel.job is None, timeout=10_000)
    with db.session_scope() as s:
        assert s.scalar(select(Complaint.destroyed_on).where(Complaint.id == complaint_id))
    assert coordinator_panel.lists_model.rows[0].status == DestructionStatus.CARRIED_OUT
