"""A mistyped promise can be corrected or withdrawn, with a reason in the audit trail,
until a letter sent to the complainant quoted it; a withdrawn one is no longer owed."""

from __future__ import annotations

from datetime import date

import pytest

from app.db import Database
from app.models import Complaint
from app.services.complaints import ComplaintService
from app.services.errors import ServiceError, ValidationError
from app.services.letter_values import promises_text
from app.services.letters import LetterKind, LetterService
from app.services.permissions import CurrentUser
from app.services.tasks import ItemKind, TaskService
from app.services.workflow import WorkflowService

RECEIVED = date(2026, 4, 24)
TALKED = {"besproken": "Wij hebben uw klacht telefonisch besproken."}
TYPO = "Wij bellen u uiterlijk vrijdga terug."


@pytest.fixture
def complaint_id(contacted_complaint: int) -> int:
    return contacted_complaint


@pytest.fixture
def promise_id(db: Database, admin: CurrentUser, complaint_id: int) -> int:
    return WorkflowService(db, admin).add_promise(
        complaint_id, TYPO, date(2026, 5, 8), made_on=date(2026, 4, 28)
    )


def _history(db: Database, admin: CurrentUser, complaint_id: int) -> list[str]:
    return [h.text for h in ComplaintService(db, admin).history(complaint_id)]


def _letter_promises(db: Database, complaint_id: int) -> str | None:
    with db.session_scope() as session:
        return promises_text(session.get(Complaint, complaint_id))


def test_a_promise_is_corrected_with_a_reason_the_history_shows(
    db: Database, admin: CurrentUser, complaint_id: int, promise_id: int
) -> None:
    workflow = WorkflowService(db, admin)
    with pytest.raises(ValidationError) as refused:
        workflow.correct_promise(promise_id, "Wij bellen u vrijdag terug.", date(2026, 5, 11), "")
    assert "reason" in refused.value.errors
    workflow.correct_promise(
        promise_id, "Wij bellen u vrijdag terug.", date(2026, 5, 11), "Tikfout in de tekst."
    )
    promise = workflow.state(complaint_id).promises[0]
    assert (promise.text, promise.due_on) == ("Wij bellen u vrijdag terug.", date(2026, 5, 11))
    assert ComplaintService(db, admin).detail(complaint_id).next_deadline == date(2026, 5, 11)
    texts = _history(db, admin, complaint_id)
    assert "Toezegging: uiterlijk 08-05-2026 → 11-05-2026 — Tikfout in de tekst." in texts, texts
    assert any(t.startswith("Toezegging: tekst") and "Tikfout" in t for t in texts)


def test_a_withdrawn_promise_leaves_letters_deadlines_and_worklists(
    db: Database, admin: CurrentUser, complaint_id: int, promise_id: int
) -> None:
    workflow = WorkflowService(db, admin)
    assert "vrijdga" in (_letter_promises(db, complaint_id) or "")
    workflow.withdraw_promise(
        promise_id, "Per abuis vastgelegd bij deze klacht.", on=date(2026, 4, 29)
    )
    promise = workflow.state(complaint_id).promises[0]
    assert promise.withdrawn_on == date(2026, 4, 29)
    assert promise.withdrawn_reason == "Per abuis vastgelegd bij deze klacht."
    assert not promise.owed
    assert _letter_promises(db, complaint_id) is None
    items = TaskService(db, admin).items(everyone=True, today=RECEIVED)
    assert not [i for i in items if i.kind == ItemKind.PROMISE and i.complaint_id == complaint_id]
    # The decision term is what remains.
    assert ComplaintService(db, admin).detail(complaint_id).next_deadline == date(2026, 6, 5)
    texts = _history(db, admin, complaint_id)
    assert "Toezegging: ingetrokken op (leeg) → 29-04-2026" in texts
    with pytest.raises(ServiceError, match="al ingetrokken"):
        workflow.correct_promise(promise_id, "Iets anders.", date(2026, 5, 8), "Toch niet.")


def test_a_kept_promise_is_not_withdrawn(db: Database, admin: CurrentUser, promise_id: int) -> None:
    workflow = WorkflowService(db, admin)
    workflow.keep_promise(promise_id, date(2026, 5, 6))
    with pytest.raises(ServiceError, match="al nagekomen"):
        workflow.withdraw_promise(promise_id, "Vergissing.")


def test_a_promise_quoted_in_a_sent_letter_is_no_longer_changed(
    db: Database, admin: CurrentUser, complaint_id: int, promise_id: int
) -> None:
    workflow = WorkflowService(db, admin)
    letters = LetterService(db, admin)
    # A letter made but not sent yet does not hold the promise back.
    document = letters.save_document(complaint_id, LetterKind.INFORMAL_CLOSING, "eml", extra=TALKED)
    assert workflow.state(complaint_id).promises[0].in_sent_letter is False
    workflow.correct_promise(
        promise_id, "Wij bellen u vrijdag terug.", date(2026, 5, 8), "Tikfout in de tekst."
    )
    letters.mark_sent(document, date(2026, 4, 30), "e-mail")
    assert workflow.state(complaint_id).promises[0].in_sent_letter is True
    with pytest.raises(ServiceError, match="verzonden brief of e-mail"):
        workflow.withdraw_promise(promise_id, "Toch niet nodig.")
    with pytest.raises(ServiceError, match="verzonden brief of e-mail"):
        workflow.correct_promise(promise_id, "Anders.", date(2026, 5, 8), "Toch anders.")


def test_a_letter_sent_before_the_promise_does_not_hold_it_back(
    db: Database, admin: CurrentUser, complaint_id: int
) -> None:
    letters = LetterService(db, admin)
    letters.save_document(
        complaint_id,
        LetterKind.INFORMAL_CLOSING,
        "eml",
        sent_on=date(2026, 4, 28),
        extra={**TALKED, "toezeggingen": "Geen."},
    )
    workflow = WorkflowService(db, admin)
    later = workflow.add_promise(complaint_id, TYPO, date(2026, 5, 8), made_on=date(2026, 4, 29))
    workflow.withdraw_promise(later, "Dubbel vastgelegd.")
    assert workflow.state(complaint_id).promises[0].withdrawn_on is not None


def test_the_handler_of_another_complaint_may_not_withdraw_a_promise(
    db: Database, admin: CurrentUser, promise_id: int
) -> None:
    from app.services.errors import PermissionDenied
    from app.services.identity import load_current_user

    other = load_current_user(db, "concerned")
    assert other is not None
    with pytest.raises(PermissionDenied):
        WorkflowService(db, other).withdraw_promise(promise_id, "Vergissing.")
