"""After registering: 'Klacht openen' opens the new complaint, and a register filter that
would hide it says so, with 'Filters wissen' (offscreen)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.db import Database
from app.models.enums import Channel, ComplaintKind
from app.services.complainants import ComplainantData
from app.services.intake import IntakeData, IntakeResult, IntakeService
from app.services.permissions import CurrentUser
from app.services.register import RegisterFilter
from app.ui.complaints.detail import ComplaintDetailWindow
from app.ui.complaints.register_page import RegisterPage
from tests.ui_waiting import wait_loaded

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton


def _page(qtbot, db: Database, user: CurrentUser) -> RegisterPage:
    page = RegisterPage(db, user)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    wait_loaded(qtbot, page)
    return page


def _register(db: Database, admin: CurrentUser, n: int) -> IntakeResult:
    return IntakeService(db, admin).register(
        IntakeData(
            description="De afspraak werd twee keer verzet zonder bericht.",
            complainant=ComplainantData(name=f"Proefklager Xi {n}", email=f"xi{n}@example.com"),
        )
    )


def _detail_windows() -> list[ComplaintDetailWindow]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, ComplaintDetailWindow) and w.isVisible()
    ]


def test_klacht_openen_after_registering_opens_the_new_complaint(qtbot, db, admin):
    page = _page(qtbot, db, admin)
    qtbot.mouseClick(page.new_button, LEFT)
    dialog = page.intake_dialog
    assert dialog is not None
    # Not given to qtbot: the page owns the dialog, which deletes itself when it closes.
    result = _register(db, admin, 1)
    # What the dialog shows after its own registration.
    dialog.result_view.show_result(
        result,
        kind=ComplaintKind.COMPLAINT,
        channel=Channel.EMAIL,
        received_on=date.today(),
        complainant_name="Proefklager Xi 1",
    )
    dialog.stack.setCurrentWidget(dialog.result_view)
    button = dialog.result_view.open_button
    assert button.isVisibleTo(dialog)
    assert button.text().replace("&", "") == "Klacht openen"
    qtbot.mouseClick(button, LEFT)
    assert not dialog.isVisible()
    windows = _detail_windows()
    assert [w.number_label.text() for w in windows] == [result.number]
    for window in windows:
        qtbot.addWidget(window)


def test_a_filter_that_hides_the_new_complaint_offers_to_clear_it(qtbot, db, admin):
    _register(db, admin, 1)
    page = _page(qtbot, db, admin)
    page.apply_filter(RegisterFilter(kind=ComplaintKind.SIGNAL))  # e.g. from the dashboard
    assert page.model.rowCount() == 0
    result = _register(db, admin, 2)
    page._complaint_registered(result)  # what the intake dialog calls
    assert page.hidden_new_notice.isVisible()
    assert result.number in page.hidden_new_label.text()

    qtbot.mouseClick(page.hidden_new_clear, LEFT)
    assert not page.hidden_new_notice.isVisible()
    assert page.model.filter == RegisterFilter()
    selected = page.selected_row()
    assert selected is not None
    assert selected.number == result.number
    assert page.model.rowCount() == 2


def test_without_a_filter_the_new_complaint_is_selected_and_no_notice_shows(qtbot, db, admin):
    page = _page(qtbot, db, admin)
    result = _register(db, admin, 1)
    page._complaint_registered(result)
    assert not page.hidden_new_notice.isVisible()
    selected = page.selected_row()
    assert selected is not None
    assert selected.number == result.number
