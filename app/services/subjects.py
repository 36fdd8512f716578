"""Subject categories (onderwerpen) that complaints are classified by: list, add, rename,
make (in)active. A category is never deleted: complaints keep the subjects they were given."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import SubjectCategory
from app.models.reference import complaint_subject
from app.services.access import harmless, requires
from app.services.base import Service
from app.services.errors import NotFound, ValidationError
from app.services.permissions import Permission
from app.services.search import complaints_showing, refresh_search_text
from app.services.validation import Checker, TextField, column_limit

NAME = TextField("Naam", column_limit(SubjectCategory.name))
NAME_MAX_LENGTH = NAME.max_length


@dataclass(frozen=True)
class SubjectRecord:
    id: int
    name: str
    active: bool
    complaint_count: int  # complaints classified under this subject


class SubjectService(Service):
    @harmless("reference data: the subject categories")
    def list_subjects(self, include_inactive: bool = False) -> list[SubjectRecord]:
        """The categories by name; the active ones only unless asked otherwise."""
        with self.reading() as session:
            counts: dict[int, int] = dict(
                session.execute(
                    select(complaint_subject.c.subject_id, func.count()).group_by(
                        complaint_subject.c.subject_id
                    )
                ).all()
            )
            query = select(SubjectCategory)
            if not include_inactive:
                query = query.where(SubjectCategory.active)
            subjects = session.scalars(query).all()
            records = [_record(subject, counts.get(subject.id, 0)) for subject in subjects]
        return sorted(records, key=lambda record: record.name.casefold())

    @requires(Permission.MANAGE_SETTINGS)
    def create_subject(self, name: str) -> SubjectRecord:
        clean = _checked_name(name)
        with self.writing(Permission.MANAGE_SETTINGS) as session:
            _refuse_duplicate(session, clean, None)
            subject = SubjectCategory(name=clean, active=True)
            session.add(subject)
            session.flush()
            return _record(subject, 0)

    @requires(Permission.MANAGE_SETTINGS)
    def rename_subject(self, subject_id: int, name: str) -> SubjectRecord:
        """A new name for the category; complaints classified under it follow."""
        clean = _checked_name(name)
        with self.writing(Permission.MANAGE_SETTINGS, reason="onderwerp hernoemd") as session:
            subject = _subject(session, subject_id)
            _refuse_duplicate(session, clean, subject_id)
            renamed = subject.name != clean
            subject.name = clean
            session.flush()
            if renamed:  # search text and sort keys show the subject's name
                refresh_search_text(session, complaints_showing(session, subject_id=subject_id))
            return _record(subject, _count(session, subject_id))

    @requires(Permission.MANAGE_SETTINGS)
    def set_subject_active(self, subject_id: int, active: bool) -> SubjectRecord:
        """An inactive category can no longer be chosen; complaints keep it."""
        with self.writing(Permission.MANAGE_SETTINGS) as session:
            subject = _subject(session, subject_id)
            subject.active = active
            session.flush()
            return _record(subject, _count(session, subject_id))


def _checked_name(name: str) -> str:
    checker = Checker()
    clean = checker.text(
        "name", " ".join((name or "").split()), NAME, "Vul de naam van het onderwerp in."
    )
    checker.raise_if_any()
    assert clean is not None
    return clean


def _refuse_duplicate(session: Session, name: str, own_id: int | None) -> None:
    """Names are unique regardless of capitals ("Bejegening" and "bejegening" are one)."""
    for other_id, other_name in session.execute(select(SubjectCategory.id, SubjectCategory.name)):
        if other_id != own_id and other_name.casefold() == name.casefold():
            raise ValidationError({"name": "Er is al een onderwerp met deze naam."})


def _subject(session: Session, subject_id: int) -> SubjectCategory:
    subject = session.get(SubjectCategory, subject_id)
    if subject is None:
        raise NotFound("Dit onderwerp bestaat niet (meer).")
    return subject


def _count(session: Session, subject_id: int) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(complaint_subject)
            .where(complaint_subject.c.subject_id == subject_id)
        )
        or 0
    )


def _record(subject: SubjectCategory, complaint_count: int) -> SubjectRecord:
    return SubjectRecord(
        id=subject.id, name=subject.name, active=subject.active, complaint_count=complaint_count
    )
