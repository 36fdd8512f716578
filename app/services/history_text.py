"""A complaint's audit trail as Dutch sentences: which field changed, from what to what.

The audit writer records attribute names and raw values (ISO dates, enumeration values,
employee ids). People read the history on screen and in the dossier PDF, so every audited
field has a Dutch label here, and every value is shown as a person would write it: dates as
dd-mm-jjjj, enumerations by their Dutch label, employees by name, booleans as ja/nee, long
texts shortened. A test walks the mappers, so a new column without a label fails the suite.

The lines are ``t()`` messages (``app.services.i18n``): they read as Dutch (the dossier PDF,
the AVG export, tests), and the GUI translates the template and the labels in it (field,
entity, enumeration, ja/nee) while names, dates and free text stay as recorded.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from functools import cache
from typing import Any

from sqlalchemy import Select, TypeDecorator, select
from sqlalchemy.orm import Mapper, Session

from app.models import AuditEvent, Complainant, Complaint, Employee
from app.models.base import Base
from app.models.enums import (
    CardChannel,
    CardColour,
    CauseKind,
    Channel,
    ComplaintKind,
    DeclineGround,
    DestructionStatus,
    HearingSkipReason,
    Judgment,
    NoteChannel,
    ReportStatus,
    Role,
    Route,
    Status,
    TaskKind,
    label,
)
from app.models.reference import Cluster, ConductNorm, SubjectCategory
from app.reports.formats import date_time, short_date
from app.services.i18n import Message, t
from app.services.letter_templates import KIND_LABELS, LetterKind
from app.services.shredding import KeyRing

# Dutch names of fields, shared by every entity unless ENTITY_FIELD_LABELS says otherwise.
FIELD_LABELS: dict[str, str] = {
    "id": "volgnummer",
    "complaint_id": "klacht",
    "number": "nummer",
    "kind": "soort",
    "received_on": "datum ontvangst",
    "channel": "kanaal",
    "description": "omschrijving",
    "complainant_id": "klager",
    "handler_id": "behandelaar",
    "status": "status",
    "route": "afhandeling",
    "judgment": "oordeel",
    "urgent": "spoed",
    "fast_lane": "snelle afhandeling",
    "other_handler_requested": "verzoek om een andere behandelaar",
    "notable_summary": "opvallende zaak (samenvatting jaarverslag)",
    "public_summary": "samenvatting geanonimiseerd register",
    "public_measures": "genomen maatregelen (geanonimiseerd register)",
    "public_summary_approved_by_id": "samenvatting goedgekeurd door",
    "public_summary_approved_on": "samenvatting goedgekeurd op",
    "cluster_id": "cluster",
    "regulation_profile_id": "klachtregeling",
    "converted_from_id": "omgezet uit signaal",
    "historic": "historische registratie",
    "acknowledged_on": "ontvangst bevestigd op",
    "manager_copy_start_on": "afschrift aan leidinggevende (begin) op",
    "manager_copy_end_on": "afschrift aan leidinggevende (einde) op",
    "manager_copy_end_missing_reason": "reden geen afschrift aan leidinggevende (einde)",
    "contact_due": "contact uiterlijk",
    "decision_due": "beslissing uiterlijk",
    "extended_to": "verdaagd tot",
    "extension_consent_attachment_id": "instemming klager met verdere verdaging (bijlage)",
    "hearing_report": "verslag van het horen",
    "extension_notice_on": "verdagingsbericht verstuurd op",
    "expected_on": "verwachte afhandeling",
    "delay_notice_on": "uitstelbericht verstuurd op",
    "first_contact_on": "eerste contact",
    "decline_ground": "grond niet in behandeling nemen",
    "decline_notice_on": "bericht niet in behandeling verstuurd op",
    "satisfied": "klager tevreden",
    "satisfaction_confirmed_on": "tevredenheid bevestigd op",
    "hearing_complainant_on": "klager gehoord op",
    "hearing_employee_on": "medewerker gehoord op",
    "hearing_skipped_reason": "reden afzien van horen",
    "closed_on": "afgesloten op",
    "ombudsman_on": "naar de ombudsman op",
    "destroyed_on": "persoonsgegevens vernietigd op",
    "as_of": "peildatum",
    "complaint_count": "aantal klachten",
    "proposed_by_id": "voorgesteld door",
    "proposed_at": "voorgesteld op",
    "approved_by_id": "goedgekeurd door (archivaris)",
    "approved_at": "goedgekeurd op",
    "carried_out_at": "uitgevoerd op",
    "next_deadline": "eerstvolgende termijn",
    "subjects": "onderwerpen",
    "norms": "behoorlijkheidsnormen",
    # Complainant
    "name": "naam",
    "salutation": "aanhef",
    "initials": "voorletters",
    "first_name": "roepnaam",
    "infix": "tussenvoegsel",
    "surname": "achternaam",
    "street": "straat",
    "house_number": "huisnummer",
    "postcode": "postcode",
    "city": "woonplaats",
    "country": "land",
    "phone_day": "telefoon overdag",
    "phone_evening": "telefoon 's avonds",
    "email": "e-mailadres",
    "no_response_subjects": "onderwerpen zonder verdere reactie",
    "no_response_notice_on": "bericht 'geen reactie meer' verstuurd op",
    "merged_into_id": "samengevoegd met",
    # Employees concerned, related dossiers
    "free_text_name": "naam medewerker",
    "employee_id": "medewerker",
    "cleared_handler_id": "bevestigd: is niet de behandelaar",
    "signer_name": "ondertekenaar",
    "signer_function": "functie ondertekenaar",
    "review_already_done": "herziening al gedaan",
    "dossier_number": "dossiernummer",
    # Attachments and documents
    "file_name": "bestand",
    "media_type": "bestandssoort",
    "size": "grootte",
    "sha256": "controlegetal",
    "content": "inhoud",
    "added_by_id": "toegevoegd door",
    "added_at": "toegevoegd op",
    "is_follow_up": "volgstuk",
    "seen_by_handler_at": "gezien door behandelaar",
    "seen_by_id": "gezien door",
    "title": "titel",
    "created_by_id": "gemaakt door",
    "sent_on": "verzonden op",
    "sent_via": "verzonden via",
    # Contact notes
    "contact_at": "moment van contact",
    "with_whom": "met wie",
    "author_id": "vastgelegd door",
    "summary": "samenvatting",
    # Promises
    "text": "tekst",
    "made_on": "gedaan op",
    "due_on": "uiterlijk",
    "kept_on": "nagekomen op",
    "made_by_id": "gedaan door",
    "withdrawn_on": "ingetrokken op",
    "withdrawn_reason": "reden van intrekken",
    "withdrawn_by_id": "ingetrokken door",
    # Parts
    "position": "volgorde",
    "findings": "bevindingen",
    # Status changes
    "from_status": "van status",
    "to_status": "naar status",
    "at": "moment",
    "by_id": "door",
    "reason": "reden",
    # Tasks
    "assignee_id": "toegewezen aan",
    "assignee_role": "toegewezen aan rol",
    "details": "toelichting",
    "done_at": "gereed op",
    "done_by_id": "gereed gemeld door",
    # Feedback cards
    "colour": "kleur",
    "code": "code",
    "returned_on": "teruggekomen op",
    "wants_callback": "wil teruggebeld worden",
    "callback_phone": "telefoon voor terugbellen",
    "callback_email": "e-mailadres voor reactie",
    "name_as_written": "naam zoals ingevuld",
    "forwarded_to_handler_on": "doorgestuurd aan behandelaar op",
    # Handling report (annex 1)
    "cause_kind": "soort oorzaak",
    "cause_text": "oorzaak",
    "prevention": "hoe te voorkomen",
    "remedial_action": "herstelactie",
    "improvement_points": "verbeterpunten",
    "submitted_at": "ingediend op",
    "reviewed_at": "beoordeeld op",
    "reviewed_by_id": "beoordeeld door",
    "review_remark": "opmerking bij beoordeling",
    "cause_kind_confirmed": "soort oorzaak bevestigd",
    # Improvement proposals linked to the complaint
    "proposal_id": "verbetervoorstel",
    "complainant_informed_on": "klager geïnformeerd op",
}
# Where one attribute name means something else in one entity.
ENTITY_FIELD_LABELS: dict[str, dict[str, str]] = {
    "Complainant": {"id": "klantnummer"},
    "ContactNote": {"channel": "soort contact"},
    "FeedbackCard": {"channel": "verstuurd via", "sent_on": "verstuurd op"},
    "Document": {"kind": "soort brief"},
    "Task": {"kind": "soort taak", "title": "taak"},
    "HandlingReport": {"description": "beschrijving", "handler_id": "ingevuld door"},
    "ComplaintPart": {"text": "klachtonderdeel"},
}
# What a history line starts with: the kind of row the event changed.
ENTITY_LABELS: dict[str, str] = {
    "Complaint": "Klacht",
    "ComplaintEmployee": "Betrokken medewerker",
    "RelatedDossier": "Dossiernummer",
    "ContactNote": "Contactnotitie",
    "Attachment": "Bijlage",
    "StatusChange": "Statuswijziging",
    "Promise": "Toezegging",
    "ComplaintPart": "Klachtonderdeel",
    "Task": "Taak",
    "Complainant": "Klager",
    "FeedbackCard": "Feedbackkaart",
    "Document": "Document",
    "HandlingReport": "Formulier afgehandelde klacht",
    "ProposalComplaint": "Verbetervoorstel",
    "DestructionList": "Vernietigingslijst",
}
# Enumeration columns, per entity: the same attribute name holds different enumerations.
ENUM_FIELDS: dict[tuple[str, str], type[StrEnum]] = {
    ("Complaint", "kind"): ComplaintKind,
    ("Complaint", "channel"): Channel,
    ("Complaint", "status"): Status,
    ("Complaint", "route"): Route,
    ("Complaint", "judgment"): Judgment,
    ("Complaint", "decline_ground"): DeclineGround,
    ("Complaint", "hearing_skipped_reason"): HearingSkipReason,
    ("ComplaintPart", "judgment"): Judgment,
    ("ContactNote", "channel"): NoteChannel,
    ("StatusChange", "from_status"): Status,
    ("StatusChange", "to_status"): Status,
    ("Task", "kind"): TaskKind,
    ("Task", "assignee_role"): Role,
    ("FeedbackCard", "colour"): CardColour,
    ("FeedbackCard", "channel"): CardChannel,
    ("HandlingReport", "judgment"): Judgment,
    ("HandlingReport", "cause_kind"): CauseKind,
    ("HandlingReport", "status"): ReportStatus,
    ("DestructionList", "status"): DestructionStatus,
    ("Document", "kind"): LetterKind,
}
# Bookkeeping nobody reads in a history: identities, checksums, stored bytes, derived dates
# (the next deadline follows from the others), and the moment/actor the row itself shows.
QUIET_FIELDS = frozenset(
    {
        "next_deadline",
        "id",
        "complaint_id",
        "sha256",
        "size",
        "media_type",
        "added_at",
        "added_by_id",
        "author_id",
        "created_by_id",
        "made_by_id",
        "withdrawn_by_id",
        "by_id",
        "at",
        "content",
        "version",
        "regulation_profile_id",
        "historic",
        "position",
    }
)
# Fields corrected with a reason of their own (the audit event's): the line says why.
_CORRECTED = frozenset({("Promise", "text"), ("Promise", "due_on")})
# Shown once, by the status change row that records every move with its reason.
_QUIET_PER_ENTITY = frozenset({("Complaint", "status")})
# How much of a promise's (task's…) text names it in a change line.
_WHICH_LENGTH = 40
# How many characters of a text the history shows before it shortens it.
SHORT_TEXT = 80


def field_label(entity: str, key: str) -> str | None:
    """The Dutch name of an audited attribute, or None when it has none (a bug)."""
    return ENTITY_FIELD_LABELS.get(entity, {}).get(key) or FIELD_LABELS.get(key)


@cache
def _mappers() -> dict[str, Mapper[Any]]:
    return {m.class_.__name__: m for m in Base.registry.mappers}


# Where a foreign key points, which model and attribute name the referenced row.
_NAMED_TARGETS: dict[str, tuple[type[Any], str]] = {
    "employee": (Employee, "name"),
    "complainant": (Complainant, "name"),
    "complaint": (Complaint, "number"),
    "cluster": (Cluster, "name"),
    "subject_category": (SubjectCategory, "name"),
    "conduct_norm": (ConductNorm, "name"),
}


@cache
def _column_kind(entity: str, key: str) -> str:
    """'date', 'moment', 'link:<table>' (a foreign key) or '' for a plain value."""
    mapper = _mappers().get(entity)
    if mapper is None:
        return ""
    if key in mapper.relationships and mapper.relationships[key].secondary is not None:
        linked: str = mapper.relationships[key].mapper.class_.__table__.name
        return "link:" + linked
    attr = mapper.column_attrs.get(key)
    if attr is None:
        return ""
    column = attr.columns[0]
    for foreign_key in column.foreign_keys:
        return "link:" + foreign_key.column.table.name
    type_ = column.type
    if isinstance(type_, TypeDecorator):
        type_ = type_.impl_instance
    try:
        python_type = type_.python_type
    except NotImplementedError:
        return ""
    if issubclass(python_type, datetime):
        return "moment"
    if issubclass(python_type, date):
        return "date"
    return ""


@dataclass
class Names:
    """Names of the rows the events point to (employees, complainants, subjects…)."""

    by_table: dict[str, dict[str, str]]
    # Each event's changes with its sealed personal values opened (app.services.shredding).
    opened: dict[int, dict[str, Any]] = field(default_factory=dict)

    def of(self, table: str, ident: object) -> str | None:
        return self.by_table.get(table, {}).get(str(ident))


def load_names(session: Session, events: Iterable[AuditEvent]) -> Names:
    """Look up, in one query per kind of row, the names the events refer to by id, and
    open the events' sealed personal values with the keys that still exist."""
    events = list(events)
    raw = [_stored_changes(event) for event in events]
    ring = KeyRing(session.connection())
    ring.load(raw)
    opened = {
        event.seq: ring.open(event.entity, event.action, changes)
        for event, changes in zip(events, raw, strict=True)
    }
    wanted: dict[str, set[int]] = {}
    for event in events:
        for key, change in opened[event.seq].items():
            kind = _column_kind(event.entity, key)
            if not kind.startswith("link:"):
                continue
            table = kind.removeprefix("link:")
            if isinstance(change, dict):
                values = [*change.get("added", []), *change.get("removed", [])]
            elif isinstance(change, list):
                values = change
            else:
                values = [change]
            wanted.setdefault(table, set()).update(
                int(v) for v in values if isinstance(v, int | str) and str(v).isdigit()
            )
    by_table: dict[str, dict[str, str]] = {}
    for table, ids in wanted.items():
        if table not in _NAMED_TARGETS or not ids:
            continue
        model, attribute = _NAMED_TARGETS[table]
        query: Select[Any] = select(model.id, getattr(model, attribute)).where(
            model.id.in_(sorted(ids))
        )
        by_table[table] = {str(i): str(n or "") for i, n in session.execute(query).all()}
    return Names(by_table, opened)


def _stored_changes(event: AuditEvent) -> dict[str, Any]:
    return json.loads(event.changes) if event.changes else {}


def _changes(event: AuditEvent, names: Names) -> dict[str, Any]:
    opened = names.opened.get(event.seq)
    return opened if opened is not None else _stored_changes(event)


def shown(entity: str, key: str, value: object, names: Names | None = None) -> str:
    """A recorded value as a person writes it, quoted when it is free text."""
    if value is None or value == "":
        return t("(leeg)")
    enum = ENUM_FIELDS.get((entity, key))
    if enum is not None and value in {m.value for m in enum}:
        member = enum(value)
        return t(KIND_LABELS[member] if isinstance(member, LetterKind) else label(member))
    if isinstance(value, bool):
        return t("ja") if value else t("nee")
    kind = _column_kind(entity, key)
    if kind.startswith("link:") and names is not None:
        name = names.of(kind.removeprefix("link:"), value)
        return name or t("(onbekend)")
    if kind == "date" and isinstance(value, str):
        try:
            return short_date(date.fromisoformat(value))
        except ValueError:
            pass
    if kind == "moment" and isinstance(value, str):
        try:
            return date_time(datetime.fromisoformat(value))
        except ValueError:
            pass
    return f"'{shorten(str(value), SHORT_TEXT)}'"


def shorten(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,.;:") + "…"


def _link_text(entity: str, key: str, change: Mapping[str, Any], names: Names) -> str:
    table = _column_kind(entity, key).removeprefix("link:")
    parts = [f"+ {names.of(table, i) or '(onbekend)'}" for i in change.get("added", [])]
    parts += [f"− {names.of(table, i) or '(onbekend)'}" for i in change.get("removed", [])]
    return ", ".join(parts)


def history_lines(events: list[AuditEvent], names: Names) -> list[tuple[AuditEvent, str]]:
    """Every event's lines, oldest first. Where a complaint has several promises (tasks,
    parts…), a change names which one, by what it was created with."""
    created: dict[tuple[str, str | None], str] = {}
    for event in events:
        if event.action == "create":
            parts = _created_parts(event.entity, _changes(event, names), names)
            created[(event.entity, event.entity_id)] = parts[0] if parts else ""
    several = {entity for entity, count in Counter(e for e, _ in created).items() if count > 1}
    lines = []
    for event in events:
        which = None
        if event.action == "update" and event.entity in several:
            which = created.get((event.entity, event.entity_id))
        lines += [(event, line) for line in change_lines(event, names, which)]
    return lines


def change_lines(event: AuditEvent, names: Names, which: str | None = None) -> list[str]:
    """What one audit event did, in Dutch: one line per changed field (old → new) for a
    change, one sentence for an addition or removal; nothing for bookkeeping only.
    ``which`` names the row when the complaint has several of its kind."""
    entity: str = _entity(event.entity)
    if which:
        entity = t("%1 '%2'", entity, shorten(which, _WHICH_LENGTH))
    changes = _changes(event, names)
    if event.action != "update":
        return [_created_or_deleted(event, changes, names)]
    lines: list[str] = []
    for key, change in changes.items():
        if key in QUIET_FIELDS or (event.entity, key) in _QUIET_PER_ENTITY:
            continue
        label_of_field = field_label(event.entity, key)
        name = t(label_of_field) if label_of_field else key
        if isinstance(change, dict):
            links = _link_text(event.entity, key, change, names)
            lines.append(t("%1: %2 %3", entity, name, links))
        elif isinstance(change, list) and len(change) == 2:
            old, new = (shown(event.entity, key, v, names) for v in change)
            line = t("%1: %2 %3 → %4", entity, name, old, new)
            if (event.entity, key) in _CORRECTED and event.reason:
                line = t("%1 — %2", line, event.reason)
            lines.append(line)
        else:  # stored bytes: the fact that they changed is all there is to say
            lines.append(t("%1: %2 vervangen", entity, name))
    # An update of bookkeeping only (the derived next deadline) is no news to a reader.
    return lines


def _entity(entity: str) -> str:
    """The kind of row, as a history line starts with it (the class name when unlabelled)."""
    return t(ENTITY_LABELS[entity]) if entity in ENTITY_LABELS else entity


def _created_or_deleted(event: AuditEvent, changes: dict[str, Any], names: Names) -> str:
    entity = _entity(event.entity)
    if event.entity == "StatusChange" and event.action == "create":
        old, to = changes.get("from_status"), changes.get("to_status")
        text = t("Status: %1", t(label(Status(to)))) if to else t("Status gewijzigd")
        if to and old and old != to:
            text = t("Status: %1 → %2", t(label(Status(old))), t(label(Status(to))))
        return t("%1 — %2", text, changes["reason"]) if changes.get("reason") else text
    if event.action == "delete":
        return t("%1 verwijderd", entity)
    if event.entity == "Complaint":
        number = changes.get("number")
        return t("Geregistreerd als %1", number) if number else t("Geregistreerd")
    detail = _created_detail(event.entity, changes, names)
    return t("%1 toegevoegd: %2", entity, detail) if detail else t("%1 toegevoegd", entity)


# What names a new row in the history, per entity: (attribute, prefix) tried in turn.
_CREATED_DETAIL: dict[str, tuple[tuple[str, str], ...]] = {
    "Attachment": (("file_name", ""),),
    "RelatedDossier": (("dossier_number", ""),),
    "ComplaintEmployee": (("employee_id", ""), ("free_text_name", "")),
    "Promise": (("text", ""), ("due_on", "uiterlijk %1")),
    "Task": (("title", ""), ("due_on", "uiterlijk %1")),
    "Document": (("title", ""), ("kind", "")),
    "FeedbackCard": (("colour", ""), ("code", "code %1")),
    "ComplaintPart": (("text", ""),),
    "ContactNote": (("channel", ""), ("with_whom", "met %1")),
    "ProposalComplaint": (("proposal_id", ""),),
    "Complainant": (("name", ""),),
}


# The prefixes above, for scripts/service_messages.py (t() of a variable is not collected).
_DETAIL_PREFIXES = (t("uiterlijk %1"), t("code %1"), t("met %1"))


def _created_parts(entity: str, changes: dict[str, Any], names: Names) -> list[str]:
    parts: list[str] = []
    for key, prefix in _CREATED_DETAIL.get(entity, ()):
        if changes.get(key) in (None, ""):
            continue
        value = shown(entity, key, changes[key], names)
        if not isinstance(value, Message):  # free text: its quotes go
            value = value.strip("'")
        parts.append(t(prefix, value) if prefix else value)
        if entity in {"ComplaintEmployee", "Document"}:
            break  # one name is enough
    return parts


def _created_detail(entity: str, changes: dict[str, Any], names: Names) -> str:
    parts = _created_parts(entity, changes, names)
    detail = parts[0] if parts else ""
    for part in parts[1:]:
        detail = t("%1 — %2", detail, part)
    return detail
