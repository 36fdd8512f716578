"""Header values of the e-mail drafts (.eml) the program makes: one clean line, never an
exception.

Python's ``email`` package refuses a header value with a line break (``ValueError``), so a
complainant's name with an Alt+Enter from an old Excel cell, or a subject pasted with one,
would stop the draft — and could once stop it after the cards were already recorded as
sent. Every name, subject and file name that goes into a header passes through here.
"""

from __future__ import annotations

import re
from email.errors import HeaderParseError
from email.headerregistry import Address

from app.attachment_safety import BIDI_CONTROLS, clean_file_name

# Line breaks of every kind, tabs and other control characters.
_NOT_ON_ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
_SPACES = re.compile(r" {2,}")
# RFC 5322 allows 998 characters on a line; a subject is folded, but a name should be short.
MAX_HEADER_TEXT = 500


def header_text(value: str | None) -> str:
    """``value`` on one line: line breaks and control characters become one space,
    direction controls go."""
    if not value:
        return ""
    text = BIDI_CONTROLS.sub("", value)  # a header shows what it says, in its order
    text = _SPACES.sub(" ", _NOT_ON_ONE_LINE.sub(" ", text)).strip()
    if len(text) > MAX_HEADER_TEXT:
        text = text[: MAX_HEADER_TEXT - 1].rstrip() + "…"
    return text


def mailbox(name: str | None, email: str | None) -> Address | None:
    """A "Name <address>" for To/From/Cc, or None when the address cannot be used (the
    draft then opens without it, and the user fills it in)."""
    spec = header_text(email).replace(" ", "")
    if not spec:
        return None
    try:
        return Address(display_name=header_text(name), addr_spec=spec)
    except (ValueError, IndexError, HeaderParseError):
        # A stored address from before the checks, e.g. "jan@@voorbeeld.nl".
        return None


def attachment_file_name(name: str) -> str:
    """An attachment's name as the draft names it: one line, no direction tricks, short."""
    return clean_file_name(header_text(name))
