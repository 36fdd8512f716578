"""The intake can be completed with the keyboard alone: Tab moves through the fields in the
order they are on the screen, and a complaint is registered without touching the mouse."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from app.db import Database
from app.models.enums import Judgment, ReportStatus, Status
from app.services.complaints import ComplaintService
from app.services.intake import IntakeResult
from app.services.learning import HandlingReportService
from app.services.organisation import EmployeeInput, OrganisationService
from app.services.permissions import CurrentUser
from app.services.workflow import WorkflowService
from app.ui.accessibility import install_accessible_names, label_name
from app.ui.complaints.intake_dialog import IntakeDialog
from app.ui.widgets import ErrorLabel
from tests.test_ui_dialogs_fit import DIALOG_FACTORIES

pytestmark = pytest.mark.gui

# What a keyboard user types into the fields, by what a screen reader calls them.
TYPED = {
    "Voorletters": "p",
    "Achternaam": "Proefklager",
    "1. Ik klaag erover dat": "de terugbelafspraak van vorige week niet is nagekomen.",
    "6. Uw e-mailadres": "p.proefklager@example.com",
}
EMPLOYEE_FIELD = "Naam van de betrokken medewerker"
# Tabs enough for every field and button of the form, with room to spare.
MAX_TABS = 80


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _name(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    return label_name(widget.text()) if isinstance(widget, QAbstractButton) else ""


def _tab(qtbot, count: int = 1) -> None:
    for _ in range(count):
        qtbot.keyClick(_focused(), Qt.Key.Key_Tab)


@pytest.mark.parametrize("backend", ["sqlite"])
def test_the_intake_is_registered_with_the_keyboard_alone_in_screen_order(
    qtbot, qapp, db: Database, admin: CurrentUser, backend: str
) -> None:
    install_accessible_names(qapp)  # as the program does when it starts
    OrganisationService(db, admin).create_employee(EmployeeInput(name="Bea de Vries"))
    results: list[IntakeResult] = []
    dialog = IntakeDialog.open_new(db, admin, None, results.append)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    content = dialog.scroll.widget()

    visited: list[QWidget] = []
    for _ in range(MAX_TABS):
        field = _focused()
        if not visited or visited[-1] is not field:  # a date edit tabs through its parts
            visited.append(field)
        name = _name(field)
        if name in TYPED:
            qtbot.keyClicks(field, TYPED[name])
        elif name == EMPLOYEE_FIELD:
            qtbot.keyClicks(field, "Bea de Vries")
            qtbot.keyClick(_focused(), Qt.Key.Key_Return)  # Enter adds the name
        if isinstance(field, QPushButton) and field is dialog.register_button:
            break
        _tab(qtbot)
    else:
        pytest.fail(f"Registreren not reached with Tab; visited {[_name(w) for w in visited]}")

    # Screen order: each field of the form lies below the one before, or beside it to the
    # right on the same line (positions in the scrolled content, not on the screen).
    in_form = [w for w in visited if content.isAncestorOf(w)]
    assert len(in_form) >= 15, [_name(w) for w in in_form]
    places = [w.mapTo(content, w.rect().topLeft()) for w in in_form]
    for (first, before), (second, here) in itertools.pairwise(zip(in_form, places, strict=True)):
        same_line = abs(here.y() - before.y()) < first.height()
        assert here.y() > before.y() or (same_line and here.x() > before.x()), (
            f"Tab goes from {_name(first)!r} to {_name(second)!r}, against the screen order"
        )

    qtbot.keyClick(_focused(), Qt.Key.Key_Space)
    shown = [label.text() for label in dialog.findChildren(ErrorLabel) if label.isVisible()]
    assert len(results) == 1, (shown, [_name(w) for w in visited])
    detail = ComplaintService(db, admin).detail(results[0].complaint_id)
    assert detail.description == TYPED["1. Ik klaag erover dat"]
    assert detail.complainant is not None
    assert detail.complainant.surname == "Proefklager"
    assert detail.complainant.email == "p.proefklager@example.com"
    assert [c.name for c in detail.employees_concerned] == ["Bea de Vries"]
    # The result is shown, with the focus on a button Enter works.
    assert _focused() is dialog.close_button


def _tab_to(qtbot, stop: QWidget, act) -> list[QWidget]:
    """Tab from the focused widget until ``stop`` has the focus, calling ``act`` once on
    each widget Tab reaches (a date edit tabs through its parts first)."""
    visited: list[QWidget] = []
    for _ in range(MAX_TABS * 2):
        field = _focused()
        if not visited or visited[-1] is not field:
            visited.append(field)
            if field is stop:
                return visited
            act(qtbot, field)
        _tab(qtbot)
    pytest.fail(f"{_name(stop)!r} not reached with Tab; visited {[_name(w) for w in visited]}")


def _shown(qtbot, qapp, request, name: str) -> QWidget:
    install_accessible_names(qapp)
    dialog = DIALOG_FACTORIES[name](request)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    return dialog


def _answer_annex1(qtbot, field: QWidget) -> None:
    if isinstance(field, QComboBox):
        qtbot.keyClick(field, Qt.Key.Key_Down)  # the first cause after "kies wie of wat"
    elif isinstance(field, QPlainTextEdit):
        qtbot.keyClicks(field, f"Antwoord op de vraag: {field.accessibleName().lower()}")


@pytest.mark.parametrize("backend", ["sqlite"])
def test_the_annex1_form_is_sent_with_the_keyboard_alone(qtbot, qapp, request, backend):
    dialog = _shown(qtbot, qapp, request, "annex1")
    # The first stop is the first question, not the scroll area around it.
    assert _name(_focused()) == "Soort oorzaak"
    visited = _tab_to(qtbot, dialog.send_button, _answer_annex1)
    assert [_name(w) for w in visited][:5] == [
        "Soort oorzaak",
        "Wie of wat is de oorzaak?",
        "Hoe had de klacht voorkomen kunnen worden?",
        "Wat voor herstelactie is gepleegd?",
        "Noem mogelijke verbeterpunten",
    ]
    qtbot.keyClick(_focused(), Qt.Key.Key_Space)
    form = HandlingReportService(dialog.db, dialog.user).form(dialog.complaint_id)
    assert form.status == ReportStatus.SUBMITTED
    assert form.answers.remedial_action == (
        "Antwoord op de vraag: wat voor herstelactie is gepleegd?"
    )


def _judge(qtbot, field: QWidget) -> None:
    if isinstance(field, QPlainTextEdit):
        qtbot.keyClicks(field, f"{field.accessibleName()}: de toon was ongepast.")
    elif isinstance(field, QRadioButton):
        qtbot.keyClick(field, Qt.Key.Key_Space)  # Tab reaches the first choice: Gegrond
    elif isinstance(field, QCheckBox) and field.text() == "Fatsoenlijke bejegening":
        qtbot.keyClick(field, Qt.Key.Key_Space)


@pytest.mark.parametrize("backend", ["sqlite"])
def test_the_judgment_is_recorded_with_the_keyboard_alone(qtbot, qapp, request, db, admin, backend):
    dialog = _shown(qtbot, qapp, request, "workflow_judge")
    assert _name(_focused()) == "Bevindingen bij onderdeel 1"
    visited = _tab_to(qtbot, dialog.ok_button, _judge)
    # The buttons come after the fields, as on the screen.
    assert dialog.cancel_button not in visited
    qtbot.keyClick(_focused(), Qt.Key.Key_Space)
    state = WorkflowService(db, admin).state(dialog.state.complaint_id)
    assert state.status == Status.JUDGED
    assert state.judgment == Judgment.UPHELD
    assert all(len(part.norm_ids) == 1 for part in state.parts)
    assert state.parts[0].findings == "Bevindingen bij onderdeel 1: de toon was ongepast."
