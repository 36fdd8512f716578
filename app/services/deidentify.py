"""Finding personal data in free text, for the anonymised register's summaries and the Woo
export's redactions.

This is the shared interface: ``find_spans`` marks what must not be published, ``scrub``
replaces it with a placeholder. Three sources are merged:

- patterns: e-mail addresses, phone numbers in any notation (phonenumbers, region NL),
  complaint numbers, postcodes, streets with a house number, dates that pin down a day,
  BSN-like numbers (``deidentify_knowledge``);
- the register's own knowledge, asked with SQL: complainants' names, streets and towns,
  employees' names and job titles, free-text names of employees concerned, related dossier
  numbers (``deidentify_knowledge``);
- the ``deduce`` model, for the names and places the register does not know
  (``deidentify_model``). It takes a while to load the first time: ``warm_up()`` on a
  worker thread; on the GUI thread pass ``wait_for_model=False`` and ask ``is_ready()``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import phonenumbers
from sqlalchemy.orm import Session

from app.services import deidentify_knowledge as knowledge
from app.services.deidentify_model import ENGINE, DeduceEngine, cache_built

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


def warm_up(cache_dir: Path | None = None) -> None:
    """Load the ``deduce`` model (the first time on a computer about 90 s, to build its
    cache; later about 1 s). Blocks: call it on a worker thread or from the command line."""
    ENGINE.warm_up(cache_dir)


def is_ready() -> bool:
    """Whether the model is loaded, so ``find_spans`` will not wait for it."""
    return ENGINE.is_ready()


model_ready = is_ready


def model_cache_built() -> bool:
    """Whether the model's cache exists in the user's cache folder (a start is then quick)."""
    return cache_built()


def _joined_names(spans: list[Span], text: str) -> list[Span]:
    """Name parts found apart ("Jan" and "de Vries") as one name: one placeholder."""
    result: list[Span] = []
    for span in spans:
        if (
            result
            and span.kind is SpanKind.NAME
            and result[-1].kind is SpanKind.NAME
            and not text[result[-1].end : span.start].strip()
        ):
            result[-1] = Span(result[-1].start, span.end, SpanKind.NAME, result[-1].ground)
            continue
        result.append(span)
    return result


def find_spans(
    session: Session,
    text: str,
    *,
    job_titles: bool = False,
    wait_for_model: bool = True,
    engine: DeduceEngine | None = None,
) -> list[Span]:
    """The personal data in ``text``, sorted and not overlapping. ``job_titles`` also marks
    job titles (the Woo export redacts them; the register's summaries name no one anyway).

    The model's findings are included when it is loaded; ``wait_for_model`` (on a worker
    thread) loads it first, which the first time can take 90 s. Without it (on the GUI
    thread) the patterns and the register's knowledge come back at once. ``engine`` is the
    process-wide model unless given."""
    model = engine or ENGINE
    found = knowledge.pattern_spans(text)
    found += knowledge.knowledge_spans(session, text, job_titles=job_titles)
    if wait_for_model:
        model.warm_up()
    if model.is_ready():
        found += model.spans(text)  # type: ignore[arg-type]
    # Dates first: where a date such as 03-03-2024 also passes as a phone number, the
    # earlier span's kind wins in ``merged``.
    spans = [Span(f.start, f.end, SpanKind(f.kind)) for f in found] + _pattern_spans(text)
    return _joined_names(merged(spans), text)


def scrub(session: Session, text: str) -> str:
    """``text`` with every span of personal data replaced by its placeholder. Job titles go
    too: the anonymised register publishes no one's function."""
    parts: list[str] = []
    position = 0
    for span in find_spans(session, text, job_titles=True):
        parts.append(text[position : span.start])
        parts.append(placeholder(span.kind))
        position = span.end
    parts.append(text[position:])
    return "".join(parts)
