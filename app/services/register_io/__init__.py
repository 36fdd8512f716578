"""Moving in from the Excel register, and going back out to Excel.

Import reads ``.xlsx`` or ``.csv`` (semicolon or comma; UTF-8 or Windows-1252), maps the
columns (the register's column names and their other spellings, ``reading``), checks every
row first (the preview, a dry run) and then writes all valid rows in one transaction — or
nothing. Importing the same file twice changes nothing: a row whose ``Nummer`` exists
updates that complaint only where the sheet has a value that differs.

``reading``: columns and cells; ``planning``: the lookups one import shares;
``applying``: the writes; ``importing``: the service; ``export``: back out to a sheet.
"""

from app.services.errors import ImportCancelled
from app.services.register_io.export import RegisterExportService
from app.services.register_io.importing import RegisterImportService
from app.services.register_io.reading import (
    COLUMNS,
    EXPORT_COLUMNS,
    Action,
    ImportPreview,
    ImportResult,
    Problem,
    RowPlan,
    layout_key,
    parse_date,
    suggest_mapping,
)
from app.services.sheet_reading import SheetData, read_sheet

__all__ = [
    "COLUMNS",
    "EXPORT_COLUMNS",
    "Action",
    "ImportCancelled",
    "ImportPreview",
    "ImportResult",
    "Problem",
    "RegisterExportService",
    "RegisterImportService",
    "RowPlan",
    "SheetData",
    "layout_key",
    "parse_date",
    "read_sheet",
    "suggest_mapping",
]
