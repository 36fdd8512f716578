"""``interne-klachten --self-test``: proves that a built program (or the source tree) works.

It makes a temporary database in a temporary folder, migrates it with the bundled Alembic
scripts, registers a complaint through the services, renders two PDFs (the blank annex-3
form and the complaint's dossier) and reads them back with pypdf, and starts Qt with the
program's own translation. One Dutch "OK" line per step; on failure the step is named and
the exit code is 1. Nothing outside the temporary folder is touched, and the invented test
data never reaches a log."""

from __future__ import annotations

import io
import logging
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

ORGANISATION = "Zelftest Organisatie"
EXIT_FAILED = 1


class _Run:
    """The shared state of the steps: each step reads what the earlier ones left."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.db: Any = None
        self.user: Any = None
        self.number = ""


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _open_database(run: _Run) -> str:
    from app.db import Database

    run.db = Database(f"sqlite:///{run.folder / 'zelftest.db'}")
    return "tijdelijke database aangemaakt"


def _migrate(run: _Run) -> str:
    from app.migrate import head_revision, stored_revision, upgrade_database

    upgrade_database(run.db, backup_folder=run.folder)
    head = head_revision()
    stored = stored_revision(run.db)
    if head is None or stored != head:
        raise RuntimeError(f"schema at {stored}, expected {head}")
    return f"database bijgewerkt tot schemaversie {head}"


def _register(run: _Run) -> str:
    from app.models.enums import Role
    from app.services.complainants import ComplainantData
    from app.services.identity import set_up_first_use
    from app.services.intake import ConcernedEmployee, IntakeData, IntakeService
    from app.services.organisation import EmployeeInput, OrganisationService

    run.user = set_up_first_use(
        run.db, organisation_name=ORGANISATION, user_name="Zelftest Beheerder", login="zelftest"
    )
    concerned = OrganisationService(run.db, run.user).create_employee(
        EmployeeInput(
            name="Zelftest Medewerker", login="zelftest-2", roles=frozenset({Role.HANDLER})
        )
    )
    data = IntakeData(
        description="Zelftest: de medewerker reageerde niet op een brief.",
        complainant=ComplainantData(name="Zelftest Klager", email="klager@example.com"),
        received_on=date.today(),
        employees_concerned=(ConcernedEmployee(concerned.id),),
    )
    run.number = IntakeService(run.db, run.user).register(data).number
    return f"klacht {run.number} geregistreerd"


def _blank_form(run: _Run) -> str:
    from app.reports.annex3_blank import build_blank_annex3_pdf

    text = _pdf_text(build_blank_annex3_pdf(ORGANISATION))
    if ORGANISATION not in text:
        raise RuntimeError("organisation name not found in the blank form")
    return "leeg klachtformulier (PDF) gemaakt en teruggelezen"


def _dossier(run: _Run) -> str:
    from app.services.report_files import ReportFileService, ReportKind, ReportRequest

    target = run.folder / "dossier.pdf"
    request = ReportRequest(kind=ReportKind.DOSSIER, target=target, number=run.number)
    paths = ReportFileService(run.db, run.user).make(request)
    text = _pdf_text(Path(paths[0]).read_bytes())
    if run.number not in text:
        raise RuntimeError("complaint number not found in the dossier")
    return f"dossier {run.number} (PDF) gemaakt en teruggelezen"


def _anonymiser(run: _Run) -> str:
    # Building the model takes a minute and a half the first time, too long for a check;
    # what a build can get wrong is the package and the lookup lists it reads from disk.
    from app.services.deidentify_model import _import_deduce

    package = Path(_import_deduce().__file__).parent
    if not (package / "base_config.json").is_file():
        raise RuntimeError("deduce configuration missing")
    lists = [path for path in (package / "data").rglob("*") if path.is_file()]
    if not lists:
        raise RuntimeError("deduce lookup lists missing")
    return f"anonimiseerder (deduce) aanwezig met {len(lists)} opzoekbestanden"


def _qt(run: _Run) -> str:
    # The self-test shows no window, so it also runs where there is no screen (CI).
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
    from PySide6.QtWidgets import QApplication, QLabel

    from app.paths import resource_path
    from app.ui.startup import TRANSLATION_PREFIX

    application = QApplication.instance() or QApplication([sys.argv[0]])
    translator = QTranslator(application)
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    if not translator.load(english, TRANSLATION_PREFIX, "_", str(resource_path("translations"))):
        raise RuntimeError("English translation (.qm) not found")
    if translator.isEmpty():
        raise RuntimeError("English translation (.qm) is empty")
    label = QLabel("Zelftest")
    label.grab()
    label.deleteLater()
    QCoreApplication.processEvents()
    return "Qt gestart en Engelse vertaling geladen"


STEPS: tuple[tuple[str, Callable[[_Run], str]], ...] = (
    ("tijdelijke database", _open_database),
    ("database bijwerken (migraties)", _migrate),
    ("klacht registreren", _register),
    ("leeg klachtformulier (PDF)", _blank_form),
    ("dossier (PDF)", _dossier),
    ("anonimiseerder (deduce)", _anonymiser),
    ("Qt en vertaling", _qt),
)


def run_self_test(out: Callable[[str], None] = print) -> int:
    """Run every step in order; 0 when all passed, 1 at the first failing step."""
    with tempfile.TemporaryDirectory(prefix="interne-klachten-zelftest-") as folder:
        run = _Run(Path(folder))
        try:
            for name, step in STEPS:
                try:
                    result = step(run)
                except Exception as error:
                    # The class and text of the error are the test's own data only.
                    out(f"FOUT bij stap '{name}': {type(error).__name__}: {error}")
                    return EXIT_FAILED
                out(f"OK  {result}")
        finally:
            if run.db is not None:
                run.db.dispose()
    out("Zelftest geslaagd.")
    return 0
