"""Which steps of the handling are offered now (the status machine, and who acts), the
dialog of each, and the next step in a sentence."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.models.enums import Status
from app.services.workflow import HandlingState
from app.services.workflow_rules import HandlingAction
from app.ui.common.display import format_date
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


# ----- which actions are offered ----------------------------------------------------------


@dataclass(frozen=True)
class Availability:
    visible: bool
    enabled: bool = True
    tip: str = ""


def action_availability(state: HandlingState) -> dict[str, Availability]:
    """Per action: whether it is offered now, as the service's rules decide. A step that
    waits for something is shown disabled, with the reason as tooltip; a step out of place
    now is left out."""
    found: dict[str, Availability] = {}
    for action in HandlingAction:
        if action not in state.actions:
            found[action.value] = Availability(False, False)
            continue
        refusal = state.actions[action]
        if refusal is None:
            found[action.value] = Availability(True)
        else:
            found[action.value] = Availability(refusal.waiting, False, refusal.reason)
    return found


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
