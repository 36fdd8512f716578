"""AVG rights of a complainant: the access export, the audited correction, the erasure."""

from __future__ import annotations

import stat
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db import Actor, Database
from app.models import AuditEvent, Base, Complainant, Complaint, Document
from app.models.enums import NoteChannel, Role, Status
from app.services.audit import audit_position
from app.services.avg import AvgService, retention_years
from app.services.complainants import ComplainantData
from app.services.complaints import ComplaintService, NoteInput
from app.services.errors import PermissionDenied, ServiceError
from app.services.intake import ConcernedEmployee, IntakeData, IntakeService, NewAttachment
from app.services.organisation import EmployeeInput, OrganisationService
from app.services.permissions import CurrentUser
from app.services.verify import verify_database

RECEIVED = date(2019, 3, 4)
CLOSED = date(2019, 6, 3)
AFTER_RETENTION = date(2024, 6, 4)
WITHIN_RETENTION = date(2024, 6, 2)

# Invented personal data, in the fields and in free text.
SEEDED = (
    "Zoetelief",
    "Wubbo",
    "Kanaalstraat",
    "Hoogezand",
    "wubbo.zoetelief@example.org",
    "0612345678",
    "Sneeuwklokje",
    "bijlage-zoetelief",
)
OTHER = ("Brommelkamp", "Veenlaan", "brommelkamp@example.net")


def _register(
    db: Database,
    admin: CurrentUser,
    people: dict[str, int],
    data: ComplainantData,
    description: str,
    attachment: NewAttachment | None = None,
) -> int:
    intake = IntakeData(
        description=description,
        complainant=data,
        received_on=RECEIVED,
        employees_concerned=(ConcernedEmployee(people["concerned"]),),
        attachments=(attachment,) if attachment else (),
    )
    return IntakeService(db, admin).register(intake, today=RECEIVED).complaint_id


@pytest.fixture
def seeded(db: Database, admin: CurrentUser, people: dict[str, int]) -> dict[str, int]:
    """Complainant "mine" with one complaint (note, attachment, letter), and another
    complainant with a complaint of their own."""
    mine = _register(
        db,
        admin,
        people,
        ComplainantData(
            initials="W.",
            first_name="Wubbo",
            surname="Zoetelief",
            street="Kanaalstraat",
            house_number="12",
            postcode="9601 AB",
            city="Hoogezand",
            phone_day="06-12345678",
            email="wubbo.zoetelief@example.org",
        ),
        "Meneer Zoetelief uit de Kanaalstraat voelde zich afgescheept over zijn hond Sneeuwklokje.",
        NewAttachment("bijlage-zoetelief.pdf", b"%PDF-1.4 Zoetelief Kanaalstraat"),
    )
    other = _register(
        db,
        admin,
        people,
        ComplainantData(surname="Brommelkamp", street="Veenlaan", email="brommelkamp@example.net"),
        "Mevrouw Brommelkamp van de Veenlaan kreeg geen antwoord op haar brief.",
    )
    ComplaintService(db, admin).add_note(
        mine,
        NoteInput(
            datetime(2019, 3, 5, 10, 0, tzinfo=UTC),
            NoteChannel.PHONE,
            "Wubbo Zoetelief",
            "Gebeld met meneer Zoetelief over Sneeuwklokje; hij wacht op ons antwoord.",
        ),
    )
    with db.session_scope(Actor(login="test")) as session:
        session.add(
            Document(
                kind="letter",
                complaint_id=mine,
                title="Ontvangstbevestiging",
                file_name="ontvangst-zoetelief.pdf",
                media_type="application/pdf",
                content=b"%PDF-1.4 Geachte heer Zoetelief, Kanaalstraat 12",
                sent_on=RECEIVED,
            )
        )
        person = session.get(Complaint, mine).complainant_id
        other_person = session.get(Complaint, other).complainant_id
    return {"mine": mine, "other": other, "person": person, "other_person": other_person}


def _close(db: Database, *complaint_ids: int) -> None:
    with db.session_scope(Actor(login="test")) as session:
        for complaint_id in complaint_ids:
            complaint = session.get(Complaint, complaint_id)
            complaint.status = Status.CLOSED
            complaint.closed_on = CLOSED


def _handler(db: Database, admin: CurrentUser) -> CurrentUser:
    OrganisationService(db, admin).create_employee(
        EmployeeInput(name="Proef Handelaar", login="handelaar", roles=frozenset({Role.HANDLER}))
    )
    return CurrentUser("handelaar", None, "Proef Handelaar", frozenset({Role.HANDLER}))


def _all_rows_text(db: Database, *, skip: tuple[str, ...] = ()) -> str:
    """Every value of every row of every table, as one text (bytes read as Latin-1)."""
    parts: list[str] = []
    with db.session_scope() as session:
        for table in Base.metadata.sorted_tables:
            if table.name in skip:
                continue
            for row in session.execute(select(table)):
                for value in row:
                    if isinstance(value, bytes):
                        parts.append(value.decode("latin-1"))
                    elif value is not None:
                        parts.append(str(value))
    return "\n".join(parts).lower()


# ----- access ------------------------------------------------------------------------------


def test_access_export_holds_everything_about_the_complainant_and_nothing_of_another(
    db: Database, admin: CurrentUser, seeded: dict[str, int], tmp_path: Path
) -> None:
    export = AvgService(db, admin).access_export(seeded["person"], tmp_path)
    assert export.complaints == 1
    assert stat.S_IMODE(export.path.stat().st_mode) == 0o600
    with zipfile.ZipFile(export.path) as archive:
        names = archive.namelist()
        overview = archive.read("overzicht.html").decode("utf-8")
        everything = "\n".join(
            archive.read(n).decode("latin-1") for n in names if n != "overzicht.html"
        )
    for text in ("Zoetelief", "Wubbo", "Kanaalstraat", "Hoogezand", "Sneeuwklokje"):
        assert text in overview
    assert "wubbo.zoetelief@example.org" in overview
    assert "+31612345678" in overview  # stored normalised
    assert "hij wacht op ons antwoord" in overview  # the contact note
    assert "Ontvangstbevestiging" in overview  # the letter
    assert "Adri Beheerder" in overview  # who registered and changed: the history
    assert any(n.endswith("bijlage-zoetelief.pdf") for n in names)
    assert any(n.endswith("ontvangst-zoetelief.pdf") for n in names)
    assert "Geachte heer Zoetelief" in everything
    for text in OTHER:
        assert text.lower() not in (overview + everything).lower()


def test_access_export_lists_who_viewed_the_complaint(
    db: Database, admin: CurrentUser, seeded: dict[str, int], tmp_path: Path
) -> None:
    ComplaintService(db, admin).open(seeded["mine"])  # records a view
    export = AvgService(db, admin).access_export(seeded["person"], tmp_path)
    with zipfile.ZipFile(export.path) as archive:
        overview = archive.read("overzicht.html").decode("utf-8")
    views = overview.split("Wie de gegevens heeft ingezien")[1]
    assert "Klachtvenster geopend" in views
    assert "Adri Beheerder" in views


def test_a_handler_may_not_make_an_access_export_or_erase(
    db: Database, admin: CurrentUser, seeded: dict[str, int], tmp_path: Path
) -> None:
    _close(db, seeded["mine"])
    out = tmp_path / "uit"
    out.mkdir()
    handler = AvgService(db, _handler(db, admin))
    with pytest.raises(PermissionDenied):
        handler.access_export(seeded["person"], out)
    with pytest.raises(PermissionDenied):
        handler.erase(seeded["person"], today=AFTER_RETENTION)
    assert list(out.iterdir()) == []
    assert "zoetelief" in _all_rows_text(db, skip=("audit_event",))


# ----- correction --------------------------------------------------------------------------


def test_a_correction_is_one_audited_change_with_its_reason(
    db: Database, admin: CurrentUser, seeded: dict[str, int]
) -> None:
    with db.session_scope() as session:
        version = session.get(Complainant, seeded["person"]).version
        before = audit_position(session)
    corrected = ComplainantData(
        initials="W.",
        first_name="Wubbo",
        surname="Zoetelief",
        street="Kanaalstraat",
        house_number="14",
        postcode="9601 AB",
        city="Hoogezand",
        email="wubbo.zoetelief@example.org",
    )
    AvgService(db, admin).correct(
        seeded["person"], corrected, "Huisnummer verkeerd overgenomen", version=version
    )
    with db.session_scope() as session:
        person = session.get(Complainant, seeded["person"])
        assert person.house_number == "14"
        assert person.phone_day is None
        events = list(session.scalars(select(AuditEvent).where(AuditEvent.seq > before)))
    assert {e.entity for e in events} == {"Complainant"}
    assert events[0].reason == "AVG-correctie: Huisnummer verkeerd overgenomen"


def test_a_correction_needs_a_reason(
    db: Database, admin: CurrentUser, seeded: dict[str, int]
) -> None:
    with pytest.raises(ServiceError):
        AvgService(db, admin).correct(
            seeded["person"], ComplainantData(surname="Zoetelief"), "  ", version=None
        )


# ----- erasure -----------------------------------------------------------------------------


def test_erasure_is_refused_while_a_complaint_is_open(
    db: Database, admin: CurrentUser, seeded: dict[str, int]
) -> None:
    avg = AvgService(db, admin)
    check = avg.erasure_check(seeded["person"], today=AFTER_RETENTION)
    assert not check.allowed
    number = _number(db, seeded["mine"])
    assert "loopt nog een klacht" in check.reason
    assert number in check.reason
    with pytest.raises(ServiceError, match="loopt nog een klacht"):
        avg.erase(seeded["person"], today=AFTER_RETENTION)
    assert "zoetelief" in _all_rows_text(db, skip=("audit_event",))


def test_erasure_is_refused_within_the_retention_period(
    db: Database, admin: CurrentUser, seeded: dict[str, int]
) -> None:
    _close(db, seeded["mine"])
    assert retention_years() == 5
    avg = AvgService(db, admin)
    with pytest.raises(ServiceError, match="bewaard tot 03-06-2024") as refused:
        avg.erase(seeded["person"], today=WITHIN_RETENTION)
    assert "5 jaar na afsluiting" in str(refused.value)
    assert "zoetelief" in _all_rows_text(db, skip=("audit_event",))


def test_erasure_when_allowed_leaves_no_trace_and_keeps_the_stub(
    db: Database, admin: CurrentUser, seeded: dict[str, int]
) -> None:
    _close(db, seeded["mine"])
    with db.session_scope() as session:
        before = audit_position(session)
    avg = AvgService(db, admin)
    assert avg.erasure_check(seeded["person"], today=AFTER_RETENTION).allowed
    assert avg.erase(seeded["person"], today=AFTER_RETENTION) == 1

    rows = _all_rows_text(db, skip=("audit_event",))
    for text in SEEDED:
        assert text.lower() not in rows
    assert "brommelkamp" in rows  # the other complainant is untouched
    with db.session_scope() as session:
        stub = session.get(Complaint, seeded["mine"])
        assert stub.number
        assert stub.status == Status.CLOSED
        assert stub.closed_on == CLOSED
        assert stub.received_on == RECEIVED
        assert stub.complainant_id == seeded["person"]
        assert stub.attachments == []
        erasure_events = list(session.scalars(select(AuditEvent).where(AuditEvent.seq > before)))
    assert erasure_events
    assert {e.reason for e in erasure_events} == {"AVG: persoonsgegevens van de klager verwijderd"}
    trail = "\n".join(f"{e.changes}" for e in erasure_events).lower()
    for text in SEEDED:
        assert text.lower() not in trail
    report = verify_database(db)
    assert report.ok, report


def _number(db: Database, complaint_id: int) -> str:
    with db.session_scope() as session:
        return session.get(Complaint, complaint_id).number


# ----- the command -------------------------------------------------------------------------


def test_the_avg_command_writes_the_access_export_of_a_complainant_named_by_a_complaint(
    fresh_db: Database,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from app import cli
    from app.services.identity import current_login, set_up_first_use

    monkeypatch.setattr("app.services.identity.os_login", lambda: "chi")
    user = set_up_first_use(
        fresh_db,
        organisation_name="Proef",
        user_name="Chi Coördinator",
        login=current_login(fresh_db),
    )
    people = {
        "concerned": OrganisationService(fresh_db, user)
        .create_employee(
            EmployeeInput(name="Proef Betrokkene", login="betr", roles=frozenset({Role.HANDLER}))
        )
        .id
    }
    complaint = _register(
        fresh_db,
        user,
        people,
        ComplainantData(surname="Zoetelief", email="z@example.org"),
        "De hond Sneeuwklokje werd niet binnengelaten bij de balie.",
    )
    _register(
        fresh_db,
        user,
        people,
        ComplainantData(surname="Brommelkamp", email="b@example.org"),
        "Er kwam geen antwoord op de brief over de parkeervergunning.",
    )
    number = _number(fresh_db, complaint)
    url = fresh_db.engine.url.render_as_string(hide_password=False)
    out = tmp_path / "uit"
    out.mkdir()
    assert cli.main(["--db", url, "avg", "inzage", "--klager", number, "--out", str(out)]) == 0
    assert "Inzageverzoek klaar" in capsys.readouterr().out
    [made] = list(out.iterdir())
    with zipfile.ZipFile(made) as archive:
        overview = archive.read("overzicht.html").decode("utf-8")
    assert "Sneeuwklokje" in overview
    assert "Brommelkamp" not in overview
    assert cli.main(["--db", url, "avg", "inzage", "--out", str(out)]) == 2
    assert "--klager" in capsys.readouterr().err


def test_erasure_shreds_the_personal_values_of_earlier_audit_events_and_the_chain_verifies(
    db: Database, admin: CurrentUser, seeded: dict[str, int]
) -> None:
    _close(db, seeded["mine"])
    service = ComplaintService(db, admin)
    history = "\n".join(e.text for e in service.history(seeded["mine"]))
    assert "Zoetelief" in history  # the sealed values are read with their key
    with db.session_scope() as session:
        trail = "\n".join(c or "" for c in session.scalars(select(AuditEvent.changes))).lower()
    assert "brommelkamp" not in trail  # sealed as written, for every complainant
    assert "zoetelief" not in trail

    AvgService(db, admin).erase(seeded["person"], today=AFTER_RETENTION)

    rows = _all_rows_text(db)  # every table, the audit trail and the keys included
    assert [text for text in SEEDED if text.lower() in rows] == []
    history = "\n".join(e.text for e in service.history(seeded["mine"]))
    assert "Zoetelief" not in history
    assert "<verwijderd>" in history
    other = "\n".join(e.text for e in service.history(seeded["other"]))
    assert "Brommelkamp" in other  # another complainant's key is kept
    report = verify_database(db)
    assert report.ok, report


def test_erasure_says_that_events_from_before_the_sealing_keep_their_values(
    db: Database, admin: CurrentUser, people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A register from before version 0016: its events were written without sealing.
    with monkeypatch.context() as patched:
        patched.setattr("app.services.audit.seal_pending", lambda _session, _pending: None)
        complaint_id = _register(
            db,
            admin,
            people,
            ComplainantData(surname="Oudegeest", email="oudegeest@example.org"),
            "Mevrouw Oudegeest belde.",
        )
    _close(db, complaint_id)
    with db.session_scope() as session:
        person = session.get(Complaint, complaint_id).complainant_id
    avg = AvgService(db, admin)
    check = avg.erasure_check(person, today=AFTER_RETENTION)
    assert check.allowed
    assert check.unsealed_events >= 1
    assert "vóór databaseversie 0016" in check.reason
    avg.erase(person, today=AFTER_RETENTION)
    assert "oudegeest" in _all_rows_text(db)  # honestly said: the old events keep it
    assert verify_database(db).ok


def test_erasure_of_a_complainant_whose_events_are_all_sealed_mentions_no_old_events(
    db: Database, admin: CurrentUser, seeded: dict[str, int]
) -> None:
    _close(db, seeded["mine"])
    check = AvgService(db, admin).erasure_check(seeded["person"], today=AFTER_RETENTION)
    assert check.allowed
    assert check.unsealed_events == 0
    assert "databaseversie" not in check.reason
