"""Roles, permissions and the one ``require`` check every service calls."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.models.enums import Role
from app.services.errors import PermissionDenied


class Permission(StrEnum):
    VIEW_EMPLOYEES = "view_employees"
    MANAGE_EMPLOYEES = "manage_employees"
    MANAGE_UNITS = "manage_units"
    MANAGE_SETTINGS = "manage_settings"
    REGISTER_COMPLAINT = "register_complaint"
    MERGE_COMPLAINANTS = "merge_complainants"
    VIEW_ALL_COMPLAINTS = "view_all_complaints"
    VIEW_ANONYMISED_REGISTER = "view_anonymised_register"
    ASSIGN_HANDLER = "assign_handler"
    HANDLE_COMPLAINT = "handle_complaint"
    SEND_CARDS = "send_cards"
    REGISTER_RETURNED_CARDS = "register_returned_cards"
    VIEW_REPORTS = "view_reports"
    MANAGE_PROPOSALS = "manage_proposals"
    DECIDE_PROPOSALS = "decide_proposals"
    BACKUP = "backup"
    WORK_ON_TASKS = "work_on_tasks"
    # The view log (who opened whose personal data): the coordinator per complaint, the
    # administrator (or a privacy officer given that role) for an export.
    VIEW_ACCESS_LOG = "view_access_log"
    # AVG requests of a complainant (access export, correction, erasure): the coordinator.
    HANDLE_DATA_REQUESTS = "handle_data_requests"
    # Retention: the coordinator or administrator proposes a destruction list; the
    # archivist (in this program the administrator, named "archivaris" on screen) approves.
    PROPOSE_DESTRUCTION = "propose_destruction"
    APPROVE_DESTRUCTION = "approve_destruction"
    # Carrying out writes every table of the complaint: the coordinator, whose database
    # group may (the administrator only reads complaint data on PostgreSQL).
    CARRY_OUT_DESTRUCTION = "carry_out_destruction"
    # A Woo export (documents with redactions and an inventory): the coordinator.
    EXPORT_WOO = "export_woo"
    # The anonymised register's summaries: the coordinator approves what is published.
    APPROVE_PUBLIC_SUMMARIES = "approve_public_summaries"


_P = Permission
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMINISTRATOR: frozenset(
        {
            _P.VIEW_EMPLOYEES,
            _P.MANAGE_EMPLOYEES,
            _P.MANAGE_UNITS,
            _P.MANAGE_SETTINGS,
            _P.BACKUP,
            _P.VIEW_ACCESS_LOG,
            _P.PROPOSE_DESTRUCTION,
            _P.APPROVE_DESTRUCTION,
        }
    ),
    Role.COORDINATOR: frozenset(
        {
            _P.VIEW_EMPLOYEES,
            _P.REGISTER_COMPLAINT,
            _P.MERGE_COMPLAINANTS,
            _P.VIEW_ALL_COMPLAINTS,
            _P.VIEW_ANONYMISED_REGISTER,
            _P.ASSIGN_HANDLER,
            _P.HANDLE_COMPLAINT,
            _P.SEND_CARDS,
            _P.REGISTER_RETURNED_CARDS,
            _P.VIEW_REPORTS,
            _P.MANAGE_PROPOSALS,
            _P.BACKUP,
            _P.WORK_ON_TASKS,
            _P.VIEW_ACCESS_LOG,
            _P.HANDLE_DATA_REQUESTS,
            _P.PROPOSE_DESTRUCTION,
            _P.CARRY_OUT_DESTRUCTION,
            _P.EXPORT_WOO,
            _P.APPROVE_PUBLIC_SUMMARIES,
        }
    ),
    Role.SECRETARIAT: frozenset(
        {
            _P.VIEW_EMPLOYEES,
            _P.REGISTER_COMPLAINT,
            _P.VIEW_ALL_COMPLAINTS,
            _P.VIEW_ANONYMISED_REGISTER,
            _P.SEND_CARDS,
            _P.REGISTER_RETURNED_CARDS,
            _P.WORK_ON_TASKS,
        }
    ),
    Role.HANDLER: frozenset(
        {_P.VIEW_EMPLOYEES, _P.HANDLE_COMPLAINT, _P.VIEW_ANONYMISED_REGISTER, _P.WORK_ON_TASKS}
    ),
    Role.MANAGEMENT: frozenset(
        {
            _P.VIEW_EMPLOYEES,
            _P.VIEW_ANONYMISED_REGISTER,
            _P.VIEW_REPORTS,
            _P.DECIDE_PROPOSALS,
            _P.WORK_ON_TASKS,
        }
    ),
    Role.STAFF: frozenset({_P.VIEW_ANONYMISED_REGISTER}),
}

_DENIED_MESSAGES: dict[Permission, str] = {
    _P.VIEW_EMPLOYEES: "U mag de lijst van medewerkers niet inzien.",
    _P.MANAGE_EMPLOYEES: "Alleen een beheerder mag medewerkers toevoegen of wijzigen.",
    _P.MANAGE_UNITS: "Alleen een beheerder mag afdelingen toevoegen of wijzigen.",
    _P.MANAGE_SETTINGS: "Alleen een beheerder mag instellingen wijzigen.",
    _P.REGISTER_COMPLAINT: "U mag geen klachten registreren.",
    _P.MERGE_COMPLAINANTS: "Alleen de klachtcoördinator mag klagers samenvoegen.",
    _P.VIEW_ALL_COMPLAINTS: "U mag niet alle klachten inzien.",
    _P.VIEW_ANONYMISED_REGISTER: "U mag het register niet inzien.",
    _P.ASSIGN_HANDLER: "Alleen de klachtcoördinator mag een behandelaar toewijzen.",
    _P.HANDLE_COMPLAINT: "U mag geen klachten behandelen.",
    _P.SEND_CARDS: "U mag geen feedbackkaarten versturen.",
    _P.REGISTER_RETURNED_CARDS: "U mag geen teruggekomen kaarten registreren.",
    _P.VIEW_REPORTS: "U mag geen rapportages maken of inzien.",
    _P.MANAGE_PROPOSALS: "U mag geen verbetervoorstellen beheren.",
    _P.DECIDE_PROPOSALS: "Alleen het MT mag over verbetervoorstellen besluiten.",
    _P.BACKUP: "U mag geen reservekopie maken of terugzetten.",
    _P.WORK_ON_TASKS: "U heeft geen taken in dit programma.",
    _P.PROPOSE_DESTRUCTION: (
        "Alleen de klachtcoördinator of de beheerder mag vernietigen voorstellen."
    ),
    _P.APPROVE_DESTRUCTION: (
        "Alleen de archivaris (beheerder) mag een vernietigingslijst goedkeuren."
    ),
    _P.CARRY_OUT_DESTRUCTION: "Alleen de klachtcoördinator mag een vernietiging uitvoeren.",
    _P.APPROVE_PUBLIC_SUMMARIES: (
        "Alleen de klachtcoördinator mag samenvattingen voor het geanonimiseerde register "
        "goedkeuren."
    ),
    _P.VIEW_ACCESS_LOG: "Alleen de klachtcoördinator en de beheerder mogen het inzagelog zien.",
    _P.EXPORT_WOO: "Alleen de klachtcoördinator mag een Woo-export maken.",
    _P.HANDLE_DATA_REQUESTS: (
        "Alleen de klachtcoördinator mag AVG-verzoeken (inzage, correctie, verwijdering) "
        "afhandelen."
    ),
}


def permissions_of(roles: frozenset[Role]) -> frozenset[Permission]:
    granted: set[Permission] = set()
    for role in roles:
        granted |= ROLE_PERMISSIONS[role]
    return frozenset(granted)


@dataclass(frozen=True)
class CurrentUser:
    """The person at the keyboard: an active employee, identified by their login."""

    login: str
    employee_id: int | None
    name: str
    roles: frozenset[Role]

    @property
    def permissions(self) -> frozenset[Permission]:
        return permissions_of(self.roles)

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions

    def has_role(self, role: Role) -> bool:
        return role in self.roles


def sees_personal_data(user: CurrentUser, handler_id: int | None) -> bool:
    """Whether ``user`` may see the complainant's name, address and contact data of a
    complaint handled by ``handler_id``: who sees every complaint (coordinator,
    secretariat), or the complaint's own handler. Management and staff get numbers,
    units, subjects and outcomes, never these."""
    if user.can(Permission.VIEW_ALL_COMPLAINTS):
        return True
    return (
        user.can(Permission.HANDLE_COMPLAINT)
        and handler_id is not None
        and handler_id == user.employee_id
    )


def denied_message(permission: Permission) -> str:
    """What the user reads when a role that grants ``permission`` is missing (Dutch)."""
    return _DENIED_MESSAGES[permission]


def require(user: CurrentUser, permission: Permission) -> None:
    """Refuse the action unless the user holds a role that grants ``permission``."""
    if not user.can(permission):
        raise PermissionDenied(_DENIED_MESSAGES[permission])
