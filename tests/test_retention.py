"""Retention: the terms of the selection list, the dry run, the archivist's approval, and a
destruction that leaves no personal data in the tables yet keeps the annual report's
figures and a trail that still verifies. On SQLite and PostgreSQL."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import pypdf
import pytest
from sqlalchemy import select, text

from app import cli
from app.db import Actor, Database
from app.models import (
    Attachment,
    AuditEvent,
    Complainant,
    Complaint,
    ComplaintPart,
    ContactNote,
    Document,
    Employee,
    FeedbackCard,
    HandlingReport,
    Promise,
    RelatedDossier,
)
from app.models.enums import (
    CardChannel,
    CardColour,
    ComplaintKind,
    Judgment,
    NoteChannel,
    ReportStatus,
    Role,
    Route,
    Status,
)
from app.services.errors import PermissionDenied, ServiceError, ValidationError
from app.services.organisation import EmployeeInput, OrganisationService
from app.services.permissions import CurrentUser
from app.services.report_files import ReportFileService
from app.services.retention import RetentionService, RetentionTerms, Term
from app.services.search import refresh_search_text
from app.services.verify import verify_database
from tests import report_dataset
from tests.report_dataset import TODAY

# Invented personal data, in fields and in free text, in several notations.
NAME = "Zwanette Kwakernaak-Ubbink"
STREET = "Poffertjesgracht"
PHONE = "06-98765432"
PHONE_2 = "+31 20 555 0199"
EMAIL = "z.kwakernaak@voorbeeld.test"
EMPLOYEE_TEXT = "Hendrikus Pannenkoek"
JOB_TITLE = "senior vergunningverlener"
DOSSIER = "DOS-4471-XQ"
SECRETS = (NAME, STREET, PHONE, PHONE_2, EMAIL, EMPLOYEE_TEXT, JOB_TITLE, DOSSIER, "Kwakernaak")


def _archivist(db: Database, admin: CurrentUser) -> CurrentUser:
    """A second administrator: the archivist who approves what someone else proposed."""
    employee = OrganisationService(db, admin).create_employee(
        EmployeeInput(
            name="Proef Archivaris", login="archivaris", roles=frozenset({Role.ADMINISTRATOR})
        )
    )
    return CurrentUser(
        "archivaris", employee.id, "Proef Archivaris", frozenset({Role.ADMINISTRATOR})
    )


def _seed_personal_complaint(db: Database) -> int:
    """A formal complaint closed on 1 February 2024, full of personal data."""
    story = (
        f"Ik klaag erover dat {EMPLOYEE_TEXT}, {JOB_TITLE}, mij ({NAME}, {STREET} 12) niet "
        f"terugbelde op {PHONE} of {PHONE_2}; mail mij op {EMAIL}. Dossier {DOSSIER}."
    )
    with db.session_scope(Actor(login="test")) as s:
        author = s.scalars(select(Employee)).first()
        assert author is not None
        complaint = Complaint(
            number="IK-2024-0001",
            kind=ComplaintKind.COMPLAINT,
            received_on=date(2024, 1, 2),
            channel="email",
            description=story,
            complainant=Complainant(
                name=NAME, street=STREET, house_number="12", email=EMAIL, phone_day="+31698765432"
            ),
            status=Status.CLOSED,
            route=Route.FORMAL,
            judgment=Judgment.UPHELD,
            closed_on=date(2024, 2, 1),
            hearing_report=f"Gehoord: {NAME} en {EMPLOYEE_TEXT}.",
        )
        complaint.parts = [
            ComplaintPart(position=1, text=story, findings=f"{EMAIL}", judgment=Judgment.UPHELD)
        ]
        complaint.promises = [
            Promise(
                text=f"Terugbellen op {PHONE}", made_on=date(2024, 1, 5), due_on=date(2024, 1, 9)
            )
        ]
        complaint.contact_notes = [
            ContactNote(
                contact_at=datetime(2024, 1, 4, 9, tzinfo=UTC),
                channel=NoteChannel.PHONE,
                with_whom=NAME,
                author_id=author.id,
                summary=story,
            )
        ]
        complaint.attachments = [
            Attachment(
                file_name=f"brief {NAME}.txt",
                media_type="text/plain",
                size=len(story),
                sha256="0" * 64,
                content=story.encode(),
            )
        ]
        complaint.related_dossiers = [RelatedDossier(dossier_number=DOSSIER)]
        s.add(complaint)
        s.flush()
        s.add(
            Document(
                kind="decision_letter",
                complaint_id=complaint.id,
                title=f"Beslissing {NAME}",
                file_name="beslissing.pdf",
                media_type="application/pdf",
                content=story.encode(),
            )
        )
        s.add(
            HandlingReport(
                complaint_id=complaint.id,
                handler_id=author.id,
                description=story,
                cause_text=f"{EMPLOYEE_TEXT} vergat het",
                status=ReportStatus.DRAFT,
            )
        )
        s.add(
            FeedbackCard(
                complaint_id=complaint.id,
                colour=CardColour.RED,
                channel=CardChannel.POST,
                sent_on=date(2024, 2, 2),
                text=f"Groet, {NAME}",
                code="TESTKAART1",
                callback_email=EMAIL,
                callback_phone=PHONE,
                name_as_written=NAME,
            )
        )
        refresh_search_text(s, [complaint.id])
        return complaint.id


def _all_table_text(db: Database, *, skip: frozenset[str] = frozenset()) -> str:
    """Every row of every table (the audit trail apart), as text: the raw stored values."""
    with db.engine.connect() as connection:
        tables = [
            name
            for (name,) in connection.execute(
                text(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                    if db.engine.dialect.name == "sqlite"
                    else "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                )
            )
            if name not in skip
        ]
        chunks = []
        for table in tables:
            for row in connection.execute(text(f'SELECT * FROM "{table}"')):
                for value in row:
                    chunks.append(
                        value.decode("utf-8", "replace")
                        if isinstance(value, bytes | memoryview)
                        else str(value)
                    )
                    if isinstance(value, memoryview):
                        chunks.append(bytes(value).decode("utf-8", "replace"))
    # Lower case: the search text and its full-text index hold folded words.
    return "\n".join(chunks).lower()


def _destroy(db: Database, admin: CurrentUser, as_of: date) -> int:
    archivist = _archivist(db, admin)
    service = RetentionService(db, admin)
    list_id = service.propose(as_of)
    RetentionService(db, archivist).approve(list_id)
    return service.carry_out(list_id, today=as_of)


def test_the_default_terms_are_the_selection_lists_and_a_change_is_audited(
    db: Database, admin: CurrentUser
) -> None:
    service = RetentionService(db, admin)
    assert service.terms() == RetentionTerms(
        handled_years=5, ombudsman_years=10, not_handled_years=1
    )
    with pytest.raises(ValidationError) as refused:
        service.change_terms(RetentionTerms(handled_years=0))
    assert "handled_years" in refused.value.errors
    service.change_terms(RetentionTerms(handled_years=7, ombudsman_years=12, not_handled_years=2))
    assert service.terms() == RetentionTerms(7, 12, 2)
    with db.session_scope() as s:
        reasons = s.scalars(select(AuditEvent.reason).where(AuditEvent.entity == "Setting")).all()
    assert "bewaartermijnen gewijzigd" in reasons
    staff = CurrentUser("staf", None, "Proef Staf", frozenset({Role.STAFF}))
    with pytest.raises(PermissionDenied):
        RetentionService(db, staff).change_terms(RetentionTerms())


def test_the_dry_run_lists_exactly_the_complaints_whose_term_has_ended_and_changes_nothing(
    db: Database, admin: CurrentUser
) -> None:
    report_dataset.build(db)
    service = RetentionService(db, admin)
    # On 20 November 2026 only the complaint withdrawn in September 2025 (1 year) is due.
    today = service.due(TODAY)
    assert [r.number for r in today.rows] == ["IK-2025-0005"]
    assert today.per_term == {Term.NOT_HANDLED: 1}
    # The first informal complaint of March 2025 went on to the ombudsman: 10 years.
    with db.session_scope() as s:
        first = s.scalar(select(Complaint.id).where(Complaint.number == "IK-2025-0001"))
        version = s.get(Complaint, first).version
    service.record_ombudsman(first, date(2025, 4, 1), version)
    with db.session_scope() as s:
        before = s.scalar(select(text("max(seq)")).select_from(AuditEvent))
    as_of = date(2030, 3, 21)  # five years after 20 March 2025, plus a day
    page = service.due(as_of)
    assert sorted(r.number for r in page.rows) == [
        "IK-2025-0002",
        "IK-2025-0003",
        "IK-2025-0005",
        "IK-2026-0005",
    ]
    assert page.total == 4
    assert page.per_term == {Term.HANDLED: 2, Term.NOT_HANDLED: 2}
    # Paged: two pages of two give the same four, in order.
    paged = service.due(as_of, limit=2).rows + service.due(as_of, offset=2, limit=2).rows
    assert paged == page.rows
    with db.session_scope() as s:
        assert s.scalar(select(text("max(seq)")).select_from(AuditEvent)) == before
        assert s.scalar(select(Complaint.destroyed_on).where(Complaint.id == first)) is None


def test_nothing_is_destroyed_before_the_archivist_approves_and_not_by_the_proposer(
    db: Database, admin: CurrentUser
) -> None:
    complaint_id = _seed_personal_complaint(db)
    archivist = _archivist(db, admin)
    service = RetentionService(db, admin)
    list_id = service.propose(date(2029, 3, 1))
    with pytest.raises(ServiceError, match="niet goedgekeurd"):
        service.carry_out(list_id)
    with db.session_scope() as s:
        assert s.get(Complaint, complaint_id).description.startswith("Ik klaag")
    # The proposer is an administrator too, but another archivist exists.
    with pytest.raises(ServiceError, match="andere archivaris"):
        service.approve(list_id)
    coordinator = CurrentUser("coord", None, "Proef Coördinator", frozenset({Role.COORDINATOR}))
    with pytest.raises(PermissionDenied):
        RetentionService(db, coordinator).approve(list_id)
    with pytest.raises(PermissionDenied):
        RetentionService(db, archivist).carry_out(list_id)
    RetentionService(db, archivist).approve(list_id)
    assert service.carry_out(list_id, today=date(2029, 3, 1)) == 1
    with db.session_scope() as s:
        reasons = set(s.scalars(select(AuditEvent.reason)))
    assert {"vernietiging voorgesteld", "vernietiging goedgekeurd"} <= reasons
    assert "persoonsgegevens vernietigd (bewaartermijn)" in reasons


def test_destruction_removes_the_personal_data_from_every_table_and_the_trail_verifies(
    db: Database, admin: CurrentUser
) -> None:
    complaint_id = _seed_personal_complaint(db)
    stored = _all_table_text(db, skip=frozenset({"audit_event"}))
    assert all(secret.lower() in stored for secret in SECRETS)  # the check can fail
    with db.session_scope() as s:
        last_before = s.scalar(select(text("max(seq)")).select_from(AuditEvent))

    assert _destroy(db, admin, date(2029, 3, 1)) == 1

    stored = _all_table_text(db, skip=frozenset({"audit_event"}))
    assert [secret for secret in SECRETS if secret.lower() in stored] == []
    assert "kwakernaak" not in stored  # one word of the name, as the search index holds it
    with db.session_scope() as s:
        stub = s.get(Complaint, complaint_id)
        assert (stub.number, stub.received_on, stub.closed_on) == (
            "IK-2024-0001",
            date(2024, 1, 2),
            date(2024, 2, 1),
        )
        assert (stub.route, stub.judgment, stub.destroyed_on) == (
            Route.FORMAL,
            Judgment.UPHELD,
            date(2029, 3, 1),
        )
        assert [p.judgment for p in stub.parts] == [Judgment.UPHELD]
        # The destruction's own events record that data was destroyed, not the data.
        new_events = s.scalars(select(AuditEvent.changes).where(AuditEvent.seq > last_before)).all()
    written = "\n".join(c or "" for c in new_events)
    assert "<vernietigd>" in written
    assert [secret for secret in SECRETS if secret in written] == []
    report = verify_database(db)
    assert report.ok, report.text()
    # Run again: the complaint is not due a second time.
    assert RetentionService(db, admin).due(date(2040, 1, 1)).total == 0


def _pdf_text(path) -> str:  # type: ignore[no-untyped-def]
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def test_the_annual_report_of_a_destroyed_year_still_has_the_same_figures(
    db: Database, admin: CurrentUser, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    report_dataset.build(db)
    files = ReportFileService(db, admin, today=TODAY)
    before = {
        year: _pdf_text(files.annual(year, tmp_path / f"voor{year}.pdf")) for year in (2025, 2026)
    }
    destroyed = _destroy(db, admin, date(2031, 12, 31))
    assert destroyed == 10  # every closed complaint of both years
    after = {
        year: _pdf_text(files.annual(year, tmp_path / f"na{year}.pdf")) for year in (2025, 2026)
    }
    assert "Klachten ontvangen 5" in after[2025]
    assert after == before
    assert verify_database(db).ok


def test_the_command_line_dry_run_lists_the_due_numbers_only(
    db: Database, admin: CurrentUser, database_url: str, monkeypatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    _seed_personal_complaint(db)
    monkeypatch.setattr("app.services.identity.os_login", lambda: admin.login)
    monkeypatch.setattr("app.services.identity.current_login", lambda _db: admin.login)
    code = cli.main(["--db", database_url, "retention", "--dry-run", "--as-of", "01-03-2029"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "1 klachten zouden worden vernietigd" in out
    assert "IK-2024-0001\t01-02-2024\tBehandelde klacht" in out
    assert [secret for secret in SECRETS if secret in out] == []
    with db.session_scope() as s:
        assert s.scalar(select(Complaint.destroyed_on)) is None


def test_destruction_shreds_the_personal_values_of_earlier_audit_events(
    db: Database, admin: CurrentUser
) -> None:
    _seed_personal_complaint(db)
    # Sealed from the start: the intake's events hold no contact data in plain text.
    contact = (STREET, PHONE, PHONE_2, EMAIL, JOB_TITLE)
    with db.session_scope() as s:
        trail = "\n".join(c or "" for c in s.scalars(select(AuditEvent.changes))).lower()
    assert [secret for secret in contact if secret.lower() in trail] == []
    assert "sealed" in trail

    assert _destroy(db, admin, date(2029, 3, 1)) == 1

    stored = _all_table_text(db)  # the audit trail included
    assert [secret for secret in contact if secret.lower() in stored] == []
    with db.session_scope() as s:
        assert s.scalar(select(text("count(*)")).select_from(text("personal_key"))) == 0
    report = verify_database(db)
    assert report.ok, report.text()
