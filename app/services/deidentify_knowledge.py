"""What the register itself knows is personal data, and the patterns of contact data, for
``app.services.deidentify``.

The register's knowledge is asked with SQL, word by word: the text's words (and runs of up
to four words, for "Jan de Vries" or "Burgemeester de Withstraat") are compared with the
lower-cased name, street and town columns in ``IN (...)`` lists, so only the rows that
occur in the text come back — never all complainants of a register of 100,000.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.models.complainant import Complainant
from app.models.complaint import ComplaintEmployee, RelatedDossier
from app.models.organisation import Employee
from app.services.names import is_infix_word

# Kinds by their ``SpanKind`` value (``deidentify`` imports this module, not the reverse).
NAME, ADDRESS, EMAIL, PHONE, DOSSIER, DATE, JOB, NUMBER = (
    "naam",
    "adres",
    "e-mailadres",
    "telefoonnummer",
    "dossiernummer",
    "datum",
    "functie",
    "nummer",
)


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    kind: str


# ----- patterns --------------------------------------------------------------------------

_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    "december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
)
_WEEKDAYS = "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
# A day is what pins an event down: "3 maart 2024", "03-03-2024", "2024-03-03", and
# "op 3 maart" (the year is in the complaint's own date). "maart 2024" alone is fine.
_DATES = (
    re.compile(r"\b\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})\b"),
    re.compile(r"\b\d{4}-\d{2}-\d{2}\b"),
    re.compile(
        rf"\b(?:(?:{_WEEKDAYS})\s+)?\d{{1,2}}\s*(?:e\s+)?(?:{_MONTHS})\b\.?(?:\s+\d{{4}}\b)?",
        re.IGNORECASE,
    ),
)
# Dutch postcodes; SA, SD and SS are never issued. Capitals only: "2024 en" is no postcode.
_POSTCODE = re.compile(r"\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b")
# BSN-like: nine digits, also written 1234.56.789.
_BSN = re.compile(r"(?<![\d.-])(?:\d{9}|\d{4}\.\d{2}\.\d{3})(?![\d-]|\.\d)")
_STREET_SUFFIXES = (
    "straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|hof|park|pad|steeg|plantsoen|"
    "markt|baan|ring|wal|veld|erf|hage|burg|haven|oord|akker|allee|boulevard"
)
# Any street with a house number, known to the register or not: "Kerkstraat 12a".
_STREET_WITH_NUMBER = re.compile(
    rf"\b[A-Z][\w'’-]*(?:{_STREET_SUFFIXES})\s+\d{{1,5}}(?:[a-zA-Z]\b|\s?-\s?\w{{1,4}}\b|\s[A-Z]\b)?"
)
_HOUSE_NUMBER = re.compile(r"\s+\d{1,5}(?:[a-zA-Z]\b|\s?-\s?\w{1,4}\b|\s[A-Z]\b)?")


def pattern_spans(text: str) -> list[Found]:
    found = [Found(m.start(), m.end(), DATE) for pattern in _DATES for m in pattern.finditer(text)]
    found += [Found(m.start(), m.end(), ADDRESS) for m in _POSTCODE.finditer(text)]
    found += [Found(m.start(), m.end(), ADDRESS) for m in _STREET_WITH_NUMBER.finditer(text)]
    found += [Found(m.start(), m.end(), NUMBER) for m in _BSN.finditer(text)]
    return found


# ----- job titles ------------------------------------------------------------------------

# Common Dutch government job titles; the Woo export redacts them (the register's own
# employees' titles are added from the database).
JOB_TITLES = frozenset(
    {
        "teamleider",
        "teamleidster",
        "teamcoördinator",
        "teammanager",
        "baliemedewerker",
        "handhaver",
        "afdelingshoofd",
        "afdelingsmanager",
        "hoofd",
        "directeur",
        "adjunct-directeur",
        "concerndirecteur",
        "gemeentesecretaris",
        "klachtencoördinator",
        "klachtcoördinator",
        "klachtbehandelaar",
        "klachtenfunctionaris",
        "coördinator",
        "manager",
        "unitmanager",
        "clustermanager",
        "wethouder",
        "burgemeester",
        "griffier",
        "secretaris",
        "beleidsmedewerker",
        "beleidsadviseur",
        "klantcontactmedewerker",
        "klantmanager",
        "casemanager",
        "consulent",
        "inkomensconsulent",
        "wijkcoördinator",
        "toezichthouder",
        "inspecteur",
        "bouwinspecteur",
        "boa",
        "opsporingsambtenaar",
        "buitengewoon opsporingsambtenaar",
        "leerplichtambtenaar",
        "parkeercontroleur",
        "stadswacht",
        "vergunningverlener",
        "jurist",
        "receptionist",
        "receptioniste",
        "telefonist",
        "telefoniste",
        "projectleider",
        "programmamanager",
        "controller",
        "archivaris",
        "medewerker burgerzaken",
        "medewerker klantcontact",
        "administratief medewerker",
    }
)
_SUFFIX_TITLES = tuple(sorted((t for t in JOB_TITLES if " " not in t and len(t) >= 7), key=len))


# ----- words -----------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_MAX_RUN = 4
_CHUNK = 400  # bound parameters per IN list; far below SQLite's and PostgreSQL's limits


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower().replace("’", "'")

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


def _tokens(text: str) -> list[_Token]:
    return [_Token(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


def _runs(text: str, tokens: list[_Token]) -> Iterator[tuple[int, int, str]]:
    """(first token, last token + 1, lower-cased words joined by one space) for every run
    of up to four words with only spaces between them."""
    for i in range(len(tokens)):
        words = [tokens[i].lower]
        yield i, i + 1, words[0]
        for j in range(i + 1, min(i + _MAX_RUN, len(tokens))):
            if text[tokens[j - 1].end : tokens[j].start].strip():
                break
            words.append(tokens[j].lower)
            yield i, j + 1, " ".join(words)


def _chunks(values: Iterable[str]) -> Iterator[list[str]]:
    items = sorted(set(values))
    for position in range(0, len(items), _CHUNK):
        yield items[position : position + _CHUNK]


def _lowered(values: Iterable[str | None]) -> set[str]:
    return {" ".join(v.lower().replace("’", "'").split()) for v in values if v and v.strip()}


# ----- the register's knowledge ----------------------------------------------------------


@dataclass
class _Known:
    names: set[str]  # lower-cased names and name parts, several words joined by one space
    loose: set[str]  # of those, words that count only when capitalised (first names)
    places: set[str]  # streets and towns
    streets: set[str]
    titles: set[str]


def _known(session: Session, phrases: set[str], capitalised: set[str]) -> _Known:
    known = _Known(set(), set(), set(), set(), set())
    # Each column on its own, and only the distinct values that occur in the text: a town
    # the text names can be the town of half the register's complainants.
    targets = (
        (Complainant.surname, known.names),
        (Complainant.name, known.names),
        (Complainant.first_name, known.loose),
        (Complainant.street, known.streets),
        (Complainant.city, known.places),
        (Employee.name, known.names),
        (ComplaintEmployee.free_text_name, known.names),
        (Employee.job_title, known.titles),
    )
    for chunk in _chunks(phrases):
        for column, into in targets:
            lowered = func.lower(column)
            into |= _lowered(session.scalars(select(lowered).where(lowered.in_(chunk)).distinct()))
    known.places |= known.streets
    # "mevrouw Betrokkene": an employee's surname alone. Only capitalised words are tried,
    # in one pass over the employees (an organisation's staff, not the register). Free-text
    # names are found when written as given: a LIKE over them would scan every complaint.
    words = sorted(capitalised)
    lowered = func.lower(Employee.name)
    for position in range(0, len(words), 50):
        batch = words[position : position + 50]
        for full in session.scalars(
            select(Employee.name)
            .where(or_(*(lowered.like(f"% {_escaped(w)}", escape="\\") for w in batch)))
            .distinct()
        ):
            known.names |= _lowered([full])
            known.names |= {w for w in _lowered([full.split()[-1]]) if w in batch}
    known.loose -= known.names
    known.names |= known.loose
    return known


def _escaped(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _name_word_before(text: str, tokens: list[_Token], index: int, known: _Known) -> bool:
    """Whether the token before ``index`` belongs to the same name: an infix ("de"), an
    initial ("J."), or a known name word, with only a space (or an initial's dot) between."""
    if index == 0:
        return False
    before = tokens[index - 1]
    gap = text[before.end : tokens[index].start]
    if gap.strip() not in ("", "."):
        return False
    if is_infix_word(before.lower) and not gap.strip():
        return True
    if len(before.text) <= 2 and before.text[:1].isupper() and gap.strip() == ".":
        return True  # "J. de Vries", "Th. Jansen"
    return before.capitalised and before.lower in known.names and not gap.strip()


def knowledge_spans(session: Session, text: str, *, job_titles: bool) -> list[Found]:
    tokens = _tokens(text)
    runs = list(_runs(text, tokens))
    phrases = {phrase for _, _, phrase in runs if len(phrase) >= 2}
    capitalised = {t.lower for t in tokens if t.capitalised and len(t.text) >= 2}
    if not phrases:
        return []
    known = _known(session, phrases, capitalised)
    found: list[Found] = []
    for first, last, phrase in runs:
        single = last - first == 1
        if phrase in known.names:
            if single and phrase in known.loose and not tokens[first].capitalised:
                continue  # "wil" is a verb, "Wil" a first name
            if single and is_infix_word(phrase):
                continue
            while _name_word_before(text, tokens, first, known):
                first -= 1
            found.append(Found(tokens[first].start, tokens[last - 1].end, NAME))
        elif phrase in known.places:
            end = tokens[last - 1].end
            if phrase in known.streets:
                number = _HOUSE_NUMBER.match(text, end)
                end = number.end() if number else end
            found.append(Found(tokens[first].start, end, ADDRESS))
        elif job_titles and _is_job_title(phrase, single, known):
            found.append(Found(tokens[first].start, tokens[last - 1].end, JOB))
    found += _dossier_spans(session, text)
    return found


def _is_job_title(phrase: str, single: bool, known: _Known) -> bool:
    # "hoofdbaliemedewerker", "senior-handhaver": a word ending in a title is one.
    if phrase in known.titles or phrase in JOB_TITLES:
        return True
    return single and phrase.endswith(_SUFFIX_TITLES)


_DOSSIER_TOKEN = re.compile(r"[\w][\w./-]*[\w]")


def _dossier_spans(session: Session, text: str) -> list[Found]:
    """Related dossier numbers the register holds ("Z-2024-0815", "2024/12345"); a token
    with a digit in it is compared as written (the column is indexed)."""
    candidates = {
        m.group(): m for m in _DOSSIER_TOKEN.finditer(text) if any(c.isdigit() for c in m.group())
    }
    found: list[Found] = []
    for chunk in _chunks(candidates):
        for number in session.scalars(
            select(RelatedDossier.dossier_number)
            .where(RelatedDossier.dossier_number.in_(chunk))
            .distinct()
        ):
            found += [
                Found(m.start(), m.end(), DOSSIER)
                for m in re.finditer(rf"(?<![\w/-]){re.escape(number)}(?![\w/-])", text)
            ]
    return found
