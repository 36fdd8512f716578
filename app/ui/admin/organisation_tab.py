"""Beheer → Organisatie: the letterhead of letters and e-mails, and the attachment limits."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtWidgets import QLineEdit, QWidget

from app.services.errors import ServiceError
from app.services.settings import ATTACHMENTS_TOTAL_RANGE_MB, Letterhead, SettingsService
from app.services.validation import display_phone
from app.ui import messages
from app.ui.admin.settings_form import ScrollSafeSpinBox, SettingsForm
from app.ui.widgets import set_tab_order

MB = 1024 * 1024


def megabytes(max_bytes: int, highest: int = 500) -> int:
    """The limit as the spin box shows it: whole MB from 1 to ``highest``."""
    return max(1, min(highest, round(max_bytes / MB)))


def total_megabytes(max_bytes: int) -> int:
    return megabytes(max_bytes, ATTACHMENTS_TOTAL_RANGE_MB[1])


@dataclass(frozen=True)
class OrganisationValues:
    letterhead: Letterhead  # the phone number as shown (national format)
    attachment_max_mb: int
    attachments_total_max_mb: int


class OrganisationTab(SettingsForm):
    def __init__(self, service: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._stored_bytes = 0
        self._stored_total_bytes = 0

        self.name_edit = QLineEdit()
        self.street_edit = QLineEdit()
        self.street_edit.setPlaceholderText(self.tr("Straat en huisnummer, of Postbus 12345"))
        self.postcode_edit = QLineEdit()
        self.postcode_edit.setPlaceholderText(self.tr("1234 AB"))
        self.postcode_edit.setMaximumWidth(140)
        self.postcode_edit.setMinimumWidth(110)
        self.city_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText(self.tr("020 123 4567"))
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText(self.tr("info@voorbeeld.nl"))
        self.website_edit = QLineEdit()
        self.website_edit.setPlaceholderText(self.tr("www.voorbeeld.nl"))
        self.sender_edit = QLineEdit()
        self.sender_edit.setPlaceholderText(self.tr("klachten@voorbeeld.nl"))
        self.attachment_spin = ScrollSafeSpinBox()
        self.attachment_spin.setRange(1, 500)
        self.attachment_spin.setSuffix(self.tr(" MB"))
        self.attachment_spin.setMinimumWidth(110)
        self.attachment_spin.setMaximumWidth(140)
        self.attachment_spin.setAccessibleName(self.tr("Grootste bijlage in MB"))
        self.total_spin = ScrollSafeSpinBox()
        self.total_spin.setRange(*ATTACHMENTS_TOTAL_RANGE_MB)
        self.total_spin.setSuffix(self.tr(" MB"))
        self.total_spin.setMinimumWidth(110)
        self.total_spin.setMaximumWidth(140)
        self.total_spin.setAccessibleName(self.tr("Alle bijlagen van één klacht samen in MB"))

        form = self.add_section(
            self.tr("Organisatie"),
            self.tr("Deze gegevens staan in het briefhoofd en onder de e-mails."),
        )
        self.add_field(form, self.tr("Naam *"), "name", self.name_edit)
        self.add_field(form, self.tr("Adres"), "street", self.street_edit)
        self.add_field(form, self.tr("Postcode"), "postcode", self.postcode_edit)
        self.add_field(form, self.tr("Plaats"), "city", self.city_edit)
        self.add_field(form, self.tr("Telefoon"), "phone", self.phone_edit)
        self.add_field(form, self.tr("E-mail"), "email", self.email_edit)
        self.add_field(form, self.tr("Website"), "website", self.website_edit)
        form = self.add_section(self.tr("Brieven en e-mail"))
        self.add_field(
            form,
            self.tr("Afzender van e-mails"),
            "sender_email",
            self.sender_edit,
            self.tr("Het adres waarvandaan brieven per e-mail worden verstuurd."),
        )
        form = self.add_section(self.tr("Bijlagen"))
        self.add_field(
            form,
            self.tr("Grootste bijlage"),
            "attachment_max_bytes",
            self.attachment_spin,
            self.tr("Bestanden die groter zijn, worden niet bij een klacht opgeslagen."),
        )
        self.add_field(
            form,
            self.tr("Alle bijlagen van één klacht samen"),
            "attachments_total_max_bytes",
            self.total_spin,
            self.tr(
                "Meer wordt niet bij één klacht opgeslagen, ook niet als volgstuk; zo blijven "
                "de database en de reservekopieën hanteerbaar."
            ),
        )
        self.finish_content()
        set_tab_order(
            [
                self.name_edit,
                self.street_edit,
                self.postcode_edit,
                self.city_edit,
                self.phone_edit,
                self.email_edit,
                self.website_edit,
                self.sender_edit,
                self.attachment_spin,
                self.total_spin,
                self.revert_button,
                self.save_button,
            ]
        )
        self.reload()

    def reload(self) -> None:
        try:
            letterhead = self.service.letterhead()
            self._stored_bytes = self.service.attachment_max_bytes()
            self._stored_total_bytes = self.service.attachments_total_max_bytes()
        except ServiceError as error:
            messages.show_service_error(self, error)
            return
        self.load(self._shown(letterhead, self._stored_bytes, self._stored_total_bytes))

    @staticmethod
    def _shown(letterhead: Letterhead, max_bytes: int, total_bytes: int) -> OrganisationValues:
        return OrganisationValues(
            replace(letterhead, phone=display_phone(letterhead.phone)),
            megabytes(max_bytes),
            total_megabytes(total_bytes),
        )

    def values(self) -> OrganisationValues:
        return OrganisationValues(
            Letterhead(
                name=self.name_edit.text(),
                street=self.street_edit.text(),
                postcode=self.postcode_edit.text(),
                city=self.city_edit.text(),
                phone=self.phone_edit.text(),
                email=self.email_edit.text(),
                website=self.website_edit.text(),
                sender_email=self.sender_edit.text(),
            ),
            self.attachment_spin.value(),
            self.total_spin.value(),
        )

    def show_values(self, values: OrganisationValues) -> None:
        head = values.letterhead
        for edit, text in (
            (self.name_edit, head.name),
            (self.street_edit, head.street),
            (self.postcode_edit, head.postcode),
            (self.city_edit, head.city),
            (self.phone_edit, head.phone),
            (self.email_edit, head.email),
            (self.website_edit, head.website),
            (self.sender_edit, head.sender_email),
        ):
            edit.setText(text)
        self.attachment_spin.setValue(values.attachment_max_mb)
        self.total_spin.setValue(values.attachments_total_max_mb)

    def submit(self) -> OrganisationValues:
        values = self.values()
        stored = self.service.set_letterhead(values.letterhead)
        # An unchanged limit stays as stored (it need not be a whole number of MB).
        if values.attachment_max_mb != megabytes(self._stored_bytes):
            self.service.set_attachment_max_bytes(values.attachment_max_mb * MB)
            self._stored_bytes = values.attachment_max_mb * MB
        if values.attachments_total_max_mb != total_megabytes(self._stored_total_bytes):
            self.service.set_attachments_total_max_bytes(values.attachments_total_max_mb * MB)
            self._stored_total_bytes = values.attachments_total_max_mb * MB
        return self._shown(stored, self._stored_bytes, self._stored_total_bytes)
