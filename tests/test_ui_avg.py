"""The AVG-verzoeken tab in Beheer, driven through the real widgets (offscreen): look up a
complainant by a complaint's number, export, correct with a reason, and see the erasure
refused with its reason while the complaint is open."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app.db import Database
from app.models import Complainant
from app.models.enums import Role
from app.services.complainants import ComplainantData
from app.services.complaints import ComplaintService
from app.services.intake import IntakeData, IntakeService
from app.services.organisation import EmployeeInput, OrganisationService
from app.services.permissions import CurrentUser
from app.ui import ops
from app.ui.admin.avg_panel import AvgPanel, CorrectionDialog
from app.ui.admin.page import AdminPage

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
_pages: list[AdminPage] = []


@pytest.fixture(autouse=True)
def _forget_pages() -> Iterator[None]:
    yield
    _pages.clear()


@pytest.fixture
def complaint_id(db: Database, admin: CurrentUser) -> int:
    return (
        IntakeService(db, admin)
        .register(
            IntakeData(
                description="Niemand belde terug na mijn e-mail over de vergunning.",
                complainant=ComplainantData(
                    surname="Proefklager Theta", street="Dijkweg", email="theta@example.com"
                ),
                received_on=date.today(),
            )
        )
        .complaint_id
    )


def _panel(qtbot, db: Database, admin: CurrentUser, complaint_id: int) -> AvgPanel:
    # The page stays referenced by the panel's test: its Python side must outlive the slots.
    page = AdminPage(db, admin)
    _pages.append(page)
    qtbot.addWidget(page)
    panel = page.avg
    assert panel is not None
    number = ComplaintService(db, admin).detail(complaint_id).number
    qtbot.keyClicks(panel.complainant_edit, number)
    qtbot.mouseClick(panel.find_button, LEFT)
    assert panel.person is not None
    assert "Proefklager Theta" in panel.found_label.text()
    return panel


def _visible_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def test_the_coordinator_exports_the_complainants_data_from_beheer(
    qtbot,
    db: Database,
    admin: CurrentUser,
    complaint_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(tmp_path))
    held: list[ops.Op] = []
    monkeypatch.setattr(ops, "launch", held.append)
    panel = _panel(qtbot, db, admin, complaint_id)
    qtbot.mouseClick(panel.export_button, LEFT)
    assert len(held) == 1
    assert not panel.export_button.isEnabled()
    held[0].run()
    qtbot.waitUntil(lambda: panel.job is None)
    [made] = list(tmp_path.glob("inzageverzoek-*.zip"))
    with zipfile.ZipFile(made) as archive:
        assert "Dijkweg" in archive.read("overzicht.html").decode("utf-8")
    assert any("Alle gegevens van de klager" in box.text() for box in _visible_boxes())
    for box in _visible_boxes():
        box.close()


def test_erasure_from_beheer_shows_why_it_is_refused(
    qtbot, db: Database, admin: CurrentUser, complaint_id: int
) -> None:
    panel = _panel(qtbot, db, admin, complaint_id)
    qtbot.mouseClick(panel.erase_button, LEFT)
    texts = [box.text() for box in _visible_boxes()]
    assert any("er loopt nog een klacht" in text for text in texts)
    for box in _visible_boxes():
        box.close()


def test_a_correction_from_beheer_is_saved_with_its_reason(
    qtbot, db: Database, admin: CurrentUser, complaint_id: int
) -> None:
    panel = _panel(qtbot, db, admin, complaint_id)
    assert panel.person is not None
    dialog = CorrectionDialog(panel.service, panel.person, panel, on_saved=panel.look_up)
    qtbot.addWidget(dialog)
    dialog.edits["street"].clear()
    qtbot.keyClicks(dialog.edits["street"], "Dijkstraat")
    dialog.save()
    shown = [f"{box.text()} {box.informativeText()}" for box in _visible_boxes()]
    assert any("reden van de correctie" in text.lower() for text in shown)
    for box in _visible_boxes():
        box.close()
    qtbot.keyClicks(dialog.reason_edit, "Straatnaam verkeerd overgenomen")
    dialog.save()
    with db.session_scope() as session:
        assert session.get(Complainant, panel.person.id).street == "Dijkstraat"


def test_beheer_has_no_avg_tab_for_a_handler(qtbot, db: Database, admin: CurrentUser) -> None:
    from app.services.identity import load_current_user

    OrganisationService(db, admin).create_employee(
        EmployeeInput(name="Proef Behandelaar", login="beh", roles=frozenset({Role.HANDLER}))
    )
    handler = load_current_user(db, "beh")
    assert handler is not None
    page = AdminPage(db, handler)
    qtbot.addWidget(page)
    assert page.avg is None
