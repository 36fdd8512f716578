"""Issue 15 item 14: the project's licence is decided (EUPL-1.2, a LICENSE file and the
pyproject field), and Outlook .msg is read with olefile (BSD), not the GPL extract-msg."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _project() -> dict:  # type: ignore[type-arg]
    with (ROOT / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)["project"]


def test_the_licence_is_declared_in_pyproject_and_its_text_is_the_licence_file() -> None:
    project = _project()
    assert project["license"] == "EUPL-1.2"
    assert project["license-files"] == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "EUROPEAN UNION PUBLIC LICENCE v. 1.2" in text.splitlines()[0]


def test_outlook_messages_are_read_without_a_gpl_dependency() -> None:
    names = {
        re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0].lower().replace("_", "-")
        for requirement in _project()["dependencies"]
    }
    assert "olefile" in names
    assert "extract-msg" not in names
    source = (ROOT / "app" / "services" / "mail_intake.py").read_text(encoding="utf-8")
    assert "import olefile" in source
    assert "extract_msg" not in source
