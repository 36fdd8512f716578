"""Stale edits are refused: a complaint and everything that belongs to it share one version.

Two clients (two engines on the same database, as two workstations) read the same complaint;
the first changes something, the second then acts on its out-of-date copy and is refused —
on SQLite and on PostgreSQL alike.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime

import pytest

from app.db import Database
from app.models.enums import Channel, NoteChannel
from app.services.complainants import ComplainantData, PersistentComplainantService
from app.services.complaints import ComplaintDetail, ComplaintEdit, ComplaintService, NoteInput
from app.services.errors import ConcurrentEditError
from app.services.intake import ConcernedEmployee, IntakeData, IntakeService, NewAttachment
from app.services.learning import HandlingReportService, ReportAnswers
from app.services.permissions import CurrentUser
from app.services.workflow import WorkflowService
from tests.conftest import add_employee

RECEIVED = date(2026, 3, 2)
PERSON = ComplainantData(name="Proefklager Omikron", email="omikron@example.com")
NOTE = "Klager gebeld, verhaal aangehoord en uitgelegd hoe we de klacht verder behandelen."


@pytest.fixture
def other(database_url: str, db: Database) -> Iterator[Database]:
    """A second client on the same database: another workstation."""
    second = Database(database_url)
    yield second
    second.dispose()


@pytest.fixture
def people(people: dict[str, int], db: Database, admin: CurrentUser) -> dict[str, int]:
    return people | {"other_handler": add_employee(db, admin, "other_handler", "Proef Vervanger")}


def _register(db: Database, admin: CurrentUser, people: dict[str, int], **extra: object) -> int:
    data = IntakeData(
        description="de medewerker beloofde terug te bellen en deed dat niet.",
        received_on=RECEIVED,
        complainant=PERSON,
        employees_concerned=(ConcernedEmployee(employee_id=people["concerned"]),),
        related_dossiers=("2026.100",),
        **extra,  # type: ignore[arg-type]
    )
    return IntakeService(db, admin).register(data, today=RECEIVED).complaint_id


@pytest.fixture
def complaint_id(db: Database, admin: CurrentUser, people: dict[str, int]) -> int:
    complaint = _register(db, admin, people)
    WorkflowService(db, admin).assign(complaint, people["handler"])
    return complaint


def _edit_of(detail: ComplaintDetail, **changes: object) -> ComplaintEdit:
    values: dict[str, object] = {
        "description": detail.description,
        "channel": detail.channel,
        "received_on": detail.received_on,
        "complainant": detail.complainant,
        "employees_concerned": tuple(
            ConcernedEmployee(employee_id=c.employee_id)
            if c.resolved
            else ConcernedEmployee(free_text_name=c.name)
            for c in detail.employees_concerned
        ),
        "related_dossiers": detail.related_dossiers,
        "urgent": detail.urgent,
    }
    values.update(changes)
    return ComplaintEdit(**values)  # type: ignore[arg-type]


def _save(db: Database, user: CurrentUser, detail: ComplaintDetail, **changes: object) -> int:
    return ComplaintService(db, user).update(
        detail.id,
        _edit_of(detail, **changes),
        detail.version,
        complainant_version=detail.complainant_version,
    )


def test_a_stale_phone_change_cannot_revert_a_name_saved_meanwhile(
    db: Database, other: Database, admin: CurrentUser, complaint_id: int
) -> None:
    """The reproduction: A renames the complainant, B (old copy) changes the phone."""
    copy_a = ComplaintService(db, admin).detail(complaint_id)
    copy_b = ComplaintService(other, admin).detail(complaint_id)
    renamed = ComplainantData(name="Proefklager Omikron-Pi", email=PERSON.email)
    _save(db, admin, copy_a, complainant=renamed)
    with pytest.raises(ConcurrentEditError):
        _save(
            other,
            admin,
            copy_b,
            complainant=ComplainantData(
                name=PERSON.name, email=PERSON.email, phone_day="0612345678"
            ),
        )
    now = ComplaintService(other, admin).detail(complaint_id)
    assert now.complainant.name == "Proefklager Omikron-Pi"
    assert now.complainant.phone_day is None


# Every change to a member of the complaint raises its version: B's stale save is refused.
MEMBER_CHANGES: dict[str, Callable[[Database, CurrentUser, ComplaintDetail, dict], None]] = {
    "complainant": lambda db, u, d, p: _save(
        db, u, d, complainant=ComplainantData(name="Proefklager Rho", email=PERSON.email)
    ),
    "related dossiers": lambda db, u, d, p: _save(db, u, d, related_dossiers=("2026.200",)),
    "employees concerned": lambda db, u, d, p: _save(
        db,
        u,
        d,
        employees_concerned=(ConcernedEmployee(free_text_name="Sigma van de balie"),),
    ),
    "contact note": lambda db, u, d, p: ComplaintService(db, u).add_note(
        d.id, NoteInput(datetime(2026, 3, 3, 9, 0, tzinfo=UTC), NoteChannel.PHONE, "klager", NOTE)
    ),
    "follow-up document": lambda db, u, d, p: ComplaintService(db, u).add_attachment(
        d.id, NewAttachment("nagezonden.txt", b"volgstuk")
    ),
    "promise": lambda db, u, d, p: WorkflowService(db, u).add_promise(
        d.id, "U hoort vrijdag van ons.", date(2026, 3, 6), made_on=RECEIVED
    ),
    "flags": lambda db, u, d, p: WorkflowService(db, u).set_flags(
        d.id, urgent=True, fast_lane=False
    ),
    "handler": lambda db, u, d, p: WorkflowService(db, u).assign(d.id, p["other_handler"]),
    "acknowledgement": lambda db, u, d, p: WorkflowService(db, u).acknowledge(d.id, RECEIVED),
    "manager copy": lambda db, u, d, p: WorkflowService(db, u).record_manager_copy(
        d.id, at_start=True, on=RECEIVED
    ),
    "persistent flag": lambda db, u, d, p: PersistentComplainantService(db, u).flag(
        d.complainant_id, "parkeerbeleid", RECEIVED
    ),
}


@pytest.mark.parametrize("change", list(MEMBER_CHANGES))
def test_a_change_to_any_part_of_the_complaint_refuses_a_stale_save(
    db: Database,
    other: Database,
    admin: CurrentUser,
    people: dict[str, int],
    complaint_id: int,
    change: str,
) -> None:
    if change == "promise":  # a promise follows the first contact
        STALE_ACTIONS["first contact"](
            db, admin, ComplaintService(db, admin).detail(complaint_id), people
        )
    stale = ComplaintService(other, admin).detail(complaint_id)
    MEMBER_CHANGES[change](db, admin, ComplaintService(db, admin).detail(complaint_id), people)
    with pytest.raises(ConcurrentEditError):
        _save(other, admin, stale, description="Aangevuld op een oude kopie.")
    assert ComplaintService(other, admin).detail(complaint_id).description != (
        "Aangevuld op een oude kopie."
    )


# Every edit path refuses an out-of-date version after someone else added a contact note.
STALE_ACTIONS: dict[str, Callable[[Database, CurrentUser, ComplaintDetail, dict], object]] = {
    "data form": lambda db, u, d, p: _save(db, u, d, urgent=True),
    "assign": lambda db, u, d, p: WorkflowService(db, u).assign(
        d.id, p["other_handler"], version=d.version
    ),
    "first contact": lambda db, u, d, p: WorkflowService(db, u).record_first_contact(
        d.id,
        datetime(2026, 3, 4, 10, 0, tzinfo=UTC),
        NoteChannel.PHONE,
        NOTE,
        version=d.version,
    ),
    "promise": lambda db, u, d, p: WorkflowService(db, u).add_promise(
        d.id, "U hoort vrijdag van ons.", date(2026, 3, 6), made_on=RECEIVED, version=d.version
    ),
    "flags": lambda db, u, d, p: WorkflowService(db, u).set_flags(
        d.id, urgent=True, fast_lane=True, version=d.version
    ),
    "acknowledge": lambda db, u, d, p: WorkflowService(db, u).acknowledge(
        d.id, RECEIVED, version=d.version
    ),
    "manager copy": lambda db, u, d, p: WorkflowService(db, u).record_manager_copy(
        d.id, at_start=True, on=RECEIVED, version=d.version
    ),
    "formal route": lambda db, u, d, p: WorkflowService(db, u).start_formal(
        d.id, ["Niet teruggebeld."], version=d.version
    ),
    "delay notice": lambda db, u, d, p: WorkflowService(db, u).record_delay_notice(
        d.id, expected_on=date(2026, 4, 30), notice_on=date(2026, 3, 10), version=d.version
    ),
    "withdraw": lambda db, u, d, p: WorkflowService(db, u).withdraw(
        d.id, reason="Klager trekt de klacht in.", version=d.version
    ),
    "persistent flag": lambda db, u, d, p: PersistentComplainantService(db, u).flag(
        d.complainant_id, "parkeerbeleid", RECEIVED, version=d.complainant_version
    ),
}


@pytest.mark.parametrize("action", list(STALE_ACTIONS))
def test_every_edit_path_refuses_an_out_of_date_copy(
    db: Database,
    other: Database,
    admin: CurrentUser,
    people: dict[str, int],
    complaint_id: int,
    action: str,
) -> None:
    if action in ("formal route", "promise"):  # after the first contact
        STALE_ACTIONS["first contact"](
            db, admin, ComplaintService(db, admin).detail(complaint_id), people
        )
    stale = ComplaintService(other, admin).detail(complaint_id)
    if action == "persistent flag":  # the complainant record has its own version
        _save(db, admin, stale, complainant=ComplainantData(name="Proefklager Tau"))
    else:
        MEMBER_CHANGES["contact note"](db, admin, stale, people)
    before = ComplaintService(db, admin).detail(complaint_id)
    with pytest.raises(ConcurrentEditError):
        STALE_ACTIONS[action](other, admin, stale, people)
    after = ComplaintService(db, admin).detail(complaint_id)
    assert (after.version, after.status, after.handler_id, after.urgent) == (
        before.version,
        before.status,
        before.handler_id,
        before.urgent,
    )
    # The same action on the fresh copy goes through.
    STALE_ACTIONS[action](other, admin, after, people)


def test_the_complainant_shared_by_two_complaints_keeps_its_own_version(
    db: Database, other: Database, admin: CurrentUser, people: dict[str, int], complaint_id: int
) -> None:
    second = _register(
        db,
        admin,
        people,
        existing_complainant_id=ComplaintService(db, admin).detail(complaint_id).complainant_id,
    )
    stale_second = ComplaintService(other, admin).detail(second)
    first = ComplaintService(db, admin).detail(complaint_id)
    _save(db, admin, first, complainant=ComplainantData(name="Proefklager Ypsilon"))
    with pytest.raises(ConcurrentEditError):
        _save(other, admin, stale_second, description="Op de tweede klacht aangevuld.")
    assert ComplaintService(db, admin).detail(second).complainant.name == "Proefklager Ypsilon"


def test_two_clients_saving_the_same_version_at_once_one_wins(
    db: Database, other: Database, admin: CurrentUser, complaint_id: int
) -> None:
    """Both pass the up-front version check; the database still lets only one through."""
    copies = [ComplaintService(client, admin).detail(complaint_id) for client in (db, other)]
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def save(client: Database, copy: ComplaintDetail, text: str) -> None:
        start.wait()
        try:
            _save(client, admin, copy, description=text)
            outcomes.append("saved")
        except ConcurrentEditError:
            outcomes.append("refused")

    threads = [
        threading.Thread(target=save, args=(client, copy, f"Versie van werkplek {n}."))
        for n, (client, copy) in enumerate(zip((db, other), copies, strict=True), start=1)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(outcomes) == ["refused", "saved"]


def test_two_windows_never_overwrite_each_others_annex_1_draft(
    db: Database, other: Database, admin: CurrentUser, people: dict[str, int], complaint_id: int
) -> None:
    from app.services.identity import load_current_user

    handler = load_current_user(db, "handler")
    assert handler is not None
    window_a = HandlingReportService(db, handler).form(complaint_id)
    window_b = HandlingReportService(other, handler).form(complaint_id)
    first = HandlingReportService(db, handler).save_draft(
        complaint_id, ReportAnswers(cause_text="Uit venster A"), version=window_a.version
    )
    with pytest.raises(ConcurrentEditError):
        HandlingReportService(other, handler).save_draft(
            complaint_id, ReportAnswers(cause_text="Uit venster B"), version=window_b.version
        )
    HandlingReportService(db, handler).save_draft(
        complaint_id, ReportAnswers(cause_text="Verder in A"), version=first
    )
    with pytest.raises(ConcurrentEditError):
        HandlingReportService(other, handler).save_draft(
            complaint_id, ReportAnswers(cause_text="Nog eens B"), version=first
        )
    assert HandlingReportService(db, handler).form(complaint_id).answers.cause_text == (
        "Verder in A"
    )


def test_a_refused_save_can_show_who_changed_what(
    db: Database, other: Database, admin: CurrentUser, complaint_id: int
) -> None:
    stale = ComplaintService(other, admin).detail(complaint_id)
    _save(
        db,
        admin,
        ComplaintService(db, admin).detail(complaint_id),
        complainant=ComplainantData(name="Proefklager Phi", email=PERSON.email),
        channel=Channel.POST,
    )
    changes = ComplaintService(other, admin).changes_since(complaint_id, stale.audit_seq)
    texts = [c.text for c in changes]
    assert "Klager: naam 'Proefklager Omikron' → 'Proefklager Phi'" in texts
    assert any(t.startswith("Klacht: kanaal") for t in texts)
    assert all(c.who == "Adri Beheerder" for c in changes)
    assert ComplaintService(other, admin).changes_since(complaint_id, changes and 10**9) == []
