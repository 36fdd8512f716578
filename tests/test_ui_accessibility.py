"""Every form field has an accessible name (its label), so a screen reader announces it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from app.ui.accessibility import install_accessible_names, label_name
from app.ui.main_window import MainWindow, screens
from tests.test_ui_dialogs_fit import DIALOG_FACTORIES

pytestmark = pytest.mark.gui

FIELDS = (QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QCheckBox)


@pytest.fixture(autouse=True)
def named_on_show(qapp: QApplication) -> None:
    # As the program does in create_application.
    install_accessible_names(qapp)


def _unnamed(window: QWidget) -> list[str]:
    missing = []
    for field in window.findChildren(QWidget):
        if not isinstance(field, FIELDS) or not field.isVisible():
            continue
        # A combo box's or spin box's own line edit is part of it.
        if isinstance(field, QLineEdit) and isinstance(
            field.parentWidget(), (QComboBox, QAbstractSpinBox)
        ):
            continue
        if field.accessibleName().strip():
            continue
        if isinstance(field, QCheckBox) and label_name(field.text()):
            continue
        missing.append(f"{type(field).__name__} {field.objectName()!r} in {_path(field)}")
    return missing


def _path(widget: QWidget) -> str:
    names = []
    parent: QWidget | None = widget.parentWidget()
    while parent is not None:
        names.append(type(parent).__name__)
        parent = parent.parentWidget()
    return "/".join(reversed(names[:4]))


def test_the_label_text_without_mnemonic_colon_and_star_is_the_name():
    assert label_name("&Reden van de correctie:") == "Reden van de correctie"
    assert label_name("Naam van de organisatie *") == "Naam van de organisatie"
    assert label_name("Klachten && meldingen:") == "Klachten & meldingen"


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("name", list(DIALOG_FACTORIES))
def test_every_field_of_the_dialog_has_an_accessible_name(qtbot, request, backend, name):
    dialog = DIALOG_FACTORIES[name](request)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    missing = _unnamed(dialog)
    assert missing == [], "\n".join(missing)


@pytest.mark.parametrize("backend", ["sqlite"])
def test_every_field_of_every_main_screen_has_an_accessible_name(qtbot, db, admin):
    window = MainWindow(db, admin)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    problems = {}
    for screen in screens(admin):
        window.show_screen(screen.key)
        qtbot.wait(50)
        page = window.stack.currentWidget()
        # Every tab of the screen, not only the first.
        from PySide6.QtWidgets import QTabWidget

        for tabs in page.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                qtbot.wait(10)
                if missing := _unnamed(tabs.widget(index)):
                    problems[f"{screen.key}/{tabs.tabText(index)}"] = missing
        if missing := _unnamed(page):
            problems[screen.key] = missing
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())
