"""The values of a letter's placeholders and its recipients, from a complaint: Dutch dates,
names and salutations as a Dutch letter writes them, promises, judgments per part, managers.

Plain functions for ``app.services.letters``; no Qt, no writes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    Complainant,
    Complaint,
    Employee,
    ImprovementProposal,
    OrgUnit,
    ProposalComplaint,
    RegulationProfile,
)
from app.models.enums import (
    Decision,
    DeclineGround,
    Judgment,
    ProposalStatus,
    UnitKind,
    label,
)
from app.reports.formats import long_date
from app.services.deadlines import active_profile
from app.services.errors import ServiceError, ValidationError
from app.services.i18n import t
from app.services.letter_templates import PLACEHOLDERS
from app.services.names import (
    addressee,
    full_name,
    greeting,
    parts_of,
    stored_parts,
    surname_for_greeting,
)
from app.services.settings import Letterhead, read_letterhead
from app.services.validation import NOTE_TEXT, FieldError, TextField, check_text

RecipientRole = Literal["klager", "medewerker", "leidinggevende"]


# Awb 9:8: why a complaint is not handled, as the end of "..., omdat ...".
DECLINE_GROUNDS: dict[DeclineGround, str] = {
    DeclineGround.HANDLED_BEFORE: (
        "uw klacht gaat over een gedraging waarover al eerder een klacht is ingediend en "
        "volgens de klachtregeling is behandeld (artikel 9:8, eerste lid, onder a)"
    ),
    DeclineGround.OLDER_THAN_A_YEAR: (
        "uw klacht gaat over een gedraging die langer dan een jaar vóór het indienen van uw "
        "klacht heeft plaatsgevonden (artikel 9:8, eerste lid, onder b)"
    ),
    DeclineGround.OBJECTION_POSSIBLE: (
        "u tegen de gedraging waarover u klaagt bezwaar kon maken of beroep kan of kon "
        "instellen (artikel 9:8, eerste lid, onder c en d)"
    ),
    DeclineGround.BEFORE_COURT: (
        "de gedraging waarover u klaagt ter beoordeling staat of heeft gestaan van de "
        "rechter (artikel 9:8, eerste lid, onder e)"
    ),
    DeclineGround.MANIFESTLY_MINOR: (
        "het gewicht van de gedraging waarover u klaagt kennelijk onvoldoende is "
        "(artikel 9:8, tweede lid)"
    ),
    DeclineGround.COMPLAINANT_NO_INTEREST: (
        "uw belang bij de klacht kennelijk onvoldoende is (artikel 9:8, tweede lid)"
    ),
}

_HOME_COUNTRIES = frozenset({"nederland", "nl", "the netherlands", "netherlands"})


# ----- formatting -------------------------------------------------------------------------


def dutch_date(day: date) -> str:
    """A date as Dutch write it in a letter: ``23 november 2026``."""
    return long_date(day)


def date_or_none(day: date | None) -> str | None:
    return dutch_date(day) if day else None


def enumerate_names(names: Iterable[str]) -> str | None:
    """``A``, ``A en B``, ``A, B en C``; None for none."""
    items = [n for n in dict.fromkeys(names) if n]
    if not items:
        return None
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " en " + items[-1]


def bullets(lines: Iterable[str]) -> str | None:
    items = [line.strip() for line in lines if line and line.strip()]
    if not items:
        return None
    if len(items) == 1:
        return items[0]
    return "\n".join(item if item.startswith(("•", "- ")) else f"• {item}" for item in items)


def weeks_text(weeks: int) -> str:
    if weeks % 52 == 0:
        years = weeks // 52
        return "een jaar" if years == 1 else f"{years} jaar"
    return "een week" if weeks == 1 else f"{weeks} weken"


def split_name(name: str) -> tuple[str, str]:
    """(name as written in a letter, surname as a greeting writes it) of a stored name:
    ``"Vries, Jan de"`` gives ``("Jan de Vries", "De Vries")``."""
    parts = stored_parts(name)
    return full_name(parts) or " ".join(name.split()), surname_for_greeting(parts) or ""


def salutation_lines(salutation: str | None, person: object | None) -> tuple[str, str | None]:
    """(the letter's opening without comma, the name line of the address block) for a
    complainant (anything with the name-part attributes; an old record with only ``name``
    is split on the fly)."""
    if person is None:
        return "Geachte heer/mevrouw", None
    parts = parts_of(person)
    return greeting(salutation, parts), addressee(salutation, parts)


# ----- recipients ------------------------------------------------------------------------


@dataclass(frozen=True)
class Recipient:
    name: str
    email: str | None
    address_lines: tuple[str, ...]  # postal lines under the name (empty for staff)
    role: RecipientRole
    addressee: str = ""  # the name line on the envelope ("De heer ..."); name when empty

    @property
    def window_name(self) -> str:
        return self.addressee or self.name


# ----- values --------------------------------------------------------------------------------


def apply_extra(values: dict[str, str | None], extra: Mapping[str, object] | None) -> None:
    """Values the user gives (the dialog asks for what is missing); they win."""
    for name, value in (extra or {}).items():
        if name not in PLACEHOLDERS:
            raise ServiceError(t("Onbekend invulveld {%1}.", name))
        if value is None:
            continue
        # Typed in the letter dialog: the same rule as every stored text (the letter is
        # kept as a document, and neither PDF nor e-mail can carry a control character).
        field = TextField(f"{{{name}}}", NOTE_TEXT, multiline=True)
        try:
            if isinstance(value, date):
                values[name] = dutch_date(value)
            elif isinstance(value, list | tuple):
                values[name] = bullets(check_text(str(v), field) or "" for v in value)
            else:
                values[name] = check_text(str(value), field)
        except FieldError as error:
            raise ValidationError({name: error.message}) from None


def hearing_text(complaint: Complaint) -> str | None:
    """What the decision letter says of the hearing: the report when written, else when
    the parties were heard or why not (the judgment needs one of these)."""
    report = (complaint.hearing_report or "").strip()
    if report:
        return report
    if complaint.hearing_skipped_reason:
        reason = label(complaint.hearing_skipped_reason).lower()
        return f"Wij hebben u niet gehoord; reden: {reason}."
    if complaint.hearing_complainant_on is not None:
        return f"Wij hebben u gehoord op {dutch_date(complaint.hearing_complainant_on)}."
    return None


def promises_text(complaint: Complaint) -> str | None:
    lines = []
    for promise in sorted(complaint.promises, key=lambda p: (p.due_on, p.id)):
        if promise.withdrawn_on is not None:
            continue  # withdrawn: no longer promised to the complainant
        text = promise.text.strip().rstrip(".")
        if promise.kept_on:
            lines.append(f"{text} (gedaan op {dutch_date(promise.kept_on)})")
        else:
            lines.append(f"{text} (uiterlijk {dutch_date(promise.due_on)})")
    if not lines:
        return None
    return "\n".join(f"• {line}" for line in lines)


def judgments_text(complaint: Complaint) -> tuple[str | None, frozenset[str]]:
    """Per judged part: its heading, text, findings, judgment and norms; and the headings."""
    blocks = []
    headings = set()
    for part in complaint.parts:
        if not part.judgment or part.judgment == Judgment.NONE:
            continue
        norms = [n.name for n in sorted(part.norms, key=lambda n: n.position)]
        verdict = f"Oordeel: {label(part.judgment).lower()}."
        if norms:
            noun = "Behoorlijkheidsnorm" if len(norms) == 1 else "Behoorlijkheidsnormen"
            verdict += f" {noun}: {enumerate_names(norms)}."
        heading = f"Onderdeel {part.position}"
        headings.add(heading)
        lines = [heading, part.text.strip()]
        if part.findings:
            lines.append(f"Bevindingen: {part.findings.strip()}")
        lines.append(verdict)
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) or None, frozenset(headings)


def improvements_text(session: Session, complaint: Complaint) -> str | None:
    titles = session.scalars(
        select(ImprovementProposal.title)
        .join(ProposalComplaint, ProposalComplaint.proposal_id == ImprovementProposal.id)
        .where(
            ProposalComplaint.complaint_id == complaint.id,
            ImprovementProposal.decision == Decision.ACCEPTED,
            ImprovementProposal.status != ProposalStatus.LAPSED,
        )
        .order_by(ImprovementProposal.id)
    )
    return bullets(titles)


def managers_of(employees: list[Employee]) -> list[Employee]:
    """The manager of each employee's unit; the next unit up when they manage it themselves."""
    found: list[Employee] = []
    for employee in employees:
        unit = employee.unit
        seen: set[int] = set()
        while unit is not None and unit.id not in seen:
            seen.add(unit.id)
            manager = unit.manager
            if manager is not None and manager.id != employee.id:
                if manager not in found and manager not in employees:
                    found.append(manager)
                break
            unit = unit.parent
    return found


def sector_of(employee: Employee) -> str | None:
    unit: OrgUnit | None = employee.unit
    seen: set[int] = set()
    while unit is not None and unit.id not in seen:
        seen.add(unit.id)
        if unit.kind == UnitKind.SECTOR:
            return unit.name
        unit = unit.parent
    return None


def postal_lines(person: Complainant | None, *, one_line: bool = False) -> list[str]:
    """Street and number, postcode and city (PostNL: two spaces, city in capitals), and
    a foreign country; or the e-mail address when there is no postal address."""
    if person is None:
        return []
    street = " ".join(p for p in (person.street, person.house_number) if p)
    city = person.city or ""
    if one_line:
        place = " ".join(p for p in (person.postcode, city) if p)
    else:
        place = "  ".join(p for p in (person.postcode, city.upper()) if p)
    lines = [line for line in (street, place) if line]
    country = (person.country or "").strip()
    if lines and country and country.lower() not in _HOME_COUNTRIES:
        lines.append(country if one_line else country.upper())
    if not lines and person.email and not one_line:
        lines.append(f"Per e-mail: {person.email}")
    return lines


def internal_lines(employee: Employee | None, letterhead: Letterhead) -> tuple[str, ...]:
    lines = []
    if employee is not None and employee.unit is not None:
        lines.append(employee.unit.name)
    lines.append("Interne post" if not letterhead.name else f"{letterhead.name} (interne post)")
    return tuple(lines)


def unique_recipients(recipients: list[Recipient]) -> list[Recipient]:
    seen: set[str] = set()
    result = []
    for r in recipients:
        key = (r.email or f"name:{r.name}").lower()
        if key in seen:
            continue
        seen.add(key)
        result.append(r)
    return result


# ----- one letter's context ---------------------------------------------------------------


@dataclass
class LetterContext:
    """What one rendering needs, read in one session."""

    complaint: Complaint
    values: dict[str, str | None]
    recipients: list[Recipient]
    signature: tuple[str, ...]
    letterhead: Letterhead
    letter_date: date
    headings: frozenset[str] = frozenset()  # headings inside values ("Onderdeel 1")
    attachments: list[tuple[str, str, bytes]] = field(default_factory=list)


def formal_signer(session: Session, complaint: Complaint) -> tuple[str, str | None] | None:
    """Who signs the formal decision (the head of the unit or the director): the name set on
    the complaint, else the one of its regulation profile; None when neither names one."""
    if complaint.signer_name:
        return complaint.signer_name, complaint.signer_function
    profile = session.get(RegulationProfile, complaint.regulation_profile_id or -1)
    if profile is None:
        profile = active_profile(session)
    if profile.signer_name:
        return profile.signer_name, profile.signer_function
    return None


def letter_context(
    session: Session,
    complaint: Complaint,
    *,
    signer: Employee | None,
    today: date,
    extra: Mapping[str, object] | None = None,
) -> LetterContext:
    """Every placeholder's value for ``complaint`` (None: no value), ``extra`` winning; all
    who may receive its letters; the signature (``signer``'s name and job title)."""
    letterhead = read_letterhead(session)
    person = complaint.complainant
    profile = session.get(RegulationProfile, complaint.regulation_profile_id or -1)
    if profile is None:
        profile = active_profile(session)
    concerned = list(complaint.employees_concerned)
    employees = [c.employee for c in concerned if c.employee is not None]
    managers = managers_of(employees)
    handler = complaint.handler
    formal = formal_signer(session, complaint)
    judgments, part_headings = judgments_text(complaint)
    opening, envelope_name = salutation_lines(person.salutation if person else None, person)
    values: dict[str, str | None] = {
        "aanhef": opening,
        "klager_naam": full_name(parts_of(person)) if person else None,
        "klager_adres": ", ".join(postal_lines(person, one_line=True)) or None,
        "klachtnummer": complaint.number,
        "datum_ontvangst": dutch_date(complaint.received_on),
        "omschrijving": complaint.description.strip() or None,
        "behandelaar": handler.name if handler else None,
        "behandelaar_functie": handler.job_title if handler else None,
        "ondertekenaar": formal[0] if formal else None,
        "ondertekenaar_functie": formal[1] if formal else None,
        "organisatie": letterhead.name or None,
        "datum": dutch_date(today),
        "contact_uiterlijk": date_or_none(complaint.contact_due),
        "beslissing_uiterlijk": date_or_none(complaint.decision_due),
        "verdaagd_tot": date_or_none(complaint.extended_to),
        "verwachte_datum": date_or_none(complaint.expected_on),
        "grond": DECLINE_GROUNDS.get(complaint.decline_ground)
        if complaint.decline_ground
        else None,
        "toezeggingen": promises_text(complaint),
        "besproken": None,  # only the handler can say: given in ``extra``
        "oordeel_per_onderdeel": judgments,
        "conclusie": label(complaint.judgment).lower()
        if complaint.judgment and complaint.judgment != Judgment.NONE
        else None,
        "ombudsman": profile.ombudsman_name or None,
        "ombudsman_termijn": weeks_text(profile.ombudsman_term_weeks),
        "onderwerpen_geen_reactie": bullets((person.no_response_subjects or "").split("\n"))
        if person
        else None,
        "verbetering": improvements_text(session, complaint),
        "medewerker": enumerate_names(
            c.employee.name if c.employee else (c.free_text_name or "") for c in concerned
        ),
        "leidinggevende": enumerate_names(m.name for m in managers),
        "sector": enumerate_names(sector_of(e) or "" for e in employees),
        # Only the handler knows when and where: given in ``extra``.
        "hoorzitting_datum": None,
        "hoorzitting_tijd": None,
        "hoorzitting_plaats": None,
        "verslag_horen": hearing_text(complaint),
    }
    apply_extra(values, extra)
    recipients: list[Recipient] = []
    if person is not None:
        recipients.append(
            Recipient(
                name=values["klager_naam"] or "",
                email=person.email,
                address_lines=tuple(postal_lines(person)),
                role="klager",
                addressee=envelope_name or "",
            )
        )
    for c in concerned:
        employee = c.employee
        recipients.append(
            Recipient(
                name=employee.name if employee else (c.free_text_name or ""),
                email=employee.email if employee else None,
                address_lines=internal_lines(employee, letterhead),
                role="medewerker",
            )
        )
    for manager in managers:
        recipients.append(
            Recipient(
                name=manager.name,
                email=manager.email,
                address_lines=internal_lines(manager, letterhead),
                role="leidinggevende",
            )
        )
    signature = tuple(
        line
        for line in (
            signer.name if signer else None,
            signer.job_title if signer else None,
            letterhead.name,
        )
        if line
    )
    return LetterContext(
        complaint=complaint,
        values=values,
        recipients=unique_recipients(recipients),
        signature=signature,
        letterhead=letterhead,
        letter_date=today,
        headings=part_headings,
    )
