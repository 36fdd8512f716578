"""Moving in from the Excel register, and going back out to Excel.

Import reads ``.xlsx`` or ``.csv`` (semicolon or comma; UTF-8 or Windows-1252), maps the
columns (DESIGN.md "Register columns"), checks every row first (the preview, a dry run)
and then writes all valid rows in one transaction — or nothing. Importing the same file
twice changes nothing: a row whose ``Nummer`` exists updates that complaint only where the
sheet has a value that differs.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app.atomic_files import write_bytes_atomically
from app.models import (
    Complainant,
    Complaint,
    ComplaintEmployee,
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
    label,
)
from app.services.base import Service
from app.services.deadlines import (
    active_profile,
    closing_days,
    contact_due_date,
    decision_due_date,
)
from app.services.errors import ServiceError
from app.services.numbering import SERIES, next_number
from app.services.permissions import Permission
from app.services.register import MAX_PAGE_SIZE, RegisterFilter, RegisterService, RegisterSort
from app.services.search import refresh_search_text
from app.services.validation import FieldError, check_email, check_phone, check_postcode
from app.storage_errors import file_write_message

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
DATE_COLUMNS = ("Datum ontvangst", "Datum eerste contact", "Datum afgehandeld")
COLUMN_WIDTHS = {
    "Nummer": 14,
    "Soort": 9,
    "Datum ontvangst": 13,
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


@dataclass
class RowPlan:
    row: int
    action: Action
    number: str | None
    values: dict[str, Any] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)  # columns an update would change

    @property
    def valid(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class SheetData:
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[Any, ...]], ...]  # (spreadsheet row number, cells)
    encoding: str | None = None
    delimiter: str | None = None


@dataclass
class ImportPreview:
    mapping: dict[str, str]  # sheet header -> our column
    unknown_columns: list[str]
    missing_columns: list[str]
    plans: list[RowPlan]
    new_employees: list[str]
    new_units: list[str]
    new_subjects: list[str]

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


# ----- reading files -------------------------------------------------------------------------


def read_sheet(path: str | Path) -> SheetData:
    """The header row and data rows of an .xlsx or .csv file."""
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if path.suffix.lower() in (".csv", ".txt"):
        return _read_csv(path.read_bytes())
    raise ServiceError("Kies een Excel-bestand (.xlsx) of een CSV-bestand (.csv).")


def _read_xlsx(path: Path) -> SheetData:
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds
        raise ServiceError("Dit Excel-bestand kan niet worden gelezen.") from error
    try:
        sheet = workbook.worksheets[0]
        headers: tuple[str, ...] | None = None
        rows = []
        for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
            if headers is None:
                if any(c not in (None, "") for c in cells):
                    headers = tuple("" if c is None else str(c).strip() for c in cells)
                continue
            rows.append((number, tuple(cells)))
    finally:
        workbook.close()
    if headers is None:
        raise ServiceError("Het bestand is leeg: er is geen kopregel gevonden.")
    return SheetData(headers, tuple(rows))


def _read_csv(raw: bytes) -> SheetData:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes nearly everything
        raise ServiceError("De tekens in dit CSV-bestand kunnen niet worden gelezen.")
    sample = text[:20_000]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    except csv.Error:
        delimiter = ";" if sample.count(";") >= sample.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    headers: tuple[str, ...] | None = None
    rows = []
    for number, cells in enumerate(reader, start=1):
        if headers is None:
            if any(c.strip() for c in cells):
                headers = tuple(c.strip() for c in cells)
            continue
        rows.append((number, tuple(cells)))
    if headers is None:
        raise ServiceError("Het bestand is leeg: er is geen kopregel gevonden.")
    return SheetData(headers, tuple(rows), encoding.replace("-sig", ""), delimiter)


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
        raise FieldError(f"'{text}' is geen bestaande datum.") from None
    raise FieldError(f"'{text}' is geen datum; gebruik dd-mm-jjjj.")


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
        raise FieldError(f"'{text}' is geen bekende {what}; kies uit: {known}.")
    return found


def _split(value: Any, separators: str = ";") -> list[str]:
    text = _text(value)
    if text is None:
        return []
    return [p.strip() for p in re.split(f"[{re.escape(separators)}]", text) if p.strip()]


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


# ----- the service ---------------------------------------------------------------------------


class RegisterImportService(Service):
    def preview(self, sheet: SheetData, mapping: dict[str, str] | None = None) -> ImportPreview:
        """Check every row; nothing is written."""
        self.require(Permission.REGISTER_COMPLAINT)
        mapping = dict(mapping) if mapping is not None else suggest_mapping(sheet.headers)
        used = set(mapping.values())
        unknown = [h for h in sheet.headers if h and h not in mapping]
        missing = [c for c in ("Datum ontvangst", "Omschrijving") if c not in used]
        index = {column: sheet.headers.index(header) for header, column in mapping.items()}
        with self.reading() as session:
            context = _Context.load(session)
            plans = []
            seen_numbers: dict[str, int] = {}
            for row_number, cells in sheet.rows:
                if all(_text(c) is None for c in cells):
                    continue  # a blank row
                cell = {column: cells[i] if i < len(cells) else None for column, i in index.items()}
                plan = self._plan(session, context, row_number, cell)
                if plan.number and plan.action == Action.NEW:
                    if plan.number in seen_numbers:
                        plan.problems.append(
                            Problem(
                                row_number,
                                "Nummer",
                                f"Nummer {plan.number} staat ook in rij "
                                f"{seen_numbers[plan.number]}.",
                            )
                        )
                    seen_numbers[plan.number] = row_number
                plans.append(plan)
            for column in missing:
                plans.insert(
                    0,
                    RowPlan(
                        1,
                        Action.SKIP,
                        None,
                        problems=[
                            Problem(
                                1, column, f"De kolom '{column}' ontbreekt; koppel een kolom eraan."
                            )
                        ],
                    ),
                )
        return ImportPreview(
            mapping=mapping,
            unknown_columns=unknown,
            missing_columns=missing,
            plans=plans,
            new_employees=sorted(context.new_employees.values()),
            new_units=sorted(context.new_units.values()),
            new_subjects=sorted(context.new_subjects.values()),
        )

    def _plan(self, session: Session, context: _Context, row: int, cell: dict[str, Any]) -> RowPlan:
        problems: list[Problem] = []
        values: dict[str, Any] = {}

        def check(column: str, func: Callable[[Any], Any]) -> None:
            if column not in cell:
                return
            try:
                values[column] = func(cell[column])
            except FieldError as error:
                problems.append(Problem(row, column, error.message))

        check("Nummer", _text)
        check("Soort", lambda v: _enum(v, _KIND_WORDS, "soort"))
        check("Kanaal", lambda v: _enum(v, _CHANNEL_WORDS, "manier van binnenkomst"))
        check("Afhandeling", lambda v: _enum(v, _ROUTE_WORDS, "afhandeling"))
        check("Oordeel", lambda v: _enum(v, _JUDGMENT_WORDS, "oordeel"))
        for column in DATE_COLUMNS:
            check(column, parse_date)
        check("Postcode", lambda v: check_postcode(_text(v)))
        check("Telefoon", lambda v: check_phone(_text(v)))
        check("E-mail", lambda v: check_email(_text(v)))
        for column in (
            "Klager",
            "Adres",
            "Woonplaats",
            "Omschrijving",
            "Behandelaar",
            "Afdeling",
            "Oorzaak",
            "Herstelactie",
            "Verbeterpunten",
        ):
            check(column, _text)
        check("Medewerker", lambda v: _split(v, ";"))
        check("Dossiernummer", lambda v: _split(v, ";,"))
        check("Onderwerp", lambda v: _split(v, ";,"))

        number = values.get("Nummer")
        if number and not _NUMBER.match(number):
            problems.append(
                Problem(
                    row,
                    "Nummer",
                    (f"'{number}' is geen klachtnummer zoals IK-2024-0012 of SG-2024-0003."),
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
        if existing is None:
            if values.get("Datum ontvangst") is None and "Datum ontvangst" not in [
                p.column for p in problems
            ]:
                problems.append(Problem(row, "Datum ontvangst", "Vul de datum van ontvangst in."))
            if not values.get("Omschrijving"):
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
        if kind == ComplaintKind.COMPLAINT and not has_person:
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
        return RowPlan(row, action, number, values, problems, changes)

    def import_rows(
        self,
        preview: ImportPreview,
        *,
        valid_only: bool = False,
        create_people: bool = False,
        progress: Callable[[int, int], bool] | None = None,
    ) -> ImportResult:
        """Write the preview's rows in one transaction. With problems present nothing is
        written unless ``valid_only``; new employees and units need ``create_people``.
        ``progress(done, total)`` returning False cancels (nothing is written)."""
        refused = sum(1 for p in preview.plans if not p.valid)
        if refused and not valid_only:
            raise ServiceError(
                f"{refused} rij(en) bevatten fouten; er is niets ingelezen. Verbeter het bestand "
                "of kies ervoor alleen de goede rijen in te lezen."
            )
        if (preview.new_employees or preview.new_units) and not create_people:
            raise ServiceError(
                "Het bestand noemt medewerkers of afdelingen die nog niet bestaan. Bevestig dat "
                "ze worden aangemaakt."
            )
        rows = sorted(
            preview.valid_rows,
            key=lambda p: (
                p.action != Action.UPDATE,
                p.values.get("Datum ontvangst") or date.min,
                p.row,
            ),
        )
        created = updated = 0
        with self.writing(Permission.REGISTER_COMPLAINT, reason="register ingelezen") as session:
            context = _Context.load(session)
            profile = active_profile(session)
            closed = closing_days(session)
            touched: list[Complaint] = []
            # Numbers taken from the sheet are used: new numbers continue after them.
            _bump_series(session, [p.number for p in rows if p.number])
            context.load_people(session, [p.values.get("Klager") for p in rows])
            # Flush in batches, not before every query: thousands of rows stay fast.
            with session.no_autoflush:
                for done, plan in enumerate(rows, start=1):
                    if plan.action == Action.UPDATE:
                        complaint = context.complaint_by_number(session, plan.number)
                        _apply(session, context, complaint, plan.values, new=False)
                        updated += 1
                    else:
                        complaint = _new_complaint(session, context, plan, profile, closed)
                        created += 1
                    touched.append(complaint)
                    if done % 1000 == 0:
                        session.flush()
                    if (
                        progress is not None
                        and done % 100 == 0
                        and (progress(done, len(rows)) is False)
                    ):
                        raise ImportCancelled()
            session.flush()
            refresh_search_text(session, [c.id for c in touched])
        skipped = sum(1 for p in preview.plans if p.valid and p.action == Action.SKIP)
        return ImportResult(created, updated, skipped, refused)


class ImportCancelled(ServiceError):
    def __init__(self) -> None:
        super().__init__("Het inlezen is afgebroken; er is niets gewijzigd.")


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
    _people: dict[str, list[Complainant]] = field(default_factory=dict)
    created_employees: set[str] = field(default_factory=set)

    @classmethod
    def load(cls, session: Session) -> _Context:
        return cls(
            employees={_people_key(e.name): e for e in session.scalars(select(Employee))},
            units={_people_key(u.name): u for u in session.scalars(select(OrgUnit))},
            subjects={_people_key(s.name): s for s in session.scalars(select(SubjectCategory))},
        )

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
        query = (
            select(Complaint)
            .where(Complaint.received_on == received, Complaint.description == description)
            .order_by(Complaint.id)
        )
        for complaint in session.scalars(query):
            person = complaint.complainant
            if (person.name if person else None) == name:
                self._complaints[complaint.number] = complaint
                return complaint
        return None

    def load_people(self, session: Session, names: Iterable[str | None]) -> None:
        """The complainants already on record under the names the sheet uses."""
        wanted = sorted({n for n in names if n})
        for start in range(0, len(wanted), 500):
            for person in session.scalars(
                select(Complainant).where(
                    Complainant.name.in_(wanted[start : start + 500]),
                    Complainant.merged_into_id.is_(None),
                )
            ):
                self.add_person(person)

    def add_person(self, person: Complainant) -> None:
        self._people.setdefault(person.name or "", []).append(person)

    def people_named(self, name: str | None) -> list[Complainant]:
        return self._people.get(name or "", [])

    def report_of(self, complaint: Complaint) -> HandlingReport | None:
        session = Session.object_session(complaint)
        if session is None:
            return None
        return session.scalar(
            select(HandlingReport).where(HandlingReport.complaint_id == complaint.id)
        )

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


def _find_complainant(context: _Context, values: dict[str, Any]) -> Complainant | None:
    """The same person already on record: the identical name, at least one shared contact
    detail (e-mail, phone, postcode) and none that contradicts it. A merely similar record
    stays separate; the coordinator can merge it later (as at intake)."""
    wanted = _complainant_values(values)
    for person in context.people_named(wanted["name"]):
        conflicts = [
            key
            for key in ("email", "phone_day", "postcode", "street", "house_number", "city")
            if wanted[key] and getattr(person, key) and getattr(person, key) != wanted[key]
        ]
        shared = [
            key
            for key in ("email", "phone_day", "postcode")
            if wanted[key] and getattr(person, key) == wanted[key]
        ]
        if shared and not conflicts:
            return person
    return None


def _new_complaint(
    session: Session, context: _Context, plan: RowPlan, profile: Any, closed: frozenset[date]
) -> Complaint:
    values = plan.values
    kind = values.get("Soort") or ComplaintKind.COMPLAINT
    received = values["Datum ontvangst"]
    complainant = None
    if any(_complainant_values(values).values()):
        complainant = _find_complainant(context, values)
        if complainant is None:
            complainant = Complainant(**_complainant_values(values))
            session.add(complainant)
            context.add_person(complainant)
    complaint = Complaint(
        number=plan.number or next_number(session, kind, received.year),
        kind=kind,
        received_on=received,
        channel=values.get("Kanaal") or Channel.POST,
        description=values.get("Omschrijving") or "",
        complainant=complainant,
        status=Status.REGISTERED,
        historic=True,
    )
    if kind == ComplaintKind.COMPLAINT:
        complaint.regulation_profile_id = profile.id
        complaint.contact_due = contact_due_date(received, profile, closed)
        complaint.decision_due = decision_due_date(received, profile)
    session.add(complaint)
    _apply(session, context, complaint, values, new=True)
    context._complaints[complaint.number] = complaint
    return complaint


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
    if complaint.kind == ComplaintKind.SIGNAL:
        target = Status.REGISTERED
    elif complaint.closed_on is not None:
        route = Route(complaint.route) if complaint.route else Route.INFORMAL
        complaint.route = route
        target = _END_STATUS[route]
    elif complaint.handler_id is not None or complaint.handler is not None:
        target = Status.IN_PROGRESS if complaint.first_contact_on else Status.ASSIGNED
    else:
        target = Status.REGISTERED
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
    def export(
        self,
        path: str | Path,
        filter: RegisterFilter | None = None,
        sort: RegisterSort = RegisterSort.NUMBER,
        descending: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> int:
        """The register (all, or the current filter) as .xlsx in the register columns."""
        register = RegisterService(self.db, self.user)
        filter = filter or RegisterFilter()
        total = register.count(filter)
        workbook = Workbook()
        sheet = workbook.active
        sheet.title = "Register"
        sheet.append(list(COLUMNS))
        written = 0
        while written < total:
            page = register.page(filter, sort, descending, offset=written, limit=MAX_PAGE_SIZE)
            if not page:
                break
            with self.reading() as session:
                rows = _export_rows(session, [r.id for r in page])
            for row in rows:
                sheet.append(row)
            written += len(page)
            if progress is not None:
                progress(written, total)
        for position, column in enumerate(COLUMNS, start=1):
            letter = get_column_letter(position)
            sheet.column_dimensions[letter].width = COLUMN_WIDTHS[column]
            if column in DATE_COLUMNS:
                for cell in sheet[letter][1:]:
                    cell.number_format = "DD-MM-YYYY"
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{written + 1}"
        target = Path(path)
        # Zipped in memory first: openpyxl's zip file, left open when the disk fills up,
        # would fail again when it is collected. The file is then written whole or not at all.
        content = io.BytesIO()
        workbook.save(content)
        try:
            write_bytes_atomically(target, content.getvalue())
        except OSError as error:
            raise ServiceError(file_write_message(error, target)) from error
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
                label(Channel(c.channel)),
                person.name if person else None,
                address or None,
                person.postcode if person else None,
                person.city if person else None,
                (person.phone_day or person.phone_evening) if person else None,
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
