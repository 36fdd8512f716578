"""Issue 16's acceptance: one data set seeded with known personal data, in the fields and in
the free text (names in the description, phone numbers in several notations, an e-mail
address, a street, job titles). The anonymised export, the staff screen and the Woo export
hold none of it: checked on the raw bytes of each file (and of each part inside the .xlsx) and
on the text read back (openpyxl, pypdf, the screen's own cells)."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from reportlab.pdfgen import canvas

from app.db import Actor, Database
from app.models import Complaint
from app.models.enums import Judgment, Role, Route, Status
from app.services.anonymised import AnonymisedRegisterService
from app.services.complainants import ComplainantData
from app.services.intake import ConcernedEmployee, IntakeData, IntakeService, NewAttachment
from app.services.organisation import EmployeeInput, OrganisationService
from app.services.permissions import CurrentUser
from app.services.woo import WooService
from app.ui.anonymised.page import AnonymisedRegisterPage
from tests.test_anonymised_register import staff as staff

pytestmark = pytest.mark.usefixtures("deidentify_model")

RECEIVED = date(2025, 2, 11)
CLOSED = date(2025, 3, 20)
FIRST, SURNAME = "Ottoline", "Braakzwaluw"
STREET, HOUSE, POSTCODE, TOWN = "Lindengracht", "214", "8011 XT", "Zwolle"
EMAIL = "o.braakzwaluw@voorbeeld.nl"
PHONES = ("06-41 22 87 90", "+31 6 4122 8791", "038-4219876", "(038) 421 98 77")
CONCERNED = "Kees Vlietstra"
TITLE = "teamleider"
DESCRIPTION = (
    f"Ik, {FIRST} {SURNAME} van de {STREET} {HOUSE} in {TOWN}, ben op 3 februari 2025 aan "
    f"de balie afgescheept door {CONCERNED}. Mevrouw {SURNAME} (dat ben ik) heeft daarna "
    f"gebeld met {PHONES[0]}, {PHONES[1]}, {PHONES[2]} en {PHONES[3]}. De {TITLE} van "
    f"meneer Vlietstra reageerde niet op mijn mail aan {EMAIL}. Mijn vergunning bleef liggen."
)
# Every piece of personal data the outputs must not hold, as the data set spells it.
SEEDED = (
    FIRST,
    SURNAME,
    STREET,
    POSTCODE,
    EMAIL,
    "Vlietstra",
    TITLE,
    "3 februari 2025",
    *PHONES,
    "41 22 87 90",
    "4122 8791",
    "4219876",
    "421 98 77",
)


# A Woo decision redacts no dates (its inventory lists each document's date); the
# anonymised register leaves a day that pins down an event out.
SEEDED_WOO = tuple(item for item in SEEDED if item != "3 februari 2025")


def _seeded_in(text: str, seeded: tuple[str, ...] = SEEDED) -> list[str]:
    flat = " ".join(text.split()).casefold()
    return [item for item in seeded if item.casefold() in flat]


def _seeded_in_bytes(raw: bytes, seeded: tuple[str, ...] = SEEDED) -> list[str]:
    return [item for item in seeded if item.encode() in raw]


def _attachment() -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawString(72, 760, f"Van: {FIRST} {SURNAME}, {STREET} {HOUSE}, {POSTCODE} {TOWN}")
    pdf.drawString(72, 740, f"Telefoon {PHONES[0]} of {PHONES[2]}, e-mail {EMAIL}")
    pdf.drawString(72, 720, "De vergunning voor de dakkapel ligt al maanden stil.")
    pdf.save()
    return buffer.getvalue()


@pytest.fixture
def seeded(db: Database, admin: CurrentUser) -> tuple[int, str]:
    organisation = OrganisationService(db, admin)
    concerned = organisation.create_employee(
        EmployeeInput(name=CONCERNED, login="kvliet", roles=frozenset({Role.STAFF}))
    )
    data = IntakeData(
        description=DESCRIPTION,
        complainant=ComplainantData(
            first_name=FIRST,
            surname=SURNAME,
            street=f"{STREET} {HOUSE}",
            postcode=POSTCODE,
            city=TOWN,
            email=EMAIL,
            phone_day=PHONES[0],
        ),
        received_on=RECEIVED,
        employees_concerned=(ConcernedEmployee(concerned.id),),
        attachments=(NewAttachment("brief.pdf", _attachment(), "application/pdf"),),
    )
    result = IntakeService(db, admin).register(data, today=RECEIVED)
    # Closing through the whole workflow is tested elsewhere; here only the outcome matters.
    with db.session_scope(Actor(login="test")) as session:
        complaint = session.get(Complaint, result.complaint_id)
        complaint.status = Status.CLOSED
        complaint.route = Route.FORMAL
        complaint.judgment = Judgment.UPHELD
        complaint.closed_on = CLOSED
    # The coordinator approves the program's own suggestion unchanged: the scrubbing is
    # what is being tested.
    coordinator = AnonymisedRegisterService(db, admin)
    suggestion = coordinator.suggest(result.complaint_id)
    assert _seeded_in(suggestion.summary) == []
    assert "vergunning" in suggestion.summary  # the story itself stays readable
    coordinator.approve(
        result.complaint_id,
        suggestion.summary,
        "Afspraken over terugbellen aangescherpt.",
        suggestion.version,
    )
    return result.complaint_id, result.number


def test_the_anonymised_export_holds_none_of_the_seeded_personal_data(
    db: Database, staff: CurrentUser, seeded: tuple[int, str], tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    service = AnonymisedRegisterService(db, staff)
    xlsx, csv = tmp_path / "openbaar.xlsx", tmp_path / "openbaar.csv"
    assert service.export(xlsx) == 1
    assert service.export(csv) == 1

    raw_csv = csv.read_bytes()
    assert b"vergunning" in raw_csv
    assert _seeded_in_bytes(raw_csv) == []
    assert _seeded_in(raw_csv.decode("utf-8-sig")) == []
    with zipfile.ZipFile(xlsx) as archive:  # every part of the workbook, uncompressed
        for name in archive.namelist():
            assert _seeded_in_bytes(archive.read(name)) == [], name
    workbook = load_workbook(xlsx, read_only=True)
    try:
        cells = [str(v) for row in workbook.active.iter_rows(values_only=True) for v in row]
    finally:
        workbook.close()
    assert any("vergunning" in cell for cell in cells)
    assert _seeded_in(" ".join(cells)) == []


def test_the_staff_screen_shows_the_row_and_none_of_the_seeded_personal_data(
    qtbot, db: Database, staff: CurrentUser, seeded: tuple[int, str]
) -> None:
    page = AnonymisedRegisterPage(db, staff)
    qtbot.addWidget(page)
    page.resize(1146, 700)
    page.show()
    tab = page.register_tab
    assert tab is not None
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=20_000)
    tab.table.selectRow(0)
    model = tab.model
    shown = [
        str(model.data(model.index(row, column), role) or "")
        for row in range(model.rowCount())
        for column in range(model.columnCount())
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    ]
    shown.append(tab.detail.toPlainText())
    text = "\n".join(shown)
    assert "vergunning" in text
    assert _seeded_in(text) == []
    # The service behind the screen gives staff nothing more either.
    assert _seeded_in(repr(AnonymisedRegisterService(db, staff).page())) == []


def test_the_woo_export_holds_none_of_the_seeded_personal_data(
    db: Database, admin: CurrentUser, seeded: tuple[int, str], tmp_path: Path
) -> None:
    _complaint_id, number = seeded
    service = WooService(db, admin)
    documents = service.prepare([number])
    export = service.export(documents, tmp_path)

    pdfs = [path for path in export.files if path.suffix == ".pdf"]
    assert len(pdfs) >= 3  # the dossier, the attachment and the inventory
    dossier_text = ""
    for path in pdfs:
        raw = path.read_bytes()
        assert _seeded_in_bytes(raw, SEEDED_WOO) == [], path.name
        reader = PdfReader(path)
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
        text += "\n" + repr(reader.metadata)
        assert _seeded_in(text, SEEDED_WOO) == [], path.name
        if "vergunning bleef liggen" in " ".join(text.split()):
            dossier_text = text
    assert "5.1.2e" in dossier_text  # the boxes carry their ground
    with zipfile.ZipFile(tmp_path / "inventaris.xlsx") as archive:
        for name in archive.namelist():
            assert _seeded_in_bytes(archive.read(name), SEEDED_WOO) == [], name
