"""Crypto-shredding: personal values in the audit trail are sealed, so erasure can remove them.

The trail is hash-chained (``app.services.audit``), so an event cannot be rewritten once it
is written. Personal values are therefore written to ``audit_event.changes`` sealed
(AES-GCM) under a key of their owner: the complainant's record (``SEALED_FIELDS`` of
``Complainant`` and ``ComplainantReference``) under a key of the complainant, a complaint's
free texts under a key of the complaint. The hash covers the sealed form, so ``verify``
never needs a key. An AVG erasure or a retention destruction deletes the keys in its own
transaction (``delete_keys``); the sealed values in older events can then no longer be
opened and read as ``<verwijderd>`` (erasure) or ``<vernietigd>`` (destruction).

Sealed are the fields that both the erasure and the destruction empty, so the trail's
replay (``verify_replay``) never needs a value whose key is gone:

- Complainant: ``app.models.complainant.PERSONAL_FIELDS``; ComplainantReference.reference;
- Complaint: description, hearing_report, manager_copy_end_missing_reason;
- ComplaintPart: text, findings; Promise: text, withdrawn_reason;
- ContactNote: with_whom, summary; StatusChange: reason;
- FeedbackCard: text, callback_phone, callback_email, name_as_written;
- HandlingReport: description, cause_text, review_remark;
- Attachment and Document: file_name (a file is often named after the person).

Not sealed: events written before database version 0016 (they hold plain values and are
chained; sealing them afterwards would break the chain, so an erasure cannot remove those);
the erasure's and destruction's own events, which hold markers instead of old values; and
what the erasure keeps (a letter's title, the employees concerned, related dossier numbers).

A sealed value is stored as ``{"sealed": "<base64 of nonce + ciphertext>", "key": "<owner>"}``
with owner ``complainant:<id>`` or ``complaint:<id>``; the entity and field are the
associated data, so a sealed value cannot be moved to another field unnoticed.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Iterable
from typing import Any, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Connection, delete, select
from sqlalchemy.orm import Session

from app.models.base import utcnow
from app.models.complainant import PERSONAL_FIELDS, ComplainantReference
from app.models.complaint import Complaint
from app.models.personal_key import PersonalKey
from app.services.bulk_insert import insert_rows

MASKED = "<verwijderd>"
DESTROYED = "<vernietigd>"
FIRST_SEALED_VERSION = "0016"

SEALED_FIELDS: dict[str, frozenset[str]] = {
    "Complainant": frozenset(PERSONAL_FIELDS),
    "ComplainantReference": frozenset({"reference"}),
    "Complaint": frozenset({"description", "hearing_report", "manager_copy_end_missing_reason"}),
    "ComplaintPart": frozenset({"text", "findings"}),
    "Promise": frozenset({"text", "withdrawn_reason"}),
    "ContactNote": frozenset({"with_whom", "summary"}),
    "StatusChange": frozenset({"reason"}),
    "FeedbackCard": frozenset({"text", "callback_phone", "callback_email", "name_as_written"}),
    "HandlingReport": frozenset({"description", "cause_text", "review_remark"}),
    "Attachment": frozenset({"file_name"}),
    "Document": frozenset({"file_name"}),
}
_OWNED_BY_COMPLAINANT = frozenset({"Complainant", "ComplainantReference"})
_CACHE_KEY = "personal_key_cache"
# At most about this many ciphers are kept per transaction (each holds its own context).
_CACHED_KEYS = 5_000
_NONCE = 12
# Expanding IN lists in chunks: SQLite and psycopg both take this many parameters easily.
_CHUNK = 5000
_ENCODER = json.JSONEncoder(ensure_ascii=False)

Owner = tuple[str, int]  # ("complainant" | "complaint", id)


class _Change(Protocol):
    entity: str
    entity_id: str | None
    complaint_id: int | None
    changes: dict[str, Any]


def _ref(owner: Owner) -> str:
    return f"{owner[0]}:{owner[1]}"


def _owner_of_ref(ref: object) -> Owner | None:
    if not isinstance(ref, str):
        return None
    kind, _, ident = ref.partition(":")
    if kind not in ("complainant", "complaint") or not ident.isdigit():
        return None
    return kind, int(ident)


def _column(kind: str) -> Any:
    return PersonalKey.complainant_id if kind == "complainant" else PersonalKey.complaint_id


def _load(connection: Connection, owners: Iterable[Owner]) -> dict[Owner, bytes]:
    found: dict[Owner, bytes] = {}
    by_kind: dict[str, list[int]] = {}
    for kind, ident in set(owners):
        by_kind.setdefault(kind, []).append(ident)
    for kind, ids in by_kind.items():
        column = _column(kind)
        ids.sort()
        for start in range(0, len(ids), _CHUNK):
            rows = connection.execute(
                select(column, PersonalKey.key).where(column.in_(ids[start : start + _CHUNK]))
            )
            found.update(((kind, ident), key) for ident, key in rows)
    return found


# ----- writing ------------------------------------------------------------------------------


def seal_pending(session: Session, pending: list[Any]) -> None:
    """Seal the personal values of the pending audit events in place, creating the keys
    their owners lack (one INSERT for all of them)."""
    todo: list[tuple[_Change, Owner | None]] = []
    references: list[int] = []
    for change in pending:
        fields = SEALED_FIELDS.get(change.entity)
        if not fields or not change.changes or fields.isdisjoint(change.changes):
            continue
        owner = _owner(change)
        if owner is None and change.entity == "ComplainantReference" and change.entity_id:
            references.append(int(change.entity_id))
        todo.append((change, owner))
    if not todo:
        return
    connection = session.connection()
    if references:
        of_reference = dict(
            connection.execute(
                select(ComplainantReference.id, ComplainantReference.complainant_id).where(
                    ComplainantReference.id.in_(references)
                )
            ).all()
        )
        todo = [
            (c, o or _reference_owner(of_reference.get(int(c.entity_id or 0)))) for c, o in todo
        ]
    cache: dict[Owner, AESGCM] = session.info.setdefault(_CACHE_KEY, {})
    if len(cache) > _CACHED_KEYS:
        # A bulk write that appends its events in chunks (an import of 100,000 rows: a key
        # per complaint, a quarter of a GB of ciphers): start afresh; a key needed again is
        # loaded again, from this same transaction.
        cache.clear()
    wanted = {o for _c, o in todo if o is not None and o not in cache}
    if wanted:
        stored = _load(connection, wanted)
        new = {o: AESGCM.generate_key(bit_length=256) for o in wanted - stored.keys()}
        if new:
            now = utcnow()
            insert_rows(
                connection,
                PersonalKey.__table__,
                [
                    {
                        "complainant_id": ident if kind == "complainant" else None,
                        "complaint_id": ident if kind == "complaint" else None,
                        "key": key,
                        "created_at": now,
                    }
                    for (kind, ident), key in new.items()
                ],
            )
        cache.update((o, AESGCM(k)) for o, k in {**stored, **new}.items())
    # The nonces for all values at once (random bytes cut in twelves: one system call
    # instead of one per value, for the hundreds of thousands a bulk import seals), and the
    # associated data once per field.
    sealing: list[tuple[_Change, AESGCM, str, list[str]]] = []
    for change, owner in todo:
        cipher = cache.get(owner) if owner is not None else None
        if cipher is not None:
            fields = SEALED_FIELDS[change.entity]
            names = [name for name in change.changes if name in fields]
            sealing.append((change, cipher, _ref(owner), names))  # type: ignore[arg-type]
    randomness = os.urandom(_NONCE * sum(len(names) for *_rest, names in sealing))
    position = 0
    associated: dict[tuple[str, str], bytes] = {}
    for change, cipher, ref, names in sealing:
        for name in names:
            data = associated.get((change.entity, name))
            if data is None:
                data = associated[(change.entity, name)] = f"{change.entity}.{name}".encode()
            nonce = randomness[position : position + _NONCE]
            position += _NONCE
            change.changes[name] = _sealed(cipher, ref, nonce, data, change.changes[name])


def _reference_owner(complainant_id: int | None) -> Owner | None:
    return None if complainant_id is None else ("complainant", complainant_id)


def _owner(change: _Change) -> Owner | None:
    if change.entity == "Complainant":
        return ("complainant", int(change.entity_id)) if change.entity_id else None
    if change.entity == "ComplainantReference":
        return _reference_owner(change.changes.get("complainant_id"))
    return None if change.complaint_id is None else ("complaint", change.complaint_id)


def _sealed(
    cipher: AESGCM, ref: str, nonce: bytes, associated: bytes, value: Any
) -> dict[str, str]:
    sealed = cipher.encrypt(nonce, _ENCODER.encode(value).encode("utf-8"), associated)
    return {"sealed": base64.b64encode(nonce + sealed).decode("ascii"), "key": ref}


def forget_cached_keys(session: Session) -> None:
    session.info.pop(_CACHE_KEY, None)


def delete_keys(
    session: Session, *, complainant_ids: Iterable[int] = (), complaint_ids: Iterable[int] = ()
) -> None:
    """Shred: delete the keys, in the caller's transaction, so their sealed values in the
    trail can no longer be read."""
    forget_cached_keys(session)
    for column, ids in (
        (PersonalKey.complainant_id, sorted(set(complainant_ids))),
        (PersonalKey.complaint_id, sorted(set(complaint_ids))),
    ):
        for start in range(0, len(ids), _CHUNK):
            session.execute(delete(PersonalKey).where(column.in_(ids[start : start + _CHUNK])))


# ----- events from before the sealing -------------------------------------------------------


def holds_plain_personal_values(entity: str, changes: dict[str, Any]) -> bool:
    """Whether a stored event's changes hold a personal value in plain text: written before
    database version 0016, and beyond the reach of an erasure."""
    fields = SEALED_FIELDS.get(entity)
    if not fields:
        return False
    for name in fields.intersection(changes):
        value = changes[name]
        if is_sealed(value):
            continue
        for part in value if isinstance(value, list) else [value]:
            if part not in (None, "", MASKED, DESTROYED):
                return True
    return False


# ----- reading ------------------------------------------------------------------------------


def is_sealed(value: object) -> bool:
    return isinstance(value, dict) and value.keys() == {"sealed", "key"}


class KeyRing:
    """The keys a reader needs, loaded once per owner; the destroyed complaints among them
    read as ``<vernietigd>``, every other lost key as ``<verwijderd>``."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._keys: dict[Owner, bytes | None] = {}
        self._ciphers: dict[Owner, AESGCM] = {}
        self._destroyed: set[int] = set()
        self._complete = False

    def load_all(self) -> None:
        """Load every key at once: for a reader of the whole trail (the replay of ``verify``),
        which must not query between the rows it streams."""
        rows = self._connection.execute(
            select(PersonalKey.complainant_id, PersonalKey.complaint_id, PersonalKey.key)
        )
        for complainant_id, complaint_id, key in rows:
            if complainant_id is not None:
                self._keys[("complainant", complainant_id)] = key
            elif complaint_id is not None:
                self._keys[("complaint", complaint_id)] = key
        self._complete = True

    def load(self, changes: Iterable[dict[str, Any]]) -> None:
        """Load, in a few queries, the keys of every sealed value in ``changes``."""
        owners = {
            owner
            for change in changes
            for value in change.values()
            if is_sealed(value)
            and (owner := _owner_of_ref(value["key"])) is not None
            and owner not in self._keys
        }
        if not owners or self._complete:
            return
        stored = _load(self._connection, owners)
        for owner in owners:
            self._keys[owner] = stored.get(owner)
        lost = sorted(i for (kind, i) in owners - stored.keys() if kind == "complaint")
        for start in range(0, len(lost), _CHUNK):
            self._destroyed.update(
                self._connection.scalars(
                    select(Complaint.id).where(
                        Complaint.id.in_(lost[start : start + _CHUNK]),
                        Complaint.destroyed_on.is_not(None),
                    )
                )
            )

    def open(self, entity: str, action: str, changes: dict[str, Any]) -> dict[str, Any]:
        """``changes`` with every sealed value opened, or its marker where the key is gone
        (for a change, as old and new value)."""
        if not any(is_sealed(v) for v in changes.values()):
            return changes
        self.load([changes])
        return {
            name: self._open(entity, action, name, value) if is_sealed(value) else value
            for name, value in changes.items()
        }

    def _open(self, entity: str, action: str, name: str, value: dict[str, str]) -> Any:
        owner = _owner_of_ref(value["key"])
        key = self._keys.get(owner) if owner is not None else None
        if key is None or owner is None:
            return self._lost(owner, action)
        cipher = self._ciphers.get(owner)
        if cipher is None:
            cipher = self._ciphers[owner] = AESGCM(key)
        try:
            raw = base64.b64decode(value["sealed"])
            plain = cipher.decrypt(raw[:_NONCE], raw[_NONCE:], f"{entity}.{name}".encode())
        except (InvalidTag, ValueError):
            return self._lost(owner, action)
        return json.loads(plain)

    def _lost(self, owner: Owner | None, action: str) -> Any:
        destroyed = owner is not None and owner[0] == "complaint" and owner[1] in self._destroyed
        marker = DESTROYED if destroyed else MASKED
        return [marker, marker] if action == "update" else marker
