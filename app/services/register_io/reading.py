"""Reading a sheet's rows: the columns, their other names, and how each cell is read."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import Any

from app.models import (
    Complainant,
    Complaint,
    Employee,
    OrgUnit,
    RelatedDossier,
    SubjectCategory,
)
from app.models.enums import (
    CauseKind,
    Channel,
    ComplaintKind,
    Judgment,
    Route,
    label,
)
from app.services.names import NameParts, split_name, stored_parts
from app.services.validation import (
    FieldError,
    check_email,
    check_phone,
    check_postcode,
)

COLUMNS = (
    "Nummer",
    "Soort",
    "Datum ontvangst",
    "Kanaal",
    "Klager",
    "Adres",
    "Postcode",
    "Woonplaats",
    "Telefoon",
    "E-mail",
    "Medewerker",
    "Afdeling",
    "Dossiernummer",
    "Omschrijving",
    "Onderwerp",
    "Behandelaar",
    "Afhandeling",
    "Oordeel",
    "Datum eerste contact",
    "Datum afgehandeld",
    "Oorzaak",
    "Herstelactie",
    "Verbeterpunten",
)
# The export adds what the register shows but an import does not read back: the status and
# the next legal deadline follow from the handling, so a sheet cannot set them.
EXPORT_ONLY_COLUMNS = ("Status", "Volgende termijn")
EXPORT_COLUMNS = (*COLUMNS[:3], *EXPORT_ONLY_COLUMNS, *COLUMNS[3:])
DATE_COLUMNS = ("Datum ontvangst", "Volgende termijn", "Datum eerste contact", "Datum afgehandeld")
COLUMN_WIDTHS = {
    "Nummer": 14,
    "Soort": 9,
    "Datum ontvangst": 13,
    "Status": 18,
    "Volgende termijn": 13,
    "Kanaal": 15,
    "Klager": 26,
    "Adres": 28,
    "Postcode": 10,
    "Woonplaats": 18,
    "Telefoon": 16,
    "E-mail": 28,
    "Medewerker": 28,
    "Afdeling": 24,
    "Dossiernummer": 16,
    "Omschrijving": 60,
    "Onderwerp": 28,
    "Behandelaar": 22,
    "Afhandeling": 18,
    "Oordeel": 15,
    "Datum eerste contact": 13,
    "Datum afgehandeld": 13,
    "Oorzaak": 40,
    "Herstelactie": 40,
    "Verbeterpunten": 40,
}
# Other names people give these columns (compared without case, spaces and punctuation).
SYNONYMS = {
    "klachtnummer": "Nummer",
    "nr": "Nummer",
    "dossier intern": "Nummer",
    "type": "Soort",
    "datum": "Datum ontvangst",
    "ontvangen": "Datum ontvangst",
    "ontvangstdatum": "Datum ontvangst",
    "datum binnenkomst": "Datum ontvangst",
    "naam klager": "Klager",
    "naam": "Klager",
    "klager naam": "Klager",
    "straat": "Adres",
    "plaats": "Woonplaats",
    "telefoonnummer": "Telefoon",
    "tel": "Telefoon",
    "email": "E-mail",
    "e mail": "E-mail",
    "e-mailadres": "E-mail",
    "emailadres": "E-mail",
    "betrokken medewerker": "Medewerker",
    "medewerkers": "Medewerker",
    "team": "Afdeling",
    "dossier": "Dossiernummer",
    "dossiernr": "Dossiernummer",
    "klacht": "Omschrijving",
    "onderwerpen": "Onderwerp",
    "categorie": "Onderwerp",
    "route": "Afhandeling",
    "afdoening": "Afhandeling",
    "eerste contact": "Datum eerste contact",
    "afgehandeld": "Datum afgehandeld",
    "datum afhandeling": "Datum afgehandeld",
    "afgesloten": "Datum afgehandeld",
    "verbeterpunt": "Verbeterpunten",
}

_KIND_WORDS = {"klacht": ComplaintKind.COMPLAINT, "signaal": ComplaintKind.SIGNAL}
_CHANNEL_WORDS = {
    "e mail": Channel.EMAIL,
    "email": Channel.EMAIL,
    "mail": Channel.EMAIL,
    "post": Channel.POST,
    "brief": Channel.POST,
    "telefoon": Channel.PHONE,
    "telefonisch": Channel.PHONE,
    "contactformulier": Channel.CONTACT_FORM,
    "webformulier": Channel.CONTACT_FORM,
    "website": Channel.CONTACT_FORM,
    "persoonlijk": Channel.IN_PERSON,
    "balie": Channel.IN_PERSON,
}
_ROUTE_WORDS = {
    "informeel": Route.INFORMAL,
    "formeel": Route.FORMAL,
    "herziening": Route.REVIEW,
    "herzieningsverzoek": Route.REVIEW,
    "niet in behandeling": Route.DECLINED,
    "niet in behandeling genomen": Route.DECLINED,
    "ingetrokken": Route.WITHDRAWN,
}
_JUDGMENT_WORDS = {
    "gegrond": Judgment.UPHELD,
    "deels gegrond": Judgment.PARTLY_UPHELD,
    "gedeeltelijk gegrond": Judgment.PARTLY_UPHELD,
    "ongegrond": Judgment.NOT_UPHELD,
    "geen oordeel": Judgment.NONE,
    "geen": Judgment.NONE,
    "n v t": Judgment.NONE,
    "nvt": Judgment.NONE,
}
_NUMBER = re.compile(r"^(IK|SG)-(\d{4})-(\d{4,})$")
_DATE_TEXT = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T].*)?$")


def _key(text: str) -> str:
    return re.sub(r"[\s_\-.:]+", " ", str(text).strip().lower()).strip()


def _word(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", str(text).lower()).strip()


def _people_key(name: str) -> str:
    return " ".join(str(name).lower().split())


class Action(StrEnum):
    NEW = "nieuw"
    UPDATE = "bijwerken"
    SKIP = "overslaan"


@dataclass(frozen=True)
class Problem:
    row: int  # as the spreadsheet numbers it (header = 1)
    column: str
    message: str  # Dutch


# A register names the same people many times; their names are split once (the result is
# immutable). Bounded, so a 100,000-row sheet of distinct names cannot grow it without end.
_split_name = lru_cache(maxsize=20_000)(split_name)
_stored_parts = lru_cache(maxsize=20_000)(stored_parts)
# Likewise a person's phone number and e-mail address: parsing one costs a third of a
# millisecond. Only valid values are kept (an exception is not cached), so every invalid
# cell still gets its message.
_check_phone = lru_cache(maxsize=20_000)(check_phone)
_check_email = lru_cache(maxsize=20_000)(check_email)

_PERSON_COLUMNS = frozenset({"Klager", "Adres", "Postcode", "Woonplaats", "Telefoon", "E-mail"})
_POSITION = {column: position for position, column in enumerate(COLUMNS)}
# Rows are looked up and written in batches of this size: one query per batch, not per row.
_BATCH = 500


def _cells_of(values: dict[str, Any]) -> tuple[Any, ...]:
    cells = [values.get(column) for column in COLUMNS]
    while cells and cells[-1] is None:
        cells.pop()
    return tuple(cells)


@dataclass(slots=True)
class RowPlan:
    """What the import does with one row. Kept for every row of a sheet (up to 100,000), so
    compact: the parsed values as one tuple in ``COLUMNS`` order (None = empty)."""

    row: int
    action: Action
    number: str | None
    cells: tuple[Any, ...] = ()
    problems: tuple[Problem, ...] = ()
    changes: tuple[str, ...] = ()  # columns an update would change

    @property
    def valid(self) -> bool:
        return not self.problems

    @property
    def values(self) -> dict[str, Any]:
        """The row's non-empty values by column."""
        return {c: v for c, v in zip(COLUMNS, self.cells, strict=False) if v is not None}

    def value(self, column: str) -> Any:
        position = _POSITION[column]
        return self.cells[position] if position < len(self.cells) else None


@dataclass
class ImportPreview:
    mapping: dict[str, str]  # sheet header -> our column
    unknown_columns: list[str]
    missing_columns: list[str]
    plans: list[RowPlan]
    new_employees: list[str]
    new_units: list[str]
    new_subjects: list[str]
    # Rows whose "Klager" the name split is unsure of: the proposal, shown as "onzeker".
    # Unless the user accepts a proposal (or edits it) in ``name_choices``, such a name is
    # kept whole as the surname; nothing is split silently.
    uncertain_names: dict[int, NameParts] = field(default_factory=dict)
    name_choices: dict[int, NameParts] = field(default_factory=dict)

    @property
    def problems(self) -> list[Problem]:
        return [p for plan in self.plans for p in plan.problems]

    @property
    def valid_rows(self) -> list[RowPlan]:
        return [p for p in self.plans if p.valid and p.action != Action.SKIP]

    def count(self, action: Action) -> int:
        return sum(1 for p in self.plans if p.valid and p.action == action)


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    skipped: int
    refused: int


# ----- mapping columns -----------------------------------------------------------------------


def suggest_mapping(
    headers: Iterable[str], remembered: dict[str, str] | None = None
) -> dict[str, str]:
    """Our column for each sheet header that we recognise."""
    ours = {_key(c): c for c in COLUMNS}
    synonyms = {_key(k): v for k, v in SYNONYMS.items()}
    mapping: dict[str, str] = {}
    for header in headers:
        if not header:
            continue
        if remembered and header in remembered:
            if remembered[header] in COLUMNS:
                mapping[header] = remembered[header]
            continue
        column = ours.get(_key(header)) or synonyms.get(_key(header))
        if column and column not in mapping.values():
            mapping[header] = column
    return mapping


def layout_key(headers: Iterable[str]) -> str:
    """Identifies a file layout, to remember the mapping the user chose for it."""
    return "|".join(_key(h) for h in headers if h)


# ----- parsing cells -------------------------------------------------------------------------


EARLIEST_DATE = date(1990, 1, 1)
# Text columns have no length in the database; a description or a cause is a few pages at
# most. Named columns take their limit from the model, so import and database agree.
TEXT_LIMIT = 20_000
_MULTI_LINE = frozenset({"Omschrijving", "Oorzaak", "Herstelactie", "Verbeterpunten"})
_LIST_COLUMNS = frozenset({"Medewerker", "Afdeling", "Dossiernummer", "Onderwerp"})
# A cell that must be a word, a date, a postcode, a phone number or an e-mail address is
# never longer than this; a longer one is refused before it is looked at.
_SHORT_LIMIT = 254
_QUOTE_LENGTH = 40
# NUL and the other control characters (newline and tab are handled apart), and lone
# surrogates: no database stores them and no person typed them.
_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_LINE_BREAKS = re.compile(r"[\r\n\t]+")


def _length(column: Any) -> int:
    return int(column.type.length)


_LIMITS = {
    "Nummer": _length(Complaint.__table__.c.number),
    "Klager": _length(Complainant.__table__.c.name),
    "Adres": _length(Complainant.__table__.c.street),
    "Woonplaats": _length(Complainant.__table__.c.city),
    "Medewerker": _length(Employee.__table__.c.name),
    "Behandelaar": _length(Employee.__table__.c.name),
    "Afdeling": _length(OrgUnit.__table__.c.name),
    "Dossiernummer": _length(RelatedDossier.__table__.c.dossier_number),
    "Onderwerp": _length(SubjectCategory.__table__.c.name),
    "Omschrijving": TEXT_LIMIT,
    "Oorzaak": TEXT_LIMIT,
    "Herstelactie": TEXT_LIMIT,
    "Verbeterpunten": TEXT_LIMIT,
}


def _quote(text: str) -> str:
    """A cell's text inside a message: quoted, shortened, without unprintable characters."""
    shown = _UNSTORABLE.sub("\ufffd", text)
    if len(shown) > _QUOTE_LENGTH:
        shown = shown[: _QUOTE_LENGTH - 1] + "…"
    return f"'{shown}'"


def _too_long(limit: int, length: int) -> FieldError:
    return FieldError(
        f"Deze tekst is te lang: hoogstens {limit:,} tekens (nu {length:,}).".replace(",", ".")
    )


def _cell_text(value: Any, column: str) -> str | None:
    """A cell as text that can be stored: trimmed, line breaks only where a column has
    lines, no control characters, within the column's length."""
    text = _text(value)
    if text is None:
        return None
    if column in _MULTI_LINE:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    else:  # an Alt+Enter in a name or address cell: keep it on one line
        text = _LINE_BREAKS.sub(" ", text)
    if _UNSTORABLE.search(text):
        raise FieldError(
            "Deze cel bevat een teken dat niet kan worden opgeslagen (een stuurteken zoals NUL, "
            "of een ongeldig teken); haal het weg."
        )
    limit = TEXT_LIMIT if column in _LIST_COLUMNS else _LIMITS.get(column, _SHORT_LIMIT)
    if len(text) > limit:
        raise _too_long(limit, len(text))
    return text


def parse_date(value: Any) -> date | None:
    """Real Excel dates, dd-mm-jjjj, d-m-jj (also with / or .), and jjjj-mm-dd."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and 20_000 < value < 80_000:  # an Excel serial number
        return date(1899, 12, 30) + timedelta(days=int(value))
    text = str(value).strip()
    match = _DATE_TEXT.match(text)
    try:
        if match:
            day, month, year = (int(g) for g in match.groups())
            if len(match.group(3)) == 2:
                year += 2000 if year < 70 else 1900
            return date(year, month, day)
        iso = _ISO_DATE.match(text)
        if iso:
            return date(*(int(g) for g in iso.groups()))
    except ValueError:
        raise FieldError(f"{_quote(text)} is geen bestaande datum.") from None
    raise FieldError(f"{_quote(text)} is geen datum; gebruik dd-mm-jjjj.")


def _date_cell(value: Any, column: str) -> date | None:
    if isinstance(value, str):
        value = _cell_text(value, column)
    return parse_date(value)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def _enum(value: Any, words: dict[str, Any], what: str) -> Any:
    text = _text(value)
    if text is None:
        return None
    found = words.get(_word(text))
    if found is None:
        known = ", ".join(sorted({label(v).lower() for v in words.values()}))
        raise FieldError(f"{_quote(text)} is geen bekende {what}; kies uit: {known}.")
    return found


def _split(value: Any, separators: str = ";") -> list[str]:
    text = _text(value)
    if text is None:
        return []
    return [p.strip() for p in re.split(f"[{re.escape(separators)}]", text) if p.strip()]


def _list_cell(value: Any, column: str, separators: str) -> tuple[str, ...] | None:
    """A cell holding a list ("Proef A; Proef B"): each item within the column's length."""
    items = _split(_cell_text(value, column), separators)
    limit = _LIMITS[column]
    for item in items:
        if len(item) > limit:
            raise _too_long(limit, len(item))
    return tuple(items) or None


def _units_cell(value: Any) -> str | None:
    """The units cell stays text: its empty places pair units with employees."""
    text = _cell_text(value, "Afdeling")
    _list_cell(text, "Afdeling", ";")
    return text


def split_address(text: str | None) -> tuple[str | None, str | None]:
    """'Kerkstraat 12 a' -> ('Kerkstraat', '12 a')."""
    if not text:
        return None, None
    match = re.match(r"^(.*?)[\s,]+(\d+\s*[\w\-/ ]{0,6})$", text.strip())
    if match:
        return match.group(1).strip() or None, match.group(2).strip()
    return text.strip(), None


def _cause(text: str | None) -> tuple[CauseKind | None, str | None]:
    if not text:
        return None, None
    words = {_word(label(k)): k for k in CauseKind}
    head, _sep, rest = text.partition(":")
    kind = words.get(_word(head))
    if kind is not None:
        return kind, rest.strip() or None
    return words.get(_word(text)), text


def cause_cell(kind: str | None, text: str | None) -> str:
    if kind and text:
        return f"{label(CauseKind(kind))}: {text}"
    if kind:
        return label(CauseKind(kind))
    return text or ""


def _cached(read: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A column reader whose results are shared between rows with the same cell: the
    values are immutable, so a date, or a tuple of employee or subject names, that recurs
    in thousands of rows is held once (a 100,000-row sheet's plans are held whole until
    the write). Bounded; a cell that cannot be read raises every time (not cached)."""
    return lru_cache(maxsize=20_000, typed=True)(read)


def _words_reader(column: str, table: dict[str, Any], what: str) -> Callable[[Any], Any]:
    return lambda v: _enum(_cell_text(v, column), table, what)


def _text_reader(column: str) -> Callable[[Any], Any]:
    return lambda v: _cell_text(v, column)


def _date_reader(column: str) -> Callable[[Any], Any]:
    return _cached(lambda v: _date_cell(v, column))


# How each column's cell is read, in the order its problems are listed. Built once: a
# closure per column per row was a visible part of checking 100,000 rows.
_CELL_READERS: tuple[tuple[str, Callable[[Any], Any]], ...] = (
    ("Nummer", _text_reader("Nummer")),
    ("Soort", _words_reader("Soort", _KIND_WORDS, "soort")),
    ("Kanaal", _words_reader("Kanaal", _CHANNEL_WORDS, "manier van binnenkomst")),
    ("Afhandeling", _words_reader("Afhandeling", _ROUTE_WORDS, "afhandeling")),
    ("Oordeel", _words_reader("Oordeel", _JUDGMENT_WORDS, "oordeel")),
    *((column, _date_reader(column)) for column in DATE_COLUMNS),
    ("Postcode", lambda v: check_postcode(_cell_text(v, "Postcode"))),
    ("Telefoon", lambda v: _check_phone(_cell_text(v, "Telefoon"))),
    ("E-mail", lambda v: _check_email(_cell_text(v, "E-mail"))),
    *(
        (column, _text_reader(column))
        for column in (
            "Klager",
            "Adres",
            "Woonplaats",
            "Omschrijving",
            "Behandelaar",
            "Oorzaak",
            "Herstelactie",
            "Verbeterpunten",
        )
    ),
    ("Afdeling", _units_cell),
    ("Medewerker", _cached(lambda v: _list_cell(v, "Medewerker", ";"))),
    ("Dossiernummer", lambda v: _list_cell(v, "Dossiernummer", ";,")),
    ("Onderwerp", _cached(lambda v: _list_cell(v, "Onderwerp", ";,"))),
)
