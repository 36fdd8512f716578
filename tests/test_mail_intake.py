"""Reading a complaint that arrived by e-mail (.eml and Outlook .msg); invented people only."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

from app.services.errors import ValidationError
from app.services.mail_intake import FIELD, is_mail_file, read_mail, read_mail_file
from tests.ole_builder import build_compound_file, build_msg

LIMIT = 10 * 1024 * 1024
PDF = b"%PDF-1.4\n% invented letter\n"


def make_eml(*, html_only: bool = False) -> bytes:
    message = EmailMessage()
    message["From"] = "Zoë van der Berg <zoe.vanderberg@voorbeeld.nl>"
    message["To"] = "klachten@organisatie.example"
    message["Subject"] = "Klacht over de behandeling aan de balie"
    sent = datetime(2026, 3, 5, 9, 30, tzinfo=timezone(timedelta(hours=1)))
    message["Date"] = format_datetime(sent)
    if html_only:
        message.set_content(
            "<html><head><style>p{}</style></head><body><p>Ik klaag erover dat</p>"
            "<p>niemand terugbelde.</p></body></html>",
            subtype="html",
        )
    else:
        message.set_content("Ik klaag erover dat niemand terugbelde.\nMet vriendelijke groet")
    message.add_attachment(PDF, maintype="application", subtype="pdf", filename="brief.pdf")
    message.add_attachment(b"\x89PNG invented", maintype="image", subtype="png", filename="f.png")
    return message.as_bytes()


def make_msg(**changes) -> bytes:
    values = {
        "subject": "Klacht over de behandeling aan de balie",
        "body": "Ik klaag erover dat niemand terugbelde.\r\nMet vriendelijke groet",
        "sender_name": "Zoë van der Berg",
        "sender_address": "zoe.vanderberg@voorbeeld.nl",
        "delivered": datetime(2026, 3, 5, 8, 30, tzinfo=UTC),
        "attachments": (("brief.pdf", PDF), ("scan van de envelop.jpg", b"\xff\xd8" * 3000)),
    }
    values.update(changes)
    return build_msg(**values)


def test_an_eml_gives_sender_date_subject_body_and_attachments() -> None:
    message = read_mail("klacht.eml", make_eml(), LIMIT)

    assert message.sender_name == "Zoë van der Berg"
    assert message.sender_address == "zoe.vanderberg@voorbeeld.nl"
    assert message.received == datetime(2026, 3, 5, 8, 30, tzinfo=UTC)
    assert message.subject == "Klacht over de behandeling aan de balie"
    assert message.body == "Ik klaag erover dat niemand terugbelde.\nMet vriendelijke groet"
    assert message.attachments == (("brief.pdf", PDF), ("f.png", b"\x89PNG invented"))


def test_an_html_only_eml_gives_its_readable_text_as_body() -> None:
    message = read_mail("klacht.eml", make_eml(html_only=True), LIMIT)

    assert message.body == "Ik klaag erover dat\n\nniemand terugbelde."


def test_an_outlook_msg_gives_sender_date_subject_body_and_attachments() -> None:
    message = read_mail("klacht.msg", make_msg(), LIMIT)

    assert message.sender_name == "Zoë van der Berg"
    # The SMTP address, not the Exchange "/O=…" one Outlook stores beside it.
    assert message.sender_address == "zoe.vanderberg@voorbeeld.nl"
    assert message.received == datetime(2026, 3, 5, 8, 30, tzinfo=UTC)
    assert message.subject == "Klacht over de behandeling aan de balie"
    assert message.body == "Ik klaag erover dat niemand terugbelde.\nMet vriendelijke groet"
    assert message.attachments == (
        ("brief.pdf", PDF),
        ("scan van de envelop.jpg", b"\xff\xd8" * 3000),
    )


def test_an_outlook_msg_with_8_bit_strings_is_read_in_its_code_page() -> None:
    message = read_mail(
        "klacht.msg", make_msg(subject="Café-bezoek", eight_bit_subject=True), LIMIT
    )

    assert message.subject == "Café-bezoek"


def test_an_outlook_msg_in_a_central_european_code_page_keeps_its_letters() -> None:
    # In cp1250 "Ł" is byte 0xA3, which cp1252 would read as "£".
    message = read_mail(
        "klacht.msg",
        make_msg(subject="Bezoek aan Łódź", eight_bit_subject=True, code_page=1250),
        LIMIT,
    )

    assert message.subject == "Bezoek aan Łódź"


def test_a_message_file_on_disk_is_read_by_its_path(tmp_path: Path) -> None:
    path = tmp_path / "klacht.msg"
    path.write_bytes(make_msg())

    assert read_mail_file(path, LIMIT).sender_name == "Zoë van der Berg"
    assert is_mail_file("Klacht.MSG")
    assert is_mail_file("x.eml")
    assert not is_mail_file("x.pdf")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("kapot.msg", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 truncated"),
        ("kapot.msg", b"just some text, no compound file"),
        ("document.msg", build_compound_file({"WordDocument": b"\0" * 100})),
        ("leeg.eml", b""),
        ("tekst.eml", b"this is plain text\nwithout any mail headers\n"),
        ("foto.jpg", b"\xff\xd8\xff"),
    ],
)
def test_a_file_that_is_no_readable_message_is_refused_in_dutch(name: str, content: bytes) -> None:
    with pytest.raises(ValidationError) as refused:
        read_mail(name, content, LIMIT)

    assert set(refused.value.errors) == {FIELD}
    assert "geen e-mailbericht dat het programma kan lezen" in refused.value.errors[FIELD]


def test_a_message_over_the_attachment_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "groot.eml"
    path.write_bytes(make_eml())

    with pytest.raises(ValidationError) as refused:
        read_mail_file(path, 100)

    assert "de grens is 100 bytes" in refused.value.errors[FIELD]


def test_a_missing_file_is_refused_in_dutch(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as refused:
        read_mail_file(tmp_path / "weg.msg", LIMIT)

    assert refused.value.errors[FIELD] == "Het bestand 'weg.msg' kon niet worden gelezen."
