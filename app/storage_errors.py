"""What is really wrong when the database cannot be read or written, in words for people.

``classify(error, location)`` looks at an exception from the storage layer (sqlite3, psycopg,
SQLAlchemy's wrappers of both, an ``OSError``) and returns the kind of fault with a Dutch
message and advice, or ``None`` when the exception is not a storage fault (a bug, a refused
constraint): those are not ours to explain.

Deliberately, no exception is ever classified as a *damaged* file. SQLite says "malformed" or
"not a database" for other reasons too (a file being replaced, a share half gone), and the
advice for damage — restore a backup — loses recent work when it is wrong. Damage is reported
only by :func:`damaged`, after the integrity check said so (see ``app.cli._open_database``).

Messages name the file or server (never a password: locations go through ``describe_url``)
and never quote the exception text, which may hold data that was being written.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from app.db import describe_url

# SQLite's primary result codes (https://sqlite.org/rescode.html).
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26
SQLITE_READONLY_DBMOVED = SQLITE_READONLY | (4 << 8)

# Below this much free space an I/O error is taken to be a full disk.
NEARLY_FULL_BYTES = 1024 * 1024

Location = str | URL | Path | None


class StorageFault(StrEnum):
    DAMAGED = "damaged"
    DISK_FULL = "disk-full"
    READ_ONLY = "read-only"
    FOLDER_AS_DATABASE = "folder-as-database"
    LOCATION_GONE = "location-gone"
    SERVER_UNREACHABLE = "server-unreachable"
    LOGIN_REFUSED = "login-refused"
    BUSY = "busy"
    NO_ACCESS = "no-access"  # the server refused this login a table or column
    UNAVAILABLE = "unavailable"


@dataclass(frozen=True)
class StorageProblem:
    kind: StorageFault
    message: str  # Dutch, with advice


NO_ACCESS_MESSAGE = "U hebt geen toegang tot deze gegevens in de database."
BUSY_MESSAGE = (
    "De database is bezet door een andere gebruiker of een lange bewerking (bijvoorbeeld "
    "een import). Probeer het zo opnieuw."
)


# ----- messages ------------------------------------------------------------------------------


def damaged(location: Location) -> StorageProblem:
    """The integrity check failed: only then is restoring a backup the advice."""
    return StorageProblem(
        StorageFault.DAMAGED,
        f"Het databasebestand {_shown(location)} is beschadigd: de integriteitscontrole keurt "
        "het af. Zet een reservekopie terug met 'interne-klachten restore BESTAND' (kopieën "
        "staan in de map backups naast de database) of neem contact op met de beheerder.",
    )


def _problem(kind: StorageFault, location: Location, file: Path | None = None) -> StorageProblem:
    shown = _shown(location)
    server = _is_server(location)
    folder = str((file or _file(location) or Path(shown)).parent)
    if kind == StorageFault.DISK_FULL:
        text = (
            f"De schijf van de databaseserver {shown} is vol. Er is niets opgeslagen. Vraag de "
            "beheerder van de server ruimte vrij te maken en probeer het daarna opnieuw."
            if server
            else f"De schijf met de map {folder} is vol. Er is niets opgeslagen; wat al in de "
            "database stond, is heel gebleven (zet dus geen reservekopie terug). Maak ruimte "
            "vrij, bijvoorbeeld door oude bestanden op te ruimen, en probeer het opnieuw."
        )
    elif kind == StorageFault.READ_ONLY:
        text = (
            f"De database {shown} kan alleen worden gelezen, niet bijgewerkt. Vraag de "
            "beheerder van de server om schrijfrechten."
            if server
            else f"In {shown} kan niet worden geschreven: het bestand of de map {folder} is "
            "alleen-lezen, of u hebt er geen schrijfrechten. Vraag de beheerder om "
            "schrijfrechten op het bestand en de map, of kies een andere locatie (--db)."
        )
    elif kind == StorageFault.FOLDER_AS_DATABASE:
        text = (
            f"{shown} is een map, geen databasebestand. Geef de naam van het bestand op, "
            f"bijvoorbeeld {Path(shown) / 'klachten.db'}."
        )
    elif kind == StorageFault.LOCATION_GONE:
        text = (
            f"De database {shown} bestaat niet op de server. Controleer de naam van de "
            "database in de database-URL (--db) of vraag de beheerder."
            if server
            else f"De map {folder} bestaat niet of is niet bereikbaar, bijvoorbeeld omdat een "
            "netwerkschijf niet (meer) verbonden is. Controleer de verbinding met de "
            "netwerkschijf of de locatie (--db) en probeer het opnieuw."
        )
    elif kind == StorageFault.SERVER_UNREACHABLE:
        text = (
            f"De databaseserver {shown} is niet bereikbaar. Controleer de netwerkverbinding en "
            "of de server draait, en probeer het opnieuw; lukt het niet, neem dan contact op "
            "met de beheerder."
        )
    elif kind == StorageFault.LOGIN_REFUSED:
        text = (
            f"De databaseserver {shown} weigert de aanmelding: de gebruikersnaam of het "
            "wachtwoord klopt niet, of u hebt geen toegang tot deze database. Controleer de "
            "gegevens in de database-URL (--db) of vraag de beheerder om toegang."
        )
    elif kind == StorageFault.BUSY:
        text = BUSY_MESSAGE
    elif kind == StorageFault.NO_ACCESS:
        text = NO_ACCESS_MESSAGE
    else:
        text = (
            f"De database {shown} kon niet worden gelezen of bijgewerkt (een fout van de schijf "
            "of de verbinding). Probeer het opnieuw; blijft het misgaan, laat de beheerder de "
            "database dan controleren met 'interne-klachten verify'."
        )
    return StorageProblem(kind, text)


def _shown(location: Location) -> str:
    if location is None:
        return "(onbekend)"
    if isinstance(location, Path):
        return str(location)
    try:
        return describe_url(location)
    except Exception:  # not a URL: a plain file name
        return str(location)


def _url(location: Location) -> URL | None:
    if location is None or isinstance(location, Path):
        return None
    try:
        return make_url(location)
    except Exception:
        return None


def _is_server(location: Location) -> bool:
    url = _url(location)
    return url is not None and url.get_backend_name() != "sqlite"


def _file(location: Location) -> Path | None:
    if isinstance(location, Path):
        return location
    url = _url(location)
    if url is None:
        return Path(location) if isinstance(location, str) else None
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        return Path(url.database)
    return None


# ----- classification ----------------------------------------------------------------------


def classify(error: BaseException, location: Location = None) -> StorageProblem | None:
    """The storage fault behind ``error``, or None when it is not one.

    ``location`` is the database URL (or a file path, e.g. of a backup being written): it is
    named in the message and, for a file, looked at to tell a read-only folder from a missing
    one.
    """
    for cause in _causes(error):
        if isinstance(cause, sqlite3.Error):
            return _from_sqlite(cause, location)
        if type(cause).__module__.startswith("psycopg"):
            return _from_postgres(cause, location)
        if isinstance(cause, OSError):
            return _from_os(cause, location)
    return None


def describe_failure(error: BaseException, location: Location) -> StorageProblem:
    """Like :func:`classify`, but always a problem (for start-up, where anything that stops
    the database from opening must be explained)."""
    return classify(error, location) or _problem(StorageFault.UNAVAILABLE, location)


def is_corruption(error: sqlite3.Error) -> bool:
    """SQLite's own verdict that a file's contents are not a sound database."""
    code = _sqlite_code(error)
    if code is not None:
        return code in (SQLITE_CORRUPT, SQLITE_NOTADB)
    text = str(error).lower()
    return "malformed" in text or "not a database" in text


def _causes(error: BaseException) -> Iterator[BaseException]:
    """The error, the driver's error SQLAlchemy wraps (``orig``), and their causes."""
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop(0)
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        orig = getattr(current, "orig", None)
        pending.extend(
            [orig if isinstance(orig, BaseException) else None, current.__cause__]
            + ([current.__context__] if not current.__suppress_context__ else [])
        )


def _sqlite_code(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return int(code) & 0xFF if isinstance(code, int) else None


def _from_sqlite(error: sqlite3.Error, location: Location) -> StorageProblem | None:
    code = _sqlite_code(error)
    extended = getattr(error, "sqlite_errorcode", None)
    text = str(error).lower()
    if code in (SQLITE_BUSY, SQLITE_LOCKED) or "is locked" in text or "database is busy" in text:
        return _problem(StorageFault.BUSY, location)
    if code == SQLITE_FULL or "disk is full" in text:
        return _problem(StorageFault.DISK_FULL, location)
    if extended == SQLITE_READONLY_DBMOVED:
        return _problem(StorageFault.LOCATION_GONE, location)
    if code in (SQLITE_READONLY, SQLITE_PERM) or "readonly database" in text:
        return _problem(StorageFault.READ_ONLY, location)
    if code == SQLITE_CANTOPEN or "unable to open" in text:
        return _diagnose_path(location, default=StorageFault.UNAVAILABLE)
    if code == SQLITE_IOERR or "disk i/o error" in text:
        return _diagnose_path(location, default=StorageFault.UNAVAILABLE, io_error=True)
    if is_corruption(error):
        return _problem(StorageFault.UNAVAILABLE, location)
    return None  # e.g. "no such table", a constraint: not a storage fault


def _diagnose_path(
    location: Location, *, default: StorageFault, io_error: bool = False
) -> StorageProblem:
    """Why a database file cannot be opened or written, from what the file system says."""
    path = _file(location)
    if path is None:
        return _problem(default, location)
    folder = path.parent
    if path.is_dir():
        return _problem(StorageFault.FOLDER_AS_DATABASE, location)
    if not folder.is_dir():
        return _problem(StorageFault.LOCATION_GONE, location)
    if io_error and _free_bytes(folder) < NEARLY_FULL_BYTES:
        return _problem(StorageFault.DISK_FULL, location)
    writable_file = not path.exists() or os.access(path, os.R_OK | os.W_OK)
    # The folder must be writable too: SQLite keeps its -wal and -shm files beside the file.
    if not writable_file or not os.access(folder, os.W_OK | os.X_OK):
        return _problem(StorageFault.READ_ONLY, location)
    return _problem(default, location)


def _free_bytes(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return NEARLY_FULL_BYTES  # unknown: do not claim a full disk


_OS_FAULTS = {
    errno.ENOSPC: StorageFault.DISK_FULL,
    errno.EDQUOT: StorageFault.DISK_FULL,
    errno.EROFS: StorageFault.READ_ONLY,
    errno.EACCES: StorageFault.READ_ONLY,
    errno.EPERM: StorageFault.READ_ONLY,
    errno.EISDIR: StorageFault.FOLDER_AS_DATABASE,
    errno.ENOENT: StorageFault.LOCATION_GONE,
    errno.ENOTDIR: StorageFault.LOCATION_GONE,
    errno.ESTALE: StorageFault.LOCATION_GONE,
    errno.ENOTCONN: StorageFault.LOCATION_GONE,
    errno.EHOSTDOWN: StorageFault.LOCATION_GONE,
    errno.ENODEV: StorageFault.LOCATION_GONE,
    errno.ENXIO: StorageFault.LOCATION_GONE,
}


def _from_os(error: OSError, location: Location) -> StorageProblem:
    kind = _OS_FAULTS.get(error.errno or 0, StorageFault.UNAVAILABLE)
    if error.filename:  # the file the system refused, which may not be the database
        location = Path(os.fsdecode(error.filename))
    return _problem(kind, location)


# SQLSTATE classes and codes of PostgreSQL (https://www.postgresql.org/docs/current/errcodes-appendix.html)
_PG_BUSY = {"55P03", "40P01", "40001", "57014"}  # lock timeout, deadlock, serialization, cancel
_PG_LOGIN = {"28P01", "28000"}
_PG_NO_PRIVILEGE = "42501"  # insufficient_privilege: a table, column or row refused
_PG_LOGIN_TEXT = ("password authentication failed", "no password supplied", "authentication")


def _from_postgres(error: BaseException, location: Location) -> StorageProblem | None:
    state = getattr(error, "sqlstate", None) or ""
    text = str(error).lower()
    names = {klass.__name__ for klass in type(error).__mro__}
    if state in _PG_BUSY:
        return _problem(StorageFault.BUSY, location)
    if state == "53100":
        return _problem(StorageFault.DISK_FULL, location)
    if state == "25006":  # read-only transaction: a standby server
        return _problem(StorageFault.READ_ONLY, location)
    if state == _PG_NO_PRIVILEGE:
        return _problem(StorageFault.NO_ACCESS, location)
    if state in _PG_LOGIN or (not state and any(part in text for part in _PG_LOGIN_TEXT)):
        return _problem(StorageFault.LOGIN_REFUSED, location)
    if state == "3D000" or (not state and "database" in text and "does not exist" in text):
        return _problem(StorageFault.LOCATION_GONE, location)
    if state.startswith(("08", "57P", "53")) or (not state and "OperationalError" in names):
        # No SQLSTATE: the connection itself failed (refused, timed out, name unknown).
        return _problem(StorageFault.SERVER_UNREACHABLE, location)
    return None


# ----- files the program writes (backups, exports, reports) ----------------------------------


def file_write_kind(error: BaseException, path: Path) -> StorageFault:
    """The kind of fault that stopped ``path`` from being written."""
    problem = classify(error, path)
    return problem.kind if problem is not None else StorageFault.UNAVAILABLE


def file_write_message(error: BaseException, path: Path, *, subject: str | None = None) -> str:
    """Why the file ``path`` was not written (Dutch, with advice); nothing half-written
    remains, because every file goes through ``app.atomic_files``. ``subject`` names the
    file in the message (default: "Het bestand <path>")."""
    kind = file_write_kind(error, path)
    folder = path.parent
    subject = subject or f"Het bestand {path}"
    if kind == StorageFault.DISK_FULL:
        return (
            f"{subject} is niet opgeslagen: de schijf met de map {folder} is vol. Maak ruimte "
            "vrij en probeer het opnieuw."
        )
    if kind == StorageFault.READ_ONLY:
        return (
            f"{subject} is niet opgeslagen: in de map {folder} mag niet worden geschreven "
            "(alleen-lezen of geen schrijfrechten), of het bestand is nog geopend in een ander "
            "programma. Kies een andere map of sluit het bestand, en probeer het opnieuw."
        )
    if kind == StorageFault.FOLDER_AS_DATABASE:
        return f"{path} is een map; geef de naam van een bestand op."
    if kind == StorageFault.LOCATION_GONE:
        return (
            f"{subject} is niet opgeslagen: de map {folder} bestaat niet of is niet bereikbaar "
            "(bijvoorbeeld een netwerkschijf die niet verbonden is)."
        )
    return (
        f"{subject} is niet opgeslagen door een fout van de schijf of de verbinding. Probeer "
        "het opnieuw."
    )
