"""``messages.attempt``: a service call whose refusal is shown to the user in one line."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.errors import NotFound
from app.ui import messages

pytestmark = pytest.mark.gui


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_attempt_returns_what_the_service_returned_and_shows_nothing(parent: QWidget) -> None:
    assert messages.attempt(parent, lambda: 42) == 42
    # A service that returns None on success is not mistaken for a refusal.
    assert messages.attempt(parent, lambda: None) is None
    assert parent.findChildren(QMessageBox) == []


def test_attempt_shows_a_refusal_and_returns_refused(parent: QWidget) -> None:
    def refused() -> int:
        raise NotFound("Klacht niet gevonden.")

    assert messages.attempt(parent, refused) is messages.REFUSED
    box = next(b for b in parent.findChildren(QMessageBox) if b.isVisible())
    assert box.windowTitle() == "Niet gevonden"
    assert box.text() == "Klacht niet gevonden."


def test_attempt_lets_other_exceptions_through(parent: QWidget) -> None:
    def broken() -> int:
        raise KeyError("bug")

    with pytest.raises(KeyError):
        messages.attempt(parent, broken)
    assert parent.findChildren(QMessageBox) == []
