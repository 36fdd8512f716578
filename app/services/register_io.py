"""Moving in from the Excel register, and going back out to Excel.

Import reads ``.xlsx`` or ``.csv`` (semicolon or comma; UTF-8 or Windows-1252), maps the
columns (DESIGN.md "Register columns"), checks every row first (the preview, a dry run)
and then writes all valid rows in one transaction — or nothing. Importing the same file
twice changes nothing: a row whose ``Nummer`` exists updates that complaint only where the
sheet has a value that differs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from app.models import (
    Complainant,
    Complaint,
    ComplaintEmployee,
    ComplaintSearch,
    Employee,
    EmployeeRole,
    HandlingReport,
    NumberSeries,
    OrgUnit,
    RelatedDossier,
    StatusChange,
    SubjectCategory,
)
from app.models.enums import (
    CauseKind,
    Channel,
    ComplaintKind,
    Judgment,
    ReportStatus,
    Role,
    Route,
    Status,
    UnitKind,
    ViewKind,
    label,
)
from app.models.reference import complaint_subject
from app.services.access import requires, requires_any
from app.services.audit import record_bulk_inserts, write_pending_audit
from app.services.base import Service
from app.services.deadlines import (
    active_profile,
    closing_days,
    contact_due_date,
    decision_due_date,
    next_deadline_of,
)
from app.services.errors import ImportCancelled as ImportCancelled
from app.services.errors import ServiceError
from app.services.names import NameParts, split_name, stored_parts
from app.services.numbering import SERIES, next_numbers
from app.services.permissions import Permission
from app.services.register import MAX_PAGE_SIZE, RegisterFilter, RegisterService, RegisterSort
from app.services.search import contact_search_parts, fold, refresh_search_text, search_row

# Reading files lives in sheet_reading; callers keep importing it from here.
from app.services.sheet_reading import SheetData as SheetData
from app.services.sheet_reading import read_sheet as read_sheet
from app.services.sheet_writing import export_format, sheet_writer
from app.services.validation import (
    FieldError,
    check_email,
    check_phone,
    check_postcode,
    display_phone,
)
from app.services.view_log import viewing, write_view_events
from app.wording import counted

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


# ----- the service ---------------------------------------------------------------------------


class RegisterImportService(Service):
    @requires(Permission.REGISTER_COMPLAINT)
    def preview(
        self,
        sheet: SheetData,
        mapping: dict[str, str] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> ImportPreview:
        """Check every row; nothing is written. The rows are streamed from the file and
        checked in batches, so memory holds the compact plans, not the sheet.
        ``progress(done, total)`` raises ``Cancelled`` to stop."""
        self.require(Permission.REGISTER_COMPLAINT)
        mapping = dict(mapping) if mapping is not None else suggest_mapping(sheet.headers)
        used = set(mapping.values())
        unknown = [h for h in sheet.headers if h and h not in mapping]
        missing = [c for c in ("Datum ontvangst", "Omschrijving") if c not in used]
        index = {column: sheet.headers.index(header) for header, column in mapping.items()}
        plans: list[RowPlan] = []
        with self.reading() as session:
            context = _Context.load(session)
            seen_numbers: dict[str, int] = {}
            batch: list[tuple[int, dict[str, Any], list[Problem]]] = []

            def plan_batch() -> None:
                context.prefetch(session, [values for _row, values, _problems in batch])
                for row_number, values, problems in batch:
                    plan = self._plan(session, context, row_number, values, problems)
                    if plan.number and plan.action == Action.NEW:
                        if plan.number in seen_numbers:
                            plan.problems = (
                                *plan.problems,
                                Problem(
                                    row_number,
                                    "Nummer",
                                    f"Nummer {plan.number} staat ook in rij "
                                    f"{seen_numbers[plan.number]}.",
                                ),
                            )
                        seen_numbers[plan.number] = row_number
                    plans.append(plan)
                batch.clear()
                if progress is not None:
                    progress(len(plans), sheet.row_count)

            for row_number, cells in sheet.rows():
                cell = {column: cells[i] if i < len(cells) else None for column, i in index.items()}
                batch.append((row_number, *self._parse(row_number, cell)))
                if len(batch) >= _BATCH:
                    plan_batch()
            plan_batch()
        for column in missing:
            plans.insert(
                0,
                RowPlan(
                    1,
                    Action.SKIP,
                    None,
                    problems=(
                        Problem(
                            1, column, f"De kolom '{column}' ontbreekt; koppel een kolom eraan."
                        ),
                    ),
                ),
            )
        uncertain: dict[int, NameParts] = {}
        for plan in plans:
            name = plan.value("Klager") if plan.row > 1 else None
            if name:
                parts = _split_name(name)
                if not parts.certain:
                    uncertain[plan.row] = parts
        return ImportPreview(
            uncertain_names=uncertain,
            mapping=mapping,
            unknown_columns=unknown,
            missing_columns=missing,
            plans=plans,
            new_employees=sorted(context.new_employees.values()),
            new_units=sorted(context.new_units.values()),
            new_subjects=sorted(context.new_subjects.values()),
        )

    @staticmethod
    def _parse(row: int, cell: dict[str, Any]) -> tuple[dict[str, Any], list[Problem]]:
        """The row's cells as values; a problem per cell that cannot be read."""
        problems: list[Problem] = []
        values: dict[str, Any] = {}
        for column, read in _CELL_READERS:
            if column not in cell:
                continue
            try:
                values[column] = read(cell[column])
            except FieldError as error:
                problems.append(Problem(row, column, error.message))
        for column in DATE_COLUMNS:
            moment = values.get(column)
            if moment is not None and moment < EARLIEST_DATE:
                problems.append(
                    Problem(row, column, "Deze datum ligt vóór 1990; controleer het jaar.")
                )
        return values, problems

    def _plan(
        self,
        session: Session,
        context: _Context,
        row: int,
        values: dict[str, Any],
        problems: list[Problem],
    ) -> RowPlan:
        number = values.get("Nummer")
        if number and not _NUMBER.match(number):
            problems.append(
                Problem(
                    row,
                    "Nummer",
                    f"{_quote(number)} is geen klachtnummer zoals IK-2024-0012 of SG-2024-0003.",
                )
            )
        if number:
            existing = context.complaint_by_number(session, number)
        else:
            # A row without a number that was imported before: the same date, description
            # and complainant. Importing a file twice must not register it twice.
            existing = context.complaint_by_fingerprint(
                session,
                values.get("Datum ontvangst"),
                values.get("Omschrijving"),
                values.get("Klager"),
            )
        # A cell that could not be read has its problem already; "fill it in" would only
        # repeat it.
        unreadable = {p.column for p in problems}
        if existing is None:
            if values.get("Datum ontvangst") is None and "Datum ontvangst" not in unreadable:
                problems.append(Problem(row, "Datum ontvangst", "Vul de datum van ontvangst in."))
            if not values.get("Omschrijving") and "Omschrijving" not in unreadable:
                problems.append(
                    Problem(row, "Omschrijving", "Vul de omschrijving van de klacht in.")
                )
        received = values.get("Datum ontvangst") or (existing.received_on if existing else None)
        for column in ("Datum eerste contact", "Datum afgehandeld"):
            moment = values.get(column)
            if moment and received and moment < received:
                problems.append(
                    Problem(row, column, "Deze datum ligt vóór de datum van ontvangst.")
                )
            if moment and moment > date.today():
                problems.append(Problem(row, column, "Deze datum ligt in de toekomst."))
        if received and received > date.today():
            problems.append(Problem(row, "Datum ontvangst", "Deze datum ligt in de toekomst."))
        kind = values.get("Soort") or (
            ComplaintKind(existing.kind) if existing else ComplaintKind.COMPLAINT
        )
        if number and _NUMBER.match(number) and SERIES[kind] != number[:2]:
            problems.append(
                Problem(
                    row,
                    "Nummer",
                    (f"Een {label(kind).lower()} heeft een nummer dat begint met {SERIES[kind]}-."),
                )
            )
        has_person = any(_complainant_values(values).values()) or (
            existing is not None and existing.complainant_id is not None
        )
        if (
            kind == ComplaintKind.COMPLAINT
            and not has_person
            and not (unreadable & _PERSON_COLUMNS)
        ):
            problems.append(
                Problem(
                    row,
                    "Klager",
                    (
                        "Een klacht heeft een klager nodig (naam, adres, telefoon of e-mail); een "
                        "anonieme melding is een signaal."
                    ),
                )
            )
        judgment = values.get("Oordeel")
        if judgment in (Judgment.UPHELD, Judgment.PARTLY_UPHELD, Judgment.NOT_UPHELD) and (
            values.get("Afhandeling") not in (None, Route.FORMAL)
        ):
            problems.append(
                Problem(
                    row,
                    "Oordeel",
                    ("Een oordeel gegrond/deels gegrond/ongegrond hoort bij formele afhandeling."),
                )
            )
        for name in values.get("Medewerker") or []:
            context.note_employee(name)
        if values.get("Behandelaar"):
            context.note_employee(values["Behandelaar"])
        for unit in _split(values.get("Afdeling"), ";"):
            context.note_unit(unit)
        for subject in values.get("Onderwerp") or []:
            context.note_subject(subject)

        if existing is None:
            action = Action.NEW
            changes: list[str] = []
        else:
            changes = _changed_columns(existing, values, context)
            action = Action.UPDATE if changes else Action.SKIP
        return RowPlan(row, action, number, _cells_of(values), tuple(problems), tuple(changes))

    @requires(Permission.REGISTER_COMPLAINT)
    def import_rows(
        self,
        preview: ImportPreview,
        *,
        valid_only: bool = False,
        create_people: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> ImportResult:
        """Write the preview's rows: all of them or nothing. With problems present nothing
        is written unless ``valid_only``; new employees and units need ``create_people``.
        ``progress(done, total)`` raises ``Cancelled`` to stop (nothing is written).

        Everything that can be worked out first is, in read transactions (which complainant
        each row is, the deadlines); the write transaction then only writes, in bulk, so the
        write lock that colleagues wait for is held for seconds, not minutes."""
        refused = sum(1 for p in preview.plans if not p.valid)
        if refused and not valid_only:
            raise ServiceError(
                f"{counted(refused, 'rij bevat', 'rijen bevatten')} fouten; er is niets ingelezen. "
                "Verbeter het bestand "
                "of kies ervoor alleen de goede rijen in te lezen."
            )
        if (preview.new_employees or preview.new_units) and not create_people:
            raise ServiceError(
                "Het bestand noemt medewerkers of afdelingen die nog niet bestaan. Bevestig dat "
                "ze worden aangemaakt."
            )
        self.require(Permission.REGISTER_COMPLAINT)
        rows = sorted(
            preview.valid_rows,
            key=lambda p: (
                p.action != Action.UPDATE,
                p.value("Datum ontvangst") or date.min,
                p.row,
            ),
        )
        updates = [p for p in rows if p.action == Action.UPDATE]
        news = [p for p in rows if p.action == Action.NEW]
        done = 0

        def tick() -> None:
            nonlocal done
            done += 1
            if progress is not None and done % 100 == 0:
                progress(done, len(rows))

        with self.reading() as session:
            prepared = _prepare_new_rows(session, news, tick, preview.name_choices)
        try:
            with self.writing(
                Permission.REGISTER_COMPLAINT, reason="register ingelezen"
            ) as session:
                context = _Context.load(session)
                # Numbers taken from the sheet are used: new numbers continue after them.
                _bump_series(session, [p.number for p in rows if p.number])
                touched: list[int] = []
                with session.no_autoflush:
                    for start in range(0, len(updates), _BATCH):
                        chunk = updates[start : start + _BATCH]
                        context.prefetch(session, [p.values for p in chunk])
                        for plan in chunk:
                            complaint = context.complaint_by_number(session, plan.number)
                            assert complaint is not None  # the preview found it
                            _apply(session, context, complaint, plan.values, new=False)
                            touched.append(complaint.id)
                            tick()
                        session.flush()
                        write_pending_audit(session)
                session.flush()
                refresh_search_text(session, touched)
                _write_new_rows(session, context, prepared)
        except IntegrityError:
            # Between the check and the write someone registered a number from the sheet,
            # or removed a person it refers to.
            raise ServiceError(
                "Het register is gewijzigd terwijl het bestand werd ingelezen; er is niets "
                "opgeslagen. Controleer het bestand opnieuw en lees het dan in."
            ) from None
        skipped = sum(1 for p in preview.plans if p.valid and p.action == Action.SKIP)
        return ImportResult(len(news), len(updates), skipped, refused)


@dataclass(slots=True)
class _Person:
    """A complainant as the import compares them (id None: new, written with the rows)."""

    id: int | None
    name: str | None
    street: str | None
    house_number: str | None
    postcode: str | None
    city: str | None
    phone_day: str | None
    email: str | None
    parts: NameParts | None = None  # the user's choice for an uncertain name
    order: int = 0  # position among the people of the same name (earlier ones win)


@dataclass(slots=True)
class _NewRow:
    """A new row, worked out before the write transaction."""

    plan: RowPlan
    person: _Person | None
    contact_due: date | None
    decision_due: date | None


@dataclass
class _PreparedRows:
    rows: list[_NewRow]
    people: list[_Person]  # the new ones, in the order they are written
    profile_id: int


@dataclass
class _Context:
    """Lookups shared by all rows of one import (people, units, subjects, numbers)."""

    employees: dict[str, Employee]
    units: dict[str, OrgUnit]
    subjects: dict[str, SubjectCategory]
    new_employees: dict[str, str] = field(default_factory=dict)
    new_units: dict[str, str] = field(default_factory=dict)
    new_subjects: dict[str, str] = field(default_factory=dict)
    _complaints: dict[str, Complaint | None] = field(default_factory=dict)
    _fingerprints: dict[tuple[date, str], list[Complaint]] | None = None
    _reports: dict[int, HandlingReport] | None = None
    # How many people of each name were added (a person's ``order`` among them).
    _people: dict[str, int] = field(default_factory=dict)
    # The same people by (name, contact field, value): a row's candidates in one look-up,
    # not a scan of everyone with that name (a common name recurs thousands of times). A
    # key that one person has holds that person, not a list: a 100,000-row import adds
    # nearly as many people, each under three keys.
    _people_by_detail: dict[tuple[str, str, str], _Person | list[_Person]] = field(
        default_factory=dict
    )
    _names_by_id: dict[int, str] | None = None
    created_employees: set[str] = field(default_factory=set)

    @classmethod
    def load(cls, session: Session) -> _Context:
        return cls(
            employees={_people_key(e.name): e for e in session.scalars(select(Employee))},
            units={_people_key(u.name): u for u in session.scalars(select(OrgUnit))},
            subjects={_people_key(s.name): s for s in session.scalars(select(SubjectCategory))},
        )

    def prefetch(self, session: Session, rows: list[dict[str, Any]]) -> None:
        """Load the complaints a batch of rows refers to (by number, or by date and
        description), with what the comparison reads, in a few queries. The previous
        batch's complaints are let go: memory holds one batch, not the register."""
        self._complaints = {}
        self._fingerprints = {}
        self._reports = {}
        numbers = sorted({v["Nummer"] for v in rows if v.get("Nummer")})
        pairs = {
            (v["Datum ontvangst"], v["Omschrijving"])
            for v in rows
            if not v.get("Nummer") and v.get("Datum ontvangst") and v.get("Omschrijving")
        }
        options = (
            selectinload(Complaint.complainant),
            selectinload(Complaint.handler),
            selectinload(Complaint.employees_concerned).selectinload(ComplaintEmployee.employee),
            selectinload(Complaint.related_dossiers),
            selectinload(Complaint.subjects),
        )
        found: list[Complaint] = []
        if numbers:
            found.extend(
                session.scalars(
                    select(Complaint).where(Complaint.number.in_(numbers)).options(*options)
                )
            )
            self._complaints = dict.fromkeys(numbers)
            self._complaints.update({c.number: c for c in found})
        if pairs:
            dates = sorted({d for d, _text in pairs})
            texts = sorted({t for _date, t in pairs})
            for complaint in session.scalars(
                select(Complaint)
                .where(Complaint.received_on.in_(dates), Complaint.description.in_(texts))
                .order_by(Complaint.id)
                .options(*options)
            ):
                key = (complaint.received_on, complaint.description)
                if key in pairs:
                    self._fingerprints.setdefault(key, []).append(complaint)
                    found.append(complaint)
        ids = [c.id for c in found]
        for start in range(0, len(ids), _BATCH):
            for report in session.scalars(
                select(HandlingReport).where(
                    HandlingReport.complaint_id.in_(ids[start : start + _BATCH])
                )
            ):
                self._reports[report.complaint_id] = report

    def complaint_by_number(self, session: Session, number: str | None) -> Complaint | None:
        if not number:
            return None
        if number not in self._complaints:
            self._complaints[number] = session.scalar(
                select(Complaint)
                .where(func.upper(Complaint.number) == number.upper())
                .options(
                    selectinload(Complaint.employees_concerned),
                    selectinload(Complaint.related_dossiers),
                    selectinload(Complaint.subjects),
                )
            )
        return self._complaints[number]

    def complaint_by_fingerprint(
        self, session: Session, received: date | None, description: str | None, name: str | None
    ) -> Complaint | None:
        if received is None or not description:
            return None
        if self._fingerprints is not None:
            candidates = self._fingerprints.get((received, description), [])
        else:
            candidates = list(
                session.scalars(
                    select(Complaint)
                    .where(Complaint.received_on == received, Complaint.description == description)
                    .order_by(Complaint.id)
                )
            )
        for complaint in candidates:
            person = complaint.complainant
            if (person.name if person else None) == name:
                self._complaints[complaint.number] = complaint
                return complaint
        return None

    def load_people(self, session: Session, names: Iterable[str | None]) -> None:
        """The complainants already on record under the names the sheet uses (as compact
        records: a sheet of 100,000 rows must not load 100,000 ORM objects)."""
        table = Complainant.__table__
        wanted = sorted({n for n in names if n})
        for start in range(0, len(wanted), _BATCH):
            for row in session.execute(
                select(
                    table.c.id,
                    table.c.name,
                    table.c.street,
                    table.c.house_number,
                    table.c.postcode,
                    table.c.city,
                    table.c.phone_day,
                    table.c.email,
                ).where(
                    table.c.name.in_(wanted[start : start + _BATCH]),
                    table.c.merged_into_id.is_(None),
                )
            ):
                self.add_person(_Person(*row))

    def add_person(self, person: _Person) -> None:
        name = person.name or ""
        person.order = self._people.get(name, 0)
        self._people[name] = person.order + 1
        by_detail = self._people_by_detail
        for key in _SHARED_DETAILS:
            value = getattr(person, key)
            if value:
                detail = (name, key, value)
                found = by_detail.get(detail)
                if found is None:
                    by_detail[detail] = person
                elif isinstance(found, list):
                    found.append(person)
                else:
                    by_detail[detail] = [found, person]

    def people_sharing(self, wanted: dict[str, Any]) -> list[_Person]:
        """The people with the wanted name who share at least one contact detail with it,
        in the order they were added."""
        name = wanted["name"] or ""
        found: dict[int, _Person] = {}
        for key in _SHARED_DETAILS:
            if wanted[key]:
                people = self._people_by_detail.get((name, key, wanted[key]), ())
                for person in people if isinstance(people, list | tuple) else (people,):
                    found[id(person)] = person
        return sorted(found.values(), key=lambda p: p.order)

    def report_of(self, complaint: Complaint) -> HandlingReport | None:
        if self._reports is not None:
            return self._reports.get(complaint.id)
        session = Session.object_session(complaint)
        if session is None:
            return None
        return session.scalar(
            select(HandlingReport).where(HandlingReport.complaint_id == complaint.id)
        )

    def employee_name(self, employee_id: int | None) -> str | None:
        if employee_id is None:
            return None
        if self._names_by_id is None or employee_id not in self._names_by_id:
            self._names_by_id = {e.id: e.name for e in self.employees.values()}
        return self._names_by_id.get(employee_id)

    def note_employee(self, name: str) -> None:
        if _people_key(name) not in self.employees:
            self.new_employees[_people_key(name)] = " ".join(name.split())

    def note_unit(self, name: str) -> None:
        if _people_key(name) not in self.units:
            self.new_units[_people_key(name)] = " ".join(name.split())

    def note_subject(self, name: str) -> None:
        if _people_key(name) not in self.subjects:
            self.new_subjects[_people_key(name)] = " ".join(name.split())

    def unit(self, session: Session, name: str) -> OrgUnit:
        key = _people_key(name)
        if key not in self.units:
            self.units[key] = OrgUnit(name=" ".join(name.split()), kind=UnitKind.TEAM)
            session.add(self.units[key])
        return self.units[key]

    def employee(
        self, session: Session, name: str, unit: str | None, role: Role | None = None
    ) -> Employee:
        key = _people_key(name)
        if key not in self.employees:
            employee = Employee(name=" ".join(name.split()))
            if unit:
                employee.unit = self.unit(session, unit)
            self.employees[key] = employee
            self.created_employees.add(key)
            session.add(employee)
        employee = self.employees[key]
        # An employee this import created gets the unit the sheet names for them.
        if unit and employee.unit is None and key in self.created_employees:
            employee.unit = self.unit(session, unit)
        if role is not None and role not in {Role(r.role) for r in employee.roles}:
            employee.roles.append(EmployeeRole(role=role))
        return employee

    def subject(self, session: Session, name: str) -> SubjectCategory:
        key = _people_key(name)
        if key not in self.subjects:
            self.subjects[key] = SubjectCategory(name=" ".join(name.split()))
            session.add(self.subjects[key])
        return self.subjects[key]


def _complainant_values(values: dict[str, Any]) -> dict[str, Any]:
    street, house = split_address(values.get("Adres"))
    return {
        "name": values.get("Klager"),
        "street": street,
        "house_number": house,
        "postcode": values.get("Postcode"),
        "city": values.get("Woonplaats"),
        "phone_day": values.get("Telefoon"),
        "email": values.get("E-mail"),
    }


def _find_complainant(context: _Context, wanted: dict[str, Any]) -> _Person | None:
    """The same person already on record (``wanted``: ``_complainant_values`` of the row):
    the identical name, at least one shared contact detail (e-mail, phone, postcode) and
    none that contradicts it. A merely similar record stays separate; the coordinator can
    merge it later (as at intake)."""
    for person in context.people_sharing(wanted):
        conflicts = [
            key
            for key in ("email", "phone_day", "postcode", "street", "house_number", "city")
            if wanted[key] and getattr(person, key) and getattr(person, key) != wanted[key]
        ]
        if not conflicts:
            return person
    return None


_SHARED_DETAILS = ("email", "phone_day", "postcode")


def _prepare_new_rows(
    session: Session,
    plans: list[RowPlan],
    tick: Callable[[], None],
    name_choices: dict[int, NameParts] | None = None,
) -> _PreparedRows:
    """Work out the new rows in a read transaction: which complainant each row is (on
    record, or new — one new record for rows that name the same person), and the
    deadlines. What needs the write lock (numbers, ids) is left for ``_write_new_rows``."""
    context = _Context(employees={}, units={}, subjects={})
    profile = active_profile(session)
    closed = closing_days(session)
    context.load_people(session, [p.value("Klager") for p in plans])
    rows: list[_NewRow] = []
    people: list[_Person] = []
    # Counting working days walks the calendar; many rows share a date received.
    contact_dues: dict[date, date] = {}
    for plan in plans:
        values = plan.values
        person = None
        wanted = _complainant_values(values)
        if any(wanted.values()):
            person = _find_complainant(context, wanted)
            if person is None:
                person = _Person(id=None, **wanted)
                person.parts = (name_choices or {}).get(plan.row)
                people.append(person)
                context.add_person(person)
        kind = values.get("Soort") or ComplaintKind.COMPLAINT
        received = values["Datum ontvangst"]
        contact_due = decision_due = None
        if kind == ComplaintKind.COMPLAINT:
            contact_due = contact_dues.get(received)
            if contact_due is None:
                contact_due = contact_dues[received] = contact_due_date(received, profile, closed)
            decision_due = decision_due_date(received, profile)
        rows.append(_NewRow(plan, person, contact_due, decision_due))
        tick()
    return _PreparedRows(rows, people, profile.id)


def _insert_new_people(session: Session, people: list[_Person]) -> None:
    """Write the new complainants and give each its id. SQLite cannot return ids in the
    order of a multi-row INSERT, so they are matched on the values: two new people with
    identical details are interchangeable."""
    table = Complainant.__table__
    columns = [table.c[name] for name in _PERSON_FIELDS]
    for start in range(0, len(people), _BATCH):
        chunk = people[start : start + _BATCH]
        returned: dict[tuple[Any, ...], list[int]] = {}
        for row_id, *values in session.execute(
            insert(table).returning(table.c.id, *columns),
            [
                {name: getattr(p, name) for name in _PERSON_FIELDS} | name_columns(p.name, p.parts)
                for p in chunk
            ],
        ):
            returned.setdefault(tuple(values), []).append(row_id)
        for person in chunk:
            person.id = returned[tuple(getattr(person, name) for name in _PERSON_FIELDS)].pop()
        record_bulk_inserts(session, Complainant, table.c.id.in_([p.id for p in chunk]))
        write_pending_audit(session)


def _write_new_rows(session: Session, context: _Context, prepared: _PreparedRows) -> list[int]:
    """Write the new rows with a few bulk INSERTs per 500 rows, audited; their ids.

    The INSERTs go to the tables (Core), not the mapped classes: the ORM's bulk path sends
    a versioned row (``version_id_col``) as one statement per row and splices the RETURNING
    results together each time, which made a 10,000-row import quadratic."""
    rows = prepared.rows
    # The people and subjects the rows name: created through the ORM (a few, audited by
    # the flush), so their ids are known before the rows are written.
    for row in rows:
        _employees_of(session, context, row.plan)
        if row.plan.value("Behandelaar"):
            context.employee(session, row.plan.value("Behandelaar"), None, Role.HANDLER)
        for name in row.plan.value("Onderwerp") or ():
            context.subject(session, name)
    session.flush()
    _insert_new_people(session, [p for p in prepared.people if p.id is None])
    numbers = _numbers_for(session, rows)
    written: list[int] = []
    now = datetime.now().astimezone()
    table = Complaint.__table__
    for start in range(0, len(rows), _BATCH):
        chunk = rows[start : start + _BATCH]
        complaints = [
            _complaint_row(context, row, number, prepared.profile_id)
            for row, number in zip(chunk, numbers[start : start + _BATCH], strict=True)
        ]
        returned = session.execute(
            insert(table).returning(table.c.number, table.c.id), complaints
        ).all()
        id_of: dict[str, int] = dict(returned)  # type: ignore[arg-type]
        ids = [id_of[c["number"]] for c in complaints]
        changes: list[dict[str, Any]] = []
        employees: list[dict[str, Any]] = []
        dossiers: list[dict[str, Any]] = []
        links: list[dict[str, Any]] = []
        reports: list[dict[str, Any]] = []
        search: list[dict[str, Any]] = []
        subject_links: dict[int, dict[str, Any]] = {}
        for row, complaint, complaint_id in zip(chunk, complaints, ids, strict=True):
            plan = row.plan
            changes.append(
                {
                    "complaint_id": complaint_id,
                    "from_status": None,
                    "to_status": complaint["status"],
                    "reason": "overgenomen uit het oude register",
                }
            )
            concerned = list(dict.fromkeys(_employees_of(session, context, plan)))
            employees.extend({"complaint_id": complaint_id, "employee_id": e.id} for e in concerned)
            dossiers.extend(
                {"complaint_id": complaint_id, "dossier_number": d}
                for d in dict.fromkeys(plan.value("Dossiernummer") or ())
            )
            subjects = list(
                dict.fromkeys(context.subject(session, s) for s in plan.value("Onderwerp") or ())
            )
            links.extend({"complaint_id": complaint_id, "subject_id": s.id} for s in subjects)
            if subjects:
                subject_links[complaint_id] = {
                    "subjects": {"added": [str(s.id) for s in subjects], "removed": []}
                }
            report = _report_row(plan, complaint, complaint_id, now)
            if report is not None:
                reports.append(report)
            handler = complaint["handler_id"]
            person = row.person
            contact = contact_search_parts(
                email=person.email if person else None,
                phones=(person.phone_day if person else None,),
                postcode=person.postcode if person else None,
                city=person.city if person else None,
                dossiers=sorted(set(plan.value("Dossiernummer") or ())),
            )
            search.append(
                search_row(
                    complaint_id,
                    complaint["number"],
                    complaint["description"],
                    person.name if person is not None else None,
                    context.employee_name(handler),
                    [e.name for e in concerned],
                    sorted((s.name for s in subjects), key=fold),
                    contact=contact,
                )
            )
        new = Complaint.id.in_(ids)
        record_bulk_inserts(session, Complaint, new, subject_links)
        for model, records in (
            (StatusChange, changes),
            (ComplaintEmployee, employees),
            (RelatedDossier, dossiers),
            (HandlingReport, reports),
        ):
            if records:
                session.execute(insert(model.__table__), records)
                record_bulk_inserts(session, model, model.complaint_id.in_(ids))
        if links:
            session.execute(insert(complaint_subject), links)
        session.execute(insert(ComplaintSearch.__table__), search)
        # Appended per chunk: about four events a row, each with all its fields, would
        # otherwise be held until the commit (a GB at 100,000 rows).
        write_pending_audit(session)
        written.extend(ids)
    return written


def name_columns(name: str | None, chosen: NameParts | None) -> dict[str, str | None]:
    """The name-part columns of an imported "Klager": the user's choice, else the split
    when it is certain, else the whole name as the surname."""
    parts = chosen if chosen is not None else _stored_parts(name)
    return {
        "initials": parts.initials,
        "first_name": parts.first_name,
        "infix": parts.infix,
        "surname": parts.surname,
    }


_PERSON_FIELDS = ("name", "street", "house_number", "postcode", "city", "phone_day", "email")


def _employees_of(session: Session, context: _Context, plan: RowPlan) -> list[Employee]:
    """The employees concerned, each with the unit the sheet names for them."""
    names = plan.value("Medewerker") or ()
    units_text = plan.value("Afdeling")
    # Keep empty places: "Team A; ; Team B" pairs with three employees.
    units = [u.strip() for u in units_text.split(";")] if units_text else []
    found = []
    for position, name in enumerate(names):
        # One unit for all, or one per employee in the same order.
        unit = (
            units[0] if len(units) == 1 else (units[position] if len(units) == len(names) else None)
        )
        found.append(context.employee(session, name, unit or None))
    return found


def _numbers_for(session: Session, rows: list[_NewRow]) -> list[str]:
    """The sheet's number, or the next free one in its series (in the order of the rows:
    by date received), reserved with one counter update per series and year."""
    needed: dict[tuple[ComplaintKind, int], int] = {}
    for row in rows:
        if not row.plan.number:
            key = (
                row.plan.value("Soort") or ComplaintKind.COMPLAINT,
                row.plan.value("Datum ontvangst").year,
            )
            needed[key] = needed.get(key, 0) + 1
    reserved = {
        key: iter(next_numbers(session, key[0], key[1], count)) for key, count in needed.items()
    }
    numbers = []
    for row in rows:
        if row.plan.number:
            numbers.append(row.plan.number)
        else:
            key = (
                row.plan.value("Soort") or ComplaintKind.COMPLAINT,
                row.plan.value("Datum ontvangst").year,
            )
            numbers.append(next(reserved[key]))
    return numbers


def _status_of(
    kind: str,
    route: str | None,
    closed_on: date | None,
    has_handler: bool,
    first_contact: date | None,
) -> tuple[Status, str | None]:
    """A historic complaint's status (and route) follows from its route and dates."""
    if kind == ComplaintKind.SIGNAL:
        return Status.REGISTERED, route
    if closed_on is not None:
        route = Route(route) if route else Route.INFORMAL
        return _END_STATUS[Route(route)], route
    if has_handler:
        return (Status.IN_PROGRESS if first_contact else Status.ASSIGNED), route
    return Status.REGISTERED, route


def _complaint_row(context: _Context, row: _NewRow, number: str, profile_id: int) -> dict[str, Any]:
    plan = row.plan
    kind = plan.value("Soort") or ComplaintKind.COMPLAINT
    handler_name = plan.value("Behandelaar")
    handler = context.employees[_people_key(handler_name)] if handler_name else None
    status, route = _status_of(
        kind,
        plan.value("Afhandeling"),
        plan.value("Datum afgehandeld"),
        handler is not None,
        plan.value("Datum eerste contact"),
    )
    return {
        "number": number,
        "kind": kind,
        "received_on": plan.value("Datum ontvangst"),
        "channel": plan.value("Kanaal") or Channel.POST,
        "description": plan.value("Omschrijving") or "",
        "complainant_id": row.person.id if row.person is not None else None,
        "handler_id": handler.id if handler is not None else None,
        "status": status,
        "route": route,
        "judgment": plan.value("Oordeel"),
        "historic": True,
        "regulation_profile_id": profile_id if kind == ComplaintKind.COMPLAINT else None,
        "contact_due": row.contact_due,
        "decision_due": row.decision_due,
        "first_contact_on": plan.value("Datum eerste contact"),
        "closed_on": plan.value("Datum afgehandeld"),
        "next_deadline": None,  # historic: deadlines computed, never flagged
    }


def _report_row(
    plan: RowPlan, complaint: dict[str, Any], complaint_id: int, now: datetime
) -> dict[str, Any] | None:
    """Annex 1 from the sheet's cause, remedy and improvement columns; it belongs to a
    handler, so without one the answers cannot be stored (as for an update)."""
    cause, remedy, points = (
        plan.value("Oorzaak"),
        plan.value("Herstelactie"),
        plan.value("Verbeterpunten"),
    )
    if not (cause or remedy or points) or complaint["handler_id"] is None:
        return None
    kind, text = _cause(cause) if cause else (None, None)
    return {
        "complaint_id": complaint_id,
        "handler_id": complaint["handler_id"],
        "status": ReportStatus.REVIEWED,
        "submitted_at": now,
        "description": complaint["description"],
        "judgment": complaint["judgment"],
        "cause_kind": kind,
        "cause_text": text,
        "remedial_action": remedy,
        "improvement_points": points,
    }


_END_STATUS = {
    Route.INFORMAL: Status.CLOSED,
    Route.FORMAL: Status.CLOSED,
    Route.REVIEW: Status.FORWARDED_FOR_REVIEW,
    Route.DECLINED: Status.DECLINED,
    Route.WITHDRAWN: Status.WITHDRAWN,
}


def _apply(
    session: Session, context: _Context, complaint: Complaint, values: dict[str, Any], *, new: bool
) -> None:
    """Put the sheet's values on the complaint; an empty cell never erases anything."""

    def given(column: str) -> bool:
        value = values.get(column)
        return value not in (None, "", [])

    if not new:
        for column, attribute in (
            ("Soort", "kind"),
            ("Datum ontvangst", "received_on"),
            ("Kanaal", "channel"),
            ("Omschrijving", "description"),
        ):
            if given(column):
                setattr(complaint, attribute, values[column])
        person_values = {k: v for k, v in _complainant_values(values).items() if v}
        if person_values.get("name"):
            person_values |= name_columns(person_values["name"], None)
        if person_values:
            if complaint.complainant is None:
                complaint.complainant = Complainant(**person_values)
            else:
                for key, value in person_values.items():
                    setattr(complaint.complainant, key, value)
    # Keep empty places: "Team A; ; Team B" pairs with three employees.
    units = (
        [u.strip() for u in (values.get("Afdeling") or "").split(";")] if given("Afdeling") else []
    )
    if given("Medewerker"):
        have = {id(c.employee) for c in complaint.employees_concerned if c.employee}
        names = values["Medewerker"]
        for position, name in enumerate(names):
            # One unit for all, or one per employee in the same order.
            unit = (
                units[0]
                if len(units) == 1
                else (units[position] if len(units) == len(names) else None)
            )
            employee = context.employee(session, name, unit)
            if id(employee) not in have:
                complaint.employees_concerned.append(ComplaintEmployee(employee=employee))
                have.add(id(employee))
    if given("Behandelaar"):
        complaint.handler = context.employee(session, values["Behandelaar"], None, Role.HANDLER)
    if given("Dossiernummer"):
        have_dossiers = {d.dossier_number for d in complaint.related_dossiers}
        complaint.related_dossiers.extend(
            RelatedDossier(dossier_number=d[:50])
            for d in values["Dossiernummer"]
            if d[:50] not in have_dossiers
        )
    if given("Onderwerp"):
        current = {s.name for s in complaint.subjects}
        complaint.subjects.extend(
            context.subject(session, s)
            for s in values["Onderwerp"]
            if context.subject(session, s).name not in current
        )
    if given("Afhandeling"):
        complaint.route = values["Afhandeling"]
    if given("Oordeel"):
        complaint.judgment = values["Oordeel"]
    if given("Datum eerste contact"):
        complaint.first_contact_on = values["Datum eerste contact"]
    if given("Datum afgehandeld"):
        complaint.closed_on = values["Datum afgehandeld"]
    _settle_status(complaint, new=new)
    if any(given(c) for c in ("Oorzaak", "Herstelactie", "Verbeterpunten")):
        _apply_report(session, complaint, values, new=new)


def _settle_status(complaint: Complaint, *, new: bool) -> None:
    """A historic complaint's status follows from its route and dates."""
    target, route = _status_of(
        complaint.kind,
        complaint.route,
        complaint.closed_on,
        complaint.handler_id is not None or complaint.handler is not None,
        complaint.first_contact_on,
    )
    if route != complaint.route:
        complaint.route = route
    if new or complaint.status != target:
        complaint.status_changes.append(
            StatusChange(
                from_status=None if new else complaint.status,
                to_status=target,
                reason="overgenomen uit het oude register",
            )
        )
        complaint.status = target
    complaint.next_deadline = None  # historic: deadlines computed, never flagged


def _apply_report(
    session: Session, complaint: Complaint, values: dict[str, Any], *, new: bool
) -> None:
    report = None
    if not new:
        report = session.scalar(
            select(HandlingReport).where(HandlingReport.complaint_id == complaint.id)
        )
    if report is None:
        handler = complaint.handler
        if handler is None:
            return  # annex 1 belongs to a handler; without one the answers cannot be stored
        report = HandlingReport(
            complaint=complaint,
            handler=handler,
            status=ReportStatus.REVIEWED,
            submitted_at=datetime.now().astimezone(),
            description=complaint.description,
            judgment=complaint.judgment,
        )
        session.add(report)
    if values.get("Oorzaak"):
        kind, text = _cause(values["Oorzaak"])
        report.cause_kind = kind
        report.cause_text = text
    if values.get("Herstelactie"):
        report.remedial_action = values["Herstelactie"]
    if values.get("Verbeterpunten"):
        report.improvement_points = values["Verbeterpunten"]


def _changed_columns(complaint: Complaint, values: dict[str, Any], context: _Context) -> list[str]:
    """The columns whose (non-empty) sheet value differs from the complaint."""
    changed = []
    simple = {
        "Soort": complaint.kind,
        "Datum ontvangst": complaint.received_on,
        "Kanaal": complaint.channel,
        "Omschrijving": complaint.description,
        "Afhandeling": complaint.route,
        "Oordeel": complaint.judgment,
        "Datum eerste contact": complaint.first_contact_on,
        "Datum afgehandeld": complaint.closed_on,
    }
    for column, current in simple.items():
        value = values.get(column)
        if value not in (None, "") and value != current:
            changed.append(column)
    person = complaint.complainant
    for column, key in (
        ("Klager", "name"),
        ("Postcode", "postcode"),
        ("Woonplaats", "city"),
        ("Telefoon", "phone_day"),
        ("E-mail", "email"),
    ):
        value = values.get(column)
        if value and (person is None or getattr(person, key) != value):
            changed.append(column)
    if values.get("Adres"):
        street, house = split_address(values["Adres"])
        if person is None or (person.street, person.house_number) != (street, house):
            changed.append("Adres")
    names = {_people_key(c.employee.name) for c in complaint.employees_concerned if c.employee}
    if any(_people_key(n) not in names for n in values.get("Medewerker") or []):
        changed.append("Medewerker")
    if values.get("Behandelaar") and (
        complaint.handler is None
        or _people_key(complaint.handler.name) != _people_key(values["Behandelaar"])
    ):
        changed.append("Behandelaar")
    dossiers = {d.dossier_number for d in complaint.related_dossiers}
    if any(d not in dossiers for d in values.get("Dossiernummer") or []):
        changed.append("Dossiernummer")
    subjects = {_people_key(s.name) for s in complaint.subjects}
    if any(_people_key(s) not in subjects for s in values.get("Onderwerp") or []):
        changed.append("Onderwerp")
    report = context.report_of(complaint)
    current_cause = cause_cell(report.cause_kind, report.cause_text) if report else ""
    for column, current in (
        ("Oorzaak", current_cause),
        ("Herstelactie", report.remedial_action if report else None),
        ("Verbeterpunten", report.improvement_points if report else None),
    ):
        value = values.get(column)
        if value and value != current and _cause(value) != _cause(current or None):
            changed.append(column)
    return changed


def _bump_series(session: Session, numbers: list[str]) -> None:
    """Numbers taken from the sheet are used: new registrations continue after them."""
    highest: dict[tuple[str, int], int] = {}
    for number in numbers:
        match = _NUMBER.match(number)
        if match:
            key = (match.group(1), int(match.group(2)))
            highest[key] = max(highest.get(key, 0), int(match.group(3)))
    for (series, year), last in highest.items():
        row = session.get(NumberSeries, (series, year))
        if row is None:
            session.add(NumberSeries(series=series, year=year, last_number=last))
        elif row.last_number < last:
            row.last_number = last


# ----- export --------------------------------------------------------------------------------


class RegisterExportService(Service):
    @requires_any(
        Permission.VIEW_ALL_COMPLAINTS,
        Permission.HANDLE_COMPLAINT,
        message="U mag het klachtenregister niet inzien.",
    )
    def export(
        self,
        path: str | Path,
        filter: RegisterFilter | None = None,
        sort: RegisterSort = RegisterSort.NUMBER,
        descending: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> int:
        """The register (all, or the current filter) in the register columns, as .xlsx or
        .csv by the file's extension; texts that Excel would take for a formula are
        written as text (see ``sheet_writing``)."""
        export_format(path)  # refused before any work
        register = RegisterService(self.db, self.user)
        filter = filter or RegisterFilter()
        total = register.count(filter)
        written = 0
        exported: list[int] = []
        with sheet_writer(
            path, EXPORT_COLUMNS, widths=COLUMN_WIDTHS, date_columns=DATE_COLUMNS
        ) as writer:
            while written < total:
                page = register.page(filter, sort, descending, offset=written, limit=MAX_PAGE_SIZE)
                if not page:
                    break
                exported.extend(r.id for r in page)
                with self.reading() as session:
                    rows = _export_rows(session, [r.id for r in page])
                for row in rows:
                    writer.append(row)
                written += len(page)
                if progress is not None:
                    progress(written, total)
            # The names leave the program in this file: recorded (view log) before the file
            # is complete; a failed recording drops the file.
            with viewing(self) as session:
                write_view_events(
                    session,
                    ViewKind.REGISTER_EXPORT,
                    exported,
                    detail=f"export van {written} rijen",
                )
        return written


def _export_rows(session: Session, ids: list[int]) -> list[list[Any]]:
    complaints = {
        c.id: c
        for c in session.scalars(
            select(Complaint)
            .where(Complaint.id.in_(ids))
            .options(
                selectinload(Complaint.complainant),
                selectinload(Complaint.handler),
                selectinload(Complaint.subjects),
                selectinload(Complaint.related_dossiers),
                # next_deadline_of reads these: loaded per page, never one query per row.
                selectinload(Complaint.promises),
                selectinload(Complaint.sent_decision_letters),
                selectinload(Complaint.employees_concerned)
                .selectinload(ComplaintEmployee.employee)
                .selectinload(Employee.unit),
            )
        )
    }
    reports = {
        r.complaint_id: r
        for r in session.scalars(select(HandlingReport).where(HandlingReport.complaint_id.in_(ids)))
    }
    rows = []
    for complaint_id in ids:
        c = complaints[complaint_id]
        person = c.complainant
        report = reports.get(c.id)
        employees = [e.employee for e in c.employees_concerned if e.employee]
        units = [e.unit.name if e.unit else "" for e in employees]
        if len(set(units)) == 1:
            units = units[:1]  # one unit for all
        if not any(units):
            units = []
        address = " ".join(p for p in ((person.street, person.house_number) if person else ()) if p)
        rows.append(
            [
                c.number,
                label(ComplaintKind(c.kind)).lower(),
                c.received_on,
                label(Status(c.status)),
                next_deadline_of(c),
                label(Channel(c.channel)),
                person.name if person else None,
                address or None,
                person.postcode if person else None,
                person.city if person else None,
                display_phone(person.phone_day or person.phone_evening) or None if person else None,
                person.email if person else None,
                "; ".join(e.name for e in employees) or None,
                "; ".join(units) or None,
                "; ".join(d.dossier_number for d in c.related_dossiers) or None,
                c.description,
                "; ".join(s.name for s in c.subjects) or None,
                c.handler.name if c.handler else None,
                label(Route(c.route)).lower() if c.route else None,
                label(Judgment(c.judgment)).lower() if c.judgment else None,
                c.first_contact_on,
                c.closed_on,
                (cause_cell(report.cause_kind, report.cause_text) or None) if report else None,
                report.remedial_action if report else None,
                report.improvement_points if report else None,
            ]
        )
    return rows
