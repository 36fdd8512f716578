"""Choosing where the register is: this computer or the team's server (offscreen)."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy.engine import make_url

from app.db import resolve_database_url
from app.db_location import DatabaseLocation, Place, load_location
from app.ui.database_location import DatabaseLocationDialog
from app.ui.first_use import FirstUseDialog
from tests.conftest import _postgres_or_skip

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
WAIT_MS = 15_000  # the connection test gives up after 5 s


def _dialog(qtbot) -> DatabaseLocationDialog:
    dialog = DatabaseLocationDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _choose_server(qtbot, dialog: DatabaseLocationDialog) -> None:
    # On the button's circle: the radio is as wide as the dialog, its text is not.
    radio = dialog.server_radio
    qtbot.mouseClick(radio, LEFT, pos=QPoint(6, radio.height() // 2))


def _fill(qtbot, dialog: DatabaseLocationDialog, host: str, port: int, database: str, user: str):
    _choose_server(qtbot, dialog)
    for edit, text in (
        (dialog.host_edit, host),
        (dialog.database_edit, database),
        (dialog.user_edit, user),
    ):
        edit.clear()
        qtbot.keyClicks(edit, text)
    dialog.port_spin.setValue(port)


def _tested(qtbot, dialog: DatabaseLocationDialog) -> str:
    qtbot.mouseClick(dialog.test_button, LEFT)
    assert not dialog.test_button.isEnabled()  # one test at a time, off the GUI thread
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT_MS)
    return dialog.test_result.text()


def test_this_computer_is_chosen_until_the_user_picks_the_server(qtbot):
    dialog = _dialog(qtbot)
    assert dialog.local_radio.isChecked()
    assert not dialog.server_fields.isEnabled()
    _choose_server(qtbot, dialog)
    assert dialog.server_fields.isEnabled()
    assert "wachtwoord wordt niet opgeslagen" in " ".join(
        label.text() for label in dialog.findChildren(type(dialog.test_result))
    )


def test_the_connection_test_says_the_team_server_works(qtbot, request, monkeypatch):
    url = make_url(_postgres_or_skip(request))
    if url.password:  # the server's own authentication, as a user would set it up
        monkeypatch.setenv("PGPASSWORD", url.password)
    dialog = _dialog(qtbot)
    _fill(
        qtbot,
        dialog,
        url.host or "localhost",
        url.port or 5432,
        url.database or "",
        url.username or "",
    )
    assert _tested(qtbot, dialog) == "De verbinding werkt."


def test_the_connection_test_says_in_dutch_that_a_closed_port_does_not_answer(qtbot):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    dialog = _dialog(qtbot)
    _fill(qtbot, dialog, "127.0.0.1", port, "klachten", "")
    shown = _tested(qtbot, dialog)
    assert shown.startswith(f"De server 127.0.0.1:{port} is niet bereikbaar.")
    assert "Traceback" not in shown
    assert dialog.test_button.isEnabled()


def test_a_saved_server_choice_gives_the_url_for_the_next_start(qtbot):
    dialog = _dialog(qtbot)
    _fill(qtbot, dialog, "klachten.voorbeeld.test", 5433, "register", "tl_proef")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert load_location() == DatabaseLocation(
        Place.TEAM_SERVER, "klachten.voorbeeld.test", 5433, "register", "tl_proef"
    )
    url = make_url(resolve_database_url(None))
    assert (url.host, url.database) == ("klachten.voorbeeld.test", "register")
    # Opened again, the dialog shows what is stored.
    again = _dialog(qtbot)
    assert again.server_radio.isChecked()
    assert again.host_edit.text() == "klachten.voorbeeld.test"


def test_a_server_without_a_host_is_not_saved(qtbot):
    dialog = _dialog(qtbot)
    _choose_server(qtbot, dialog)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible()
    assert load_location() is None
    assert dialog.errors.label_for("host").message() == "Vul de naam of het adres van de server in."


@pytest.mark.parametrize("backend", ["sqlite"])
def test_first_use_can_join_the_team_register_instead_of_starting_one(qtbot, fresh_db, backend):
    first_use = FirstUseDialog(fresh_db, "teamleider.proef")
    qtbot.addWidget(first_use)
    first_use.show()
    dialog = first_use.choose_location()
    _fill(qtbot, dialog, "klachten.voorbeeld.test", 5432, "register", "")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert load_location() is not None
    assert not first_use.start_button.isEnabled()
    assert "volgende start" in first_use.location_note.text()
    assert first_use.cancel_button.text() == "Afsluiten"
