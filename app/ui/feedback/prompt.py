"""A small window-modal dialog that asks for one text (a reason, a remark), shown with
``open()`` and reporting back through a callback; the caller's service check comes back
beside the field, with the typed text kept."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ServiceError, ValidationError
from app.ui.widgets import ErrorLabel, fit_to_screen, service_text

# Returns None when accepted, or the error to show (the dialog stays open).
Submit = Callable[[str], ServiceError | None]


class TextPromptDialog(QDialog):
    """Ask for a text; ``submit(text)`` does the work and returns an error to show, or None
    (then the dialog closes)."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        question: str,
        confirm_label: str,
        submit: Submit,
        *,
        text: str = "",
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.submit = submit
        self.question_label = QLabel(question)
        self.question_label.setWordWrap(True)
        self.text_edit = QPlainTextEdit(text)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setAccessibleName(question)
        self.question_label.setBuddy(self.text_edit)
        self.error_label = ErrorLabel()
        self.buttons = QDialogButtonBox()
        self.confirm_button = self.buttons.addButton(
            confirm_label, QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question_label)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 520, 300)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        question: str,
        confirm_label: str,
        submit: Submit,
        *,
        text: str = "",
    ) -> TextPromptDialog:
        dialog = cls(parent, title, question, confirm_label, submit, text=text)
        dialog.open()
        dialog.text_edit.setFocus()
        return dialog

    def _confirm(self) -> None:
        problem = self.submit(self.text_edit.toPlainText())
        if problem is None:
            self.accept()
            return
        if isinstance(problem, ValidationError) and problem.errors:
            text = "\n".join(service_text(m) for m in problem.errors.values())
        else:
            text = service_text(problem.message)
        self.error_label.show_message(text)
        self.text_edit.setFocus()
