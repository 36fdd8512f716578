"""The replay of the audit trail (part of ``app.services.verify``, whose docstring says
what it covers): per audited entity, its events (in row-id order, then event order) and its
current rows (in id order) are streamed side by side and merged, so memory stays small at
100,000 complaints; each row's last recorded values are compared with its current ones.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache, cached_property
from typing import Any

from sqlalchemy import Connection, Date, DateTime, Integer, func, select
from sqlalchemy.orm import Mapper

from app.db import Database
from app.models import AuditEvent, Base, NumberSeries
from app.models.base import UTCDateTime
from app.models.enums import AuditAction
from app.services.audit import SKIPPED_ENTITIES, audited_columns, link_relationships
from app.services.shredding import SEALED_FIELDS, KeyRing

# Entities the replay leaves out besides the audit writer's own exclusions.
NOT_REPLAYED = (*SKIPPED_ENTITIES, NumberSeries)
MAX_LISTED = 50
STREAM_BATCH = 5000
_BINARY = "<binair>"


class Problems:
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

    @cached_property
    def names(self) -> tuple[str, ...]:
        return tuple(name for name, _binary in self.columns)

    @cached_property
    def link_names(self) -> frozenset[str]:
        return frozenset(name for name, _p, _t in self.links)

    @cached_property
    def key_positions(self) -> tuple[int, ...]:
        return tuple(self.names.index(key) for key in self.keys)

    @cached_property
    def normalizers(self) -> tuple[tuple[int, Callable[[Any], Any]], ...]:
        """Per column that needs it, how its current value becomes the recorded form."""
        found: list[tuple[int, Callable[[Any], Any]]] = []
        for position, (name, binary) in enumerate(self.columns):
            column_type = self.mapper.column_attrs[name].columns[0].type
            if binary:
                found.append((position, _as_binary))
            elif isinstance(column_type, Date | DateTime | UTCDateTime):
                found.append((position, _isoformat))
        return tuple(found)

    @cached_property
    def defaults(self) -> tuple[Any, ...]:
        """A column's scalar default (recorded form), accepted where the trail is silent:
        a column a later migration added to rows that existed before."""
        found = []
        for name in self.names:
            default = self.mapper.column_attrs[name].columns[0].default
            scalar = default is not None and getattr(default, "is_scalar", False)
            found.append(_recorded(default.arg) if scalar else None)
        return tuple(found)


def _as_binary(_value: Any) -> str:
    return _BINARY


def _isoformat(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


@cache
def _entities() -> tuple[_Entity, ...]:
    found = []
    for mapper in sorted(Base.registry.mappers, key=lambda m: m.class_.__name__):
        if issubclass(mapper.class_, NOT_REPLAYED):
            continue
        links = []
        for key in link_relationships(mapper):
            relationship = mapper.relationships[key]
            links.append(
                (
                    key,
                    relationship.synchronize_pairs[0][1],
                    # A link relationship has a secondary table, so it has these pairs.
                    (relationship.secondary_synchronize_pairs or [])[0][1],
                )
            )
        found.append(
            _Entity(
                name=mapper.class_.__name__,
                table=mapper.class_.__table__.name,
                keys=tuple(mapper.get_property_by_column(c).key for c in mapper.primary_key),
                columns=audited_columns(mapper),
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
    """Does the recorded (JSON) value equal the column's current value (recorded form)?"""
    if expected == current:
        return True
    if expected is None or current is None:
        return False
    if isinstance(expected, str) and isinstance(current, str) and "T" in current:
        try:  # the same moment, recorded in another time zone
            return datetime.fromisoformat(expected) == datetime.fromisoformat(current)
        except ValueError:
            return False
    if isinstance(current, str) and isinstance(expected, int | float):
        return str(expected) == current
    return False


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
        link_names = entity.link_names
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


class Replay:
    def __init__(self, connection: Connection, problems: Problems) -> None:
        self.connection = connection
        self.problems = problems
        self.rows = 0
        self._baseline: dict[tuple[str, str], dict[str, Any]] | None = None
        self._keys: KeyRing | None = None

    def _key_ring(self) -> KeyRing:
        """Every key, loaded before the first sealed entity's events are streamed."""
        if self._keys is None:
            self._keys = KeyRing(self.connection)
            self._keys.load_all()
        return self._keys

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
        keys = self._key_ring() if entity.name in SEALED_FIELDS else None
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
            if not isinstance(parsed, dict):
                parsed = {}
            elif keys is not None:
                parsed = keys.open(entity.name, action, parsed)
            yield key, (action, parsed)

    def _rows(self, entity: _Entity) -> Iterator[tuple[Any, tuple[Any, ...]]]:
        """(key, the row's values in recorded form, in ``entity.names`` order)."""
        mapper = entity.mapper
        columns = [mapper.column_attrs[name].columns[0] for name in entity.names]
        keys = [mapper.column_attrs[name].columns[0] for name in entity.keys]
        statement = select(*columns).order_by(*keys)
        result = self.connection.execute(statement, execution_options={"yield_per": STREAM_BATCH})
        normalizers = entity.normalizers
        integer_key = entity.integer_key
        positions = entity.key_positions
        for row in result:
            values = list(row)
            key = values[positions[0]] if integer_key else _key_text(values[i] for i in positions)
            for position, normalize in normalizers:
                if values[position] is not None:
                    values[position] = normalize(values[position])
            yield key, tuple(values)

    def _links(self, parent: Any, target: Any) -> Iterator[tuple[Any, set[str]]]:
        statement = select(parent, target).order_by(parent, target)
        result = self.connection.execute(statement, execution_options={"yield_per": STREAM_BATCH})
        key: Any = None
        group: set[str] = set()
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
        """The seeded row of a freshly migrated database, as {column: recorded value}."""
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
        self, entity: _Entity, expected: _Expected, row: tuple[Any, ...], parts: dict[str, Any]
    ) -> list[str]:
        recorded = expected.values
        differing: list[str] = []
        # Nearly every row: one tuple comparison instead of one per column.
        if not (expected.complete and tuple(map(recorded.get, entity.names)) == row):
            differing = self._differing_columns(entity, expected, row)
        for link, _parent, _target in entity.links:
            known = link in expected.links or expected.complete
            if known and expected.links.get(link, set()) != parts.get("link:" + link, set()):
                differing.append(link)
        return differing

    @staticmethod
    def _differing_columns(entity: _Entity, expected: _Expected, row: tuple[Any, ...]) -> list[str]:
        differing = []
        for position, column in enumerate(entity.names):
            current = row[position]
            if column in expected.values:
                value = expected.values[column]
            elif expected.complete:
                if current is not None and _same(entity.defaults[position], current):
                    continue  # a column added later, filled with its default
                value = None
            else:
                continue
            if not _same(value, current):
                differing.append(column)
        return differing


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
            replay = Replay(connection, Problems())
            for entity in _entities():
                for key, values in replay._rows(entity):
                    found.append(
                        ((entity.name, str(key)), tuple(zip(entity.names, values, strict=True)))
                    )
        return tuple(found)
    finally:
        db.dispose()


def _seeded_rows() -> dict[tuple[str, str], dict[str, Any]]:
    return {key: dict(values) for key, values in _seeded_rows_cached()}
