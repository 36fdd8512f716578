"""Fill the English .ts from the dictionaries in scripts/translations/ (Dutch source text to
English), after ``make translations`` added new source texts. A message whose source is in a
dictionary gets that translation and loses ``type="unfinished"``; others are left as they are.

    python scripts/fill_translation.py   then: make translations (to build the .qm)
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "interne_klachten_en.ts"
sys.path.insert(0, str(ROOT / "scripts"))

from translations.en_services import EN as SERVICES  # noqa: E402
from translations.en_ui import EN as UI  # noqa: E402

_PLACEHOLDER = re.compile(r"%\d+")


def check(source: str, english: str) -> None:
    """A translation keeps every placeholder of its source (in any order)."""
    if sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(english)):
        raise SystemExit(f"placeholders differ: {source!r} -> {english!r}")


def main() -> int:
    tree = ET.parse(TS)
    done = unfinished = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        table = SERVICES if name == "services" else UI
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            english = table.get(source) or UI.get(source) or SERVICES.get(source)
            if english:
                check(source, english)
                translation.text = english
                translation.attrib.pop("type", None)
            if translation.get("type") == "unfinished":
                unfinished += 1
            else:
                done += 1
    ET.indent(tree, space="    ")
    with open(TS, "wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)
        fh.write(b"\n")
    print(f"{TS.name}: {done} translated, {unfinished} unfinished")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
