"""The page "Geanonimiseerd register", driven through the real widgets (offscreen): staff
search the approved rows; the coordinator approves a suggestion."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from app.db import Database
from app.services.anonymised import AnonymisedRegisterService
from app.services.permissions import CurrentUser
from app.ui.anonymised.page import AnonymisedRegisterPage
from tests.test_anonymised_register import EMAIL, SEEDED, _complaint, _version
from tests.test_anonymised_register import staff as staff

# The deduce model, loaded once per test run (suggestions and redactions use it).
pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("deidentify_model")]

# Set ANONREG_SCREENSHOTS to a folder to keep pictures of the two screens for a look.
_SHOTS = os.environ.get("ANONREG_SCREENSHOTS")
SCREENSHOTS = Path(_SHOTS) if _SHOTS else None


def _page(qtbot, db: Database, user: CurrentUser) -> AnonymisedRegisterPage:  # type: ignore[no-untyped-def]
    page = AnonymisedRegisterPage(db, user)
    qtbot.addWidget(page)
    page.resize(1366 - 220, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def _click(qtbot, button: QPushButton) -> None:  # type: ignore[no-untyped-def]
    assert button.isVisible(), button.text()
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_staff_open_the_page_search_and_read_only_approved_summaries(
    qtbot, db: Database, admin: CurrentUser, people: dict[str, int], staff: CurrentUser, backend
) -> None:  # type: ignore[no-untyped-def]
    first = _complaint(db, admin, people, closed=True)
    second = _complaint(db, admin, people, closed=True)
    _complaint(db, admin, people, closed=True)  # not approved
    coordinator = AnonymisedRegisterService(db, admin)
    coordinator.approve(
        first, "Het parkeerbeleid was onduidelijk.", "Nieuwe folder.", _version(db, first)
    )
    coordinator.approve(second, "De balie was onvriendelijk.", "", _version(db, second))

    page = _page(qtbot, db, staff)
    tab = page.register_tab
    assert tab is not None
    assert page.approval_tab is None  # staff approve nothing
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=10_000)
    tab.search.setFocus()
    qtbot.keyClicks(tab.search, "parkeer")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: "parkeerbeleid" in tab.detail.toPlainText())
    assert "Nieuwe folder." in tab.detail.toPlainText()
    assert tab.status.text() == "1–1 van 1"
    if backend == "sqlite" and SCREENSHOTS is not None:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.grab().save(str(SCREENSHOTS / "staff_register.png"))
    shown = (
        "\n".join(
            str(tab.model.index(r, c).data())
            for r in range(tab.model.rowCount())
            for c in range(tab.model.columnCount())
        )
        + tab.detail.toPlainText()
    )
    for seeded in SEEDED:
        assert seeded not in shown


def test_the_coordinator_approves_a_suggestion_and_it_reaches_the_register(
    qtbot, db: Database, admin: CurrentUser, people: dict[str, int], staff: CurrentUser, backend
) -> None:  # type: ignore[no-untyped-def]
    complaint = _complaint(db, admin, people, closed=True)
    page = _page(qtbot, db, admin)
    approval = page.approval_tab
    assert approval is not None
    page.tabs.setCurrentWidget(approval)
    qtbot.waitUntil(lambda: approval.approve_button.isEnabled(), timeout=20_000)
    suggested = approval.summary.toPlainText()
    assert "[e-mailadres]" in suggested
    assert EMAIL not in suggested
    if backend == "sqlite" and SCREENSHOTS is not None:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.grab().save(str(SCREENSHOTS / "approval.png"))
    # Personal data typed back in is refused, with the kind named.
    approval.summary.setPlainText(f"Mail naar {EMAIL}.")
    seen: list[str] = []

    def _capture() -> None:
        for box in page.findChildren(QMessageBox):
            if box.isVisible():
                seen.append(box.informativeText() + box.text())
                box.close()

    _click(qtbot, approval.approve_button)
    qtbot.waitUntil(lambda: any(b.isVisible() for b in page.findChildren(QMessageBox)))
    _capture()
    assert any("e-mailadres" in text for text in seen)
    assert AnonymisedRegisterService(db, staff).count() == 0

    approval.summary.setPlainText("Een klager vond de balie onvriendelijk.")
    _click(qtbot, approval.approve_button)
    qtbot.waitUntil(lambda: approval.model.rowCount() == 0, timeout=10_000)
    [row] = AnonymisedRegisterService(db, staff).page()
    assert row.complaint_id == complaint
    assert row.summary == "Een klager vond de balie onvriendelijk."


def test_all_shown_summaries_are_approved_after_a_confirmation(
    qtbot, db: Database, admin: CurrentUser, people: dict[str, int], staff: CurrentUser
) -> None:  # type: ignore[no-untyped-def]
    for _ in range(2):
        _complaint(db, admin, people, closed=True)
    page = _page(qtbot, db, admin)
    page.show_approval()
    approval = page.approval_tab
    assert approval is not None
    qtbot.waitUntil(lambda: len(approval.drafts) == 2, timeout=20_000)
    _click(qtbot, approval.approve_all_button)
    box = approval.confirmation
    assert isinstance(box, QMessageBox)
    assert "2 samenvattingen komen" in box.text()
    _click(qtbot, box.findChild(QPushButton, "confirm_button"))
    qtbot.waitUntil(lambda: approval.model.rowCount() == 0, timeout=10_000)
    assert AnonymisedRegisterService(db, staff).count() == 2
