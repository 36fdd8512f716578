"""Checks and normalisation of what people type: e-mail, phone numbers, postcodes.

Each ``check_*`` returns the normalised value or raises ``FieldError`` with a Dutch message;
``Checker`` gathers the messages of one form so all are shown at once, beside their fields.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from app.services.errors import ValidationError

T = TypeVar("T")

DEFAULT_PHONE_REGION = "NL"
_POSTCODE = re.compile(r"^\s*([1-9][0-9]{3})\s*([A-Za-z]{2})\s*$")


class FieldError(ValueError):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def clean_text(value: str | None) -> str | None:
    """Trimmed text, or None when nothing was typed."""
    if value is None:
        return None
    value = value.strip()
    return value or None


def check_required(value: str | None, message: str, max_length: int | None = None) -> str:
    text = clean_text(value)
    if text is None:
        raise FieldError(message)
    return check_length(text, max_length) if max_length else text


def check_length(value: str | None, max_length: int) -> str | None:
    text = clean_text(value)
    if text is not None and len(text) > max_length:
        raise FieldError(f"Maximaal {max_length} tekens (nu {len(text)}).")
    return text


def check_email(value: str | None) -> str | None:
    """A syntactically valid e-mail address (no network look-up), normalised; or None."""
    text = clean_text(value)
    if text is None:
        return None
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError:
        raise FieldError("Dit is geen geldig e-mailadres. Voorbeeld: naam@voorbeeld.nl") from None
    return result.normalized


def check_phone(value: str | None, region: str = DEFAULT_PHONE_REGION) -> str | None:
    """A phone number in E.164 (``+31201234567``); Dutch by default, foreign allowed."""
    text = clean_text(value)
    if text is None:
        return None
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise FieldError(
            "Dit is geen geldig telefoonnummer. Voorbeeld: 020 123 4567 of +32 2 550 12 11"
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display_phone(e164: str | None, region: str = DEFAULT_PHONE_REGION) -> str:
    """How a stored number is shown: national format at home, international abroad."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    if phonenumbers.region_code_for_number(number) == region:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def check_postcode(value: str | None) -> str | None:
    """A Dutch postcode, normalised to ``1234 AB``; or None."""
    text = clean_text(value)
    if text is None:
        return None
    match = _POSTCODE.match(text)
    if match is None:
        raise FieldError("Een postcode bestaat uit vier cijfers en twee letters, zoals 1234 AB.")
    return f"{match.group(1)} {match.group(2).upper()}"


class Checker:
    """Collects field errors of one form and raises them together."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def check(self, field: str, func: Callable[..., T], *args: object) -> T | None:
        try:
            return func(*args)
        except FieldError as error:
            self.errors[field] = error.message
            return None

    def fail(self, field: str, message: str) -> None:
        self.errors.setdefault(field, message)

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)
