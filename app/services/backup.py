"""Backups of the SQLite register: a checked copy on request, and a restore that rescues.

``make_backup`` runs the full check (``app.services.verify``) first, then copies the file
with SQLite's online backup API and writes the head the copy was made at beside it
(``<backup>.anchor``, see ``app.services.anchor``). A copy is made even when the check
fails (a copy of a damaged trail is still better than none); the result says so.

``restore_file`` never opens the current database file, so it works when that file is
damaged. It copies the backup into a private folder beside the database and checks that
copy — a SQLite file of this program, sound, not from a newer version, the OS user an
administrator in it, its audit trail verified (with its own anchor) — then moves the
current file (with ``-wal``/``-shm``) into the backups folder and renames the checked copy
into place. Every refusal leaves the current database exactly as it was. It refuses while
any program has the register open (``app.instance_lock``), so nothing can write into the
replaced file.

On a PostgreSQL server backups belong to the server's own tools (pg_dump); the commands
say so instead of pretending.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.db import Database
from app.instance_lock import InstanceLock, InstanceLockBusy
from app.migrate import NewerSchemaError, backup_sqlite, schema_state, upgrade_database
from app.paths import backup_dir
from app.services.access import requires
from app.services.anchor import (
    ANCHOR_SUFFIX,
    Anchor,
    AnchorUnreadable,
    anchor_file_for,
    now_utc,
    read_anchor,
    sidecar_of,
    write_anchor,
)
from app.services.errors import PermissionDenied, ServiceError
from app.services.i18n import t
from app.services.permissions import CurrentUser, Permission, require
from app.services.verify import VerifyReport, sqlite_integrity, verify_database
from app.storage_errors import is_corruption

log = logging.getLogger(__name__)

REQUIRED_TABLES = frozenset({"alembic_version", "complaint", "employee", "audit_event"})
SQLITE_HEADER = b"SQLite format 3\x00"

NOT_A_BACKUP = "Dit bestand is geen reservekopie van Interne Klachten."
OPEN_ELSEWHERE = (
    "Interne Klachten is nog geopend op deze database (mogelijk op een andere werkplek). "
    "Sluit het programma overal en probeer het opnieuw."
)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    complaints: int
    # The full check made just before the copy (None for a restored file).
    check: VerifyReport | None = None


@dataclass(frozen=True)
class RestoreResult:
    info: BackupInfo
    kept_aside: Path | None  # where the replaced database now is


def _sqlite_file(db: Database) -> Path:
    path = db.sqlite_file
    if path is None:
        raise ServiceError(
            "Reservekopieën van een gedeelde PostgreSQL-database maakt de databasebeheerder "
            "met pg_dump; dit programma maakt alleen kopieën van een SQLite-bestand."
        )
    return path


def integrity_problem(path: Path) -> str | None:
    """None when the SQLite file is sound, else SQLite's first complaint.

    Only a verdict on the file's contents counts: a file that cannot be opened at all (a
    folder, a full disk, no rights, a share that is gone) raises, so that it is not called
    damaged — the advice for damage, restoring a backup, would lose recent work.
    """
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
            result = connection.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as error:
        if is_corruption(error):
            return str(error)
        raise
    return None if result == "ok" else str(result)


def _describe(path: Path, shown_as: Path | None = None) -> BackupInfo:
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
            tables = {
                r[0]
                for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            if not tables.issuperset(REQUIRED_TABLES):
                raise ServiceError(NOT_A_BACKUP)
            complaints = connection.execute("SELECT count(*) FROM complaint").fetchone()[0]
    except sqlite3.DatabaseError:
        raise ServiceError(NOT_A_BACKUP) from None
    return BackupInfo(shown_as or path, path.stat().st_size, int(complaints))


def _head_of(path: Path) -> tuple[int, str] | None:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        row = connection.execute("SELECT seq, last_hash FROM audit_chain_head WHERE id = 1")
        found = row.fetchone()
    return None if found is None else (int(found[0]), str(found[1]))


@requires(Permission.BACKUP)
def make_backup(db: Database, user: CurrentUser, target: Path | None = None) -> BackupInfo:
    """Check the register, copy it, and record beside the copy the head it was made at."""
    require(user, Permission.BACKUP)
    source = _sqlite_file(db)
    check = verify_database(db)
    if not check.ok:
        log.error("backup made while the check fails (%d problems)", len(check.problems))
    if target is None:
        copy = backup_sqlite(source, "handmatig", backup_dir())
        _remove_orphan_sidecars(copy.parent)
    else:
        target = Path(target)
        if target.exists() and target.is_dir():
            target = target / f"klachten-{datetime.now():%Y%m%d-%H%M%S}.db"
        temporary = target.with_suffix(target.suffix + ".tmp")
        with (
            contextlib.closing(sqlite3.connect(source)) as src,
            contextlib.closing(sqlite3.connect(temporary)) as dst,
        ):
            src.backup(dst)
        temporary.replace(target)
        copy = target
    head = _head_of(copy)
    if head is not None:
        write_anchor(
            sidecar_of(copy),
            Anchor(seq=head[0], hash=head[1], verified_at=now_utc(), verified=check.ok),
        )
    info = _describe(copy)
    return BackupInfo(info.path, info.size, info.complaints, check)


def _remove_orphan_sidecars(folder: Path) -> None:
    """Rotation removes old copies; their anchors go with them."""
    for sidecar in folder.glob(f"*{ANCHOR_SUFFIX}"):
        if not Path(str(sidecar)[: -len(ANCHOR_SUFFIX)]).exists():
            sidecar.unlink(missing_ok=True)


# ----- restore -----------------------------------------------------------------------------


@requires(Permission.BACKUP)
def restore_backup(db: Database, user: CurrentUser, source: Path) -> BackupInfo:
    """Replace the open database by ``source``: closes ``db`` first (see ``restore_file``)."""
    require(user, Permission.BACKUP)
    target = _sqlite_file(db)
    db.dispose()
    return restore_file(target, Path(source), login=user.login).info


def restore_file(
    target: Path, source: Path, *, login: str, keep_folder: Path | None = None
) -> RestoreResult:
    """Put the backup ``source`` in place of the database file ``target``, which is never
    opened. ``login``: the OS user, who must be an administrator in the backup."""
    source = Path(source)
    if not source.is_file():
        raise ServiceError(t("Het bestand %1 bestaat niet.", source))
    if not _looks_like_sqlite(source):
        raise ServiceError(NOT_A_BACKUP)
    target.parent.mkdir(parents=True, exist_ok=True)
    lock = InstanceLock(target, exclusive=True)
    try:
        lock.acquire()
    except InstanceLockBusy:
        raise ServiceError(OPEN_ELSEWHERE) from None
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.terugzetten-", dir=target.parent))
        try:
            staged = staging / target.name
            info = _stage_and_check(source, staged, login)
            head = _head_of(staged)
            kept = _keep_aside(target, keep_folder or backup_dir())
            staged.replace(target)
            _anchor_restored(target, head)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    finally:
        lock.release()
    log.info("backup restored; the replaced database was kept aside")
    return RestoreResult(info, kept)


def _looks_like_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _stage_and_check(source: Path, staged: Path, login: str) -> BackupInfo:
    """Copy the backup to ``staged`` and check the copy; raise ServiceError to refuse."""
    shutil.copyfile(source, staged)
    source_wal = Path(str(source) + "-wal")
    if source_wal.exists():  # a copy taken from a live file: its last pages are here
        shutil.copyfile(source_wal, Path(str(staged) + "-wal"))
    # The restored register is its owner's only, like a new one (app.db), whatever mode
    # the copy was given where it came from.
    for path in (staged, Path(str(staged) + "-wal")):
        with contextlib.suppress(FileNotFoundError):
            path.chmod(0o600)
    if sqlite_integrity(staged):
        raise ServiceError(
            "Deze reservekopie is beschadigd (de integriteitscontrole van SQLite faalt) en "
            "wordt niet teruggezet. Kies een andere reservekopie."
        )
    info = _describe(staged, shown_as=source)
    try:
        backup_anchor = read_anchor(sidecar_of(source))
    except AnchorUnreadable:
        raise ServiceError(
            f"Het anker naast de reservekopie ({sidecar_of(source)}) is onleesbaar; de "
            "reservekopie wordt niet teruggezet."
        ) from None
    db = Database(f"sqlite:///{staged}")
    try:
        try:
            schema_state(db)
        except NewerSchemaError as error:
            raise ServiceError(
                "Deze reservekopie is gemaakt met een nieuwere versie van Interne Klachten "
                f"(schemaversie {error.revision}) en wordt niet teruggezet. Installeer eerst "
                "de nieuwste versie van het programma."
            ) from None
        # An older backup is brought to this version's schema before it is checked.
        upgrade_database(db, backup_folder=staged.parent / "migratie")
        _require_administrator(db, login)
        # The staged copy has no anchor of its own; the backup's sidecar is checked.
        check = verify_database(db, extra_anchor=backup_anchor, update_anchor=False)
    finally:
        db.dispose()
    if not check.ok:
        log.error("backup refused: its audit trail does not verify")
        raise ServiceError(
            "De audittrail van deze reservekopie klopt niet; zij wordt niet teruggezet.\n"
            + "\n".join(f"- {p}" for p in check.problems)
        )
    return info


def _require_administrator(db: Database, login: str) -> None:
    from app.services.identity import load_current_user

    user = load_current_user(db, login)
    if user is None or not user.can(Permission.BACKUP):
        raise PermissionDenied(
            f"U kunt deze reservekopie niet terugzetten: uw inlognaam '{login}' is in de "
            "reservekopie geen beheerder of klachtcoördinator."
        )


def _keep_aside(target: Path, folder: Path) -> Path | None:
    """Move the current file (and its -wal/-shm) into ``folder``; None when there is none."""
    parts = [s for s in ("", "-wal", "-shm") if Path(str(target) + s).exists()]
    if "" not in parts:
        for suffix in parts:  # leftovers of a file that is gone would corrupt the restored one
            Path(str(target) + suffix).unlink()
        return None
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    aside = folder / f"{target.stem}-{stamp}-voor-terugzetten{target.suffix or '.db'}"
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in parts:
            origin, destination = Path(str(target) + suffix), Path(str(aside) + suffix)
            shutil.move(origin, destination)
            moved.append((origin, destination))
    except OSError:
        for origin, destination in reversed(moved):
            with contextlib.suppress(OSError):
                shutil.move(destination, origin)
        log.exception("could not move the current database aside")
        raise ServiceError(
            f"De huidige database kan niet opzij worden gezet in {folder} (schijf vol of geen "
            "schrijfrechten?); er is niets teruggezet."
        ) from None
    return aside


def _anchor_restored(target: Path, staged_head: tuple[int, str] | None) -> None:
    """The restored trail was just verified: its head is the anchor from now on."""
    if staged_head is None:
        return
    from sqlalchemy.engine import make_url

    path = anchor_file_for(make_url(f"sqlite:///{target}"), target)
    try:
        write_anchor(path, Anchor(seq=staged_head[0], hash=staged_head[1], verified_at=now_utc()))
    except OSError:
        log.warning("could not write the audit anchor of the restored database")
