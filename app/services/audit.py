"""The audit writer: every ORM write of a session is recorded, in the same transaction.

After each flush the changes (creations, changed fields, deletions) of the session are
collected; just before the commit they are appended to the hash-chained ``audit_event``
table. A session that writes without an actor is refused, so writes can only come from a
service that knows who acts.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache, lru_cache
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from typing import Any

from sqlalchemy import ColumnElement, Dialect, LargeBinary, event, insert, inspect, select, update
from sqlalchemy.orm import Mapper, Session, SessionTransaction, object_session, sessionmaker

from app.models.audit import GENESIS_HASH, AuditChainHead, AuditEvent
from app.models.base import Base, utcnow
from app.models.complaint import Complaint, ComplaintSearch
from app.models.enums import AuditAction
from app.models.personal_key import PersonalKey
from app.models.view_log import ViewEvent
from app.services.bulk_insert import execute_rows
from app.services.shredding import DESTROYED as DESTROYED  # the markers, beside the sealing
from app.services.shredding import MASKED as MASKED
from app.services.shredding import forget_cached_keys, seal_pending

_PENDING_KEY = "audit_pending"
_DELETED_KEY = "audit_deleted"
# The time stamp of the transaction's events: the same for every event of one transaction,
# also when a large write appends its events in chunks before the commit.
_AT_KEY = "audit_at"
_SKIPPED_COLUMNS = frozenset({"created_at", "updated_at", "version"})
# A session with this key set records changed fields without their old values, with the
# key's value (a marker) in their place: an AVG erasure (MASKED) or a retention run
# (DESTROYED) must not copy the personal data it removes into the trail.
MASK_OLD_VALUES_KEY = "audit_mask_old_values"
# The audit trail itself, derived data (the search text) and the view log (reads, not
# changes; it has an actor of its own) are not audited.
SKIPPED_ENTITIES = (AuditEvent, AuditChainHead, ComplaintSearch, ViewEvent, PersonalKey)


class UnauditedWriteError(RuntimeError):
    """A session tried to write without an actor (a bug: writes go through services)."""


@dataclass(slots=True)
class _Change:
    entity: str
    entity_id: str | None
    complaint_id: int | None
    action: AuditAction
    changes: dict[str, Any] = field(default_factory=dict)
    # The reason in force when the change was flushed: one transaction can hold changes
    # with different reasons (an act, then the tasks it closed automatically).
    reason: str | None = None


# Values ``_plain`` leaves alone, checked first: a bulk import audits millions of them.
_AS_IS = frozenset({str, int, float, bool})


def _plain(value: Any) -> Any:
    convert = _conversion(value.__class__)
    return value if convert is None else convert(value)


def _bytes_marker(value: bytes) -> str:
    return f"<{len(value)} bytes>"


@cache
def _conversion(cls: type) -> Callable[[Any], Any] | None:
    """How ``_plain`` renders a value of ``cls``, worked out once per class: a bulk import
    audits hundreds of thousands of dates and enums."""
    if issubclass(cls, date):  # datetime too
        return cls.isoformat
    if issubclass(cls, bytes):
        return _bytes_marker
    return None


def _entity_id(obj: object) -> str | None:
    state = inspect(obj)
    identity = state.identity or state.mapper.primary_key_from_instance(obj)
    if identity is None or any(part is None for part in identity):
        return None
    return "/".join(_plain(part) if isinstance(part, date) else str(part) for part in identity)


def _complaint_id(obj: object) -> int | None:
    if isinstance(obj, Complaint):
        return obj.id
    value = getattr(obj, "complaint_id", None)
    return value if isinstance(value, int) else None


@cache
def audited_columns(mapper: Mapper[Any]) -> tuple[tuple[str, bool], ...]:
    """(attribute, is binary) of the columns a mapper's audit records, worked out once."""
    return tuple(
        (attr.key, any(isinstance(c.type, LargeBinary) for c in attr.columns))
        for attr in mapper.column_attrs
        if attr.key not in _SKIPPED_COLUMNS
    )


@cache
def link_relationships(mapper: Mapper[Any]) -> tuple[str, ...]:
    return tuple(r.key for r in mapper.relationships if r.secondary is not None)


def _column_changes(
    obj: object, *, created: bool, old_shown_as: str | None = None
) -> dict[str, Any]:
    state = inspect(obj)
    changes: dict[str, Any] = {}
    values = state.dict
    for key, is_binary in audited_columns(state.mapper):
        if created:
            value = values.get(key)
            if value is not None:
                changes[key] = "<binair>" if is_binary else _plain(value)
            continue
        history = state.attrs[key].history
        if history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                if is_binary:
                    changes[key] = "<binair>"
                elif old_shown_as is not None and old is not None:
                    changes[key] = [old_shown_as, _plain(new)]
                else:
                    changes[key] = [_plain(old), _plain(new)]
    for key in link_relationships(state.mapper):
        if created and not values.get(key):
            continue
        history = state.attrs[key].history
        if history.has_changes():
            changes[key] = {
                "added": [_entity_id(o) for o in history.added],
                "removed": [_entity_id(o) for o in history.deleted],
            }
    return changes


def _collect(session: Session, _flush_context: object) -> None:
    collected: list[_Change] = session.info.setdefault(_PENDING_KEY, [])
    found: list[_Change] = []
    for obj in session.new:
        if not isinstance(obj, SKIPPED_ENTITIES):
            found.append(
                _Change(
                    type(obj).__name__,
                    _entity_id(obj),
                    _complaint_id(obj),
                    AuditAction.CREATE,
                    _column_changes(obj, created=True),
                )
            )
    old_shown_as = session.info.get(MASK_OLD_VALUES_KEY)
    for obj in session.dirty:
        if isinstance(obj, SKIPPED_ENTITIES) or not session.is_modified(obj):
            continue
        changes = _column_changes(obj, created=False, old_shown_as=old_shown_as)
        if changes:
            found.append(
                _Change(
                    type(obj).__name__,
                    _entity_id(obj),
                    _complaint_id(obj),
                    AuditAction.UPDATE,
                    changes,
                )
            )
    # Not ``session.deleted``: that misses children removed from a delete-orphan collection.
    for obj in session.info.pop(_DELETED_KEY, []):
        if not isinstance(obj, SKIPPED_ENTITIES):
            found.append(
                _Change(type(obj).__name__, _entity_id(obj), _complaint_id(obj), AuditAction.DELETE)
            )
    if session.info.get("actor") is None and (
        found or any(isinstance(obj, ViewEvent) for obj in session.new)
    ):
        raise UnauditedWriteError("database write without an actor; use a service")
    reason = session.info.get("audit_reason")
    for change in found:
        change.reason = reason
    collected.extend(found)


def record_bulk_inserts(
    session: Session,
    model: type[Any],
    condition: ColumnElement[bool],
    links: dict[int, dict[str, Any]] | None = None,
) -> None:
    """Audit rows written with a bulk ``insert(model)`` (fast, but no flush event sees it):
    the rows ``condition`` selects, each as stored, as the same CREATE event a flush would
    record. ``links`` adds, per id, the many-to-many links written with a row
    (``{"subjects": {"added": [...], "removed": []}}``)."""
    if session.info.get("actor") is None:
        raise UnauditedWriteError("database write without an actor; use a service")
    mapper = inspect(model)
    (key_column,) = mapper.primary_key
    key = mapper.get_property_by_column(key_column).key
    columns = [
        (name, mapper.column_attrs[name].columns[0], is_binary)
        for name, is_binary in audited_columns(mapper)
    ]
    pending: list[_Change] = session.info.setdefault(_PENDING_KEY, [])
    names = [name for name, _column, _binary in columns]
    binary = [name for name, _column, is_binary in columns if is_binary]
    # Core, not ``session.execute``: the ORM's result handling cost more than the query.
    rows = session.connection().execute(
        select(*(column for _name, column, _binary in columns))
        .where(condition)
        .order_by(key_column)
    )
    for row in rows:
        changes = {
            name: value if value.__class__ in _AS_IS else _plain(value)
            for name, value in zip(names, row, strict=True)
            if value is not None
        }
        for name in binary:
            if name in changes:
                changes[name] = "<binair>"
        # The key and complaint_id columns are integers (stored as they are, _AS_IS).
        row_id: Any = changes[key]
        changes.update((links or {}).get(row_id, {}))
        complaint_id: Any = row_id if model is Complaint else changes.get("complaint_id")
        pending.append(
            _Change(
                model.__name__,
                str(row_id),
                complaint_id,
                AuditAction.CREATE,
                changes,
                session.info.get("audit_reason"),
            )
        )


@lru_cache(maxsize=64)
def _as_stored(
    mapper: Mapper[Any], dialect: Dialect, given: frozenset[str]
) -> tuple[tuple[str, bool, Any, Callable[[Any], Any] | None], ...] | None:
    """For ``record_inserted_rows``: per audited column, (name, is binary, the default a
    column missing from ``given`` gets, the conversion that turns an inserted value into
    the value a read-back gives — the type's bind processing followed by its result
    processing). None when a read-back is needed: a missing column with a default that is
    not a constant (a function, a server default)."""
    found = []
    for name, is_binary in audited_columns(mapper):
        column = mapper.column_attrs[name].columns[0]
        default = None
        if name not in given:
            # As ``bulk_insert`` fills them in: a Python-side default first.
            if column.default is not None:
                if not column.default.is_scalar:
                    return None
                default = column.default.arg
            elif column.server_default is not None:
                return None
            if default is None:
                continue  # NULL: not recorded
        kind = column.type.dialect_impl(dialect)  # e.g. SQLite's DATE, stored as text
        bind = kind.bind_processor(dialect)
        result = kind.result_processor(dialect, None)
        convert: Callable[[Any], Any] | None
        if bind is None and result is None:
            convert = None
        elif result is None:
            convert = bind
        elif bind is None:
            convert = result
        else:
            convert = _composed(bind, result)
        found.append((name, is_binary, default, convert))
    return tuple(found)


def _composed(bind: Callable[[Any], Any], result: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: result(bind(value))


def record_inserted_rows(
    session: Session,
    model: type[Any],
    rows: list[dict[str, Any]],
    links: dict[int, dict[str, Any]] | None = None,
) -> None:
    """``record_bulk_inserts`` without reading the rows back: the CREATE events built from
    the values as inserted (``rows``, with the same keys, ids included), each value
    converted as the database round trip converts it (aware datetimes in UTC, enums as
    members, constant defaults filled in), in id order. Falls back to the read-back when a
    column would get a value only the database knows (a server default)."""
    if not rows:
        return
    if session.info.get("actor") is None:
        raise UnauditedWriteError("database write without an actor; use a service")
    mapper = inspect(model)
    (key_column,) = mapper.primary_key
    key = mapper.get_property_by_column(key_column).key
    plan = _as_stored(mapper, session.connection().dialect, frozenset(rows[0]))
    if plan is None:
        record_bulk_inserts(session, model, key_column.in_([r[key] for r in rows]), links)
        return
    pending: list[_Change] = session.info.setdefault(_PENDING_KEY, [])
    reason = session.info.get("audit_reason")
    for row in sorted(rows, key=lambda r: r[key]):
        changes: dict[str, Any] = {}
        for name, is_binary, default, convert in plan:
            value = row.get(name, default)
            if value is None:
                continue
            if convert is not None:
                value = convert(value)
                if value is None:
                    continue
            changes[name] = (
                "<binair>" if is_binary else (value if value.__class__ in _AS_IS else _plain(value))
            )
        row_id: Any = changes[key]
        changes.update((links or {}).get(row_id, {}))
        complaint_id: Any = row_id if model is Complaint else changes.get("complaint_id")
        pending.append(
            _Change(model.__name__, str(row_id), complaint_id, AuditAction.CREATE, changes, reason)
        )


# One encoder for every event: ``json.dumps`` with options builds a new one per call, which
# a 100,000-row import (four events a row, each encoded twice) pays for visibly. The same
# output as ``json.dumps(..., sort_keys=True, ensure_ascii=False, separators=(",", ":"))``.
_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))
_CHANGES = json.JSONEncoder(sort_keys=True, ensure_ascii=False)
# ``_CHANGES.encode`` without building its C encoder anew for every event (the same
# encoder ``JSONEncoder.encode`` builds for a dict; no circular check: changes are trees).
_CHANGES_ITER = (
    c_make_encoder(None, _CHANGES.default, encode_basestring, None, ": ", ", ", True, False, True)
    if c_make_encoder is not None
    else None
)


def _encode_changes(changes: dict[str, Any]) -> str:
    if _CHANGES_ITER is None:  # pragma: no cover - Python without its C accelerator
        return _CHANGES.encode(changes)
    return "".join(_CHANGES_ITER(changes, 0))


def event_hash(fields: dict[str, Any]) -> str:
    canonical = _CANONICAL.encode(fields)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _json(value: Any, _string: Callable[[str], str] = encode_basestring) -> str:
    if value is None:
        return "null"
    if value.__class__ is str:
        return _string(value)
    if value.__class__ is int:
        return int.__repr__(value)
    return _CANONICAL.encode(value)


def _chained_hash(row: dict[str, Any]) -> str:
    """``event_hash(row)`` for the writer, byte for byte the same canonical text, built
    without the general encoder: the keys in their sorted order once, each value by the
    same rules (``_json``). A bulk import hashes tens of thousands of events."""
    return hashlib.sha256(
        ("{" + ",".join([f"{_QUOTED[k]}:{_json(row[k])}" for k in _SORTED_FIELDS]) + "}").encode(
            "utf-8"
        )
    ).hexdigest()


# The fields of an audit event that its hash covers (everything but the hash itself).
HASHED_FIELDS = (
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
)


_SORTED_FIELDS = tuple(sorted(HASHED_FIELDS))
_QUOTED = {k: encode_basestring(k) for k in HASHED_FIELDS}


def hashed_fields(row: dict[str, Any]) -> dict[str, Any]:
    return {
        k: (row[k].isoformat() if isinstance(row[k], datetime) else row[k]) for k in HASHED_FIELDS
    }


def write_pending_audit(session: Session) -> None:
    """Append the events collected so far to the chain now, inside the open transaction,
    instead of at the commit: a bulk write of 100,000 rows then holds one chunk of events in
    memory, not all of them. The same events in the same order; a rollback removes them
    with the rest of the transaction."""
    if session.info.get("actor") is None:
        raise UnauditedWriteError("database write without an actor; use a service")
    _append_pending(session)


def _write(session: Session) -> None:
    session.flush()
    _append_pending(session)


def _append_pending(session: Session) -> None:
    pending: list[_Change] = session.info.pop(_PENDING_KEY, [])
    if not pending:
        return
    actor = session.info["actor"]
    if session.info.get(MASK_OLD_VALUES_KEY) is None:
        # Personal values are sealed (app.services.shredding); an erasure's or destruction's
        # own events hold markers only, and their keys are being deleted.
        seal_pending(session, pending)
    connection = session.connection()
    head_table = AuditChainHead.__table__
    seq, last_hash = connection.execute(
        select(head_table.c.seq, head_table.c.last_hash)
        .where(head_table.c.id == 1)
        .with_for_update()
    ).one()
    at = session.info.get(_AT_KEY)
    if at is None:
        now = utcnow()
        at = session.info[_AT_KEY] = now.replace(microsecond=now.microsecond // 1000 * 1000)
    at_text = at.isoformat()  # as ``hashed_fields`` renders it, once for all events
    rows = []
    for change in pending:
        seq += 1
        row = {
            "seq": seq,
            "at": at_text,
            "actor_id": actor.employee_id,
            "actor_login": actor.login,
            "entity": change.entity,
            "entity_id": change.entity_id,
            "complaint_id": change.complaint_id,
            "action": change.action.value,
            "changes": _encode_changes(change.changes) if change.changes else None,
            "reason": change.reason,
            "prev_hash": last_hash,
        }
        # Every other field is already what ``hashed_fields`` would give.
        row["hash"] = last_hash = _chained_hash(row)
        row["at"] = at
        rows.append(row)
    # No RETURNING of the new id (one row would fetch it), so a login that may only append
    # to the trail (INSERT without SELECT on PostgreSQL: management) can write.
    statement, names, processors = _event_insert(connection.dialect)
    for name, process in processors:
        if name == "at":  # the same moment for every event: converted once
            stored = process(at)
            for row in rows:
                row[name] = stored
            continue
        for row in rows:
            row[name] = process(row[name])
    if connection.dialect.positional:
        execute_rows(connection, statement, [tuple(row[n] for n in names) for row in rows])
    else:
        connection.exec_driver_sql(statement, rows)
    connection.execute(
        update(head_table).where(head_table.c.id == 1).values(seq=seq, last_hash=last_hash)
    )


@lru_cache(maxsize=8)
def _event_insert(
    dialect: Dialect,
) -> tuple[str, tuple[str, ...], tuple[tuple[str, Callable[[Any], Any]], ...]]:
    """The INSERT of audit events as the driver takes it, its parameter order and the
    conversions its columns need (the time stamp). A bulk import appends hundreds of
    thousands of events; SQLAlchemy's per-row parameter handling cost more than the
    database's own work. Every column is given, so no column default is skipped."""
    table = AuditEvent.__table__
    names = (*HASHED_FIELDS, "hash")
    compiled = insert(table).inline().compile(dialect=dialect, column_keys=list(names))
    if dialect.positional:
        order = tuple(compiled.positiontup or ())
        assert set(order) == set(names), order
    else:
        order = names
    processors = tuple(
        (name, process)
        for name in names
        if (process := table.c[name].type.bind_processor(dialect)) is not None
    )
    return str(compiled), order, processors


def _discard(session: Session, *_args: object) -> None:
    session.info.pop(_PENDING_KEY, None)
    session.info.pop(_DELETED_KEY, None)
    session.info.pop(_AT_KEY, None)
    forget_cached_keys(session)


def _end_transaction(session: Session, transaction: SessionTransaction) -> None:
    # Commit events are sent for a savepoint too; the time stamp lasts until the outer
    # transaction ends.
    if transaction.parent is None:
        session.info.pop(_AT_KEY, None)
        forget_cached_keys(session)


def _note_deletion(_mapper: Mapper[Any], _connection: object, target: object) -> None:
    """Every row the flush deletes, orphans included, for ``_collect``."""
    session = object_session(target)
    if session is not None:
        session.info.setdefault(_DELETED_KEY, []).append(target)


def install_audit(factory: sessionmaker[Session]) -> None:
    if not event.contains(Base, "after_delete", _note_deletion):
        event.listen(Base, "after_delete", _note_deletion, propagate=True)
    event.listen(factory, "after_flush", _collect)
    event.listen(factory, "before_commit", _write)
    event.listen(factory, "after_transaction_end", _end_transaction)
    event.listen(factory, "after_rollback", _discard)


def audit_position(session: Session) -> int:
    """The sequence number of the newest audit event (0 for an empty trail)."""
    return int(session.scalar(select(AuditChainHead.seq).where(AuditChainHead.id == 1)) or 0)


def verify_chain(session: Session) -> int | None:
    """Check the whole chain; return the sequence number of the first bad event, or None."""
    previous = GENESIS_HASH
    result = session.execute(
        select(AuditEvent).order_by(AuditEvent.seq).execution_options(yield_per=2000)
    )
    try:
        for expected_seq, event_row in enumerate(result.scalars(), start=1):
            row = {c.key: getattr(event_row, c.key) for c in AuditEvent.__table__.columns}
            if (
                event_row.seq != expected_seq
                or event_row.prev_hash != previous
                or event_hash(hashed_fields(row)) != event_row.hash
            ):
                return event_row.seq
            previous = event_row.hash
    finally:
        result.close()
    return None
