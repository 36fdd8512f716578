"""Vandaag: what needs attention today, grouped; tasks that close when their reason is gone."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.db import Database
from app.models import AuditEvent, Task
from app.models.enums import TaskKind
from app.services.complainants import ComplainantData
from app.services.errors import PermissionDenied
from app.services.feedback import FeedbackService
from app.services.intake import IntakeData, IntakeService
from app.services.permissions import CurrentUser
from app.services.tasks import AUTO_CLOSED, GroupKey, ItemKind, TaskService
from app.services.workflow import WorkflowService
from tests.conftest import HANDLER_NAME


def _register(db: Database, admin: CurrentUser, name: str, days_ago: int, dossier: str = "") -> int:
    received = date.today() - timedelta(days=days_ago)
    return (
        IntakeService(db, admin)
        .register(
            IntakeData(
                description=f"{name} werd niet teruggebeld zoals beloofd.",
                complainant=ComplainantData(name=name, email="proef@example.com"),
                received_on=received,
                related_dossiers=(dossier,) if dossier else (),
            ),
            today=received,
        )
        .complaint_id
    )


def _groups(view) -> dict[GroupKey, list]:  # type: ignore[no-untyped-def]
    return {group.key: group.items for group in view.groups}


def test_the_coordinator_sees_every_handlers_overdue_terms_and_what_to_assign(
    db: Database, admin: CurrentUser, handler: CurrentUser
) -> None:
    late = _register(db, admin, "Proefklager Laat", days_ago=30)
    WorkflowService(db, admin).assign(late, handler.employee_id)
    new = _register(db, admin, "Proefklager Nieuw", days_ago=0)

    view = TaskService(db, admin).today()
    groups = _groups(view)
    assert [g.key for g in view.groups][:2] == [GroupKey.OVERDUE_TERMS, GroupKey.TERMS_THIS_WEEK]
    overdue = groups[GroupKey.OVERDUE_TERMS]
    assert {(i.complaint_id, i.kind, i.person) for i in overdue} >= {
        (late, ItemKind.CONTACT, HANDLER_NAME)
    }
    assert all(i.state == "overdue" for i in overdue)
    assert [i.complaint_id for i in groups[GroupKey.TO_ASSIGN]] == [new]
    assert new in {i.complaint_id for i in groups[GroupKey.TERMS_THIS_WEEK]}
    counts = {g.key: g.count for g in view.groups}
    assert counts[GroupKey.TO_ASSIGN] == 1
    assert view.has_complaints

    own = _groups(TaskService(db, handler).today())
    assert GroupKey.TO_ASSIGN not in own
    assert {i.complaint_id for i in own[GroupKey.OVERDUE_TERMS]} == {late}


def test_an_empty_register_has_nothing_for_today(db: Database, admin: CurrentUser) -> None:
    view = TaskService(db, admin).today()
    assert view.empty
    assert not view.has_complaints
    assert FeedbackService(db, admin).awaiting_count() == 0


def test_withdrawing_a_complaint_closes_its_inform_task_with_an_audited_reason(
    db: Database, admin: CurrentUser
) -> None:
    complaint = _register(db, admin, "Proefklager Dossier", days_ago=1, dossier="2026.12345")
    tasks = _groups(TaskService(db, admin).today())[GroupKey.TASKS]
    assert [t.complaint_id for t in tasks] == [complaint]

    WorkflowService(db, admin).withdraw(complaint, reason="Klager trekt de klacht in.")

    assert GroupKey.TASKS not in _groups(TaskService(db, admin).today())
    with db.session_scope() as session:
        task = session.scalars(
            select(Task).where(
                Task.complaint_id == complaint, Task.kind == TaskKind.INFORM_EMPLOYEES
            )
        ).one()
        assert task.done_at is not None
        reasons = session.scalars(
            select(AuditEvent.reason).where(
                AuditEvent.entity == "Task", AuditEvent.entity_id == str(task.id)
            )
        ).all()
    assert AUTO_CLOSED in reasons


def test_the_sweep_closes_tasks_left_open_on_ended_complaints(
    db: Database, admin: CurrentUser
) -> None:
    complaint = _register(db, admin, "Proefklager Oud", days_ago=3, dossier="2026.54321")
    WorkflowService(db, admin).withdraw(complaint, reason="Klager trekt de klacht in.")
    service = TaskService(db, admin)
    with db.session_scope() as session:
        task_id = session.scalars(
            select(Task.id).where(
                Task.complaint_id == complaint, Task.kind == TaskKind.INFORM_EMPLOYEES
            )
        ).one()
    service.reopen(task_id)  # as a task from before tasks closed themselves
    assert task_id in {i.task_id for i in service.items()}

    assert service.close_obsolete() == 1
    assert task_id not in {i.task_id for i in service.items()}
    assert service.close_obsolete() == 0


def test_gereed_can_be_undone_but_only_by_whom_the_task_is_for(
    db: Database, admin: CurrentUser, handler: CurrentUser
) -> None:
    complaint = _register(db, admin, "Proefklager Taak", days_ago=1, dossier="2026.11111")
    service = TaskService(db, admin)
    (task,) = [i for i in service.items() if i.kind == ItemKind.TASK]
    assert task.complaint_id == complaint
    service.complete(task.task_id)
    assert task.task_id not in {i.task_id for i in service.items()}

    with pytest.raises(PermissionDenied):
        TaskService(db, handler).reopen(task.task_id)
    service.reopen(task.task_id)
    assert task.task_id in {i.task_id for i in service.items()}
