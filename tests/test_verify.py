"""``interne-klachten verify``: integrity, the hash chain, the chain head, the anchor outside
the database and the replay of every audited row — exit 0 when all holds, exit 1 with a
Dutch report naming event numbers, rows and fields (never values) for each kind of
tampering; and the quick check at start."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, select, text, update

from app import cli
from app.db import Database
from app.models import AuditChainHead, AuditEvent
from app.models.audit import GENESIS_HASH
from app.services.anchor import anchor_file_for, read_anchor
from app.services.audit import event_hash, hashed_fields
from app.services.complainants import ComplainantData
from app.services.complaints import ComplaintEdit, ComplaintService
from app.services.demo import fill_demo
from app.services.identity import current_login, set_up_first_use
from app.services.intake import IntakeData, IntakeService, NewAttachment
from app.services.permissions import CurrentUser
from app.services.verify import quick_check, verify_database

TODAY = date(2026, 4, 24)
SECRET_NAME = "Geheime Proefnaam"


@pytest.fixture
def user(fresh_db: Database, monkeypatch: pytest.MonkeyPatch) -> CurrentUser:
    """The first user is the current login (OS login on SQLite, database login on
    PostgreSQL), so the command line knows them."""
    monkeypatch.setattr("app.services.identity.os_login", lambda: "chi")
    return set_up_first_use(
        fresh_db,
        organisation_name="Proefgemeente",
        user_name="Chi Beheerder",
        login=current_login(fresh_db),
    )


@pytest.fixture
def register(fresh_db: Database, user: CurrentUser) -> list[int]:
    """Three complaints registered through the services, one of them edited."""
    intake = IntakeService(fresh_db, user)
    ids = []
    for number in range(3):
        result = intake.register(
            IntakeData(
                description=f"de toegezegde terugbelafspraak nummer {number} is niet nagekomen.",
                received_on=TODAY,
                complainant=ComplainantData(
                    name=f"Proefklager {number}", email=f"proef{number}@example.com"
                ),
                related_dossiers=("2026.00042",),
                attachments=(NewAttachment("brief.pdf", b"%PDF-1.4 proef"),),
            ),
            today=TODAY,
        )
        ids.append(result.complaint_id)
    service = ComplaintService(fresh_db, user)
    detail = service.detail(ids[0])
    service.update(
        ids[0],
        ComplaintEdit(
            description="Aangevuld na een telefoongesprek.",
            channel=detail.channel,
            received_on=detail.received_on,
            complainant=ComplainantData(name="Proefklager 0", email="proef0@example.com"),
            related_dossiers=(),  # the dossier row is deleted (an orphan of the complaint)
        ),
        detail.version,
        complainant_version=detail.complainant_version,
    )
    return ids


@pytest.fixture
def raw(database_url: str) -> Iterator[Engine]:
    """A connection behind the program's back, as sqlite3 or psql would have."""
    engine = create_engine(database_url)
    yield engine
    engine.dispose()


def _verify(url: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = cli.main(["--db", url, "verify"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _last_seq(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(text("SELECT max(seq) FROM audit_event")).scalar_one())


def test_verify_exits_0_on_an_intact_register_and_anchors_the_head(
    fresh_db: Database, database_url: str, register: list[int], raw: Engine, capsys
) -> None:
    code, output = _verify(database_url, capsys)
    assert code == 0, output
    assert "De database is in orde" in output
    anchor = read_anchor(anchor_file_for(fresh_db.url, fresh_db.sqlite_file))
    assert anchor is not None
    assert anchor.seq == _last_seq(raw)
    if fresh_db.sqlite_file is not None:
        assert anchor_file_for(fresh_db.url, fresh_db.sqlite_file).stat().st_mode & 0o077 == 0


def test_verify_accepts_a_register_filled_through_every_service(
    fresh_db: Database, user: CurrentUser
) -> None:
    fill_demo(fresh_db, user=user, years=1, per_year=20, today=TODAY)
    report = verify_database(fresh_db)
    assert report.ok, report.problems
    assert report.rows > 100


def test_verify_finds_an_edited_event(database_url: str, register, raw: Engine, capsys) -> None:
    with raw.begin() as connection:
        connection.execute(
            text("UPDATE audit_event SET actor_login = 'iemand-anders' WHERE seq = 3")
        )
    code, output = _verify(database_url, capsys)
    assert code == 1
    assert "Audittrail: gebeurtenis 3 is gewijzigd." in output


def test_verify_finds_a_deleted_event_in_the_middle(
    database_url: str, register, raw: Engine, capsys
) -> None:
    with raw.begin() as connection:
        connection.execute(text("DELETE FROM audit_event WHERE seq = 4"))
    code, output = _verify(database_url, capsys)
    assert code == 1
    assert "Audittrail: gebeurtenis 4 ontbreekt." in output


def test_verify_finds_a_row_changed_behind_the_programs_back_without_showing_values(
    database_url: str, register: list[int], raw: Engine, capsys
) -> None:
    with raw.begin() as connection:
        complainant_id = connection.execute(
            text("SELECT complainant_id FROM complaint WHERE id = :id"), {"id": register[1]}
        ).scalar_one()
        connection.execute(
            text("UPDATE complainant SET name = :name WHERE id = :id"),
            {"name": SECRET_NAME, "id": complainant_id},
        )
    code, output = _verify(database_url, capsys)
    assert code == 1
    assert f"Rij complainant {complainant_id} wijkt af van de audittrail (velden: name)" in output
    assert SECRET_NAME not in output
    assert "Proefklager" not in output


def test_verify_finds_rows_added_or_removed_behind_the_programs_back(
    database_url: str, register: list[int], raw: Engine, capsys
) -> None:
    with raw.begin() as connection:
        connection.execute(
            text("INSERT INTO related_dossier (complaint_id, dossier_number) VALUES (:c, 'X-1')"),
            {"c": register[0]},
        )
        added = connection.execute(
            text("SELECT id FROM related_dossier WHERE dossier_number = 'X-1'")
        ).scalar_one()
        removed = connection.execute(
            text("SELECT min(id) FROM attachment WHERE complaint_id = :c"), {"c": register[2]}
        ).scalar_one()
        connection.execute(text("DELETE FROM attachment WHERE id = :id"), {"id": removed})
    code, output = _verify(database_url, capsys)
    assert code == 1
    assert f"Rij related_dossier {added} staat niet in de audittrail" in output
    assert f"Rij attachment {removed} ontbreekt, maar de audittrail heeft geen verwijdering" in (
        output
    )


def test_verify_finds_a_trail_cut_off_at_the_end_with_the_head_moved_back(
    database_url: str, register, raw: Engine, capsys
) -> None:
    assert _verify(database_url, capsys)[0] == 0  # the anchor now holds the head
    last = _last_seq(raw)
    keep = last - 3
    with raw.begin() as connection:
        kept_hash = connection.execute(
            text("SELECT hash FROM audit_event WHERE seq = :s"), {"s": keep}
        ).scalar_one()
        connection.execute(text("DELETE FROM audit_event WHERE seq > :s"), {"s": keep})
        connection.execute(
            text("UPDATE audit_chain_head SET seq = :s, last_hash = :h"),
            {"s": keep, "h": kept_hash},
        )
    code, output = _verify(database_url, capsys)
    assert code == 1
    assert f"de gebeurtenissen na nummer {keep} ontbreken" in output
    assert f"tot nummer {last} liep (afgekapt)" in output


def _rehash_everything(engine: Engine) -> None:
    """What a forger with write access does: rewrite an event, then recompute every hash
    (``event_hash`` is public knowledge) and move the head to match."""
    table = AuditEvent.__table__
    with engine.begin() as connection:
        connection.execute(
            update(table).where(table.c.seq == 2).values(actor_login="iemand-anders")
        )
        rows = [dict(r._mapping) for r in connection.execute(select(table).order_by(table.c.seq))]
        previous = GENESIS_HASH
        for row in rows:
            row["prev_hash"] = previous
            new_hash = event_hash(hashed_fields(row))
            connection.execute(
                update(table)
                .where(table.c.seq == row["seq"])
                .values(prev_hash=previous, hash=new_hash)
            )
            previous = new_hash
        connection.execute(
            update(AuditChainHead.__table__).values(seq=rows[-1]["seq"], last_hash=previous)
        )


def test_verify_finds_a_fully_rehashed_trail_through_the_anchor(
    fresh_db: Database, database_url: str, register, raw: Engine, capsys
) -> None:
    assert _verify(database_url, capsys)[0] == 0
    anchor = read_anchor(anchor_file_for(fresh_db.url, fresh_db.sqlite_file))
    assert anchor is not None
    _rehash_everything(raw)
    code, output = _verify(database_url, capsys)
    assert code == 1
    assert f"Audittrail: gebeurtenis {anchor.seq} heeft een andere hash" in output
    assert "herschreven" in output
    assert "is gewijzigd" not in output  # the chain itself is consistent again


def test_the_quick_check_at_start_warns_but_the_program_still_opens(
    fresh_db: Database, database_url: str, register, raw: Engine, capsys
) -> None:
    first = quick_check(fresh_db)
    assert first.ok
    _rehash_everything(raw)
    report = quick_check(fresh_db)
    assert not report.ok
    assert any("herschreven" in problem for problem in report.problems)
    # Any command opens the register, warns on stderr, and goes on with its own work.
    assert cli.main(["--db", database_url, "report"]) == 2
    err = capsys.readouterr().err
    assert "Waarschuwing: de snelle controle van de audittrail" in err
    assert "Traceback" not in err


def test_the_quick_check_rehashes_only_the_events_after_the_anchor(
    fresh_db: Database, database_url: str, register, raw: Engine, user: CurrentUser
) -> None:
    assert quick_check(fresh_db).ok
    IntakeService(fresh_db, user).register(
        IntakeData(
            description="de afspraak van vorige week is niet doorgegaan.",
            received_on=TODAY,
            complainant=ComplainantData(name="Proefklager 9", email="p9@example.com"),
        ),
        today=TODAY,
    )
    last = _last_seq(raw)
    with raw.begin() as connection:  # an event after the anchor, edited
        connection.execute(
            text("UPDATE audit_event SET actor_login = 'iemand-anders' WHERE seq = :s"),
            {"s": last},
        )
    report = quick_check(fresh_db)
    assert f"Audittrail: gebeurtenis {last} is gewijzigd." in report.problems


def test_an_unreadable_anchor_is_reported_not_overwritten(
    fresh_db: Database, database_url: str, register, capsys
) -> None:
    path = anchor_file_for(fresh_db.url, fresh_db.sqlite_file)
    path.write_text("{niet: json", encoding="utf-8")
    code, output = _verify(database_url, capsys)
    assert code == 1
    assert "onleesbaar" in output
    assert path.read_text(encoding="utf-8") == "{niet: json"


def test_verify_reports_a_damaged_file_with_exit_1(tmp_path: Path, capsys) -> None:
    path = tmp_path / "kapot.db"
    path.write_bytes(b"SQLite format 3\x00" + b"\x13" * 5000)
    code, output = _verify(f"sqlite:///{path}", capsys)
    assert code == 1
    assert "beschadigd" in output
    assert "Traceback" not in output


@pytest.mark.gui
def test_the_beheer_button_runs_the_check_off_the_gui_thread_and_shows_the_report(
    qtbot, fresh_db: Database, register, raw: Engine, user: CurrentUser
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.ui.admin.page import AdminPage

    page = AdminPage(fresh_db, user)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    panel = page.database_check
    assert panel is not None

    def shown_box() -> QMessageBox:
        boxes = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        ]
        assert len(boxes) == 1
        return boxes[0]

    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.job is None, timeout=30_000)
    box = shown_box()
    assert box.icon() == QMessageBox.Icon.Information
    assert "De database is in orde" in box.text()
    box.accept()

    with raw.begin() as connection:
        connection.execute(text("DELETE FROM audit_event WHERE seq = 2"))
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.job is None, timeout=30_000)
    box = shown_box()
    assert box.icon() == QMessageBox.Icon.Warning
    assert "Audittrail: gebeurtenis 2 ontbreekt." in box.text()
    assert "problemen gevonden" in panel.status.text()
    box.accept()


def test_the_full_check_needs_the_backup_permission(fresh_db: Database, user: CurrentUser) -> None:
    from app.services.errors import PermissionDenied
    from app.services.verify import VerifyService

    staff = CurrentUser(login="staf", employee_id=None, name="Staf", roles=frozenset())
    with pytest.raises(PermissionDenied):
        VerifyService(fresh_db, staff).verify()
    assert VerifyService(fresh_db, user).verify().ok
