"""The AVG-verzoeken tab of the Beheer screen (coordinator): for one complainant, named by
their number or a complaint's number, the access export (a ZIP with an overview and the
files, made off the GUI thread), a correction of their data with a reason, and the erasure
where the law allows it (the reason why not is shown otherwise)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.avg import AccessExport, AvgPerson, AvgService
from app.services.complainants import ComplainantData
from app.services.errors import ServiceError
from app.services.shredding import FIRST_SEALED_VERSION
from app.ui import messages, ops
from app.ui.files import Purpose, ask_folder
from app.ui.widgets import arg, fit_to_screen, note_label, scroll_area
from app.wording import counted


class AvgPanel(QWidget):
    def __init__(self, service: AvgService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.job: ops.Op[AccessExport] | None = None
        self.person: AvgPerson | None = None
        self.complainant_edit = QLineEdit()
        self.complainant_edit.setPlaceholderText(
            self.tr("klagernummer of klachtnummer (IK-2026-0042)")
        )
        self.complainant_edit.setAccessibleName(self.tr("Klager"))
        self.complainant_edit.returnPressed.connect(self.look_up)
        self.find_button = QPushButton(self.tr("Zoeken"))
        self.find_button.clicked.connect(self.look_up)
        self.found_label = QLabel()
        self.found_label.setWordWrap(True)
        self.found_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self.tr("Inzage exporteren…"))
        self.export_button.clicked.connect(self.export)
        self.correct_button = QPushButton(self.tr("Gegevens corrigeren…"))
        self.correct_button.clicked.connect(self.correct)
        self.erase_button = QPushButton(self.tr("Gegevens verwijderen…"))
        self.erase_button.clicked.connect(self.erase)

        search = QHBoxLayout()
        search.addWidget(self.complainant_edit, 1)
        search.addWidget(self.find_button)
        form = QFormLayout()
        form.addRow(self.tr("Klager"), search)
        form.addRow("", self.found_label)
        buttons = QHBoxLayout()
        for button in (self.export_button, self.correct_button, self.erase_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            note_label(
                self.tr(
                    "Verzoeken van een klager onder de AVG: inzage in alle gegevens die het "
                    "register over hem of haar bewaart (een ZIP-bestand met een overzicht en "
                    "de bestanden), correctie van de gegevens, en verwijdering zodra er geen "
                    "klacht meer loopt en de bewaartermijn voorbij is."
                )
            )
        )
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._show_person()

    def _show_person(self) -> None:
        person = self.person
        for button in (self.export_button, self.correct_button, self.erase_button):
            button.setEnabled(person is not None and self.job is None)
        if person is None:
            self.found_label.setText(self.tr("Zoek eerst de klager op."))
            return
        name = person.data.display_name or self.tr("(geen naam)")
        numbers = ", ".join(person.complaints) or self.tr("geen")
        self.found_label.setText(
            arg(self.tr("Klager %1: %2 — klachten: %3"), person.id, name, numbers)
        )

    def look_up(self) -> None:
        try:
            self.person = self.service.find(self.complainant_edit.text())
        except ServiceError as error:
            self.person = None
            self._show_person()
            messages.show_service_error(self, error)
            return
        self._show_person()

    def export(self) -> None:
        if self.job is not None or self.person is None:
            return
        folder = ask_folder(self, Purpose.EXPORT, self.tr("Map voor het inzageverzoek"))
        if not folder:
            return
        service, person_id = self.service, self.person.id
        self.job = (
            ops.Op(self, lambda _progress: service.access_export(person_id, folder))
            .success(self._exported)
            .failure(self._failed)
            .done(self._ended)
            .start()
        )
        self._show_person()

    def _ended(self) -> None:
        self.job = None
        self._show_person()

    def _exported(self, export: AccessExport) -> None:
        messages.information(
            self,
            self.tr("Inzageverzoek"),
            arg(self.tr("Alle gegevens van de klager staan in %1."), export.path),
        )

    def _failed(self, error: BaseException) -> None:
        ops.show_failure(
            self,
            error,
            self.tr("Inzageverzoek"),
            self.tr("De export is mislukt. Details staan in het logboek."),
        )

    def correct(self) -> None:
        if self.person is None:
            return
        CorrectionDialog.open_for(self.service, self.person, self, on_saved=self.look_up)

    def erase(self) -> None:
        person = self.person
        if person is None:
            return
        check = messages.attempt(self, lambda: self.service.erasure_check(person.id))
        if check is messages.REFUSED:
            return
        if not check.allowed:
            messages.warning(self, self.tr("Gegevens verwijderen"), check.reason)
            return
        messages.confirm(
            self,
            self.tr("Gegevens verwijderen"),
            arg(
                self.tr("%1\n\nDit kan niet ongedaan worden gemaakt. Doorgaan?"),
                check.reason,
            ),
            self.tr("Verwijderen"),
            lambda: self._erase(person.id, check.unsealed_events),
        )

    def _erase(self, person_id: int, unsealed_events: int = 0) -> None:
        count = messages.attempt(self, lambda: self.service.erase(person_id))
        if count is messages.REFUSED:
            return
        self.person = None
        self.complainant_edit.clear()
        self._show_person()
        text = arg(
            self.tr("De persoonsgegevens zijn verwijderd; geanonimiseerd blijft: %1."),
            counted(count, self.tr("klacht"), self.tr("klachten")),
        )
        if unsealed_events:
            text += "\n\n" + arg(
                self.tr(
                    "Niet verwijderd: %1 in de audittrail van vóór databaseversie %2. Die "
                    "blijven staan: wie ze verwijdert, breekt de beveiligde audittrail."
                ),
                counted(unsealed_events, self.tr("gebeurtenis"), self.tr("gebeurtenissen")),
                FIRST_SEALED_VERSION,
            )
        messages.information(self, self.tr("Gegevens verwijderd"), text)


class CorrectionDialog(QDialog):
    """The complainant's data, corrected as one audited change with a reason."""

    def __init__(
        self,
        service: AvgService,
        person: AvgPerson,
        parent: QWidget | None = None,
        on_saved: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Gegevens van de klager corrigeren"))
        self.service = service
        self.person = person
        self.on_saved = on_saved
        fields = QWidget()
        form = QFormLayout(fields)
        self.edits: dict[str, QLineEdit] = {}
        for key, text in self._fields():
            edit = QLineEdit(getattr(person.data, key) or "")
            edit.setAccessibleName(text)
            self.edits[key] = edit
            form.addRow(text, edit)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setFixedHeight(64)
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setAccessibleName(self.tr("Reden"))
        form.addRow(self.tr("&Reden van de correctie:"), self.reason_edit)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Opslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            note_label(
                self.tr(
                    "De correctie wordt met de reden vastgelegd in de geschiedenis van de "
                    "klager en van elk van diens klachten."
                )
            )
        )
        layout.addWidget(scroll_area(fields), 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 520, 620)

    def _fields(self) -> tuple[tuple[str, str], ...]:
        """(field, label) of the form, in the order of the intake form."""
        return (
            ("salutation", self.tr("Aanhef")),
            ("initials", self.tr("Voorletters")),
            ("first_name", self.tr("Roepnaam")),
            ("infix", self.tr("Tussenvoegsel")),
            ("surname", self.tr("Achternaam")),
            ("street", self.tr("Straat")),
            ("house_number", self.tr("Huisnummer")),
            ("postcode", self.tr("Postcode")),
            ("city", self.tr("Plaats")),
            ("phone_day", self.tr("Telefoon overdag")),
            ("phone_evening", self.tr("Telefoon 's avonds")),
            ("email", self.tr("E-mailadres")),
        )

    @classmethod
    def open_for(
        cls,
        service: AvgService,
        person: AvgPerson,
        parent: QWidget | None,
        on_saved: Callable[[], None] | None = None,
    ) -> CorrectionDialog:
        dialog = cls(service, person, parent, on_saved)
        dialog.open()
        return dialog

    def data(self) -> ComplainantData:
        values = {key: edit.text().strip() or None for key, edit in self.edits.items()}
        # The display name is computed from the parts by the service.
        return replace(self.person.data, name=None, **values)

    def save(self) -> None:
        outcome = messages.attempt(
            self,
            lambda: self.service.correct(
                self.person.id,
                self.data(),
                self.reason_edit.toPlainText(),
                version=self.person.version,
            ),
        )
        if outcome is messages.REFUSED:
            return
        self.accept()
        if self.on_saved is not None:
            self.on_saved()
