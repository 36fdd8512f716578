"""Enumerations of the domain, stored as their (English) values, shown by Dutch labels.

The labels are Dutch source strings; ``scripts/service_messages.py`` collects them (the
``_LABEL_LIST``) for translation and the UI passes them through Qt's translation with the
context ``"services"`` (``app.ui.widgets.enum_text``). Reports use them as they are.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    COORDINATOR = "coordinator"
    SECRETARIAT = "secretariat"
    HANDLER = "handler"
    MANAGEMENT = "management"
    STAFF = "staff"
    ADMINISTRATOR = "administrator"


class UnitKind(StrEnum):
    SECTOR = "sector"
    DIRECTORATE = "directorate"
    TEAM = "team"


class ComplaintKind(StrEnum):
    COMPLAINT = "complaint"
    SIGNAL = "signal"


class Channel(StrEnum):
    EMAIL = "email"
    POST = "post"
    PHONE = "phone"
    CONTACT_FORM = "contact_form"
    IN_PERSON = "in_person"


class Status(StrEnum):
    REGISTERED = "registered"
    ASSIGNED = "assigned"
    IN_PROGRESS = "in_progress"
    INFORMALLY_RESOLVED = "informally_resolved"
    HEARING = "hearing"
    JUDGED = "judged"
    CLOSED = "closed"
    FORWARDED_FOR_REVIEW = "forwarded_for_review"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"


OPEN_STATUSES = frozenset(
    {Status.REGISTERED, Status.ASSIGNED, Status.IN_PROGRESS, Status.HEARING, Status.JUDGED}
)


class DestructionStatus(StrEnum):
    PROPOSED = "proposed"
    APPROVED = "approved"
    CARRIED_OUT = "carried_out"
    REJECTED = "rejected"


class Route(StrEnum):
    INFORMAL = "informal"
    FORMAL = "formal"
    REVIEW = "review"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"


class Judgment(StrEnum):
    UPHELD = "upheld"
    PARTLY_UPHELD = "partly_upheld"
    NOT_UPHELD = "not_upheld"
    NONE = "none"


class DeclineGround(StrEnum):
    """Awb 9:8 grounds for not handling a complaint."""

    HANDLED_BEFORE = "handled_before"
    OLDER_THAN_A_YEAR = "older_than_a_year"
    OBJECTION_POSSIBLE = "objection_possible"
    BEFORE_COURT = "before_court"
    MANIFESTLY_MINOR = "manifestly_minor"
    COMPLAINANT_NO_INTEREST = "complainant_no_interest"


class HearingSkipReason(StrEnum):
    """Awb 9:10 reasons to skip the hearing."""

    MANIFESTLY_UNFOUNDED = "manifestly_unfounded"
    WAIVED = "waived"
    NO_RESPONSE = "no_response"


class NoteChannel(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    LETTER = "letter"
    MEETING = "meeting"


class TaskKind(StrEnum):
    INFORM_EMPLOYEES = "inform_employees"
    CALLBACK = "callback"
    RETURNED_CARD = "returned_card"
    REVIEW_REPORT = "review_report"
    OTHER = "other"
    COPY_AT_START = "copy_at_start"  # Awb 9:9: the complaint to the employee and manager
    DELAY_NOTICE = "delay_notice"  # uitstelbericht when no decision is in sight


class CauseKind(StrEnum):
    EMPLOYEE = "employee"
    WORK_PROCESS = "work_process"
    SYSTEM = "system"
    ORGANISATION = "organisation"
    EXTERNAL = "external"
    COMPLAINANT = "complainant"


class ReportStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    REVIEWED = "reviewed"
    RETURNED = "returned"


class Decision(StrEnum):
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class ProposalStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    REALISED = "realised"
    LAPSED = "lapsed"


class CardColour(StrEnum):
    GREEN = "green"
    RED = "red"


class CardChannel(StrEnum):
    POST = "post"
    DIGITAL = "digital"


class CoreValue(StrEnum):
    OPEN_AND_CLEAR = "open_and_clear"
    RESPECTFUL = "respectful"
    ENGAGED = "engaged"
    HONEST_AND_RELIABLE = "honest_and_reliable"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"


class ViewKind(StrEnum):
    """What someone looked at that shows a complainant's personal data (the view log)."""

    COMPLAINT_OPENED = "complaint_opened"
    DOSSIER_PDF = "dossier_pdf"
    ATTACHMENT_OPENED = "attachment_opened"
    ATTACHMENT_SAVED = "attachment_saved"
    REGISTER_EXPORT = "register_export"
    REPORT_WITH_NAMES = "report_with_names"


# Keyed by (enumeration, value): members of different enumerations can share a value
# (Status.IN_PROGRESS and ProposalStatus.IN_PROGRESS are both 'in_progress').
_LABEL_LIST: tuple[tuple[StrEnum, str], ...] = (
    (Role.COORDINATOR, "Klachtcoördinator"),
    (Role.SECRETARIAT, "Secretariaat"),
    (Role.HANDLER, "Klachtbehandelaar"),
    (Role.MANAGEMENT, "Management (MT)"),
    (Role.STAFF, "Medewerker"),
    (Role.ADMINISTRATOR, "Beheerder"),
    (UnitKind.SECTOR, "Sector"),
    (UnitKind.DIRECTORATE, "Directie"),
    (UnitKind.TEAM, "Team"),
    (ComplaintKind.COMPLAINT, "Klacht"),
    (ComplaintKind.SIGNAL, "Signaal"),
    (Channel.EMAIL, "E-mail"),
    (Channel.POST, "Post"),
    (Channel.PHONE, "Telefoon"),
    (Channel.CONTACT_FORM, "Contactformulier"),
    (Channel.IN_PERSON, "Persoonlijk"),
    (Status.REGISTERED, "Geregistreerd"),
    (Status.ASSIGNED, "Toegewezen"),
    (Status.IN_PROGRESS, "In behandeling"),
    (Status.INFORMALLY_RESOLVED, "Informeel afgerond"),
    (Status.HEARING, "Hoor en wederhoor"),
    (Status.JUDGED, "Oordeel gegeven"),
    (Status.CLOSED, "Afgesloten"),
    (Status.FORWARDED_FOR_REVIEW, "Doorgezet als herzieningsverzoek"),
    (Status.DECLINED, "Niet in behandeling genomen"),
    (Status.WITHDRAWN, "Ingetrokken"),
    (Route.INFORMAL, "Informeel"),
    (Route.FORMAL, "Formeel"),
    (Route.REVIEW, "Herziening"),
    (Route.DECLINED, "Niet in behandeling"),
    (Route.WITHDRAWN, "Ingetrokken"),
    (Judgment.UPHELD, "Gegrond"),
    (Judgment.PARTLY_UPHELD, "Deels gegrond"),
    (Judgment.NOT_UPHELD, "Ongegrond"),
    (Judgment.NONE, "Geen oordeel"),
    (DeclineGround.HANDLED_BEFORE, "Eerder behandeld"),
    (DeclineGround.OLDER_THAN_A_YEAR, "Ouder dan een jaar"),
    (DeclineGround.OBJECTION_POSSIBLE, "Bezwaar of beroep mogelijk (geweest)"),
    (DeclineGround.BEFORE_COURT, "Voorgelegd aan de rechter"),
    (DeclineGround.MANIFESTLY_MINOR, "Kennelijk van onvoldoende gewicht"),
    (DeclineGround.COMPLAINANT_NO_INTEREST, "Belang van klager kennelijk onvoldoende"),
    (HearingSkipReason.MANIFESTLY_UNFOUNDED, "Klacht kennelijk ongegrond"),
    (HearingSkipReason.WAIVED, "Klager ziet af van horen"),
    (HearingSkipReason.NO_RESPONSE, "Geen reactie op uitnodiging"),
    (NoteChannel.PHONE, "Telefoon"),
    (NoteChannel.EMAIL, "E-mail"),
    (NoteChannel.LETTER, "Brief"),
    (NoteChannel.MEETING, "Gesprek"),
    (TaskKind.INFORM_EMPLOYEES, "Informeer betrokken medewerkers"),
    (TaskKind.CALLBACK, "Terugbellen"),
    (TaskKind.RETURNED_CARD, "Teruggekomen feedbackkaart"),
    (TaskKind.REVIEW_REPORT, "Formulier beoordelen"),
    (TaskKind.OTHER, "Overig"),
    (TaskKind.COPY_AT_START, "Kopie klacht naar medewerker en leidinggevende"),
    (TaskKind.DELAY_NOTICE, "Uitstelbericht sturen"),
    (CauseKind.EMPLOYEE, "Medewerker"),
    (CauseKind.WORK_PROCESS, "Werkproces"),
    (CauseKind.SYSTEM, "Systeem"),
    (CauseKind.ORGANISATION, "Organisatie"),
    (CauseKind.EXTERNAL, "Extern"),
    (CauseKind.COMPLAINANT, "Klager"),
    (ReportStatus.DRAFT, "Concept"),
    (ReportStatus.SUBMITTED, "Verzonden"),
    (ReportStatus.REVIEWED, "Beoordeeld"),
    (ReportStatus.RETURNED, "Teruggestuurd"),
    (Decision.PROPOSED, "Voorgesteld"),
    (Decision.ACCEPTED, "Aangenomen"),
    (Decision.REJECTED, "Afgewezen"),
    (ProposalStatus.OPEN, "Open"),
    (ProposalStatus.IN_PROGRESS, "In uitvoering"),
    (ProposalStatus.REALISED, "Gerealiseerd"),
    (ProposalStatus.LAPSED, "Vervallen"),
    (CardColour.GREEN, "Groen"),
    (CardColour.RED, "Rood"),
    (CardChannel.POST, "Post"),
    (CardChannel.DIGITAL, "Digitaal"),
    (CoreValue.OPEN_AND_CLEAR, "Open en duidelijk"),
    (CoreValue.RESPECTFUL, "Respectvol"),
    (CoreValue.ENGAGED, "Betrokken en oplossingsgericht"),
    (CoreValue.HONEST_AND_RELIABLE, "Eerlijk en betrouwbaar"),
    (DestructionStatus.PROPOSED, "Voorgesteld"),
    (DestructionStatus.APPROVED, "Goedgekeurd"),
    (DestructionStatus.CARRIED_OUT, "Uitgevoerd"),
    (DestructionStatus.REJECTED, "Afgewezen"),
    (AuditAction.CREATE, "Aangemaakt"),
    (AuditAction.UPDATE, "Gewijzigd"),
    (AuditAction.DELETE, "Verwijderd"),
    (ViewKind.COMPLAINT_OPENED, "Klachtvenster geopend"),
    (ViewKind.DOSSIER_PDF, "Dossier-PDF gemaakt"),
    (ViewKind.ATTACHMENT_OPENED, "Bijlage geopend"),
    (ViewKind.ATTACHMENT_SAVED, "Bijlage opgeslagen"),
    (ViewKind.REGISTER_EXPORT, "Register geëxporteerd met namen"),
    (ViewKind.REPORT_WITH_NAMES, "Rapportage met namen"),
)
_LABELS: dict[tuple[type, str], str] = {
    (type(member), member.value): text for member, text in _LABEL_LIST
}


def label(member: StrEnum) -> str:
    """The Dutch label of an enumeration member (source string for translation)."""
    if not isinstance(member, StrEnum):
        raise TypeError(f"label() needs an enumeration member, not {type(member).__name__}")
    return _LABELS[(type(member), member.value)]


# The ombudsman's 22 norms of proper conduct (behoorlijkheidsnormen), by core value.
CONDUCT_NORMS: tuple[tuple[CoreValue, tuple[str, ...]], ...] = (
    (
        CoreValue.OPEN_AND_CLEAR,
        (
            "Transparant",
            "Goede informatieverstrekking",
            "Luisteren naar de burger",
            "Goede motivering",
        ),
    ),
    (
        CoreValue.RESPECTFUL,
        (
            "Respecteren van grondrechten",
            "Bevorderen van actieve deelname door de burger",
            "Fatsoenlijke bejegening",
            "Fair play",
            "Evenredigheid",
            "Bijzondere zorg",
        ),
    ),
    (
        CoreValue.ENGAGED,
        ("Maatwerk", "Samenwerking", "Coulante opstelling", "Voortvarendheid", "De-escalatie"),
    ),
    (
        CoreValue.HONEST_AND_RELIABLE,
        (
            "Integriteit",
            "Betrouwbaarheid",
            "Onpartijdigheid",
            "Redelijkheid",
            "Goede voorbereiding",
            "Goede organisatie",
            "Professionaliteit",
        ),
    ),
)
