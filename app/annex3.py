"""The field list of annex 3, the complaint intake form, shared by the intake dialog and the
blank printable form (app/reports/annex3_blank.py), so the two always ask the same thing.

Labels carry the dialog's keyboard accelerator ("&"); ``plain()`` gives the printed text.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FormField:
    key: str  # the intake service's field name
    label: str  # with the dialog's "&" accelerator
    lines: int = 1  # writing lines on the paper form


COMPLAINANT_GROUP = "Klager"
FORM_GROUP = "Klachtformulier"
COMPLAINANT_FIELDS = (
    FormField("salutation", "&Aanhef"),
    FormField("initials", "&Voorletters"),
    FormField("infix", "&Tussenvoegsel"),
    FormField("surname", "Achter&naam"),
    FormField("first_name", "&Roepnaam (als bekend)"),
)
# %1: the organisation's name.
COMPLAINT_CHOICE = "Ik heb een &klacht over (een medewerker van) %1"
SIGNAL_CHOICE = "Ik heb geen klacht, maar wil wel graag het volgende &signaal afgeven"
SIGNAL_NOTE = (
    "Uw signaal wordt gebruikt bij de verbetering van de dienstverlening. U ontvangt geen reactie."
)
SIGNAL_DESCRIPTION = "&1. Het signaal:"
QUESTIONS = (
    FormField("description", "&1. Ik klaag erover dat:", lines=7),
    FormField("employees", "&2. Naam van de betrokken medewerker*:"),
    FormField("related_dossiers", "&3. Dossiernummer waarop de klacht betrekking heeft*:"),
    FormField("phone_day", "&4. Telefoonnummer waarop u overdag te bereiken bent:"),
    FormField("phone_evening", "&5. Telefoonnummer waarop u 's avonds te bereiken bent:"),
    FormField("email", "&6. Uw e-mailadres:"),
    FormField("address", "&7. Uw adres (straatnaam, huisnummer, postcode en woonplaats):", lines=2),
    FormField("received_on", "&8. Datum:"),
)
FOOTNOTE = "* Indien van toepassing"
ATTACHMENTS_NOTE = "Als u bijlagen heeft, wilt u die dan bijvoegen?"


def question(key: str) -> str:
    return next(field.label for field in QUESTIONS if field.key == key)


def complainant_label(key: str) -> str:
    return next(field.label for field in COMPLAINANT_FIELDS if field.key == key)


def plain(label: str) -> str:
    """The label without its accelerator ("&&" is a literal ampersand)."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")
