"""The handling workflow: the status machine, assignment (Awb 9:7), the legal clock
(contact, decision, extension, delay notice), the informal and formal routes, side exits,
closing with the manager's copy, and reopening.

Every transition is checked against ``TRANSITIONS`` here (the UI only offers what this
module allows) and recorded as a ``StatusChange`` with who, when and why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from app.models import (
    Attachment,
    Complaint,
    ComplaintPart,
    ConductNorm,
    ContactNote,
    Document,
    Employee,
    EmployeeRole,
    Promise,
    RegulationProfile,
    StatusChange,
    Task,
)
from app.models.enums import (
    OPEN_STATUSES,
    ComplaintKind,
    CoreValue,
    DeclineGround,
    HearingSkipReason,
    Judgment,
    NoteChannel,
    Role,
    Route,
    Status,
    TaskKind,
    label,
)
from app.services.access import (
    harmless,
    requires,
    requires_complaint_handler,
    requires_visible_complaint,
    visible_complaint,
)
from app.services.base import Service, check_version
from app.services.calendar import statutory_end
from app.services.deadlines import (
    decision_term_of,
    decline_notice_due_date,
    extended_due_date,
    next_deadline_of,
)
from app.services.errors import NotFound, PermissionDenied, ServiceError, ValidationError
from app.services.letter_templates import LetterKind, placeholders_in, template_of
from app.services.names import is_infix_word
from app.services.permissions import CurrentUser, Permission
from app.services.search import fold, refresh_search_text
from app.services.tasks import close_complaint_tasks, close_tasks_ended_with_complaint
from app.services.validation import (
    NOTE_TEXT,
    REASON_TEXT,
    Checker,
    FieldError,
    TextField,
    check_moment,
    check_text,
    column_limit,
    plausible_date,
)
from app.services.workflow_rules import (
    END_STATUSES,
    TRANSITIONS,
    HandlingAction,
    Refusal,
    actions_of,
    can_transition,
    check_allowed,
    facts_of,
)
from app.wording import counted

REASON = TextField("Reden", REASON_TEXT, multiline=True)
PROMISE_TEXT = TextField("Toezegging", REASON_TEXT, multiline=True)
PART_TEXT = TextField("Klachtonderdeel", NOTE_TEXT, multiline=True)
FINDINGS = TextField("Bevindingen", NOTE_TEXT, multiline=True)
NOTE = TextField("Toelichting", REASON_TEXT, multiline=True)
HEARING_REPORT = TextField("Verslag van het horen", NOTE_TEXT, multiline=True)
SIGNER_NAME = TextField("Ondertekenaar", column_limit(Complaint.signer_name))
SIGNER_FUNCTION = TextField("Functie", column_limit(Complaint.signer_function))

_LETTER_KINDS = frozenset(kind.value for kind in LetterKind)

S = Status
EXIT_ACTIONS = {
    S.DECLINED: HandlingAction.DECLINE,
    S.FORWARDED_FOR_REVIEW: HandlingAction.REVIEW,
    S.WITHDRAWN: HandlingAction.WITHDRAW,
}
ROUTE_OF: dict[Status, Route] = {
    S.INFORMALLY_RESOLVED: Route.INFORMAL,
    S.HEARING: Route.FORMAL,
    S.FORWARDED_FOR_REVIEW: Route.REVIEW,
    S.DECLINED: Route.DECLINED,
    S.WITHDRAWN: Route.WITHDRAWN,
}


@dataclass(frozen=True)
class HandlerOption:
    id: int
    name: str
    unit_name: str | None


@dataclass(frozen=True)
class UnresolvedConcerned:
    """An employee concerned known only by free text (Awb 9:7): the employees whose name
    shares a name part with it, and the handler already confirmed not to be this person."""

    concerned_id: int
    free_text_name: str
    candidates: tuple[HandlerOption, ...]
    cleared_handler_id: int | None


@dataclass(frozen=True)
class PartJudgment:
    part_id: int
    judgment: Judgment
    findings: str
    norm_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class NormOption:
    id: int
    name: str  # Dutch
    core_value: CoreValue


@dataclass(frozen=True)
class PromiseView:
    id: int
    text: str
    made_on: date
    due_on: date
    kept_on: date | None
    withdrawn_on: date | None = None
    withdrawn_reason: str | None = None
    # A sent letter quoted it: no longer corrected or withdrawn.
    in_sent_letter: bool = False

    @property
    def owed(self) -> bool:
        return self.kept_on is None and self.withdrawn_on is None


@dataclass(frozen=True)
class PartView:
    id: int
    position: int
    text: str
    findings: str | None
    judgment: Judgment | None
    norm_ids: tuple[int, ...]


@dataclass(frozen=True)
class HandlingState:
    """What the handling screen shows of one complaint (plain data)."""

    complaint_id: int
    version: int
    is_complaint: bool  # a signal is not handled
    status: Status
    route: Route | None
    judgment: Judgment | None
    handler_id: int | None
    handler_name: str | None
    urgent: bool
    fast_lane: bool
    acknowledged_on: date | None
    manager_copy_start_on: date | None
    manager_copy_end_on: date | None
    manager_copy_end_missing_reason: str | None
    contact_due: date | None
    first_contact_on: date | None
    decision_due: date | None
    extended_to: date | None
    extension_notice_on: date | None
    expected_on: date | None
    delay_notice_on: date | None
    satisfaction_confirmed_on: date | None
    hearing_complainant_on: date | None
    hearing_employee_on: date | None
    hearing_skipped_reason: HearingSkipReason | None
    decline_ground: DeclineGround | None
    decline_notice_on: date | None
    closed_on: date | None
    promises: tuple[PromiseView, ...]
    parts: tuple[PartView, ...]
    allowed: tuple[Status, ...]  # where the status machine may go from here
    may_handle: bool  # the handler of this complaint, or the coordinator
    may_assign: bool
    may_acknowledge: bool
    extension_max_weeks: int
    # The decision term still runs: open and no decision letter recorded as sent yet.
    decision_term_running: bool = False
    # A decision letter is recorded as sent (a judged complaint closes only after it).
    decision_letter_sent: bool = False
    # Awb 9:8: the notice of not handling goes within this date (received + the profile's
    # weeks); shown while the complaint is open and not declined.
    decline_notice_due: date | None = None
    hearing_report: str | None = None
    # Awb 9:11 lid 2: the attachment holding the complainant's consent to a further
    # postponement, when one was recorded.
    extension_consent_file: str | None = None
    # The complaint's attachments (id, file name), newest first: the consent is one of them.
    attachment_choices: tuple[tuple[int, str], ...] = ()
    # Who signs this complaint's decision letter when it is not the profile's signer.
    signer_name: str | None = None
    signer_function: str | None = None
    review_already_done: bool = False
    # Per step of the handling: None when it is allowed now, else why not. The same rules
    # refuse the step in the service (app/services/workflow_rules.py).
    actions: dict[HandlingAction, Refusal | None] = field(default_factory=dict)

    @property
    def hearing_recorded(self) -> bool:
        return self.hearing_complainant_on is not None or self.hearing_skipped_reason is not None


def promise_in_sent_letter(session: Session, promise: Promise) -> bool:
    """Whether a letter sent to the complainant quoted this promise: a sent letter of a kind
    whose template lists the promises, made after the promise was recorded. Once the
    complainant has it in writing, the record must keep what they were told."""
    sent = session.scalars(
        select(Document.kind)
        .where(
            Document.complaint_id == promise.complaint_id,
            Document.sent_on.is_not(None),
            Document.created_at >= promise.created_at,
        )
        .distinct()
    )
    for kind in sent:
        if kind not in _LETTER_KINDS:  # a report, not a letter to the complainant
            continue
        template = template_of(session, LetterKind(kind))
        if "toezeggingen" in placeholders_in(template.subject) + placeholders_in(template.body):
            return True
    return False


def name_candidates(text: str, employees: list[Employee]) -> list[Employee]:
    """The employees whose name shares a name part with ``text`` ("Hans van de balie" →
    every Hans), ignoring case, accents and infixes such as "van de"."""
    wanted = set(_name_words(text))
    if not wanted:
        return []
    return [e for e in employees if wanted & set(_name_words(e.name))]


def _name_words(text: str) -> list[str]:
    words = re.findall(r"\w+", fold(text))
    return [w for w in words if len(w) >= 2 and not w.isdigit() and not is_infix_word(w)]


def _part_texts(parts: list[str]) -> list[str]:
    """The complaint parts typed, each checked; empty ones left out."""
    checker = Checker()
    texts = [checker.text("parts", p, PART_TEXT) for p in parts]
    checker.raise_if_any()
    return [t for t in texts if t]


def overall_judgment(judgments: list[Judgment]) -> Judgment:
    """One word for the whole complaint from the judgments of its parts."""
    if not judgments:
        return Judgment.NONE
    if all(j == Judgment.UPHELD for j in judgments):
        return Judgment.UPHELD
    if all(j == Judgment.NOT_UPHELD for j in judgments):
        return Judgment.NOT_UPHELD
    return Judgment.PARTLY_UPHELD


# ----- the rules other services compose (inside the caller's transaction) ---------------------
#
# Each takes the caller's session and the acting user, checks what the workflow allows, the
# complaint's version and the input, and changes the complaint; the caller's ``writing()``
# audits and commits it with the rest of its action. They check no permission: the public
# method that opens the transaction declares and checks that.


def _handled(complaint: Complaint, version: int | None) -> Complaint:
    if complaint.kind != ComplaintKind.COMPLAINT:
        raise ServiceError("Een signaal wordt niet behandeld; zet het eerst om in een klacht.")
    check_version(complaint.version, version)
    return complaint


def _move(
    user: CurrentUser,
    complaint: Complaint,
    target: Status,
    reason: str | None = None,
    on: date | None = None,
) -> None:
    current = complaint.status
    if not can_transition(current, target):
        raise ServiceError(
            f"Een klacht met status '{label(current)}' kan niet naar '{label(target)}'."
        )
    complaint.status_changes.append(
        StatusChange(
            from_status=current,
            to_status=target,
            by_id=user.employee_id,
            reason=reason,
        )
    )
    complaint.status = target
    if target in ROUTE_OF:
        complaint.route = ROUTE_OF[target]
    if target in END_STATUSES:
        complaint.closed_on = on or date.today()
    elif current in END_STATUSES:
        complaint.closed_on = None


def _done(session: Session, user: CurrentUser, complaint: Complaint) -> int:
    complaint.next_deadline = next_deadline_of(complaint)
    session.flush()
    if complaint.status in END_STATUSES:
        # After the flush: the closing keeps its own reason, one version step.
        close_tasks_ended_with_complaint(session, user.employee_id, [complaint.id])
    return complaint.version


def eligible_handlers_of(session: Session, complaint: Complaint) -> list[HandlerOption]:
    """Active handlers and coordinators, never an employee concerned (Awb 9:7)."""
    concerned = {c.employee_id for c in complaint.employees_concerned if c.employee_id}
    people = session.scalars(
        select(Employee)
        .join(EmployeeRole)
        .where(
            Employee.active,
            EmployeeRole.role.in_([Role.HANDLER.value, Role.COORDINATOR.value]),
        )
        .order_by(Employee.name)
        .distinct()
    )
    return [
        HandlerOption(e.id, e.name, e.unit.name if e.unit else None)
        for e in people
        if e.id not in concerned
    ]


def assign(
    session: Session,
    user: CurrentUser,
    complaint: Complaint,
    *,
    handler_id: int,
    version: int | None = None,
    reason: str | None = None,
    confirm_not_concerned: bool = False,
) -> int:
    """Make ``handler_id`` the handler (see ``WorkflowService.assign``); returns the
    complaint's new version."""
    _handled(complaint, version)
    checker = Checker()
    reason = checker.text("reason", reason, REASON)
    checker.raise_if_any()
    check_allowed(HandlingAction.ASSIGN, complaint, user)
    handler = session.get(Employee, handler_id)
    if handler is None or not handler.active:
        raise ValidationError({"handler_id": "Kies een actieve medewerker."})
    if Role.HANDLER not in handler.role_set and Role.COORDINATOR not in handler.role_set:
        raise ValidationError(
            {"handler_id": "Deze medewerker heeft niet de rol klachtbehandelaar."}
        )
    if any(c.employee_id == handler_id for c in complaint.employees_concerned):
        raise ValidationError(
            {
                "handler_id": (
                    "Deze medewerker is betrokken bij de klacht en mag haar niet "
                    "behandelen "
                    "(Awb 9:7). Kies een andere behandelaar."
                )
            }
        )
    unresolved = [
        c
        for c in complaint.employees_concerned
        if c.employee_id is None and c.cleared_handler_id != handler_id
    ]
    if unresolved and not confirm_not_concerned:
        loose = counted(
            len(unresolved), "betrokken medewerker staat", "betrokken medewerkers staan"
        )
        raise ValidationError(
            {
                "handler_id": (
                    f"{loose} alleen als losse naam bij de klacht. Koppel de naam aan "
                    "een medewerker, of bevestig dat de gekozen behandelaar niet die "
                    "medewerker is (Awb 9:7)."
                )
            }
        )
    for row in unresolved:
        row.cleared_handler_id = handler_id
    previous = complaint.handler.name if complaint.handler else None
    complaint.handler_id = handler_id
    if complaint.status == Status.REGISTERED:
        _move(user, complaint, Status.ASSIGNED, reason or f"toegewezen aan {handler.name}")
    elif previous != handler.name:
        complaint.status_changes.append(
            StatusChange(
                from_status=complaint.status,
                to_status=complaint.status,
                by_id=user.employee_id,
                reason=reason or f"behandelaar gewijzigd van {previous} naar {handler.name}",
            )
        )
    # The delay notice is the handler's letter: its reminder goes to the handler
    # (from the coordinators, who had it while nobody handled the complaint).
    for task in session.scalars(
        select(Task).where(
            Task.complaint_id == complaint.id,
            Task.kind == TaskKind.DELAY_NOTICE,
            Task.done_at.is_(None),
        )
    ):
        task.assignee_id = handler_id
        task.assignee_role = None
    version_after = _done(session, user, complaint)
    refresh_search_text(session, [complaint.id])
    return version_after


def reopen(
    session: Session,
    user: CurrentUser,
    complaint: Complaint,
    *,
    reason: str,
    version: int | None = None,
) -> int:
    """Back into handling (see ``WorkflowService.reopen``); returns the new version."""
    _handled(complaint, version)
    check_allowed(HandlingAction.REOPEN, complaint, user)
    checker = Checker()
    why = checker.text("reason", reason, REASON, "Geef de reden van heropenen op.")
    checker.raise_if_any()
    _move(user, complaint, Status.IN_PROGRESS, f"heropend: {why}")
    complaint.satisfied = None
    return _done(session, user, complaint)


def judge_alike(
    session: Session,
    user: CurrentUser,
    complaint: Complaint,
    *,
    judgment: Judgment,
    findings: str,
    reason: str,
    version: int | None = None,
) -> int:
    """The decision on the whole complaint: every part gets ``judgment`` and ``findings``
    (checked by the caller), and the complaint moves to judged with ``reason``; returns the
    new version."""
    _handled(complaint, version)
    check_allowed(HandlingAction.JUDGE, complaint, user)
    for part in complaint.parts:
        part.judgment = judgment
        part.findings = findings
    complaint.judgment = judgment
    _move(user, complaint, Status.JUDGED, reason)
    return _done(session, user, complaint)


class WorkflowService(Service):
    # ----- helpers -------------------------------------------------------------------------

    def _complaint(self, session: Session, complaint_id: int, version: int | None) -> Complaint:
        complaint = session.get(Complaint, complaint_id)
        if complaint is None:
            raise NotFound("Deze klacht bestaat niet (meer).")
        if complaint.kind != ComplaintKind.COMPLAINT:
            raise ServiceError("Een signaal wordt niet behandeld; zet het eerst om in een klacht.")
        check_version(complaint.version, version)
        return complaint

    def _may_handle(self, complaint: Complaint) -> None:
        """The handler of this complaint, or the coordinator, may act on it."""
        if self.user.can(Permission.ASSIGN_HANDLER):
            return
        if complaint.handler_id is None or complaint.handler_id != self.user.employee_id:
            raise PermissionDenied(
                "Alleen de behandelaar van deze klacht of de klachtcoördinator mag dit doen."
            )

    def _move(
        self,
        session: Session,
        complaint: Complaint,
        target: Status,
        reason: str | None = None,
        on: date | None = None,
    ) -> None:
        _move(self.user, complaint, target, reason, on)

    def _done(self, session: Session, complaint: Complaint) -> int:
        return _done(session, self.user, complaint)

    @staticmethod
    def _profile(session: Session, complaint: Complaint) -> RegulationProfile:
        profile = session.get(RegulationProfile, complaint.regulation_profile_id or -1)
        if profile is None:
            from app.services.deadlines import active_profile

            profile = active_profile(session)
        return profile

    # ----- assignment (Awb 9:7) ------------------------------------------------------------

    @requires_visible_complaint()
    def allowed_targets(self, complaint_id: int) -> list[Status]:
        with self.reading() as session:
            complaint = self._complaint(session, complaint_id, None)
            return sorted(TRANSITIONS[complaint.status], key=list(Status).index)

    @requires_complaint_handler()
    def set_signer(
        self,
        complaint_id: int,
        name: str | None,
        function: str | None,
        *,
        version: int | None = None,
    ) -> int:
        """Who signs this complaint's decision letter instead of the regulation profile's
        signer; an empty name goes back to the profile's."""
        checker = Checker()
        clean_name = checker.text("signer_name", name, SIGNER_NAME)
        clean_function = checker.text("signer_function", function, SIGNER_FUNCTION)
        if clean_function and not clean_name:
            checker.fail("signer_name", "Vul ook de naam in van wie ondertekent.")
        checker.raise_if_any()
        with self.writing(Permission.HANDLE_COMPLAINT) as session:
            complaint = self._complaint(session, complaint_id, version)
            check_allowed(HandlingAction.SIGNER, complaint, self.user)
            complaint.signer_name = clean_name
            complaint.signer_function = clean_function if clean_name else None
            session.flush()
            return complaint.version

    @requires_visible_complaint()
    def eligible_handlers(self, complaint_id: int) -> list[HandlerOption]:
        """Active handlers and coordinators, never an employee concerned (Awb 9:7)."""
        with self.reading() as session:
            return eligible_handlers_of(session, self._complaint(session, complaint_id, None))

    @requires(Permission.ASSIGN_HANDLER)
    def unresolved_concerned(self, complaint_id: int) -> list[UnresolvedConcerned]:
        """The free-text employees concerned, each with the employees it may be (Awb 9:7)."""
        with self.reading() as session:
            complaint = self._complaint(session, complaint_id, None)
            rows = [c for c in complaint.employees_concerned if c.employee_id is None]
            if not rows:
                return []
            employees = list(session.scalars(select(Employee).order_by(Employee.name)))
            return [
                UnresolvedConcerned(
                    concerned_id=row.id,
                    free_text_name=row.free_text_name or "",
                    candidates=tuple(
                        HandlerOption(e.id, e.name, e.unit.name if e.unit else None)
                        for e in name_candidates(row.free_text_name or "", employees)
                    ),
                    cleared_handler_id=row.cleared_handler_id,
                )
                for row in sorted(rows, key=lambda r: r.id)
            ]

    @requires(Permission.ASSIGN_HANDLER)
    def link_concerned(
        self,
        complaint_id: int,
        concerned_id: int,
        employee_id: int,
        *,
        version: int | None = None,
    ) -> int:
        """The free-text employee concerned is this employee: from now on the Awb 9:7 check
        knows them. The free text stays beside the link as it was written."""
        with self.writing(Permission.ASSIGN_HANDLER, reason="betrokken medewerker gekoppeld") as s:
            complaint = self._complaint(s, complaint_id, version)
            row = next((c for c in complaint.employees_concerned if c.id == concerned_id), None)
            if row is None or row.employee_id is not None:
                raise NotFound("Deze betrokken medewerker staat niet (meer) als losse naam.")
            employee = s.get(Employee, employee_id)
            if employee is None:
                raise ValidationError({"employee_id": "Kies een medewerker uit de lijst."})
            if any(c.employee_id == employee_id for c in complaint.employees_concerned):
                # Already concerned by name: the free text said the same person twice.
                complaint.employees_concerned.remove(row)
            else:
                row.employee_id = employee_id
                row.cleared_handler_id = None
            if complaint.handler_id == employee_id:
                raise ValidationError(
                    {
                        "employee_id": (
                            "Deze medewerker is de behandelaar van de klacht en mag haar dan "
                            "niet behandelen (Awb 9:7). Wijs eerst een andere behandelaar toe."
                        )
                    }
                )
            # The aggregate's version moves: an open edit of the complaint must reload.
            flag_modified(complaint, "updated_at")
            s.flush()
            refresh_search_text(s, [complaint.id])
            return complaint.version

    @requires(Permission.ASSIGN_HANDLER)
    def assign(
        self,
        complaint_id: int,
        handler_id: int,
        *,
        version: int | None = None,
        reason: str | None = None,
        confirm_not_concerned: bool = False,
    ) -> int:
        """Make ``handler_id`` the handler. While an employee concerned is known only by free
        text, the coordinator must link it to an employee or confirm that the handler is not
        that person (``confirm_not_concerned``, recorded on each such name)."""
        checker = Checker()
        reason = checker.text("reason", reason, REASON)
        checker.raise_if_any()
        with self.writing(Permission.ASSIGN_HANDLER) as session:
            return assign(
                session,
                self.user,
                self._complaint(session, complaint_id, version),
                handler_id=handler_id,
                reason=reason,
                confirm_not_concerned=confirm_not_concerned,
            )

    # ----- contact and the informal route (Awb 9:5) -----------------------------------------

    @requires_complaint_handler()
    def record_first_contact(
        self,
        complaint_id: int,
        contact_at: datetime,
        channel: NoteChannel,
        summary: str,
        *,
        with_whom: str = "klager",
        version: int | None = None,
    ) -> int:
        from app.services.complaints import CONTACT_AT, NOTE_WITH_WHOM, check_note_summary

        with self.writing(Permission.HANDLE_COMPLAINT) as session:
            complaint = self._complaint(session, complaint_id, version)
            check_allowed(HandlingAction.FIRST_CONTACT, complaint, self.user)
            checker = Checker()
            text = checker.check("summary", check_note_summary, summary)
            whom = checker.text(
                "with_whom", with_whom, NOTE_WITH_WHOM, "Vul in met wie er contact was."
            )
            checker.check("contact_at", check_moment, contact_at, CONTACT_AT)
            checker.raise_if_any()
            # Both are required, so raise_if_any() has refused a missing one.
            assert text is not None
            assert whom is not None
            complaint.contact_notes.append(
                ContactNote(
                    contact_at=contact_at,
                    channel=channel,
                    with_whom=whom,
                    summary=text,
                    author_id=self.user.employee_id,
                )
            )
            contact_day = contact_at.astimezone().date()
            if complaint.first_contact_on is None or contact_day < complaint.first_contact_on:
                complaint.first_contact_on = contact_day
            if complaint.status == Status.ASSIGNED:
                self._move(session, complaint, Status.IN_PROGRESS, "eerste contact met klager")
            version_after = self._done(session, complaint)
            refresh_search_text(session, [complaint.id])
            return version_after

    @requires_complaint_handler()
    def add_promise(
        self,
        complaint_id: int,
        text: str,
        due_on: date,
        *,
        made_on: date | None = None,
        version: int | None = None,
    ) -> int:
        with self.writing(Permission.HANDLE_COMPLAINT) as session:
            complaint = self._complaint(session, complaint_id, version)
            check_allowed(HandlingAction.PROMISE, complaint, self.user)
            checker = Checker()
            what = checker.text("text", text, PROMISE_TEXT, "Beschrijf wat er is toegezegd.")
            made = made_on or date.today()
            checker.day("made_on", made, "De datum van de toezegging")
            checker.day("due_on", due_on, "De termijn van de toezegging")
            if due_on < made:
                checker.fail("due_on", "De termijn van een toezegging ligt niet in het verleden.")
            checker.raise_if_any()
            promise = Promise(
                text=what, due_on=due_on, made_on=made, made_by_id=self.user.employee_id
            )
            complaint.promises.append(promise)
            session.flush()
            self._done(session, complaint)
            return promise.id

    @requires_complaint_handler(arg="promise_id", via=Promise)
    def keep_promise(
        self, promise_id: int, kept_on: date | None = None, *, version: int | None = None
    ) -> None:
        """``version``: the complaint's, as the window that shows the promise read it."""
        plausible_date("kept_on", kept_on, "De datum van nakomen")
        with self.writing(Permission.HANDLE_COMPLAINT) as session:
            promise = session.get(Promise, promise_id)
            if promise is None:
                raise NotFound("Deze toezegging bestaat niet (meer).")
            complaint = promise.complaint
            check_version(complaint.version, version)
            self._may_handle(complaint)
            promise.kept_on = kept_on or date.today()
            self._done(session, complaint)

    @requires_complaint_handler(arg="promise_id", via=Promise)
    def correct_promise(
        self,
        promise_id: int,
        text: str,
        due_on: date,
        reason: str,
        *,
        version: int | None = None,
    ) -> None:
        """Correct a mistyped promise (text, term) while no sent letter quoted it; the
        reason goes into the audit trail with the old and new values."""
        checker = Checker()
        what = checker.text("text", text, PROMISE_TEXT, "Beschrijf wat er is toegezegd.")
        checker.day("due_on", due_on, "De termijn van de toezegging")
        why = checker.text("reason", reason, REASON, "Geef de reden van de correctie op.")
        checker.raise_if_any()
        assert what is not None  # required: raise_if_any() passed
        with self.writing(Permission.HANDLE_COMPLAINT, reason=why) as session:
            promise = self._changeable_promise(session, promise_id, version)
            if due_on < promise.made_on:
                raise ValidationError(
                    {"due_on": "De termijn ligt niet voor de dag van de toezegging."}
                )
            promise.text = what
            promise.due_on = due_on
            self._done(session, promise.complaint)

    @requires_complaint_handler(arg="promise_id", via=Promise)
    def withdraw_promise(
        self,
        promise_id: int,
        reason: str,
        *,
        on: date | None = None,
        version: int | None = None,
    ) -> None:
        """Withdraw a promise made in error: it stays on record, struck through with the
        reason, but letters, deadlines and worklists leave it out."""
        checker = Checker()
        why = checker.text("reason", reason, REASON, "Geef de reden van het intrekken op.")
        checker.day("on", on, "De datum van intrekken")
        checker.raise_if_any()
        with self.writing(Permission.HANDLE_COMPLAINT, reason=why) as session:
            promise = self._changeable_promise(session, promise_id, version)
            if promise.kept_on is not None:
                raise ServiceError(
                    "Deze toezegging is al nagekomen en kan niet worden ingetrokken."
                )
            promise.withdrawn_on = on or date.today()
            promise.withdrawn_reason = why
            promise.withdrawn_by_id = self.user.employee_id
            self._done(session, promise.complaint)

    def _changeable_promise(
        self, session: Session, promise_id: int, version: int | None
    ) -> Promise:
        promise = session.get(Promise, promise_id)
        if promise is None:
            raise NotFound("Deze toezegging bestaat niet (meer).")
        complaint = promise.complaint
        check_version(complaint.version, version)
        self._may_handle(complaint)
        if promise.withdrawn_on is not None:
            raise ServiceError("Deze toezegging is al ingetrokken.")
        if complaint.status in END_STATUSES:
            raise ServiceError(
                "De klacht is afgehandeld; heropen haar eerst om een toezegging te wijzigen."
            )
        if promise_in_sent_letter(session, promise):
            raise ServiceError(
                "Deze toezegging staat al in een verzonden brief of e-mail aan de klager en "
                "kan daarom niet meer worden gecorrigeerd of ingetrokken. Leg een nieuwe "
                "toezegging vast en licht de wijziging toe aan de klager."
            )
        return promise

    @requires_complaint_handler()
    def resolve_informally(
        self,
        complaint_id: int,
        *,
        confirmed_on: date | None,
        version: int | None = None,
        note: str | None = None,
    ) -> int:
        """The complainant is satisfied (Awb 9:5): record it, with the written confirmation."""
        checker = Checker()
        checker.day("confirmed_on", confirmed_on, "De datum van de bevestiging")
        note = checker.text("note", note, NOTE)
        checker.raise_if_any()
        with self.writing(Permission.HANDLE_COMPLAINT) as session:
            complaint = self._complaint(session, complaint_id, version)
            check_allowed(HandlingAction.INFORMAL, complaint, self.user)
            if confirmed_on is None:
                raise ValidationError(
                    {
                        "confirmed_on": (
                            "Leg vast wanneer de klager schriftelijk heeft bevestigd tevreden "
                            "te zijn "
                            "(Awb 9:5)."
                        )
                    }
                )
            open_promises = [p for p in complaint.promises if p.owed]
            complaint.satisfied = True
            complaint.satisfaction_confirmed_on = confirmed_on
            complaint.judgment = Judgment.NONE
            reason = note or "klager tevreden (informeel afgerond)"
            if open_promises:
                reason += f"; nog {counted(len(open_promises), 'toezegging', 'toezeggingen')} open"
            self._move(session, complaint, Status.INFORMALLY_RESOLVED, reason)
            return self._done(session, complaint)

    # ----- the formal route (Awb 9:10-9:12) -------------------------------------------------

    @requires_complaint_handler()
    def start_formal(
        self, complaint_id: int, parts: list[str], *, version: int | None = None
    ) -> int:
        """Into hearing: the complaint is split into the parts that will each be judged."""
        with self.writing(Permission.HANDLE_COMPLAINT) as session:
            complaint = self._complaint(session, complaint_id, version)
            check_allowed(HandlingAction.FORMAL, complaint, self.user)
            texts = _part_texts(parts)
            if not texts:
                raise ValidationError(
                    {
                        "parts": (
                            "Benoem minstens één klachtonderdeel; elk onderdeel krijgt een oordeel."
                        )
                    }
                )
            start = len(complaint.parts)
            for offset, text in enumerate(texts, start=1):
                complaint.parts.append(ComplaintPart(position=start + offset, text=text))
            self._move(session, complaint, Status.HEARING, "formele behandeling")
            return self._done(session, complaint)

    @requires_complaint_handler()
    def add_parts(self, complaint_id: int, parts: list[str], *, version: int | None = None) -> int:
        """More complaint parts during the hearing (e.g. one that came up when hearing)."""
        with self.writing(Permission.HANDLE_COMPLAINT) as session:
            complaint = self._complaint(session, complaint_id, version)
            self._may_handle(complaint)
            if complaint.status != Status.HEARING:
                raise ServiceError(
                    "Klachtonderdelen worden benoemd tijdens de formele behandeling."
                )
            texts = _part_texts(parts)
            if not texts:
                raise ValidationError({"parts": "Beschrijf het klachtonderdeel."})
            start = max((p.position for p in complaint.parts), default=0)
            for offset, text in enumerate(texts, start=1):
                complaint.parts.append(ComplaintPart(position=start + offset, text=text))
            return self._done(session, complaint)

    @requires_complaint_handler()
    def record_hearing(
        self,
        complaint_id: int,
        *,
        complainant_on: date | None = None,
        employee_on: date | None = None,
        skipped: HearingSkipReason | None = None,
        version: int | None = None,
    ) -> int:
        checker = Checker()
        checker.day("complainant_on", complainant_on, "De datum van het horen van de klager")
        checker.day("employee_on", employee_on, "De datum van het horen van de medewerker")
        checker.raise_if_any()
        with self.writing(Permission.HANDLE_COMPLAINT) as session:
            complaint = self._complaint(session, complaint_id, version)
            check_allowed(HandlingAction.HEARING, complaint, self.user)
            if skipped is None and complainant_on is None and employee_on is None:
                raise ValidationError(
                    {
                        "hearing": (
                            "Vul de datum van het horen in, of kies waarom er niet is gehoord."
                        )
                    }
                )
            complaint.hearing_complainant_on = complainant_on
            complaint.hearing_employee_on = employee_on
            complaint.hearing_skipped_reason = skipped
            return self._done(session, complaint)

    @requires_complaint_handler()
    def record_hearing_report(
        self, complaint_id: int, report: str, *, version: int | None = None
    ) -> int:
        """The report of the hearing (verslag van het horen, Awb 9:10); the decision letter
        quotes it. Changeable until the decision letter went out."""
        checker = Checker()
        text = checker.text("hearing_report", report, HEARING_REPORT)
        checker.raise_if_any()
        with self.writing(Permission.HANDLE_COMPLAINT) as session:
            complaint = self._complaint(session, complaint_id, version)
            check_allowed(HandlingAction.HEARING_REPORT, complaint, self.user)
            complaint.hearing_report = text
            return self._done(session, complaint)

    @requires_complaint_handler()
    def judge(
        self, complaint_id: int, judgments: list[PartJudgment], *, version: int | None = None
    ) -> int:
        """A judgment per part (gegrond / deels gegrond / ongegrond) with its norms."""
        with self.writing(Permission.HANDLE_COMPLAINT) as session:
            complaint = self._complaint(session, complaint_id, version)
            check_allowed(HandlingAction.JUDGE, complaint, self.user)
            parts = {p.id: p for p in complaint.parts}
            errors: dict[str, str] = {}
            for item in judgments:
                part = parts.get(item.part_id)
                if part is None:
                    raise NotFound("Dit klachtonderdeel hoort niet bij deze klacht.")
                if item.judgment == Judgment.NONE:
                    errors[f"part_{part.position}"] = "Kies gegrond, deels gegrond of ongegrond."
                try:
                    findings = check_text(item.findings, FINDINGS)
                except FieldError as error:
                    errors[f"part_{part.position}"] = error.message
                    continue
                if not findings:
                    errors[f"part_{part.position}"] = "Schrijf de bevindingen bij dit onderdeel."
                part.judgment = item.judgment
                part.findings = findings
                part.norms = list(
                    session.scalars(select(ConductNorm).where(ConductNorm.id.in_(item.norm_ids)))
                )
            missing = [p.position for p in complaint.parts if p.judgment is None]
            if not complaint.parts:
                errors["parts"] = "Benoem eerst de klachtonderdelen; elk krijgt een oordeel."
            elif missing:
                errors["parts"] = "Elk klachtonderdeel heeft een oordeel nodig."
            if errors:
                raise ValidationError(errors)
            complaint.judgment = overall_judgment(
                [p.judgment for p in complaint.parts if p.judgment is not None]
            )
            complaint.norms = sorted(
                {n for p in complaint.parts for n in p.norms}, key=lambda n: n.position
            )
            self._move(
                session,
                complaint,
                Status.JUDGED,
                f"oordeel: {label(complaint.judgment).lower()}",
            )
            return self._done(session, complaint)

    # ----- the legal clock ------------------------------------------------------------------

    @requires_complaint_handler()
    def extend(
        self, complaint_id: int, *, weeks: int, notice_on: date | None, version: int | None = None
    ) -> int:
        """Extend the decision term once (Awb 9:11), with written notice."""
        plausible_date("notice_on", notice_on, "De datum van de mededeling")
        with self.writing(Permission.HANDLE_COMPLAINT) as session:
            complaint = self._complaint(session, complaint_id, version)
            check_allowed(HandlingAction.EXTEND, complaint, self.user)
            profile = self._profile(session, complaint)
            if notice_on is None:
                raise ValidationError(
                    {
                        "notice_on": (
                            "Een verdaging vraagt een schriftelijke mededeling aan klager en "
                            "betrokkene; leg de datum van die mededeling vast."
                        )
                    }
                )
            if not 1 <= weeks <= profile.extension_max_weeks:
                raise ValidationError(
                    {"weeks": (f"Verdaag met 1 tot {profile.extension_max_weeks} weken.")}
                )
            complaint.extended_to = extended_due_date(complaint, profile, weeks)
            complaint.extension_notice_on = notice_on
            complaint.status_changes.append(
                StatusChange(
                    from_status=complaint.status,
                    to_status=complaint.status,
                    by_id=self.user.employee_id,
                    reason=f"beslistermijn verdaagd met {weeks} weken",
                )
            )
            return self._done(session, complaint)

    @requires_complaint_handler()
    def extend_with_consent(
        self,
        complaint_id: int,
        *,
        new_date: date,
        consent_attachment_id: int | None,
        version: int | None = None,
    ) -> int:
        """A further postponement after the first (Awb 9:11 lid 2): only with the
        complainant's written consent, an attachment of this complaint."""
        checker = Checker()
        checker.day("new_date", new_date, "De nieuwe uiterste datum")
        checker.raise_if_any()
        with self.writing(Permission.HANDLE_COMPLAINT) as session:
            complaint = self._complaint(session, complaint_id, version)
            check_allowed(HandlingAction.FURTHER_EXTEND, complaint, self.user)
            consent = (
                session.get(Attachment, consent_attachment_id)
                if consent_attachment_id is not None
                else None
            )
            if consent is None or consent.complaint_id != complaint.id:
                raise ValidationError(
                    {
                        "consent_attachment_id": (
                            "Een verdere verdaging mag alleen met schriftelijke instemming van "
                            "de klager (Awb 9:11 lid 2). Voeg de instemming als document toe "
                            "aan de klacht en kies dat document."
                        )
                    }
                )
            # check_allowed(FURTHER_EXTEND) has refused a term that was never extended.
            assert complaint.extended_to is not None
            if new_date <= complaint.extended_to:
                raise ValidationError(
                    {"new_date": "De nieuwe datum ligt na de huidige uiterste datum."}
                )
            # The agreed date is a statutory term too: the Atw moves it off a weekend or
            # holiday (as at every start for the stored terms).
            new_date = statutory_end(new_date)
            complaint.extended_to = new_date
            complaint.extension_consent_attachment_id = consent.id
            complaint.status_changes.append(
                StatusChange(
                    from_status=complaint.status,
                    to_status=complaint.status,
                    by_id=self.user.employee_id,
                    reason=(
                        f"beslistermijn verder verdaagd tot {new_date:%d-%m-%Y} met "
                        "schriftelijke instemming van de klager (Awb 9:11 lid 2)"
                    ),
                )
            )
            return self._done(session, complaint)

    @requires_complaint_handler()
    def record_delay_notice(
        self, complaint_id: int, *, expected_on: date, notice_on: date, version: int | None = None
    ) -> int:
        """The delay notice (uitstelbericht) with the new expected date."""
        checker = Checker()
        checker.day("notice_on", notice_on, "De datum van het uitstelbericht")
        checker.day("expected_on", expected_on, "De nieuwe verwachte datum")
        checker.raise_if_any()
        with self.writing(Permission.HANDLE_COMPLAINT) as session:
            complaint = self._complaint(session, complaint_id, version)
            check_allowed(HandlingAction.DELAY, complaint, self.user)
            if expected_on <= notice_on:
                raise ValidationError(
                    {"expected_on": ("De nieuwe verwachte datum ligt na de datum van het bericht.")}
                )
            complaint.expected_on = expected_on
            complaint.delay_notice_on = notice_on
            version_after = self._done(session, complaint)
            close_complaint_tasks(
                session, complaint.id, TaskKind.DELAY_NOTICE, self.user.employee_id
            )
            return version_after

    @requires(Permission.REGISTER_COMPLAINT)
    def acknowledge(self, complaint_id: int, on: date, *, version: int | None = None) -> None:
        """The written acknowledgement of receipt (Awb 9:6) was sent on ``on``."""
        plausible_date("on", on, "De datum van de ontvangstbevestiging")
        with self.writing(Permission.REGISTER_COMPLAINT) as session:
            complaint = self._complaint(session, complaint_id, version)
            check_allowed(HandlingAction.ACKNOWLEDGE, complaint, self.user)
            complaint.acknowledged_on = on

    # ----- side exits, closing, reopening -----------------------------------------------------

    @requires_complaint_handler()
    def decline(
        self,
        complaint_id: int,
        *,
        ground: DeclineGround,
        notice_on: date | None,
        version: int | None = None,
    ) -> int:
        """Not handled (Awb 9:8); the complainant is told in writing within the term."""
        plausible_date("notice_on", notice_on, "De datum van de brief")
        with self.writing(Permission.HANDLE_COMPLAINT) as session:
            complaint = self._complaint(session, complaint_id, version)
            check_allowed(HandlingAction.DECLINE, complaint, self.user)
            if notice_on is None:
                raise ValidationError(
                    {
                        "notice_on": (
                            "De klager krijgt schriftelijk bericht dat de klacht niet in "
                            "behandeling "
                            "wordt genomen; leg de datum van die brief vast."
                        )
                    }
                )
            complaint.decline_ground = DeclineGround(ground)
            complaint.decline_notice_on = notice_on
            complaint.judgment = Judgment.NONE
            why = f"niet in behandeling: {label(DeclineGround(ground)).lower()}"
            due = decline_notice_due_date(complaint.received_on, self._profile(session, complaint))
            if notice_on > due:
                # Recorded as it happened, with the missed term on record (Awb 9:8).
                why += f"; bericht na de termijn van Awb 9:8 (uiterlijk {due:%d-%m-%Y})"
            self._move(session, complaint, Status.DECLINED, why, notice_on)
            return self._done(session, complaint)

    @requires_complaint_handler()
    def forward_for_review(
        self,
        complaint_id: int,
        *,
        reason: str,
        version: int | None = None,
        already_reviewed: bool = False,
    ) -> int:
        """About the content of a decision, not conduct: forwarded as a request for review,
        or (``already_reviewed``) the case was reviewed before and the reply says the
        procedure has ended."""
        return self._side_exit(
            complaint_id,
            Status.FORWARDED_FOR_REVIEW,
            reason,
            version,
            review_already_done=True if already_reviewed else None,
        )

    @requires_complaint_handler()
    def withdraw(self, complaint_id: int, *, reason: str, version: int | None = None) -> int:
        return self._side_exit(complaint_id, Status.WITHDRAWN, reason, version)

    def _side_exit(
        self,
        complaint_id: int,
        target: Status,
        reason: str,
        version: int | None,
        *,
        review_already_done: bool | None = None,
    ) -> int:
        with self.writing(Permission.HANDLE_COMPLAINT) as session:
            complaint = self._complaint(session, complaint_id, version)
            check_allowed(EXIT_ACTIONS[target], complaint, self.user)
            checker = Checker()
            why = checker.text("reason", reason, REASON, "Geef de reden op.")
            checker.raise_if_any()
            complaint.judgment = Judgment.NONE
            complaint.review_already_done = review_already_done
            self._move(session, complaint, target, why)
            return self._done(session, complaint)

    @requires_complaint_handler()
    def record_manager_copy(
        self, complaint_id: int, *, at_start: bool, on: date, version: int | None = None
    ) -> None:
        """The copy (afschrift) to the employee's manager, at the start or at the end."""
        plausible_date("on", on, "De datum van het afschrift")
        with self.writing(Permission.HANDLE_COMPLAINT) as session:
            complaint = self._complaint(session, complaint_id, version)
            check_allowed(HandlingAction.MANAGER_COPY, complaint, self.user)
            if at_start:
                complaint.manager_copy_start_on = on
                close_complaint_tasks(
                    session, complaint.id, TaskKind.COPY_AT_START, self.user.employee_id
                )
            else:
                complaint.manager_copy_end_on = on
                complaint.manager_copy_end_missing_reason = None

    @requires_complaint_handler()
    def close(
        self,
        complaint_id: int,
        *,
        missing_copy_reason: str | None = None,
        on: date | None = None,
        version: int | None = None,
    ) -> int:
        """Close after the informal or formal route; the closing copy to the manager must be
        recorded, unless the coordinator records why it is missing."""
        checker = Checker()
        missing_copy_reason = checker.text("missing_copy_reason", missing_copy_reason, REASON)
        checker.day("on", on, "De datum van afsluiten")
        checker.raise_if_any()
        with self.writing(Permission.HANDLE_COMPLAINT) as session:
            complaint = self._complaint(session, complaint_id, version)
            check_allowed(HandlingAction.CLOSE, complaint, self.user)
            if complaint.manager_copy_end_on is None:
                reason = missing_copy_reason or ""
                if not reason:
                    raise ServiceError(
                        "Het afschrift van de afsluitende brief of e-mail aan de leidinggevende "
                        "is nog niet vastgelegd. Leg het vast, of laat de klachtcoördinator "
                        "vastleggen waarom het ontbreekt."
                    )
                if not self.user.can(Permission.ASSIGN_HANDLER):
                    raise PermissionDenied(
                        "Alleen de klachtcoördinator mag afsluiten zonder afschrift aan de "
                        "leidinggevende."
                    )
                complaint.manager_copy_end_missing_reason = reason
            self._move(session, complaint, Status.CLOSED, "afgesloten", on)
            return self._done(session, complaint)

    @requires_complaint_handler()
    def reopen(self, complaint_id: int, *, reason: str, version: int | None = None) -> int:
        """Back into handling, e.g. after a red card or a review request."""
        with self.writing(Permission.HANDLE_COMPLAINT) as session:
            return reopen(
                session, self.user, self._complaint(session, complaint_id, version), reason=reason
            )

    @requires_complaint_handler()
    def set_flags(
        self, complaint_id: int, *, urgent: bool, fast_lane: bool, version: int | None = None
    ) -> int:
        with self.writing(Permission.HANDLE_COMPLAINT) as session:
            complaint = self._complaint(session, complaint_id, version)
            self._may_handle(complaint)
            complaint.urgent = urgent
            complaint.fast_lane = fast_lane
            return self._done(session, complaint)

    # ----- read-only views for the handling screen ------------------------------------------

    @harmless("reference data: the norms of proper conduct")
    def norms(self) -> list[NormOption]:
        """The 22 norms of proper conduct (behoorlijkheidsnormen) in their order."""
        with self.reading() as session:
            return [
                NormOption(n.id, n.name, n.core_value)
                for n in session.scalars(select(ConductNorm).order_by(ConductNorm.position))
            ]

    @requires_visible_complaint()
    def state(self, complaint_id: int) -> HandlingState:
        """Where the handling of a complaint stands: dates, promises, parts and what the
        status machine allows next (for who may see the complaint)."""
        with self.reading() as session:
            complaint = visible_complaint(session, self.user, complaint_id)
            status = complaint.status
            is_complaint = complaint.kind == ComplaintKind.COMPLAINT
            facts = facts_of(complaint, self.user)
            return HandlingState(
                complaint_id=complaint.id,
                version=complaint.version,
                is_complaint=is_complaint,
                status=status,
                route=complaint.route,
                judgment=complaint.judgment,
                handler_id=complaint.handler_id,
                handler_name=complaint.handler.name if complaint.handler else None,
                urgent=complaint.urgent,
                fast_lane=complaint.fast_lane,
                acknowledged_on=complaint.acknowledged_on,
                manager_copy_start_on=complaint.manager_copy_start_on,
                manager_copy_end_on=complaint.manager_copy_end_on,
                manager_copy_end_missing_reason=complaint.manager_copy_end_missing_reason,
                contact_due=complaint.contact_due,
                first_contact_on=complaint.first_contact_on,
                decision_due=complaint.decision_due,
                extended_to=complaint.extended_to,
                extension_notice_on=complaint.extension_notice_on,
                expected_on=complaint.expected_on,
                delay_notice_on=complaint.delay_notice_on,
                satisfaction_confirmed_on=complaint.satisfaction_confirmed_on,
                hearing_complainant_on=complaint.hearing_complainant_on,
                hearing_employee_on=complaint.hearing_employee_on,
                hearing_skipped_reason=(
                    complaint.hearing_skipped_reason if complaint.hearing_skipped_reason else None
                ),
                decline_ground=(complaint.decline_ground),
                decline_notice_on=complaint.decline_notice_on,
                closed_on=complaint.closed_on,
                promises=tuple(
                    PromiseView(
                        p.id,
                        p.text,
                        p.made_on,
                        p.due_on,
                        p.kept_on,
                        p.withdrawn_on,
                        p.withdrawn_reason,
                        p.withdrawn_on is None and promise_in_sent_letter(session, p),
                    )
                    for p in sorted(complaint.promises, key=lambda p: (p.due_on, p.id))
                ),
                parts=tuple(
                    PartView(
                        p.id,
                        p.position,
                        p.text,
                        p.findings,
                        p.judgment,
                        tuple(sorted(n.id for n in p.norms)),
                    )
                    for p in sorted(complaint.parts, key=lambda p: p.position)
                ),
                allowed=tuple(sorted(TRANSITIONS[status], key=list(Status).index))
                if is_complaint
                else (),
                may_handle=facts.may_handle,
                may_assign=facts.may_assign,
                may_acknowledge=facts.may_acknowledge,
                extension_max_weeks=self._profile(session, complaint).extension_max_weeks,
                decision_term_running=(
                    is_complaint
                    and status in OPEN_STATUSES
                    and decision_term_of(complaint) is not None
                ),
                decision_letter_sent=facts.decision_letter_sent,
                decline_notice_due=(
                    decline_notice_due_date(
                        complaint.received_on, self._profile(session, complaint)
                    )
                    if is_complaint and status in OPEN_STATUSES
                    else None
                ),
                hearing_report=complaint.hearing_report,
                extension_consent_file=self._consent_file(session, complaint),
                attachment_choices=tuple(
                    (a.id, a.file_name)
                    for a in sorted(complaint.attachments, key=lambda a: a.id, reverse=True)
                ),
                signer_name=complaint.signer_name,
                signer_function=complaint.signer_function,
                review_already_done=bool(complaint.review_already_done),
                actions=actions_of(facts),
            )

    @staticmethod
    def _consent_file(session: Session, complaint: Complaint) -> str | None:
        if complaint.extension_consent_attachment_id is None:
            return None
        attachment = session.get(Attachment, complaint.extension_consent_attachment_id)
        return attachment.file_name if attachment is not None else None
