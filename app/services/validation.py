"""Checks and normalisation of what people type: text fields, dates, e-mail, phone numbers,
postcodes.

Each ``check_*`` returns the normalised value or raises ``FieldError`` with a Dutch message;
``Checker`` gathers the messages of one form so all are shown at once, beside their fields.

One rule for every text a service stores (``TextField``, ``check_text``), so SQLite and
PostgreSQL accept exactly the same input:

- NUL bytes and the other control characters are refused: PostgreSQL cannot store NUL at
  all, and the rest are invisible, break exports and letters, and are never typed on
  purpose. Line breaks and tabs are allowed in multi-line fields (descriptions, summaries,
  reasons, notes) only; a single-line field (names, addresses, subjects, numbers) refuses
  them. Windows line ends are stored as ``\n``.
- Lone surrogates (half of a UTF-16 pair, e.g. from a damaged paste) are refused: neither
  driver can encode them.
- Every field has a maximum length checked here, not left to the column type (SQLite would
  store a 5,000-character name that PostgreSQL refuses). A ``String(n)`` column's limit is
  read from the model (``column_limit``) so the two can never disagree; ``Text`` columns
  get a limit chosen here (``LONG_TEXT`` and friends).

Search input is different: a search must never fail, so ``search_text`` silently drops
what cannot be stored (a complaint number or name never contains it, so nothing findable
is lost) and cuts the input to ``MAX_SEARCH_LENGTH``.

Dates people enter must be plausible (``check_date``): not before ``EARLIEST_DATE`` (the
register holds nothing older) and not absurdly far ahead (``MAX_YEARS_AHEAD``); a date of
receipt is never in the future.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from app.reports.formats import long_date
from app.services.errors import ValidationError

T = TypeVar("T")

DEFAULT_PHONE_REGION = "NL"
_POSTCODE = re.compile(r"^\s*([1-9][0-9]{3})\s*([A-Za-z]{2})\s*$")

# Service limits for Text columns (the database sets none).
LONG_TEXT = 20_000  # a complaint's description, a letter's findings
NOTE_TEXT = 10_000  # contact notes, the answers of annex 1, a proposal's SMART fields
SHORT_TEXT = 4_000  # remarks, progress notes, a returned card's text
REASON_TEXT = 2_000  # reasons for a status change, a promise, subjects of no response
MAX_SEARCH_LENGTH = 200  # a search is a few words, not a pasted letter

EARLIEST_DATE = date(1990, 1, 1)
MAX_YEARS_AHEAD = 5

# C0 and C1 control characters and DEL. Tab, line feed and carriage return are handled
# apart: allowed (as line breaks) in multi-line fields only.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAK = re.compile("[\t\n\r\u2028\u2029]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_UNSEARCHABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]+")
# An address email-validator accepts unchanged: plain ASCII dot-atoms, a lower-case domain
# of plain labels (no "--", so no punycode) and an alphabetic top-level domain. Checked
# before ``validate_email``, which costs a visible part of importing 100,000 rows; anything
# else goes to it. ``tests/test_validation_email.py`` holds the two to the same answers.
_PLAIN_EMAIL = re.compile(
    r"(?P<local>[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*)"
    r"@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?P<tld>[a-z]{2,63})"
)
# email-validator's special-use domains (RFC 6761 and others), refused for an address.
_SPECIAL_USE_TLDS = frozenset({"arpa", "invalid", "local", "localhost", "onion", "test"})


class FieldError(ValueError):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class TextField:
    """How one text field is checked: its Dutch name (as on the form), its maximum length,
    and whether it may hold line breaks and tabs."""

    label: str
    max_length: int
    multiline: bool = False


def column_limit(attribute: Any) -> int:
    """The ``n`` of a ``String(n)`` model column, e.g. ``column_limit(Complainant.name)``."""
    column = attribute.property.columns[0]
    length = getattr(column.type, "length", None)
    if not isinstance(length, int):
        raise TypeError(f"{attribute} has no length limit; give the service a limit")
    return length


def number_text(value: int) -> str:
    """``20000`` as Dutch people write it: ``20.000``."""
    return f"{value:,}".replace(",", ".")


def dutch_day(day: date) -> str:
    return long_date(day)


def clean_text(value: str | None) -> str | None:
    """Trimmed text, or None when nothing was typed."""
    if value is None:
        return None
    value = value.strip()
    return value or None


def refuse_unstorable(text: str, label: str | None = None, *, multiline: bool = True) -> None:
    """Raise ``FieldError`` when ``text`` holds a character that cannot be stored."""
    field = f"Het veld {label}" if label else "Dit veld"
    if _SURROGATE.search(text):
        raise FieldError(
            f"{field} bevat een teken dat niet kan worden opgeslagen (een ongeldig "
            "Unicode-teken, bijvoorbeeld van een beschadigde kopie). Typ de tekst opnieuw."
        )
    if _CONTROL.search(text):
        raise FieldError(
            f"{field} bevat een teken dat niet kan worden opgeslagen (een stuurteken)."
        )
    if not multiline and _LINE_BREAK.search(text):
        raise FieldError(f"{field} is één regel: haal de regelovergang of tab weg.")


def check_text(value: str | None, field: TextField, required: str | None = None) -> str | None:
    """``value`` trimmed and checked against ``field``; None when empty and not required
    (``required`` is the message when it is)."""
    text = None if value is None else clean_text(value.replace("\r\n", "\n").replace("\r", "\n"))
    if text is None:
        if required is not None:
            raise FieldError(required)
        return None
    refuse_unstorable(text, field.label, multiline=field.multiline)
    if len(text) > field.max_length:
        raise FieldError(
            f"{field.label} mag hoogstens {number_text(field.max_length)} tekens lang zijn "
            f"(nu {number_text(len(text))})."
        )
    return text


def require_text(value: str | None, field: TextField, message: str) -> str:
    """Like ``check_text``, for a field that must be filled in."""
    text = check_text(value, field, message)
    assert text is not None
    return text


def search_text(value: str | None, max_length: int = MAX_SEARCH_LENGTH) -> str:
    """What a person typed in a search box, made safe to look up: characters that can never
    be stored are dropped (they separate words), white space collapsed, the whole cut to
    ``max_length``. Never raises: a search box refuses nothing."""
    if not value:
        return ""
    return " ".join(_UNSEARCHABLE.sub(" ", value[: max_length * 4]).split())[:max_length]


def check_date(
    value: date | None,
    label: str,
    *,
    not_in_future: bool = False,
    today: date | None = None,
) -> date | None:
    """A plausible date: not before ``EARLIEST_DATE``, not more than ``MAX_YEARS_AHEAD``
    years ahead (``not_in_future``: not after ``today``); None passes."""
    if value is None:
        return None
    day = value.date() if isinstance(value, datetime) else value
    today = today or date.today()
    if day < EARLIEST_DATE:
        raise FieldError(f"{label} kan niet vóór {dutch_day(EARLIEST_DATE)} liggen.")
    if not_in_future and day > today:
        raise FieldError(f"{label} kan niet in de toekomst liggen.")
    latest = _years_after(today, MAX_YEARS_AHEAD)
    if day > latest:
        raise FieldError(f"{label} ligt te ver in de toekomst: uiterlijk {dutch_day(latest)}.")
    return value


def check_moment(value: datetime, label: str, *, not_in_future: bool = True) -> datetime:
    """A plausible moment (e.g. of a contact): as ``check_date``, compared in UTC."""
    if value.tzinfo is None:
        raise FieldError(f"{label}: geef een tijdstip met tijdzone.")
    check_date(value.astimezone(UTC).date(), label, today=datetime.now(UTC).date())
    if not_in_future and value > datetime.now(UTC):
        raise FieldError(f"{label} kan niet in de toekomst liggen.")
    return value


def _years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


# ----- the older helpers (a message without the field's name) -----------------------------


def check_required(value: str | None, message: str, max_length: int | None = None) -> str:
    text = clean_text(value)
    if text is None:
        raise FieldError(message)
    refuse_unstorable(text)
    if not max_length:
        return text
    checked = check_length(text, max_length)
    return text if checked is None else checked


def check_length(value: str | None, max_length: int) -> str | None:
    text = clean_text(value)
    if text is not None:
        refuse_unstorable(text)
    if text is not None and len(text) > max_length:
        raise FieldError(
            f"Maximaal {number_text(max_length)} tekens (nu {number_text(len(text))})."
        )
    return text


def check_email(value: str | None, label: str | None = None) -> str | None:
    """A syntactically valid e-mail address (no network look-up), normalised; or None."""
    text = clean_text(value)
    if text is None:
        return None
    refuse_unstorable(text, label, multiline=False)
    plain = _PLAIN_EMAIL.fullmatch(text)
    if (
        plain is not None
        and len(text) <= 254
        and len(plain["local"]) <= 64
        and "--" not in text[plain.end("local") :]
        and plain["tld"] not in _SPECIAL_USE_TLDS
    ):
        return text
    # Imported when first used (here and below): the start of the GUI checks no address.
    from email_validator import EmailNotValidError, validate_email

    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError:
        raise FieldError("Dit is geen geldig e-mailadres. Voorbeeld: naam@voorbeeld.nl") from None
    return result.normalized


def check_phone(
    value: str | None, region: str = DEFAULT_PHONE_REGION, label: str | None = None
) -> str | None:
    """A phone number in E.164 (``+31201234567``); Dutch by default, foreign allowed."""
    text = clean_text(value)
    if text is None:
        return None
    refuse_unstorable(text, label, multiline=False)
    import phonenumbers

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
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    if phonenumbers.region_code_for_number(number) == region:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def check_postcode(value: str | None, label: str | None = None) -> str | None:
    """A Dutch postcode, normalised to ``1234 AB``; or None."""
    text = clean_text(value)
    if text is None:
        return None
    refuse_unstorable(text, label, multiline=False)
    match = _POSTCODE.match(text)
    if match is None:
        raise FieldError("Een postcode bestaat uit vier cijfers en twee letters, zoals 1234 AB.")
    return f"{match.group(1)} {match.group(2).upper()}"


class Checker:
    """Collects field errors of one form and raises them together."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def check(self, field: str, func: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        try:
            return func(*args, **kwargs)
        except FieldError as error:
            self.errors[field] = error.message
            return None

    def text(
        self, field: str, value: str | None, spec: TextField, required: str | None = None
    ) -> str | None:
        """``check_text`` of one field; its message goes beside ``field``."""
        return self.check(field, check_text, value, spec, required)

    def day(self, field: str, value: date | None, label: str, **options: Any) -> date | None:
        """``check_date`` of one field; its message goes beside ``field``."""
        return self.check(field, check_date, value, label, **options)

    def fail(self, field: str, message: str) -> None:
        self.errors.setdefault(field, message)

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


def plausible_date(field: str, value: date | None, label: str, **options: Any) -> date | None:
    """``check_date`` for a service taking one date: ``ValidationError`` beside ``field``."""
    checker = Checker()
    checked = checker.day(field, value, label, **options)
    checker.raise_if_any()
    return checked
