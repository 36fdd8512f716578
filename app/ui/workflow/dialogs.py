"""The small dialogs of the Behandeling tab, one per step of the handling.

Each one asks only what its service call needs and passes the window's version along, so
a change made elsewhere meanwhile is noticed instead of overwritten.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import DeclineGround, HearingSkipReason, NoteChannel, Status
from app.services.errors import ServiceError, ValidationError
from app.ui.common.display import format_date
from app.ui.widgets import arg, enum_text, note_label, service_text
from app.ui.workflow.dialog_base import ActionDialog, OptionalDate, date_edit, date_of


def text_box(lines: int = 4, placeholder: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 16)
    return box


# ----- assignment -----------------------------------------------------------------------


class AssignDialog(ActionDialog):
    """Choose the handler; an employee concerned is never offered (Awb 9:7)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.set_texts(
            self.tr("Behandelaar toewijzen"),
            self.tr("Toewijzen"),
            self.tr(
                "Kies wie de klacht behandelt. Medewerkers over wie geklaagd wordt, staan "
                "niet in de lijst: zij mogen de klacht niet behandelen (Awb 9:7)."
            ),
        )
        self.handler_combo = QComboBox()
        self.handler_combo.setAccessibleName(self.tr("Behandelaar"))
        self.handler_combo.addItem(self.tr("Kies een behandelaar…"), None)
        self.options = self.workflow.eligible_handlers(self.state.complaint_id)
        for option in self.options:
            text = option.name if not option.unit_name else f"{option.name} — {option.unit_name}"
            self.handler_combo.addItem(text, option.id)
        current = self.handler_combo.findData(self.state.handler_id)
        if self.state.handler_id is not None and current >= 0:
            self.handler_combo.setCurrentIndex(current)
        self.add_row(self.tr("Behandelaar"), "handler_id", self.handler_combo)
        if not self.options:
            self.extra_layout.addWidget(
                note_label(
                    self.tr(
                        "Er is geen actieve klachtbehandelaar die niet bij de klacht "
                        "betrokken is. Geef in Beheer een medewerker de rol klachtbehandelaar."
                    )
                )
            )

        # Awb 9:7: a name as the complainant gave it is linked to an employee here, or the
        # coordinator confirms that the chosen handler is none of the suggested people.
        self.loose = self.workflow.unresolved_concerned(self.state.complaint_id)
        self.link_combos: list[QComboBox] = []
        for index, loose in enumerate(self.loose):
            combo = QComboBox()
            combo.setAccessibleName(arg(self.tr("Wie is %1?"), loose.free_text_name))
            combo.addItem(self.tr("Niet koppelen"), None)
            for candidate in loose.candidates:
                text = candidate.name
                if candidate.unit_name:
                    text = f"{candidate.name} — {candidate.unit_name}"
                combo.addItem(arg(self.tr("Is %1"), text), candidate.id)
            if not loose.candidates:
                combo.setToolTip(self.tr("Geen medewerker met een naam die hierop lijkt."))
            self.link_combos.append(combo)
            self.add_row(
                arg(self.tr("Betrokkene «%1»"), loose.free_text_name),
                "employee_id" if index == 0 else f"employee_id_{index}",
                combo,
            )
        self.confirm_box = QCheckBox(self.tr("De behandelaar is niet deze betrokkene"))
        self.confirm_box.setVisible(bool(self.loose))
        if self.loose:
            self.add_row(self.tr("Gecontroleerd"), "confirm", self.confirm_box)

    def offered_ids(self) -> list[int]:
        return [option.id for option in self.options]

    def submit(self) -> bool:
        handler_id = self.handler_combo.currentData()
        if handler_id is None:
            self.field_error("handler_id", self.tr("Kies een behandelaar."))
            return False
        links = [
            (loose.concerned_id, combo.currentData())
            for loose, combo in zip(self.loose, self.link_combos, strict=True)
            if combo.currentData() is not None
        ]
        open_names = len(self.loose) - len(links)
        if open_names and not self.confirm_box.isChecked():
            self.field_error(
                "confirm",
                self.tr(
                    "Koppel de losse naam aan een medewerker, of bevestig dat de gekozen "
                    "behandelaar die medewerker niet is (Awb 9:7)."
                ),
            )
            return False
        version = self.version()
        for concerned_id, employee_id in links:
            version = self.workflow.link_concerned(
                self.state.complaint_id, concerned_id, int(employee_id), version=version
            )
        self.workflow.assign(
            self.state.complaint_id,
            int(handler_id),
            version=version,
            confirm_not_concerned=bool(open_names) and self.confirm_box.isChecked(),
        )
        return True


# ----- contact, promises, the informal route -------------------------------------------


class FirstContactDialog(ActionDialog):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        due = self.state.contact_due
        intro = self.tr(
            "Het persoonlijke contact met de klager: luister naar het verhaal en leg vast wat "
            "er is besproken of afgesproken."
        )
        if due is not None:
            intro += " " + arg(self.tr("Uiterlijk op %1."), format_date(due))
        self.set_texts(self.tr("Eerste contact vastleggen"), self.tr("Vastleggen"), intro)
        self.moment_edit = QDateTimeEdit(QDateTime.currentDateTime())
        self.moment_edit.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.moment_edit.setCalendarPopup(True)
        self.channel_combo = QComboBox()
        for channel in NoteChannel:
            self.channel_combo.addItem(enum_text(channel), channel.value)
        self.with_whom_edit = QLineEdit(self.tr("klager"))
        self.with_whom_edit.setMaxLength(200)
        self.summary_edit = text_box(
            5,
            self.tr(
                "Wat is er gezegd of afgesproken? Bijvoorbeeld: excuses aangeboden, "
                "terugbellen op vrijdag."
            ),
        )
        self.add_row(self.tr("Wanneer"), "contact_at", self.moment_edit)
        self.add_row(self.tr("Kanaal"), "channel", self.channel_combo)
        self.add_row(self.tr("Met wie"), "with_whom", self.with_whom_edit)
        self.add_row(self.tr("Samenvatting"), "summary", self.summary_edit)

    def submit(self) -> bool:
        moment: datetime = self.moment_edit.dateTime().toPython()
        self.workflow.record_first_contact(
            self.state.complaint_id,
            moment.astimezone(),
            NoteChannel(self.channel_combo.currentData()),
            self.summary_edit.toPlainText(),
            with_whom=self.with_whom_edit.text().strip() or "klager",
            version=self.version(),
        )
        return True


class PromiseDialog(ActionDialog):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.set_texts(
            self.tr("Toezegging"),
            self.tr("Toezegging vastleggen"),
            self.tr(
                "Wat is de klager beloofd, en wanneer? De toezegging blijft in Vandaag "
                "staan tot ze is nagekomen."
            ),
        )
        self.text_edit = text_box(
            3, self.tr("Bijvoorbeeld: u hoort vrijdag of uw dossier compleet is.")
        )
        self.due_edit = date_edit(date.today() + timedelta(days=7))
        self.add_row(self.tr("Toezegging"), "text", self.text_edit)
        self.add_row(self.tr("Uiterlijk op"), "due_on", self.due_edit)

    def submit(self) -> bool:
        self.workflow.add_promise(
            self.state.complaint_id,
            self.text_edit.toPlainText(),
            date_of(self.due_edit),
            version=self.version(),
        )
        return True


class KeepPromiseDialog(ActionDialog):
    def __init__(self, *args: Any, promise_id: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.promise_id = promise_id
        promise = next(p for p in self.state.promises if p.id == promise_id)
        self.set_texts(
            self.tr("Toezegging nagekomen"),
            self.tr("Nagekomen"),
            arg(self.tr("Toezegging: %1"), promise.text),
        )
        self.kept_edit = date_edit()
        self.add_row(self.tr("Nagekomen op"), "kept_on", self.kept_edit)

    def submit(self) -> bool:
        self.workflow.keep_promise(self.promise_id, date_of(self.kept_edit), version=self.version())
        return True


class CorrectPromiseDialog(ActionDialog):
    """Correct a mistyped promise (text, term) with a reason, before a letter quoted it."""

    def __init__(self, *args: Any, promise_id: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.promise_id = promise_id
        promise = next(p for p in self.state.promises if p.id == promise_id)
        self.set_texts(
            self.tr("Toezegging corrigeren"),
            self.tr("Corrigeren"),
            self.tr(
                "Verbeter de tekst of de termijn van de toezegging. De oude en de nieuwe "
                "waarde en de reden komen in de historie."
            ),
        )
        self.text_edit = text_box(3)
        self.text_edit.setPlainText(promise.text)
        self.due_edit = date_edit(promise.due_on)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("Bijvoorbeeld: tikfout in de datum"))
        self.add_row(self.tr("Toezegging"), "text", self.text_edit)
        self.add_row(self.tr("Uiterlijk op"), "due_on", self.due_edit)
        self.add_row(self.tr("Reden van de correctie"), "reason", self.reason_edit)

    def submit(self) -> bool:
        self.workflow.correct_promise(
            self.promise_id,
            self.text_edit.toPlainText(),
            date_of(self.due_edit),
            self.reason_edit.text(),
            version=self.version(),
        )
        return True


class WithdrawPromiseDialog(ActionDialog):
    """Withdraw a promise made in error: it stays visible, struck through, with the reason."""

    def __init__(self, *args: Any, promise_id: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.promise_id = promise_id
        promise = next(p for p in self.state.promises if p.id == promise_id)
        self.set_texts(
            self.tr("Toezegging intrekken"),
            self.tr("Intrekken"),
            arg(
                self.tr(
                    "Toezegging: %1\n\nEen ingetrokken toezegging blijft zichtbaar, "
                    "doorgestreept, maar staat niet meer in brieven, e-mails en Vandaag."
                ),
                promise.text,
            ),
        )
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(
            self.tr("Bijvoorbeeld: bij de verkeerde klacht vastgelegd")
        )
        self.add_row(self.tr("Reden van intrekken"), "reason", self.reason_edit)

    def submit(self) -> bool:
        self.workflow.withdraw_promise(
            self.promise_id, self.reason_edit.text(), version=self.version()
        )
        return True


class InformalDialog(ActionDialog):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.set_texts(
            self.tr("Informeel afronden"),
            self.tr("Informeel afronden"),
            self.tr(
                "De klacht is naar tevredenheid van de klager opgelost. Daarmee vervalt de "
                "formele klachtprocedure (Awb 9:5). Leg vast wanneer de klager dat heeft "
                "bevestigd, bij voorkeur schriftelijk."
            ),
        )
        self.confirmed_edit = date_edit()
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Bijvoorbeeld: bevestigd per e-mail"))
        self.add_row(self.tr("Tevredenheid bevestigd op"), "confirmed_on", self.confirmed_edit)
        self.add_row(self.tr("Toelichting (optioneel)"), "note", self.note_edit)
        open_promises = sum(1 for p in self.state.promises if p.owed)
        if open_promises:
            self.extra_layout.addWidget(
                note_label(
                    self.tr(
                        "Er staat nog 1 toezegging open; die blijft in Vandaag staan tot "
                        "ze is nagekomen."
                    )
                    if open_promises == 1
                    else arg(
                        self.tr(
                            "Er staan nog %1 toezeggingen open; die blijven in Vandaag "
                            "staan tot ze zijn nagekomen."
                        ),
                        open_promises,
                    )
                )
            )

    def submit(self) -> bool:
        self.workflow.resolve_informally(
            self.state.complaint_id,
            confirmed_on=date_of(self.confirmed_edit),
            version=self.version(),
            note=self.note_edit.text().strip() or None,
        )
        return True


# ----- the formal route -----------------------------------------------------------------


class FormalDialog(ActionDialog):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.set_texts(
            self.tr("Formeel behandelen"),
            self.tr("Formeel behandelen"),
            self.tr(
                "Splits de klacht in de onderdelen die elk een oordeel krijgen "
                "(gegrond, deels gegrond of ongegrond). Schrijf één onderdeel per regel. "
                "Daarna volgt hoor en wederhoor (Awb 9:10)."
            ),
        )
        self.parts_edit = text_box(
            6,
            self.tr("Bijvoorbeeld:\nDe toon van het telefoongesprek\nNiet teruggebeld"),
        )
        self.parts_edit.setTabChangesFocus(True)
        self.add_row(self.tr("Klachtonderdelen"), "parts", self.parts_edit)

    def parts(self) -> list[str]:
        return [line.strip() for line in self.parts_edit.toPlainText().splitlines() if line.strip()]

    def submit(self) -> bool:
        self.workflow.start_formal(self.state.complaint_id, self.parts(), version=self.version())
        return True


class HearingDialog(ActionDialog):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.set_texts(
            self.tr("Horen vastleggen"),
            self.tr("Vastleggen"),
            self.tr(
                "Klager en betrokken medewerker krijgen de gelegenheid gehoord te worden "
                "(Awb 9:10). Leg vast wanneer, of waarom er niet is gehoord."
            ),
        )
        state = self.state
        skipped = state.hearing_skipped_reason is not None
        self.heard_radio = QRadioButton(self.tr("Gehoord"))
        self.skipped_radio = QRadioButton(self.tr("Niet gehoord"))
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.heard_radio)
        self.choice.addButton(self.skipped_radio)
        (self.skipped_radio if skipped else self.heard_radio).setChecked(True)
        self.complainant_date = OptionalDate(
            self.tr("klager gehoord op"), state.hearing_complainant_on or date.today()
        )
        self.complainant_date.set_value(
            state.hearing_complainant_on or (None if skipped else date.today())
        )
        self.employee_date = OptionalDate(
            self.tr("medewerker gehoord op"), state.hearing_employee_on
        )
        self.reason_combo = QComboBox()
        self.reason_combo.setAccessibleName(self.tr("Reden waarom niet gehoord"))
        for reason in HearingSkipReason:
            self.reason_combo.addItem(enum_text(reason), reason.value)
        if state.hearing_skipped_reason is not None:
            self.reason_combo.setCurrentIndex(
                self.reason_combo.findData(state.hearing_skipped_reason.value)
            )
        heard = QWidget()
        heard_layout = QVBoxLayout(heard)
        heard_layout.setContentsMargins(0, 0, 0, 0)
        heard_layout.addWidget(self.heard_radio)
        heard_layout.addWidget(self.complainant_date)
        heard_layout.addWidget(self.employee_date)
        heard_layout.addWidget(self.skipped_radio)
        heard_layout.addWidget(self.reason_combo)
        self.add_row(self.tr("Horen"), "hearing", heard)
        self.heard_radio.toggled.connect(self._update)
        self._update()

    def _update(self) -> None:
        heard = self.heard_radio.isChecked()
        self.complainant_date.setEnabled(heard)
        self.employee_date.setEnabled(heard)
        self.reason_combo.setEnabled(not heard)

    def submit(self) -> bool:
        if self.heard_radio.isChecked():
            self.workflow.record_hearing(
                self.state.complaint_id,
                complainant_on=self.complainant_date.value(),
                employee_on=self.employee_date.value(),
                version=self.version(),
            )
        else:
            self.workflow.record_hearing(
                self.state.complaint_id,
                skipped=HearingSkipReason(self.reason_combo.currentData()),
                version=self.version(),
            )
        return True


# ----- the legal clock ------------------------------------------------------------------


class HearingReportDialog(ActionDialog):
    """The report of the hearing (Awb 9:10); the decision letter quotes it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.set_texts(
            self.tr("Verslag van het horen"),
            self.tr("Opslaan"),
            self.tr(
                "Schrijf op wat klager en medewerker bij het horen naar voren brachten. De "
                "beslissing op de klacht neemt dit verslag over."
            ),
        )
        self.report_box = text_box(10)
        self.report_box.setPlainText(self.state.hearing_report or "")
        self.add_row(self.tr("Verslag"), "hearing_report", self.report_box)

    def submit(self) -> bool:
        self.workflow.record_hearing_report(
            self.state.complaint_id, self.report_box.toPlainText(), version=self.version()
        )
        return True


class SignerDialog(ActionDialog):
    """Who signs this complaint's decision letter, instead of the regulation's signer."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.set_texts(
            self.tr("Ondertekenaar van de beslissing"),
            self.tr("Vastleggen"),
            self.tr(
                "De beslissing wordt ondertekend door het hoofd van de eenheid of de "
                "directeur. Vul hier een andere ondertekenaar in dan die van de "
                "klachtregeling (Beheer); leeg laten: die van de klachtregeling."
            ),
        )
        self.name_edit = QLineEdit(self.state.signer_name or "")
        self.function_edit = QLineEdit(self.state.signer_function or "")
        self.add_row(self.tr("Ondertekenaar"), "signer_name", self.name_edit)
        self.add_row(self.tr("Functie"), "signer_function", self.function_edit)

    def submit(self) -> bool:
        self.workflow.set_signer(
            self.state.complaint_id,
            self.name_edit.text(),
            self.function_edit.text(),
            version=self.version(),
        )
        return True


class ExtendDialog(ActionDialog):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        state = self.state
        maximum = max(1, state.extension_max_weeks)
        self.set_texts(
            self.tr("Beslistermijn verdagen"),
            self.tr("Verdagen"),
            arg(
                self.tr(
                    "De beslistermijn (%1) mag één keer worden verdaagd, met ten hoogste %2 "
                    "weken. Klager en betrokken medewerker krijgen daarvan schriftelijk "
                    "bericht (Awb 9:11)."
                ),
                format_date(state.decision_due),
                maximum,
            ),
        )
        self.weeks_spin = QSpinBox()
        self.weeks_spin.setRange(1, maximum)
        self.weeks_spin.setValue(maximum)
        self.weeks_spin.setSuffix(self.tr(" weken"))
        self.notice_edit = date_edit()
        self.new_date_label = QLabel()
        self.add_row(self.tr("Verdagen met"), "weeks", self.weeks_spin)
        self.add_row(self.tr("Mededeling verstuurd op"), "notice_on", self.notice_edit)
        self.add_row(self.tr("Nieuwe termijn"), "extended_to", self.new_date_label)
        self.weeks_spin.valueChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        due = self.state.decision_due
        if due is None:
            self.new_date_label.setText("")
            return
        self.new_date_label.setText(format_date(due + timedelta(weeks=self.weeks_spin.value())))

    def submit(self) -> bool:
        self.workflow.extend(
            self.state.complaint_id,
            weeks=self.weeks_spin.value(),
            notice_on=date_of(self.notice_edit),
            version=self.version(),
        )
        return True


class DelayNoticeDialog(ActionDialog):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.set_texts(
            self.tr("Uitstelbericht"),
            self.tr("Vastleggen"),
            self.tr(
                "Laat de klager op tijd weten dat het langer duurt, met de nieuwe datum "
                "waarop hij of zij iets hoort (uiterlijk in de tweede week)."
            ),
        )
        base = max(
            self.state.expected_on
            or self.state.extended_to
            or self.state.decision_due
            or date.today(),
            date.today(),
        )
        self.expected_edit = date_edit(base + timedelta(days=14))
        self.notice_edit = date_edit()
        self.add_row(self.tr("Nieuwe verwachte datum"), "expected_on", self.expected_edit)
        self.add_row(self.tr("Bericht verstuurd op"), "notice_on", self.notice_edit)

    def submit(self) -> bool:
        self.workflow.record_delay_notice(
            self.state.complaint_id,
            expected_on=date_of(self.expected_edit),
            notice_on=date_of(self.notice_edit),
            version=self.version(),
        )
        return True


class FurtherExtendDialog(ActionDialog):
    """Awb 9:11 lid 2: a further postponement, only with the complainant's written consent,
    kept as a document of the complaint."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        state = self.state
        self.set_texts(
            self.tr("Verder verdagen met instemming"),
            self.tr("Verder verdagen"),
            arg(
                self.tr(
                    "De beslistermijn is al verdaagd tot %1. Verder uitstellen mag alleen als "
                    "de klager daar schriftelijk mee instemt (Awb 9:11 lid 2). Kies het "
                    "document met die instemming, of voeg het toe."
                ),
                format_date(state.extended_to),
            ),
        )
        self._version_after_add: int | None = None
        self.consent_combo = QComboBox()
        self.add_file_button = QPushButton(self.tr("Document toevoegen…"))
        self.add_file_button.clicked.connect(self._choose_file)
        consent = QWidget()
        consent_layout = QHBoxLayout(consent)
        consent_layout.setContentsMargins(0, 0, 0, 0)
        consent_layout.addWidget(self.consent_combo, 1)
        consent_layout.addWidget(self.add_file_button)
        self._fill_choices(state.attachment_choices)
        base = max(state.extended_to or date.today(), date.today())
        self.date_edit = date_edit(base + timedelta(weeks=2))
        self.add_row(self.tr("Instemming van de klager"), "consent_attachment_id", consent)
        self.add_row(self.tr("Nieuwe uiterste datum"), "new_date", self.date_edit)

    def preferred_size(self) -> tuple[int | None, int | None]:
        # Room for the refusal under the document row without hiding the date below it.
        return None, 320

    def _fill_choices(
        self, choices: tuple[tuple[int, str], ...], select: int | None = None
    ) -> None:
        self.consent_combo.clear()
        self.consent_combo.addItem(self.tr("— kies het document —"), None)
        for attachment_id, name in choices:
            self.consent_combo.addItem(name, attachment_id)
        if select is not None:
            self.consent_combo.setCurrentIndex(self.consent_combo.findData(select))

    def _choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Document met de instemming van de klager")
        )
        if path:
            self.add_consent_file(Path(path))

    def add_consent_file(self, path: Path) -> bool:
        """Store the file as a document of the complaint and choose it."""
        from app.services.complaints import ComplaintService
        from app.services.intake import NewAttachment

        self.errors.clear()
        try:
            content = path.read_bytes()
        except OSError:
            self.field_error(
                "consent_attachment_id", self.tr("Dit bestand kan niet worden gelezen.")
            )
            return False
        service = ComplaintService(self.workflow.db, self.workflow.user)
        try:
            added = service.add_attachment(
                self.state.complaint_id, NewAttachment(path.name, content)
            )
        except ValidationError as error:
            self.errors.show(error.errors, general=service_text(error.message))
            return False
        except ServiceError as error:
            self.general_error.show_message(service_text(error.message))
            return False
        # Adding the document is a change of the complaint too: the postponement goes on
        # from the version that includes it, not the one the window read before.
        self._version_after_add = self.workflow.state(self.state.complaint_id).version
        choices = ((added, path.name), *self.state.attachment_choices)
        self._fill_choices(choices, added)
        return True

    def submit(self) -> bool:
        self.workflow.extend_with_consent(
            self.state.complaint_id,
            new_date=date_of(self.date_edit),
            consent_attachment_id=self.consent_combo.currentData(),
            version=self._version_after_add or self.version(),
        )
        return True


# ----- side exits, copies, closing, reopening --------------------------------------------


class DeclineDialog(ActionDialog):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.set_texts(
            self.tr("Niet in behandeling nemen"),
            self.tr("Niet in behandeling nemen"),
            self.tr(
                "Een klacht mag alleen op een van de gronden van Awb 9:8 buiten behandeling "
                "blijven. De klager krijgt dat schriftelijk te horen, binnen vier weken na "
                "ontvangst."
            ),
        )
        self.ground_combo = QComboBox()
        for ground in DeclineGround:
            self.ground_combo.addItem(enum_text(ground), ground.value)
        self.notice_edit = date_edit()
        self.add_row(self.tr("Grond (Awb 9:8)"), "ground", self.ground_combo)
        self.add_row(self.tr("Brief aan klager op"), "notice_on", self.notice_edit)

    def submit(self) -> bool:
        self.workflow.decline(
            self.state.complaint_id,
            ground=DeclineGround(self.ground_combo.currentData()),
            notice_on=date_of(self.notice_edit),
            version=self.version(),
        )
        return True


class ReasonDialog(ActionDialog):
    """Forward as a review request, withdraw or reopen: each needs a reason."""

    target = Status.IN_PROGRESS

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.reason_edit = text_box(3)
        self.add_row(self.tr("Reden"), "reason", self.reason_edit)

    def reason(self) -> str:
        return self.reason_edit.toPlainText()


class ReviewDialog(ReasonDialog):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.set_texts(
            self.tr("Doorzetten als herzieningsverzoek"),
            self.tr("Doorzetten"),
            self.tr(
                "De klager is het eigenlijk oneens met de beslissing in zijn of haar zaak, "
                "niet met een gedraging. De klacht gaat als herzieningsverzoek naar de sector."
            ),
        )
        self.reason_edit.setPlaceholderText(
            self.tr("Bijvoorbeeld: doorgestuurd naar sector Zorg als herzieningsverzoek")
        )

        self.already_box = QCheckBox(
            self.tr("Herziening al gedaan: de procedure is afgerond (niet opnieuw doorsturen)")
        )
        self.add_row("", "already_reviewed", self.already_box)

    def submit(self) -> bool:
        self.workflow.forward_for_review(
            self.state.complaint_id,
            reason=self.reason(),
            version=self.version(),
            already_reviewed=self.already_box.isChecked(),
        )
        return True


class WithdrawDialog(ReasonDialog):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.set_texts(
            self.tr("Klacht intrekken"),
            self.tr("Intrekken"),
            self.tr("De klager trekt de klacht in. Leg vast waarom of hoe dat is gegaan."),
        )
        self.reason_edit.setPlaceholderText(
            self.tr("Bijvoorbeeld: klager heeft telefonisch laten weten de klacht in te trekken")
        )

    def submit(self) -> bool:
        self.workflow.withdraw(
            self.state.complaint_id, reason=self.reason(), version=self.version()
        )
        return True


class ReopenDialog(ReasonDialog):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.set_texts(
            self.tr("Klacht heropenen"),
            self.tr("Heropenen"),
            self.tr(
                "De klacht gaat terug in behandeling, bijvoorbeeld na een rode kaart of "
                "omdat de klager het niet eens is met de afhandeling."
            ),
        )

    def submit(self) -> bool:
        self.workflow.reopen(self.state.complaint_id, reason=self.reason(), version=self.version())
        return True


class ManagerCopyDialog(ActionDialog):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.set_texts(
            self.tr("Afschrift aan de leidinggevende"),
            self.tr("Vastleggen"),
            self.tr(
                "De leidinggevende van de betrokken medewerker krijgt een afschrift van de "
                "klacht bij de start (Awb 9:9), en van de afsluitende brief of e-mail."
            ),
        )
        self.start_radio = QRadioButton(self.tr("bij de start: afschrift van de klacht"))
        self.end_radio = QRadioButton(
            self.tr("bij de afsluiting: afschrift van de afsluitende brief of e-mail")
        )
        group = QButtonGroup(self)
        group.addButton(self.start_radio)
        group.addButton(self.end_radio)
        (
            self.start_radio if self.state.manager_copy_start_on is None else self.end_radio
        ).setChecked(True)
        which = QWidget()
        which_layout = QVBoxLayout(which)
        which_layout.setContentsMargins(0, 0, 0, 0)
        which_layout.addWidget(self.start_radio)
        which_layout.addWidget(self.end_radio)
        self.on_edit = date_edit()
        self.add_row(self.tr("Welk afschrift"), "at_start", which)
        self.add_row(self.tr("Verstuurd op"), "on", self.on_edit)

    def submit(self) -> bool:
        self.workflow.record_manager_copy(
            self.state.complaint_id,
            at_start=self.start_radio.isChecked(),
            on=date_of(self.on_edit),
            version=self.version(),
        )
        return True


class AcknowledgeDialog(ActionDialog):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.set_texts(
            self.tr("Ontvangstbevestiging"),
            self.tr("Vastleggen"),
            self.tr("De schriftelijke bevestiging van ontvangst aan de klager (Awb 9:6)."),
        )
        self.on_edit = date_edit(self.state.acknowledged_on)
        self.add_row(self.tr("Verstuurd op"), "on", self.on_edit)

    def submit(self) -> bool:
        self.workflow.acknowledge(
            self.state.complaint_id, date_of(self.on_edit), version=self.version()
        )
        return True


class CloseDialog(ActionDialog):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        state = self.state
        intro = self.tr(
            "De klacht is afgehandeld. Vergeet daarna niet het formulier 'Ik heb een klacht "
            "behandeld' in te vullen."
        )
        self.set_texts(self.tr("Klacht afsluiten"), self.tr("Afsluiten"), intro)
        self.on_edit = date_edit()
        self.add_row(self.tr("Afgesloten op"), "on", self.on_edit)
        self.reason_edit: QPlainTextEdit | None = None
        if state.manager_copy_end_on is None:
            if state.may_assign:
                self.extra_layout.addWidget(
                    note_label(
                        self.tr(
                            "Het afschrift van de afsluitende brief of e-mail aan de "
                            "leidinggevende is nog niet vastgelegd. Leg het eerst vast, of "
                            "schrijf hier waarom het ontbreekt."
                        )
                    )
                )
                self.reason_edit = text_box(3)
                self.add_row(
                    self.tr("Waarom geen afschrift"), "missing_copy_reason", self.reason_edit
                )
            else:
                self.extra_layout.addWidget(
                    note_label(
                        self.tr(
                            "Het afschrift aan de leidinggevende is nog niet vastgelegd. "
                            "Leg dat eerst vast met 'Afschrift leidinggevende…'."
                        )
                    )
                )

    def submit(self) -> bool:
        reason = self.reason_edit.toPlainText() if self.reason_edit is not None else None
        self.workflow.close(
            self.state.complaint_id,
            missing_copy_reason=reason,
            on=date_of(self.on_edit),
            version=self.version(),
        )
        return True
