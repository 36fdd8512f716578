"""The filled-in annex-1 form as a PDF: every label of the paper form and every answer."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from app.models.enums import CauseKind, Role
from app.reports.annex1 import (
    FACT_LABELS,
    FOOTNOTE,
    QUESTION_LABELS,
    TITLE,
    Annex1Form,
    build_annex1_pdf,
)
from app.services.complainants import ComplainantData
from app.services.identity import load_current_user
from app.services.intake import IntakeData, IntakeService
from app.services.learning import HandlingReportService, ReportAnswers
from app.services.organisation import EmployeeInput, OrganisationService
from app.services.workflow import WorkflowService


def _text(pdf: bytes) -> tuple[str, int]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    return " ".join(text.split()), len(reader.pages)


def test_the_pdf_has_every_label_in_order_and_every_answer_even_a_long_one():
    long_answer = " ".join(f"Stap {n} van de verbetering is gezet." for n in range(1, 260))
    facts = list(
        zip(
            FACT_LABELS,
            (
                "Proef Behandelaar",
                "IK-2026-0042",
                "Şükrü Øster-Łukasz",
                "Kerkstraat 1, 1234 AB Utrecht",
                "06 12345678",
                "Ik klaag erover dat niemand terugbelde.",
                "Gegrond",
            ),
            strict=True,
        )
    )
    questions = list(
        zip(
            QUESTION_LABELS,
            (
                "Werkproces: de mailbox werd niet gelezen.",
                "Een vaste eigenaar van de mailbox.",
                "Klager dezelfde dag teruggebeld.",
                long_answer,
            ),
            strict=True,
        )
    )
    pdf = build_annex1_pdf(
        Annex1Form(facts=facts, questions=questions, organisation="Bureau Proefombudsman")
    )
    text, pages = _text(pdf)
    assert pages >= 2  # the long answer continues on the next page
    assert TITLE in text
    assert FOOTNOTE in text
    positions = [text.index(label) for label in (*FACT_LABELS, *QUESTION_LABELS)]
    assert positions == sorted(positions)  # the paper form's order
    # The page footers sit between the parts of an answer that continues on the next page.
    body = re.sub(r"\* Wordt toegekend door secretariaat MT Pagina \d+ ?", "", text)
    for _label, answer in (*facts, *questions):
        assert answer in body


@pytest.mark.gui
def test_the_form_windows_print_button_saves_the_filled_in_form(
    qtbot, db, admin, tmp_path, monkeypatch
):
    OrganisationService(db, admin).create_employee(
        EmployeeInput(name="Proef Chi", login="chi", roles=frozenset({Role.HANDLER}))
    )
    chi = load_current_user(db, "chi")
    complaint = (
        IntakeService(db, admin)
        .register(
            IntakeData(
                description="De brief kwam twee maanden te laat.",
                received_on=date(2026, 3, 2),
                complainant=ComplainantData(
                    name="Proefklager Psi",
                    street="Laan",
                    house_number="7",
                    postcode="9999 ZZ",
                    city="Zwolle",
                    phone_day="0612345678",
                ),
            ),
            today=date(2026, 3, 2),
        )
        .complaint_id
    )
    WorkflowService(db, admin).assign(complaint, chi.employee_id)
    WorkflowService(db, admin).withdraw(complaint, reason="Opgelost.")
    HandlingReportService(db, chi).submit(
        complaint,
        ReportAnswers(
            cause_kind=CauseKind.SYSTEM,
            cause_text="De printstraat stond stil.",
            prevention="Een melding bij storingen.",
            remedial_action="Excuses aangeboden.",
            improvement_points="Storingen melden aan het secretariaat.",
        ),
        version=None,
    )
    from app.ui.learning.handling_form import HandlingFormDialog

    host = QWidget()
    qtbot.addWidget(host)
    dialog = HandlingFormDialog.open_for(db, chi, complaint, host)
    target = tmp_path / "formulier"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    text, _pages = _text(Path(f"{target}.pdf").read_bytes())
    for expected in (
        *FACT_LABELS,
        *QUESTION_LABELS,
        "Proef Chi",
        "IK-2026-0001",
        "Proefklager Psi",
        "Laan 7, 9999 ZZ Zwolle",
        "De brief kwam twee maanden te laat.",
        "Systeem: De printstraat stond stil.",
        "Een melding bij storingen.",
        "Excuses aangeboden.",
        "Storingen melden aan het secretariaat.",
        "Verzonden",
    ):
        assert expected in text
    dialog.close()
