"""What the handling of a complaint allows now: the status machine, and one rule per action.

Each rule is decided once, here. ``WorkflowService.state`` fills ``HandlingState.actions``
from these rules (the handling screen offers exactly what they allow, with the refusal's
reason as tooltip), and every write method of the workflow checks the same rule before it
changes anything, so the screen and the service cannot disagree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.models import Complaint
from app.models.enums import ComplaintKind, Status, label
from app.services.access import harmless
from app.services.errors import PermissionDenied, ServiceError
from app.services.permissions import CurrentUser, Permission

S = Status
# The status machine: from each status, where a complaint may go.
TRANSITIONS: dict[Status, frozenset[Status]] = {
    S.REGISTERED: frozenset({S.ASSIGNED, S.DECLINED, S.WITHDRAWN, S.FORWARDED_FOR_REVIEW}),
    S.ASSIGNED: frozenset({S.IN_PROGRESS, S.DECLINED, S.WITHDRAWN, S.FORWARDED_FOR_REVIEW}),
    S.IN_PROGRESS: frozenset(
        {S.INFORMALLY_RESOLVED, S.HEARING, S.DECLINED, S.WITHDRAWN, S.FORWARDED_FOR_REVIEW}
    ),
    # Awb 9:5: the complainant may be satisfied at any time before closing, also after
    # the formal route started; the informal end stays open until then.
    S.HEARING: frozenset({S.JUDGED, S.INFORMALLY_RESOLVED, S.WITHDRAWN}),
    S.JUDGED: frozenset({S.INFORMALLY_RESOLVED, S.CLOSED}),
    S.INFORMALLY_RESOLVED: frozenset({S.CLOSED}),
    # Ends; reopening (with a reason) brings a complaint back into handling.
    S.CLOSED: frozenset({S.IN_PROGRESS}),
    S.FORWARDED_FOR_REVIEW: frozenset({S.IN_PROGRESS}),
    S.DECLINED: frozenset({S.IN_PROGRESS}),
    S.WITHDRAWN: frozenset({S.IN_PROGRESS}),
}
END_STATUSES = frozenset({S.CLOSED, S.FORWARDED_FOR_REVIEW, S.DECLINED, S.WITHDRAWN})
# The decision term of Awb 9:11 runs until the judgment: it can be extended only before it.
BEFORE_JUDGMENT = frozenset({S.REGISTERED, S.ASSIGNED, S.IN_PROGRESS, S.HEARING})
# The handler makes promises to the complainant (often in the first call, recorded before
# or after the contact note), until the complaint has ended (reopen it to promise more).
PROMISE_STATUSES = frozenset(
    {S.ASSIGNED, S.IN_PROGRESS, S.HEARING, S.JUDGED, S.INFORMALLY_RESOLVED}
)


def can_transition(current: Status, target: Status) -> bool:
    return target in TRANSITIONS.get(current, frozenset())


class HandlingAction(StrEnum):
    """The steps of the handling a user can take on one complaint."""

    ASSIGN = "assign"
    ACKNOWLEDGE = "acknowledge"
    FIRST_CONTACT = "first_contact"
    PROMISE = "promise"
    INFORMAL = "informal"
    FORMAL = "formal"
    HEARING = "hearing"
    HEARING_REPORT = "hearing_report"
    JUDGE = "judge"
    EXTEND = "extend"
    FURTHER_EXTEND = "further_extend"
    DELAY = "delay"
    DECLINE = "decline"
    REVIEW = "review"
    WITHDRAW = "withdraw"
    MANAGER_COPY = "manager_copy"
    SIGNER = "signer"
    CLOSE = "close"
    REOPEN = "reopen"


@dataclass(frozen=True)
class Refusal:
    """Why an action is not allowed now, in Dutch for the user."""

    reason: str
    # The step belongs to this stage but waits for something (the hearing, the decision
    # letter): the screen shows it disabled with the reason. Otherwise it is out of place
    # now and the screen leaves it out.
    waiting: bool = False
    # Refused for who the user is, not for where the complaint stands.
    permission: bool = False

    def raise_error(self) -> None:
        if self.permission:
            raise PermissionDenied(self.reason)
        raise ServiceError(self.reason)


@dataclass(frozen=True)
class HandlingFacts:
    """What the rules look at: one complaint's stage and what this user may do with it."""

    status: Status
    is_complaint: bool
    may_handle: bool  # the handler of this complaint, or the coordinator
    may_assign: bool
    may_acknowledge: bool
    first_contact_on: date | None
    extended_to: date | None
    has_parts: bool
    hearing_recorded: bool
    decision_letter_sent: bool


@harmless("a pure rule: reads a complaint its caller loaded and checked access to")
def facts_of(complaint: Complaint, user: CurrentUser) -> HandlingFacts:
    is_complaint = complaint.kind == ComplaintKind.COMPLAINT
    may_assign = user.can(Permission.ASSIGN_HANDLER)
    own = (
        user.can(Permission.HANDLE_COMPLAINT)
        and complaint.handler_id is not None
        and complaint.handler_id == user.employee_id
    )
    return HandlingFacts(
        status=complaint.status,
        is_complaint=is_complaint,
        may_handle=is_complaint and (may_assign or own),
        may_assign=is_complaint and may_assign,
        may_acknowledge=is_complaint and user.can(Permission.REGISTER_COMPLAINT),
        first_contact_on=complaint.first_contact_on,
        extended_to=complaint.extended_to,
        has_parts=bool(complaint.parts),
        hearing_recorded=(
            complaint.hearing_complainant_on is not None
            or complaint.hearing_skipped_reason is not None
        ),
        decision_letter_sent=bool(complaint.sent_decision_letters),
    )


NOT_A_COMPLAINT = Refusal("Een signaal wordt niet behandeld; zet het eerst om in een klacht.")
NOT_YOURS = Refusal(
    "Alleen de behandelaar van deze klacht of de klachtcoördinator mag dit doen.",
    permission=True,
)
ENDED = "De klacht is afgehandeld; heropen haar eerst."


def _handling(f: HandlingFacts) -> Refusal | None:
    if not f.is_complaint:
        return NOT_A_COMPLAINT
    if not f.may_handle:
        return NOT_YOURS
    return None


def _move_to(f: HandlingFacts, target: Status) -> Refusal | None:
    if can_transition(f.status, target):
        return None
    return Refusal(f"Een klacht met status '{label(f.status)}' kan niet naar '{label(target)}'.")


def _assign(f: HandlingFacts) -> Refusal | None:
    if not f.is_complaint:
        return NOT_A_COMPLAINT
    if not f.may_assign:
        return Refusal("Alleen de klachtcoördinator wijst een behandelaar toe.", permission=True)
    if f.status in END_STATUSES:
        return Refusal("Een afgesloten klacht krijgt geen nieuwe behandelaar; heropen haar eerst.")
    return None


def _acknowledge(f: HandlingFacts) -> Refusal | None:
    if not f.is_complaint:
        return NOT_A_COMPLAINT
    if not f.may_acknowledge:
        return Refusal(
            "Alleen wie klachten registreert legt de ontvangstbevestiging vast.", permission=True
        )
    return None


def _first_contact(f: HandlingFacts) -> Refusal | None:
    if f.status == S.REGISTERED:
        return Refusal("Wijs eerst een behandelaar toe; die neemt contact op met de klager.")
    if f.status == S.ASSIGNED:
        return None
    if f.status not in BEFORE_JUDGMENT:
        return Refusal("Het eerste contact hoort bij het begin van de behandeling.")
    if f.first_contact_on is not None:
        return Refusal(
            f"Het eerste contact is al vastgelegd ({f.first_contact_on:%d-%m-%Y}); "
            "leg later contact vast als contactnotitie."
        )
    return None


def _promise(f: HandlingFacts) -> Refusal | None:
    if f.status in PROMISE_STATUSES:
        return None
    if f.status in END_STATUSES:
        return Refusal(ENDED)
    return Refusal("Een toezegging doet de behandelaar; wijs eerst een behandelaar toe.")


def _hearing(f: HandlingFacts) -> Refusal | None:
    if f.status != S.HEARING:
        return Refusal("Het horen hoort bij de formele behandeling; start die eerst.")
    return None


def _hearing_report(f: HandlingFacts) -> Refusal | None:
    if f.status not in (S.HEARING, S.JUDGED):
        return Refusal(
            "Het verslag van het horen hoort bij de formele behandeling; start die eerst."
        )
    if f.decision_letter_sent:
        return Refusal(
            "De beslissing met het verslag van het horen is al verzonden; het verslag "
            "kan niet meer worden gewijzigd."
        )
    return None


def _judge(f: HandlingFacts) -> Refusal | None:
    if f.status != S.HEARING:
        return Refusal("Oordelen kan alleen na hoor en wederhoor.")
    if not f.has_parts:
        return Refusal("Er zijn geen klachtonderdelen vastgelegd om te beoordelen.", waiting=True)
    if not f.hearing_recorded:
        return Refusal("Leg eerst het horen vast (of waarom er niet is gehoord).", waiting=True)
    return None


def _before_judgment(f: HandlingFacts) -> Refusal | None:
    if f.status in END_STATUSES:
        return Refusal(ENDED)
    if f.status not in BEFORE_JUDGMENT:
        return Refusal(
            "Na het oordeel loopt de beslistermijn van Awb 9:11 niet meer door; "
            "verdagen of uitstel melden kan alleen daarvoor."
        )
    return None


def _extend(f: HandlingFacts) -> Refusal | None:
    refusal = _before_judgment(f)
    if refusal is None and f.extended_to is not None:
        return Refusal(
            f"De beslistermijn is al eens verdaagd, tot {f.extended_to:%d-%m-%Y}. Een verdere "
            "verdaging mag alleen met schriftelijke instemming van de klager (Awb 9:11 lid 2); "
            "leg die vast met 'Verder verdagen met instemming'.",
            waiting=True,
        )
    return refusal


def _further_extend(f: HandlingFacts) -> Refusal | None:
    refusal = _before_judgment(f)
    if refusal is None and f.extended_to is None:
        return Refusal(
            "De beslistermijn is nog niet verdaagd; gebruik eerst de gewone verdaging "
            "(Awb 9:11 lid 1)."
        )
    return refusal


def _signer(f: HandlingFacts) -> Refusal | None:
    return Refusal(ENDED) if f.status in END_STATUSES else None


def _close(f: HandlingFacts) -> Refusal | None:
    refusal = _move_to(f, S.CLOSED)
    if refusal is None and f.status == S.JUDGED and not f.decision_letter_sent:
        # Awb 9:12: the judgment is ended by a written decision; closing before it went
        # out would stop the decision term without the act being done.
        return Refusal(
            "De beslissing op de klacht is nog niet verzonden. Verstuur eerst de beslissing "
            "(tab Brieven) en leg vast dat die is verzonden; sluit de klacht daarna af.",
            waiting=True,
        )
    return refusal


def _reopen(f: HandlingFacts) -> Refusal | None:
    if f.status not in END_STATUSES:
        return Refusal("Alleen een afgehandelde klacht wordt heropend.")
    return None


def _anytime(f: HandlingFacts) -> Refusal | None:
    return None


Rule = Callable[[HandlingFacts], Refusal | None]
# Who may act comes first (the assignment and the acknowledgement have their own roles),
# then where the complaint stands.
RULES: dict[HandlingAction, tuple[bool, Rule]] = {
    HandlingAction.ASSIGN: (False, _assign),
    HandlingAction.ACKNOWLEDGE: (False, _acknowledge),
    HandlingAction.FIRST_CONTACT: (True, _first_contact),
    HandlingAction.PROMISE: (True, _promise),
    HandlingAction.INFORMAL: (True, lambda f: _move_to(f, S.INFORMALLY_RESOLVED)),
    HandlingAction.FORMAL: (True, lambda f: _move_to(f, S.HEARING)),
    HandlingAction.HEARING: (True, _hearing),
    HandlingAction.HEARING_REPORT: (True, _hearing_report),
    HandlingAction.JUDGE: (True, _judge),
    HandlingAction.EXTEND: (True, _extend),
    HandlingAction.FURTHER_EXTEND: (True, _further_extend),
    HandlingAction.DELAY: (True, _before_judgment),
    HandlingAction.DECLINE: (True, lambda f: _move_to(f, S.DECLINED)),
    HandlingAction.REVIEW: (True, lambda f: _move_to(f, S.FORWARDED_FOR_REVIEW)),
    HandlingAction.WITHDRAW: (True, lambda f: _move_to(f, S.WITHDRAWN)),
    HandlingAction.MANAGER_COPY: (True, _anytime),
    HandlingAction.SIGNER: (True, _signer),
    HandlingAction.CLOSE: (True, _close),
    HandlingAction.REOPEN: (True, _reopen),
}


def refusal_of(action: HandlingAction, facts: HandlingFacts) -> Refusal | None:
    """Why ``action`` is not allowed now, or None when it is."""
    handled, rule = RULES[action]
    if handled:
        refusal = _handling(facts)
        if refusal is not None:
            return refusal
    return rule(facts)


def actions_of(facts: HandlingFacts) -> dict[HandlingAction, Refusal | None]:
    return {action: refusal_of(action, facts) for action in HandlingAction}


@harmless("a pure rule: refuses on a complaint its caller loaded and checked access to")
def check_allowed(action: HandlingAction, complaint: Complaint, user: CurrentUser) -> None:
    """Raise the refusal when ``action`` is not allowed on ``complaint`` now."""
    refusal = refusal_of(action, facts_of(complaint, user))
    if refusal is not None:
        refusal.raise_error()
