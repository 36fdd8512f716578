"""Mijn taken: what the current user must do, most urgent first.

The items come from the complaints they handle (first contact, the decision, open
promises), the complaints waiting for a handler (for the coordinator) and the tasks
assigned to them or to one of their roles. The coordinator can look at everyone's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum

from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from app.models import Complaint, Employee, Task
from app.models.enums import OPEN_STATUSES, ComplaintKind, Status
from app.services.access import own_records, requires
from app.services.base import Service
from app.services.deadlines import closing_days, deadline_state, decision_term_of
from app.services.errors import NotFound, PermissionDenied
from app.services.figures import figure_tables
from app.services.permissions import Permission


class ItemKind(StrEnum):
    CONTACT = "contact"
    DECISION = "decision"
    PROMISE = "promise"
    ASSIGN = "assign"
    TASK = "task"
    PROPOSAL = "proposal"


URGENCY_ORDER = {"overdue": 0, "soon": 1, "ok": 2, None: 3}


@dataclass(frozen=True)
class TaskItem:
    kind: ItemKind
    title: str  # Dutch
    due_on: date | None
    state: str | None  # overdue / soon / ok / None
    complaint_id: int | None
    complaint_number: str | None
    person: str | None  # the handler or assignee
    urgent: bool = False
    task_id: int | None = None
    promise_id: int | None = None
    details: str | None = None
    proposal_id: int | None = None


class TaskService(Service):
    @own_records(
        "the caller's own work; everyone=True (all users' work) needs "
        "VIEW_ALL_COMPLAINTS, checked in the body"
    )
    def items(self, *, everyone: bool = False, today: date | None = None) -> list[TaskItem]:
        today = today or date.today()
        if everyone and not self.user.can(Permission.VIEW_ALL_COMPLAINTS):
            raise PermissionDenied("Alleen de klachtcoördinator ziet de taken van iedereen.")
        me = self.user.employee_id
        with self.reading() as session:
            closed = closing_days(session)
            names = dict(session.execute(select(Employee.id, Employee.name)).all())
            found: list[TaskItem] = []

            query = (
                select(Complaint)
                .where(
                    Complaint.kind == ComplaintKind.COMPLAINT,
                    Complaint.status.in_([s.value for s in OPEN_STATUSES]),
                    Complaint.historic.is_(False),
                )
                .options(
                    selectinload(Complaint.promises),
                    selectinload(Complaint.sent_decision_letters),
                )
            )
            if not everyone:
                mine = Complaint.handler_id == me
                if self.user.can(Permission.ASSIGN_HANDLER):
                    mine = or_(mine, Complaint.handler_id.is_(None))
                query = query.where(mine)
            # Only who handles or assigns has complaints of their own to act on; on
            # PostgreSQL management may not even read the complaint table.
            if everyone or self.user.can(Permission.HANDLE_COMPLAINT):
                for complaint in session.scalars(query):
                    found.extend(self._complaint_items(complaint, names, today, closed))

            task_query = select(Task).where(Task.done_at.is_(None))
            if not everyone:
                task_query = task_query.where(
                    or_(
                        Task.assignee_id == me,
                        Task.assignee_role.in_([r.value for r in self.user.roles]),
                    )
                )
            # Nobody gives tasks to a role without WORK_ON_TASKS (staff), and on
            # PostgreSQL such a login may not read the task table.
            tasks = (
                list(session.scalars(task_query))
                if everyone or self.user.can(Permission.WORK_ON_TASKS)
                else []
            )
            # The numbers only: management reads no other column of a complaint.
            figures = figure_tables(session).complaint.c
            linked = sorted({t.complaint_id for t in tasks if t.complaint_id is not None})
            numbers = (
                dict(
                    session.execute(
                        select(figures.id, figures.number).where(figures.id.in_(linked))
                    ).all()
                )
                if linked
                else {}
            )
            for task in tasks:
                number = numbers.get(task.complaint_id) if task.complaint_id else None
                found.append(
                    TaskItem(
                        kind=ItemKind.TASK,
                        title=task.title,
                        due_on=task.due_on,
                        state=deadline_state(task.due_on, today, closed),
                        complaint_id=task.complaint_id,
                        complaint_number=number,
                        person=names.get(task.assignee_id) if task.assignee_id else None,
                        task_id=task.id,
                        details=task.details,
                    )
                )
        found.extend(self._proposal_items(everyone, today))
        found.sort(
            key=lambda i: (
                URGENCY_ORDER[i.state],
                not i.urgent,
                i.due_on or date.max,
                i.complaint_number or "",
            )
        )
        return found

    @staticmethod
    def _complaint_items(
        complaint: Complaint, names: dict[int, str], today: date, closed: frozenset[date]
    ) -> list[TaskItem]:
        handler = names.get(complaint.handler_id) if complaint.handler_id else None
        common = {
            "complaint_id": complaint.id,
            "complaint_number": complaint.number,
            "person": handler,
            "urgent": complaint.urgent,
        }
        items: list[TaskItem] = []
        if complaint.status == Status.REGISTERED and complaint.handler_id is None:
            items.append(
                TaskItem(
                    ItemKind.ASSIGN,
                    "Wijs een behandelaar toe",
                    complaint.contact_due,
                    deadline_state(complaint.contact_due, today, closed),
                    **common,
                )
            )
        if complaint.first_contact_on is None and complaint.contact_due is not None:
            items.append(
                TaskItem(
                    ItemKind.CONTACT,
                    "Neem persoonlijk contact op met de klager",
                    complaint.contact_due,
                    deadline_state(complaint.contact_due, today, closed),
                    **common,
                )
            )
        for promise in complaint.promises:
            if promise.owed:
                items.append(
                    TaskItem(
                        ItemKind.PROMISE,
                        f"Toezegging nakomen: {promise.text}",
                        promise.due_on,
                        deadline_state(promise.due_on, today, closed),
                        promise_id=promise.id,
                        **common,
                    )
                )
        decision = decision_term_of(complaint)
        if decision is not None:
            if complaint.status == Status.JUDGED:
                title = "Verstuur de beslissing op de klacht en leg de verzending vast"
            else:
                title = "Beslissing (verdaagd)" if complaint.extended_to else "Beslissing"
            items.append(
                TaskItem(
                    ItemKind.DECISION,
                    title,
                    decision,
                    deadline_state(decision, today, closed),
                    **common,
                )
            )
        return items

    def _proposal_items(self, everyone: bool, today: date) -> list[TaskItem]:
        """Overdue improvement proposals: the coordinator's and the owner's concern."""
        from app.services.learning import ImprovementService

        coordinator = self.user.can(Permission.MANAGE_PROPOSALS)
        if self.user.employee_id is None and not coordinator:
            return []
        owner = None if (coordinator or everyone) else self.user.employee_id
        proposals = ImprovementService(self.db, self.user, today=today).overdue_for(owner)
        return [
            TaskItem(
                kind=ItemKind.PROPOSAL,
                title=f"Verbetervoorstel over tijd: {p.title}",
                due_on=p.deadline,
                state="overdue",
                complaint_id=None,
                complaint_number=None,
                person=p.owner_name,
                proposal_id=p.id,
            )
            for p in proposals
        ]

    @requires(Permission.WORK_ON_TASKS)
    def complete(self, task_id: int) -> None:
        with self.writing(Permission.WORK_ON_TASKS) as session:
            task = session.get(Task, task_id)
            if task is None:
                raise NotFound("Deze taak bestaat niet (meer).")
            mine = task.assignee_id == self.user.employee_id or (
                task.assignee_role is not None
                and task.assignee_role in {r.value for r in self.user.roles}
            )
            if not mine and not self.user.can(Permission.ASSIGN_HANDLER):
                raise PermissionDenied("Deze taak is niet aan u toegewezen.")
            task.done_at = datetime.now(UTC)
            task.done_by_id = self.user.employee_id
