"""Which steps of the handling are offered now (the status machine, and who acts), the
dialog of each, and the next step in a sentence."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.models.enums import Status
from app.services.workflow import END_STATUSES, HandlingState
from app.ui.complaints.display import format_date
from app.ui.widgets import arg, enum_text
from app.ui.workflow.dialog_base import ActionDialog
from app.ui.workflow.dialogs import (
    AcknowledgeDialog,
    AssignDialog,
    CloseDialog,
    DeclineDialog,
    DelayNoticeDialog,
    ExtendDialog,
    FirstContactDialog,
    FormalDialog,
    FurtherExtendDialog,
    HearingDialog,
    HearingReportDialog,
    InformalDialog,
    ManagerCopyDialog,
    PromiseDialog,
    ReopenDialog,
    ReviewDialog,
    SignerDialog,
    WithdrawDialog,
)
from app.ui.workflow.judgment import JudgmentDialog

S = Status
BEFORE_JUDGMENT = frozenset({S.REGISTERED, S.ASSIGNED, S.IN_PROGRESS, S.HEARING})


# ----- which actions are offered ----------------------------------------------------------


@dataclass(frozen=True)
class Availability:
    visible: bool
    enabled: bool = True
    tip: str = ""


def action_availability(state: HandlingState) -> dict[str, Availability]:
    """Per action: whether it is offered now (the status machine and who acts)."""
    s = state.status
    allowed = set(state.allowed)
    handle = state.may_handle

    def offer(condition: bool) -> Availability:
        return Availability(condition, condition)

    judge_visible = handle and S.JUDGED in allowed
    if not state.parts:
        judge_tip = "no_parts"
    elif not state.hearing_recorded:
        judge_tip = "hearing"
    else:
        judge_tip = ""
    close_visible = handle and S.CLOSED in allowed
    # A judged complaint is closed after its decision letter went out (Awb 9:12).
    close_tip = "decision_letter" if s == S.JUDGED and not state.decision_letter_sent else ""
    return {
        "assign": offer(state.may_assign and s not in END_STATUSES),
        "acknowledge": offer(state.may_acknowledge),
        "first_contact": offer(
            handle
            and (
                s == S.ASSIGNED or (s in (S.IN_PROGRESS, S.HEARING) and not state.first_contact_on)
            )
        ),
        "promise": offer(
            handle and s in (S.IN_PROGRESS, S.HEARING, S.JUDGED, S.INFORMALLY_RESOLVED)
        ),
        "informal": offer(handle and S.INFORMALLY_RESOLVED in allowed),
        "formal": offer(handle and S.HEARING in allowed),
        "hearing": offer(handle and s == S.HEARING),
        # Changeable until the decision letter that quotes it went out.
        "hearing_report": offer(
            handle and s in (S.HEARING, S.JUDGED) and not state.decision_letter_sent
        ),
        "judge": Availability(judge_visible, judge_visible and not judge_tip, judge_tip),
        "extend": offer(handle and s in BEFORE_JUDGMENT),
        "delay": offer(handle and s in BEFORE_JUDGMENT),
        # Awb 9:11 lid 2: after the one extension, only with the complainant's consent.
        "further_extend": offer(handle and s in BEFORE_JUDGMENT and state.extended_to is not None),
        "decline": offer(handle and S.DECLINED in allowed),
        "review": offer(handle and S.FORWARDED_FOR_REVIEW in allowed),
        "withdraw": offer(handle and S.WITHDRAWN in allowed),
        "manager_copy": offer(handle),
        "signer": offer(handle and s not in END_STATUSES),
        "close": Availability(close_visible, close_visible and not close_tip, close_tip),
        "reopen": offer(handle and s in END_STATUSES),
    }


DIALOGS: dict[str, type[ActionDialog]] = {
    "assign": AssignDialog,
    "acknowledge": AcknowledgeDialog,
    "first_contact": FirstContactDialog,
    "promise": PromiseDialog,
    "informal": InformalDialog,
    "formal": FormalDialog,
    "hearing": HearingDialog,
    "hearing_report": HearingReportDialog,
    "judge": JudgmentDialog,
    "extend": ExtendDialog,
    "further_extend": FurtherExtendDialog,
    "delay": DelayNoticeDialog,
    "decline": DeclineDialog,
    "review": ReviewDialog,
    "withdraw": WithdrawDialog,
    "manager_copy": ManagerCopyDialog,
    "signer": SignerDialog,
    "close": CloseDialog,
    "reopen": ReopenDialog,
}


def next_step_text(state: HandlingState) -> str:
    """What to do next, in a sentence."""
    s = state.status
    if not state.is_complaint:
        return QCoreApplication.translate(
            "HandlingTab", "Een signaal wordt niet behandeld; het telt mee voor verbetering."
        )
    if s == S.REGISTERED:
        return QCoreApplication.translate(
            "HandlingTab", "Volgende stap: een behandelaar toewijzen."
        )
    if s == S.ASSIGNED:
        return arg(
            QCoreApplication.translate(
                "HandlingTab", "Volgende stap: persoonlijk contact met de klager, uiterlijk %1."
            ),
            format_date(state.contact_due),
        )
    if s == S.IN_PROGRESS:
        return QCoreApplication.translate(
            "HandlingTab",
            "Volgende stap: informeel afronden als de klager tevreden is, of de klacht "
            "formeel behandelen.",
        )
    if s == S.HEARING and not state.hearing_recorded:
        return QCoreApplication.translate(
            "HandlingTab", "Volgende stap: klager en medewerker horen en dat vastleggen."
        )
    if s == S.HEARING:
        return QCoreApplication.translate(
            "HandlingTab", "Volgende stap: het oordeel per klachtonderdeel."
        )
    if s == S.JUDGED and state.decision_term_running:
        return QCoreApplication.translate(
            "HandlingTab",
            "Volgende stap: de beslissing op de klacht versturen (tab Brieven) en vastleggen "
            "dat die is verzonden; tot dan loopt de beslistermijn.",
        )
    if s in (S.JUDGED, S.INFORMALLY_RESOLVED):
        return QCoreApplication.translate(
            "HandlingTab",
            "Volgende stap: de afsluitende brief of e-mail versturen (tab Brieven), het "
            "afschrift aan de leidinggevende vastleggen en de klacht afsluiten.",
        )
    return arg(
        QCoreApplication.translate("HandlingTab", "De klacht is afgehandeld: %1."),
        enum_text(s).lower(),
    )
