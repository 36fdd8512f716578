"""Letter kinds, their placeholders and their templates: the built-in ones under
``resources/templates/<kind>.txt`` and the administrator's edited ones (``letter_template``).

A template is plain text with placeholders in curly braces, ``{klachtnummer}``; a literal
brace is written twice, ``{{`` or ``}}``. A built-in template file starts with the line
``Onderwerp: ...`` (the subject, which may hold placeholders too), then the body.

``app.services.letters`` fills the templates in; everything here is plain text, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from string import Formatter

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import LetterTemplate
from app.paths import resource_path
from app.services.access import harmless, requires
from app.services.base import Service, check_version
from app.services.errors import ServiceError, ValidationError
from app.services.permissions import Permission
from app.services.validation import FieldError, TextField, check_text, column_limit

SUBJECT = TextField("Onderwerp", column_limit(LetterTemplate.subject))
BODY = TextField("Tekst", 50_000, multiline=True)


class LetterKind(StrEnum):
    ACKNOWLEDGEMENT = "acknowledgement"  # Awb 9:6
    MANAGER_COPY_START = "manager_copy_start"  # Awb 9:9, to the employee and their manager
    DELAY_NOTICE = "delay_notice"  # uitstelbericht with the new expected date
    EXTENSION_NOTICE = "extension_notice"  # Awb 9:11, verdaging
    DECLINE_NOTICE = "decline_notice"  # Awb 9:8
    INFORMAL_CLOSING = "informal_closing"  # the confirming e-mail of the informal route
    DECISION_LETTER = "decision_letter"  # Awb 9:12
    REVIEW_FORWARDING = "review_forwarding"  # herzieningsverzoek forwarded to the sector
    REVIEW_ENDED = "review_ended"  # herziening al gedaan: the procedure has ended
    NO_RESPONSE_NOTICE = "no_response_notice"  # persistent complainant
    IMPROVEMENT_LETTER = "improvement_letter"  # "uw klacht heeft geleid tot een verbetering"
    HEARING_INVITATION = "hearing_invitation"  # Awb 9:10, uitnodiging hoorzitting


# Dutch names (source strings; the UI translates with the context "letters").
KIND_LABELS: dict[LetterKind, str] = {
    LetterKind.ACKNOWLEDGEMENT: "Ontvangstbevestiging",
    LetterKind.MANAGER_COPY_START: "Afschrift aan medewerker en leidinggevende",
    LetterKind.DELAY_NOTICE: "Uitstelbericht",
    LetterKind.EXTENSION_NOTICE: "Verdaging van de beslissing",
    LetterKind.DECLINE_NOTICE: "Niet in behandeling genomen",
    LetterKind.INFORMAL_CLOSING: "Afsluitende e-mail (informeel)",
    LetterKind.DECISION_LETTER: "Beslissing op de klacht",
    LetterKind.REVIEW_FORWARDING: "Doorgezonden als herzieningsverzoek",
    LetterKind.REVIEW_ENDED: "Herziening al gedaan: procedure afgerond",
    LetterKind.NO_RESPONSE_NOTICE: "Geen reactie meer",
    LetterKind.IMPROVEMENT_LETTER: "Klacht heeft geleid tot verbetering",
    LetterKind.HEARING_INVITATION: "Uitnodiging hoorzitting",
}

# The word after the complaint number in a document's file name.
FILE_WORDS: dict[LetterKind, str] = {
    LetterKind.ACKNOWLEDGEMENT: "ontvangstbevestiging",
    LetterKind.MANAGER_COPY_START: "afschrift klacht",
    LetterKind.DELAY_NOTICE: "uitstelbericht",
    LetterKind.EXTENSION_NOTICE: "verdaging",
    LetterKind.DECLINE_NOTICE: "niet in behandeling",
    LetterKind.INFORMAL_CLOSING: "afsluitende e-mail",
    LetterKind.DECISION_LETTER: "beslissing op klacht",
    LetterKind.REVIEW_FORWARDING: "doorzending herzieningsverzoek",
    LetterKind.REVIEW_ENDED: "herziening al gedaan",
    LetterKind.NO_RESPONSE_NOTICE: "geen reactie meer",
    LetterKind.IMPROVEMENT_LETTER: "verbetering",
    LetterKind.HEARING_INVITATION: "uitnodiging hoorzitting",
}


def kind_label(kind: LetterKind) -> str:
    return KIND_LABELS[LetterKind(kind)]


@dataclass(frozen=True)
class PlaceholderInfo:
    name: str
    description: str  # Dutch, for the template editor and the "fill in" fields of a dialog
    is_date: bool = False
    multiline: bool = False


_P = PlaceholderInfo
PLACEHOLDERS: dict[str, PlaceholderInfo] = {
    p.name: p
    for p in (
        _P("aanhef", "Aanhef met naam, of 'Geachte heer/mevrouw' als de naam onbekend is"),
        _P("klager_naam", "Naam van de klager"),
        _P("klager_adres", "Adres van de klager op één regel"),
        _P("klachtnummer", "Nummer van de klacht, zoals IK-2026-0042"),
        _P("datum_ontvangst", "Datum waarop de klacht is ontvangen", is_date=True),
        _P("omschrijving", "Omschrijving van de klacht", multiline=True),
        _P("behandelaar", "Naam van de klachtbehandelaar"),
        _P("behandelaar_functie", "Functie van de klachtbehandelaar"),
        _P("ondertekenaar", "Wie de beslissing ondertekent (hoofd van de eenheid of directeur)"),
        _P("ondertekenaar_functie", "Functie van wie de beslissing ondertekent"),
        _P("organisatie", "Naam van de organisatie"),
        _P("datum", "Datum van de brief (vandaag)", is_date=True),
        _P("contact_uiterlijk", "Uiterste datum voor persoonlijk contact", is_date=True),
        _P(
            "beslissing_uiterlijk",
            "Uiterste datum van de beslissing (de oorspronkelijke termijn)",
            is_date=True,
        ),
        _P("verdaagd_tot", "Datum tot wanneer de beslissing is verdaagd", is_date=True),
        _P("verwachte_datum", "Nieuwe verwachte datum (uitstelbericht)", is_date=True),
        _P("grond", "Grond waarop de klacht niet in behandeling is genomen (Awb 9:8)"),
        _P("toezeggingen", "De toezeggingen met hun termijn", multiline=True),
        _P("besproken", "Wat er met de klager is besproken", multiline=True),
        _P(
            "oordeel_per_onderdeel",
            "Bevindingen en oordeel per klachtonderdeel, met de behoorlijkheidsnormen",
            multiline=True,
        ),
        _P("conclusie", "Het oordeel over de hele klacht, zoals 'deels gegrond'"),
        _P("ombudsman", "De ombudsman tot wie de klager zich kan wenden"),
        _P("ombudsman_termijn", "De termijn om naar de ombudsman te gaan, zoals 'een jaar'"),
        _P(
            "onderwerpen_geen_reactie",
            "Onderwerpen waarop niet meer wordt gereageerd",
            multiline=True,
        ),
        _P("verbetering", "De verbetering waartoe de klacht heeft geleid", multiline=True),
        _P("medewerker", "Naam of namen van de betrokken medewerkers"),
        _P("leidinggevende", "Naam of namen van hun leidinggevenden"),
        _P("sector", "De sector waarheen een herzieningsverzoek is doorgestuurd"),
        _P("hoorzitting_datum", "Datum van de hoorzitting", is_date=True),
        _P("hoorzitting_tijd", "Tijd van de hoorzitting, zoals '10.30 uur'"),
        _P("hoorzitting_plaats", "Plaats van de hoorzitting (adres en zaal)"),
        _P(
            "verslag_horen",
            "Het verslag van het horen (Awb 9:10), zoals vastgelegd bij de klacht",
            multiline=True,
        ),
    )
}


def known_placeholders_text() -> str:
    return ", ".join("{" + name + "}" for name in PLACEHOLDERS)


# A value the letter still needs, in the text a user edits: the placeholder's Dutch
# description between brackets, never the raw "{name}" (that means nothing to the reader).
MISSING_MARK = "[in te vullen: {}]"
_MISSING_MARK = re.compile(r"\[in te vullen: [^\]\n]*\]")


def missing_mark(name: str) -> str:
    return MISSING_MARK.format(describe(name))


def describe(name: str) -> str:
    """The Dutch description of a placeholder (its name if unknown)."""
    info = PLACEHOLDERS.get(name)
    return info.description if info is not None else name


def has_missing_marks(text: str) -> bool:
    return _MISSING_MARK.search(text) is not None


def without_missing_marks(text: str) -> str:
    """``text`` with the marks of missing values taken out (the user chose to send the
    letter without them); spaces left doubled by a removal are closed."""
    removed = _MISSING_MARK.sub("", text)
    return "\n".join(re.sub(r"(?<=\S) {2,}", " ", line).rstrip() for line in removed.split("\n"))


def raw_placeholders_in(text: str) -> list[str]:
    """Known placeholders still written as ``{name}`` in a finished text (typed by a user)."""
    found = re.findall(r"\{([a-z_]+)\}", text)
    return list(dict.fromkeys(name for name in found if name in PLACEHOLDERS))


def missing_text(names: list[str] | tuple[str, ...]) -> str:
    """ "a", "a" en "b": the Dutch descriptions of missing values, for a message."""
    described = [f"'{describe(name)}'" for name in names]
    if len(described) <= 1:
        return "".join(described)
    return ", ".join(described[:-1]) + " en " + described[-1]


class MissingValuesError(ServiceError):
    """A placeholder of the template has no value for this complaint."""

    def __init__(self, names: list[str] | tuple[str, ...]) -> None:
        message = (
            "De brief kan nog niet worden gemaakt. Nog niet ingevuld: "
            f"{missing_text(names)}. Vul dit in, of pas de tekst van de brief aan."
        )
        super().__init__(message)
        self.placeholders = tuple(names)


def placeholders_in(text: str) -> list[str]:
    """The placeholder names in ``text``, in order (each once).

    Raises ``FieldError`` (Dutch) for a stray brace, an empty ``{}``, formatting after
    ``:`` or ``!``, or a name that is not a known placeholder.
    """
    names: list[str] = []
    try:
        parsed = list(Formatter().parse(text))
    except ValueError:
        raise FieldError(
            "Een accolade staat niet goed. Schrijf een invulveld als {klachtnummer}; "
            "een losse accolade schrijft u dubbel: {{ of }}."
        ) from None
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if not name.strip():
            raise FieldError("Een invulveld heeft een naam nodig, zoals {klachtnummer}.")
        if spec or conversion:
            raise FieldError(
                f"Invulveld {{{name}}} mag geen opmaak na ':' of '!' hebben; "
                "schrijf alleen de naam tussen accolades."
            )
        if name not in PLACEHOLDERS:
            raise FieldError(
                f"Onbekend invulveld {{{name}}}. Bekende invulvelden: {known_placeholders_text()}."
            )
        if name not in names:
            names.append(name)
    return names


def fill(text: str, values: Mapping[str, str | None]) -> str:
    """``text`` with its placeholders filled in; refuses when one has no value."""
    placeholders_in(text)
    parts: list[str] = []
    missing: list[str] = []
    for literal, name, _spec, _conversion in Formatter().parse(text):
        parts.append(literal)
        if name is None:
            continue
        value = values.get(name)
        if value is None or not str(value).strip():
            if name not in missing:
                missing.append(name)
            continue
        parts.append(str(value))
    if missing:
        raise MissingValuesError(missing)
    return "".join(parts)


def fill_marked(text: str, values: Mapping[str, str | None]) -> tuple[str, tuple[str, ...]]:
    """``text`` filled in, each placeholder without a value shown as a readable mark
    (:data:`MISSING_MARK`); also the names of those placeholders."""
    placeholders_in(text)
    parts: list[str] = []
    missing: list[str] = []
    for literal, name, _spec, _conversion in Formatter().parse(text):
        parts.append(literal)
        if name is None:
            continue
        value = values.get(name)
        if value is None or not str(value).strip():
            missing.append(name)
            parts.append(missing_mark(name))
            continue
        parts.append(str(value))
    return "".join(parts), tuple(dict.fromkeys(missing))


def heading_lines(body: str) -> frozenset[str]:
    """The template's own headings ("Uw klacht", "Hoe gaat het verder?"): the first line of
    a paragraph when it is short, has no closing punctuation or placeholder, and more
    lines follow."""
    from app.reports.letters import looks_like_heading  # loads reportlab: only here

    found = set()
    for block in body.replace("\r\n", "\n").split("\n\n"):
        lines = [line for line in block.split("\n") if line.strip()]
        if lines and "{" not in lines[0] and looks_like_heading(lines[0], lines[1:]):
            found.add(lines[0].strip())
    return frozenset(found)


@dataclass(frozen=True)
class TemplateText:
    subject: str
    body: str


@cache
def builtin_template(kind: LetterKind) -> TemplateText:
    """The built-in template of ``kind`` (read once from ``resources/templates``)."""
    path = resource_path("templates", f"{LetterKind(kind).value}.txt")
    text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    first, _newline, body = text.partition("\n")
    prefix = "Onderwerp:"
    if not first.startswith(prefix):
        raise ValueError(f"{path.name}: the first line must start with '{prefix}'")
    return TemplateText(first[len(prefix) :].strip(), body.strip("\n") + "\n")


def template_of(session: Session, kind: LetterKind) -> TemplateText:
    """The administrator's template of ``kind`` if there is one, else the built-in one."""
    row = session.scalar(select(LetterTemplate).where(LetterTemplate.kind == LetterKind(kind)))
    if row is None:
        return builtin_template(kind)
    return TemplateText(row.subject, row.body)


@dataclass(frozen=True)
class TemplateInfo:
    kind: LetterKind
    title: str
    subject: str
    body: str
    customised: bool  # False: the built-in template
    version: int | None  # of the stored row, for the optimistic lock
    placeholders: tuple[str, ...]


class LetterTemplateService(Service):
    """Read and edit the letter templates (editing: the administrator)."""

    @staticmethod
    @harmless("the list of placeholders a template may use; no data")
    def placeholders() -> list[PlaceholderInfo]:
        return list(PLACEHOLDERS.values())

    @staticmethod
    @harmless("the built-in text of a letter; no data from the register")
    def builtin(kind: LetterKind) -> TemplateInfo:
        text = builtin_template(kind)
        return _info(LetterKind(kind), text.subject, text.body, None)

    @harmless("reference data: the letter templates, the organisation's own texts")
    def templates(self) -> list[TemplateInfo]:
        with self.reading() as session:
            return [self._get(session, kind) for kind in LetterKind]

    @harmless("reference data: a letter template, the organisation's own text")
    def get(self, kind: LetterKind) -> TemplateInfo:
        with self.reading() as session:
            return self._get(session, LetterKind(kind))

    @staticmethod
    def _get(session: Session, kind: LetterKind) -> TemplateInfo:
        row = session.scalar(select(LetterTemplate).where(LetterTemplate.kind == kind))
        if row is None:
            return LetterTemplateService.builtin(kind)
        return _info(kind, row.subject, row.body, row.version)

    @requires(Permission.MANAGE_SETTINGS)
    def save(
        self, kind: LetterKind, subject: str, body: str, *, version: int | None = None
    ) -> TemplateInfo:
        """Store the administrator's version of a template; unknown placeholders refused."""
        kind = LetterKind(kind)
        errors: dict[str, str] = {}
        clean_subject = clean_body = None
        try:
            clean_subject = check_text(subject, SUBJECT, "Vul het onderwerp in.")
            placeholders_in(clean_subject or "")
        except FieldError as error:
            errors["subject"] = error.message
        try:
            clean_body = check_text(body, BODY, "De brief heeft een tekst nodig.")
            placeholders_in(clean_body or "")
        except FieldError as error:
            errors["body"] = error.message
        if errors:
            raise ValidationError(errors)
        assert clean_subject is not None
        assert clean_body is not None
        with self.writing(Permission.MANAGE_SETTINGS, reason="briefsjabloon gewijzigd") as s:
            row = s.scalar(select(LetterTemplate).where(LetterTemplate.kind == kind))
            if row is None:
                row = LetterTemplate(kind=kind.value, title=kind_label(kind))
                s.add(row)
            else:
                check_version(row.version, version)
            row.subject = clean_subject
            row.body = clean_body + "\n"
            s.flush()
            return _info(kind, row.subject, row.body, row.version)

    @requires(Permission.MANAGE_SETTINGS)
    def reset(self, kind: LetterKind) -> TemplateInfo:
        """Back to the built-in template."""
        kind = LetterKind(kind)
        with self.writing(Permission.MANAGE_SETTINGS, reason="briefsjabloon hersteld") as s:
            row = s.scalar(select(LetterTemplate).where(LetterTemplate.kind == kind))
            if row is not None:
                s.delete(row)
        return self.builtin(kind)


def _info(kind: LetterKind, subject: str, body: str, version: int | None) -> TemplateInfo:
    names = placeholders_in(subject) + placeholders_in(body)
    return TemplateInfo(
        kind=kind,
        title=kind_label(kind),
        subject=subject,
        body=body,
        customised=version is not None,
        version=version,
        placeholders=tuple(dict.fromkeys(names)),
    )
