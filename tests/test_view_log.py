"""The view log (AVG accountability): who opened which complaint's personal data is recorded
in a table of its own; the coordinator and the administrator read and export it."""

from __future__ import annotations

import csv
import os
import time
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select, text
from sqlalchemy.exc import ProgrammingError

from app import cli
from app.db import Actor, Database
from app.models import AuditEvent, Complaint, ViewEvent
from app.models.enums import Role, ViewKind
from app.services.audit import UnauditedWriteError, audit_position
from app.services.complainants import ComplainantData, ComplainantService
from app.services.complaints import ComplaintService
from app.services.errors import PermissionDenied
from app.services.identity import current_login, load_current_user
from app.services.intake import IntakeData, IntakeService, NewAttachment
from app.services.organisation import EmployeeInput, OrganisationService
from app.services.permissions import CurrentUser
from app.services.register_io import RegisterExportService
from app.services.report_files import ReportFileService
from app.services.verify import verify_database
from app.services.view_log import ViewLogService, write_view_event, write_view_events

TODAY = date.today()


def _register(db: Database, user: CurrentUser, name: str, email: str) -> int:
    return (
        IntakeService(db, user)
        .register(
            IntakeData(
                description="Mijn brief van vorige maand is nooit beantwoord.",
                complainant=ComplainantData(name=name, email=email),
                received_on=TODAY,
                attachments=(NewAttachment("brief.pdf", b"%PDF-1.4 proef"),),
            )
        )
        .complaint_id
    )


@pytest.fixture
def complaints(db: Database, admin: CurrentUser) -> list[int]:
    return [
        _register(db, admin, "Proefklager Omega", "omega@example.com"),
        _register(db, admin, "Proefklager Sigma", "sigma@example.com"),
    ]


@pytest.fixture
def handler(db: Database, admin: CurrentUser, complaints: list[int]) -> CurrentUser:
    """A handler assigned to the first complaint only."""
    OrganisationService(db, admin).create_employee(
        EmployeeInput(name="Proef Behandelaar", login="beh", roles=frozenset({Role.HANDLER}))
    )
    user = load_current_user(db, "beh")
    assert user is not None
    with db.session_scope(Actor(login="test")) as session:
        session.get(Complaint, complaints[0]).handler_id = user.employee_id
    return user


def _events(db: Database) -> list[tuple[str, str, int | None, int | None, str | None]]:
    with db.session_scope() as session:
        return [
            (e.login, e.what, e.complaint_id, e.complainant_id, e.detail)
            for e in session.scalars(select(ViewEvent).order_by(ViewEvent.id))
        ]


def _complainant_of(db: Database, complaint_id: int) -> int:
    with db.session_scope() as session:
        value = session.get(Complaint, complaint_id).complainant_id
    assert value is not None
    return value


# ----- recording ------------------------------------------------------------------------


def test_opening_a_complaint_records_one_view_and_its_refreshes_record_none(
    db: Database, handler: CurrentUser, complaints: list[int]
) -> None:
    service = ComplaintService(db, handler)
    detail = service.open(complaints[0])
    assert detail.complainant.name == "Proefklager Omega"
    service.detail(complaints[0])  # the window's refresh after a save
    service.detail(complaints[0])
    assert _events(db) == [
        ("beh", "complaint_opened", complaints[0], _complainant_of(db, complaints[0]), None)
    ]


def test_opening_and_saving_an_attachment_each_record_a_view(
    db: Database, handler: CurrentUser, complaints: list[int]
) -> None:
    service = ComplaintService(db, handler)
    attachment = service.detail(complaints[0]).attachments[0]
    name, _media_type, content = service.open_attachment(attachment.id)
    assert (name, content) == ("brief.pdf", b"%PDF-1.4 proef")
    service.open_attachment(attachment.id, saving=True)
    person = _complainant_of(db, complaints[0])
    detail = f"bijlage {attachment.id}"
    assert _events(db) == [
        ("beh", "attachment_opened", complaints[0], person, detail),
        ("beh", "attachment_saved", complaints[0], person, detail),
    ]


def test_making_a_dossier_pdf_records_a_view(
    db: Database, admin: CurrentUser, complaints: list[int], tmp_path: Path
) -> None:
    number = ComplaintService(db, admin).detail(complaints[1]).number
    ReportFileService(db, admin).dossier(number, tmp_path / "dossier.pdf")
    assert (tmp_path / "dossier.pdf").read_bytes().startswith(b"%PDF")
    assert _events(db) == [
        (
            "beheerder-test",
            "dossier_pdf",
            complaints[1],
            _complainant_of(db, complaints[1]),
            None,
        )
    ]


def test_exporting_the_register_with_names_records_a_view_of_every_complaint_in_it(
    db: Database, admin: CurrentUser, complaints: list[int], tmp_path: Path
) -> None:
    assert RegisterExportService(db, admin).export(tmp_path / "register.xlsx") == 2
    assert sorted(_events(db)) == sorted(
        (
            "beheerder-test",
            "register_export",
            complaint_id,
            _complainant_of(db, complaint_id),
            "export van 2 rijen",
        )
        for complaint_id in complaints
    )


def test_a_quarterly_report_records_views_only_when_it_carries_names(
    db: Database, admin: CurrentUser, complaints: list[int], tmp_path: Path
) -> None:
    quarter = (TODAY.month - 1) // 3 + 1
    reports = ReportFileService(db, admin, today=TODAY)
    reports.quarterly(TODAY.year, quarter, tmp_path / "zonder.pdf")
    assert _events(db) == []
    reports.quarterly(TODAY.year, quarter, tmp_path / "met.pdf", with_names=True)
    events = _events(db)
    assert sorted(e[2] for e in events) == sorted(complaints)
    assert {(e[1], e[4]) for e in events} == {
        ("report_with_names", f"kwartaalrapportage {TODAY.year}-K{quarter}")
    }


def test_who_may_not_see_a_complaint_is_refused_and_nothing_is_recorded(
    db: Database, handler: CurrentUser, complaints: list[int]
) -> None:
    service = ComplaintService(db, handler)
    with pytest.raises(PermissionDenied):
        service.open(complaints[1])  # not this handler's complaint
    with db.session_scope() as session:
        other = session.scalars(select(Complaint).where(Complaint.id == complaints[1])).one()
        attachment_id = other.attachments[0].id
    with pytest.raises(PermissionDenied):
        service.open_attachment(attachment_id)
    assert _events(db) == []


def test_a_view_cannot_be_written_without_an_actor(db: Database, complaints: list[int]) -> None:
    with pytest.raises(UnauditedWriteError), db.session_scope() as session:
        write_view_event(
            session, ViewKind.COMPLAINT_OPENED, complaint_id=complaints[0], complainant_id=None
        )
    with pytest.raises(UnauditedWriteError), db.session_scope() as session:
        session.add(ViewEvent(at=datetime.now().astimezone(), login="x", what="dossier_pdf"))
    assert _events(db) == []


def test_views_leave_the_audit_trail_alone_and_verify_passes(
    db: Database, admin: CurrentUser, handler: CurrentUser, complaints: list[int], tmp_path: Path
) -> None:
    with db.session_scope() as session:
        before = audit_position(session)
    service = ComplaintService(db, admin)
    service.open(complaints[0])
    service.open_attachment(service.detail(complaints[0]).attachments[0].id)
    RegisterExportService(db, admin).export(tmp_path / "register.xlsx")
    with db.session_scope() as session:
        assert audit_position(session) == before
        assert session.scalar(select(func.count()).select_from(ViewEvent)) == 4
        assert not session.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.entity == "ViewEvent")
        )
    report = verify_database(db, anchor_path=tmp_path / "anker.json")
    assert report.ok, report.text()


def test_the_handler_opening_a_follow_up_document_is_still_audited_as_seen(
    db: Database, admin: CurrentUser, handler: CurrentUser, complaints: list[int], tmp_path: Path
) -> None:
    ComplaintService(db, admin).add_attachment(
        complaints[0], NewAttachment("volgstuk.pdf", b"%PDF-1.4 later")
    )
    follow_up = ComplaintService(db, admin).detail(complaints[0]).attachments[-1]
    ComplaintService(db, handler).open_attachment(follow_up.id)
    assert not ComplaintService(db, admin).detail(complaints[0]).attachments[-1].unseen_by_handler
    with db.session_scope() as session:
        seen = session.scalars(
            select(AuditEvent).where(
                AuditEvent.entity == "Attachment", AuditEvent.action == "update"
            )
        ).all()
    assert [e.actor_login for e in seen] == ["beh"]
    assert verify_database(db, anchor_path=tmp_path / "anker.json").ok


# ----- reading and exporting the log ------------------------------------------------------


@pytest.fixture
def amsterdam(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local days in Dutch time, so a period's edges differ from UTC's."""
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _add_view(db: Database, at: datetime, complaint_id: int, complainant_id: int) -> None:
    with db.session_scope(Actor(login="beh")) as session:
        session.add(
            ViewEvent(
                at=at,
                login="beh",
                complaint_id=complaint_id,
                complainant_id=complainant_id,
                what=ViewKind.COMPLAINT_OPENED.value,
            )
        )


def _local(*parts: int) -> datetime:
    return datetime(*parts).astimezone()  # type: ignore[misc]


def test_the_export_for_a_period_holds_exactly_the_views_of_those_local_days(
    db: Database, admin: CurrentUser, complaints: list[int], amsterdam: None, tmp_path: Path
) -> None:
    person = _complainant_of(db, complaints[0])
    for moment in (
        _local(2026, 3, 31, 23, 59, 59),  # the evening before: out
        _local(2026, 4, 1, 0, 0, 0),  # in (22:00 UTC the day before)
        _local(2026, 4, 30, 23, 59, 59),  # in
        _local(2026, 5, 1, 0, 0, 0),  # out
    ):
        _add_view(db, moment, complaints[0], person)
    service = ViewLogService(db, admin)
    entries = service.entries(date(2026, 4, 1), date(2026, 4, 30))
    assert [e.at for e in entries] == [_local(2026, 4, 1, 0, 0, 0), _local(2026, 4, 30, 23, 59, 59)]
    assert service.export(tmp_path / "april.xlsx", date(2026, 4, 1), date(2026, 4, 30)) == 2
    sheet = load_workbook(tmp_path / "april.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Moment", "Medewerker", "Inlognaam", "Handeling")
    assert [r[0] for r in rows[1:]] == [
        datetime(2026, 4, 1, 0, 0),
        datetime(2026, 4, 30, 23, 59, 59),
    ]
    assert {r[3] for r in rows[1:]} == {"Klachtvenster geopend"}


def test_the_export_for_one_complainant_holds_only_their_views_merged_records_included(
    db: Database, admin: CurrentUser, complaints: list[int], tmp_path: Path
) -> None:
    omega, sigma = (_complainant_of(db, c) for c in complaints)
    third = _register(db, admin, "Proefklager Omega-Twee", "omega2@example.com")
    omega_two = _complainant_of(db, third)
    service = ComplaintService(db, admin)
    for complaint_id in (complaints[0], complaints[1], third):
        service.open(complaint_id)
    ComplainantService(db, admin).merge(omega_two, omega)  # the same person, found later
    log = ViewLogService(db, admin)
    number = service.detail(complaints[0]).number
    assert log.complainant_of(number) == omega
    assert log.complainant_of(str(omega_two)) == omega
    target = tmp_path / "omega.csv"
    assert log.export(target, TODAY, TODAY, omega) == 2
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Dutch Excel reads it right
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    numbers = {service.detail(c).number for c in (complaints[0], third)}
    assert {r[4] for r in rows[1:]} == numbers
    assert {r[5] for r in rows[1:]} == {str(omega), str(omega_two)}
    assert str(sigma) not in {r[5] for r in rows[1:]}


def test_formula_like_text_in_the_export_stays_text(
    db: Database, admin: CurrentUser, complaints: list[int], tmp_path: Path
) -> None:
    OrganisationService(db, admin).create_employee(
        EmployeeInput(name="=HYPERLINK(1)", login="formule", roles=frozenset({Role.COORDINATOR}))
    )
    odd = load_current_user(db, "formule")
    assert odd is not None
    ComplaintService(db, odd).open(complaints[0])
    ViewLogService(db, admin).export(tmp_path / "log.xlsx", TODAY, TODAY)
    ViewLogService(db, admin).export(tmp_path / "log.csv", TODAY, TODAY)
    with zipfile.ZipFile(tmp_path / "log.xlsx") as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml
    assert load_workbook(tmp_path / "log.xlsx").active["B2"].value == "=HYPERLINK(1)"
    rows = list(
        csv.reader((tmp_path / "log.csv").read_text("utf-8-sig").splitlines(), delimiter=";")
    )
    assert rows[1][1] == "'=HYPERLINK(1)"


def test_only_the_coordinator_and_the_administrator_may_read_the_log(
    db: Database, admin: CurrentUser, handler: CurrentUser, complaints: list[int], tmp_path: Path
) -> None:
    ComplaintService(db, handler).open(complaints[0])
    with pytest.raises(PermissionDenied):
        ViewLogService(db, handler).of_complaint(complaints[0])
    with pytest.raises(PermissionDenied):
        ViewLogService(db, handler).export(tmp_path / "x.csv", TODAY, TODAY)
    assert not (tmp_path / "x.csv").exists()
    administrator = CurrentUser(
        login="beheer", employee_id=None, name="Beheer", roles=frozenset({Role.ADMINISTRATOR})
    )
    entries = ViewLogService(db, administrator).of_complaint(complaints[0])
    assert [(e.who, e.what) for e in entries] == [("Proef Behandelaar", ViewKind.COMPLAINT_OPENED)]


def test_the_viewlog_command_takes_dutch_dates_and_one_complainant(
    fresh_db: Database,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from app.services.identity import set_up_first_use

    monkeypatch.setattr("app.services.identity.os_login", lambda: "chi")
    user = set_up_first_use(
        fresh_db,
        organisation_name="Proef",
        user_name="Chi Coördinator",
        login=current_login(fresh_db),
    )
    first = _register(fresh_db, user, "Proefklager Omega", "omega@example.com")
    second = _register(fresh_db, user, "Proefklager Sigma", "sigma@example.com")
    service = ComplaintService(fresh_db, user)
    service.open(first)
    service.open(second)
    number = service.detail(second).number
    url = fresh_db.engine.url.render_as_string(hide_password=False)
    out = tmp_path / "inzage.xlsx"
    day = TODAY.strftime("%d-%m-%Y")
    args = ["--db", url, "viewlog", "--from", day, "--to", day, "--out", str(out)]
    assert cli.main([*args, "--complainant", number]) == 0
    assert "1 regels uit het inzagelog" in capsys.readouterr().out
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert [r[4] for r in rows[1:]] == [number]
    assert (
        cli.main(["--db", url, "viewlog", "--from", "31-02-2026", "--to", day, "--out", "x.csv"])
        == 2
    )
    assert "'31-02-2026' is geen bestaande datum" in capsys.readouterr().err
    assert cli.main([*args[:-1], str(tmp_path / "inzage.txt")]) == 1
    assert ".csv of .xlsx" in capsys.readouterr().err


@pytest.mark.parametrize("backend", ["postgresql"])  # SQLite has no privileges to test
def test_a_login_that_may_only_add_lines_can_record_its_views(
    db: Database, complaints: list[int]
) -> None:
    """On a shared server a handler may INSERT into view_event but not read it: recording
    must not ask the new row back (RETURNING needs SELECT)."""
    role = f"ik_view_probe_{os.getpid()}"
    with db.engine.begin() as connection:
        connection.execute(text(f'CREATE ROLE "{role}" NOLOGIN'))
        connection.execute(text(f'GRANT INSERT ON view_event TO "{role}"'))
        connection.execute(text(f'GRANT SELECT ON complaint TO "{role}"'))
        connection.execute(text(f'GRANT USAGE ON SEQUENCE view_event_id_seq TO "{role}"'))
    try:
        with db.session_scope(Actor(login="beh")) as session:
            session.execute(text(f'SET LOCAL ROLE "{role}"'))
            write_view_event(
                session,
                ViewKind.COMPLAINT_OPENED,
                complaint_id=complaints[0],
                complainant_id=_complainant_of(db, complaints[0]),
            )
            write_view_events(session, ViewKind.REGISTER_EXPORT, complaints, detail="2 rijen")
            with pytest.raises(ProgrammingError), session.begin_nested():
                session.execute(select(ViewEvent.id))  # the probe really may not read
        assert [e[1] for e in _events(db)] == [
            "complaint_opened",
            "register_export",
            "register_export",
        ]
    finally:
        with db.engine.begin() as connection:
            connection.execute(text(f'DROP OWNED BY "{role}"'))
            connection.execute(text(f'DROP ROLE "{role}"'))
