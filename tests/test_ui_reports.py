"""Dashboard and Rapportages, driven through the real widgets (offscreen): the charts show
the figures, a click on a bar opens the register with the matching filter, the page
refreshes itself, and reports are made in the background with progress and "Stoppen"."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCharts import QBarSeries, QLineSeries

from app.db import Actor, Database
from app.models import Complainant, Complaint
from app.models.enums import ComplaintKind, Role, Status
from app.services.demo import fill_demo
from app.services.permissions import CurrentUser
from app.services.register import RegisterFilter, RegisterService
from app.services.report_data import ReportDataService
from app.services.report_files import ReportFileService, ReportKind, ReportRequest
from app.ui import messages, ops
from app.ui.complaints.register_page import RegisterPage
from app.ui.reports import DashboardPage, ReportsPage
from tests import report_dataset
from tests.report_dataset import TODAY, Known
from tests.ui_waiting import wait_loaded

pytestmark = pytest.mark.gui


@pytest.fixture
def known(db: Database) -> Known:
    return report_dataset.build(db)


def _dashboard(qtbot, db: Database, user: CurrentUser, opened: list, today: date = TODAY):  # type: ignore[no-untyped-def]
    page = DashboardPage(db, user, opened.append, today=today)
    qtbot.addWidget(page)
    page.resize(1300, 1400)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not page.loading, timeout=20_000)  # read off the GUI thread
    return page


# ----- the dashboard -----------------------------------------------------------------------


def test_the_dashboard_shows_the_figures_in_charts_when_shown(qtbot, db, admin, known) -> None:
    opened: list[RegisterFilter] = []
    page = _dashboard(qtbot, db, admin, opened)
    assert page.figures is not None  # read when shown
    assert page.open_tile.value.text() == "2"
    assert page.overdue_tile.value.text() == "1"
    assert page.no_contact_tile.value.text() == "1"
    assert page.decision_tile.value.text() == "0"
    series = page.weeks_chart.series()
    assert [type(s) for s in series] == [QBarSeries, QLineSeries]
    assert page.inflow_set.count() == 26
    assert page.inflow_set.at(25) == 1.0
    assert page.inflow_set.at(23) == 1.0
    assert series[1].at(25).y() == 2.0  # the stock at the end of this week
    # Red and amber follow the decision term, as the "beslistermijn verstreken" tile.
    assert [page.age_running_set.at(i) for i in range(6)] == [1, 0, 1, 0, 0, 0]
    assert [page.age_overdue_set.at(i) for i in range(6)] == [0] * 6
    assert [page.age_near_set.at(i) for i in range(6)] == [0] * 6
    assert page.ages_chart.axes()[0].categories() == ["≤ 1", "1–2", "2–4", "4–6", "6–10", "> 10"]
    assert page.units_chart.axes()[0].categories() == ["Team Post", "Team Balie"]
    assert page.cards_green_set.at(2) == 1.0  # February (December is the first month)
    assert page.timer.isActive()
    page.hide()
    assert not page.timer.isActive()
    assert opened == []


def test_clicking_a_bar_opens_the_register_with_the_matching_filter(
    qtbot, db, admin, known
) -> None:
    opened: list[RegisterFilter] = []
    page = _dashboard(qtbot, db, admin, opened)
    page.inflow_set.clicked.emit(25)  # this week's inflow
    assert opened[-1] == RegisterFilter(
        kind=ComplaintKind.COMPLAINT,
        received_from=date(2026, 11, 16),
        received_to=date(2026, 11, 22),
    )
    page.age_running_set.clicked.emit(2)  # 2–4 weeks old
    assert opened[-1] == RegisterFilter(
        kind=ComplaintKind.COMPLAINT,
        open_only=True,
        received_from=TODAY - timedelta(days=28),
        received_to=TODAY - timedelta(days=15),
    )
    page.unit_set.clicked.emit(page.unit_ids.index(known.post_id))
    assert opened[-1] == RegisterFilter(
        kind=ComplaintKind.COMPLAINT, open_only=True, unit_id=known.post_id
    )
    page.subject_overdue_set.clicked.emit(page.subject_ids.index(known.subject_b_id))
    assert opened[-1] == RegisterFilter(
        kind=ComplaintKind.COMPLAINT, open_only=True, overdue=True, subject_id=known.subject_b_id
    )
    page.overdue_tile.value.click()
    assert opened[-1] == RegisterFilter(kind=ComplaintKind.COMPLAINT, open_only=True, overdue=True)
    # What each click opens is what its bar counts.
    register = RegisterService(db, admin, today=TODAY)
    assert [register.count(f) for f in opened] == [1, 1, 1, 1, 1]


def test_the_register_opens_with_the_dashboards_filter(qtbot, db, admin, known) -> None:
    register = RegisterPage(db, admin)
    qtbot.addWidget(register)
    register.show()
    wait_loaded(qtbot, register)
    register.apply_filter(
        RegisterFilter(kind=ComplaintKind.COMPLAINT, open_only=True, unit_id=known.post_id)
    )
    assert register.model.total == 1
    assert register.filters.unit_combo.currentData() == known.post_id
    assert register.filters.kind_combo.currentData() == ComplaintKind.COMPLAINT.value
    # "open only" has its place in the status list; nothing else needs the note.
    assert register.filters.status_combo.currentText() == "Alle open"
    assert not register.extra_filter_label.isVisibleTo(register)
    register.filters.clear()  # "Filters wissen": everything again
    assert register.model.total == RegisterService(db, admin).count()
    assert not register.extra_filter_label.isVisibleTo(register)


def test_the_dashboard_refreshes_itself_after_changes(qtbot, db, admin, known) -> None:
    page = _dashboard(qtbot, db, admin, [])
    with db.session_scope(Actor(login="test")) as session:
        session.add(
            Complaint(
                number="IK-2026-0099",
                kind=ComplaintKind.COMPLAINT,
                received_on=TODAY,
                channel="email",
                description="Nog een klacht.",
                complainant=Complainant(name="Nieuw"),
                status=Status.REGISTERED,
            )
        )
    page.timer.timeout.emit()  # a minute later
    qtbot.waitUntil(lambda: not page.loading, timeout=20_000)
    assert page.open_tile.value.text() == "3"
    assert page.inflow_set.at(25) == 2.0


def test_the_dashboard_with_demo_data(qtbot, db, admin) -> None:
    fill_demo(db, user=admin, years=3, per_year=60, today=date(2026, 11, 23))
    opened: list[RegisterFilter] = []
    page = _dashboard(qtbot, db, admin, opened, today=date(2026, 11, 23))
    figures = page.figures
    assert figures is not None
    assert figures.open_complaints > 0
    assert sum(page.inflow_set.at(i) for i in range(26)) == sum(w.inflow for w in figures.weeks)
    assert len(page.units_chart.axes()[0].categories()) == min(10, len(figures.units))
    page.subject_set.clicked.emit(len(page.subject_ids) - 1)  # the largest, at the top
    assert opened == [
        RegisterFilter(
            kind=ComplaintKind.COMPLAINT, open_only=True, subject_id=figures.subjects[0].id
        )
    ]
    assert RegisterService(db, admin).count(opened[0]) == figures.subjects[0].open


def test_the_dashboard_refuses_users_without_reports(qtbot, db, known) -> None:
    handler = CurrentUser("hanna", known.handler_id, "Hanna", frozenset({Role.HANDLER}))
    page = _dashboard(qtbot, db, handler, [])
    assert not page.allowed
    assert page.figures is None


def test_the_dashboard_says_loading_until_its_figures_arrive_and_keeps_only_the_newest(
    qtbot, db, admin, known, monkeypatch
) -> None:

    held: list[ops.Op] = []
    monkeypatch.setattr(ops, "launch", held.append)
    page = DashboardPage(db, admin, lambda _filter: None, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    # Shown, the read held: a placeholder, no empty charts and no "nothing here" text.
    assert len(held) == 1
    assert page.loading
    assert page.loading_label.isVisible()
    assert page.loading_label.text() == "Laden…"
    assert not page.scroll.isVisible()
    assert not page.empty_state.isVisible()
    assert page.figures is None

    page.refresh()  # a newer read (Vernieuwen) supersedes the held one
    assert len(held) == 2
    held[1].run()
    qtbot.waitUntil(lambda: not page.loading, timeout=5_000)
    assert page.open_tile.value.text() == "2"
    assert not page.loading_label.isVisible()
    assert page.scroll.isVisible()
    held[0].run()  # cancelled when superseded: it neither runs nor changes the page
    qtbot.wait(50)
    assert not page.loading
    assert page.open_tile.value.text() == "2"


# ----- Rapportages -------------------------------------------------------------------------


def _reports(qtbot, db: Database, user: CurrentUser) -> ReportsPage:
    page = ReportsPage(db, user, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_the_coordinators_texts_are_saved_per_report_and_period(qtbot, db, admin, known) -> None:
    page = _reports(qtbot, db, admin)
    page.select_kind(ReportKind.ANNUAL)
    assert page.year_spin.value() == 2025  # last year by default
    page.year_spin.setValue(2026)
    page.stood_out_edit.setPlainText("Meer formele klachten.")
    assert page.save_texts_button.isEnabled()
    page.save_texts_button.click()
    assert ReportDataService(db, admin).texts("annual", "2026")["stood_out"] == (
        "Meer formele klachten."
    )
    page.select_kind(ReportKind.QUARTERLY)
    page.year_spin.setValue(2026)
    page.quarter_combo.setCurrentIndex(1)
    assert page.stood_out_edit.toPlainText() == ""
    page.learned_edit.setPlainText("Sneller terugbellen.")
    page.quarter_combo.setCurrentIndex(2)  # switching period saves what was typed
    assert ReportDataService(db, admin).texts("quarterly", "2026-2")["learned"] == (
        "Sneller terugbellen."
    )
    page.select_kind(ReportKind.ANNUAL)
    page.year_spin.setValue(2026)
    assert page.stood_out_edit.toPlainText() == "Meer formele klachten."
    assert not page.number_edit.isVisibleTo(page)
    page.select_kind(ReportKind.DOSSIER)
    assert page.number_edit.isVisibleTo(page)
    assert not page.texts_box.isVisibleTo(page)


def test_making_a_report_runs_in_the_background_then_offers_to_open_it(
    qtbot, db, admin, known, tmp_path: Path, monkeypatch
) -> None:
    offered: list[str] = []
    monkeypatch.setattr(
        messages, "confirm", lambda _p, _t, text, _label, on_yes, **_k: offered.append(text)
    )
    page = _reports(qtbot, db, admin)
    page.select_kind(ReportKind.QUARTERLY)
    page.year_spin.setValue(2026)
    page.quarter_combo.setCurrentIndex(1)
    page.stood_out_edit.setPlainText("In april twee klachten.")
    target = tmp_path / "kwartaal.pdf"
    monkeypatch.setattr(page, "choose_target", lambda _request: str(target))
    page.make_button.click()
    # The report is made on a worker thread: its signals wait for the event loop.
    assert page.job is not None
    assert page.progress_bar.isVisibleTo(page)
    assert page.stop_button.isVisibleTo(page)
    assert not page.make_button.isEnabled()
    qtbot.waitUntil(lambda: page.job is None, timeout=30_000)
    assert not page.progress_bar.isVisibleTo(page)
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(target).pages)
    assert "2e kwartaal 2026" in text
    assert "In april twee klachten." in " ".join(text.split())  # saved before making
    assert page.last_files == [str(target)]
    assert offered
    assert str(target) in offered[0]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp file


def test_stopping_a_report_leaves_no_file(qtbot, db, admin, known, tmp_path, monkeypatch) -> None:
    started, release = threading.Event(), threading.Event()

    def slow_make(self, request, progress):  # type: ignore[no-untyped-def]
        started.set()
        release.wait(10)
        progress(1, 10)  # the next progress report notices the stop
        return [request.target]

    monkeypatch.setattr(ReportFileService, "make", slow_make)
    page = _reports(qtbot, db, admin)
    target = tmp_path / "jaar.pdf"
    job = page.start(ReportRequest(ReportKind.ANNUAL, target, year=2026))
    assert started.wait(10)
    page.stop_button.click()
    with qtbot.waitSignal(job.signals.cancelled, timeout=10_000):
        release.set()
    assert page.job is None
    assert "Gestopt" in page.status_label.text()
    assert not target.exists()


def test_a_failed_report_is_reported_calmly(qtbot, db, admin, tmp_path, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(messages, "show_service_error", lambda _p, error, **_k: shown.append(error))
    page = _reports(qtbot, db, admin)
    job = page.start(ReportRequest(ReportKind.DOSSIER, tmp_path / "d.pdf", number="IK-2099-0001"))
    qtbot.waitUntil(lambda: page.job is None, timeout=10_000)
    assert shown
    assert "IK-2099-0001" in shown[0].message
    assert job is not None
    assert not (tmp_path / "d.pdf").exists()


def test_a_dossier_needs_a_number(qtbot, db, admin, monkeypatch) -> None:
    warned = []
    monkeypatch.setattr(messages, "warning", lambda _p, title, _text, **_k: warned.append(title))
    page = _reports(qtbot, db, admin)
    page.select_kind(ReportKind.DOSSIER)
    page.make_button.click()
    assert warned == ["Klachtnummer ontbreekt"]
    assert page.job is None


def test_a_report_cancelled_before_it_runs_makes_nothing(
    qtbot, db, admin, tmp_path, monkeypatch
) -> None:
    held: list[ops.Op] = []
    monkeypatch.setattr(ops, "launch", held.append)
    page = _reports(qtbot, db, admin)
    page.start(ReportRequest(ReportKind.ANNUAL, tmp_path / "j.pdf", year=2026))
    page.stop()
    held[0].run()
    assert page.job is None
    assert "Gestopt" in page.status_label.text()
    assert not (tmp_path / "j.pdf").exists()


def test_a_handler_may_only_make_dossiers(qtbot, db, known) -> None:
    handler = CurrentUser("hanna", known.handler_id, "Hanna", frozenset({Role.HANDLER}))
    page = _reports(qtbot, db, handler)
    kinds = [page.kind_combo.itemData(i) for i in range(page.kind_combo.count())]
    assert kinds == [ReportKind.DOSSIER.value]
