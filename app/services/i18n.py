"""Translatable messages of the services, without Qt.

A service's message is a Dutch source string. A fixed text needs nothing: the GUI looks it
up as it is (``app.ui.widgets.service_text``, context "services"). A text with values in it
is written as ``t("Klacht %1 bestaat niet.", number)``: the result reads as the Dutch text
(logs, the command line and tests see plain Dutch), and remembers its template and values,
so the GUI translates the template and fills in the values afterwards, in the order the
translation puts its ``%1``, ``%2``. ``scripts/service_messages.py`` collects the source
strings for ``make translations``."""

from __future__ import annotations

import re
from functools import lru_cache

_PLACEHOLDER = re.compile(r"%(\d+)")


@lru_cache(maxsize=1024)
def _parts(template: str) -> tuple[str | int, ...]:
    """``template`` cut into its texts and the indexes of its placeholders (``%1`` → 0)."""
    parts: list[str | int] = []
    start = 0
    for match in _PLACEHOLDER.finditer(template):
        parts.append(template[start : match.start()])
        parts.append(int(match.group(1)) - 1)
        start = match.end()
    parts.append(template[start:])
    return tuple(parts)


def fill(template: str, values: tuple[object, ...]) -> str:
    """``template`` with ``%1``… replaced by ``values`` (one pass, so a value that contains
    ``%2`` is left alone; a placeholder without a value stays as it is). The template's
    cut is kept: Vandaag fills the same few templates thousands of times."""
    if "%" not in template:
        return template
    return "".join(
        part
        if isinstance(part, str)
        else (str(values[part]) if 0 <= part < len(values) else f"%{part + 1}")
        for part in _parts(template)
    )


class Message(str):
    """A filled-in message that knows its source template and values."""

    template: str
    values: tuple[object, ...]

    def __new__(cls, template: str, *values: object) -> Message:
        message = super().__new__(cls, fill(template, values))
        message.template = template
        message.values = values
        return message


def t(template: str, *values: object) -> str:
    """A translatable service message with ``%1``… placeholders (see the module text)."""
    return Message(template, *values)
