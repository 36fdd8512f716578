"""The main window, the first-use dialog and the start-up sequence (offscreen)."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from app.db import Database
from app.models.enums import Role
from app.services.identity import is_first_use, load_current_user
from app.services.permissions import CurrentUser
from app.services.settings import SettingsService
from app.ui.application import CrashReporter, Launcher
from app.ui.first_use import FirstUseDialog
from app.ui.main_window import SETTINGS_SCREEN, MainWindow

pytestmark = pytest.mark.gui


def _window(qtbot, db: Database, user: CurrentUser) -> MainWindow:
    window = MainWindow(db, user)
    qtbot.addWidget(window)
    return window


def test_main_window_shows_database_location_and_user_in_the_status_bar(qtbot, db, admin):
    window = _window(qtbot, db, admin)
    assert window.windowTitle() == "Interne Klachten — Testorganisatie"
    assert window.database_label.text() == f"Database: {db.describe()}"
    user_text = window.user_label.text()
    assert user_text.startswith("Gebruiker: Adri Beheerder (beheerder-test)")
    assert "Klachtcoördinator" in user_text
    assert "Beheerder" in user_text
    assert "password" not in window.database_label.text().lower()


def test_the_coordinator_starts_on_vandaag_the_first_screen_and_the_last_is_saved(qtbot, db, admin):
    QSettings().setValue(SETTINGS_SCREEN, "reports")
    window = _window(qtbot, db, admin)
    assert window.current_screen() == "tasks"
    assert window.nav.currentRow() == 0
    assert window.nav.item(0).text() == "Vandaag"

    window.show_screen("feedback")
    window.close()
    assert QSettings().value(SETTINGS_SCREEN) == "feedback"


def test_ctrl_2_switches_to_the_dashboard_for_the_coordinator(qtbot, db, admin):
    window = _window(qtbot, db, admin)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    assert window.current_screen() == "tasks"
    qtbot.keyClick(window.nav, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen() == "dashboard"
    qtbot.keyClick(window.nav, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen() == "admin"
    assert window.admin_page is not None
    assert window.admin_page.employees.add_button.isEnabled()


def test_beheer_is_hidden_from_staff_without_access(qtbot, db):
    staff = CurrentUser(
        login="gast", employee_id=None, name="Gijs Gast", roles=frozenset({Role.STAFF})
    )
    QSettings().setValue(SETTINGS_SCREEN, "admin")
    window = _window(qtbot, db, staff)
    # The stored screen is not allowed: staff land on the anonymised register.
    assert window.current_screen() == "anonymised"
    assert window.nav.item(6).isHidden()
    assert window.admin_page is None
    assert not window.show_screen("admin")


def test_first_use_dialog_creates_the_administrator(qtbot, fresh_db):
    dialog = FirstUseDialog(fresh_db, "eerste.gebruiker")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.login_label.text() == "eerste.gebruiker"

    qtbot.keyClicks(dialog.organisation_edit, "Gemeente Voorbeeld")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # the own name is missing
    assert dialog.errors.label_for("user_name").text() == "Vul uw naam in."
    assert dialog.organisation_edit.text() == "Gemeente Voorbeeld"
    assert is_first_use(fresh_db)

    qtbot.keyClicks(dialog.name_edit, "Hanna Eerst")
    with qtbot.waitSignal(dialog.user_created):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    user = load_current_user(fresh_db, "eerste.gebruiker")
    assert user is not None
    assert user.name == "Hanna Eerst"
    assert user.has_role(Role.ADMINISTRATOR)
    assert user.has_role(Role.COORDINATOR)
    assert SettingsService(fresh_db, user).organisation_name() == "Gemeente Voorbeeld"


def test_start_up_refuses_an_unknown_login_with_a_clear_message(qtbot, db, monkeypatch):
    launcher = Launcher(db, login="onbekend.iemand")
    launcher.start()
    box = launcher.refusal
    assert isinstance(box, QMessageBox)
    assert launcher.main_window is None
    assert "Uw inlognaam 'onbekend.iemand' is niet bekend in deze database" in box.text()
    with qtbot.waitSignal(launcher.ended) as ended:
        qtbot.mouseClick(box.buttons()[0], Qt.MouseButton.LeftButton)
    assert ended.args == [1]


def test_start_up_on_a_known_login_opens_the_main_window(qtbot, db, admin):
    launcher = Launcher(db, login=admin.login)
    with qtbot.waitSignal(launcher.main_window_shown):
        launcher.start()
    assert launcher.main_window is not None
    qtbot.addWidget(launcher.main_window)
    assert launcher.main_window.user.name == "Adri Beheerder"


def test_an_unexpected_error_is_logged_without_its_message_and_shown_calmly(qtbot, caplog):
    reporter = CrashReporter(parent=lambda: None)
    personal_data = " ".join(["Jan", "Jansen,", "Dorpsstraat", "1"])  # not in the source
    try:
        raise RuntimeError(personal_data)
    except RuntimeError as error:
        with caplog.at_level(logging.CRITICAL, logger="app.ui.application"):
            reporter(type(error), error, error.__traceback__)
    assert "RuntimeError" in caplog.text
    assert personal_data not in caplog.text
    box = reporter._box
    assert isinstance(box, QMessageBox)
    assert box.windowTitle() == "Er ging iets mis"
    qtbot.mouseClick(box.buttons()[0], Qt.MouseButton.LeftButton)
    assert reporter._box is None


def test_a_dashboard_click_opens_the_register_filtered(qtbot, db, admin):
    from datetime import date

    from app.services.register import RegisterFilter

    window = MainWindow(db, admin)
    qtbot.addWidget(window)
    wanted = RegisterFilter(received_from=date(2026, 1, 5), received_to=date(2026, 1, 11))
    window.open_register(wanted)
    assert window.current_screen() == "complaints"
    assert window.register_page is not None
    assert window.register_page.model.filter.received_from == date(2026, 1, 5)
    assert window.register_page.model.filter.received_to == date(2026, 1, 11)


def test_a_failed_start_up_check_is_shown_over_the_main_window(qtbot, db, admin):
    launcher = Launcher(db, login=admin.login)
    with qtbot.waitSignal(launcher.main_window_shown):
        launcher.start()
    qtbot.addWidget(launcher.main_window)
    box = launcher.show_start_warning(
        "de snelle controle van de audittrail vond een probleem:\n- Audittrail: afgekapt."
    )
    assert box.isVisible()
    assert box.parent() is launcher.main_window
    assert box.text().startswith("De snelle controle van de audittrail")
    assert box.windowTitle() == "Controle van de audittrail"
    box.done(0)  # nothing stays open for the next test
