"""Texts made outside app/ui (enumeration labels, history lines) follow the chosen language:
English with the English translation installed, Dutch without one (offscreen)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from app.db import Database
from app.models.enums import Status, TaskKind
from app.services.complainants import ComplainantData
from app.services.complaints import ComplaintService
from app.services.intake import ConcernedEmployee, IntakeData, IntakeService
from app.services.permissions import CurrentUser
from app.services.tasks import TaskService, shown_title
from app.ui.complaints.detail import ComplaintDetailWindow
from app.ui.complaints.register_model import RegisterColumn
from app.ui.complaints.register_page import RegisterPage
from app.ui.widgets import service_text
from tests.test_history_text import make_handled_complaint
from tests.ui_waiting import wait_loaded

QM = Path(__file__).resolve().parent.parent / "resources/translations/interne_klachten_en.qm"
# Set by a person to keep the screenshots (the helper's report names them).
SHOTS = os.environ.get("INTERNE_KLACHTEN_SHOTS")


@pytest.fixture(params=["en", "nl"])
def language(request: pytest.FixtureRequest, qapp: QCoreApplication) -> Iterator[str]:
    """The English translation installed for one test (removed afterwards), or none."""
    translator = QTranslator()
    if request.param == "en":
        assert translator.load(str(QM))
        assert qapp.installTranslator(translator)
    yield str(request.param)
    if request.param == "en":
        qapp.removeTranslator(translator)


EXPECTED = {
    "en": {
        "status": "In progress",
        "summary": "Complaint · In progress",
        "history": [
            "Promise: kept on (empty) → 06-05-2026",
            "Complaint: handler (empty) → Proef Behandelaar",
            "Contact note added: Phone — with klager",
            "Complaint: urgent no → yes",
            "Status: Registered",
        ],
    },
    "nl": {
        "status": "In behandeling",
        "summary": "Klacht · In behandeling",
        "history": [
            "Toezegging: nagekomen op (leeg) → 06-05-2026",
            "Klacht: behandelaar (leeg) → Proef Behandelaar",
            "Contactnotitie toegevoegd: Telefoon — met klager",
            "Klacht: spoed nee → ja",
            "Status: Geregistreerd",
        ],
    },
}


@pytest.mark.parametrize("backend", ["sqlite"])  # the translation, not the database, is tested
def test_status_and_history_follow_the_installed_language(
    qtbot, db: Database, admin: CurrentUser, language: str
) -> None:
    expected = EXPECTED[language]
    handled = make_handled_complaint(db, admin)
    assert ComplaintService(db, admin).detail(handled).status == Status.IN_PROGRESS

    page = RegisterPage(db, admin)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitExposed(page)
    wait_loaded(qtbot, page)
    model = page.model
    column = model.column_of(RegisterColumn.STATUS)
    statuses = [
        model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
        for row in range(model.rowCount())
    ]
    assert statuses == [expected["status"]]

    window = ComplaintDetailWindow.open_for(db, admin, handled, None)
    qtbot.addWidget(window)
    window.resize(1200, 740)
    qtbot.waitExposed(window)
    assert window.summary_label.text().startswith(expected["summary"])
    window.tabs.setCurrentWidget(window.history_tab)
    history = window.history_tab.model
    lines = [
        str(history.data(history.index(row, 2), Qt.ItemDataRole.DisplayRole))
        for row in range(history.rowCount())
    ]
    for line in expected["history"]:
        assert line in lines
    # The service itself (dossier PDF, command line) still reads Dutch.
    assert "Klacht: behandelaar (leeg) → Proef Behandelaar" in [
        entry.text for entry in ComplaintService(db, admin).history(handled)
    ]
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        assert page.grab().save(f"{SHOTS}/register_{language}.png")
        assert window.grab().save(f"{SHOTS}/complaint_{language}.png")


TASK_TITLES = {
    "en": "Inform the employees concerned about %1",
    "nl": "Informeer betrokken medewerkers over %1",
}


@pytest.mark.parametrize("backend", ["sqlite"])  # the translation, not the database, is tested
def test_a_task_the_program_made_is_shown_in_the_installed_language(
    db: Database, admin: CurrentUser, people: dict[str, int], language: str
) -> None:
    received = date(2026, 4, 24)
    # A complaint about a dossier: the employees concerned are to be told of it (a task).
    second = (
        IntakeService(db, admin)
        .register(
            IntakeData(
                description="de medewerker belde niet terug.",
                complainant=ComplainantData(name="Proefklager Nu", email="nu@example.com"),
                received_on=received,
                employees_concerned=(ConcernedEmployee(people["concerned"]),),
                related_dossiers=("2026.12345",),
            ),
            today=received,
        )
        .complaint_id
    )
    number = ComplaintService(db, admin).detail(second).number
    items = TaskService(db, admin).items(today=received + timedelta(days=1))
    (inform,) = [
        item for item in items if item.complaint_id == second and item.title.startswith("Inf")
    ]
    # Stored and read by the service in Dutch; shown in the reader's language.
    assert inform.title == TASK_TITLES["nl"].replace("%1", number)
    assert service_text(inform.title) == TASK_TITLES[language].replace("%1", number)


def test_a_typed_or_older_task_title_is_shown_as_stored() -> None:
    assert shown_title(TaskKind.OTHER, "Bel de klager", "IK-2026-0001") == "Bel de klager"
    older = "Kopie klacht sturen"  # not the wording the program makes now
    assert shown_title(TaskKind.COPY_AT_START, older, None) == older
    red = shown_title(TaskKind.RETURNED_CARD, "Een rode kaart is teruggekomen (IK-1)", "IK-1")
    assert getattr(red, "template", None) == "Een rode kaart is teruggekomen (%1)"
