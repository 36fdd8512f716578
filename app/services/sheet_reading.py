"""Reading a register file (.xlsx or .csv) row by row, with bounded memory.

A file is never held in memory as a whole: ``read_sheet`` streams it once to find the
header, count the rows and take a sample per column, and ``SheetData.rows()`` streams it
again when the rows are checked. Whatever a file declares about itself (an Excel sheet's
``dimension``, a zip member's size) is treated as a claim to check, not a size to allocate:
files over ``MAX_FILE_BYTES``, sheets over ``MAX_DATA_ROWS`` and zip archives that would
unpack to far more than they weigh are refused with a Dutch message before they cost
memory or minutes.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from app.services import cycle_collection
from app.services.errors import ServiceError
from app.services.sheet_writing import unescape_formula_text

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_DATA_ROWS = 100_000
MAX_COLUMNS = 500
# An .xlsx is a zip archive. Its sheets are streamed, but openpyxl keeps the shared-string
# table (every distinct text) in memory, so that part gets its own, smaller limit.
MAX_UNCOMPRESSED_BYTES = 400 * 1024 * 1024
MAX_SHARED_STRINGS_BYTES = 64 * 1024 * 1024
# Real spreadsheets compress 5-50x (a sheet of repeated values up to ~100x); a zip bomb
# reaches 1000x. Small members (styles, an empty sheet) may compress better, harmlessly.
MAX_COMPRESSION_RATIO = 200
RATIO_CHECKED_FROM_BYTES = 1024 * 1024
# The header is the first row with a value, looked for in the first rows only.
HEADER_SEARCH_ROWS = 100
SAMPLE_LENGTH = 200
_CSV_SNIFF_CHARS = 20_000
_CHUNK = 1024 * 1024

EXCEL_SUFFIXES = (".xlsx", ".xlsm")
CSV_SUFFIXES = (".csv", ".txt")


def _thousands(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def too_many_rows_message() -> str:
    return f"Het bestand heeft meer dan {_thousands(MAX_DATA_ROWS)} rijen; splits het in delen."


@dataclass(frozen=True)
class SheetData:
    """What ``read_sheet`` found: the header, how many rows, a sample per column. The rows
    themselves are streamed from the file again by ``rows()``."""

    path: Path
    headers: tuple[str, ...]
    row_count: int  # data rows with at least one value
    blank_rows: int
    samples: tuple[Any, ...]  # per header column: its first value (texts shortened)
    encoding: str | None = None  # CSV only: utf-8, utf-16 or cp1252
    delimiter: str | None = None  # CSV only
    codec: str | None = None  # CSV only: the codec that reads it (utf-8-sig, utf-16-le, …)
    # The rows with a value as ``read_sheet`` read them: the first preview works from these
    # instead of reading the file a second time (a read is most of an import's time). They
    # are handed out once and let go of row by row, so the raw rows and the preview's plans
    # are not both held whole (at 100,000 rows each is well over 100 MB); a later pass (the
    # preview again after a new mapping) reads the file.
    _kept: deque[tuple[int, tuple[Any, ...]]] | None = field(
        default=None, repr=False, compare=False
    )

    def rows(self) -> Iterator[tuple[int, tuple[Any, ...]]]:
        """(spreadsheet row number, cells) of every data row with a value; the cells are as
        wide as the header. Refuses a file that changed its header since it was read."""
        kept = self._kept
        if kept is not None:
            object.__setattr__(self, "_kept", None)  # frozen, but the rows are handed out once
            while kept:
                yield kept.popleft()
            return
        source = _raw_rows(self.path, self.codec, self.delimiter)
        try:
            _header_row, headers = _find_header(source, close=False)
            if headers != self.headers:
                raise ServiceError(
                    "Het bestand is gewijzigd sinds het werd geopend; open het opnieuw."
                )
            width = len(headers)
            data_rows = 0
            for number, cells in _data_rows(source, self.codec, width):
                if _blank(cells):
                    continue
                data_rows += 1
                if data_rows > MAX_DATA_ROWS:
                    raise ServiceError(too_many_rows_message())
                yield number, cells
        finally:
            close = getattr(source, "close", None)
            if close is not None:
                close()


def read_sheet(path: str | Path) -> SheetData:
    """The header, row count and a sample of an .xlsx or .csv file (streamed once)."""
    with cycle_collection.paused():
        return _read_sheet(Path(path))


def _read_sheet(path: Path) -> SheetData:
    suffix = path.suffix.lower()
    if suffix not in EXCEL_SUFFIXES + CSV_SUFFIXES:
        raise ServiceError("Kies een Excel-bestand (.xlsx) of een CSV-bestand (.csv).")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ServiceError(
            f"Het bestand is groter dan {MAX_FILE_BYTES // (1024 * 1024)} MB; splits het in delen."
        )
    encoding = delimiter = None
    if suffix in EXCEL_SUFFIXES:
        check_zip(path)
    else:
        encoding = detect_encoding(path)
        delimiter = _sniff_delimiter(path, encoding)
    # One pass over the file: the header and the data rows come from the same stream (an
    # .xlsx is parsed whole each time openpyxl opens it, so every opening costs a read).
    source = _raw_rows(path, encoding, delimiter)
    try:
        _header_row, headers = _find_header(source, close=False)
        width = len(headers)
        samples: list[Any] = [None] * width
        missing = set(range(width))
        rows = blank = trailing = 0
        # The rows with a value, kept so that the preview need not read the file again.
        kept: deque[tuple[int, tuple[Any, ...]]] = deque()
        for number, cells in _data_rows(source, encoding, width):
            if _blank(cells):
                trailing += 1
                continue
            # Blank rows after the last row with a value are Excel's formatting, not rows
            # that are skipped; only blank rows between rows with values are counted.
            blank, trailing = blank + trailing, 0
            rows += 1
            if rows > MAX_DATA_ROWS:
                raise ServiceError(too_many_rows_message())
            kept.append((number, cells))
            if missing:
                for position in list(missing):
                    value = cells[position]
                    if value is not None and str(value).strip():
                        samples[position] = (
                            value[:SAMPLE_LENGTH] if isinstance(value, str) else value
                        )
                        missing.discard(position)
    finally:
        close = getattr(source, "close", None)
        if close is not None:
            close()
    return SheetData(
        path,
        headers,
        rows,
        blank,
        tuple(samples),
        encoding_name(encoding),
        delimiter,
        encoding,
        _kept=kept,
    )


def _blank(cells: tuple[Any, ...]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


def _find_header(
    rows: Iterator[tuple[int, tuple[Any, ...]]], *, close: bool = True
) -> tuple[int, tuple[str, ...]]:
    """The first row with a value within the first rows; ``close=False`` leaves the stream
    open after it, to read the data rows from."""
    try:
        for _index in range(HEADER_SEARCH_ROWS):
            found = next(rows, None)
            if found is None:
                break
            number, cells = found
            if _blank(cells):
                continue
            headers = ["" if c is None else str(c).strip() for c in cells]
            while headers and not headers[-1]:
                headers.pop()
            if len(headers) > MAX_COLUMNS:
                raise ServiceError(
                    f"Het bestand heeft meer dan {MAX_COLUMNS} kolommen; is dit een register?"
                )
            return number, tuple(headers)
    except BaseException:
        close = True
        raise
    finally:
        closer = getattr(rows, "close", None) if close else None
        if closer is not None:
            closer()
    raise ServiceError("Het bestand is leeg: er is geen kopregel gevonden.")


def _raw_rows(
    path: Path, encoding: str | None, delimiter: str | None
) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """Every row from the top, as wide as the file makes it (used to find the header)."""
    if encoding is None:
        return _xlsx_rows(path, first_row=1, width=None)
    return _csv_rows(path, encoding, delimiter or ";", first_row=1, width=None)


def _data_rows(
    source: Iterator[tuple[int, tuple[Any, ...]]], encoding: str | None, width: int
) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """The rows after the header (read from the same stream), as wide as the header."""
    fit: Callable[[Any, int], tuple[Any, ...]] = _fit if encoding is None else _csv_fit
    for number, cells in source:
        yield number, fit(cells, width)


# ----- Excel ---------------------------------------------------------------------------------


def check_zip(path: Path) -> None:
    """Refuse an .xlsx that is no zip archive, or one that would unpack to far more than it
    weighs (a compression bomb), before openpyxl unpacks anything."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise ServiceError("Dit Excel-bestand kan niet worden gelezen.") from None
    total = 0
    for member in members:
        total += member.file_size
        if member.filename.lower().endswith("sharedstrings.xml") and (
            member.file_size > MAX_SHARED_STRINGS_BYTES
        ):
            raise ServiceError(_bomb_message())
        if member.file_size >= RATIO_CHECKED_FROM_BYTES and (
            member.file_size > MAX_COMPRESSION_RATIO * max(member.compress_size, 1)
        ):
            raise ServiceError(_bomb_message())
    if total > MAX_UNCOMPRESSED_BYTES:
        raise ServiceError(_bomb_message())


def _bomb_message() -> str:
    return (
        "Dit Excel-bestand wordt uitgepakt veel groter dan het is (meer dan "
        f"{MAX_UNCOMPRESSED_BYTES // (1024 * 1024)} MB of meer dan {MAX_COMPRESSION_RATIO} keer "
        "zo groot); het wordt niet geopend. Sla het opnieuw op in Excel, of splits het in delen."
    )


def _xlsx_rows(
    path: Path, *, first_row: int, width: int | None
) -> Iterator[tuple[int, tuple[Any, ...]]]:
    try:
        workbook = load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise ServiceError("Dit Excel-bestand kan niet worden gelezen.") from error
    try:
        sheet = workbook.worksheets[0]
        # The declared dimension ("A1:XFD1048576") is what made every row 16,384 cells
        # wide; ignore it and give the width ourselves.
        sheet.reset_dimensions()
        rows = sheet.iter_rows(min_row=first_row, max_col=width, values_only=True)
        number = first_row
        while True:
            try:
                cells = next(rows)
            except StopIteration:
                break
            except ServiceError:
                raise
            except Exception as error:  # a damaged sheet part, found while streaming
                raise ServiceError(
                    f"Dit Excel-bestand kan niet verder worden gelezen na rij {number - 1}."
                ) from error
            yield number, _unescaped(tuple(cells) if width is None else _fit(cells, width))
            number += 1
    finally:
        workbook.close()


def _unescaped(cells: tuple[Any, ...]) -> tuple[Any, ...]:
    """Our own export puts a quote before a text Excel would take for a formula
    (``sheet_writing``); reading it back takes the quote off, so names don't grow."""
    if not any(isinstance(c, str) and c.startswith("'") for c in cells):
        return cells
    return tuple(unescape_formula_text(c) if isinstance(c, str) else c for c in cells)


def _fit(cells: tuple[Any, ...] | list[Any], width: int) -> tuple[Any, ...]:
    if len(cells) == width:
        return tuple(cells)
    if len(cells) > width:
        return tuple(cells[:width])
    return (*cells, *([None] * (width - len(cells))))


# ----- CSV -----------------------------------------------------------------------------------


def detect_encoding(path: Path) -> str:
    """UTF-8 (with or without BOM), UTF-16 (with BOM, or without by its NUL bytes), else
    Windows-1252, the encoding Excel uses for "CSV" on Dutch Windows."""
    with path.open("rb") as handle:
        head = handle.read(4096)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        sample = head[: len(head) // 2 * 2]
        pairs = len(sample) // 2
        if pairs:
            even_nuls, odd_nuls = sample[0::2].count(0), sample[1::2].count(0)
            # Latin text in UTF-16 has a NUL in every other byte; other encodings have none.
            if odd_nuls > pairs * 0.3 and even_nuls < pairs * 0.05:
                return "utf-16-le"
            if even_nuls > pairs * 0.3 and odd_nuls < pairs * 0.05:
                return "utf-16-be"
        handle.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            while chunk := handle.read(_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252"
    return "utf-8"


def encoding_name(encoding: str | None) -> str | None:
    """The encoding as ``SheetData`` reports it: without the BOM detail."""
    if encoding is None:
        return None
    return {"utf-8-sig": "utf-8", "utf-16-le": "utf-16", "utf-16-be": "utf-16"}.get(
        encoding, encoding
    )


def _open_text(path: Path, encoding: str) -> io.TextIOWrapper:
    return io.TextIOWrapper(path.open("rb"), encoding=encoding, newline="")


def _sniff_delimiter(path: Path, encoding: str) -> str:
    try:
        with _open_text(path, encoding) as text:
            sample = text.read(_CSV_SNIFF_CHARS)
    except UnicodeDecodeError:
        raise ServiceError(_undecodable_message()) from None
    try:
        return csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in ";,\t"}
        return max(counts, key=lambda d: (counts[d], d == ";"))


def _undecodable_message() -> str:
    return (
        "De tekens in dit CSV-bestand kunnen niet worden gelezen. Sla het in Excel op als "
        "'CSV UTF-8' en probeer het opnieuw."
    )


def _csv_rows(
    path: Path, encoding: str, delimiter: str, *, first_row: int, width: int | None
) -> Iterator[tuple[int, tuple[Any, ...]]]:
    # A field may be as long as the file itself (a pasted e-mail thread); the text-length
    # check per column then says which cell is too long, instead of the csv module
    # stopping at its 131,072-character default. The limit is process-wide, hence max().
    csv.field_size_limit(max(csv.field_size_limit(), MAX_FILE_BYTES))
    number = 0
    try:
        with _open_text(path, encoding) as text:
            reader = csv.reader(text, delimiter=delimiter)
            for number, cells in enumerate(reader, start=1):
                if number < first_row:
                    continue
                yield number, _unescaped(tuple(cells) if width is None else _csv_fit(cells, width))
    except UnicodeDecodeError:
        raise ServiceError(_undecodable_message()) from None
    except csv.Error:
        raise ServiceError(
            f"Rij {number + 1} van dit CSV-bestand kan niet worden gelezen (een aanhalingsteken "
            "dat niet wordt gesloten?)."
        ) from None


def _csv_fit(cells: list[str], width: int) -> tuple[Any, ...]:
    # An empty CSV field is an empty cell, as in Excel.
    fitted = [c if c != "" else None for c in cells[:width]]
    return _fit(fitted, width)
