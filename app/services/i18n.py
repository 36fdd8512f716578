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

_PLACEHOLDER = re.compile(r"%(\d+)")


def fill(template: str, values: tuple[object, ...]) -> str:
    """``template`` with ``%1``… replaced by ``values`` (one pass, so a value that contains
    ``%2`` is left alone)."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


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
