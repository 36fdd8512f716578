"""Every dialog fits a small screen: 1366×768 at 100 % and 1920×1080 at 150 % (1280×720
logical), each with a task bar. The whole window is on the screen and every button outside
the scroll area (Registreren, Verzenden, Vastleggen, …) can be seen and clicked."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QPushButton, QScrollArea, QWidget

from app.db import Database
from app.models.enums import HearingSkipReason, NoteChannel
from app.services.avg import AvgService
from app.services.complainants import ComplainantData
from app.services.complaints import ComplaintService
from app.services.identity import load_current_user
from app.services.intake import ConcernedEmployee, IntakeData, IntakeService
from app.services.learning import HandlingReportService, LinkedComplaint
from app.services.letters import DocumentInfo, LetterService
from app.services.organisation import OrganisationService
from app.services.permissions import CurrentUser
from app.services.subjects import SubjectService
from app.services.workflow import WorkflowService
from app.ui import widgets
from app.ui.admin.avg_panel import CorrectionDialog
from app.ui.admin.employee_dialog import EmployeeDialog
from app.ui.admin.subjects_tab import SubjectDialog
from app.ui.admin.unit_dialog import UnitDialog
from app.ui.complaints.cluster_dialog import ClusterDialog
from app.ui.complaints.detail import ComplaintDetailWindow
from app.ui.complaints.intake_dialog import IntakeDialog
from app.ui.complaints.merge_dialog import MergeComplainantsDialog
from app.ui.complaints.persistent_dialog import PersistentComplainantDialog
from app.ui.database_location import DatabaseLocationDialog
from app.ui.feedback.prompt import TextPromptDialog
from app.ui.first_use import FirstUseDialog
from app.ui.help import HelpDialog, ShortcutsDialog
from app.ui.io.import_wizard import ImportWizard
from app.ui.language import LanguageDialog
from app.ui.learning.handling_form import HandlingFormDialog
from app.ui.learning.inform_dialog import InformComplainantsDialog
from app.ui.learning.review_dialogs import ClassifyDialog, ProposalFromReportDialog
from app.ui.woo.export_dialog import WooExportDialog
from app.ui.workflow.actions import DIALOGS
from app.ui.workflow.dialogs import KeepPromiseDialog
from app.ui.workflow.letter_parts import SentOnDialog

pytestmark = pytest.mark.gui

# The free area of each screen: its size minus a 40-pixel task bar at the bottom.
SCREENS = {
    "1366x768": QRect(0, 0, 1366, 768 - 40),
    "1280x720": QRect(0, 0, 1280, 720 - 40),
}

Factory = Callable[[pytest.FixtureRequest], QWidget]


def _registered(db: Database, admin: CurrentUser, people: dict[str, int]) -> int:
    """A complaint about one employee with two parts, heard and ready for the judgment."""
    complaint = (
        IntakeService(db, admin)
        .register(
            IntakeData(
                description="de medewerker was onvriendelijk en belde niet terug.",
                complainant=ComplainantData(
                    name="Proefklager Sigma",
                    email="sigma@example.com",
                    street="Dorpsstraat",
                    house_number="4",
                    postcode="1234 AB",
                    city="Utrecht",
                ),
                received_on=date.today(),
                employees_concerned=(ConcernedEmployee(people["concerned"]),),
            )
        )
        .complaint_id
    )
    return complaint


def _in_hearing(db: Database, admin: CurrentUser, complaint: int, handler: int) -> None:
    workflow = WorkflowService(db, admin)
    workflow.assign(complaint, handler)
    workflow.record_first_contact(
        complaint, datetime.now(UTC), NoteChannel.PHONE, "Klager gebeld en verhaal aangehoord."
    )
    workflow.start_formal(complaint, ["De toon van het gesprek", "Niet teruggebeld"])


def _action(key: str) -> Factory:
    def build(request: pytest.FixtureRequest) -> QDialog:
        db, admin, people = (request.getfixturevalue(n) for n in ("db", "admin", "people"))
        complaint = _registered(db, admin, people)
        workflow = WorkflowService(db, admin)
        _in_hearing(db, admin, complaint, people["handler"])
        if key == "judge":
            workflow.record_hearing(complaint, skipped=HearingSkipReason.WAIVED)
        state = workflow.state(complaint)
        dialog_class = DIALOGS[key]
        options: dict[str, object] = {}
        if dialog_class is KeepPromiseDialog:
            options["promise_id"] = 0  # the dialog only reads it when saving
        return dialog_class(workflow, state, lambda: state.version, None, **options)

    return build


def _database_location(request: pytest.FixtureRequest) -> QDialog:
    request.getfixturevalue("backend")  # needs no database; run once per backend like the rest
    dialog = DatabaseLocationDialog()
    dialog.server_radio.setChecked(True)
    return dialog


def _first_use(request: pytest.FixtureRequest) -> QDialog:
    return FirstUseDialog(request.getfixturevalue("fresh_db"), "eerste.gebruiker")


def _intake(request: pytest.FixtureRequest) -> QDialog:
    return IntakeDialog(request.getfixturevalue("db"), request.getfixturevalue("admin"))


def _withdrawn_for_handler(request: pytest.FixtureRequest) -> tuple[Database, CurrentUser, int]:
    db, admin, people = (request.getfixturevalue(n) for n in ("db", "admin", "people"))
    complaint = _registered(db, admin, people)
    workflow = WorkflowService(db, admin)
    workflow.assign(complaint, people["handler"])
    workflow.withdraw(complaint, reason="Klager trekt de klacht in.")
    handler = load_current_user(db, "handler")
    assert handler is not None
    return db, handler, complaint


def _annex1(request: pytest.FixtureRequest) -> QDialog:
    db, handler, complaint = _withdrawn_for_handler(request)
    return HandlingFormDialog(db, handler, complaint)


def _classify(request: pytest.FixtureRequest) -> QDialog:
    db, admin = request.getfixturevalue("db"), request.getfixturevalue("admin")
    _db, _handler, complaint = _withdrawn_for_handler(request)
    classification = HandlingReportService(db, admin).classification(complaint)
    return ClassifyDialog(db, admin, complaint, classification, None, None)


def _proposal(request: pytest.FixtureRequest) -> QDialog:
    db, admin = request.getfixturevalue("db"), request.getfixturevalue("admin")
    _db, _handler, complaint = _withdrawn_for_handler(request)
    return ProposalFromReportDialog(
        db, admin, complaint, "Terugbelafspraken vastleggen in het systeem.", None, None
    )


def _cluster(request: pytest.FixtureRequest) -> QDialog:
    return ClusterDialog(request.getfixturevalue("db"), request.getfixturevalue("admin"), None)


def _cluster_decision(request: pytest.FixtureRequest) -> QDialog:
    from app.services.clusters import ClusterService
    from app.ui.complaints.cluster_decision_dialog import ClusterDecisionDialog

    db, admin = request.getfixturevalue("db"), request.getfixturevalue("admin")
    cluster_id = ClusterService(db, admin).create("Terugbellen", None, [])
    return ClusterDecisionDialog(db, admin, cluster_id)


def _persistent(request: pytest.FixtureRequest) -> QDialog:
    db, admin, people = (request.getfixturevalue(n) for n in ("db", "admin", "people"))
    complaint = _registered(db, admin, people)
    complainant = ComplaintService(db, admin).detail(complaint).complainant_id
    assert complainant is not None
    return PersistentComplainantDialog(db, admin, complainant, None, None)


def _avg_correction(request: pytest.FixtureRequest) -> QDialog:
    db, admin, people = (request.getfixturevalue(n) for n in ("db", "admin", "people"))
    number = ComplaintService(db, admin).detail(_registered(db, admin, people)).number
    service = AvgService(db, admin)
    return CorrectionDialog(service, service.find(number))


def _merge(request: pytest.FixtureRequest) -> QDialog:
    return MergeComplainantsDialog(request.getfixturevalue("db"), request.getfixturevalue("admin"))


def _woo(request: pytest.FixtureRequest) -> QDialog:
    return WooExportDialog(request.getfixturevalue("db"), request.getfixturevalue("admin"))


def _import(request: pytest.FixtureRequest) -> QDialog:
    return ImportWizard(request.getfixturevalue("db"), request.getfixturevalue("admin"))


def _employee(request: pytest.FixtureRequest) -> QDialog:
    db, admin = request.getfixturevalue("db"), request.getfixturevalue("admin")
    return EmployeeDialog(OrganisationService(db, admin), None)


def _unit(request: pytest.FixtureRequest) -> QDialog:
    db, admin = request.getfixturevalue("db"), request.getfixturevalue("admin")
    return UnitDialog(OrganisationService(db, admin), None)


def _subject(request: pytest.FixtureRequest) -> QDialog:
    db, admin = request.getfixturevalue("db"), request.getfixturevalue("admin")
    return SubjectDialog(SubjectService(db, admin), None)


def _prompt(request: pytest.FixtureRequest) -> QDialog:
    request.getfixturevalue("db")  # a database test like the others (both backends)
    return TextPromptDialog(
        None,
        "Terugsturen",
        "Waarom stuurt u het formulier terug?",
        "Terugsturen",
        lambda _text: None,
    )


def _inform(request: pytest.FixtureRequest) -> QWidget:
    db, admin, people = (request.getfixturevalue(n) for n in ("db", "admin", "people"))
    complaints = []
    for _ in range(3):
        complaint = _registered(db, admin, people)
        number = ComplaintService(db, admin).detail(complaint).number
        complaints.append(LinkedComplaint(complaint, number, "Proefklager Sigma", None))
    return InformComplainantsDialog(db, admin, 0, "Terugbelafspraken vastleggen", complaints)


def _sent_on(request: pytest.FixtureRequest) -> QWidget:
    db, admin = request.getfixturevalue("db"), request.getfixturevalue("admin")
    # The dialog only shows the letter's title; the letter itself is not read.
    document = DocumentInfo(
        id=0,
        kind="acknowledgement",
        kind_label="Ontvangstbevestiging",
        title="Ontvangstbevestiging IK-2026-0001",
        file_name="ontvangstbevestiging.pdf",
        media_type="application/pdf",
        size=12_000,
        created_at=datetime.now(UTC),
        created_by_name="Adri Beheerder",
        sent_on=None,
        sent_via=None,
    )
    return SentOnDialog(LetterService(db, admin), document)


def _help(request: pytest.FixtureRequest) -> QDialog:
    return HelpDialog(request.getfixturevalue("admin").roles)


def _shortcuts(request: pytest.FixtureRequest) -> QDialog:
    actions = []
    for number in range(1, 40):  # more shortcuts than the program has: the table scrolls
        action = QAction(f"Handeling {number}", None)
        action.setShortcut(f"Ctrl+Shift+{chr(ord('A') + number % 26)}")
        actions.append(action)
    dialog = ShortcutsDialog(actions)
    dialog.kept_actions = actions  # the dialog reads them once; keep them alive for the test
    return dialog


def _complaint_window(request: pytest.FixtureRequest) -> QWidget:
    db, admin, people = (request.getfixturevalue(n) for n in ("db", "admin", "people"))
    complaint = _registered(db, admin, people)
    return ComplaintDetailWindow(db, admin, complaint)


DIALOG_FACTORIES: dict[str, Factory] = {
    "complaint_window": _complaint_window,
    "inform_complainants": _inform,
    "sent_on": _sent_on,
    "first_use": _first_use,
    "database_location": _database_location,
    "intake": _intake,
    "annex1": _annex1,
    "classify": _classify,
    "proposal_from_report": _proposal,
    "cluster": _cluster,
    "cluster_decision": _cluster_decision,
    "persistent": _persistent,
    "avg_correction": _avg_correction,
    "merge": _merge,
    "import_wizard": _import,
    "woo_export": _woo,
    "employee": _employee,
    "unit": _unit,
    "subject": _subject,
    "text_prompt": _prompt,
    "help": _help,
    "shortcuts": _shortcuts,
    "language": lambda _request: LanguageDialog(),
    **{f"workflow_{key}": _action(key) for key in DIALOGS},
}


def _outside_scrolling(button: QWidget, dialog: QDialog) -> bool:
    parent = button.parentWidget()
    while parent is not None and parent is not dialog:
        if isinstance(parent, QScrollArea):
            return False
        parent = parent.parentWidget()
    return True


@pytest.mark.parametrize("screen", list(SCREENS))
@pytest.mark.parametrize("name", list(DIALOG_FACTORIES))
def test_the_dialog_and_its_buttons_fit_a_small_screen(
    qtbot, request, monkeypatch, backend, name, screen
):
    area = SCREENS[screen]
    monkeypatch.setattr(widgets, "available_screen_geometry", lambda _window: QRect(area))
    dialog = DIALOG_FACTORIES[name](request)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # Where Qt places a window depends on the real screen (800×600 on the offscreen
    # platform); what the dialog controls is its size, so it is put at the free area's corner.
    dialog.move(area.topLeft())

    frame = dialog.frameGeometry()
    assert area.contains(frame), f"{name}: {frame} is not inside the screen {area}"
    buttons = [
        button
        for button in dialog.findChildren(QPushButton)
        if button.isVisible() and _outside_scrolling(button, dialog)
    ]
    assert buttons, f"{name}: no buttons"
    for button in buttons:
        rect = QRect(button.mapToGlobal(QPoint(0, 0)), button.size())
        assert area.contains(rect), f"{name}: '{button.text()}' at {rect} is off the screen"
    dialog.close()
