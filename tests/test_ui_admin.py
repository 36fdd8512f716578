"""Beheer → Medewerkers / Afdelingen, driven through the real widgets (offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from app.db import Database
from app.models.enums import Role, UnitKind
from app.services.identity import load_current_user
from app.services.organisation import EmployeeInput, OrganisationService, UnitInput
from app.services.permissions import CurrentUser
from app.ui.admin.employee_dialog import EmployeeDialog
from app.ui.admin.page import AdminPage
from app.ui.admin.panels import EmployeesPanel
from app.ui.admin.unit_dialog import UnitDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def admin_page(qtbot, db: Database, admin: CurrentUser) -> AdminPage:
    page = AdminPage(db, admin)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def _names(panel: EmployeesPanel) -> list[str]:
    proxy = panel.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def _click(qtbot, button: QPushButton) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_adding_an_employee_through_the_dialog_shows_it_in_the_table(qtbot, admin_page, db, admin):
    OrganisationService(db, admin).create_unit(UnitInput("Team Post", UnitKind.TEAM))
    panel = admin_page.employees
    _click(qtbot, panel.add_button)
    dialog = panel.editor
    assert isinstance(dialog, EmployeeDialog)
    assert dialog.isVisible()

    qtbot.keyClicks(dialog.name_edit, "Bea de Vries")
    qtbot.keyClicks(dialog.email_edit, "b.devries@example.org")
    qtbot.keyClicks(dialog.phone_edit, "020 123 4567")
    qtbot.keyClicks(dialog.job_title_edit, "Teamleider")
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findText("Team Post"))
    qtbot.keyClicks(dialog.login_edit, "bdevries")
    qtbot.mouseClick(dialog.role_boxes[Role.HANDLER], Qt.MouseButton.LeftButton)
    _click(qtbot, dialog.save_button)

    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert _names(panel) == ["Adri Beheerder", "Bea de Vries"]
    selected = panel.selected_record()
    assert selected is not None
    assert selected.name == "Bea de Vries"
    row = panel.table.currentIndex().row()
    cells = [panel.proxy.index(row, column).data() for column in range(8)]
    assert cells == [
        "Bea de Vries",
        "Team Post",
        "Teamleider",
        "b.devries@example.org",
        "020 123 4567",
        "bdevries",
        "Klachtbehandelaar",
        "Ja",
    ]
    # The units tab follows: Team Post now has one active employee.
    unit_row = admin_page.units.model.row_of(selected.unit_id)
    assert admin_page.units.model.index(unit_row, 4).data() == "1"


def test_invalid_email_and_phone_keep_the_dialog_open_with_messages_beside_the_fields(
    qtbot, admin_page
):
    panel = admin_page.employees
    _click(qtbot, panel.add_button)
    dialog = panel.editor
    qtbot.keyClicks(dialog.name_edit, "Cor Jansen")
    qtbot.keyClicks(dialog.email_edit, "cor-at-example")
    qtbot.keyClicks(dialog.phone_edit, "12")
    qtbot.keyClicks(dialog.job_title_edit, "Jurist")
    _click(qtbot, dialog.save_button)

    assert dialog.isVisible()
    email_error = dialog.errors.label_for("email")
    phone_error = dialog.errors.label_for("phone")
    assert email_error.isVisible()
    assert email_error.text() == "Dit is geen geldig e-mailadres. Voorbeeld: naam@voorbeeld.nl"
    assert phone_error.isVisible()
    assert phone_error.text().startswith("Dit is geen geldig telefoonnummer.")
    assert not dialog.errors.label_for("name").isVisible()
    # Each message sits right under its own field.
    assert email_error.parentWidget() is dialog.email_edit.parentWidget()
    assert phone_error.parentWidget() is dialog.phone_edit.parentWidget()
    # Nothing typed is lost, and nothing was saved.
    assert dialog.name_edit.text() == "Cor Jansen"
    assert dialog.email_edit.text() == "cor-at-example"
    assert dialog.phone_edit.text() == "12"
    assert dialog.job_title_edit.text() == "Jurist"
    assert _names(panel) == ["Adri Beheerder"]

    # Correcting the e-mail address and clearing the phone number saves.
    dialog.email_edit.clear()
    qtbot.keyClicks(dialog.email_edit, "cor@example.org")
    dialog.phone_edit.clear()
    _click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert _names(panel) == ["Adri Beheerder", "Cor Jansen"]


def test_deactivating_an_employee_asks_first_then_hides_or_greys_the_row(
    qtbot, admin_page, db, admin
):
    OrganisationService(db, admin).create_employee(EmployeeInput(name="Dirk Smit"))
    panel = admin_page.employees
    panel.refresh()
    panel.search_edit.setFocus()
    qtbot.keyClicks(panel.search_edit, "dirk")
    assert _names(panel) == ["Dirk Smit"]
    panel.table.selectRow(0)
    assert panel.toggle_active_button.text() == "Inactief maken"

    # Cancelling the question changes nothing.
    _click(qtbot, panel.toggle_active_button)
    box = panel.findChild(QMessageBox)
    assert box is not None
    assert "Dirk Smit" in box.text()
    qtbot.mouseClick(box.findChild(QPushButton, "cancel_button"), Qt.MouseButton.LeftButton)
    assert _names(panel) == ["Dirk Smit"]

    _click(qtbot, panel.toggle_active_button)
    box = next(b for b in panel.findChildren(QMessageBox) if b.isVisible())
    qtbot.mouseClick(box.findChild(QPushButton, "confirm_button"), Qt.MouseButton.LeftButton)
    assert _names(panel) == []  # inactive rows are hidden by default

    qtbot.mouseClick(panel.show_inactive_box, Qt.MouseButton.LeftButton)
    assert panel.show_inactive_box.isChecked()
    assert _names(panel) == ["Dirk Smit"]
    index = panel.proxy.index(0, 0)
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed
    assert panel.proxy.index(0, 7).data() == "Nee"

    panel.table.selectRow(0)
    assert panel.toggle_active_button.text() == "Weer actief maken"
    _click(qtbot, panel.toggle_active_button)  # reactivating needs no question
    assert panel.proxy.index(0, 7).data() == "Ja"
    assert panel.proxy.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None


def test_editing_a_unit_changes_it_in_the_table(qtbot, admin_page, db, admin):
    service = OrganisationService(db, admin)
    sector = service.create_unit(UnitInput("Sector Toezicht", UnitKind.SECTOR))
    team = service.create_unit(UnitInput("Team Toezicht", UnitKind.TEAM))
    boss = service.create_employee(EmployeeInput(name="Els Kok"))
    panel = admin_page.units
    admin_page.tabs.setCurrentWidget(panel)
    panel.refresh()
    assert panel.select_record(team.id)

    qtbot.keyClick(panel.table, Qt.Key.Key_Return)  # Enter opens the selected row
    dialog = panel.editor
    assert isinstance(dialog, UnitDialog)
    assert dialog.name_edit.text() == "Team Toezicht"
    # A unit cannot fall under itself.
    assert dialog.parent_combo.findData(team.id) == -1
    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, "Team Toezicht en Handhaving")
    dialog.parent_combo.setCurrentIndex(dialog.parent_combo.findData(sector.id))
    dialog.manager_combo.setCurrentIndex(dialog.manager_combo.findData(boss.id))
    _click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    record = panel.selected_record()
    assert record is not None
    assert record.id == team.id
    row = panel.table.currentIndex().row()
    cells = [panel.proxy.index(row, column).data() for column in range(6)]
    assert cells == ["Team Toezicht en Handhaving", "Team", "Sector Toezicht", "Els Kok", "0", "Ja"]
    assert service.get_unit(team.id).version > team.version


def test_user_without_manage_permission_sees_disabled_buttons(qtbot, db, admin):
    OrganisationService(db, admin).create_employee(
        EmployeeInput(name="Fleur Bos", login="fbos", roles=frozenset({Role.HANDLER}))
    )
    handler = load_current_user(db, "fbos")
    assert handler is not None
    page = AdminPage(db, handler)
    qtbot.addWidget(page)
    page.show()
    for panel in (page.employees, page.units):
        assert panel.model.rowCount() >= 0
        assert not panel.add_button.isEnabled()
    panel = page.employees
    assert _names(panel) == ["Adri Beheerder", "Fleur Bos"]  # may read
    panel.table.selectRow(1)
    assert panel.selected_record() is not None
    assert not panel.edit_button.isEnabled()
    assert not panel.toggle_active_button.isEnabled()
    qtbot.mouseDClick(
        panel.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=panel.table.visualRect(panel.proxy.index(1, 0)).center(),
    )
    assert panel.editor is None  # double-click opens nothing


def test_saving_over_a_change_made_meanwhile_is_refused_and_keeps_the_dialog(
    qtbot, admin_page, db, admin
):
    service = OrganisationService(db, admin)
    record = service.create_employee(EmployeeInput(name="Gerrit Mol", job_title="Jurist"))
    panel = admin_page.employees
    panel.refresh(select_id=record.id)
    _click(qtbot, panel.edit_button)
    dialog = panel.editor
    assert isinstance(dialog, EmployeeDialog)
    # Someone else changes the same employee in the meantime.
    service.update_employee(record.id, EmployeeInput(name="Gerrit Mol", job_title="Senior jurist"))
    dialog.job_title_edit.clear()
    qtbot.keyClicks(dialog.job_title_edit, "Teamleider")
    _click(qtbot, dialog.save_button)

    box = next(b for b in dialog.findChildren(QMessageBox) if b.isVisible())
    assert "Iemand anders heeft deze gegevens intussen gewijzigd" in box.text()
    assert dialog.isVisible()
    assert dialog.job_title_edit.text() == "Teamleider"
    assert service.get_employee(record.id).job_title == "Senior jurist"
    qtbot.mouseClick(box.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    row = panel.table.currentIndex().row()
    assert panel.proxy.index(row, 2).data() == "Senior jurist"  # the list shows the news
