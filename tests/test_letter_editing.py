"""A letter's text adjusted for one case: the edited text is what the PDF, the e-mail and the
Word file hold and what is stored; the letter due is the one a dialog selects; a value still
missing never reaches a letter as "{name}"."""

from __future__ import annotations

import io
from datetime import date
from email import message_from_bytes
from email.policy import default

import pytest
from docx import Document as WordDocument

from app.db import Database
from app.services.complainants import ComplainantData
from app.services.errors import ValidationError
from app.services.intake import IntakeData, IntakeService
from app.services.letters import LetterKind, LetterService, MissingValuesError
from app.services.permissions import CurrentUser
from tests.test_letters import LETTER_DAY, Scenario, build_scenario, flat, pdf_text

EDITED = (
    "Geachte heer Østergaard,\n\n"
    "Hierbij bevestigen wij dat wij uw klacht over de telefoon hebben ontvangen. "
    "Zoals afgesproken belt mevrouw Proefbehandelaar u donderdag terug.\n\n"
    "Met vriendelijke groet,\n"
)


@pytest.fixture
def scenario(db: Database, admin: CurrentUser) -> Scenario:
    return build_scenario(db, admin)


def _word_text(content: bytes) -> str:
    document = WordDocument(io.BytesIO(content))
    header = [cell.text for t in document.sections[0].header.tables for cell in t.rows[0].cells]
    return "\n".join([*header, *(p.text for p in document.paragraphs)])


def test_the_edited_text_is_what_the_stored_pdf_says(db: Database, scenario: Scenario) -> None:
    letters = LetterService(db, scenario.admin, today=LETTER_DAY)
    template = letters.preview(scenario.formal, LetterKind.ACKNOWLEDGEMENT)
    assert "donderdag terug" not in template.body
    document_id = letters.save_document(
        scenario.formal, LetterKind.ACKNOWLEDGEMENT, "pdf", body=EDITED
    )
    _name, media_type, content = letters.document_content(document_id)
    assert media_type == "application/pdf"
    text = flat(pdf_text(content))
    assert "Zoals afgesproken belt mevrouw Proefbehandelaar u donderdag terug." in text
    assert flat(template.body.split("\n\n")[1]) not in text  # the template's own paragraph


def test_the_edited_text_goes_into_the_email(db: Database, scenario: Scenario) -> None:
    letters = LetterService(db, scenario.admin, today=LETTER_DAY)
    content = letters.make_eml(scenario.formal, LetterKind.ACKNOWLEDGEMENT, body=EDITED)
    message = message_from_bytes(content, policy=default)
    text = message.get_body(preferencelist=("plain",)).get_content()  # type: ignore[union-attr]
    assert "donderdag terug" in text


def test_a_word_file_holds_the_salutation_body_and_signature_and_is_stored(
    db: Database, scenario: Scenario
) -> None:
    letters = LetterService(db, scenario.admin, today=LETTER_DAY)
    document_id = letters.save_document(
        scenario.formal, LetterKind.ACKNOWLEDGEMENT, "docx", body=EDITED
    )
    stored = {d.id: d for d in letters.documents(scenario.formal)}[document_id]
    assert stored.file_name.endswith("ontvangstbevestiging.docx")
    assert stored.sent_on is None
    _name, media_type, content = letters.document_content(document_id)
    assert media_type.endswith("wordprocessingml.document")
    text = _word_text(content)
    assert "Geachte heer Østergaard," in text
    assert "Zoals afgesproken belt mevrouw Proefbehandelaar u donderdag terug." in text
    assert "Met vriendelijke groet," in text
    pdf = letters.preview(scenario.formal, LetterKind.ACKNOWLEDGEMENT)
    assert pdf.signature
    assert pdf.signature[0] in text
    assert f"Ons kenmerk: {scenario.formal_number}" in text
    assert "{" not in text


def test_a_template_word_file_matches_the_preview(db: Database, scenario: Scenario) -> None:
    letters = LetterService(db, scenario.admin, today=LETTER_DAY)
    preview = letters.preview(scenario.formal, LetterKind.DECISION_LETTER)
    text = _word_text(letters.make_docx(scenario.formal, LetterKind.DECISION_LETTER))
    first_paragraph = preview.body.split("\n\n")[0].strip()
    assert first_paragraph in text
    assert preview.subject in text


def test_an_edited_text_with_a_raw_placeholder_is_refused(db: Database, scenario: Scenario) -> None:
    letters = LetterService(db, scenario.admin, today=LETTER_DAY)
    with pytest.raises(ValidationError) as refused:
        letters.save_document(
            scenario.informal,
            LetterKind.INFORMAL_CLOSING,
            "eml",
            body="Geachte heer,\n\nWij bespraken: {besproken}\n",
        )
    assert "Wat er met de klager is besproken" in refused.value.errors["body"]
    with pytest.raises(ValidationError):
        letters.make_pdf(scenario.formal, LetterKind.ACKNOWLEDGEMENT, body="   \n")
    assert letters.documents(scenario.informal) == []


def test_a_missing_value_is_shown_in_dutch_and_left_out_only_when_the_user_confirms(
    db: Database, scenario: Scenario
) -> None:
    letters = LetterService(db, scenario.admin, today=LETTER_DAY)
    preview = letters.preview(scenario.informal, LetterKind.INFORMAL_CLOSING)
    assert preview.missing == ("besproken",)
    assert "[in te vullen: Wat er met de klager is besproken]" in preview.body
    # Kept as it is, the mark refuses the letter ...
    with pytest.raises(MissingValuesError, match="Wat er met de klager is besproken"):
        letters.make_pdf(scenario.informal, LetterKind.INFORMAL_CLOSING, body=preview.body)
    # ... filled in by hand, the letter is made ...
    filled = preview.body.replace(
        "[in te vullen: Wat er met de klager is besproken]", "de wachttijd aan de balie"
    )
    text = flat(
        pdf_text(letters.make_pdf(scenario.informal, LetterKind.INFORMAL_CLOSING, body=filled))
    )
    assert "de wachttijd aan de balie" in text
    # ... and confirmed without it, the place is left out: no mark, no brace.
    for content in (
        pdf_text(
            letters.make_pdf(scenario.informal, LetterKind.INFORMAL_CLOSING, allow_missing=True)
        ),
        _word_text(
            letters.make_docx(scenario.informal, LetterKind.INFORMAL_CLOSING, allow_missing=True)
        ),
    ):
        assert "{" not in content
        assert "in te vullen" not in content


def test_the_letter_due_is_the_furthest_step_of_the_handling(
    db: Database, admin: CurrentUser, scenario: Scenario
) -> None:
    letters = LetterService(db, scenario.admin, today=LETTER_DAY)

    def due(complaint_id: int) -> list[LetterKind]:
        return [c.kind for c in letters.choices(complaint_id) if c.due]

    fresh = (
        IntakeService(db, admin)
        .register(
            IntakeData(
                description="Ik klaag erover dat niemand mij terugbelde.",
                received_on=date(2026, 5, 18),
                complainant=ComplainantData(name="Proefklager Lambda", email="l@example.com"),
            ),
            today=date(2026, 5, 18),
        )
        .complaint_id
    )
    assert due(fresh) == [LetterKind.ACKNOWLEDGEMENT]
    # Judged (and extended before): the decision letter, not the acknowledgement.
    assert due(scenario.formal) == [LetterKind.DECISION_LETTER]
    assert due(scenario.declined) == [LetterKind.DECLINE_NOTICE]
    assert due(scenario.informal) == [LetterKind.INFORMAL_CLOSING]
    assert due(scenario.review) == [LetterKind.REVIEW_FORWARDING]
