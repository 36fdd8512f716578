"""The personal-data finder behind the anonymised register and the Woo export: what the
register knows (names, streets, towns, dossier numbers), contact data in any notation,
dates, job titles, and the ``deduce`` model for the names the register does not know."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

import pytest

from app.db import Database
from app.services.complainants import ComplainantData
from app.services.deidentify import Span, SpanKind, find_spans, scrub
from app.services.deidentify_model import DeduceEngine
from app.services.intake import ConcernedEmployee, IntakeData, IntakeService
from app.services.organisation import EmployeeInput, OrganisationService
from app.services.permissions import CurrentUser

ORDINARY_WORDS = ("balie", "wachttijd", "brief")


@pytest.fixture
def story(db: Database, admin: CurrentUser, people: dict[str, int]) -> tuple[str, tuple[str, ...]]:
    """A registered complaint, and a description naming everything the register knows about
    it: (the text, the personal data in it)."""
    complainant = ComplainantData(
        initials="J.",
        first_name="Jorien",
        infix="van der",
        surname="Proefhoven",
        street="Molenproefweg",
        house_number="12b",
        postcode="9999 ZZ",
        city="Proefdorp",
        email="jorien@example.com",
    )
    result = IntakeService(db, admin).register(
        IntakeData(
            description="de medewerker aan de balie was onvriendelijk.",
            complainant=complainant,
            received_on=date(2026, 4, 24),
            employees_concerned=(
                ConcernedEmployee(people["concerned"]),
                ConcernedEmployee(free_text_name="Kees Proefvrij"),
            ),
            related_dossiers=("2026.12345",),
        ),
        today=date(2026, 4, 24),
    )
    text = (
        "Jorien van der Proefhoven schrijft dat mevrouw Van der Proefhoven (J. van der "
        "Proefhoven) aan de Molenproefweg 12b, 9999 ZZ Proefdorp woont. In Proefdorp moest "
        "zij bij de balie lang wachten; de wachttijd was een uur. Proef Betrokkene en Kees "
        "Proefvrij hielpen haar niet, en mevrouw Betrokkene stuurde geen brief. Mail "
        "jorien@example.com of bel 06-12345678, +31 6 1234 5678, 020-1234567 of "
        f"(020) 123 45 67. Het gebeurde op 3 maart 2024, zie {result.number} en "
        "dossier 2026.12345."
    )
    secrets = (
        "Jorien",
        "Proefhoven",
        "Molenproefweg",
        "12b",
        "9999 ZZ",
        "Proefdorp",
        "Betrokkene",
        "Proef ",
        "Kees",
        "Proefvrij",
        "jorien@example.com",
        "12345678",
        "1234 5678",
        "1234567",
        "123 45 67",
        "3 maart",
        result.number,
        "2026.12345",
    )
    return text, secrets


def _redacted(text: str, spans: list[Span]) -> str:
    parts, position = [], 0
    for span in spans:
        parts.append(text[position : span.start] + "#")
        position = span.end
    return "".join(parts) + text[position:]


def _assert_sorted_and_apart(spans: list[Span]) -> None:
    for before, after in itertools.pairwise(spans):
        assert before.end <= after.start


def test_scrub_leaves_none_of_the_personal_data_the_register_knows(
    db: Database, story: tuple[str, tuple[str, ...]], deidentify_model: None
) -> None:
    text, secrets = story
    with db.session_scope() as session:
        scrubbed = scrub(session, text)
    for secret in secrets:
        assert secret not in scrubbed, secret
    for word in ORDINARY_WORDS:
        assert word in scrubbed
    for placeholder in ("[naam]", "[adres]", "[telefoonnummer]", "[datum]", "[dossiernummer]"):
        assert placeholder in scrubbed


def test_the_registers_knowledge_finds_it_all_while_the_model_is_not_ready(
    db: Database, story: tuple[str, tuple[str, ...]], tmp_path: Path
) -> None:
    text, secrets = story
    not_ready = DeduceEngine(cache_dir=tmp_path)  # never warmed up
    with db.session_scope() as session:
        spans = find_spans(session, text, wait_for_model=False, engine=not_ready)
    assert not not_ready.is_ready()
    redacted = _redacted(text, spans)
    for secret in secrets:
        assert secret not in redacted, secret
    for word in ORDINARY_WORDS:
        assert word in redacted
    _assert_sorted_and_apart(spans)


def test_a_complainant_named_with_infix_and_initials_is_one_name(
    db: Database, story: tuple[str, tuple[str, ...]], tmp_path: Path
) -> None:
    text = "Gisteren belde J. van der Proefhoven opnieuw."
    with db.session_scope() as session:
        spans = find_spans(
            session, text, wait_for_model=False, engine=DeduceEngine(cache_dir=tmp_path)
        )
    assert [(text[s.start : s.end], s.kind) for s in spans] == [
        ("J. van der Proefhoven", SpanKind.NAME)
    ]


def test_a_first_name_that_is_also_a_word_is_kept_in_lower_case(
    db: Database, admin: CurrentUser, tmp_path: Path
) -> None:
    OrganisationService(db, admin).create_employee(EmployeeInput(name="Wil Proefstra"))
    text = "Ik wil dat Wil Proefstra mij terugbelt."
    with db.session_scope() as session:
        spans = find_spans(
            session, text, wait_for_model=False, engine=DeduceEngine(cache_dir=tmp_path)
        )
    assert [text[s.start : s.end] for s in spans] == ["Wil Proefstra"]


def test_job_titles_are_marked_only_when_asked(
    db: Database, admin: CurrentUser, deidentify_model: None
) -> None:
    OrganisationService(db, admin).create_employee(
        EmployeeInput(name="Proef Leidinggever", job_title="Coördinator Proefzaken")
    )
    text = (
        "De teamleider en de baliemedewerker verwezen naar de coördinator proefzaken; "
        "de senior-handhaver zei niets."
    )
    with db.session_scope() as session:
        plain = find_spans(session, text)
        with_titles = find_spans(session, text, job_titles=True)
    assert plain == []
    marked = [text[s.start : s.end] for s in with_titles if s.kind is SpanKind.JOB_TITLE]
    assert marked == ["teamleider", "baliemedewerker", "coördinator proefzaken", "senior-handhaver"]
    _assert_sorted_and_apart(with_titles)


def test_a_text_without_personal_data_comes_back_unchanged(
    db: Database, deidentify_model: None
) -> None:
    text = "De wachttijd aan de balie was te lang en de brief kwam in maart 2024 pas aan."
    with db.session_scope() as session:
        assert scrub(session, text) == text


def test_dates_that_pin_down_a_day_are_found_in_every_notation(
    db: Database, tmp_path: Path
) -> None:
    text = "Op 03-03-2024, op 2024-03-05, op maandag 4 maart en op 7 mrt. 2024; in maart 2024 niet."
    with db.session_scope() as session:
        spans = find_spans(
            session, text, wait_for_model=False, engine=DeduceEngine(cache_dir=tmp_path)
        )
    assert [text[s.start : s.end] for s in spans if s.kind is SpanKind.DATE] == [
        "03-03-2024",
        "2024-03-05",
        "maandag 4 maart",
        "7 mrt. 2024",
    ]


def test_a_bsn_like_number_is_found(db: Database, tmp_path: Path) -> None:
    text = "Mijn BSN is 123456782, dat staat in de brief."
    with db.session_scope() as session:
        spans = find_spans(
            session, text, wait_for_model=False, engine=DeduceEngine(cache_dir=tmp_path)
        )
    assert [(text[s.start : s.end], s.kind) for s in spans] == [("123456782", SpanKind.ID_NUMBER)]


def test_the_model_finds_a_name_the_register_does_not_know(
    db: Database, deidentify_model: None
) -> None:
    text = "Meneer Pieterse van de buren stond ook in de rij bij de balie."
    with db.session_scope() as session:
        scrubbed = scrub(session, text)
    assert "Pieterse" not in scrubbed
    assert "balie" in scrubbed
