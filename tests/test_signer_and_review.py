"""Who signs the formal decision (issue 15 item 5) and the reply to a request for review of
a case already reviewed (item 6)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.db import Database
from app.services.errors import ValidationError
from app.services.letters import LetterKind, LetterService
from app.services.permissions import CurrentUser
from app.services.regulation import RegulationService
from app.services.settings import Letterhead, SettingsService
from app.services.workflow import WorkflowService
from tests.test_letters import LETTER_DAY, Scenario, build_scenario, flat, pdf_text


@pytest.fixture
def scenario(db: Database, admin: CurrentUser) -> Scenario:
    return build_scenario(db, admin)


def _set_profile_signer(db: Database, s: Scenario, name: str, function: str) -> None:
    regulation = RegulationService(db, s.admin)
    current = regulation.profile()
    regulation.change_profile(replace(current, signer_name=name, signer_function=function))


def test_without_a_signer_the_decision_letter_is_signed_by_the_handler(
    db: Database, scenario: Scenario
) -> None:
    letter = LetterService(db, scenario.admin, today=LETTER_DAY).preview(
        scenario.formal, LetterKind.DECISION_LETTER
    )
    assert letter.signature[0] == "Hanna Behandelaar"


def test_the_complaint_keeps_the_signer_of_its_own_profile(
    db: Database, scenario: Scenario
) -> None:
    # A profile changed after registration applies to new complaints only (like its terms).
    _set_profile_signer(db, scenario, "Dirk Proefdirecteur", "Directeur")
    letter = LetterService(db, scenario.admin, today=LETTER_DAY).preview(
        scenario.formal, LetterKind.DECISION_LETTER
    )
    assert "Dirk Proefdirecteur" not in letter.text


def test_the_signer_set_on_the_complaint_signs_the_decision_letter_only(
    db: Database, scenario: Scenario
) -> None:
    WorkflowService(db, scenario.handler).set_signer(
        scenario.formal, "Hella Hoofdproef", "Hoofd Team Vergunningen"
    )
    letters = LetterService(db, scenario.admin, today=LETTER_DAY)
    decision = letters.preview(scenario.formal, LetterKind.DECISION_LETTER)
    assert decision.signature[:2] == ("Hella Hoofdproef", "Hoofd Team Vergunningen")
    assert "Hanna Behandelaar" not in decision.text
    assert "Hella Hoofdproef\nHoofd Team Vergunningen" in decision.text
    pdf = flat(pdf_text(letters.make_pdf(scenario.formal, LetterKind.DECISION_LETTER)))
    assert "Hella Hoofdproef" in pdf
    # The acknowledgement stays the handler's letter.
    acknowledgement = letters.preview(scenario.formal, LetterKind.ACKNOWLEDGEMENT)
    assert acknowledgement.signature[0] == "Hanna Behandelaar"
    # An empty name goes back to the profile's signer (here: none, so the handler).
    WorkflowService(db, scenario.handler).set_signer(scenario.formal, "", "")
    decision = letters.preview(scenario.formal, LetterKind.DECISION_LETTER)
    assert decision.signature[0] == "Hanna Behandelaar"


def test_the_profile_signer_signs_decisions_of_complaints_registered_under_it(
    db: Database, admin: CurrentUser
) -> None:
    SettingsService(db, admin).set_letterhead(Letterhead(name="Testorganisatie"))
    regulation = RegulationService(db, admin)
    regulation.change_profile(
        replace(
            regulation.profile(), signer_name="Dirk Proefdirecteur", signer_function="Directeur"
        )
    )
    assert regulation.profile().signer_name == "Dirk Proefdirecteur"
    scenario = build_scenario(db, admin)
    letters = LetterService(db, scenario.admin, today=LETTER_DAY)
    decision = letters.preview(scenario.formal, LetterKind.DECISION_LETTER)
    assert decision.signature[:2] == ("Dirk Proefdirecteur", "Directeur")
    assert (
        "Dirk Proefdirecteur"
        not in letters.preview(scenario.formal, LetterKind.ACKNOWLEDGEMENT).text
    )


def test_a_signer_function_without_a_name_is_refused(db: Database, scenario: Scenario) -> None:
    with pytest.raises(ValidationError) as refused:
        WorkflowService(db, scenario.handler).set_signer(scenario.formal, "", "Directeur")
    assert "signer_name" in refused.value.errors


def test_a_review_already_done_offers_the_procedure_has_ended_reply(
    db: Database, scenario: Scenario
) -> None:
    letters = LetterService(db, scenario.admin, today=LETTER_DAY)
    forwarded = {c.kind: c for c in letters.choices(scenario.review)}
    assert forwarded[LetterKind.REVIEW_FORWARDING].suggested
    assert not forwarded[LetterKind.REVIEW_ENDED].suggested

    workflow = WorkflowService(db, scenario.handler)
    workflow.reopen(scenario.review, reason="eerder al herzien, niet opnieuw doorsturen")
    workflow.forward_for_review(
        scenario.review, reason="herziening al gedaan", already_reviewed=True
    )
    ended = {c.kind: c for c in letters.choices(scenario.review)}
    assert ended[LetterKind.REVIEW_ENDED].suggested
    assert ended[LetterKind.REVIEW_ENDED].missing == ()
    assert not ended[LetterKind.REVIEW_FORWARDING].suggested
    assert WorkflowService(db, scenario.admin).state(scenario.review).review_already_done
    letter = letters.preview(scenario.review, LetterKind.REVIEW_ENDED)
    assert "procedure is afgerond" in letter.subject
    assert "Daarmee is de procedure afgerond" in flat(letter.text)
    assert "IK-2026-" in letter.subject
