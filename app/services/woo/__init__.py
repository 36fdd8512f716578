"""The Woo export: a complaint's documents as PDFs with redactions drawn as labelled boxes,
checked after writing, plus an inventory in the national publication platform's shape.

- ``grounds``: the Woo's own list of grounds and the assessments.
- ``documents``: what a complaint's documents are, and the proposed redactions.
- ``render_text`` / ``render_image``: the PDFs, with no text under any box.
- ``check``: the self-check that reads every exported PDF back.
- ``inventory``: ``inventaris.pdf`` and ``inventaris.xlsx``.
- ``service``: ``WooService`` (permission, audit, the export as one whole).
"""

from app.services.woo.documents import Redaction, WooDocument
from app.services.woo.grounds import GROUNDS, OUT_OF_SCOPE, PERSONAL_DATA
from app.services.woo.service import WooExport, WooService

__all__ = [
    "GROUNDS",
    "OUT_OF_SCOPE",
    "PERSONAL_DATA",
    "Redaction",
    "WooDocument",
    "WooExport",
    "WooService",
]
