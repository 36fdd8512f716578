"""The history of a complaint reads as Dutch: labelled fields, old → new, values in words."""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import CheckConstraint
from sqlalchemy.orm import Mapper

from app.db import Database
from app.models import Complainant, Complaint
from app.models.base import Base
from app.models.enums import NoteChannel, Role
from app.reports.dossier import build_dossier_pdf
from app.services.audit import SKIPPED_ENTITIES, audited_columns, link_relationships
from app.services.complainants import ComplainantData
from app.services.complaints import ComplaintService
from app.services.dossier import DossierService
from app.services.history_text import ENUM_FIELDS, field_label
from app.services.intake import ConcernedEmployee, IntakeData, IntakeService
from app.services.organisation import EmployeeInput, OrganisationService
from app.services.permissions import CurrentUser
from app.services.tasks import TaskService
from app.services.workflow import WorkflowService

NOTE = "Klager gebeld, verhaal aangehoord en uitgelegd hoe we de klacht verder behandelen."
PROMISE = "Wij sturen u binnen twee weken een kopie van het ontbrekende stuk."


def _history_mappers() -> list[Mapper[Any]]:
    """Every audited entity that can appear in a complaint's history: the complaint, its
    complainant, and every row that carries the complaint's id."""
    return [
        m
        for m in Base.registry.mappers
        if not issubclass(m.class_, SKIPPED_ENTITIES)
        and (m.class_ in (Complaint, Complainant) or "complaint_id" in m.column_attrs)
    ]


def test_every_audited_field_in_a_complaints_history_has_a_dutch_label() -> None:
    mappers = _history_mappers()
    names = {m.class_.__name__ for m in mappers}
    # The walk must see the entities the issue names, or it proves nothing.
    assert {"Complaint", "Complainant", "Promise", "Task", "HandlingReport", "Document"} <= names
    missing = [
        f"{m.class_.__name__}.{key}"
        for m in mappers
        for key in [k for k, _binary in audited_columns(m)] + list(link_relationships(m))
        if not field_label(m.class_.__name__, key)
    ]
    assert missing == []


def test_every_enumeration_column_in_a_complaints_history_shows_dutch_labels() -> None:
    unknown = [
        f"{m.class_.__name__}.{c.name}"
        for m in _history_mappers()
        for c in m.local_table.constraints
        if isinstance(c, CheckConstraint)
        and isinstance(c.name, str)
        and c.name.endswith("_valid")
        and (m.class_.__name__, _column_of(m, c.name)) not in ENUM_FIELDS
    ]
    assert unknown == []


def _column_of(mapper: Mapper[Any], constraint_name: str) -> str:
    # The naming convention prefixes the table ("ck_complaint_hearing_skipped_reason_valid");
    # the longest column name that fits is the one constrained.
    keys = [k for k in mapper.column_attrs.keys() if constraint_name.endswith(f"_{k}_valid")]  # noqa: SIM118
    return max(keys, key=len) if keys else constraint_name


@pytest.fixture
def handled(db: Database, admin: CurrentUser) -> int:
    return make_handled_complaint(db, admin)


def make_handled_complaint(db: Database, admin: CurrentUser) -> int:
    """A complaint with a handler, first contact, a kept promise, an acknowledgement, the
    manager's copies and a finished task: the changes a coordinator reads back."""
    org = OrganisationService(db, admin)
    concerned = org.create_employee(
        EmployeeInput(name="Proef Betrokkene", login="betrokkene", roles=frozenset({Role.STAFF}))
    ).id
    handler = org.create_employee(
        EmployeeInput(
            name="Proef Behandelaar", login="behandelaar", roles=frozenset({Role.HANDLER})
        )
    ).id
    registered = IntakeService(db, admin).register(
        IntakeData(
            description="de medewerker mij niet terugbelde.",
            complainant=ComplainantData(name="Proefklager Kappa", email="k@example.com"),
            received_on=date(2026, 4, 24),
            employees_concerned=(ConcernedEmployee(concerned),),
            related_dossiers=("2026.00042",),  # gives the coordinator an "inform" task
        ),
        today=date(2026, 4, 24),
    )
    complaint_id = registered.complaint_id
    workflow = WorkflowService(db, admin)
    workflow.assign(complaint_id, handler)
    workflow.acknowledge(complaint_id, date(2026, 4, 27))
    workflow.record_manager_copy(complaint_id, at_start=True, on=date(2026, 4, 27))
    workflow.record_first_contact(
        complaint_id, datetime(2026, 4, 28, 9, 30, tzinfo=UTC), NoteChannel.PHONE, NOTE
    )
    promise = workflow.add_promise(
        complaint_id, PROMISE, date(2026, 5, 12), made_on=date(2026, 4, 28)
    )
    workflow.keep_promise(promise, date(2026, 5, 6))
    workflow.set_flags(complaint_id, urgent=True, fast_lane=False)
    workflow.record_manager_copy(complaint_id, at_start=False, on=date(2026, 5, 7))
    assert registered.task_id is not None
    TaskService(db, admin).complete(registered.task_id)
    return complaint_id


RAW_NAME = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")  # kept_on, done_by_id, manager_copy_end_on


def test_the_history_says_what_changed_from_what_to_what_in_dutch_words(
    db: Database, admin: CurrentUser, handled: int
) -> None:
    texts = [h.text for h in ComplaintService(db, admin).history(handled)]
    assert "Klacht: behandelaar (leeg) → Proef Behandelaar" in texts
    assert "Klacht: ontvangst bevestigd op (leeg) → 27-04-2026" in texts
    assert "Klacht: afschrift aan leidinggevende (begin) op (leeg) → 27-04-2026" in texts
    assert "Klacht: afschrift aan leidinggevende (einde) op (leeg) → 07-05-2026" in texts
    assert "Klacht: eerste contact (leeg) → 28-04-2026" in texts
    assert "Klacht: spoed nee → ja" in texts
    assert "Status: Toegewezen → In behandeling — eerste contact met klager" in texts
    assert not [t for t in texts if t.startswith("Klacht: status")]  # said once, with reason
    assert "Toezegging: nagekomen op (leeg) → 06-05-2026" in texts
    assert "Klager toegevoegd: Proefklager Kappa" in texts
    assert f"Toezegging toegevoegd: {PROMISE} — uiterlijk 12-05-2026" in texts
    assert not [t for t in texts if RAW_NAME.search(t)]
    assert not [t for t in texts if "bijgewerkt" in t]


def test_a_finished_task_names_who_finished_it(
    db: Database, admin: CurrentUser, handled: int
) -> None:
    texts = [h.text for h in ComplaintService(db, admin).history(handled)]
    # With several tasks on a complaint, each line names its task: "Taak 'titel…': …".
    done = [t for t in texts if re.match(r"Taak( '[^']*')?: gereed gemeld door", t)]
    assert done, texts
    assert all(t.endswith(f"(leeg) → {admin.name}") for t in done)


def test_the_dossier_pdf_history_has_no_raw_field_names(
    db: Database, admin: CurrentUser, handled: int
) -> None:
    number = ComplaintService(db, admin).detail(handled).number
    pdf = build_dossier_pdf(DossierService(db, admin).dossier(number), made_on=date(2026, 5, 8))
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)
    history = text[text.index("Geschiedenis") :]
    for raw in ("kept_on", "acknowledged_on", "manager_copy_end_on", "done_by_id", "first_contact"):
        assert raw not in text
    assert "nagekomen op (leeg) → 06-05-2026" in history
    assert "ontvangst bevestigd op (leeg) → 27-04-2026" in history
    assert "bijgewerkt" not in history


def test_with_two_promises_the_history_says_which_one_was_kept(
    db: Database, admin: CurrentUser, handled: int
) -> None:
    workflow = WorkflowService(db, admin)
    second = workflow.add_promise(
        handled,
        "Wij bellen u terug over de hersteloperatie.",
        date(2026, 5, 20),
        made_on=date(2026, 5, 6),
    )
    workflow.keep_promise(second, date(2026, 5, 8))
    texts = [h.text for h in ComplaintService(db, admin).history(handled)]
    assert "Toezegging 'Wij bellen u terug over de…': nagekomen op (leeg) → 08-05-2026" in texts
    assert (
        "Toezegging 'Wij sturen u binnen twee weken een…': nagekomen op (leeg) → "
        "06-05-2026" in texts
    )
