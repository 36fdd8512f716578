"""Shipped English (issue 17): the .ts carries the services' messages, the committed .qm is
built from it, a service message with values translates by its template, and the language
chosen under "Taal / Language" is the one the next start uses."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.services.i18n import fill, t

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


def test_a_message_with_values_reads_as_dutch_and_keeps_its_template() -> None:
    message = t("Het %1e kwartaal van %2 is nog niet begonnen.", 3, 2031)
    assert message == "Het 3e kwartaal van 2031 is nog niet begonnen."
    assert message.template == "Het %1e kwartaal van %2 is nog niet begonnen."
    assert message.values == (3, 2031)


def test_filling_in_follows_the_order_of_the_translation_and_leaves_values_alone() -> None:
    assert fill("%2 before %1", ("a", "b")) == "b before a"
    assert fill("map %1", ("C:\\data %2",)) == "map C:\\data %2"
    assert fill("%1 en %2", ("a",)) == "a en %2"  # a placeholder without a value stays


def test_the_service_messages_for_lupdate_are_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "service_messages.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout


def test_the_committed_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    lrelease = LRELEASE if LRELEASE.exists() else shutil.which("pyside6-lrelease")
    assert lrelease is not None, "pyside6-lrelease comes with PySide6"
    fresh = tmp_path / "en.qm"
    subprocess.run(
        [str(lrelease), "-silent", str(TRANSLATIONS / "interne_klachten_en.ts"), "-qm", str(fresh)],
        check=True,
        timeout=120,
    )
    committed = TRANSLATIONS / "interne_klachten_en.qm"
    assert committed.read_bytes() == fresh.read_bytes(), "run `make translations`"


# In a child process: installing translators would turn every later test English.
_CHOSEN_LANGUAGE_SCRIPT = """
import sys
from PySide6.QtCore import QCoreApplication
from app.ui.startup import create_application, install_translators
from app.ui.language import choose_language
from app.ui.widgets import service_text
from app.services.i18n import t

application = create_application([sys.argv[0]])
choose_language(sys.argv[1])
locale = install_translators(application)
print(locale.name())
print(QCoreApplication.translate("MainWindow", "&Bestand"))
print(service_text(t("De map %1 bestaat niet.", "/tmp/x")))
print(service_text("Deze klacht bestaat niet (meer)."))
"""


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            [
                "en_GB",
                "&File",
                "The folder /tmp/x does not exist.",
                "This complaint does not exist (any more).",
            ],
        ),
        (
            "nl",
            [
                "nl_NL",
                "&Bestand",
                "De map /tmp/x bestaat niet.",
                "Deze klacht bestaat niet (meer).",
            ],
        ),
    ],
)
def test_the_chosen_language_is_used_at_the_next_start(
    tmp_path: Path, language: str, expected: list[str]
) -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["LANG"] = env["LC_ALL"] = "nl_NL.UTF-8"
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[variable] = str(tmp_path / variable.lower())
    result = subprocess.run(
        [sys.executable, "-c", _CHOSEN_LANGUAGE_SCRIPT, language],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == expected


@pytest.mark.gui
def test_the_language_dialog_stores_the_choice_for_the_next_start(qtbot) -> None:
    from app.ui.language import ENGLISH, LanguageDialog, chosen_language, chosen_locale

    assert chosen_language() is None
    dialog = LanguageDialog()
    qtbot.addWidget(dialog)
    dialog.combo.setCurrentIndex(dialog.combo.findData(ENGLISH))
    dialog.accept()
    assert chosen_language() == ENGLISH
    locale = chosen_locale()
    assert locale is not None
    assert locale.name() == "en_GB"
