"""Klachten → the register, driven through the real widgets (offscreen)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from app.bench.register import generate
from app.db import Database
from app.models.enums import OPEN_STATUSES, Channel, ComplaintKind, Role, Status
from app.services.complainants import ComplainantData
from app.services.demo import DemoSummary, fill_demo
from app.services.identity import load_current_user
from app.services.intake import IntakeData, IntakeService
from app.services.organisation import EmployeeInput, OrganisationService
from app.services.permissions import CurrentUser
from app.services.register import RegisterFilter, RegisterService, RegisterSort
from app.ui.complaints.detail import ComplaintDetailWindow
from app.ui.complaints.register_filters import OPEN_CHOICE
from app.ui.complaints.register_model import PAGE_SIZE, RegisterColumn
from app.ui.complaints.register_page import RegisterPage
from tests.ui_waiting import wait_loaded

pytestmark = pytest.mark.gui


def _page(qtbot, db: Database, user: CurrentUser) -> RegisterPage:
    page = RegisterPage(db, user)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    wait_loaded(qtbot, page)
    return page


@pytest.fixture
def demo(db: Database, admin: CurrentUser) -> DemoSummary:
    return fill_demo(db, user=admin, years=1, per_year=40)


def _numbers(page: RegisterPage, rows: int = 5) -> list[str]:
    column = page.model.column_of(RegisterColumn.NUMBER)
    return [page.model.index(row, column).data() for row in range(rows)]


def _click_header(qtbot, page: RegisterPage, column: RegisterColumn) -> None:
    header = page.table.horizontalHeader()
    logical = page.model.column_of(column)
    x = header.sectionViewportPosition(logical) + header.sectionSize(logical) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_the_register_shows_the_demo_complaints_newest_first(qtbot, db, admin, demo):
    page = _page(qtbot, db, admin)
    service = RegisterService(db, admin)
    total = service.count()
    assert total == demo.complaints + demo.signals
    assert page.model.rowCount() == total
    assert page.filters.count_label.text() == f"{total} klachten en signalen"
    newest = service.page(RegisterFilter(), RegisterSort.RECEIVED, True, 0, 5)
    assert _numbers(page) == [row.number for row in newest]


def test_the_register_shows_loading_until_its_first_read_arrives(
    qtbot, db, admin, demo, monkeypatch
):
    from app.ui import ops

    held: list[ops.Op] = []
    monkeypatch.setattr(ops, "launch", held.append)
    page = RegisterPage(db, admin)
    qtbot.addWidget(page)
    # Built but not shown: nothing is read yet.
    assert held == []
    assert page.model.pages_fetched == 0
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    # Shown, the read is held: the placeholder, no table, no empty-register text, and the
    # filter lists not filled yet.
    assert len(held) == 1
    assert page.loading
    assert page.loading_label.isVisible()
    assert page.loading_label.text() == "Laden…"
    assert not page.table.isVisible()
    assert not page.empty_state.isVisible()
    assert page.model.rowCount() == 0
    assert page.model.pages_fetched == 0
    handlers = page.filters.handler_combo.count()

    held[0].run()
    qtbot.waitUntil(lambda: not page.loading, timeout=5_000)
    assert not page.loading_label.isVisible()
    assert page.table.isVisible()
    assert page.model.rowCount() == demo.complaints + demo.signals
    assert page.model.pages_fetched == 1  # the first page came with the count
    assert page.filters.handler_combo.count() > handlers
    # Showing the page again reads nothing more off the GUI thread.
    page.hide()
    page.show()
    assert len(held) == 1


def test_a_status_filter_and_a_search_narrow_the_rows(qtbot, db, admin, demo):
    page = _page(qtbot, db, admin)
    service = RegisterService(db, admin)
    page.filters.select(page.filters.status_combo, Status.CLOSED.value)
    closed = service.count(RegisterFilter(status=Status.CLOSED))
    assert 0 < closed < service.count()
    assert page.model.rowCount() == closed

    name = service.page(RegisterFilter(status=Status.CLOSED))[0].complainant_name
    assert name
    word = name.split()[-1]
    qtbot.keyClicks(page.filters.search_edit, word)
    wanted = RegisterFilter(status=Status.CLOSED, search=word)
    expected = [row.number for row in service.page(wanted, RegisterSort.RECEIVED, True)]
    qtbot.waitUntil(lambda: page.model.rowCount() == len(expected))
    assert 0 < len(expected) < closed
    assert _numbers(page, len(expected)) == expected

    page.filters.clear_button.click()
    assert page.model.rowCount() == service.count()


def test_clicking_a_header_sorts_through_the_service(qtbot, db, admin, demo):
    page = _page(qtbot, db, admin)
    service = RegisterService(db, admin)

    _click_header(qtbot, page, RegisterColumn.COMPLAINANT)
    by_name = service.page(RegisterFilter(), RegisterSort.COMPLAINANT, False, 0, 5)
    assert (page.model.sort_key, page.model.descending) == (RegisterSort.COMPLAINANT, False)
    assert _numbers(page) == [row.number for row in by_name]

    _click_header(qtbot, page, RegisterColumn.COMPLAINANT)
    reversed_ = service.page(RegisterFilter(), RegisterSort.COMPLAINANT, True, 0, 5)
    assert _numbers(page) == [row.number for row in reversed_]

    # "#" cannot be sorted on: the order and the arrow stay.
    _click_header(qtbot, page, RegisterColumn.RELATED)
    assert (page.model.sort_key, page.model.descending) == (RegisterSort.COMPLAINANT, True)
    header = page.table.horizontalHeader()
    assert header.sortIndicatorSection() == page.model.column_of(RegisterColumn.COMPLAINANT)


def test_only_the_visible_pages_are_fetched_and_scrolling_down_loads_the_last(qtbot, db, admin):
    generate(db, 450)
    page = _page(qtbot, db, admin)
    assert page.model.rowCount() == 450
    qtbot.waitUntil(lambda: page.model.cached_pages() == [0])  # once painted
    assert page.model.pages_fetched == 1

    page.table.scrollToBottom()
    QApplication.processEvents()
    last = (450 - 1) // PAGE_SIZE
    qtbot.waitUntil(lambda: last in page.model.cached_pages())
    assert 1 not in page.model.cached_pages()  # the page in between was never needed
    oldest = RegisterService(db, admin).page(RegisterFilter(), RegisterSort.RECEIVED, False, 0, 1)
    column = page.model.column_of(RegisterColumn.NUMBER)
    assert page.model.index(449, column).data() == oldest[0].number


def test_hidden_columns_stay_hidden_in_a_new_register_page(qtbot, db, admin):
    first = _page(qtbot, db, admin)
    subject = first.model.column_of(RegisterColumn.SUBJECT)
    assert not first.table.isColumnHidden(subject)
    first.columns.actions[RegisterColumn.SUBJECT].trigger()
    assert first.table.isColumnHidden(subject)
    assert not first.columns.actions[RegisterColumn.NUMBER].isEnabled()
    first.close()

    second = _page(qtbot, db, admin)
    assert second.table.isColumnHidden(subject)
    assert not second.columns.actions[RegisterColumn.SUBJECT].isChecked()
    second.columns.actions[RegisterColumn.SUBJECT].trigger()
    assert not second.table.isColumnHidden(subject)


def test_double_click_and_enter_open_the_complaint_in_one_window(qtbot, db, admin, demo):
    page = _page(qtbot, db, admin)
    row = page.model.row_at(2)
    assert row is not None
    index = page.model.index(2, page.model.column_of(RegisterColumn.COMPLAINANT))
    center = page.table.visualRect(index).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    window = ComplaintDetailWindow.find_open(db, row.id)
    assert window is not None
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.number_label.text() == row.number

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    same = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, ComplaintDetailWindow) and w.complaint_id == row.id and w.isVisible()
    ]
    assert same == [window]


def test_converting_a_signal_gives_an_ik_number(qtbot, db, admin):
    signal = IntakeService(db, admin).register(
        IntakeData(
            description="Melding over een onvriendelijk telefoongesprek.",
            kind=ComplaintKind.SIGNAL,
            channel=Channel.PHONE,
            complainant=ComplainantData(name="Proefklager Theta", email="theta@example.com"),
        )
    )
    assert signal.number.startswith("SG-")
    page = _page(qtbot, db, admin)
    assert page.select_complaint(signal.complaint_id)
    assert page.convert_button.isEnabled()
    qtbot.mouseClick(page.convert_button, Qt.MouseButton.LeftButton)

    box = next(b for b in page.findChildren(QMessageBox) if b.isVisible())
    qtbot.mouseClick(box.findChild(QPushButton, "confirm_button"), Qt.MouseButton.LeftButton)
    converted = page.selected_row()
    assert converted is not None
    assert converted.kind == ComplaintKind.COMPLAINT
    assert converted.number.startswith("IK-")
    news = [b for b in page.findChildren(QMessageBox) if b.isVisible()]
    assert any(converted.number in b.text() and signal.number in b.text() for b in news)
    assert not page.convert_button.isEnabled()


def _click_row(qtbot, page: RegisterPage, complaint_id: int) -> None:
    row = page.model.find_row(complaint_id)
    assert row is not None
    rect = page.table.visualRect(page.model.index(row, page.model.column_of(RegisterColumn.NUMBER)))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _signal(db: Database, admin: CurrentUser, name: str) -> int:
    return (
        IntakeService(db, admin)
        .register(
            IntakeData(
                description="Melding over een onvriendelijk telefoongesprek.",
                kind=ComplaintKind.SIGNAL,
                channel=Channel.PHONE,
                complainant=ComplainantData(name=name),
            )
        )
        .complaint_id
    )


def test_the_buttons_follow_the_row_just_clicked(qtbot, db, admin):
    open_signal = _signal(db, admin, "Proefklager Iota")
    closed_signal = _signal(db, admin, "Proefklager Kappa")
    complaint = IntakeService(db, admin).convert_signal(closed_signal).complaint_id
    page = _page(qtbot, db, admin)
    assert not page.open_button.isEnabled()
    assert not page.convert_button.isEnabled()

    _click_row(qtbot, page, open_signal)
    assert page.selected_row().id == open_signal
    assert page.open_button.isEnabled()
    assert page.convert_button.isEnabled()
    # A closed signal (already converted), then a complaint: nothing to convert.
    _click_row(qtbot, page, closed_signal)
    assert page.selected_row().id == closed_signal
    assert page.open_button.isEnabled()
    assert not page.convert_button.isEnabled()
    _click_row(qtbot, page, open_signal)
    assert page.convert_button.isEnabled()
    _click_row(qtbot, page, complaint)
    assert not page.convert_button.isEnabled()
    # Keyboard: the arrow keys move the selection, and the buttons with it.
    _click_row(qtbot, page, open_signal)
    row = page.model.find_row(open_signal)
    key = Qt.Key.Key_Down if page.model.find_row(closed_signal) > row else Qt.Key.Key_Up
    for _ in range(abs(page.model.find_row(closed_signal) - row)):
        qtbot.keyClick(page.table, key)
    assert page.selected_row().id == closed_signal
    assert not page.convert_button.isEnabled()
    page.table.clearSelection()
    assert not page.open_button.isEnabled()


def test_all_open_in_the_status_list_and_a_count_that_names_what_it_counts(qtbot, db, admin, demo):
    page = _page(qtbot, db, admin)
    service = RegisterService(db, admin)
    page.filters.select(page.filters.status_combo, OPEN_CHOICE)
    open_count = service.count(RegisterFilter(open_only=True))
    assert 0 < open_count < service.count()
    assert page.model.total == open_count
    assert page.filters.count_label.text() == f"{open_count} klachten en signalen"
    page.filters.select(page.filters.kind_combo, ComplaintKind.SIGNAL.value)
    signals = service.count(RegisterFilter(open_only=True, kind=ComplaintKind.SIGNAL))
    assert page.filters.count_label.text().endswith("signalen" if signals != 1 else "signaal")
    assert page.filters.count_label.text().startswith(f"{signals} ")
    page.filters.select(page.filters.kind_combo, ComplaintKind.COMPLAINT.value)
    complaints = service.count(RegisterFilter(open_only=True, kind=ComplaintKind.COMPLAINT))
    assert page.filters.count_label.text() == f"{complaints} klachten"
    assert {row.status for row in service.page(page.model.filter, limit=500)} <= set(OPEN_STATUSES)


def test_the_hash_column_has_a_readable_header_that_explains_it(qtbot, db, admin):
    page = _page(qtbot, db, admin)
    section = page.model.column_of(RegisterColumn.RELATED)
    header = page.model.headerData(section, Qt.Orientation.Horizontal)
    tip = page.model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert header == "Samen-\nhang"
    assert "#" in tip
    assert "lopende klacht" in tip
    assert "dossiernummer" in tip


def test_the_register_is_refused_kindly_to_staff(qtbot, db, admin):
    OrganisationService(db, admin).create_employee(
        EmployeeInput(name="Proef Medewerker", login="medew", roles=frozenset({Role.STAFF}))
    )
    staff = load_current_user(db, "medew")
    assert staff is not None
    page = _page(qtbot, db, staff)
    assert page.refusal_label.isVisible()
    assert "beheerder" in page.refusal_label.text()


def test_exporting_writes_the_rows_shown_to_an_excel_file(
    qtbot, db, admin, demo, tmp_path, monkeypatch
):
    from openpyxl import load_workbook

    page = _page(qtbot, db, admin)
    page.filters.select(page.filters.status_combo, Status.CLOSED.value)
    target = tmp_path / "register"  # the extension is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kwargs: (str(target), ""))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.export_job is None, timeout=20_000)
    news = [b for b in page.findChildren(QMessageBox) if b.isVisible()]
    assert any("register.xlsx" in b.text() for b in news)
    rows = load_workbook(tmp_path / "register.xlsx").active.max_row
    assert rows == 1 + RegisterService(db, admin).count(RegisterFilter(status=Status.CLOSED))
    assert page.export_button.isEnabled()


def test_a_new_complaint_is_selected_after_registering_it(qtbot, db, admin, demo):
    page = _page(qtbot, db, admin)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.intake_dialog
    assert dialog is not None
    # Not given to qtbot: the page owns the dialog, which deletes itself when it closes.
    assert dialog.isVisible()
    dialog.close()

    result = IntakeService(db, admin).register(
        IntakeData(
            description="De afspraak werd twee keer verzet zonder bericht.",
            complainant=ComplainantData(name="Proefklager Iota", email="iota@example.com"),
        )
    )
    page._complaint_registered(result)  # what the intake dialog calls
    selected = page.selected_row()
    assert selected is not None
    assert selected.number == result.number
    assert page.model.rowCount() == demo.complaints + demo.signals + 1


def test_a_change_saved_in_the_detail_window_shows_in_the_register(qtbot, db, admin, demo):
    page = _page(qtbot, db, admin)
    row = next(
        page.model.row_at(r)
        for r in range(page.model.rowCount())
        if not page.model.row_at(r).urgent and page.model.row_at(r).kind == "complaint"
    )
    page.select_complaint(row.id)
    window = page.open_selected()
    assert window is not None
    qtbot.addWidget(window)
    qtbot.mouseClick(window.data_tab.urgent_box, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.data_tab.save_button, Qt.MouseButton.LeftButton)

    selected = page.selected_row()
    assert selected is not None
    assert selected.id == row.id  # the register refreshed and kept its place
    assert selected.urgent
    index = page.table.currentIndex()
    urgent = page.model.index(index.row(), page.model.column_of(RegisterColumn.URGENT))
    assert urgent.data() == "Spoed"


def test_opening_the_register_does_not_import_the_spreadsheet_library():
    # openpyxl costs a few hundred ms to import; only importing or exporting needs it.
    code = "import sys; import app.ui.complaints.register_page; print('openpyxl' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "False"
