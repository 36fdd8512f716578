"""Beheer → Klachtregeling: the terms of the regulation profile, and the closing days.

A saved profile is stored as a new version that applies to complaints registered from then
on; complaints already running keep their terms.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from app.services.regulation import ProfileData, RegulationService
from app.ui import messages
from app.ui.admin.closing_days import ClosingDaysPanel
from app.ui.admin.settings_form import ScrollSafeSpinBox, SettingsForm, scrolled
from app.ui.widgets import set_tab_order


class TermSpinBox(ScrollSafeSpinBox):
    """A whole number with its unit, singular or plural ("1 week", "6 weken")."""

    def __init__(
        self, low: int, high: int, singular: str, plural: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._singular = singular
        self._plural = plural
        self.setRange(low, high)
        self.setMinimumWidth(150)
        self.setMaximumWidth(190)
        self.valueChanged.connect(self._update_suffix)
        self._update_suffix(self.value())

    def _update_suffix(self, value: int) -> None:
        self.setSuffix(" " + (self._singular if value == 1 else self._plural))


class ProfileForm(SettingsForm):
    def __init__(self, service: RegulationService, parent: QWidget | None = None) -> None:
        super().__init__(parent, scroll=False)
        self.service = service
        weeks = (self.tr("week"), self.tr("weken"))

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("bijvoorbeeld: Klachtregeling 2026"))
        # Ranges as the service checks them (RegulationService.change_profile).
        self.contact_spin = TermSpinBox(1, 30, self.tr("werkdag"), self.tr("werkdagen"))
        self.decision_spin = TermSpinBox(1, 26, *weeks)
        self.extension_spin = TermSpinBox(0, 26, *weeks)
        self.decline_spin = TermSpinBox(1, 26, *weeks)
        self.delay_spin = ScrollSafeSpinBox()
        self.delay_spin.setRange(1, 26)
        self.delay_spin.setPrefix(self.tr("week "))
        self.delay_spin.setMinimumWidth(150)
        self.delay_spin.setMaximumWidth(190)
        self.ombudsman_edit = QLineEdit()
        self.ombudsman_term_spin = TermSpinBox(1, 104, *weeks)
        self.signer_name_edit = QLineEdit()
        self.signer_name_edit.setPlaceholderText(self.tr("bijvoorbeeld: J. de Vries"))
        self.signer_function_edit = QLineEdit()
        self.signer_function_edit.setPlaceholderText(self.tr("bijvoorbeeld: directeur"))

        form = self.add_section(
            self.tr("Klachtregeling"),
            self.tr(
                "De termijnen van de klachtregeling. Standaard zijn dat die van de Algemene "
                "wet bestuursrecht (Awb), hoofdstuk 9, en de beloften van de organisatie."
            ),
        )
        self.add_field(
            form,
            self.tr("Naam van de regeling *"),
            "name",
            self.name_edit,
            self.tr("Elke wijziging wordt bewaard als nieuwe versie van de regeling."),
        )
        self.add_field(
            form,
            self.tr("Persoonlijk contact binnen"),
            "contact_working_days",
            self.contact_spin,
            self.tr(
                "Belofte van de organisatie (standaard 5 werkdagen na ontvangst). Weekenden, "
                "feestdagen en sluitingsdagen tellen niet mee."
            ),
        )
        self.add_field(
            form,
            self.tr("Beslissing binnen"),
            "decision_weeks",
            self.decision_spin,
            self.tr(
                "Awb 9:11: binnen zes weken na ontvangst van de klacht. Eindigt een wettelijke "
                "termijn op een weekend- of feestdag, dan loopt hij door tot de eerstvolgende "
                "andere dag (Algemene termijnenwet)."
            ),
        )
        self.add_field(
            form,
            self.tr("Verdaging ten hoogste"),
            "extension_max_weeks",
            self.extension_spin,
            self.tr(
                "Awb 9:11: eenmaal, ten hoogste vier weken, met schriftelijke mededeling. "
                "Langer alleen met schriftelijke instemming van de klager."
            ),
        )
        self.add_field(
            form,
            self.tr("Bericht van niet-behandelen binnen"),
            "decline_notice_weeks",
            self.decline_spin,
            self.tr(
                "Awb 9:8: de klager hoort binnen vier weken na ontvangst dat de klacht niet "
                "in behandeling wordt genomen."
            ),
        )
        self.add_field(
            form,
            self.tr("Uitstelbericht in"),
            "delay_notice_week",
            self.delay_spin,
            self.tr(
                "Praktijk: de klager krijgt in de tweede week bericht als de verwachte datum "
                "niet wordt gehaald."
            ),
        )
        form = self.add_section(self.tr("Ombudsman"))
        self.add_field(
            form,
            self.tr("Ombudsman *"),
            "ombudsman_name",
            self.ombudsman_edit,
            self.tr("Awb 9:12: de beslissing noemt tot welke ombudsman de klager kan gaan."),
        )
        self.add_field(
            form,
            self.tr("Termijn voor de ombudsman"),
            "ombudsman_term_weeks",
            self.ombudsman_term_spin,
            self.tr("Bij de Nationale ombudsman: binnen een jaar (52 weken) na de beslissing."),
        )
        form = self.add_section(
            self.tr("Ondertekening van de beslissing"),
            self.tr(
                "De beslissing op een formele klacht wordt ondertekend door het hoofd van de "
                "eenheid of de directeur, niet door de behandelaar. Leeg: de behandelaar "
                "ondertekent. Per klacht is een andere ondertekenaar in te stellen."
            ),
        )
        self.add_field(form, self.tr("Ondertekenaar"), "signer_name", self.signer_name_edit)
        self.add_field(form, self.tr("Functie"), "signer_function", self.signer_function_edit)
        self.finish_content()
        self.set_save_note(
            self.tr(
                "Geldt voor klachten die vanaf nu binnenkomen; lopende klachten houden hun "
                "termijnen."
            )
        )
        self.save_button.setToolTip(
            self.tr("De regeling opslaan als nieuwe versie voor nieuwe klachten (Ctrl+S)")
        )
        set_tab_order(
            [
                self.name_edit,
                self.contact_spin,
                self.decision_spin,
                self.extension_spin,
                self.decline_spin,
                self.delay_spin,
                self.ombudsman_edit,
                self.ombudsman_term_spin,
                self.signer_name_edit,
                self.signer_function_edit,
                self.revert_button,
                self.save_button,
            ]
        )
        self.reload()

    def reload(self) -> None:
        profile = messages.attempt(self, self.service.profile)
        if profile is messages.REFUSED:
            return
        self.load(profile)

    def values(self) -> ProfileData:
        return ProfileData(
            name=self.name_edit.text(),
            contact_working_days=self.contact_spin.value(),
            decision_weeks=self.decision_spin.value(),
            extension_max_weeks=self.extension_spin.value(),
            decline_notice_weeks=self.decline_spin.value(),
            delay_notice_week=self.delay_spin.value(),
            ombudsman_name=self.ombudsman_edit.text(),
            ombudsman_term_weeks=self.ombudsman_term_spin.value(),
            signer_name=self.signer_name_edit.text().strip() or None,
            signer_function=self.signer_function_edit.text().strip() or None,
        )

    def show_values(self, values: ProfileData) -> None:
        self.name_edit.setText(values.name)
        self.contact_spin.setValue(values.contact_working_days)
        self.decision_spin.setValue(values.decision_weeks)
        self.extension_spin.setValue(values.extension_max_weeks)
        self.decline_spin.setValue(values.decline_notice_weeks)
        self.delay_spin.setValue(values.delay_notice_week)
        self.ombudsman_edit.setText(values.ombudsman_name)
        self.ombudsman_term_spin.setValue(values.ombudsman_term_weeks)
        self.signer_name_edit.setText(values.signer_name or "")
        self.signer_function_edit.setText(values.signer_function or "")

    def submit(self) -> ProfileData:
        self.service.change_profile(self.values())
        return self.service.profile()

    def saved_message(self) -> str:
        return self.tr(
            "Opgeslagen om %1. De nieuwe termijnen gelden voor klachten die vanaf nu binnenkomen."
        )


class RegulationTab(QWidget):
    def __init__(
        self,
        service: RegulationService,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.profile = ProfileForm(service)
        self.closing_days = ClosingDaysPanel(service, today)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 8, 12, 8)
        column.setSpacing(24)
        column.addWidget(self.profile)
        column.addWidget(self.closing_days)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolled(content))
        set_tab_order([self.profile.save_button, self.closing_days.table])
