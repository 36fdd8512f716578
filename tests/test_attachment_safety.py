"""Attachments that would run when opened are recognised, names are made safe for the file
system, and one complaint cannot collect more attachments than the settings allow."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.attachment_safety import (
    MAX_NAME_BYTES,
    MAX_NAME_LENGTH,
    OpeningRisk,
    clean_file_name,
    display_name,
    opening_risk,
)
from app.db import Database
from app.services.complainants import ComplainantData
from app.services.complaints import ComplaintService
from app.services.errors import ValidationError
from app.services.intake import IntakeData, IntakeService, NewAttachment
from app.services.permissions import CurrentUser
from app.services.settings import SettingsService

MB = 1024 * 1024
SPOOFED = "brief\u202efdp.exe"  # the override reverses the rest: shown as "briefexe.pdf"


@pytest.mark.parametrize(
    "name",
    [
        "setup.exe",
        "RUN.BAT",
        "opdracht.cmd",
        "pagina.hta",
        "Snelkoppeling naar brief.lnk",
        "start.desktop",
        "script.ps1",
        "module.psm1",
        "macro.vbs",
        "code.js",
        "installer.msi",
        "tool.jar",
        "install.sh",
        "regels.reg",
        "bieb.dll",
        "brief.pdf.exe",
        "brief.exe.",
        "brief.exe   ",
        "brief.exe\u200b",
        "brief.txt:verstopt.exe",
    ],
)
def test_programs_scripts_and_shortcuts_are_never_opened_directly(name: str) -> None:
    assert opening_risk(name) == OpeningRisk.EXECUTABLE


@pytest.mark.parametrize(
    "name", [SPOOFED, "foto\u2067gpj.scr", "brief\u200e.pdf", "brief\u202a.pdf\u202c"]
)
def test_a_name_with_direction_controls_is_never_opened_directly(name: str) -> None:
    assert opening_risk(name) == OpeningRisk.HIDDEN_DIRECTION


def test_a_program_is_recognised_by_its_media_type_too() -> None:
    assert opening_risk("scan", "application/x-msdownload") == OpeningRisk.EXECUTABLE
    assert opening_risk("scan.bin2", "application/x-sh; charset=utf-8") == OpeningRisk.EXECUTABLE


@pytest.mark.parametrize(
    ("name", "media_type"),
    [
        ("brief.pdf", "application/pdf"),
        ("foto.JPG", "image/jpeg"),
        ("verslag.docx", None),
        ("gesprek.mp3", "audio/mpeg"),
        ("notitie.txt", "text/plain"),
        ("exe.pdf", None),
        ("aanvulling zonder extensie", None),
    ],
)
def test_ordinary_documents_may_be_opened(name: str, media_type: str | None) -> None:
    assert opening_risk(name, media_type) is None


def test_the_spoofed_name_is_shown_and_saved_as_what_it_is() -> None:
    assert display_name(SPOOFED) == "brieffdp.exe"
    assert clean_file_name(SPOOFED) == "brieffdp.exe"


def test_control_characters_and_reserved_characters_leave_a_name() -> None:
    assert clean_file_name("brief\x07\x1b.pdf") == "brief.pdf"
    assert clean_file_name('a:b?c*d"e<f>g|h.pdf') == "a_b_c_d_e_f_g_h.pdf"
    assert clean_file_name("..\\..\\Windows\\brief.pdf") == "brief.pdf"
    assert clean_file_name("/etc/brief.pdf") == "brief.pdf"
    assert clean_file_name("CON.txt") == "_CON.txt"
    assert clean_file_name("nul") == "_nul"
    assert clean_file_name("   ") == "bijlage"
    assert clean_file_name("\u202e.pdf") == ".pdf"


def test_a_long_name_is_shortened_and_keeps_its_extension() -> None:
    long = "Reactie op uw brief " + "x" * 230 + ".pdf"
    cleaned = clean_file_name(long)
    assert len(cleaned) <= MAX_NAME_LENGTH
    assert cleaned.startswith("Reactie op uw brief xxx")
    assert cleaned.endswith("….pdf")
    # Letters that take several bytes: the file system counts bytes.
    wide = clean_file_name("京" * 250 + ".docx")
    assert wide.endswith(".docx")
    assert len(wide.encode("utf-8")) <= MAX_NAME_BYTES


def test_a_250_character_name_can_be_written_as_a_file(tmp_path: Path) -> None:
    name = "b" * 246 + ".pdf"
    target = tmp_path / clean_file_name(name)
    target.write_bytes(b"%PDF-1.4")  # would be ENAMETOOLONG with a temporary suffix added
    assert target.read_bytes() == b"%PDF-1.4"


# ----- the total per complaint -----------------------------------------------------------


def _intake(attachments: tuple[NewAttachment, ...]) -> IntakeData:
    return IntakeData(
        description="Mijn brief is nooit beantwoord.",
        received_on=date(2026, 3, 2),
        complainant=ComplainantData(name="Proef Kappa", email="kappa@example.com"),
        attachments=attachments,
    )


def test_the_total_size_per_complaint_defaults_to_100_mb_and_is_kept_within_range(
    db: Database, admin: CurrentUser
) -> None:
    settings = SettingsService(db, admin)
    assert settings.attachments_total_max_bytes() == 100 * MB
    with pytest.raises(ValidationError) as refused:
        settings.set_attachments_total_max_bytes(0)
    assert "attachments_total_max_bytes" in refused.value.errors
    settings.set_attachments_total_max_bytes(40 * MB)
    assert settings.attachments_total_max_bytes() == 40 * MB


def test_attachments_over_the_total_per_complaint_are_refused_at_intake(
    db: Database, admin: CurrentUser
) -> None:
    SettingsService(db, admin).set_attachments_total_max_bytes(1 * MB)
    three = tuple(NewAttachment(f"scan {n}.pdf", b"x" * (400 * 1024)) for n in range(3))
    with pytest.raises(ValidationError) as refused:
        IntakeService(db, admin).register(_intake(three), today=date(2026, 3, 2))
    message = refused.value.errors["attachments"]
    assert "per klacht" in message
    assert "1,0 MB" in message
    # Within the total, the same files are accepted.
    IntakeService(db, admin).register(_intake(three[:2]), today=date(2026, 3, 2))


def test_a_follow_up_document_over_the_total_per_complaint_is_refused(
    db: Database, admin: CurrentUser
) -> None:
    SettingsService(db, admin).set_attachments_total_max_bytes(1 * MB)
    result = IntakeService(db, admin).register(
        _intake((NewAttachment("brief.pdf", b"x" * (600 * 1024)),)), today=date(2026, 3, 2)
    )
    complaints = ComplaintService(db, admin)
    with pytest.raises(ValidationError) as refused:
        complaints.add_attachment(
            result.complaint_id, NewAttachment("aanvulling.pdf", b"y" * (500 * 1024))
        )
    assert "er is al 600,0 kB" in refused.value.errors["attachments"]
    complaints.add_attachment(
        result.complaint_id, NewAttachment("aanvulling.pdf", b"y" * (300 * 1024))
    )
    assert len(complaints.detail(result.complaint_id).attachments) == 2
