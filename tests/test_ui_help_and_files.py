"""Qt in Dutch, file dialogs that remember their folder, the Help menu, the Bestand menu and
the getting-started texts on an empty register (offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit, QMessageBox

from app.db import Database
from app.models.enums import Role
from app.services.demo import fill_demo
from app.services.permissions import CurrentUser
from app.ui import files
from app.ui.application import install_translators
from app.ui.complaints.register_page import RegisterPage
from app.ui.feedback.page import FeedbackPage
from app.ui.files import Purpose, ask_save_file, documents_folder, start_folder
from app.ui.help import guide_for, guide_text, guides
from app.ui.learning.page import LearningPage
from app.ui.main_window import MainWindow
from app.ui.reports.dashboard_page import DashboardPage
from app.ui.workflow.letter_parts import ask_save_path
from tests.ui_waiting import wait_loaded

pytestmark = pytest.mark.gui


@pytest.fixture
def dutch_qt(qapp: QApplication) -> Iterator[QLocale]:
    """Translators as at start-up on an English computer with no language chosen, removed
    again afterwards."""
    before = set(qapp.findChildren(QTranslator))
    default = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    locale = install_translators(qapp)
    yield locale
    for translator in set(qapp.findChildren(QTranslator)) - before:
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(default)


def _window(qtbot, db: Database, user: CurrentUser) -> MainWindow:
    window = MainWindow(db, user)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


# ----- Qt in Dutch ------------------------------------------------------------------------


def test_qt_file_dialog_labels_are_dutch_on_an_english_computer(qtbot, dutch_qt):
    assert dutch_qt.language() == QLocale.Language.Dutch
    dialog = QFileDialog(None, "Kies")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    # Qt's own catalogue lacks these two (the half-English dialog); ours supplies them.
    assert labels["lookInLabel"] == "&Zoeken in:"
    assert labels["fileTypeLabel"] == "Bestanden van &type:"
    assert labels["fileNameLabel"] == "Bestands&naam:"


def test_qt_standard_buttons_and_context_menu_are_dutch(qtbot, dutch_qt):
    box = QMessageBox(QMessageBox.Icon.Question, "Vraag", "Doorgaan?")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Annuleren"
    assert box.button(QMessageBox.StandardButton.Yes).text().replace("&", "") == "Ja"
    edit = QLineEdit("tekst")
    qtbot.addWidget(edit)
    edit.selectAll()
    menu = edit.createStandardContextMenu()
    texts = [action.text().split("\t")[0].replace("&", "") for action in menu.actions()]
    menu.deleteLater()
    assert "Kopiëren" in texts
    assert "Plakken" in texts


def test_the_dutch_supplement_leaves_other_texts_to_the_other_translators(qtbot, dutch_qt):
    assert QCoreApplication.translate("QFileDialog", "File &name:") == "Bestands&naam:"
    assert QCoreApplication.translate("MainWindow", "Dashboard") == "Dashboard"
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Zoeken in:"


# ----- remembered folders ----------------------------------------------------------------


def test_a_save_dialog_starts_in_documents_then_in_the_folder_last_used_for_that_purpose(
    monkeypatch, tmp_path
):
    asked: list[str] = []
    letters = tmp_path / "brieven"
    letters.mkdir()

    def save_dialog(_parent, _title, start, _filters=""):
        asked.append(start)
        return str(letters / "brief.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    assert ask_save_path(None, "Brief opslaan", "brief.pdf") == str(letters / "brief.pdf")
    assert asked == [str(documents_folder() / "brief.pdf")]
    assert documents_folder() != Path.home() or not Path.home().joinpath("Documents").is_dir()

    ask_save_path(None, "Brief opslaan", "tweede.pdf")
    assert asked[-1] == str(letters / "tweede.pdf")
    # Another purpose keeps its own folder: the export still starts in Documents.
    ask_save_file(None, Purpose.EXPORT, "Exporteren", "register.xlsx")
    assert asked[-1] == str(documents_folder() / "register.xlsx")


def test_a_cancelled_dialog_or_a_removed_folder_falls_back_to_documents(monkeypatch, tmp_path):
    gone = tmp_path / "weg"
    gone.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(gone), raising=True
    )
    assert files.ask_folder(None, Purpose.REPORT, "Map") == str(gone)
    assert start_folder(Purpose.REPORT) == gone
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: "")
    assert files.ask_folder(None, Purpose.REPORT, "Map") == ""
    assert start_folder(Purpose.REPORT) == gone  # cancelling forgets nothing
    gone.rmdir()
    assert start_folder(Purpose.REPORT) == documents_folder()


# ----- Help -------------------------------------------------------------------------------


def test_every_guide_is_installed_and_says_how_to_begin():
    for guide in guides():
        text = guide_text(guide)
        assert text.startswith("# Handleiding"), guide.key
        assert "ontbreekt" not in text


def test_the_guide_follows_the_users_main_role():
    assert guide_for({Role.ADMINISTRATOR, Role.COORDINATOR}).key == "coordinator"
    assert guide_for({Role.HANDLER}).key == "behandelaar"
    assert guide_for({Role.ADMINISTRATOR}).key == "beheerder"
    assert guide_for({Role.MANAGEMENT}).key == "medewerker"


def test_f1_opens_the_guide_for_the_users_role_and_another_role_can_be_chosen(qtbot, db, admin):
    window = _window(qtbot, db, admin)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.help_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.current_guide() == "coordinator"
    assert "Een klacht registreren" in dialog.browser.toPlainText()
    dialog.chooser.setCurrentIndex(dialog.chooser.findData("beheerder"))
    assert "Back-ups maken en terugzetten" in dialog.browser.toPlainText()
    # F1 again brings the open guide to the front instead of a second one.
    assert window.show_guide() is dialog
    dialog.close()


def test_the_shortcuts_list_names_f1_and_ctrl_n(qtbot, db, admin):
    window = _window(qtbot, db, admin)
    dialog = window.show_shortcuts()
    shortcuts = dialog.shortcut_texts()
    assert shortcuts["Handleiding"] == "F1"
    assert shortcuts["Nieuwe klacht"] == "Ctrl+N"
    assert shortcuts["Afsluiten"] == "Ctrl+Q"
    dialog.close()


# ----- Bestand menu -----------------------------------------------------------------------


def _file_menu_texts(window: MainWindow) -> list[str]:
    menu = window.menuBar().actions()[0].menu()
    return [action.text() for action in menu.actions() if action.isVisible()]


def test_bestand_offers_new_complaint_import_and_export_and_ctrl_n_opens_the_intake(
    qtbot, db, admin
):
    window = _window(qtbot, db, admin)
    assert _file_menu_texts(window) == [
        "&Nieuwe klacht…",
        "&Importeren…",
        "&Exporteren…",
        "&Woo-export…",
        "",
        "Leeg &klachtformulier opslaan (PDF)…",
        "",
        "&Afsluiten",
    ]
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen() == "complaints"
    assert window.register_page is not None
    intake = window.register_page.intake_dialog
    assert intake is not None
    assert intake.isVisible()
    intake.close()


def test_bestand_hides_registering_from_who_may_not_register(qtbot, db):
    management = CurrentUser(
        login="mt", employee_id=None, name="Mia Management", roles=frozenset({Role.MANAGEMENT})
    )
    window = _window(qtbot, db, management)
    texts = _file_menu_texts(window)
    assert "&Nieuwe klacht…" not in texts
    assert "&Importeren…" not in texts
    assert "&Woo-export…" not in texts
    assert texts[-1] == "&Afsluiten"


# ----- empty screens ----------------------------------------------------------------------


def test_an_empty_register_shows_how_to_begin(qtbot, db, admin):
    page = RegisterPage(db, admin)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    wait_loaded(qtbot, page)
    assert page.empty_state.isVisible()
    assert not page.table.isVisible()
    assert page.empty_state.heading.text() == "Nog geen klachten geregistreerd"
    assert "Ctrl+N" in page.empty_state.text.text()
    assert page.empty_state.button.text() == "Nieuwe klacht…"
    qtbot.mouseClick(page.empty_state.button, Qt.MouseButton.LeftButton)
    assert page.intake_dialog is not None
    assert page.intake_dialog.isVisible()
    page.intake_dialog.close()


def test_a_search_without_results_offers_to_clear_the_filters(qtbot, db, admin):
    fill_demo(db, user=admin, years=1, per_year=5)
    page = RegisterPage(db, admin)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    wait_loaded(qtbot, page)
    assert page.table.isVisible()
    assert not page.empty_state.isVisible()
    page.filters.search_edit.setText("zzzgeenzoektreffer")
    page.filters.search_now()
    assert page.model.total == 0
    assert page.empty_state.isVisible()
    assert page.empty_state.heading.text() == "Geen klachten gevonden met deze filters"
    assert page.empty_state.button.text() == "Filters wissen"
    qtbot.mouseClick(page.empty_state.button, Qt.MouseButton.LeftButton)
    assert page.model.total > 0
    assert page.table.isVisible()
    assert not page.empty_state.isVisible()


def test_the_dashboard_of_an_empty_register_shows_text_instead_of_empty_charts(qtbot, db, admin):
    page = DashboardPage(db, admin, lambda _filter: None)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not page.loading, timeout=20_000)
    assert page.empty_state.isVisible()
    assert not page.scroll.isVisible()
    assert page.empty_state.heading.text() == "Nog geen klachten geregistreerd"
    assert "Nieuwe klacht' (Ctrl+N)" in page.empty_state.text.text()

    fill_demo(db, user=admin, years=1, per_year=5)
    page.refresh()
    qtbot.waitUntil(lambda: not page.loading, timeout=20_000)
    assert page.scroll.isVisible()
    assert not page.empty_state.isVisible()


def test_empty_feedback_and_learning_screens_say_what_will_appear_there(qtbot, db, admin):
    feedback = FeedbackPage(db, admin)
    learning = LearningPage(db, admin)
    for page in (feedback, learning):
        qtbot.addWidget(page)
        page.show()
        qtbot.waitExposed(page)
    assert feedback.send_tab is not None
    assert feedback.send_tab.empty_state.heading.text() == "Geen kaarten te versturen"
    assert not feedback.send_tab.table.isVisible()
    qtbot.waitUntil(lambda: not learning.loading, timeout=10_000)
    assert learning.proposals_tab is not None
    learning.tabs.setCurrentWidget(learning.proposals_tab)
    assert learning.proposals_tab.empty_state.isVisible()
    assert learning.proposals_tab.empty_state.heading.text() == "Nog geen verbetervoorstellen"
    assert learning.forms_tab is not None
    learning.tabs.setCurrentWidget(learning.forms_tab)
    assert learning.forms_tab.empty_state.isVisible()
    assert not learning.forms_tab.table.isVisible()
