"""Register → Importeren: the import wizard, driven through the real widgets (offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QPoint, Qt, QThreadPool
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from app.db import Database
from app.models import Complainant
from app.services.permissions import CurrentUser
from app.services.register import RegisterService
from app.ui import ops
from app.ui.io.import_wizard import ImportWizard

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
HEADER = [
    "Nummer",
    "Datum",  # read as Datum ontvangst
    "Naam klager",  # read as Klager
    "E-mail",
    "Medewerker",
    "Afdeling",
    "Klacht",  # read as Omschrijving
    "Opmerking intern",  # not one of ours
]


@pytest.fixture(autouse=True)
def _jobs_finish_before_the_database_goes(db: Database) -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(20_000)


def _messy_workbook(path: Path, header: list[str] = HEADER) -> Path:
    """Mixed date formats, a blank row, an impossible date, accents, an unknown column."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(header)
    sheet.append(
        [
            "IK-2024-0007",
            datetime(2024, 2, 3),
            "Çelik-Łukasiewicz, Øystein",
            "oystein@example.com",
            "Proef Sigma",
            "Team Proef",
            "Niet teruggebeld.",
            "x",
        ]
    )
    sheet.append([None] * len(header))
    sheet.append([None, "3-2-24", "Zoë Proefmans", "zoe@example.com", None, None, "Brief kwijt."])
    sheet.append([None, "31-02-2024", "Proef Upsilon", "upsilon@example", None, None, "Te laat."])
    sheet.append([None, "2024-03-05", "Proef Tau", None, None, None, "Website onduidelijk."])
    workbook.save(path)
    return path


def _clean_workbook(path: Path, rows: int) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Datum ontvangst", "Klager", "Omschrijving"])
    first = date(2024, 1, 2)
    for number in range(rows):
        sheet.append([first + timedelta(days=number % 300), f"Proef {number}", f"Klacht {number}."])
    workbook.save(path)
    return path


def _wizard(qtbot, db: Database, user: CurrentUser, calls: list[int]) -> ImportWizard:
    wizard = ImportWizard.open_new(db, user, None, lambda: calls.append(1))
    qtbot.addWidget(wizard)
    qtbot.waitExposed(wizard)
    return wizard


def _read(qtbot, wizard: ImportWizard, path: Path) -> None:
    wizard.load_file(str(path))
    qtbot.waitUntil(lambda: wizard.job is None, timeout=20_000)


def _to_check(qtbot, wizard: ImportWizard, path: Path) -> None:
    _read(qtbot, wizard, path)
    qtbot.mouseClick(wizard.next_button, LEFT)
    assert wizard.current_step() == ImportWizard.MAPPING
    qtbot.mouseClick(wizard.next_button, LEFT)
    assert wizard.current_step() == ImportWizard.CHECK
    qtbot.waitUntil(lambda: wizard.preview is not None, timeout=20_000)


def _problems(wizard: ImportWizard) -> list[tuple[str, str]]:
    model = wizard.check_page.problem_model
    return [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]


def test_the_check_lists_each_problem_and_finishing_without_a_choice_writes_nothing(
    qtbot, db, admin, tmp_path, monkeypatch
):
    path = _messy_workbook(tmp_path / "oud register.xlsx")
    calls: list[int] = []
    wizard = _wizard(qtbot, db, admin, calls)
    assert not wizard.next_button.isEnabled()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    qtbot.mouseClick(wizard.file_page.browse_button, LEFT)
    qtbot.waitUntil(lambda: wizard.sheet is not None, timeout=20_000)
    assert wizard.file_page.rows_label.text() == "4 rijen (1 lege rij wordt overgeslagen)"
    assert wizard.file_page.encoding_label.isHidden()  # only said for CSV

    qtbot.mouseClick(wizard.next_button, LEFT)
    mapping = wizard.mapping_page
    assert mapping.model.mapping() == {
        "Nummer": "Nummer",
        "Datum": "Datum ontvangst",
        "Naam klager": "Klager",
        "E-mail": "E-mail",
        "Medewerker": "Medewerker",
        "Afdeling": "Afdeling",
        "Klacht": "Omschrijving",
    }
    assert mapping.combo_for("Opmerking intern").currentText() == "(niet inlezen)"
    assert mapping.unknown_label.text() == "Worden niet ingelezen: Opmerking intern."
    assert mapping.missing_label.isHidden()

    qtbot.mouseClick(wizard.next_button, LEFT)
    qtbot.waitUntil(lambda: wizard.preview is not None, timeout=20_000)
    page = wizard.check_page
    assert _problems(wizard) == [("5", "Datum ontvangst"), ("5", "E-mail")]
    assert "'31-02-2024' is geen bestaande datum" in page.problem_model.index(0, 2).data()
    assert [page.count_labels[k].text() for k in ("new", "update", "skip", "refused")] == [
        "3",
        "0",
        "0",
        "1",
    ]
    plans = page.plan_model
    assert [plans.index(r, 0).data() for r in range(plans.rowCount())] == ["2", "4", "5", "6"]
    assert plans.index(2, 1).data() == "fout: niet inlezen"
    assert "Opmerking intern" in page.unknown_label.text()

    assert page.nothing_radio.isChecked()  # with problems, nothing unless chosen
    assert not wizard.import_button.isEnabled()
    assert "goede rijen" in page.hint_label.text()
    wizard.start_import()  # even when asked directly
    assert wizard.current_step() == ImportWizard.CHECK

    qtbot.mouseClick(wizard.close_button, LEFT)
    assert not wizard.isVisible()
    assert RegisterService(db, admin).count() == 0
    assert calls == []


def test_choosing_only_the_good_rows_imports_them(qtbot, db, admin, tmp_path):
    calls: list[int] = []
    wizard = _wizard(qtbot, db, admin, calls)
    _to_check(qtbot, wizard, _messy_workbook(tmp_path / "register.xlsx"))
    page = wizard.check_page
    assert page.people_label.text() == "Medewerkers: Proef Sigma\nAfdelingen: Team Proef"

    radio = page.valid_only_radio
    qtbot.mouseClick(radio, LEFT, pos=QPoint(10, radio.height() // 2))  # on its circle
    assert page.valid_only_radio.isChecked()
    assert not wizard.import_button.isEnabled()  # the new people are not confirmed yet
    assert "aangemaakt" in page.hint_label.text()
    page.create_people_check.click()
    assert wizard.import_button.isEnabled()
    assert wizard.import_button.text() == "&Goede rijen inlezen"

    qtbot.mouseClick(wizard.import_button, LEFT)
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=20_000)
    labels = wizard.import_page.result_labels
    assert [labels[k].text() for k in ("created", "updated", "skipped", "refused")] == [
        "3",
        "0",
        "0",
        "1",
    ]
    assert RegisterService(db, admin).count() == 3
    assert calls == [1]
    assert not wizard.back_button.isEnabled()
    assert wizard.close_button.text() == "Sluiten"


def test_a_remembered_mapping_is_offered_again_for_the_same_layout(qtbot, db, admin, tmp_path):
    first = _wizard(qtbot, db, admin, [])
    _read(qtbot, first, _messy_workbook(tmp_path / "kwartaal 1.xlsx"))
    qtbot.mouseClick(first.next_button, LEFT)
    page = first.mapping_page
    assert page.remembered_label.isHidden()

    def choose(header: str, column: str) -> None:
        combo = page.combo_for(header)
        combo.setCurrentIndex(combo.findData(column))

    choose("Klacht", "")
    assert "Omschrijving" in page.missing_label.text()
    assert not page.missing_label.isHidden()
    choose("Naam klager", "Datum ontvangst")
    assert page.double_label.text() == (
        "Aan Datum ontvangst zijn meer kolommen gekoppeld; kies er één."
    )
    assert not first.next_button.isEnabled()  # two columns into one field
    choose("Naam klager", "Klager")
    choose("Klacht", "Omschrijving")
    choose("Opmerking intern", "Verbeterpunten")
    choose("E-mail", "")
    assert page.missing_label.isHidden()
    assert page.double_label.isHidden()
    assert page.unknown_label.text() == "Worden niet ingelezen: E-mail."
    qtbot.mouseClick(first.next_button, LEFT)  # moving on remembers the choice
    qtbot.waitUntil(lambda: first.preview is not None, timeout=20_000)
    first.close()

    again = _wizard(qtbot, db, admin, [])
    _read(qtbot, again, _messy_workbook(tmp_path / "kwartaal 2.xlsx"))
    qtbot.mouseClick(again.next_button, LEFT)
    offered = again.mapping_page
    assert not offered.remembered_label.isHidden()
    assert offered.model.target_of("Opmerking intern") == "Verbeterpunten"
    assert offered.combo_for("Opmerking intern").currentData() == "Verbeterpunten"
    assert offered.model.target_of("E-mail") == ""
    assert offered.combo_for("E-mail").currentText() == "(niet inlezen)"

    other_layout = _messy_workbook(tmp_path / "ander.xlsx", [*HEADER[:-1], "Notitie"])
    _read(qtbot, again, other_layout)
    assert again.current_step() == ImportWizard.MAPPING  # reading happens beside the page
    qtbot.mouseClick(again.back_button, LEFT)
    qtbot.mouseClick(again.next_button, LEFT)
    assert offered.remembered_label.isHidden()
    assert offered.model.target_of("E-mail") == "E-mail"


def test_stopping_the_import_writes_nothing(qtbot, db, admin, tmp_path, monkeypatch):
    calls: list[int] = []
    wizard = _wizard(qtbot, db, admin, calls)
    _to_check(qtbot, wizard, _clean_workbook(tmp_path / "register.xlsx", rows=120))
    assert wizard.check_page.all_good_label.text() == "Alle rijen zijn in orde."
    assert wizard.import_button.text() == "&Alles inlezen"
    assert wizard.import_button.isEnabled()

    held: list[ops.Op] = []
    real_start = ops.launch
    monkeypatch.setattr(ops, "launch", held.append)
    qtbot.mouseClick(wizard.import_button, LEFT)
    assert wizard.current_step() == ImportWizard.IMPORT
    assert not wizard.close_button.isEnabled()
    wizard.reject()  # Esc or the window's close button: the import runs on
    assert wizard.isVisible()

    # Run the job here, so its signals arrive at once: "Stoppen" is pressed at the first
    # progress report (after 100 rows were written in the open transaction).
    (job,) = held
    reports: list[int] = []

    def stop_at_first_report(done: int, _total: int) -> None:
        reports.append(done)
        qtbot.mouseClick(wizard.import_page.stop_button, LEFT)

    job.signals.progress.connect(stop_at_first_report)
    job.run()
    assert reports == [100]
    assert "Er is niets gewijzigd" in wizard.import_page.status_label.text()
    assert RegisterService(db, admin).count() == 0
    assert calls == []

    monkeypatch.setattr(ops, "launch", real_start)
    qtbot.mouseClick(wizard.back_button, LEFT)  # checks again, then the import can run
    qtbot.waitUntil(lambda: wizard.preview is not None, timeout=20_000)
    qtbot.mouseClick(wizard.import_button, LEFT)
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=30_000)
    assert RegisterService(db, admin).count() == 120
    assert calls == [1]


def test_what_was_read_is_shown_and_an_unreadable_file_calmly_refused(qtbot, db, admin, tmp_path):
    wizard = _wizard(qtbot, db, admin, [])
    broken = tmp_path / "kapot.xlsx"
    broken.write_bytes(b"dit is geen werkmap")
    _read(qtbot, wizard, broken)
    assert wizard.file_page.error_label.text() == "Dit Excel-bestand kan niet worden gelezen."
    assert not wizard.file_page.error_label.isHidden()
    assert not wizard.next_button.isEnabled()

    _read(qtbot, wizard, tmp_path / "verdwenen.csv")
    assert "kan niet worden geopend" in wizard.file_page.error_label.text()

    csv = tmp_path / "register.csv"
    csv.write_bytes(
        "Datum ontvangst;Klager;Omschrijving\n12-01-2025;Zoë Proefmans;Te laat € 0\n".encode(
            "cp1252"
        )
    )
    _read(qtbot, wizard, csv)
    page = wizard.file_page
    assert page.error_label.isHidden()
    assert page.rows_label.text() == "1 rij"
    assert page.encoding_label.text() == "Windows-1252"
    assert page.delimiter_label.text() == "puntkomma (;)"
    assert wizard.next_button.isEnabled()


def test_an_uncertain_klager_is_marked_onzeker_and_its_edited_proposal_is_used(
    qtbot, db, admin, tmp_path
):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Datum ontvangst", "Klager", "E-mail", "Omschrijving"])
    sheet.append([date(2024, 1, 2), "J. de Wit", "wit@example.com", "Te laat."])
    sheet.append([date(2024, 1, 3), "Nguyen Van An", "an@example.com", "Niet gebeld."])
    path = tmp_path / "register.xlsx"
    workbook.save(path)
    calls: list[int] = []
    wizard = _wizard(qtbot, db, admin, calls)
    _to_check(qtbot, wizard, path)
    page = wizard.check_page
    assert page.tabs.isTabEnabled(page.name_tab)
    assert page.tabs.tabText(page.name_tab) == "Namen: 1 onzeker"
    model = page.name_model
    assert model.rowCount() == 1
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row == ["3", "Nguyen Van An", "onzeker", None, "", "Nguyen", "", "Van An"]
    assert model.choices() == {}  # nothing is used until the user says so
    # The user corrects the proposal: "Van" is a tussenvoegsel after all.
    model.setData(model.index(0, 6), "van")
    model.setData(model.index(0, 7), "An")
    assert model.index(0, 3).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    qtbot.mouseClick(wizard.import_button, LEFT)
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=30_000)
    with db.session_scope() as session:
        people = {
            p.email: (p.initials, p.first_name, p.infix, p.surname)
            for p in session.scalars(select(Complainant))
        }
    assert people == {
        "wit@example.com": ("J.", None, "de", "Wit"),
        "an@example.com": (None, "Nguyen", "van", "An"),
    }
