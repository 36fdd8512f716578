"""The Bijlagen tab never hands a program, a script or a name with direction tricks to the
computer's own program: it warns why and offers "Opslaan als…" (offscreen, real widgets)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from app.db import Database
from app.services.complainants import ComplainantData
from app.services.intake import IntakeData, IntakeService, NewAttachment
from app.services.permissions import CurrentUser
from app.ui.complaints.detail import ComplaintDetailWindow

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
LONG_NAME = "Reactie op uw brief van vorige maand " + "x" * 209 + ".pdf"  # 250 characters


def _window(qtbot, db: Database, admin: CurrentUser, *files: NewAttachment):
    result = IntakeService(db, admin).register(
        IntakeData(
            description="Mijn brief is nooit beantwoord.",
            received_on=date.today(),
            complainant=ComplainantData(name="Proefklager Sigma", email="sigma@example.com"),
            attachments=files,
        )
    )
    window = ComplaintDetailWindow.open_for(db, admin, result.complaint_id, None)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    tab = window.attachments_tab
    opened: list[Path] = []
    tab.opener = lambda path: opened.append(path) or True
    return window, tab, opened


def _row_of(tab, shown_name: str) -> int:
    return next(n for n, row in enumerate(tab.model.rows) if row.cells[0] == shown_name)


def _warning(tab) -> QMessageBox:
    boxes = [b for b in tab.findChildren(QMessageBox) if b.isVisible()]
    assert boxes, "no warning was shown"
    return boxes[-1]


@pytest.mark.parametrize(
    ("stored", "shown", "why"),
    [
        ("installatie.exe", "installatie.exe", "programma"),
        ("opdracht.bat", "opdracht.bat", "programma"),
        ("pagina.hta", "pagina.hta", "programma"),
        ("Snelkoppeling.lnk", "Snelkoppeling.lnk", "snelkoppeling"),
        ("start.desktop", "start.desktop", "programma"),
        ("brief\u202efdp.exe", "brieffdp.exe", "leesrichting"),
    ],
)
def test_a_program_or_a_spoofed_name_is_not_opened_but_warned_about_and_can_be_saved(
    qtbot, db, admin, tmp_path, monkeypatch, stored, shown, why
):
    window, tab, opened = _window(qtbot, db, admin, NewAttachment(stored, b"MZ\x90\x00"))
    # The list shows what the file really is, without the direction characters.
    tab.table.selectRow(_row_of(tab, shown))
    qtbot.mouseClick(tab.open_button, LEFT)

    assert opened == []  # never handed to the computer's own program
    assert list(tab._copies.folder.iterdir() if tab._copies.folder else []) == []
    box = _warning(tab)
    assert why in box.text()
    assert shown in box.text()

    # The warning's "Opslaan als…" saves under the cleaned name where the user chooses.
    suggested: list[str] = []
    target = tmp_path / "bewaard.bin"

    def save_dialog(_parent, _title, directory, *_args, **_kwargs):
        suggested.append(directory)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    qtbot.mouseClick(box.findChild(QPushButton, "action_button"), LEFT)
    assert Path(suggested[0]).name == shown
    assert target.read_bytes() == b"MZ\x90\x00"
    assert opened == []
    window.close()


def test_double_clicking_a_program_does_not_open_it_either(qtbot, db, admin):
    window, tab, opened = _window(qtbot, db, admin, NewAttachment("setup.exe", b"MZ"))
    tab.table.selectRow(0)
    tab.table.activated.emit(tab.model.index(0, 0))
    assert opened == []
    box = _warning(tab)
    qtbot.mouseClick(box.findChild(QPushButton, "close_button"), LEFT)
    assert opened == []
    window.close()


def test_an_ordinary_document_with_a_250_character_name_opens_under_a_shortened_name(
    qtbot, db, admin
):
    window, tab, opened = _window(
        qtbot, db, admin, NewAttachment(LONG_NAME, b"%PDF-1.4 lang"), NewAttachment("a.pdf", b"x")
    )
    tab.table.selectRow(_row_of(tab, LONG_NAME))
    qtbot.mouseClick(tab.open_button, LEFT)
    assert len(opened) == 1
    assert opened[0].read_bytes() == b"%PDF-1.4 lang"
    assert opened[0].suffix == ".pdf"
    assert len(opened[0].name) <= 120
    assert opened[0].name.startswith("Reactie op uw brief van vorige maand")
    assert [b for b in tab.findChildren(QMessageBox) if b.isVisible()] == []
    window.close()


def test_beheer_shows_and_saves_the_total_size_per_complaint(qtbot, db, admin):
    from app.services.settings import SettingsService
    from app.ui.admin.organisation_tab import OrganisationTab

    service = SettingsService(db, admin)
    tab = OrganisationTab(service)
    qtbot.addWidget(tab)
    assert tab.total_spin.value() == 100  # MB, the default
    assert not tab.save_button.isEnabled()
    tab.total_spin.setValue(250)
    qtbot.mouseClick(tab.save_button, LEFT)
    assert service.attachments_total_max_bytes() == 250 * 1024 * 1024
    assert service.attachment_max_bytes() == 25 * 1024 * 1024  # untouched
    assert not tab.save_button.isEnabled()
