"""Checking the register: the file's integrity and a replay of the audit trail.

``verify_database`` (CLI ``verify``, the Beheer button, before every backup, on every
backup that is restored) checks, in one read snapshot:

1. **Integrity** (SQLite only): ``PRAGMA integrity_check``. PostgreSQL keeps its own
   checksums; there this part is skipped.
2. **The hash chain**: every event's hash recomputed (``app.services.audit.event_hash``),
   each event linked to the one before, numbers 1, 2, 3… without a gap.
3. **The chain head** (``audit_chain_head``) equals the last event (number and hash).
4. **The anchor** outside the database (``app.services.anchor``): the head is not below the
   anchor's number (events cut off the end) and the event at that number still has the
   anchor's hash (a rewritten, fully rehashed trail). With no anchor yet, one is created.
5. **The replay**: for every audited row, the values the trail last recorded equal the
   row's current values; a row without a creation event, a row whose last event is a
   deletion, and a recorded row that vanished without one are reported.

What the replay covers, and why:

- Every ORM entity the audit writer records (``app.services.audit``), with the columns it
  records: all mapped columns except ``created_at``, ``updated_at`` and ``version`` (not
  recorded: timestamps and the optimistic-lock counter change on every write). Binary
  columns (attachment and document content) are recorded as ``"<binair>"``, so only their
  presence is compared; an attachment's ``sha256`` column is compared like any other.
  Many-to-many links (subjects and norms of a complaint, norms of a part) are recorded as
  ``added``/``removed`` lists on the owning row and compared as sets.
- Not replayed: the trail itself; ``complaint_search`` (derived search text, rebuilt by
  the program); ``number_series`` (counters raised by a plain UPDATE inside the registering
  transaction, never through the ORM, so never recorded; the unique complaint number
  guards what matters there).
- Reference data seeded by the migrations (norms of proper conduct, the default
  regulation profile, the first subject categories) has no creation event: such a row is
  compared against what a freshly migrated database holds (computed once, in memory),
  then against every later event. A column that a later migration added to existing rows
  and the trail never recorded may hold its default.

``quick_check`` (every start: ``app.cli._open_database``; the GUI's after its window is ready,
``app.services.start_checks``) does only the cheap part: the
head against the last event, the anchor against the trail, and the events after the anchor
rehashed from the anchor's hash; it then moves the anchor to the head. With no anchor yet
(first start) it trusts the trail and creates one.

Reports name event numbers, tables, row ids and field names, never values (personal data).
Events and rows are streamed in id order per entity and merged (``verify_replay``), so
memory stays small at 100,000 complaints (about 80 MB for 450,000 events).
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, String, select, type_coerce
from sqlalchemy.exc import SQLAlchemyError

from app.db import Database
from app.models import AuditChainHead, AuditEvent
from app.models.audit import GENESIS_HASH
from app.services.access import requires
from app.services.anchor import (
    Anchor,
    AnchorUnreadable,
    anchor_file_for,
    now_utc,
    read_anchor,
    write_anchor,
)
from app.services.audit import HASHED_FIELDS, event_hash, hashed_fields
from app.services.base import Service
from app.services.permissions import Permission
from app.services.verify_replay import STREAM_BATCH, Problems, Replay
from app.wording import counted

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ChainHead:
    seq: int
    hash: str


@dataclass(frozen=True)
class VerifyReport:
    """The outcome of a check: Dutch problem lines (empty when everything holds)."""

    problems: tuple[str, ...]
    notes: tuple[str, ...] = ()
    head: ChainHead | None = None
    events: int = 0
    rows: int = 0
    more: int = 0  # problems found beyond the ones listed

    @property
    def ok(self) -> bool:
        return not self.problems

    def text(self) -> str:
        if self.ok:
            lines = [
                f"De database is in orde: {self.events} gebeurtenissen in de audittrail en "
                f"{self.rows} rijen gecontroleerd."
            ]
        else:
            count = len(self.problems) + self.more
            what = "één probleem" if count == 1 else f"{count} problemen"
            lines = [f"De controle van de database vond {what}:"]
            lines += [f"- {p}" for p in self.problems]
            if self.more:
                lines.append(f"- … en nog {self.more} andere.")
        return "\n".join(lines + list(self.notes))


# ----- integrity -------------------------------------------------------------------------


def sqlite_integrity(path: Path, *, quick: bool = False) -> list[str]:
    """SQLite's complaints about the file (empty when sound); never raises."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
            lines = [str(r[0]) for r in connection.execute(f"PRAGMA {pragma}(20)")]
    except sqlite3.DatabaseError as error:
        return [str(error)]
    return [] if lines == ["ok"] else lines


# ----- the chain -------------------------------------------------------------------------


@dataclass
class _Chain:
    count: int = 0
    last_seq: int = 0
    last_hash: str = GENESIS_HASH
    hash_at: dict[int, str] = field(default_factory=dict)  # the anchor's seq, when seen


_EVENT_FIELDS = (*HASHED_FIELDS, "hash")


def _check_chain(
    connection: Connection,
    problems: Problems,
    *,
    after: ChainHead | None = None,
    watch: int | None = None,
) -> _Chain:
    """Rehash the events after ``after`` (default: from the genesis) in number order."""
    table = AuditEvent.__table__
    start = after or ChainHead(0, GENESIS_HASH)
    chain = _Chain(last_seq=start.seq, last_hash=start.hash)
    # The moment as the driver gives it: parsed here in C, not by the column type.
    columns = [type_coerce(table.c.at, String) if k == "at" else table.c[k] for k in _EVENT_FIELDS]
    statement = select(*columns).where(table.c.seq > start.seq).order_by(table.c.seq)
    result = connection.execute(statement, execution_options={"yield_per": STREAM_BATCH})
    for row in result:
        values = dict(zip(_EVENT_FIELDS, row, strict=True))
        values["at"] = _moment(values["at"])
        seq = values["seq"]
        expected = chain.last_seq + 1
        if seq != expected:
            if seq - 1 == expected:
                problems.add(f"Audittrail: gebeurtenis {expected} ontbreekt.")
            else:
                problems.add(
                    f"Audittrail: gebeurtenissen {expected} tot en met {seq - 1} ontbreken."
                )
        elif values["prev_hash"] != chain.last_hash:
            problems.add(f"Audittrail: gebeurtenis {seq} sluit niet aan op gebeurtenis {seq - 1}.")
        if event_hash(hashed_fields(values)) != values["hash"]:
            problems.add(f"Audittrail: gebeurtenis {seq} is gewijzigd.")
        if seq == watch:
            chain.hash_at[seq] = values["hash"]
        chain.count += 1
        chain.last_seq = seq
        chain.last_hash = values["hash"]
    return chain


def _moment(value: str | datetime) -> datetime:
    """The event's moment as ``UTCDateTime`` reads it back (stored as naive UTC)."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def _read_head(connection: Connection) -> ChainHead | None:
    table = AuditChainHead.__table__
    row = connection.execute(
        select(table.c.seq, table.c.last_hash).where(table.c.id == 1)
    ).one_or_none()
    return None if row is None else ChainHead(int(row.seq), str(row.last_hash))


def _check_head(head: ChainHead | None, chain: _Chain, problems: Problems) -> None:
    if head is None:
        problems.add("Audittrail: de kop van de keten ontbreekt.")
    elif head.seq != chain.last_seq or head.hash != chain.last_hash:
        problems.add(
            f"Audittrail: de kop van de keten (nummer {head.seq}) komt niet overeen met de "
            f"laatste gebeurtenis (nummer {chain.last_seq})."
        )


def _check_anchor(
    anchor: Anchor | None, head: ChainHead | None, chain: _Chain, problems: Problems
) -> None:
    if anchor is None:
        return
    last = chain.last_seq if head is None else min(head.seq, chain.last_seq)
    if anchor.seq > last:
        problems.add(
            f"Audittrail: de gebeurtenissen na nummer {last} ontbreken; buiten de database "
            f"is vastgelegd dat de audittrail tot nummer {anchor.seq} liep (afgekapt)."
        )
        return
    seen = GENESIS_HASH if anchor.seq == 0 else chain.hash_at.get(anchor.seq)
    if seen is not None and seen != anchor.hash:
        problems.add(
            f"Audittrail: gebeurtenis {anchor.seq} heeft een andere hash dan buiten de database "
            "is vastgelegd; de audittrail is herschreven."
        )


# ----- the whole check -------------------------------------------------------------------


def _snapshot(db: Database, connection: Connection) -> None:
    if not db.is_sqlite:
        # One consistent view of trail and rows while colleagues go on writing.
        connection.execution_options(isolation_level="REPEATABLE READ")


def _load_anchor(path: Path, problems: Problems) -> tuple[Anchor | None, bool]:
    """(anchor, readable)."""
    try:
        return read_anchor(path), True
    except AnchorUnreadable:
        problems.add(
            f"Het anker van de audittrail ({path}) is onleesbaar. Laat de beheerder nagaan "
            "wie het heeft gewijzigd; verwijder het pas daarna, dan maakt de volgende "
            "controle een nieuw."
        )
        return None, False


def verify_database(
    db: Database,
    *,
    anchor_path: Path | None = None,
    extra_anchor: Anchor | None = None,
    update_anchor: bool = True,
) -> VerifyReport:
    """The full check (see the module docstring). On success the anchor beside the
    database is moved to the verified head (created when there was none).

    ``extra_anchor``: another anchor the trail must agree with (a backup's own).
    """
    problems = Problems()
    # SQLite checks the file in C without the GIL: on a second core, alongside the replay.
    integrity = _IntegrityCheck(db.sqlite_file)
    try:
        path = anchor_path or anchor_file_for(db.url, db.sqlite_file)
        anchor, readable = _load_anchor(path, problems)
        try:
            chain, rows = _check_trail(db, problems, anchor, extra_anchor)
        except SQLAlchemyError:
            log.exception("verify could not read the database")
            problems.add("De database kan niet volledig worden gelezen; zie het logboek.")
            chain, rows = None, 0
    finally:
        damage = integrity.result()
    if damage:
        log.error("integrity check failed: %s", "; ".join(damage[:5]))
        return VerifyReport(
            (
                "Databasebestand: de integriteitscontrole van SQLite vindt fouten "
                f"({counted(len(damage), 'melding', 'meldingen')}, zie het logboek). "
                "Het bestand is beschadigd.",
            )
        )
    if chain is None:
        return VerifyReport(tuple(problems.listed), more=problems.more)
    notes: list[str] = []
    verified = ChainHead(chain.last_seq, chain.last_hash)
    if not problems and update_anchor and readable:
        if anchor is None:
            notes.append(f"Er was nog geen anker buiten de database; het staat nu in {path}.")
        _save_anchor(path, verified)
    log.info(
        "verify: %d events, %d rows, %d problems",
        chain.count,
        rows,
        len(problems.listed) + problems.more,
    )
    return VerifyReport(
        tuple(problems.listed),
        tuple(notes),
        head=verified,
        events=chain.count,
        rows=rows,
        more=problems.more,
    )


class _IntegrityCheck:
    def __init__(self, path: Path | None) -> None:
        self._lines: list[str] = []
        self._thread: threading.Thread | None = None
        if path is not None:
            self._thread = threading.Thread(
                target=lambda: self._lines.extend(sqlite_integrity(path)),
                name="integrity-check",
                daemon=True,
            )
            self._thread.start()

    def result(self) -> list[str]:
        if self._thread is not None:
            self._thread.join()
        return self._lines


def _check_trail(
    db: Database, problems: Problems, anchor: Anchor | None, extra_anchor: Anchor | None
) -> tuple[_Chain, int]:
    """Chain, head, anchors and replay, in one read snapshot."""
    watch = {a.seq for a in (anchor, extra_anchor) if a is not None}
    with db.engine.connect() as connection:
        _snapshot(db, connection)
        with connection.begin():
            head = _read_head(connection)
            chain = _check_chain_watching(connection, problems, watch)
            _check_head(head, chain, problems)
            _check_anchor(anchor, head, chain, problems)
            _check_anchor(extra_anchor, head, chain, problems)
            rows = Replay(connection, problems).run()
    return chain, rows


def _check_chain_watching(connection: Connection, problems: Problems, watch: set[int]) -> _Chain:
    # Almost always one anchor; a backup being restored may bring a second one.
    watched = sorted(watch)
    chain = _check_chain(connection, problems, watch=watched[0] if watched else None)
    for seq in watched[1:]:
        row = connection.execute(
            select(AuditEvent.__table__.c.hash).where(AuditEvent.__table__.c.seq == seq)
        ).scalar_one_or_none()
        if row is not None:
            chain.hash_at[seq] = row
    return chain


def _save_anchor(path: Path, head: ChainHead) -> None:
    try:
        write_anchor(path, Anchor(seq=head.seq, hash=head.hash, verified_at=now_utc()))
    except OSError:
        # The check itself holds; a read-only folder only costs the outside anchor.
        log.warning("could not write the audit anchor")


def quick_check(db: Database, *, anchor_path: Path | None = None) -> VerifyReport:
    """The cheap check for every start: head against the last event, the events after
    the anchor rehashed from the anchor's hash, the anchor against the trail. On success
    the anchor moves to the head (the chain up to it has now been seen whole)."""
    problems = Problems()
    path = anchor_path or anchor_file_for(db.url, db.sqlite_file)
    anchor, readable = _load_anchor(path, problems)
    table = AuditEvent.__table__
    with db.engine.connect() as connection:
        _snapshot(db, connection)
        with connection.begin():
            head = _read_head(connection)
            last = connection.execute(
                select(table.c.seq, table.c.hash).order_by(table.c.seq.desc()).limit(1)
            ).one_or_none()
            last_head = ChainHead(0, GENESIS_HASH) if last is None else ChainHead(*last)
            chain = _Chain(last_seq=last_head.seq, last_hash=last_head.hash)
            _check_head(head, chain, problems)
            if anchor is not None:
                at_anchor = connection.execute(
                    select(table.c.hash).where(table.c.seq == anchor.seq)
                ).scalar_one_or_none()
                if at_anchor is not None:
                    chain.hash_at[anchor.seq] = at_anchor
                _check_anchor(anchor, head, chain, problems)
                if not problems and anchor.seq < last_head.seq:
                    rehashed = _check_chain(
                        connection, problems, after=ChainHead(anchor.seq, anchor.hash)
                    )
                    if rehashed.last_seq != last_head.seq:
                        problems.add("Audittrail: de keten na het anker is niet volledig.")
    moved = anchor is None or (head is not None and anchor.seq != head.seq)
    if not problems and readable and head is not None and moved:
        _save_anchor(path, head)
    return VerifyReport(tuple(problems.listed), head=head, more=problems.more)


class VerifyService(Service):
    """The full check on demand (Beheer screen): administrators and coordinators."""

    @requires(Permission.BACKUP)
    def verify(self) -> VerifyReport:
        self.require(Permission.BACKUP)
        return verify_database(self.db)
