"""Mijn taken: the current user's deadlines and tasks, most urgent first."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.db import Database
from app.models.enums import NoteChannel, Role
from app.services.complainants import ComplainantData
from app.services.errors import PermissionDenied
from app.services.identity import load_current_user
from app.services.intake import IntakeData, IntakeService
from app.services.organisation import EmployeeInput, OrganisationService
from app.services.permissions import CurrentUser
from app.services.tasks import ItemKind, TaskService
from app.services.workflow import WorkflowService

NOTE = "Klager gebeld, verhaal aangehoord en uitgelegd hoe we de klacht verder behandelen."


def _register(db: Database, admin: CurrentUser, received: date, dossier: str = "") -> int:
    return (
        IntakeService(db, admin)
        .register(
            IntakeData(
                description="er werd niet teruggebeld zoals beloofd.",
                complainant=ComplainantData(
                    name=f"Proef {received}", email=f"p{received:%m%d}@example.com"
                ),
                received_on=received,
                related_dossiers=(dossier,) if dossier else (),
            ),
            today=received,
        )
        .complaint_id
    )


def test_my_tasks_are_sorted_by_urgency_and_belong_to_me(db: Database, admin: CurrentUser) -> None:
    handler_id = (
        OrganisationService(db, admin)
        .create_employee(
            EmployeeInput(name="Proef Kappa", login="kappa", roles=frozenset({Role.HANDLER}))
        )
        .id
    )
    handler = load_current_user(db, "kappa")
    assert handler is not None
    late = _register(db, admin, date(2026, 3, 2))
    fresh = _register(db, admin, date(2026, 3, 10))
    unassigned = _register(db, admin, date(2026, 3, 11), dossier="2026.42")
    workflow = WorkflowService(db, admin)
    workflow.assign(late, handler_id)
    workflow.assign(fresh, handler_id)
    WorkflowService(db, handler).record_first_contact(
        fresh, datetime(2026, 3, 11, 10, tzinfo=UTC), NoteChannel.PHONE, NOTE
    )
    WorkflowService(db, handler).add_promise(
        fresh, "U krijgt de stukken toegestuurd.", date(2026, 3, 13), made_on=date(2026, 3, 11)
    )

    today = date(2026, 3, 12)
    mine = TaskService(db, handler).items(today=today)
    assert [(i.kind, i.complaint_id, i.state) for i in mine] == [
        (ItemKind.CONTACT, late, "overdue"),
        (ItemKind.PROMISE, fresh, "soon"),
        # In the second week the handler is reminded of the delay notice; the fresh
        # complaint's reminder is not in view yet.
        (ItemKind.TASK, late, "soon"),
        (ItemKind.DECISION, late, "ok"),
        (ItemKind.DECISION, fresh, "ok"),
    ]
    coordinator = TaskService(db, admin).items(today=today)
    assert {(i.kind, i.complaint_id) for i in coordinator} >= {
        (ItemKind.ASSIGN, unassigned),
        (ItemKind.TASK, unassigned),
    }
    assert late not in {i.complaint_id for i in coordinator}
    everyone = TaskService(db, admin).items(everyone=True, today=today)
    assert {late, fresh, unassigned} <= {i.complaint_id for i in everyone}
    with pytest.raises(PermissionDenied):
        TaskService(db, handler).items(everyone=True, today=today)


def test_a_task_is_done_once_completed(db: Database, admin: CurrentUser) -> None:
    complaint = _register(db, admin, date(2026, 3, 2), dossier="2026.7")
    service = TaskService(db, admin)
    task = next(i for i in service.items(today=date(2026, 3, 3)) if i.kind == ItemKind.TASK)
    assert task.complaint_id == complaint
    assert "2026.7" in (task.details or "")
    service.complete(task.task_id or 0)
    assert all(i.kind != ItemKind.TASK for i in service.items(today=date(2026, 3, 3)))


def test_only_owed_promises_are_listed_each_with_its_own_line(
    db: Database, admin: CurrentUser
) -> None:
    handler_id = (
        OrganisationService(db, admin)
        .create_employee(
            EmployeeInput(name="Proef Lambda", login="lambda", roles=frozenset({Role.HANDLER}))
        )
        .id
    )
    handler = load_current_user(db, "lambda")
    assert handler is not None
    complaint = _register(db, admin, date(2026, 3, 2))
    WorkflowService(db, admin).assign(complaint, handler_id)
    workflow = WorkflowService(db, handler)
    workflow.record_first_contact(
        complaint, datetime(2026, 3, 3, 10, tzinfo=UTC), NoteChannel.PHONE, NOTE
    )
    made = date(2026, 3, 3)
    texts = ["De stukken sturen.", "Terugbellen.", "Verslag mailen.", "Afspraak maken."]
    ids = [workflow.add_promise(complaint, t, date(2026, 3, 20), made_on=made) for t in texts]
    workflow.keep_promise(ids[1], date(2026, 3, 5))
    workflow.withdraw_promise(ids[2], "Niet meer nodig, de klager ziet ervan af.")

    items = TaskService(db, handler).items(today=date(2026, 3, 12))
    promises = [i for i in items if i.kind == ItemKind.PROMISE]
    assert [(i.promise_id, i.title) for i in promises] == [
        (ids[0], "Toezegging nakomen: De stukken sturen."),
        (ids[3], "Toezegging nakomen: Afspraak maken."),
    ]
    assert {(i.kind, i.state) for i in items} == {
        (ItemKind.PROMISE, "ok"),
        (ItemKind.TASK, "soon"),  # the delay notice, due in the second week
        (ItemKind.DECISION, "ok"),
    }
