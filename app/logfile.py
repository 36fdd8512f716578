"""The log file: readable by its owner only, and without personal data in tracebacks.

Log lines name ids and kinds, never names or texts; but an exception's message is written by
whoever raised it: a database error quotes the row it could not write (PostgreSQL's DETAIL,
SQLAlchemy's parameters), an OSError names the file (an attachment's name), a ValueError may
repeat its input. So a logged traceback keeps the frames (where it happened) and each
exception's class and error code, and leaves its message out.
"""

from __future__ import annotations

import errno
import logging
import logging.handlers
import os
import traceback
from io import TextIOWrapper
from pathlib import Path
from types import TracebackType
from typing import Any

from app.paths import user_log_dir

OWNER_ONLY_FILE = 0o600

_CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"
_WITHHELD = "(message not logged: it can hold personal data)"

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class OwnerOnlyRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are created (and, when an older version made them wider,
    narrowed to) mode 0600; a rotation renames the file, so the old logs keep that mode."""

    def __init__(self, filename: str | Path, **kwargs: Any) -> None:
        super().__init__(filename, **kwargs)
        # Logs rotated by a version that made them 0644 (the folder is private now, too).
        for number in range(1, self.backupCount + 1):
            _narrow(Path(f"{self.baseFilename}.{number}"))

    def _open(self) -> TextIOWrapper:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_CLOEXEC", 0)
        descriptor = os.open(self.baseFilename, flags, OWNER_ONLY_FILE)
        try:
            if os.name == "posix":
                os.fchmod(descriptor, OWNER_ONLY_FILE)
            return open(descriptor, "a", encoding=self.encoding, errors=self.errors)
        except BaseException:
            os.close(descriptor)
            raise


class PrivateTracebackFormatter(logging.Formatter):
    """Formats tracebacks without the exceptions' messages (see the module docstring)."""

    def format(self, record: logging.LogRecord) -> str:
        # logging keeps the first handler's traceback text on the record and every later
        # formatter reuses it: that text may be the full one, so it is made afresh here.
        cached = record.exc_text
        record.exc_text = None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei: Any) -> str:
        _type, error, _traceback = ei
        if error is None:
            return ""
        return format_exception_without_text(error)


def format_exception_without_text(error: BaseException) -> str:
    """A traceback like Python's own, each exception shown as its class and error code."""
    parts: list[str] = []
    for current, link in _chain(error):
        if link:
            parts.append(link)
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.format_tb(current.__traceback__))
        parts.append(f"{describe_exception(current)} {_WITHHELD}\n")
    return "".join(parts).rstrip("\n")


def describe_exception(error: BaseException) -> str:
    """``module.Class`` plus the codes that say what went wrong without quoting data: the
    database driver's error class and SQLSTATE or SQLite error name, an OS errno name."""
    details: list[str] = []
    driver_error = getattr(error, "orig", None)
    if isinstance(driver_error, BaseException):
        details.append(_qualified_name(driver_error))
        details.extend(_codes(driver_error))
    else:
        details.extend(_codes(error))
    suffix = f" [{', '.join(details)}]" if details else ""
    return _qualified_name(error) + suffix


def _codes(error: BaseException) -> list[str]:
    codes: list[str] = []
    for attribute in ("sqlstate", "pgcode", "sqlite_errorname"):
        value = getattr(error, attribute, None)
        if isinstance(value, str) and value and value not in codes:
            codes.append(value)
    if isinstance(error, OSError) and isinstance(error.errno, int):
        codes.append(errno.errorcode.get(error.errno, str(error.errno)))
    return codes


def _qualified_name(error: BaseException) -> str:
    cls = type(error)
    module = cls.__module__
    return cls.__qualname__ if module == "builtins" else f"{module}.{cls.__qualname__}"


def _chain(error: BaseException) -> list[tuple[BaseException, str]]:
    """The exceptions from the first cause to ``error``, oldest first, each with the line
    that ties it to the one before it (Python's own wording; empty for the first)."""
    chain: list[tuple[BaseException, str]] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        older: BaseException | None = None
        link = ""
        if current.__cause__ is not None:
            older, link = current.__cause__, _CAUSE
        elif current.__context__ is not None and not current.__suppress_context__:
            older, link = current.__context__, _CONTEXT
        if older is None or id(older) in seen:
            link = ""
        chain.append((current, link))
        current = older
    return list(reversed(chain))


def _narrow(path: Path) -> None:
    if os.name != "posix":
        return
    try:
        if path.stat().st_mode & 0o077:
            os.chmod(path, OWNER_ONLY_FILE)
    except OSError:
        pass


def configure_logging(verbose: bool) -> None:
    """A rotating log file in the platform log folder (never personal data)."""
    root = logging.getLogger()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    try:
        handler: logging.Handler = OwnerOnlyRotatingFileHandler(
            user_log_dir() / "interne-klachten.log",
            maxBytes=1_000_000,
            backupCount=5,
            encoding="utf-8",
        )
    except OSError:
        handler = logging.StreamHandler()
    # Tracebacks without exception messages: those can quote the data being written.
    handler.setFormatter(
        PrivateTracebackFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    )
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
