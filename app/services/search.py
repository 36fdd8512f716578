"""The searchable text of complaints (see ``ComplaintSearch``), kept up to date by the
services that change what it is made of: number, description, complainant's name, names of
the employees concerned and the handler, and the contact notes.

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

from sqlalchemy import ColumnElement, delete, func, insert, literal_column, select, text
from sqlalchemy.orm import Session, selectinload

from app.models import Complaint, ComplaintEmployee, ComplaintSearch

# Letters without a Unicode decomposition that people type without their stroke or dot.
_PLAIN_LETTERS = str.maketrans(
    {"ł": "l", "ø": "o", "ı": "i", "đ": "d", "ħ": "h", "ŧ": "t", "æ": "ae", "œ": "oe",
     "ß": "ss", "þ": "th", "ð": "d"}
)
_WORD = re.compile(r"[^\W_]+")  # letters and digits; everything else separates words
# At most this many words of a query are used (a pasted letter is not a search).
MAX_QUERY_WORDS = 12


def fold(value: str) -> str:
    """Lower case, without accents: 'Çelik' → 'celik', 'Łucja' → 'lucja', 'Yıldız' → 'yildiz'."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.translate(_PLAIN_LETTERS)


def fold_for_search(value: str) -> str:
    """The words of ``value``, folded, separated by single spaces."""
    return " ".join(_WORD.findall(fold(value)))


def search_text_of(complaint: Complaint) -> str:
    parts: list[str] = [complaint.number, complaint.description]
    if complaint.complainant is not None and complaint.complainant.name:
        parts.append(complaint.complainant.name)
    for concerned in complaint.employees_concerned:
        if concerned.employee is not None:
            parts.append(concerned.employee.name)
        if concerned.free_text_name:
            parts.append(concerned.free_text_name)
    if complaint.handler is not None:
        parts.append(complaint.handler.name)
    for note in complaint.contact_notes:
        parts.extend((note.with_whom, note.summary))
    return "\n".join(fold_for_search(p) for p in parts if p)


def refresh_search_text(session: Session, complaint_ids: Iterable[int]) -> None:
    """Rebuild the search text of these complaints (call after the change is flushed)."""
    ids = sorted(set(complaint_ids))
    if not ids:
        return
    session.flush()
    complaints = session.scalars(
        select(Complaint)
        .where(Complaint.id.in_(ids))
        .options(
            selectinload(Complaint.complainant),
            selectinload(Complaint.employees_concerned).selectinload(ComplaintEmployee.employee),
            selectinload(Complaint.handler),
            selectinload(Complaint.contact_notes),
        )
    ).all()
    table = ComplaintSearch.__table__
    session.execute(delete(table).where(table.c.complaint_id.in_(ids)))
    session.execute(
        insert(table), [{"complaint_id": c.id, "text": search_text_of(c)} for c in complaints]
    )


# ----- queries ------------------------------------------------------------------------


def search_terms(user_input: str | None) -> list[list[str]]:
    """What a person typed, as terms that must all match, each a list of folded words.

    Words typed together without a space (``IK-2026-0042``, ``e-mail``) form one term that
    must match as a phrase; the last word of every term matches as a prefix.
    """
    terms: list[list[str]] = []
    used = 0
    for chunk in (user_input or "").split():
        words = _WORD.findall(fold(chunk))[: MAX_QUERY_WORDS - used]
        if words:
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


def matching_ids_condition(
    dialect: str, complaint_id: ColumnElement[int], user_input: str | None
) -> ColumnElement[bool] | None:
    """A condition on ``complaint_id`` that keeps the complaints matching ``user_input``;
    None when the input holds no word (no search filter)."""
    terms = search_terms(user_input)
    if not terms:
        return None
    if dialect == "sqlite":
        matches = select(literal_column("rowid")).select_from(text("complaint_fts")).where(
            text("complaint_fts MATCH :fts_query").bindparams(fts_query=fts5_query(terms))
        )
        return complaint_id.in_(matches.scalar_subquery())
    table = ComplaintSearch.__table__
    # The expression must read exactly like the GIN index's, so the configuration is a
    # literal, not a bound parameter.
    vector = func.to_tsvector(literal_column("'simple'"), table.c.text)
    query = func.to_tsquery(literal_column("'simple'"), tsquery(terms))
    matches = select(table.c.complaint_id).where(vector.bool_op("@@")(query))
    return complaint_id.in_(matches.scalar_subquery())
