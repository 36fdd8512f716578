"""Vandaag and Mijn taken: what the current user must do, most urgent first.

The items come from the complaints they handle (first contact, the decision, open
promises), the complaints waiting for a handler (for the coordinator) and the tasks
assigned to them or to one of their roles. The coordinator can look at everyone's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Any, NamedTuple

from sqlalchemy import Row, exists, func, or_, select
from sqlalchemy.orm import Session

from app.models import Attachment, Complaint, Document, Employee, HandlingReport, Promise, Task
from app.models.enums import OPEN_STATUSES, ComplaintKind, ReportStatus, Status, TaskKind
from app.services.access import own_records, requires
from app.services.base import Service
from app.services.deadlines import closing_days, deadline_state
from app.services.errors import NotFound, PermissionDenied
from app.services.figures import figure_tables
from app.services.i18n import t
from app.services.permissions import Permission


class ItemKind(StrEnum):
    CONTACT = "contact"
    DECISION = "decision"
    PROMISE = "promise"
    ASSIGN = "assign"
    TASK = "task"
    PROPOSAL = "proposal"
    FORM = "form"
    CARDS = "cards"
    FOLLOW_UP = "follow_up"
    PUBLIC_SUMMARIES = "public_summaries"  # summaries for the anonymised register


class GroupKey(StrEnum):
    """The groups of Vandaag, in the order they are shown."""

    OVERDUE_TERMS = "overdue_terms"
    TERMS_THIS_WEEK = "terms_this_week"
    TO_ASSIGN = "to_assign"
    FOLLOW_UPS = "follow_ups"
    FORMS = "forms"
    CARDS = "cards"
    PROMISES = "promises"
    PROPOSALS = "proposals"
    PUBLIC_SUMMARIES = "public_summaries"
    TASKS = "tasks"


GROUP_LABELS = {
    GroupKey.OVERDUE_TERMS: "Termijnen verlopen",
    GroupKey.TERMS_THIS_WEEK: "Termijnen deze week",
    GroupKey.TO_ASSIGN: "Toe te wijzen",
    GroupKey.FOLLOW_UPS: "Volgstukken",
    GroupKey.FORMS: "Formulieren te beoordelen",
    GroupKey.CARDS: "Kaarten te versturen",
    GroupKey.PROMISES: "Toezeggingen",
    GroupKey.PROPOSALS: "Voorstellen",
    GroupKey.PUBLIC_SUMMARIES: "Geanonimiseerd register",
    GroupKey.TASKS: "Taken",
}

# Tasks whose only reason is the complaint's handling: they end with the complaint. A
# callback or a returned card comes after the closing, a review closes on its own act.
ENDS_WITH_COMPLAINT = (
    TaskKind.INFORM_EMPLOYEES,
    TaskKind.OTHER,
    TaskKind.COPY_AT_START,
    TaskKind.DELAY_NOTICE,
)
END_STATUSES = (Status.CLOSED, Status.WITHDRAWN, Status.DECLINED, Status.FORWARDED_FOR_REVIEW)
AUTO_CLOSED = "automatisch afgesloten"
UNDONE = "gereed ongedaan gemaakt"


URGENCY_ORDER = {"overdue": 0, "soon": 1, "ok": 2, None: 3}


class _OwedPromise(NamedTuple):
    id: int
    text: str
    due_on: date | None


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
    task_kind: str | None = None
    count: int | None = None  # a summary line (the cards to send)


@dataclass(frozen=True)
class TodayGroup:
    key: GroupKey
    title: str  # Dutch
    items: list[TaskItem] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(item.count or 1 for item in self.items)


@dataclass(frozen=True)
class TodayView:
    groups: list[TodayGroup]  # only the groups with something in them, in display order
    has_complaints: bool  # False on an empty register: the screen shows how to start

    @property
    def empty(self) -> bool:
        return not self.groups


def close_tasks_ended_with_complaint(
    session: Session, closer_id: int | None, complaint_ids: Iterable[int] | None = None
) -> int:
    """Close the open tasks whose complaint has ended (closed, withdrawn, declined,
    forwarded): their reason is gone. Audited with its own reason, apart from the act that
    ended the complaint. ``complaint_ids`` None: every ended complaint (the sweep)."""
    query = (
        select(Task)
        .join(Complaint, Complaint.id == Task.complaint_id)
        .where(
            Task.done_at.is_(None),
            Task.kind.in_([k.value for k in ENDS_WITH_COMPLAINT]),
            Complaint.status.in_([s.value for s in END_STATUSES]),
        )
    )
    if complaint_ids is not None:
        query = query.where(Task.complaint_id.in_(list(complaint_ids)))
    session.flush()  # the act's own changes keep the act's reason
    tasks = list(session.scalars(query))
    return _close_automatically(session, tasks, closer_id)


def _close_automatically(session: Session, tasks: list[Task], closer_id: int | None) -> int:
    """Mark ``tasks`` done, audited with the automatic reason (not the act's own)."""
    if not tasks:
        return 0
    previous = session.info.get("audit_reason")
    session.info["audit_reason"] = AUTO_CLOSED
    now = datetime.now(UTC)
    for task in tasks:
        task.done_at = now
        task.done_by_id = closer_id
    session.flush()
    if previous is None:
        session.info.pop("audit_reason", None)
    else:
        session.info["audit_reason"] = previous
    return len(tasks)


def _follow_up_items(
    session: Session, conditions: list[Any], names: dict[int, str]
) -> list[TaskItem]:
    """One line per complaint with follow-up documents its handler has not seen yet,
    counting the documents; the oldest arrival first. Grouped in SQL through the index on
    the unseen follow-ups: no attachment row (nor its content) is read."""
    count = func.count(Attachment.id).label("unseen")
    first = func.min(Attachment.added_at).label("first_added")
    query = (
        select(
            Complaint.id,
            Complaint.number,
            Complaint.handler_id,
            Complaint.urgent,
            count,
            first,
        )
        .join(Complaint, Complaint.id == Attachment.complaint_id)
        .where(
            Attachment.is_follow_up.is_(True),
            Attachment.seen_by_handler_at.is_(None),
            *conditions,
        )
        .group_by(Complaint.id, Complaint.number, Complaint.handler_id, Complaint.urgent)
        .order_by(first, Complaint.number)
    )
    return [
        TaskItem(
            ItemKind.FOLLOW_UP,
            t("1 nieuw volgstuk nog niet gezien")
            if row.unseen == 1
            else t("%1 nieuwe volgstukken nog niet gezien", row.unseen),
            None,
            None,
            complaint_id=row.id,
            complaint_number=row.number,
            person=names.get(row.handler_id) if row.handler_id else None,
            urgent=row.urgent,
            details=f"Binnengekomen sinds {row.first_added:%d-%m-%Y}",
            count=row.unseen,
        )
        for row in session.execute(query)
    ]


def close_complaint_tasks(
    session: Session, complaint_id: int, kind: TaskKind, closer_id: int | None
) -> int:
    """Close the open tasks of ``kind`` on a complaint because the act they ask for was
    recorded (the copy sent, the delay notice or the decision sent). Audited with the
    automatic reason, apart from the act itself. Returns how many were closed."""
    session.flush()  # the act's own changes keep the act's reason
    tasks = list(
        session.scalars(
            select(Task).where(
                Task.complaint_id == complaint_id, Task.kind == kind, Task.done_at.is_(None)
            )
        )
    )
    return _close_automatically(session, tasks, closer_id)


COPY_TASK_TITLE = "Kopie klacht naar medewerker en leidinggevende"
COPY_TASK_DETAILS = (
    "Stuur een kopie van de klacht aan de medewerker over wie geklaagd wordt en aan diens "
    "leidinggevende (Awb 9:9) en leg de verzending vast bij de klacht."
)
DELAY_TASK_TITLE = "Uitstelbericht sturen"
DELAY_TASK_DETAILS = (
    "Is er nog geen beslissing in zicht? Stuur de klager een uitstelbericht met een nieuwe "
    "verwachte datum (brief 'Uitstelbericht')."
)


def shown_title(kind: TaskKind, title: str, number: str | None) -> str:
    """A task's title as a translatable message when the program made it (the stored title
    keeps the Dutch text it was made with: the audit trail and the command line read that);
    a title someone typed, or one made by an older wording, is shown as stored."""
    candidates: list[str] = []
    if kind is TaskKind.COPY_AT_START:
        candidates = [t("Kopie klacht naar medewerker en leidinggevende")]
    elif kind is TaskKind.DELAY_NOTICE:
        candidates = [t("Uitstelbericht sturen")]
    elif number is not None and kind is TaskKind.INFORM_EMPLOYEES:
        candidates = [t("Informeer betrokken medewerkers over %1", number)]
    elif number is not None and kind is TaskKind.REVIEW_REPORT:
        candidates = [t("Formulier 'Ik heb een klacht behandeld' beoordelen: %1", number)]
    elif number is not None and kind is TaskKind.CALLBACK:
        candidates = [t("Klager terugbellen over rode kaart (%1)", number)]
    elif number is not None and kind is TaskKind.RETURNED_CARD:
        candidates = [
            t("Een groene kaart is teruggekomen (%1)", number),
            t("Een rode kaart is teruggekomen (%1)", number),
        ]
    return next((candidate for candidate in candidates if candidate == title), title)


def add_reminder_tasks(session: Session, complaint: Complaint) -> None:
    """The reminders of the regulation profile, made when a complaint is registered: the
    copy to the employee and their manager (Awb 9:9, due at once: overdue until recorded)
    when someone is concerned, and the delay notice in the profile's week. Both close when
    the act is recorded, or with the complaint."""
    from app.models import RegulationProfile
    from app.models.enums import Role

    profile = session.get(RegulationProfile, complaint.regulation_profile_id or -1)
    if complaint.employees_concerned:
        session.add(
            Task(
                kind=TaskKind.COPY_AT_START,
                complaint_id=complaint.id,
                assignee_role=Role.COORDINATOR,
                title=COPY_TASK_TITLE,
                details=COPY_TASK_DETAILS,
                due_on=complaint.received_on,
            )
        )
    if profile is not None:
        session.add(
            Task(
                kind=TaskKind.DELAY_NOTICE,
                complaint_id=complaint.id,
                assignee_role=Role.COORDINATOR,
                title=DELAY_TASK_TITLE,
                details=DELAY_TASK_DETAILS,
                due_on=complaint.received_on + timedelta(weeks=profile.delay_notice_week),
            )
        )
    session.flush()


def _not_yet_in_view(task: Task, today: date) -> bool:
    """A delay-notice task waits out of sight until the week it falls in: before then
    the decision may still come in time."""
    return (
        task.kind == TaskKind.DELAY_NOTICE
        and task.due_on is not None
        and today < task.due_on - timedelta(days=7)
    )


class TaskService(Service):
    @own_records(
        "the caller's own work; everyone=True (all users' work) needs "
        "VIEW_ALL_COMPLAINTS, checked in the body"
    )
    def items(self, *, everyone: bool = False, today: date | None = None) -> list[TaskItem]:
        today = today or date.today()
        if everyone and not self.user.can(Permission.VIEW_ALL_COMPLAINTS):
            raise PermissionDenied("Alleen de klachtcoördinator ziet de taken van iedereen.")
        return self._collect(everyone, everyone, today)

    def _collect(self, everyone: bool, everyones_tasks: bool, today: date) -> list[TaskItem]:
        me = self.user.employee_id
        with self.reading() as session:
            closed = closing_days(session)
            names = dict(session.execute(select(Employee.id, Employee.name)).all())
            found: list[TaskItem] = []

            # Columns, not entities: at 100,000 complaints thousands are open, and loading
            # each with its promises and letters took longer than the screen may.
            decision_sent = (
                exists()
                .where(
                    Document.complaint_id == Complaint.id,
                    Document.kind == "decision_letter",
                    Document.sent_on.is_not(None),
                )
                .label("decision_sent")
            )
            conditions = [
                Complaint.kind == ComplaintKind.COMPLAINT,
                Complaint.status.in_([s.value for s in OPEN_STATUSES]),
                Complaint.historic.is_(False),
            ]
            if not everyone:
                mine = Complaint.handler_id == me
                if self.user.can(Permission.ASSIGN_HANDLER):
                    mine = or_(mine, Complaint.handler_id.is_(None))
                conditions.append(mine)
            # Only who handles or assigns has complaints of their own to act on; on
            # PostgreSQL management may not even read the complaint table.
            if everyone or self.user.can(Permission.HANDLE_COMPLAINT):
                owed: dict[int, list[_OwedPromise]] = defaultdict(list)
                for promise in session.execute(
                    select(Promise.complaint_id, Promise.id, Promise.text, Promise.due_on)
                    .join(Complaint, Complaint.id == Promise.complaint_id)
                    .where(*conditions, Promise.kept_on.is_(None), Promise.withdrawn_on.is_(None))
                    .order_by(Promise.id)
                ):
                    owed[promise.complaint_id].append(
                        _OwedPromise(promise.id, promise.text, promise.due_on)
                    )
                query = select(
                    Complaint.id,
                    Complaint.number,
                    Complaint.handler_id,
                    Complaint.urgent,
                    Complaint.status,
                    Complaint.first_contact_on,
                    Complaint.contact_due,
                    Complaint.extended_to,
                    Complaint.decision_due,
                    decision_sent,
                ).where(*conditions)
                for row in session.execute(query):
                    found.extend(
                        self._complaint_items(row, owed.get(row.id, ()), names, today, closed)
                    )
                found.extend(_follow_up_items(session, conditions, names))

            task_query = select(Task).where(Task.done_at.is_(None))
            if not everyones_tasks:
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
                if everyones_tasks or self.user.can(Permission.WORK_ON_TASKS)
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
                if _not_yet_in_view(task, today):
                    continue
                number = numbers.get(task.complaint_id) if task.complaint_id else None
                found.append(
                    TaskItem(
                        kind=ItemKind.TASK,
                        title=shown_title(task.kind, task.title, number),
                        due_on=task.due_on,
                        state=deadline_state(task.due_on, today, closed),
                        complaint_id=task.complaint_id,
                        complaint_number=number,
                        person=names.get(task.assignee_id) if task.assignee_id else None,
                        task_id=task.id,
                        details=task.details,
                        task_kind=task.kind,
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
        complaint: Row[*tuple[Any, ...]],
        owed: Iterable[_OwedPromise],
        names: dict[int, str],
        today: date,
        closed: frozenset[date],
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
                    t("Wijs een behandelaar toe"),
                    complaint.contact_due,
                    deadline_state(complaint.contact_due, today, closed),
                    **common,
                )
            )
        if complaint.first_contact_on is None and complaint.contact_due is not None:
            items.append(
                TaskItem(
                    ItemKind.CONTACT,
                    t("Neem persoonlijk contact op met de klager"),
                    complaint.contact_due,
                    deadline_state(complaint.contact_due, today, closed),
                    **common,
                )
            )
        for promise in owed:
            items.append(
                TaskItem(
                    ItemKind.PROMISE,
                    t("Toezegging nakomen: %1", promise.text),
                    promise.due_on,
                    deadline_state(promise.due_on, today, closed),
                    promise_id=promise.id,
                    **common,
                )
            )
        # As decision_term_of: the term runs until the decision letter is recorded as sent.
        term = complaint.extended_to or complaint.decision_due
        decision = None if complaint.decision_sent else term
        if decision is not None:
            if complaint.status == Status.JUDGED:
                title = t("Verstuur de beslissing op de klacht en leg de verzending vast")
            else:
                title = t("Beslissing (verdaagd)") if complaint.extended_to else t("Beslissing")
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
                title=t("Verbetervoorstel over tijd: %1", p.title),
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
            self._own_task(task)
            task.done_at = datetime.now(UTC)
            task.done_by_id = self.user.employee_id

    def _own_task(self, task: Task) -> None:
        mine = task.assignee_id == self.user.employee_id or (
            task.assignee_role is not None
            and task.assignee_role in {r.value for r in self.user.roles}
        )
        if not mine and not self.user.can(Permission.ASSIGN_HANDLER):
            raise PermissionDenied("Deze taak is niet aan u toegewezen.")

    @requires(Permission.WORK_ON_TASKS)
    def reopen(self, task_id: int) -> None:
        """Undo "Gereed": the task is open again (audited as undone)."""
        with self.writing(Permission.WORK_ON_TASKS, reason=UNDONE) as session:
            task = session.get(Task, task_id)
            if task is None:
                raise NotFound("Deze taak bestaat niet (meer).")
            self._own_task(task)
            task.done_at = None
            task.done_by_id = None

    @requires(Permission.ASSIGN_HANDLER)
    def close_obsolete(self) -> int:
        """The sweep: close the tasks of complaints that ended before tasks closed
        themselves. Returns how many were closed."""
        with self.writing(Permission.ASSIGN_HANDLER) as session:
            return close_tasks_ended_with_complaint(session, self.user.employee_id)

    @own_records(
        "the caller's own work; the coordinator (VIEW_ALL_COMPLAINTS) sees every "
        "handler's terms, forms and cards, each part checked in the body"
    )
    def today(self, today: date | None = None) -> TodayView:
        """Vandaag: what needs attention, grouped, the most urgent first in each group."""
        today = today or date.today()
        coordinator = self.user.can(Permission.VIEW_ALL_COMPLAINTS)
        items = self._collect(coordinator, False, today)
        week_end = today + timedelta(days=7)

        def this_week(item: TaskItem) -> bool:
            return item.due_on is not None and item.due_on <= week_end

        groups: dict[GroupKey, list[TaskItem]] = {key: [] for key in GroupKey}
        reviews = self.user.can(Permission.MANAGE_PROPOSALS)
        groups[GroupKey.FORMS] = self._forms_to_review() if reviews else []
        for item in items:
            if item.kind in (ItemKind.CONTACT, ItemKind.DECISION):
                if item.state == "overdue":
                    groups[GroupKey.OVERDUE_TERMS].append(item)
                elif this_week(item):
                    groups[GroupKey.TERMS_THIS_WEEK].append(item)
            elif item.kind == ItemKind.ASSIGN:
                groups[GroupKey.TO_ASSIGN].append(item)
            elif item.kind == ItemKind.PROMISE:
                if item.state == "overdue" or this_week(item):
                    groups[GroupKey.PROMISES].append(item)
            elif item.kind == ItemKind.PROPOSAL:
                groups[GroupKey.PROPOSALS].append(item)
            elif item.kind == ItemKind.FOLLOW_UP:
                groups[GroupKey.FOLLOW_UPS].append(item)
            # The forms group lists the review tasks already, with the handler's name.
            elif item.kind == ItemKind.TASK and not (
                reviews and item.task_kind == TaskKind.REVIEW_REPORT
            ):
                groups[GroupKey.TASKS].append(item)
        if self.user.can(Permission.SEND_CARDS):
            from app.services.feedback import FeedbackService

            cards = FeedbackService(self.db, self.user).awaiting_count()
            if cards:
                title = (
                    t("1 afgehandelde klacht wacht op feedbackkaarten")
                    if cards == 1
                    else t("%1 afgehandelde klachten wachten op feedbackkaarten", cards)
                )
                groups[GroupKey.CARDS].append(
                    TaskItem(ItemKind.CARDS, title, None, None, None, None, None, count=cards)
                )
        if self.user.can(Permission.APPROVE_PUBLIC_SUMMARIES):
            from app.services.anonymised import AnonymisedRegisterService

            pending = AnonymisedRegisterService(self.db, self.user).pending_count()
            if pending:
                title = (
                    t("Publieksamenvatting goedkeuren: 1 afgesloten klacht")
                    if pending == 1
                    else t("Publieksamenvatting goedkeuren: %1 afgesloten klachten", pending)
                )
                groups[GroupKey.PUBLIC_SUMMARIES].append(
                    TaskItem(
                        ItemKind.PUBLIC_SUMMARIES,
                        title,
                        None,
                        None,
                        None,
                        None,
                        None,
                        count=pending,
                    )
                )
        return TodayView(
            [TodayGroup(key, GROUP_LABELS[key], found) for key, found in groups.items() if found],
            # Only who registers sees the getting-started hint; staff may not read the count.
            self._has_complaints() if self.user.can(Permission.REGISTER_COMPLAINT) else True,
        )

    def _forms_to_review(self) -> list[TaskItem]:
        """Annex-1 forms submitted and not yet reviewed, the longest waiting first."""
        with self.reading() as session:
            query = (
                select(
                    HandlingReport.complaint_id,
                    HandlingReport.submitted_at,
                    Complaint.number,
                    Employee.name,
                )
                .join(Complaint, Complaint.id == HandlingReport.complaint_id)
                .join(Employee, Employee.id == HandlingReport.handler_id)
                .where(HandlingReport.status == ReportStatus.SUBMITTED)
                .order_by(HandlingReport.submitted_at, Complaint.number)
            )
            return [
                TaskItem(
                    ItemKind.FORM,
                    t("Formulier 'Ik heb een klacht behandeld' beoordelen"),
                    submitted.date() if submitted else None,
                    None,
                    complaint_id,
                    number,
                    name,
                )
                for complaint_id, submitted, number, name in session.execute(query)
            ]

    def _has_complaints(self) -> bool:
        with self.reading() as session:
            figures = figure_tables(session).complaint.c
            return (
                session.execute(
                    select(func.count()).select_from(select(figures.id).limit(1).subquery())
                ).scalar_one()
                > 0
            )
