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

Reports name event numbers, tables, row ids and field names, never values (personal data).
Events and rows are streamed in id order per entity and merged, so memory stays small at
100,000 complaints.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Integer, func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Mapper

from app.db import Database
from app.models import AuditChainHead, AuditEvent, Base, NumberSeries
from app.models.audit import GENESIS_HASH
from app.models.enums import AuditAction
from app.services.anchor import (
    Anchor,
    AnchorUnreadable,
    anchor_file_for,
    now_utc,
    read_anchor,
    write_anchor,
)
from app.services.audit import (
    _SKIPPED_ENTITIES,
    _audited_columns,
    _hashed_fields,
    _link_relationships,
    event_hash,
)
from app.services.base import Service
from app.services.permissions import Permission

log = logging.getLogger(__name__)

# Entities the replay leaves out besides the audit writer's own exclusions (see above).
NOT_REPLAYED = (*_SKIPPED_ENTITIES, NumberSeries)
MAX_LISTED = 50
STREAM_BATCH = 5000
_BINARY = "<binair>"


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
            lines = [f"De controle van de database vond {count} probleem/problemen:"]
            lines += [f"- {p}" for p in self.problems]
            if self.more:
                lines.append(f"- … en nog {self.more} andere.")
        return "\n".join(lines + list(self.notes))


class _Problems:
    def __init__(self) -> None:
        self.listed: list[str] = []
        self.more = 0

    def add(self, text: str) -> None:
        if len(self.listed) < MAX_LISTED:
            self.listed.append(text)
        else:
            self.more += 1

    def __bool__(self) -> bool:
        return bool(self.listed)


# ----- integrity -------------------------------------------------------------------------


def sqlite_integrity(path: Path, *, quick: bool = False) -> list[str]:
    """SQLite's complaints about the file (empty when sound); never raises."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
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


_EVENT_FIELDS = (
    "seq",
    "at",
    "actor_id",
    "actor_login",
    "entity",
    "entity_id",
    "complaint_id",
    "action",
    "changes",
    "reason",
    "prev_hash",
    "hash",
)


def _check_chain(
    connection: Connection,
    problems: _Problems,
    *,
    after: ChainHead | None = None,
    watch: int | None = None,
) -> _Chain:
    """Rehash the events after ``after`` (default: from the genesis) in number order."""
    table = AuditEvent.__table__
    start = after or ChainHead(0, GENESIS_HASH)
    chain = _Chain(last_seq=start.seq, last_hash=start.hash)
    statement = (
        select(*(table.c[k] for k in _EVENT_FIELDS))
        .where(table.c.seq > start.seq)
        .order_by(table.c.seq)
    )
    result = connection.execute(statement, execution_options={"yield_per": STREAM_BATCH})
    for row in result:
        values = row._mapping
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
        if event_hash(_hashed_fields(values)) != values["hash"]:
            problems.add(f"Audittrail: gebeurtenis {seq} is gewijzigd.")
        if seq == watch:
            chain.hash_at[seq] = values["hash"]
        chain.count += 1
        chain.last_seq = seq
        chain.last_hash = values["hash"]
    return chain


def _read_head(connection: Connection) -> ChainHead | None:
    table = AuditChainHead.__table__
    row = connection.execute(
        select(table.c.seq, table.c.last_hash).where(table.c.id == 1)
    ).one_or_none()
    return None if row is None else ChainHead(int(row.seq), str(row.last_hash))


def _check_head(head: ChainHead | None, chain: _Chain, problems: _Problems) -> None:
    if head is None:
        problems.add("Audittrail: de kop van de keten ontbreekt.")
    elif head.seq != chain.last_seq or head.hash != chain.last_hash:
        problems.add(
            f"Audittrail: de kop van de keten (nummer {head.seq}) komt niet overeen met de "
            f"laatste gebeurtenis (nummer {chain.last_seq})."
        )


def _check_anchor(
    anchor: Anchor | None, head: ChainHead | None, chain: _Chain, problems: _Problems
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


# ----- the replay ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Entity:
    name: str
    table: str
    keys: tuple[str, ...]  # the primary key's attribute names
    columns: tuple[tuple[str, bool], ...]  # (attribute, binary)
    links: tuple[tuple[str, Any, Any], ...]  # (relationship, parent column, target column)
    mapper: Mapper[Any]

    @property
    def integer_key(self) -> bool:
        pk = self.mapper.primary_key
        return len(pk) == 1 and isinstance(pk[0].type, Integer)


@cache
def _entities() -> tuple[_Entity, ...]:
    found = []
    for mapper in sorted(Base.registry.mappers, key=lambda m: m.class_.__name__):
        if issubclass(mapper.class_, NOT_REPLAYED):
            continue
        links = []
        for key in _link_relationships(mapper):
            relationship = mapper.relationships[key]
            links.append(
                (
                    key,
                    relationship.synchronize_pairs[0][1],
                    relationship.secondary_synchronize_pairs[0][1],
                )
            )
        found.append(
            _Entity(
                name=mapper.class_.__name__,
                table=mapper.local_table.name,
                keys=tuple(mapper.get_property_by_column(c).key for c in mapper.primary_key),
                columns=_audited_columns(mapper),
                links=tuple(links),
                mapper=mapper,
            )
        )
    return tuple(found)


def _key_text(values: Iterable[Any]) -> str:
    """A row's id as the audit writer records it (``app.services.audit._entity_id``)."""
    return "/".join(v.isoformat() if isinstance(v, date) else str(v) for v in values)


def _recorded(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _same(expected: Any, current: Any) -> bool:
    """Does the recorded (JSON) value equal the column's current value?"""
    if expected is None or current is None:
        return expected is None and current is None
    if isinstance(current, datetime):
        try:
            return datetime.fromisoformat(str(expected)) == current
        except ValueError:
            return False
    if isinstance(current, date):
        return str(expected)[:10] == current.isoformat()
    if isinstance(current, bool):
        return isinstance(expected, bool | int) and bool(expected) == current
    if isinstance(current, str) and isinstance(expected, int | float):
        return str(expected) == current
    return bool(expected == current)


@dataclass
class _Expected:
    """What the trail says about one row, folded event by event."""

    alive: bool = False
    created: bool = False
    complete: bool = False  # every column known (created, or seeded)
    events: int = 0
    last_action: str | None = None
    values: dict[str, Any] = field(default_factory=dict)
    links: dict[str, set[str]] = field(default_factory=dict)

    def apply(self, entity: _Entity, action: str, changes: dict[str, Any]) -> None:
        self.events += 1
        self.last_action = action
        link_names = {name for name, _p, _t in entity.links}
        if action == AuditAction.DELETE:
            self.alive = False
            self.values, self.links = {}, {}
            return
        if action == AuditAction.CREATE:
            self.alive = self.created = self.complete = True
            self.values, self.links = {}, {name: set() for name in link_names}
            for key, value in changes.items():
                if key in link_names:
                    self.links[key] = _apply_link(set(), value)
                else:
                    self.values[key] = value
            return
        self.alive = True
        for key, value in changes.items():
            if key in link_names:
                self.links[key] = _apply_link(self.links.get(key, set()), value)
            elif value == _BINARY:
                self.values[key] = _BINARY
            elif isinstance(value, list) and len(value) == 2:
                self.values[key] = value[1]


def _apply_link(current: set[str], change: Any) -> set[str]:
    if not isinstance(change, dict):
        return current
    return (current | {str(v) for v in change.get("added", ())}) - {
        str(v) for v in change.get("removed", ())
    }


class _Replay:
    def __init__(self, connection: Connection, problems: _Problems) -> None:
        self.connection = connection
        self.problems = problems
        self.rows = 0
        self._baseline: dict[tuple[str, str], dict[str, Any]] | None = None

    # -- reading --

    def _events(self, entity: _Entity, *, by_number: bool) -> Iterator[tuple[Any, Any]]:
        table = AuditEvent.__table__
        order = (
            (func.length(table.c.entity_id), table.c.entity_id, table.c.seq)
            if by_number
            else (table.c.entity_id, table.c.seq)
        )
        statement = (
            select(table.c.seq, table.c.entity_id, table.c.action, table.c.changes)
            .where(table.c.entity == entity.name, table.c.entity_id.is_not(None))
            .order_by(*order)
        )
        result = self.connection.execute(statement, execution_options={"yield_per": STREAM_BATCH})
        for seq, entity_id, action, changes in result:
            key: Any = entity_id
            if by_number:
                if not entity_id.isdigit() or str(int(entity_id)) != entity_id:
                    self.problems.add(
                        f"Audittrail: gebeurtenis {seq} noemt een ongeldig rijnummer."
                    )
                    continue
                key = int(entity_id)
            try:
                parsed = json.loads(changes) if changes else {}
            except ValueError:
                parsed = {}
            yield key, (action, parsed if isinstance(parsed, dict) else {})

    def _rows(self, entity: _Entity) -> Iterator[tuple[Any, dict[str, Any]]]:
        mapper = entity.mapper
        columns = [mapper.column_attrs[name].columns[0].label(name) for name, _b in entity.columns]
        keys = [mapper.column_attrs[name].columns[0] for name in entity.keys]
        statement = select(*columns).order_by(*keys)
        result = self.connection.execute(statement, execution_options={"yield_per": STREAM_BATCH})
        for row in result:
            values = dict(row._mapping)
            if entity.integer_key:
                yield values[entity.keys[0]], values
            else:
                yield _key_text(values[k] for k in entity.keys), values

    def _links(self, parent: Any, target: Any) -> Iterator[tuple[Any, set[str]]]:
        statement = select(parent, target).order_by(parent, target)
        result = self.connection.execute(statement, execution_options={"yield_per": STREAM_BATCH})
        key, group = None, set()
        for parent_id, target_id in result:
            if parent_id != key and group:
                yield key, group
                group = set()
            key = parent_id
            group.add(str(target_id))
        if group:
            yield key, group

    # -- the seed of the migrations --

    def baseline(self, entity: _Entity, key: str) -> dict[str, Any] | None:
        if self._baseline is None:
            self._baseline = _seeded_rows()
        return self._baseline.get((entity.name, key))

    # -- comparing --

    def run(self) -> int:
        for entity in _entities():
            self._replay(entity)
        return self.rows

    def _replay(self, entity: _Entity) -> None:
        streams: dict[str, Iterator[tuple[Any, Any]]] = {
            "events": _grouped(self._events(entity, by_number=entity.integer_key)),
            "row": self._rows(entity),
        }
        for name, parent, target in entity.links:
            streams["link:" + name] = self._links(parent, target)
        merged = _merge(streams) if entity.integer_key else _join(streams)
        for key, parts in merged:
            self._check(entity, key, parts)

    def _check(self, entity: _Entity, key: Any, parts: dict[str, Any]) -> None:
        row = parts.get("row")
        events: list[tuple[str, dict[str, Any]]] = parts.get("events", [])
        name = f"Rij {entity.table} {key}"
        expected = _Expected()
        if row is not None:
            self.rows += 1
            if not events or events[0][0] != AuditAction.CREATE:
                seed = self.baseline(entity, str(key))
                if seed is not None:
                    expected.alive = expected.complete = True
                    expected.values = dict(seed)
                    expected.links = {n: set() for n, _p, _t in entity.links}
        for action, changes in events:
            expected.apply(entity, action, changes)
        if row is None:
            if expected.alive:
                self.problems.add(
                    f"{name} ontbreekt, maar de audittrail heeft geen verwijdering ervan."
                )
            return
        if not expected.events and not expected.complete:
            self.problems.add(f"{name} staat niet in de audittrail (buiten het programma gemaakt).")
            return
        if expected.last_action == AuditAction.DELETE:
            self.problems.add(f"{name} is volgens de audittrail verwijderd, maar bestaat nog.")
            return
        if not expected.complete:
            self.problems.add(f"{name} heeft geen aanmaakgebeurtenis in de audittrail.")
        differing = self._differing(entity, expected, row, parts)
        if differing:
            self.problems.add(
                f"{name} wijkt af van de audittrail (velden: {', '.join(differing)})."
            )

    def _differing(
        self, entity: _Entity, expected: _Expected, row: dict[str, Any], parts: dict[str, Any]
    ) -> list[str]:
        differing = []
        for column, binary in entity.columns:
            current = row[column]
            if column in expected.values:
                recorded = expected.values[column]
            elif expected.complete:
                if current is not None and _same(_column_default(entity, column), current):
                    continue  # a column added later, filled with its default
                recorded = None
            else:
                continue
            if binary:
                if (recorded is None) != (current is None):
                    differing.append(column)
            elif not _same(recorded, current):
                differing.append(column)
        for link, _parent, _target in entity.links:
            if link in expected.links or expected.complete:
                if expected.links.get(link, set()) != parts.get("link:" + link, set()):
                    differing.append(link)
        return differing


def _column_default(entity: _Entity, column: str) -> Any:
    default = entity.mapper.column_attrs[column].columns[0].default
    if default is not None and getattr(default, "is_scalar", False):
        return _recorded(default.arg)
    return None


def _grouped(events: Iterator[tuple[Any, Any]]) -> Iterator[tuple[Any, list[Any]]]:
    key: Any = None
    group: list[Any] = []
    for event_key, event in events:
        if group and event_key != key:
            yield key, group
            group = []
        key = event_key
        group.append(event)
    if group:
        yield key, group


def _merge(streams: dict[str, Iterator[tuple[Any, Any]]]) -> Iterator[tuple[Any, dict[str, Any]]]:
    """Join streams sorted by an integer key: (key, {stream: value}) in key order."""
    heads = {name: next(stream, None) for name, stream in streams.items()}
    while True:
        keys = [head[0] for head in heads.values() if head is not None]
        if not keys:
            return
        key = min(keys)
        parts = {}
        for name, head in heads.items():
            if head is not None and head[0] == key:
                parts[name] = head[1]
                heads[name] = next(streams[name], None)
        yield key, parts


def _join(streams: dict[str, Iterator[tuple[Any, Any]]]) -> Iterator[tuple[Any, dict[str, Any]]]:
    """The same for small tables whose key is not one number: gathered in memory."""
    gathered: dict[Any, dict[str, Any]] = {}
    for name, stream in streams.items():
        for key, value in stream:
            gathered.setdefault(str(key), {})[name] = value
    yield from gathered.items()


@cache
def _seeded_rows_cached() -> tuple[tuple[tuple[str, str], tuple[tuple[str, Any], ...]], ...]:
    """The rows a freshly migrated database holds (the migrations' seed), in recorded form."""
    from app.migrate import upgrade_database

    db = Database("sqlite://")
    try:
        upgrade_database(db)
        found = []
        with db.engine.connect() as connection:
            replay = _Replay(connection, _Problems())
            for entity in _entities():
                for key, values in replay._rows(entity):
                    recorded = tuple((k, _recorded(v)) for k, v in values.items())
                    found.append(((entity.name, str(key)), recorded))
        return tuple(found)
    finally:
        db.dispose()


def _seeded_rows() -> dict[tuple[str, str], dict[str, Any]]:
    return {key: dict(values) for key, values in _seeded_rows_cached()}


# ----- the whole check -------------------------------------------------------------------


def _snapshot(db: Database, connection: Connection) -> None:
    if not db.is_sqlite:
        # One consistent view of trail and rows while colleagues go on writing.
        connection.execution_options(isolation_level="REPEATABLE READ")


def _load_anchor(path: Path, problems: _Problems) -> tuple[Anchor | None, bool]:
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
    progress: Callable[[str], None] | None = None,
) -> VerifyReport:
    """The full check (see the module docstring). On success the anchor beside the
    database is moved to the verified head (created when there was none).

    ``extra_anchor``: another anchor the trail must agree with (a backup's own).
    """
    problems = _Problems()
    notes: list[str] = []
    if db.sqlite_file is not None:
        lines = sqlite_integrity(db.sqlite_file)
        if lines:
            log.error("integrity check failed: %s", "; ".join(lines[:5]))
            problems.add(
                "Databasebestand: de integriteitscontrole van SQLite vindt fouten "
                f"({len(lines)} melding(en), zie het logboek). Het bestand is beschadigd."
            )
            return VerifyReport(tuple(problems.listed), more=problems.more)
    path = anchor_path or anchor_file_for(db.url, db.sqlite_file)
    anchor, readable = _load_anchor(path, problems)
    watch = {a.seq for a in (anchor, extra_anchor) if a is not None}
    try:
        with db.engine.connect() as connection:
            _snapshot(db, connection)
            with connection.begin():
                head = _read_head(connection)
                chain = _check_chain_watching(connection, problems, watch)
                _check_head(head, chain, problems)
                _check_anchor(anchor, head, chain, problems)
                _check_anchor(extra_anchor, head, chain, problems)
                if progress is not None:
                    progress("rijen")
                rows = _Replay(connection, problems).run()
    except SQLAlchemyError:
        log.exception("verify could not read the database")
        problems.add("De database kan niet volledig worden gelezen; zie het logboek.")
        return VerifyReport(tuple(problems.listed), more=problems.more)
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


def _check_chain_watching(connection: Connection, problems: _Problems, watch: set[int]) -> _Chain:
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
    problems = _Problems()
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
    if not problems and readable and head is not None:
        if anchor is None or anchor.seq != head.seq:
            _save_anchor(path, head)
    return VerifyReport(tuple(problems.listed), head=head, more=problems.more)


class VerifyService(Service):
    """The full check on demand (Beheer screen): administrators and coordinators."""

    def verify(self, progress: Callable[[str], None] | None = None) -> VerifyReport:
        self.require(Permission.BACKUP)
        return verify_database(self.db, progress=progress)
