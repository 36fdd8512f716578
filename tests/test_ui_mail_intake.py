"""Dropping a received e-mail (.msg or .eml) on the intake dialog fills the form."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from app.db import Database
from app.models.enums import Channel
from app.services.complaints import ComplaintService
from app.services.permissions import CurrentUser
from tests.test_mail_intake import PDF, make_eml, make_msg
from tests.test_ui_intake import _click, _drop, _open

pytestmark = pytest.mark.gui

# Recent, so that it is never after today and stays within the form's date range.
DELIVERED = datetime.combine(date.today() - timedelta(days=3), datetime.min.time(), UTC)
DELIVERED = DELIVERED.replace(hour=12)


def test_a_dropped_outlook_message_fills_the_intake_and_is_kept_with_its_attachments(
    qtbot, db: Database, admin: CurrentUser, tmp_path: Path
) -> None:
    path = tmp_path / "Klacht balie.msg"
    path.write_bytes(make_msg(delivered=DELIVERED))
    dialog, results = _open(qtbot, db, admin)
    form = dialog.form
    form.channel_combo.setCurrentIndex(form.channel_combo.findData(Channel.PHONE))

    drop = _drop(dialog, [path])

    assert drop.isAccepted()
    assert form.channel_combo.currentData() == Channel.EMAIL
    assert form.date_edit.date().toPython() == DELIVERED.astimezone().date()
    assert (form.first_name_edit.text(), form.infix_edit.text(), form.surname_edit.text()) == (
        "Zoë",
        "van der",
        "Berg",
    )
    assert form.email_edit.text() == "zoe.vanderberg@voorbeeld.nl"
    assert form.description_edit.toPlainText() == (
        "Ik klaag erover dat niemand terugbelde.\nMet vriendelijke groet"
    )
    assert [chosen.file_name for chosen in form.attachments.chosen_files()] == [
        "Klacht balie.msg",
        "brief.pdf",
        "scan van de envelop.jpg",
    ]
    if os.environ.get("MAIL_INTAKE_SCREENSHOT"):
        # Looked at by hand: the top of the form, then the registration part.
        dialog.resize(1060, 760)
        qtbot.wait(50)  # the attachment rows are laid out
        dialog.grab().save(os.environ["MAIL_INTAKE_SCREENSHOT"])
        dialog.scroll.ensureWidgetVisible(form.attachments)
        qtbot.wait(50)
        dialog.grab().save(os.environ["MAIL_INTAKE_SCREENSHOT"].replace(".png", "_bottom.png"))

    _click(qtbot, dialog.register_button)

    assert len(results) == 1
    detail = ComplaintService(db, admin).detail(results[0].complaint_id)
    assert detail.channel == Channel.EMAIL
    assert detail.complainant.email == "zoe.vanderberg@voorbeeld.nl"
    assert detail.complainant.surname == "Berg"
    assert [(a.file_name, a.size) for a in detail.attachments] == [
        ("Klacht balie.msg", path.stat().st_size),
        ("brief.pdf", len(PDF)),
        ("scan van de envelop.jpg", 6000),
    ]


def test_an_eml_dropped_on_the_attachment_list_fills_the_form_without_overwriting_typed_text(
    qtbot, db: Database, admin: CurrentUser, tmp_path: Path
) -> None:
    path = tmp_path / "klacht.eml"
    path.write_bytes(make_eml())
    dialog, _results = _open(qtbot, db, admin)
    form = dialog.form
    qtbot.keyClicks(form.description_edit, "Al door de secretaris getypt.")

    _drop(form.attachments, [path])

    assert form.description_edit.toPlainText() == "Al door de secretaris getypt."
    assert form.surname_edit.text() == "Berg"
    assert form.channel_combo.currentData() == Channel.EMAIL
    assert [c.file_name for c in form.attachments.chosen_files()] == [
        "klacht.eml",
        "brief.pdf",
        "f.png",
    ]


def test_a_damaged_message_is_refused_beside_the_attachments_and_nothing_is_filled(
    qtbot, db: Database, admin: CurrentUser, tmp_path: Path
) -> None:
    path = tmp_path / "kapot.msg"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 truncated")
    dialog, _results = _open(qtbot, db, admin)

    _drop(dialog, [path])

    assert "geen e-mailbericht dat het programma kan lezen" in (
        dialog.form.attachments.error_label.text()
    )
    assert dialog.form.attachments.chosen_files() == []
    assert dialog.form.surname_edit.text() == ""


def test_the_mail_button_reads_a_chosen_message_for_keyboard_users(
    qtbot, db: Database, admin: CurrentUser, tmp_path: Path
) -> None:
    path = tmp_path / "klacht.msg"
    path.write_bytes(make_msg(delivered=DELIVERED))
    dialog, _results = _open(qtbot, db, admin)
    assert dialog.mail_button.text() == "&E-mail inlezen…"

    _click(qtbot, dialog.mail_button)
    assert dialog.mail_dialog is not None
    dialog.mail_dialog.filesSelected.emit([str(path)])
    dialog.mail_dialog.reject()

    assert dialog.form.surname_edit.text() == "Berg"
