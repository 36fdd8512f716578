"""The benchmark's screens figure: build and show every page once, as a first visit does,
in one offscreen process, and print the milliseconds per page as one JSON line.
Run as ``python -m app.ui.bench_ui URL`` (app.bench.figures runs it)."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QWidget

from app.bench.baseline import peak_rss_mb
from app.db import Database
from app.models.enums import Role
from app.services.permissions import CurrentUser


def page_builders(db: Database, user: CurrentUser) -> dict[str, Callable[[], QWidget]]:
    from app.ui.admin.page import AdminPage
    from app.ui.complaints.register_page import RegisterPage
    from app.ui.feedback.page import FeedbackPage
    from app.ui.learning.page import LearningPage
    from app.ui.reports.dashboard_page import DashboardPage
    from app.ui.reports.reports_page import ReportsPage
    from app.ui.tasks.page import TodayPage

    return {
        "Vandaag": lambda: TodayPage(db, user),
        "Klachten": lambda: RegisterPage(db, user),
        "Dashboard": lambda: DashboardPage(db, user, lambda _filter: None),
        "Rapportages": lambda: ReportsPage(db, user),
        "Feedbackkaarten": lambda: FeedbackPage(db, user),
        "Verbetervoorstellen": lambda: LearningPage(db, user),
        "Beheer": lambda: AdminPage(db, user),
    }


def measure_pages(db: Database, user: CurrentUser) -> dict[str, float]:
    application = QApplication.instance() or QApplication(sys.argv[:1])
    timings: dict[str, float] = {}
    pages = []
    for name, build in page_builders(db, user).items():
        started = time.perf_counter()
        page = build()
        page.resize(1100, 700)
        page.show()
        application.processEvents()
        timings[name] = (time.perf_counter() - started) * 1000
        page.hide()
        pages.append(page)  # kept alive as the main window keeps its pages
    return timings


def main(argv: list[str]) -> int:
    db = Database(argv[0])
    user = CurrentUser(
        login="bench",
        employee_id=None,
        name="Benchmark",
        roles=frozenset({Role.COORDINATOR, Role.ADMINISTRATOR}),
    )
    try:
        timings = measure_pages(db, user)
    finally:
        db.dispose()
    timings["peak_rss_mb"] = peak_rss_mb()
    print(json.dumps(timings))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
