"""The export checks its own work: every PDF it wrote is opened again with pypdf, and its
text, metadata (document information and XMP), annotations, embedded files and form
fields are searched for every redacted string. A black box drawn over text that is still
in the file is the classic leak; this is what catches it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from pypdf import PdfReader


def _normalised(text: str) -> str:
    return " ".join(text.casefold().split())


def _pattern(secret: str) -> re.Pattern[str] | None:
    words = _normalised(secret).split()
    if not words:
        return None
    # Whole words only ("Jan" must not match "januari"); any whitespace between them,
    # also none (text extraction may join words).
    return re.compile(r"(?<!\w)" + r"\s*".join(re.escape(w) for w in words) + r"(?!\w)")


def _strings(value: object, depth: int = 0) -> Iterator[str]:
    """Every string inside a PDF object (dictionaries, arrays, streams), a few levels deep."""
    if depth > 6:
        return
    if hasattr(value, "get_object"):
        value = value.get_object()
    if isinstance(value, bytes):
        yield value.decode("utf-8", errors="ignore")
    elif isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key in ("/Parent", "/P"):
                continue
            yield from _strings(item, depth + 1)
        get_data = getattr(value, "get_data", None)
        if get_data is not None:
            yield get_data().decode("utf-8", errors="ignore")
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item, depth + 1)


def pdf_texts(path: Path) -> Iterator[str]:
    """All the text a reader of this file can get at."""
    reader = PdfReader(path)
    for page in reader.pages:
        yield page.extract_text() or ""
        annotations = page.get("/Annots")
        if annotations is not None:
            yield from _strings(annotations)
    if reader.metadata is not None:
        yield from (str(v) for v in reader.metadata.values())
    metadata = reader.root_object.get("/Metadata")
    if metadata is not None:
        yield metadata.get_object().get_data().decode("utf-8", errors="ignore")
    for name, contents in reader.attachments.items():
        yield name
        yield from (c.decode("utf-8", errors="ignore") for c in contents)
    for field_name, field in (reader.get_fields() or {}).items():
        yield field_name
        yield str(field.get("/V", ""))


def leaked(path: Path, secrets: Iterable[str]) -> list[str]:
    """The redacted strings still to be found in the PDF at ``path``."""
    text = _normalised("\n".join(pdf_texts(path)))
    found = []
    for secret in secrets:
        pattern = _pattern(secret)
        if pattern is not None and pattern.search(text):
            found.append(secret)
    return found
