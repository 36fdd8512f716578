"""Geen reactie meer: the coordinator records that the office no longer responds to a
persistent complainant on stated subjects (with the date of that notice), or lifts it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Self

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.services.complainants import PersistentComplainantService
from app.services.permissions import CurrentUser
from app.ui import messages
from app.ui.widgets import fit_to_screen, note_label


class PersistentComplainantDialog(QDialog):
    """Window-modal, shown with ``open()``; ``on_changed`` runs after saving or lifting."""

    def __init__(
        self,
        db: Database,
        user: CurrentUser,
        complainant_id: int,
        subjects: str | None,
        notice_on: date | None,
        parent: QWidget | None = None,
        on_changed: Callable[[], None] | None = None,
        *,
        version: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Geen reactie meer"))
        self.service = PersistentComplainantService(db, user)
        self.complainant_id = complainant_id
        self.version = version  # the complainant record's, as the opening window read it
        self.on_changed = on_changed

        self.subjects_edit = QPlainTextEdit(subjects or "")
        self.subjects_edit.setFixedHeight(80)
        self.subjects_edit.setTabChangesFocus(True)
        self.notice_edit = QDateEdit()
        self.notice_edit.setCalendarPopup(True)
        self.notice_edit.setDisplayFormat("dd-MM-yyyy")
        self.notice_edit.setMaximumDate(QDate.currentDate())
        self.notice_edit.setDate(QDate(notice_on) if notice_on else QDate.currentDate())

        form = QFormLayout()
        form.addRow(self.tr("&Onderwerpen:"), self.subjects_edit)
        form.addRow(self.tr("&Mededeling aan de klager op:"), self.notice_edit)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Opslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.lift_button = QPushButton(self.tr("Opheffen"))
        self.lift_button.setToolTip(self.tr("Weer op alle onderwerpen reageren"))
        self.lift_button.setVisible(bool(subjects))
        self.buttons.addButton(self.lift_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.lift_button.clicked.connect(self.lift)

        layout = QVBoxLayout(self)
        layout.addWidget(
            note_label(
                self.tr(
                    "Leg vast op welke onderwerpen de organisatie deze klager niet meer "
                    "antwoordt, en wanneer dat aan de klager is meegedeeld. Wie een nieuwe "
                    "klacht van deze klager registreert, ziet een waarschuwing."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 480, 260)

    @classmethod
    def open_for(
        cls,
        db: Database,
        user: CurrentUser,
        complainant_id: int,
        subjects: str | None,
        notice_on: date | None,
        parent: QWidget | None,
        on_changed: Callable[[], None] | None = None,
        *,
        version: int | None = None,
    ) -> Self:
        dialog = cls(
            db, user, complainant_id, subjects, notice_on, parent, on_changed, version=version
        )
        dialog.open()
        return dialog

    def save(self) -> None:
        outcome = messages.attempt(
            self,
            lambda: self.service.flag(
                self.complainant_id,
                self.subjects_edit.toPlainText(),
                self.notice_edit.date().toPython(),
                version=self.version,
            ),
        )
        if outcome is messages.REFUSED:
            return
        self._done()

    def lift(self) -> None:
        outcome = messages.attempt(
            self, lambda: self.service.unflag(self.complainant_id, version=self.version)
        )
        if outcome is messages.REFUSED:
            return
        self._done()

    def _done(self) -> None:
        self.accept()
        if self.on_changed is not None:
            self.on_changed()
