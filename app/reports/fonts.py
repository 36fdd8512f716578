"""The embedded font of every PDF: DejaVu Sans (regular and bold), bundled under
``resources/fonts`` so any name prints, Dutch or foreign (Ç, Ł, Ø, ş, ő, ...).

reportlab's built-in Helvetica only knows Latin-1; a TrueType font is embedded (as a subset
of the glyphs used) and so prints the same on every machine.
"""

from __future__ import annotations

from threading import Lock

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import resource_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"

_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}
_lock = Lock()
_registered = False


def register_fonts() -> tuple[str, str]:
    """Register the fonts with reportlab (once); returns the regular and bold font names.

    Paragraph markup ``<b>`` maps to the bold face; there is no italic face, so ``<i>``
    falls back to the regular one.
    """
    global _registered
    with _lock:
        if not _registered:
            for name, file_name in _FILES.items():
                pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
            addMapping(FONT, 0, 0, FONT)
            addMapping(FONT, 1, 0, FONT_BOLD)
            addMapping(FONT, 0, 1, FONT)
            addMapping(FONT, 1, 1, FONT_BOLD)
            _registered = True
    return FONT, FONT_BOLD
