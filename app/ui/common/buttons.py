"""A dialog's accept and cancel buttons ("Opslaan" / "Annuleren")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton


def accept_cancel_buttons(
    dialog: QDialog, accept: Callable[[], object], accept_text: str | None = None
) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """The button row of a form dialog: the accept button (``accept_text``, "Opslaan"
    unless given; the default button, so Enter presses it) calls ``accept``, which closes
    the dialog itself when the input is good; "Annuleren" (and Escape) rejects the dialog.
    Returns the box, the accept button and the cancel button."""
    box = QDialogButtonBox()
    if accept_text is None:
        accept_text = QCoreApplication.translate("buttons", "Opslaan")
    accept_button = box.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
    cancel_button = box.addButton(
        QCoreApplication.translate("buttons", "Annuleren"), QDialogButtonBox.ButtonRole.RejectRole
    )
    accept_button.setDefault(True)
    box.accepted.connect(accept)
    box.rejected.connect(dialog.reject)
    return box, accept_button, cancel_button
