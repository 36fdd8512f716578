"""Finding personal data in free text, for the anonymised register's summaries and the Woo
export's redactions.

This is the shared interface: ``find_spans`` marks what must not be published, ``scrub``
replaces it with a placeholder. This first version finds e-mail addresses, phone numbers in
any notation and complaint numbers; the register's own knowledge (the names of complainants
and employees, streets and towns, dossier numbers, job titles) and the ``deduce`` model are
added behind the same two functions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

import phonenumbers
from sqlalchemy.orm import Session

PERSONAL_DATA_GROUND = "5.1.2e"  # Woo: respect for private life
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_COMPLAINT_NUMBER = re.compile(r"\b(?:IK|SG)-\d{4}-\d{4}\b")


class SpanKind(StrEnum):
    NAME = "naam"
    ADDRESS = "adres"
    EMAIL = "e-mailadres"
    PHONE = "telefoonnummer"
    DOSSIER = "dossiernummer"
    DATE = "datum"
    JOB_TITLE = "functie"
    ID_NUMBER = "nummer"


@dataclass(frozen=True)
class Span:
    """``text[start:end]`` is personal data of ``kind``; ``ground`` is the Woo ground."""

    start: int
    end: int
    kind: SpanKind
    ground: str = PERSONAL_DATA_GROUND


def placeholder(kind: SpanKind) -> str:
    return f"[{kind.value}]"


def _pattern_spans(text: str) -> list[Span]:
    spans = [Span(m.start(), m.end(), SpanKind.EMAIL) for m in _EMAIL.finditer(text)]
    spans += [Span(m.start(), m.end(), SpanKind.DOSSIER) for m in _COMPLAINT_NUMBER.finditer(text)]
    for match in phonenumbers.PhoneNumberMatcher(text, "NL", phonenumbers.Leniency.POSSIBLE):
        spans.append(Span(match.start, match.end, SpanKind.PHONE))
    return spans


def merged(spans: list[Span]) -> list[Span]:
    """Sorted, and overlapping spans joined (the earlier span's kind wins)."""
    result: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if result and span.start < result[-1].end:
            last = result[-1]
            if span.end > last.end:
                result[-1] = Span(last.start, span.end, last.kind, last.ground)
            continue
        result.append(span)
    return result


def find_spans(session: Session, text: str, *, job_titles: bool = False) -> list[Span]:
    """The personal data in ``text``, sorted and not overlapping. ``job_titles`` also marks
    job titles (the Woo export redacts them; the register's summaries name no one anyway)."""
    del session, job_titles  # used by the register's knowledge
    return merged(_pattern_spans(text))


def scrub(session: Session, text: str) -> str:
    """``text`` with every span of personal data replaced by its placeholder."""
    parts: list[str] = []
    position = 0
    for span in find_spans(session, text):
        parts.append(text[position : span.start])
        parts.append(placeholder(span.kind))
        position = span.end
    parts.append(text[position:])
    return "".join(parts)
