"""Where this workstation's register is: "op deze computer" (the SQLite file in the user's
folder) or "de server van het team" (PostgreSQL), chosen at first use or under Beheer.

The choice applies at the next start (``app.db_location``); the connection test runs off
the GUI thread, since an unreachable server takes seconds to give up.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.db_location import (
    DEFAULT_PORT,
    DatabaseLocation,
    Place,
    connection_problem,
    load_location,
    save_location,
)
from app.paths import default_database_file
from app.ui import messages, ops
from app.ui.common.buttons import accept_cancel_buttons
from app.ui.pages import page_title
from app.ui.widgets import (
    ERROR_COLOUR,
    ErrorLabel,
    FieldErrors,
    arg,
    fit_to_screen,
    grow_to_fit,
    note_label,
    service_text,
    set_tab_order,
)

log = logging.getLogger(__name__)


class DatabaseLocationDialog(QDialog):
    """The choice between this computer and the team's server, with a connection test.

    ``saved`` is emitted with the stored ``DatabaseLocation`` when the user saves.
    """

    saved = Signal(object)  # DatabaseLocation

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Waar staat het klachtenregister?"))
        self.setMinimumWidth(600)
        self.job: ops.Op[str | None] | None = None
        stored = load_location() or DatabaseLocation()

        intro = QLabel(
            self.tr(
                "Werkt u alleen, dan staat het register op deze computer. Werkt u met "
                "collega's in één register, bijvoorbeeld als teamleider die formulieren "
                "invult, kies dan de server van het team; uw beheerder weet de gegevens."
            )
        )
        intro.setWordWrap(True)

        self.local_radio = QRadioButton(self.tr("Op &deze computer"))
        local_note = note_label(str(default_database_file()))
        local_note.setContentsMargins(24, 0, 0, 0)
        local_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.server_radio = QRadioButton(self.tr("Op de &server van het team (PostgreSQL)"))
        self.place_group = QButtonGroup(self)
        self.place_group.addButton(self.local_radio)
        self.place_group.addButton(self.server_radio)

        self.general_error = ErrorLabel()
        self.errors = FieldErrors(self.general_error)
        self.host_edit = QLineEdit(stored.host)
        self.host_edit.setPlaceholderText(self.tr("bijvoorbeeld: klachten.gemeente.local"))
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(stored.port or DEFAULT_PORT)
        self.database_edit = QLineEdit(stored.database)
        self.database_edit.setPlaceholderText(self.tr("bijvoorbeeld: klachten"))
        self.user_edit = QLineEdit(stored.user)
        self.user_edit.setPlaceholderText(self.tr("leeg: uw eigen inlognaam"))
        self.server_fields = QWidget()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for text, name, field in (
            (self.tr("Ser&ver"), "host", self.host_edit),
            (self.tr("&Poort"), "port", self.port_spin),
            (self.tr("Data&base"), "database", self.database_edit),
            (self.tr("&Gebruikersnaam"), "user", self.user_edit),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, self.errors.add(name, field))
        password_note = note_label(
            self.tr(
                "Het wachtwoord wordt niet opgeslagen. De server herkent u op zijn eigen "
                "manier: met uw Windows-aanmelding, een pgpass-bestand of de "
                "omgevingsvariabele PGPASSWORD. Uw beheerder richt dat in."
            )
        )
        self.test_button = QPushButton(self.tr("Verbinding &testen"))
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        server_layout = QVBoxLayout(self.server_fields)
        server_layout.setContentsMargins(24, 0, 0, 0)
        server_layout.addLayout(form)
        server_layout.addWidget(password_note)
        server_layout.addLayout(test_row)

        next_start = note_label(
            self.tr(
                "De keuze geldt vanaf de volgende start van het programma. Een database die "
                "bij het starten is opgegeven (--db of INTERNE_KLACHTEN_DB) gaat altijd voor."
            )
        )

        self.buttons, self.save_button, self.cancel_button = accept_cancel_buttons(self, self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Waar staat het klachtenregister?")))
        layout.addWidget(intro)
        layout.addWidget(self.local_radio)
        layout.addWidget(local_note)
        layout.addWidget(self.server_radio)
        layout.addWidget(self.server_fields)
        layout.addWidget(self.general_error)
        layout.addSpacing(8)
        layout.addWidget(next_start)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        (self.server_radio if stored.place is Place.TEAM_SERVER else self.local_radio).setChecked(
            True
        )
        self.server_radio.toggled.connect(self._update)
        self.test_button.clicked.connect(self.test_connection)
        self._update()
        set_tab_order(
            [
                self.local_radio,
                self.server_radio,
                self.host_edit,
                self.port_spin,
                self.database_edit,
                self.user_edit,
                self.test_button,
                self.save_button,
                self.cancel_button,
            ]
        )
        fit_to_screen(self)

    def location(self) -> DatabaseLocation:
        if self.local_radio.isChecked():
            return DatabaseLocation(place=Place.THIS_COMPUTER)
        return DatabaseLocation(
            place=Place.TEAM_SERVER,
            host=self.host_edit.text().strip(),
            port=self.port_spin.value(),
            database=self.database_edit.text().strip(),
            user=self.user_edit.text().strip(),
        )

    def _update(self) -> None:
        self.server_fields.setEnabled(self.server_radio.isChecked())
        self.test_result.clear()

    def _checked(self) -> DatabaseLocation | None:
        """The location, or None after showing what is missing."""
        self.errors.clear()
        location = self.location()
        if problems := location.problems():
            self.errors.show(problems, general=self.tr("Vul de gemarkeerde velden in."))
            grow_to_fit(self)
            return None
        return location

    def test_connection(self) -> None:
        if self.job is not None:
            return
        location = self._checked()
        if location is None:
            return
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Bezig met verbinden…"))
        self.job = (
            ops.Op(self, lambda _progress: connection_problem(location))
            .success(self._tested)
            .failure(self._test_failed)
            .done(self._test_done)
            .start()
        )

    def _test_done(self) -> None:
        self.job = None
        self.test_button.setEnabled(True)

    def _tested(self, problem: str | None) -> None:
        if problem is None:
            self.test_result.setStyleSheet("")
            self.test_result.setText(self.tr("De verbinding werkt."))
        else:
            self.test_result.setStyleSheet(f"color: {ERROR_COLOUR};")
            self.test_result.setText(service_text(problem))
        grow_to_fit(self)

    def _test_failed(self, error: BaseException) -> None:
        log.error("connection test broke off: %s", type(error).__name__)
        self._tested(self.tr("De verbinding kon niet worden getest."))

    def save(self) -> None:
        location = self._checked()
        if location is None:
            return
        try:
            save_location(location)
        except OSError as error:
            log.error("database choice not saved: %s", type(error).__name__)
            messages.error(
                self,
                self.tr("Niet opgeslagen"),
                self.tr("De keuze kon niet worden opgeslagen in uw gebruikersmap."),
            )
            return
        self.saved.emit(location)
        self.accept()


class DatabaseLocationPanel(QWidget):
    """The Beheer row: where this program's register is now, and a button to change it."""

    def __init__(self, described: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialog: DatabaseLocationDialog | None = None
        self.status = QLabel(arg(self.tr("Register: %1"), described))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change_button = QPushButton(self.tr("Waar staat het register…"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.change_button)
        layout.addWidget(self.status, 1)
        self.change_button.clicked.connect(self.open_dialog)

    def open_dialog(self) -> DatabaseLocationDialog:
        dialog = DatabaseLocationDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _saved(self, _location: DatabaseLocation) -> None:
        self.status.setText(self.tr("Opgeslagen; de nieuwe plaats geldt vanaf de volgende start."))
