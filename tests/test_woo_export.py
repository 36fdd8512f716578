"""The Woo export: documents as PDFs with labelled redaction boxes and no redacted text
left in the files, attachments as pictures, the self-check, and the inventory."""

from __future__ import annotations

import io
import stat
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from reportlab.pdfgen import canvas

from app.db import Database
from app.services.complainants import ComplainantData
from app.services.errors import PermissionDenied, ServiceError
from app.services.intake import ConcernedEmployee, IntakeData, IntakeService, NewAttachment
from app.services.letter_templates import LetterKind
from app.services.letters import LetterService
from app.services.organisation import EmployeeInput, OrganisationService
from app.services.permissions import CurrentUser
from app.services.woo import WooService
from app.services.woo.check import leaked
from app.services.woo.documents import Source

# The deduce model, loaded once per test run (suggestions and redactions use it).
pytestmark = pytest.mark.usefixtures("deidentify_model")

RECEIVED = date(2026, 3, 2)
INVENTORY = ("inventaris.pdf", "inventaris.xlsx")
NAME = "Wubbo Zoetelief"
EMAIL = "wubbo.zoetelief@example.org"
PHONE = "06-12345678"
OPINION = "naar mijn persoonlijke mening moet dit team worden opgeheven"
DESCRIPTION = (
    f"Ik, {NAME}, klaag erover dat niemand mij terugbelde op {PHONE}. "
    f"Mail mij op {EMAIL}. De medewerker zei: {OPINION}."
)


def _attachment_pdf() -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawString(72, 750, f"Brief van {NAME}")
    pdf.drawString(72, 730, f"Telefoon {PHONE}, e-mail {EMAIL}")
    pdf.drawString(72, 710, "De bushalte staat al maanden scheef.")
    pdf.save()
    return buffer.getvalue()


def _make_complaint(db: Database, user: CurrentUser, concerned: int) -> str:
    data = IntakeData(
        description=DESCRIPTION,
        complainant=ComplainantData(
            first_name="Wubbo", surname="Zoetelief", email=EMAIL, phone_day=PHONE
        ),
        received_on=RECEIVED,
        employees_concerned=(ConcernedEmployee(concerned),),
        attachments=(NewAttachment("brief.pdf", _attachment_pdf(), "application/pdf"),),
    )
    result = IntakeService(db, user).register(data, today=RECEIVED)
    LetterService(db, user, today=RECEIVED).save_document(
        result.complaint_id,
        LetterKind.ACKNOWLEDGEMENT,
        "pdf",
        body=f"Beste {NAME},\n\nWij bellen u terug op {PHONE}.\n\nMet vriendelijke groet",
        allow_missing=True,
    )
    return result.number


@pytest.fixture
def woo_complaint(db: Database, admin: CurrentUser, people: dict[str, int]) -> str:
    return _make_complaint(db, admin, people["concerned"])


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "woo"
    folder.mkdir()
    return folder


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_export_leaves_no_redacted_string_and_labels_the_boxes(
    db: Database, admin: CurrentUser, woo_complaint: str, out: Path
) -> None:
    service = WooService(db, admin)
    documents = service.prepare([woo_complaint])
    kinds = {d.title: d.source for d in documents}
    assert kinds["Klachtdossier"] == Source.TEXT
    assert Source.PDF in kinds.values()
    dossier = documents[0]
    dossier.add(dossier.text.index(OPINION), dossier.text.index(OPINION) + len(OPINION), "5.2")

    export = service.export(documents, out)

    assert export.documents == len(documents) == 3
    for path in export.files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        if path.suffix != ".pdf":
            continue
        text = " ".join(_text(path).split())
        raw = path.read_bytes()
        for secret in (NAME, "Zoetelief", EMAIL, PHONE, OPINION):
            assert secret.casefold() not in text.casefold(), (path.name, secret)
            assert secret.encode() not in raw, (path.name, secret)
    dossier_text = _text(out / f"{dossier.id}.pdf")
    assert "5.1.2e" in dossier_text
    assert "5.2" in dossier_text
    assert "bushalte" not in dossier_text  # the attachment is not in the dossier
    attachment = next(d for d in documents if d.source == Source.PDF)
    # Pictures only: the attachment's pages have no text layer at all.
    assert _text(out / f"{attachment.id}.pdf").strip() == ""


def test_inventory_lists_each_document_with_its_grounds(
    db: Database, admin: CurrentUser, woo_complaint: str, out: Path
) -> None:
    service = WooService(db, admin)
    documents = service.prepare([woo_complaint])
    dossier = documents[0]
    dossier.add(dossier.text.index(OPINION), dossier.text.index(OPINION) + len(OPINION), "5.2")
    service.export(documents, out)

    sheet = load_workbook(out / "inventaris.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == (
        "ID",
        "Document",
        "File type",
        "Datum",
        "Beoordeling",
        "Beoordelingsgrond",
        "Toelichting",
        "Zaaknummer",
    )
    assert [r[0] for r in rows[1:]] == [d.id for d in documents]
    by_id = {r[0]: r for r in rows[1:]}
    assert by_id[dossier.id][4] == "Deels openbaar"
    assert by_id[dossier.id][5] == "5.1.2e; 5.2"
    assert all(r[7] == woo_complaint for r in rows[1:])
    inventory = " ".join(_text(out / "inventaris.pdf").split())
    assert "Deels openbaar" in inventory
    assert NAME not in inventory


def test_a_removed_proposal_is_not_redacted(
    db: Database, admin: CurrentUser, woo_complaint: str, out: Path
) -> None:
    service = WooService(db, admin)
    documents = service.prepare([woo_complaint])
    dossier = documents[0]
    for redaction in dossier.redactions:
        if dossier.text[redaction.start : redaction.end] == EMAIL:
            redaction.enabled = False
    service.export(documents, out)
    text = " ".join(_text(out / f"{dossier.id}.pdf").split())
    assert EMAIL in text
    assert PHONE not in text


def test_self_check_finds_text_under_a_black_box(tmp_path: Path) -> None:
    path = tmp_path / "lek.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.drawString(72, 750, f"Klager {NAME} belde op dinsdag.")
    pdf.rect(110, 745, 100, 16, stroke=0, fill=1)  # the classic leak: a box over the text
    pdf.save()
    assert leaked(path, [NAME, "januari"]) == [NAME]


def test_self_check_finds_a_name_in_the_metadata(tmp_path: Path) -> None:
    path = tmp_path / "metadata.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.setAuthor(NAME)
    pdf.drawString(72, 750, "Niets bijzonders.")
    pdf.save()
    assert leaked(path, ["Zoetelief"]) == ["Zoetelief"]
    # Whole words only: a first name inside another word is no leak.
    assert leaked(path, ["bijzon"]) == []


def test_export_refuses_and_removes_its_files_when_a_pdf_leaks(
    db: Database,
    admin: CurrentUser,
    woo_complaint: str,
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.services.woo import service as woo_service

    real = woo_service._render

    def leaking(document, target, cancelled):  # type: ignore[no-untyped-def]
        if document.source != Source.PDF:
            return real(document, target, cancelled)
        pdf = canvas.Canvas(str(target))
        pdf.drawString(72, 750, f"Brief van {NAME}")
        pdf.rect(70, 745, 200, 16, stroke=0, fill=1)
        pdf.save()
        return None

    monkeypatch.setattr(woo_service, "_render", leaking)
    service = WooService(db, admin)
    documents = service.prepare([woo_complaint])
    with pytest.raises(ServiceError) as refused:
        service.export(documents, out)
    assert "gelakte tekst" in str(refused.value)
    assert NAME not in str(refused.value)
    assert list(out.iterdir()) == []


def test_an_unknown_number_is_refused_by_name(db: Database, admin: CurrentUser) -> None:
    with pytest.raises(ServiceError) as refused:
        WooService(db, admin).prepare(["IK-1999-9999"])
    assert "IK-1999-9999" in str(refused.value)


def test_only_the_coordinator_may_make_a_woo_export(
    db: Database, admin: CurrentUser, woo_complaint: str
) -> None:
    from app.models.enums import Role

    OrganisationService(db, admin).create_employee(
        EmployeeInput(
            name="Proef Secretaris", login="secretaris", roles=frozenset({Role.SECRETARIAT})
        )
    )
    secretary = CurrentUser("secretaris", None, "Proef Secretaris", frozenset({Role.SECRETARIAT}))
    with pytest.raises(PermissionDenied):
        WooService(db, secretary).prepare([woo_complaint])


def test_cli_writes_the_export_folder_and_refuses_bad_numbers(
    fresh_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from app import cli
    from app.models.enums import Role
    from app.services.identity import current_login, set_up_first_use

    monkeypatch.setattr("app.services.identity.os_login", lambda: "chi")
    user = set_up_first_use(
        fresh_db,
        organisation_name="Proef",
        user_name="Chi Coördinator",
        login=current_login(fresh_db),
    )
    concerned = OrganisationService(fresh_db, user).create_employee(
        EmployeeInput(name="Proef Betrokkene", login="betr", roles=frozenset({Role.HANDLER}))
    )
    number = _make_complaint(fresh_db, user, concerned.id)
    url = fresh_db.engine.url.render_as_string(hide_password=False)
    out = tmp_path / "uit"
    out.mkdir()

    assert cli.main(["--db", url, "woo", number.lower(), "--out", str(out)]) == 0
    assert "Woo-export klaar" in capsys.readouterr().out
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted([f"{number}-01.pdf", f"{number}-02.pdf", f"{number}-03.pdf", *INVENTORY])
    assert cli.main(["--db", url, "woo", "IK-1999-9999", "--out", str(out)]) == 1
    assert "IK-1999-9999" in capsys.readouterr().err
    assert cli.main(["--db", url, "woo", "--out", str(out)]) == 2
    assert "klachtnummers" in capsys.readouterr().err
