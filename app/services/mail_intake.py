"""Reading a complaint that arrived by e-mail: a saved .eml (internet mail) or an Outlook .msg.

Complaints reach the secretariat's group mailbox; a secretary drags the message from the mail
program onto the intake dialog. This module only reads the file: who sent it, when, the
subject, the text and the attachments. Registering stays with the intake service.

An Outlook .msg is an OLE compound file; it is read with ``olefile`` (BSD) and the MAPI
property streams, because the usual .msg library is GPL and the project is EUPL-1.2.
"""

from __future__ import annotations

import email
import email.policy
import io
import re
import struct
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path

import olefile

from app.attachment_safety import clean_file_name, extension_of
from app.reports.formats import file_size
from app.services.errors import ValidationError

MAIL_EXTENSIONS = frozenset({"eml", "msg"})
FIELD = "mail"  # the ValidationError key; the dialog shows it beside the attachments
MAX_ATTACHMENTS = 100

# MAPI property ids (the high half of a property tag); the low half is the type.
_SUBJECT = 0x0037
_CLIENT_SUBMIT_TIME = 0x0039
_BODY = 0x1000
_BODY_HTML = 0x1013
_SENDER_NAME = 0x0C1A
_SENDER_ADDRESS = 0x0C1F
_SENDER_SMTP_ADDRESS = 0x5D01
_MESSAGE_DELIVERY_TIME = 0x0E06
_MESSAGE_CODEPAGE = 0x3FFD
_ATTACH_LONG_FILENAME = 0x3707
_ATTACH_FILENAME = 0x3704
_ATTACH_DATA = 0x3701
_UNICODE = 0x001F
_STRING8 = 0x001E
_BINARY = 0x0102
_SYSTIME = 0x0040
_LONG = 0x0003
_PROPERTIES = "__properties_version1.0"
_TOP_HEADER = 32  # the message's own property stream; attachments and recipients have 8
_FILETIME_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class MailMessage:
    """What the intake needs from one e-mail; ``attachments`` are (file name, content)."""

    sender_name: str | None
    sender_address: str | None
    received: datetime | None  # timezone-aware when the message says its zone
    subject: str | None
    body: str
    attachments: tuple[tuple[str, bytes], ...] = ()
    # The message file itself, kept with the complaint as it arrived.
    file_name: str = ""
    original: bytes = field(default=b"", repr=False)


def is_mail_file(file_name: str) -> bool:
    return extension_of(file_name) in MAIL_EXTENSIONS


def read_mail_file(path: str | Path, max_bytes: int) -> MailMessage:
    """Read the message at ``path``; Dutch ValidationError when it cannot be used."""
    path = Path(path)
    try:
        size = path.stat().st_size
        _check_size(path.name, size, max_bytes)
        content = path.read_bytes()
    except OSError:
        raise ValidationError(
            {FIELD: f"Het bestand '{path.name}' kon niet worden gelezen."}
        ) from None
    return read_mail(path.name, content, max_bytes)


def read_mail(file_name: str, content: bytes, max_bytes: int) -> MailMessage:
    """Read an .eml or .msg given as bytes. The message is kept as an attachment of the
    complaint too, so it must stay within the same per-file limit as any attachment."""
    _check_size(file_name, len(content), max_bytes)
    extension = extension_of(file_name)
    try:
        if extension == "msg" or content.startswith(olefile.MAGIC):
            message = _read_msg(content)
        elif extension == "eml":
            message = _read_eml(content)
        else:
            message = None
    except (OSError, ValueError, LookupError, struct.error, TypeError, AttributeError):
        # olefile and the email package raise these on damaged files; the detail is no use
        # to the reader and may hold personal data, so it is not shown or logged.
        message = None
    if message is None:
        raise ValidationError(
            {
                FIELD: f"Het bestand '{file_name}' is geen e-mailbericht dat het programma kan "
                "lezen. Sla het bericht op als .eml of .msg en probeer het opnieuw."
            }
        )
    if len(message.attachments) > MAX_ATTACHMENTS:
        raise ValidationError(
            {FIELD: f"Het bericht heeft meer dan {MAX_ATTACHMENTS} bijlagen; voeg ze apart toe."}
        )
    return replace(message, file_name=file_name, original=content)


def _check_size(file_name: str, size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise ValidationError(
            {
                FIELD: f"Het bericht '{file_name}' is {file_size(size)}; de grens is "
                f"{file_size(max_bytes)}. Het bericht wordt als bijlage bewaard en mag niet "
                "groter zijn; vraag de beheerder de grens te verhogen."
            }
        )


def _clean(text: str | None) -> str | None:
    text = (text or "").replace("\x00", "").strip()
    return text or None


def _body_text(text: str) -> str:
    # Mail bodies end lines with CRLF; the description field wants plain newlines.
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").strip()


class _HtmlText(HTMLParser):
    """The readable text of an HTML-only message (no script or style contents)."""

    _BREAKS = frozenset({"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "table"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head"):
            self._skip += 1
        elif tag in self._BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head") and self._skip:
            self._skip -= 1
        elif tag in ("p", "div", "tr", "table"):
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    parser = _HtmlText()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# ----- .eml --------------------------------------------------------------------------------


def _read_eml(content: bytes) -> MailMessage | None:
    message = email.message_from_bytes(content, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    if not any(message.get(header) for header in ("From", "Date", "Subject", "Message-ID")):
        return None  # any bytes "parse" as mail; without these headers it is not one
    sender_name = sender_address = None
    sender = message.get("From")
    addresses = getattr(sender, "addresses", ()) if sender is not None else ()
    if addresses:
        sender_name = _clean(addresses[0].display_name)
        sender_address = _clean(addresses[0].addr_spec)
    received = None
    date_header = message.get("Date")
    if date_header is not None:
        received = getattr(date_header, "datetime", None)
    body = ""
    part = message.get_body(preferencelist=("plain", "html"))
    if part is not None:
        text = part.get_content()
        body = html_to_text(text) if part.get_content_subtype() == "html" else text
    attachments: list[tuple[str, bytes]] = []
    for number, attachment in enumerate(message.iter_attachments(), start=1):
        name = attachment.get_filename()
        if attachment.get_content_type() == "message/rfc822":
            inner = attachment.get_content()
            data = inner.as_bytes(policy=email.policy.default)
            name = name or f"{_clean(str(inner.get('Subject', ''))) or 'bericht'}.eml"
        else:
            data = attachment.get_payload(decode=True) or b""
        attachments.append((clean_file_name(name or f"bijlage-{number}"), data))
    return MailMessage(
        sender_name=sender_name,
        sender_address=sender_address,
        received=received,
        subject=_clean(str(message.get("Subject", ""))),
        body=_body_text(body),
        attachments=tuple(attachments),
    )


# ----- .msg --------------------------------------------------------------------------------


class _Storage:
    """The property streams of one storage of a .msg (the message or an attachment)."""

    def __init__(self, ole: olefile.OleFileIO, prefix: str, header: int) -> None:
        self.ole = ole
        self.prefix = prefix
        self.fixed = self._fixed(header)
        codepage = self.fixed.get(_MESSAGE_CODEPAGE)
        # The value is the code page number as a little-endian 32-bit integer.
        self.encoding = (
            f"cp{int.from_bytes(codepage[1][:4], 'little')}"
            if codepage and codepage[0] == _LONG
            else "cp1252"
        )

    def _stream(self, name: str) -> bytes | None:
        path = f"{self.prefix}{name}"
        if not self.ole.exists(path) or self.ole.get_type(path) != olefile.STGTY_STREAM:
            return None
        with self.ole.openstream(path) as stream:
            content: bytes = stream.read()
            return content

    def _fixed(self, header: int) -> dict[int, tuple[int, bytes]]:
        """Fixed-length properties (times, numbers) by id: (type, 8 value bytes)."""
        data = self._stream(_PROPERTIES) or b""
        found: dict[int, tuple[int, bytes]] = {}
        for offset in range(header, len(data) - 15, 16):
            tag, _flags = struct.unpack_from("<II", data, offset)
            found[tag >> 16] = (tag & 0xFFFF, data[offset + 8 : offset + 16])
        return found

    def text(self, property_id: int) -> str | None:
        unicode = self._stream(f"__substg1.0_{property_id:04X}{_UNICODE:04X}")
        if unicode is not None:
            return _clean(unicode.decode("utf-16-le", errors="replace"))
        eight_bit = self._stream(f"__substg1.0_{property_id:04X}{_STRING8:04X}")
        if eight_bit is not None:
            try:
                return _clean(eight_bit.decode(self.encoding, errors="replace"))
            except LookupError:
                return _clean(eight_bit.decode("cp1252", errors="replace"))
        return None

    def binary(self, property_id: int) -> bytes | None:
        return self._stream(f"__substg1.0_{property_id:04X}{_BINARY:04X}")

    def time(self, *property_ids: int) -> datetime | None:
        for property_id in property_ids:
            value = self.fixed.get(property_id)
            if value and value[0] == _SYSTIME:
                ticks = struct.unpack("<Q", value[1])[0]
                if ticks:
                    return _FILETIME_EPOCH + timedelta(microseconds=ticks // 10)
        return None


def _read_msg(content: bytes) -> MailMessage | None:
    if not olefile.isOleFile(data=content):
        return None
    with olefile.OleFileIO(io.BytesIO(content)) as ole:
        if not ole.exists(_PROPERTIES):
            return None  # an OLE file (a Word 97 document, say), but not a message
        message = _Storage(ole, "", _TOP_HEADER)
        address = message.text(_SENDER_SMTP_ADDRESS)
        if address is None:
            # Exchange puts its own "/O=…" address here for internal senders.
            fallback = message.text(_SENDER_ADDRESS)
            address = fallback if fallback and "@" in fallback else None
        body = message.text(_BODY)
        if body is None:
            html = message.binary(_BODY_HTML)
            body = html_to_text(html.decode(message.encoding, errors="replace")) if html else ""
        attachments: list[tuple[str, bytes]] = []
        storages = sorted(
            {entry[0] for entry in ole.listdir() if entry[0].startswith("__attach_version1.0_#")}
        )
        for number, storage in enumerate(storages, start=1):
            attachment = _Storage(ole, f"{storage}/", 8)
            data = attachment.binary(_ATTACH_DATA)
            if data is None:
                # An embedded Outlook item has no data stream; the original message, kept
                # as an attachment of the complaint, still holds it.
                continue
            name = attachment.text(_ATTACH_LONG_FILENAME) or attachment.text(_ATTACH_FILENAME)
            attachments.append((clean_file_name(name or f"bijlage-{number}"), data))
        return MailMessage(
            sender_name=message.text(_SENDER_NAME),
            sender_address=address,
            received=message.time(_MESSAGE_DELIVERY_TIME, _CLIENT_SUBMIT_TIME),
            subject=message.text(_SUBJECT),
            body=_body_text(body),
            attachments=tuple(attachments),
        )
