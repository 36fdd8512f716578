"""Organisation-wide settings kept in the database (JSON values with typed defaults)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from app.models import Setting
from app.services.access import harmless, requires
from app.services.base import Service
from app.services.errors import ValidationError
from app.services.permissions import Permission
from app.services.validation import (
    Checker,
    TextField,
    check_email,
    check_phone,
    check_postcode,
)

# Settings are stored as JSON text; these are the limits of what the forms ask.
ORGANISATION_NAME_FIELD = TextField("Naam van de organisatie", 200)
LETTERHEAD_FIELDS = {
    "street": TextField("Adres", 200),
    "city": TextField("Plaats", 100),
    "website": TextField("Website", 200),
}
REPLY_NUMBER = TextField("Antwoordnummer", 20)
REPLY_CITY = TextField("Plaats", 100)
ATTENTION_OF = TextField("T.a.v.", 200)

ORGANISATION_NAME = "organisation.name"
ATTACHMENT_MAX_BYTES = "attachments.max_bytes"
# All attachments of one complaint together: twenty files each under the per-file limit
# would otherwise make one complaint (and every backup) half a gigabyte.
ATTACHMENTS_TOTAL_MAX_BYTES = "attachments.total_max_bytes"
ATTACHMENTS_TOTAL_RANGE_MB = (1, 2000)
# The letterhead of letters and the sender of e-mail drafts.
ORGANISATION_STREET = "organisation.street"  # street and number, or "Postbus 12345"
ORGANISATION_POSTCODE = "organisation.postcode"
ORGANISATION_CITY = "organisation.city"
ORGANISATION_PHONE = "organisation.phone"  # E.164
ORGANISATION_EMAIL = "organisation.email"
ORGANISATION_WEBSITE = "organisation.website"
LETTERS_SENDER_EMAIL = "letters.sender_email"

# Feedback cards (annex 2): the reply address on the card and the feedback mailbox.
CARDS_REPLY_NUMBER = "cards.reply_number"  # Antwoordnummer
CARDS_REPLY_POSTCODE = "cards.reply_postcode"
CARDS_REPLY_CITY = "cards.reply_city"
CARDS_ATTENTION_OF = "cards.attention_of"
CARDS_FEEDBACK_EMAIL = "cards.feedback_email"
CARDS_LAYOUT = "cards.layout"  # a4_2 / a4_4 / a5 / a6

DEFAULTS: dict[str, Any] = {
    CARDS_REPLY_NUMBER: "",
    CARDS_REPLY_POSTCODE: "",
    CARDS_REPLY_CITY: "",
    CARDS_ATTENTION_OF: "de klachtcoördinator",
    CARDS_FEEDBACK_EMAIL: "",
    CARDS_LAYOUT: "a4_4",
    ORGANISATION_NAME: "",
    ATTACHMENT_MAX_BYTES: 25 * 1024 * 1024,
    ATTACHMENTS_TOTAL_MAX_BYTES: 100 * 1024 * 1024,
    ORGANISATION_STREET: "",
    ORGANISATION_POSTCODE: "",
    ORGANISATION_CITY: "",
    ORGANISATION_PHONE: "",
    ORGANISATION_EMAIL: "",
    ORGANISATION_WEBSITE: "",
    LETTERS_SENDER_EMAIL: "",
}


@dataclass(frozen=True)
class Letterhead:
    """The organisation as letters and e-mail drafts show it; empty strings when not set."""

    name: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    phone: str = ""  # E.164
    email: str = ""
    website: str = ""
    sender_email: str = ""  # "From" of e-mail drafts


_LETTERHEAD_KEYS = {
    "name": ORGANISATION_NAME,
    "street": ORGANISATION_STREET,
    "postcode": ORGANISATION_POSTCODE,
    "city": ORGANISATION_CITY,
    "phone": ORGANISATION_PHONE,
    "email": ORGANISATION_EMAIL,
    "website": ORGANISATION_WEBSITE,
    "sender_email": LETTERS_SENDER_EMAIL,
}


def encode_setting(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def read_setting(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    if row is None:
        return DEFAULTS.get(key)
    return json.loads(row.value)


def read_letterhead(session: Session) -> Letterhead:
    return Letterhead(
        **{field: str(read_setting(session, key) or "") for field, key in _LETTERHEAD_KEYS.items()}
    )


def write_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=encode_setting(value)))
    elif json.loads(row.value) != value:
        row.value = encode_setting(value)


class SettingsService(Service):
    @harmless("reference data: the organisation's name, in every window title")
    def organisation_name(self) -> str:
        with self.reading() as session:
            return str(read_setting(session, ORGANISATION_NAME) or "")

    @harmless("reference data: the largest attachment accepted")
    def attachment_max_bytes(self) -> int:
        with self.reading() as session:
            return int(read_setting(session, ATTACHMENT_MAX_BYTES))

    @requires(Permission.MANAGE_SETTINGS)
    def set_attachment_max_bytes(self, max_bytes: int) -> None:
        if max_bytes < 1024 * 1024 or max_bytes > 500 * 1024 * 1024:
            raise ValidationError({"attachment_max_bytes": "Kies een grens tussen 1 en 500 MB."})
        with self.writing(Permission.MANAGE_SETTINGS) as session:
            write_setting(session, ATTACHMENT_MAX_BYTES, max_bytes)

    @harmless("reference data: the most all attachments of one complaint may take")
    def attachments_total_max_bytes(self) -> int:
        with self.reading() as session:
            return int(read_setting(session, ATTACHMENTS_TOTAL_MAX_BYTES))

    @requires(Permission.MANAGE_SETTINGS)
    def set_attachments_total_max_bytes(self, max_bytes: int) -> None:
        low, high = ATTACHMENTS_TOTAL_RANGE_MB
        if max_bytes < low * 1024 * 1024 or max_bytes > high * 1024 * 1024:
            raise ValidationError(
                {"attachments_total_max_bytes": f"Kies een grens tussen {low} en {high} MB."}
            )
        with self.writing(Permission.MANAGE_SETTINGS) as session:
            write_setting(session, ATTACHMENTS_TOTAL_MAX_BYTES, max_bytes)

    @requires(Permission.MANAGE_SETTINGS)
    def set_organisation_name(self, name: str) -> None:
        checker = Checker()
        value = checker.text(
            "organisation_name", name, ORGANISATION_NAME_FIELD, "Vul de naam van de organisatie in."
        )
        checker.raise_if_any()
        with self.writing(Permission.MANAGE_SETTINGS) as session:
            write_setting(session, ORGANISATION_NAME, value)

    @harmless("reference data: the organisation's letterhead")
    def letterhead(self) -> Letterhead:
        with self.reading() as session:
            return read_letterhead(session)

    @requires(Permission.MANAGE_SETTINGS)
    def set_letterhead(self, data: Letterhead) -> Letterhead:
        """Save the organisation's name, address and contact details (all but the name
        optional); returns them as stored (normalised)."""
        checker = Checker()
        values = {
            "name": checker.text(
                "name", data.name, ORGANISATION_NAME_FIELD, "Vul de naam van de organisatie in."
            ),
            "street": checker.text("street", data.street, LETTERHEAD_FIELDS["street"]),
            "postcode": checker.check("postcode", check_postcode, data.postcode, "Postcode"),
            "city": checker.text("city", data.city, LETTERHEAD_FIELDS["city"]),
            "phone": checker.check("phone", check_phone, data.phone, label="Telefoon"),
            "email": checker.check("email", check_email, data.email, "E-mail"),
            "website": checker.text("website", data.website, LETTERHEAD_FIELDS["website"]),
            "sender_email": checker.check(
                "sender_email", check_email, data.sender_email, "Afzender van e-mails"
            ),
        }
        checker.raise_if_any()
        stored = Letterhead(**{field: value or "" for field, value in values.items()})
        with self.writing(Permission.MANAGE_SETTINGS) as session:
            for field, key in _LETTERHEAD_KEYS.items():
                write_setting(session, key, getattr(stored, field))
        return stored


@dataclass(frozen=True)
class CardSettings:
    """What the feedback cards need: the organisation, the reply address, the mailbox."""

    organisation: str = ""
    reply_number: str = ""
    reply_postcode: str = ""
    reply_city: str = ""
    attention_of: str = "de klachtcoördinator"
    feedback_email: str = ""
    layout: str = "a4_4"

    @property
    def complete(self) -> bool:
        return all((self.organisation, self.reply_number, self.reply_postcode, self.reply_city))


CARD_LAYOUTS = ("a4_2", "a4_4", "a5", "a6")
_CARD_KEYS = {
    "reply_number": CARDS_REPLY_NUMBER,
    "reply_postcode": CARDS_REPLY_POSTCODE,
    "reply_city": CARDS_REPLY_CITY,
    "attention_of": CARDS_ATTENTION_OF,
    "feedback_email": CARDS_FEEDBACK_EMAIL,
    "layout": CARDS_LAYOUT,
}


def read_card_settings(session: Session) -> CardSettings:
    values = {field: str(read_setting(session, key) or "") for field, key in _CARD_KEYS.items()}
    return CardSettings(organisation=str(read_setting(session, ORGANISATION_NAME) or ""), **values)


class CardSettingsService(Service):
    @harmless("reference data: the layout of the feedback cards")
    def get(self) -> CardSettings:
        with self.reading() as session:
            return read_card_settings(session)

    @requires(Permission.MANAGE_SETTINGS)
    def save(self, data: CardSettings) -> CardSettings:
        """Store the reply address, mailbox and layout (the organisation name is part of
        the letterhead settings)."""
        checker = Checker()
        number = checker.text("reply_number", data.reply_number, REPLY_NUMBER)
        if number and not number.isdigit():
            checker.fail("reply_number", "Een antwoordnummer bestaat uit cijfers.")
        values = {
            "reply_number": number,
            "reply_postcode": checker.check(
                "reply_postcode", check_postcode, data.reply_postcode, "Postcode"
            ),
            "reply_city": checker.text("reply_city", data.reply_city, REPLY_CITY),
            "attention_of": checker.text("attention_of", data.attention_of, ATTENTION_OF),
            "feedback_email": checker.check(
                "feedback_email", check_email, data.feedback_email, "E-mailadres"
            ),
            "layout": data.layout,
        }
        if data.layout not in CARD_LAYOUTS:
            checker.fail("layout", "Kies een van de kaartformaten.")
        checker.raise_if_any()
        with self.writing(Permission.MANAGE_SETTINGS) as session:
            for field, key in _CARD_KEYS.items():
                write_setting(session, key, values[field] or "")
            return read_card_settings(session)
