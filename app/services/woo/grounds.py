"""The grounds of the Woo (Wet open overheid) a passage may be withheld on, and the
assessments the national publication platform's production report uses."""

from __future__ import annotations

from enum import StrEnum

PERSONAL_DATA = "5.1.2e"
OUT_OF_SCOPE = "buiten reikwijdte"

# Code and a short Dutch description, in the law's order.
GROUNDS: dict[str, str] = {
    "5.1.1a": "eenheid van de Kroon",
    "5.1.1b": "veiligheid van de Staat",
    "5.1.1c": "vertrouwelijk verstrekte bedrijfs- en fabricagegegevens",
    "5.1.1d": "bijzondere persoonsgegevens",
    "5.1.1e": "nationale identificatienummers",
    "5.1.2a": "internationale betrekkingen",
    "5.1.2b": "economische of financiële belangen van de Staat",
    "5.1.2c": "opsporing en vervolging van strafbare feiten",
    "5.1.2d": "inspectie, controle en toezicht",
    "5.1.2e": "eerbiediging van de persoonlijke levenssfeer",
    "5.1.2f": "concurrentiegevoelige bedrijfs- en fabricagegegevens",
    "5.1.2g": "bescherming van het milieu",
    "5.1.2h": "beveiliging van personen of bedrijven",
    "5.1.2i": "goed functioneren van de Staat of andere publiekrechtelijke lichamen",
    "5.1.5": "onevenredige benadeling",
    "5.2": "persoonlijke beleidsopvattingen in intern beraad",
    "5.4": "geheimhoudingsplicht",
    OUT_OF_SCOPE: "valt buiten de reikwijdte van het verzoek",
}


class Assessment(StrEnum):
    """The column "Beoordeling" of the inventory."""

    PUBLIC = "Openbaar"
    PARTLY_PUBLIC = "Deels openbaar"
    NOT_PUBLIC = "Niet openbaar"
    ALREADY_PUBLIC = "Reeds openbaar"


def ground_label(code: str) -> str:
    """The text in a redaction box: the code itself (the inventory explains it)."""
    return code


def grounds_text(codes: set[str] | list[str]) -> str:
    """ "5.1.2e; 5.2" in the law's order."""
    order = list(GROUNDS)
    return "; ".join(sorted(set(codes), key=lambda c: order.index(c) if c in order else 99))
