"""Every message box of the application goes through this module.

The boxes are window-modal and non-blocking: they are shown with ``open()`` and report back
through callbacks, never through a nested event loop (``exec()``). Each function returns the
box it created, so tests can find it and click its buttons; tests may also monkeypatch the
functions of this module, because callers use them as ``messages.confirm(...)``.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from typing import Final, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.errors import (
    ConcurrentEditError,
    DatabaseBusyError,
    NotFound,
    PermissionDenied,
    ServiceError,
    StorageError,
    ValidationError,
)
from app.ui.widgets import service_text

log = logging.getLogger(__name__)

T = TypeVar("T")


def _box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    informative_text: str | None = None,
) -> QMessageBox:
    from PySide6.QtCore import Qt  # here: this module comes before the first paint

    box = QMessageBox(parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if informative_text:
        box.setInformativeText(informative_text)
    return box


def _show_with_ok(box: QMessageBox, on_close: Callable[[], None] | None) -> QMessageBox:
    ok = box.addButton(
        QCoreApplication.translate("messages", "OK"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(ok)
    box.setEscapeButton(ok)
    if on_close is not None:
        box.finished.connect(lambda _result: on_close())
    box.open()
    return box


def information(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    on_close: Callable[[], None] | None = None,
) -> QMessageBox:
    """An informative note; ``on_close`` runs once the box is closed."""
    return _show_with_ok(_box(parent, QMessageBox.Icon.Information, title, text), on_close)


def warning(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    on_close: Callable[[], None] | None = None,
) -> QMessageBox:
    """Something the user should know before going on (nothing broke)."""
    return _show_with_ok(_box(parent, QMessageBox.Icon.Warning, title, text), on_close)


def warning_with_action(
    parent: QWidget | None,
    title: str,
    text: str,
    action_label: str,
    on_action: Callable[[], None],
) -> QMessageBox:
    """A warning that offers one safe way on (``on_action``, e.g. "Opslaan als…") beside
    Sluiten; Sluiten is the default, so Enter or Esc never takes the action by accident."""
    box = _box(parent, QMessageBox.Icon.Warning, title, text)
    action_button = box.addButton(action_label, QMessageBox.ButtonRole.AcceptRole)
    close_button = box.addButton(
        QCoreApplication.translate("messages", "Sluiten"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(close_button)
    box.setEscapeButton(close_button)
    action_button.setObjectName("action_button")
    close_button.setObjectName("close_button")

    def _finished(_result: int) -> None:
        if box.clickedButton() is action_button:
            on_action()

    box.finished.connect(_finished)
    box.open()
    return box


def error(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    on_close: Callable[[], None] | None = None,
    details: str | None = None,
) -> QMessageBox:
    """Something could not be done; ``details`` appears as a second paragraph."""
    box = _box(parent, QMessageBox.Icon.Critical, title, text, details)
    return _show_with_ok(box, on_close)


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    confirm_label: str,
    on_yes: Callable[[], None],
    *,
    cancel_label: str | None = None,
) -> QMessageBox:
    """Ask before doing something with consequences; ``on_yes`` runs only on confirmation.

    The safe choice (cancel) is the default button, so Enter or Esc never confirms by
    accident.
    """
    box = _box(parent, QMessageBox.Icon.Question, title, text)
    yes_button = box.addButton(confirm_label, QMessageBox.ButtonRole.AcceptRole)
    cancel_button = box.addButton(
        cancel_label or QCoreApplication.translate("messages", "Annuleren"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(cancel_button)
    box.setEscapeButton(cancel_button)
    yes_button.setObjectName("confirm_button")
    cancel_button.setObjectName("cancel_button")

    def _finished(_result: int) -> None:
        if box.clickedButton() is yes_button:
            on_yes()

    box.finished.connect(_finished)
    box.open()
    return box


def show_service_error(
    parent: QWidget | None,
    error_: ServiceError,
    *,
    on_close: Callable[[], None] | None = None,
) -> QMessageBox:
    """Tell the user why a service refused an action, in words fit for them."""
    text = service_text(error_.message)
    details = None
    if isinstance(error_, ConcurrentEditError):
        title = QCoreApplication.translate("messages", "Intussen gewijzigd")
    elif isinstance(error_, PermissionDenied):
        title = QCoreApplication.translate("messages", "Geen toestemming")
    elif isinstance(error_, NotFound):
        title = QCoreApplication.translate("messages", "Niet gevonden")
    elif isinstance(error_, DatabaseBusyError):
        title = QCoreApplication.translate("messages", "Database bezet")
    elif isinstance(error_, StorageError):
        title = QCoreApplication.translate("messages", "Probleem met de opslag")
    elif isinstance(error_, ValidationError):
        title = QCoreApplication.translate("messages", "Controleer de invoer")
        details = "\n".join(service_text(message) for message in error_.errors.values())
    else:
        title = QCoreApplication.translate("messages", "Niet gelukt")
    log.info("service refused an action: %s", type(error_).__name__)
    box = _box(parent, QMessageBox.Icon.Warning, title, text, details)
    return _show_with_ok(box, on_close)


class Refused(enum.Enum):
    """The type of ``REFUSED``, what ``attempt`` returns when the service said no."""

    REFUSED = enum.auto()


REFUSED: Final = Refused.REFUSED


def attempt(parent: QWidget | None, work: Callable[[], T]) -> T | Refused:
    """Run ``work`` (a call into a service) and return its result; when the service refuses
    with a ``ServiceError``, tell the user through ``show_service_error`` and return
    ``REFUSED`` instead: the caller stops there, the user has already been told.

        days = messages.attempt(self, self.service.closing_days)
        if days is messages.REFUSED:
            return

    ``REFUSED`` is a sentinel, not None, because many services return None on success.
    Only a ``ServiceError`` is caught: any other exception is a bug and propagates. A caller
    that treats some refusals differently (a ``ValidationError`` shown under the fields)
    keeps its own ``try``.
    """
    try:
        return work()
    except ServiceError as error_:
        show_service_error(parent, error_)
        return REFUSED
