"""The searchable text of complaints (see ``ComplaintSearch``), kept up to date by the
services that change what it is made of: number, description, complainant's name and contact
details (e-mail, phone numbers, postcode, town, external references), related dossier
numbers, names of the employees concerned and the handler, and the contact notes.

What callers quote comes in many notations, so the text holds a second, joined form where
the notation varies: a postcode as ``1234ab`` beside ``1234 ab``, a dossier number
``2026.1234`` also as ``20261234``, a phone number as the digits a Dutch person dials
(``0612345678``; abroad: country code and number). A phone number in a search, in any
notation (``06-12345678``, ``+31 6 1234 5678``, ``(020) 123 4567``), becomes those digits.

The text is stored *folded* (lower case, accents removed, punctuation turned into spaces)
and user input is folded the same way, so both backends find the same complaints: SQLite's
FTS5 tokenizer and PostgreSQL's ``to_tsvector('simple', …)`` then see plain words only
(PostgreSQL's parser would otherwise read ``IK-2026-0042`` as ``ik``, ``-2026``, ``-0042``).
The folded text is for searching, never for display.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    ColumnElement,
    Select,
    delete,
    func,
    insert,
    literal_column,
    select,
    text,
)
from sqlalchemy.orm import InstrumentedAttribute, Session, selectinload

from app.models import Complainant, Complaint, ComplaintEmployee, ComplaintSearch
from app.models.reference import complaint_subject
from app.services.validation import DEFAULT_PHONE_REGION, search_text

if TYPE_CHECKING:
    import phonenumbers

# Letters without a Unicode decomposition that people type without their stroke or dot.
_PLAIN_LETTERS = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "ı": "i",
        "đ": "d",
        "ħ": "h",
        "ŧ": "t",
        "æ": "ae",
        "œ": "oe",
        "ß": "ss",
        "þ": "th",
        "ð": "d",
    }
)
_WORD = re.compile(r"[^\W_]+")  # letters and digits; everything else separates words
# At most this many words of a query are used (a pasted letter is not a search).
MAX_QUERY_WORDS = 12
MIN_TERM_LENGTH = 2  # a search term of a single character is ignored
SORT_KEY_LENGTH = 200  # ComplaintSearch's key columns
REFRESH_BATCH = 500


def fold(value: str) -> str:
    """Lower case, without accents: 'Çelik' → 'celik', 'Łucja' → 'lucja', 'Yıldız' → 'yildiz'."""
    if value.isascii():
        return value.lower()
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.translate(_PLAIN_LETTERS)


def fold_for_search(value: str) -> str:
    """The words of ``value``, folded, separated by single spaces."""
    return " ".join(_WORD.findall(fold(value)))


def search_text_of(complaint: Complaint) -> str:
    return str(search_row_of(complaint)["text"])


def phone_digits(number: phonenumbers.PhoneNumber) -> str:
    """The digits people dial: ``0612345678`` for a Dutch number, else country code and
    number (``447911123456``)."""
    import phonenumbers

    significant = phonenumbers.national_significant_number(number)
    if phonenumbers.region_code_for_number(number) == DEFAULT_PHONE_REGION:
        return "0" + significant
    return f"{number.country_code}{significant}"


def _stored_phone_digits(value: str) -> str:
    """``phone_digits`` of a stored number (E.164; older or imported ones may differ)."""
    if value.startswith("+31") and value[3:].isdigit() and value[3:4] != "0":
        # A Dutch number as ``check_phone`` stores it: the same digits ``phone_digits``
        # gives, without parsing it again (an import writes thousands).
        return "0" + value[3:]
    import phonenumbers  # here, not with the module: most starts search no number

    try:
        return phone_digits(phonenumbers.parse(value, DEFAULT_PHONE_REGION))
    except phonenumbers.NumberParseException:
        return "".join(c for c in value if c.isdigit())


def with_phone_digits(value: str) -> str:
    """``value`` with every phone number in it written as ``phone_digits``. Only numbers
    written as people quote them (starting with ``+``, ``0`` or ``(0``) and valid as a phone
    number are replaced, so a dossier number (``2026.1234``) or a date stays as it is."""
    import phonenumbers

    found = [
        match
        for match in phonenumbers.PhoneNumberMatcher(
            value, DEFAULT_PHONE_REGION, leniency=phonenumbers.Leniency.VALID
        )
        if match.raw_string.lstrip("(")[:1] in ("+", "0")
    ]
    for match in reversed(found):
        value = value[: match.start] + phone_digits(match.number) + value[match.end :]
    return value


def contact_search_parts(
    *,
    email: str | None = None,
    phones: Iterable[str | None] = (),
    postcode: str | None = None,
    city: str | None = None,
    references: Iterable[str] = (),
    dossiers: Iterable[str] = (),
) -> list[str]:
    """The complainant's contact details and the related dossier numbers as search text
    parts, with the joined forms described at the top of this module."""
    parts: list[str] = []
    for phone in phones:
        if phone:
            parts.append(_stored_phone_digits(phone))
    for value in (email, city):
        if value:
            parts.append(value)
    for value in (postcode, *references, *dossiers):
        if value:
            words = fold_for_search(value)
            parts.append(words)
            if " " in words:
                parts.append(words.replace(" ", ""))
    return parts


def contact_parts_of(complaint: Complaint) -> list[str]:
    person: Complainant | None = complaint.complainant
    dossiers = sorted(d.dossier_number for d in complaint.related_dossiers)
    if person is None:
        return contact_search_parts(dossiers=dossiers)
    return contact_search_parts(
        email=person.email,
        phones=(person.phone_day, person.phone_evening),
        postcode=person.postcode,
        city=person.city,
        references=sorted(r.reference for r in person.references),
        dossiers=dossiers,
    )


def employee_names_of(complaint: Complaint) -> list[str]:
    """The employees concerned as the register shows them: in the order entered, the
    employee's name or else the name as the complainant gave it."""
    names = []
    for concerned in sorted(complaint.employees_concerned, key=lambda c: c.id or 0):
        name = concerned.employee.name if concerned.employee is not None else None
        if name or concerned.free_text_name:
            names.append(name or concerned.free_text_name or "")
    return names


def subject_names_of(complaint: Complaint) -> list[str]:
    return sorted((s.name for s in complaint.subjects), key=fold)


def sort_key(names: Iterable[str | None]) -> str | None:
    """The register's sort key for a column of names: folded, so 'Çelik' sorts with 'C'
    and 'de Haan' with 'D' on both backends; None when there is no name."""
    folded = [fold_for_search(n) for n in names if n]
    key = ", ".join(f for f in folded if f)
    return key[:SORT_KEY_LENGTH] or None


def search_row_of(complaint: Complaint) -> dict[str, object]:
    """The ``complaint_search`` row of a complaint: its search text and sort keys."""
    return search_row(
        complaint.id,
        complaint.number,
        complaint.description,
        complaint.complainant.name if complaint.complainant is not None else None,
        complaint.handler.name if complaint.handler is not None else None,
        employee_names_of(complaint),
        subject_names_of(complaint),
        [(note.with_whom, note.summary) for note in complaint.contact_notes],
        contact=contact_parts_of(complaint),
    )


def search_row(
    complaint_id: int,
    number: str,
    description: str,
    complainant: str | None,
    handler: str | None,
    employees: list[str],
    subjects: list[str],
    notes: Iterable[tuple[str, str]] = (),
    *,
    contact: Iterable[str] = (),
) -> dict[str, object]:
    """The ``complaint_search`` row from plain values: a bulk import writes thousands of
    complaints without loading them back as ORM objects. ``subjects`` sorted by ``fold``;
    ``contact`` from ``contact_search_parts``."""
    parts: list[str | None] = [number, description, complainant, *contact, *employees, handler]
    for with_whom, summary in notes:
        parts.extend((with_whom, summary))
    return {
        "complaint_id": complaint_id,
        "text": "\n".join(fold_for_search(p) for p in parts if p),
        "complainant_key": sort_key([complainant]),
        "handler_key": sort_key([handler]),
        "employees_key": sort_key(employees),
        "subjects_key": sort_key(subjects),
    }


def refresh_search_text(session: Session, complaint_ids: Iterable[int]) -> None:
    """Rebuild the search text and sort keys of these complaints (call after the change is
    flushed): after a change to the description, complainant (or their contact details),
    related dossiers, employees concerned, handler, subjects or contact notes, or to a name
    any of these show (see ``complaints_showing``)."""
    ids = sorted(set(complaint_ids))
    if not ids:
        return
    session.flush()
    table = ComplaintSearch.__table__
    for start in range(0, len(ids), REFRESH_BATCH):
        batch = ids[start : start + REFRESH_BATCH]
        complaints = session.scalars(
            select(Complaint)
            .where(Complaint.id.in_(batch))
            .options(
                selectinload(Complaint.complainant).selectinload(Complainant.references),
                selectinload(Complaint.related_dossiers),
                selectinload(Complaint.employees_concerned).selectinload(
                    ComplaintEmployee.employee
                ),
                selectinload(Complaint.handler),
                selectinload(Complaint.contact_notes),
                selectinload(Complaint.subjects),
            )
        ).all()
        session.execute(delete(table).where(table.c.complaint_id.in_(batch)))
        session.execute(insert(table), [search_row_of(c) for c in complaints])


def complaints_showing(
    session: Session,
    *,
    employee_id: int | None = None,
    complainant_id: int | None = None,
    subject_id: int | None = None,
) -> list[int]:
    """The complaints whose search text or sort keys show this employee (as handler or
    employee concerned), complainant or subject: refresh them after a rename."""
    found: set[int] = set()
    if employee_id is not None:
        found.update(
            session.scalars(select(Complaint.id).where(Complaint.handler_id == employee_id))
        )
        found.update(
            session.scalars(
                select(ComplaintEmployee.complaint_id).where(
                    ComplaintEmployee.employee_id == employee_id
                )
            )
        )
    if complainant_id is not None:
        found.update(
            session.scalars(select(Complaint.id).where(Complaint.complainant_id == complainant_id))
        )
    if subject_id is not None:
        found.update(
            session.scalars(
                select(complaint_subject.c.complaint_id).where(
                    complaint_subject.c.subject_id == subject_id
                )
            )
        )
    return sorted(found)


# ----- queries ------------------------------------------------------------------------


def search_terms(user_input: str | None) -> list[list[str]]:
    """What a person typed, as terms that must all match, each a list of folded words.

    A phone number in any notation becomes its digits (``with_phone_digits``). Words
    typed together without a space (``IK-2026-0042``, ``e-mail``) form one term that
    must match as a phrase; the last word of every term matches as a prefix. A term of one
    character ("m", the first key pressed) is left out: it matches nearly every complaint,
    and finding all of them is the slowest search there is (0.2 s at 100,000 complaints).
    Characters that can never be stored (NUL, control characters, lone surrogates) are
    dropped and the input is cut to ``MAX_SEARCH_LENGTH`` (``search_text``): PostgreSQL
    refuses a query word over 2,047 bytes, and nothing that long is ever typed to search.
    """
    terms: list[list[str]] = []
    used = 0
    for chunk in with_phone_digits(search_text(user_input)).split():
        words = _WORD.findall(fold(chunk))[: MAX_QUERY_WORDS - used]
        if not words or (len(words) == 1 and len(words[0]) < MIN_TERM_LENGTH):
            continue
        terms.append(words)
        used += len(words)
        if used >= MAX_QUERY_WORDS:
            break
    return terms


def fts5_query(terms: list[list[str]]) -> str:
    """An FTS5 MATCH expression: every term a quoted phrase with a prefix star, ANDed."""
    phrases = ('"' + " ".join(words).replace('"', '""') + '"*' for words in terms)
    return " AND ".join(phrases)


def tsquery(terms: list[list[str]]) -> str:
    """A PostgreSQL ``to_tsquery`` text: phrases with ``<->``, the last word ``:*``, ANDed."""
    phrases = []
    for words in terms:
        clean = [re.sub(r"[^\w]", "", w) for w in words]  # already letters/digits only
        phrases.append("(" + " <-> ".join([*clean[:-1], clean[-1] + ":*"]) + ")")
    return " & ".join(phrases)


def matching(
    backend: str,
    complaint_id: ColumnElement[int] | InstrumentedAttribute[int],
    terms: list[list[str]],
) -> ColumnElement[bool]:
    """A condition on ``complaint_id`` that keeps the complaints matching ``terms``."""
    if backend == "sqlite":
        # "+ 0": the matches are a list to look ids up in, so SQLite keeps walking the
        # index of the register's sort order and stops after a page; otherwise it starts
        # from the matches and sorts all of them (60 ms for a word in half the complaints).
        return (complaint_id + 0).in_(_fts5_matches(terms).scalar_subquery())
    return complaint_id.in_(_tsvector_matches(terms, ComplaintSearch.complaint_id))


def count_matches(backend: str, terms: list[list[str]]) -> Select[int]:
    """How many complaints match, counted in the full-text index alone."""
    if backend == "sqlite":
        return select(func.count()).select_from(_fts5_matches(terms).subquery())
    return _tsvector_matches(terms, func.count())


def _fts5_matches(terms: list[list[str]]) -> Select[int]:
    return (
        select(literal_column("rowid"))
        .select_from(text("complaint_fts"))
        .where(text("complaint_fts MATCH :fts_query").bindparams(fts_query=fts5_query(terms)))
    )


def _tsvector_matches(
    terms: list[list[str]], column: ColumnElement[int] | InstrumentedAttribute[int]
) -> Select[int]:
    # complaint_fts_vector: to_tsvector('simple', text), stored, GIN-indexed (migration 0002)
    vector: ColumnElement[Any] = literal_column("complaint_search.complaint_fts_vector")
    query = func.to_tsquery(literal_column("'simple'"), tsquery(terms))
    return select(column).select_from(ComplaintSearch.__table__).where(vector.bool_op("@@")(query))
