"""The first start on an empty database: name the organisation and the first user."""

from __future__ import annotations

from collections.abc import Callable
from typing import Self

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.db_location import DatabaseLocation, Place
from app.services.errors import ServiceError, ValidationError
from app.services.identity import set_up_first_use
from app.services.permissions import CurrentUser
from app.ui import messages
from app.ui.common.buttons import accept_cancel_buttons
from app.ui.database_location import DatabaseLocationDialog
from app.ui.pages import page_title
from app.ui.widgets import (
    ErrorLabel,
    FieldErrors,
    fit_to_screen,
    grow_to_fit,
    note_label,
    service_text,
    set_tab_order,
)


class FirstUseDialog(QDialog):
    """Asks the organisation's name and the user's own name; creates the first account.

    ``ask()`` opens it without blocking and calls back with the new user (or None when
    cancelled). Tests fill ``organisation_edit`` and ``name_edit`` and click ``start_button``.
    """

    user_created = Signal(object)  # CurrentUser

    def __init__(self, db: Database, login: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.login = login
        self.user: CurrentUser | None = None
        self.setWindowTitle(self.tr("Interne Klachten — eerste gebruik"))
        self.setMinimumWidth(640)

        intro = QLabel(
            self.tr(
                "Deze database is nog leeg. Vul de naam van uw organisatie en uw eigen naam "
                "in. U wordt de eerste beheerder en klachtcoördinator; collega's voegt u "
                "daarna toe onder Beheer."
            )
        )
        intro.setWordWrap(True)
        # Its line is kept free, so the fields do not move when it appears.
        self.general_error = ErrorLabel(reserve_line=True)
        self.errors = FieldErrors(self.general_error)

        self.organisation_edit = QLineEdit()
        self.organisation_edit.setPlaceholderText(self.tr("bijvoorbeeld: Gemeente Voorbeeld"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("voornaam en achternaam"))
        for edit in (self.organisation_edit, self.name_edit):
            edit.setMinimumWidth(340)
        self.login_label = QLabel(login)
        self.login_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.login_label.font()
        font.setBold(True)
        self.login_label.setFont(font)
        login_hint = note_label(
            self.tr(
                "Met deze inlognaam herkent het programma u voortaan; u hoeft geen wachtwoord "
                "te onthouden."
            )
        )

        login_hint.setMinimumWidth(340)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        organisation_label = QLabel(self.tr("Naam van de organisatie *"))
        organisation_label.setBuddy(self.organisation_edit)
        name_label = QLabel(self.tr("Uw naam *"))
        name_label.setBuddy(self.name_edit)
        form.addRow(
            organisation_label, self.errors.add("organisation_name", self.organisation_edit)
        )
        form.addRow(name_label, self.errors.add("user_name", self.name_edit))
        form.addRow(self.tr("Uw inlognaam"), self.login_label)
        form.addRow("", login_hint)

        # A team leader's workstation joins the team's register instead of starting one.
        self.location_button = QPushButton(self.tr("Register op de &server van het team…"))
        self.location_button.clicked.connect(self.choose_location)
        self.location_note = note_label("")
        self.location_note.setVisible(False)
        self.location_dialog: DatabaseLocationDialog | None = None

        self.buttons, self.start_button, self.cancel_button = accept_cancel_buttons(
            self, self.save, self.tr("Beginnen")
        )

        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Welkom bij Interne Klachten")))
        layout.addWidget(intro)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addStretch(1)
        location_row = QHBoxLayout()
        location_row.addWidget(self.location_button)
        location_row.addWidget(self.location_note, 1)
        layout.addLayout(location_row)
        layout.addWidget(self.buttons)

        set_tab_order(
            [
                self.organisation_edit,
                self.name_edit,
                self.location_button,
                self.start_button,
                self.cancel_button,
            ]
        )
        self.organisation_edit.setFocus()
        fit_to_screen(self)

    @classmethod
    def ask(
        cls,
        db: Database,
        login: str,
        on_done: Callable[[CurrentUser | None], None],
        parent: QWidget | None = None,
    ) -> Self:
        """Open the dialog (non-blocking); ``on_done`` gets the new user, or None on cancel."""
        dialog = cls(db, login, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: on_done(dialog.user))
        dialog.open()
        return dialog

    def choose_location(self) -> DatabaseLocationDialog:
        dialog = DatabaseLocationDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._location_chosen)
        dialog.open()
        self.location_dialog = dialog
        return dialog

    def _location_chosen(self, location: DatabaseLocation) -> None:
        on_server = location.place is Place.TEAM_SERVER
        # A new register here makes no sense once the team's is chosen.
        self.start_button.setEnabled(not on_server)
        self.location_note.setText(
            self.tr(
                "Het register van het team wordt gebruikt vanaf de volgende start. Sluit het "
                "programma en start het opnieuw."
            )
            if on_server
            else ""
        )
        self.location_note.setVisible(on_server)
        if on_server:
            self.cancel_button.setText(self.tr("Afsluiten"))
            self.cancel_button.setFocus()

    def save(self) -> None:
        self.errors.clear()
        try:
            user = set_up_first_use(
                self.db,
                organisation_name=self.organisation_edit.text(),
                user_name=self.name_edit.text(),
                login=self.login,
            )
        except ValidationError as error:
            self.errors.show(error.errors, general=service_text(error.message))
            grow_to_fit(self)  # room for the messages; the fields keep their size
            # Focus moved to the field in error; Enter there must still start.
            self.start_button.setDefault(True)
            return
        except ServiceError as error:
            messages.show_service_error(self, error)
            return
        self.user = user
        self.user_created.emit(user)
        self.accept()
