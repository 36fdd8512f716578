"""One version for a complaint and everything that belongs to it.

A complaint is edited as a whole: its own row, the employees concerned, related dossiers,
parts, promises, contact notes, attachments, subjects and norms, and the complainant data
shown with it. Optimistic locking (``version_id_col``) only guards the row that changes, so
a change to a dossier number or a promise left the complaint's version alone and a window
holding an old copy could save over it. Before every flush this listener "touches" the
complaint each changed member belongs to (``updated_at``), which makes SQLAlchemy issue
``UPDATE complaint … WHERE version = :old`` and raise the version: a second writer on the
same version then updates no row and is refused (``StaleDataError``), on SQLite and on
PostgreSQL alike, even when both checked the version at the same moment.

The complainant record is shared by several complaints and keeps its own version as well;
a change to it touches the complaints of that person loaded in the same session (the one the
change was made through).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

from app.models import (
    Attachment,
    Complainant,
    Complaint,
    ComplaintEmployee,
    ComplaintPart,
    ContactNote,
    Promise,
    RelatedDossier,
)
from app.models.base import utcnow

# Members whose creation, change or removal is a change of their complaint.
_MEMBERS = (ComplaintEmployee, RelatedDossier, ComplaintPart, Promise, ContactNote, Attachment)
# Bookkeeping that is no edit of the complaint: a handler opening a follow-up document must
# not make the coordinator's open window stale.
_BOOKKEEPING = {Attachment: frozenset({"seen_by_handler_at", "seen_by_id"})}


def _changed_keys(obj: object) -> set[str]:
    state = inspect(obj)
    return {attr.key for attr in state.attrs if attr.history.has_changes()}


def _is_edit(session: Session, obj: object) -> bool:
    if obj in session.new or obj in session.deleted:
        return True
    if not session.is_modified(obj):
        return False
    ignored = _BOOKKEEPING.get(type(obj))  # type: ignore[arg-type]  # any model may ask
    return ignored is None or bool(_changed_keys(obj) - ignored)


def _owner(session: Session, obj: object) -> Complaint | None:
    complaint = getattr(obj, "complaint", None) if "complaint" in inspect(obj).dict else None
    if isinstance(complaint, Complaint):
        return complaint
    complaint_id = getattr(obj, "complaint_id", None)
    if complaint_id is None:
        return None
    return session.get(Complaint, complaint_id)


def _touch(complaint: Complaint) -> None:
    state = inspect(complaint)
    if state.pending or state.deleted or state.was_deleted:
        return  # a new complaint starts at version 1; a deleted one has no version left
    complaint.updated_at = utcnow()


def _touch_aggregates(session: Session, _context: Any, _instances: Any) -> None:
    to_touch: dict[int, Complaint] = {}
    changed = [*session.new, *session.dirty, *session.deleted]
    with session.no_autoflush:
        for obj in changed:
            if isinstance(obj, Complaint):
                if obj in session.dirty and session.is_modified(obj):
                    to_touch[id(obj)] = obj  # e.g. only subjects or norms changed
            elif isinstance(obj, _MEMBERS):
                if _is_edit(session, obj):
                    owner = _owner(session, obj)
                    if owner is not None:
                        to_touch[id(owner)] = owner
            elif isinstance(obj, Complainant) and obj in session.dirty and _is_edit(session, obj):
                for complaint in session.identity_map.values():
                    if isinstance(complaint, Complaint) and complaint.complainant_id == obj.id:
                        to_touch[id(complaint)] = complaint
    for complaint in to_touch.values():
        _touch(complaint)


def install_aggregate_versions(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _touch_aggregates)
