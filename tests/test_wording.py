"""Dutch wording in what users read: real singular and plural forms, one word per role."""

from __future__ import annotations

import ast
import re
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app"
# "formulier(en)", "voorstel(len)", "klager(s)": a word with its plural ending in brackets.
BRACKETED_PLURAL = re.compile(r"[a-zà-ÿ]\((?:en|len|n|s|'s|e)\)")


def _strings(folder: Path) -> list[tuple[str, int, str]]:
    found = []
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.append((str(path.relative_to(APP)), node.lineno, node.value))
    return found


def _code_or_log(text: str) -> bool:
    """Docstrings and log lines are English for developers, not Dutch for users."""
    return "``" in text or (text.isascii() and " of " in text)


def test_screens_write_singular_and_plural_instead_of_a_bracketed_plural() -> None:
    offending = [
        f"{path}:{line}: {text!r}"
        for path, line, text in _strings(APP)
        if BRACKETED_PLURAL.search(text) and not _code_or_log(text)
    ]
    assert offending == []


# The anonymiser must recognise the spellings people write, so its list of job titles holds
# this one too; it is never shown.
RECOGNISED_SPELLINGS = {"services/deidentify_knowledge.py"}


def test_the_coordinator_is_called_klachtcoordinator_everywhere() -> None:
    offending = [
        f"{path}:{line}"
        for path, line, text in _strings(APP)
        if "klachtencoördinator" in text.lower() and path not in RECOGNISED_SPELLINGS
    ]
    assert offending == []
