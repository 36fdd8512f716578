"""Complainants: finding the person again (likely duplicates), and merging two records."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from app.models import Complainant, ComplainantReference, Complaint
from app.models.enums import OPEN_STATUSES
from app.services.access import requires
from app.services.base import Service, check_version
from app.services.errors import NotFound, ServiceError
from app.services.names import NameParts, full_name
from app.services.permissions import Permission
from app.services.search import complaints_showing, refresh_search_text
from app.services.validation import (
    REASON_TEXT,
    Checker,
    FieldError,
    TextField,
    check_email,
    check_phone,
    check_postcode,
    column_limit,
    search_text,
)

NO_RESPONSE_SUBJECTS = TextField("Onderwerpen", REASON_TEXT, multiline=True)
NOTICE_ON = "De datum van de mededeling"
# Names at least this similar (0..1, after normalising) are offered as the same person.
NAME_SIMILARITY = 0.82
MAX_CANDIDATES = 400
MAX_MATCHES = 8
MAX_NAME_WORDS = 8


@dataclass(frozen=True)
class ComplainantData:
    salutation: str | None = None
    # The display name; the services compute it from the parts below when any is given
    # (a caller with only one name text, such as the import, gives just this).
    name: str | None = None
    street: str | None = None
    house_number: str | None = None
    postcode: str | None = None
    city: str | None = None
    phone_day: str | None = None
    phone_evening: str | None = None
    email: str | None = None
    initials: str | None = None
    first_name: str | None = None
    infix: str | None = None
    surname: str | None = None

    @property
    def display_name(self) -> str | None:
        """The name to show and search by: from the parts, else ``name``."""
        return full_name(NameParts(self.initials, self.first_name, self.infix, self.surname)) or (
            self.name
        )


@dataclass(frozen=True)
class ComplainantMatch:
    id: int
    name: str | None
    address: str
    email: str | None
    phone: str | None
    reasons: tuple[str, ...]  # Dutch source strings: why this may be the same person
    score: float
    open_complaints: tuple[str, ...]  # numbers
    references: tuple[str, ...]
    no_response_subjects: str | None = None  # a persistent complainant (with notice date)
    no_response_notice_on: date | None = None
    # The old register's "#": every complaint this person ever made, closed ones included.
    complaints_before: int = 0


def normalise_name(name: str | None) -> str:
    """Lower case, accents and punctuation removed, spaces collapsed, words sorted."""
    if not name:
        return ""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.replace("ł", "l").replace("Ł", "l").replace("ø", "o").replace("Ø", "o")
    words = re.sub(r"[^\w]+", " ", plain.lower()).split()
    return " ".join(sorted(words))


def name_similarity(a: str | None, b: str | None) -> float:
    left, right = normalise_name(a), normalise_name(b)
    if not left or not right:
        return 0.0
    return difflib.SequenceMatcher(None, left, right).ratio()


def address_line(person: Complainant) -> str:
    street = " ".join(p for p in (person.street, person.house_number) if p)
    place = " ".join(p for p in (person.postcode, person.city) if p)
    return ", ".join(p for p in (street, place) if p)


def _quiet(check: Callable[[str | None], str | None], value: str | None) -> str | None:
    try:
        return check(value)
    except FieldError:
        return None


def find_matches(
    session: Session, data: ComplainantData, exclude_id: int | None = None
) -> list[ComplainantMatch]:
    """Existing complainants who may be the same person as ``data``, best first."""
    email = _quiet(check_email, data.email)
    phones = [
        p
        for p in (_quiet(check_phone, data.phone_day), _quiet(check_phone, data.phone_evening))
        if p
    ]
    postcode = _quiet(check_postcode, data.postcode)
    # The name as typed so far, searched for, not stored: what cannot be stored is dropped
    # and its length capped, so a pasted page can never become thousands of conditions.
    name = search_text(data.display_name)
    words = list(dict.fromkeys(normalise_name(name).split()))[:MAX_NAME_WORDS]
    conditions = []
    if email:
        conditions.append(func.lower(Complainant.email) == email.lower())
    for phone in phones:
        conditions.extend((Complainant.phone_day == phone, Complainant.phone_evening == phone))
    if postcode:
        conditions.append(Complainant.postcode == postcode)
    for word in words:
        if len(word) >= 3:
            conditions.append(func.lower(Complainant.name).contains(word[:4], autoescape=True))
    if not conditions:
        return []
    query = (
        select(Complainant)
        .where(or_(*conditions), Complainant.merged_into_id.is_(None))
        .options(selectinload(Complainant.references))
        .limit(MAX_CANDIDATES)
    )
    if exclude_id is not None:
        query = query.where(Complainant.id != exclude_id)
    matches: list[tuple[float, Complainant, tuple[str, ...]]] = []
    for person in session.scalars(query):
        reasons: list[str] = []
        score = 0.0
        if email and person.email and person.email.lower() == email.lower():
            reasons.append("zelfde e-mailadres")
            score += 1.0
        if phones and {person.phone_day, person.phone_evening} & set(phones):
            reasons.append("zelfde telefoonnummer")
            score += 1.0
        if postcode and person.postcode == postcode:
            same_house = bool(
                data.house_number
                and person.house_number
                and data.house_number.strip().lower() == person.house_number.strip().lower()
            )
            reasons.append("zelfde adres" if same_house else "zelfde postcode")
            score += 0.8 if same_house else 0.3
        similarity = name_similarity(name, person.name)
        if similarity >= NAME_SIMILARITY:
            reasons.append("naam lijkt sterk" if similarity < 1 else "zelfde naam")
            score += similarity
        # A shared postcode alone is not enough to suggest the same person.
        if score >= 0.8:
            matches.append((score, person, tuple(reasons)))
    matches.sort(key=lambda m: (-m[0], m[1].id))
    best = matches[:MAX_MATCHES]
    open_numbers = _open_complaints(session, [m[1].id for m in best])
    made_before = complaint_counts(session, [m[1].id for m in best])
    return [
        ComplainantMatch(
            id=person.id,
            name=person.name,
            address=address_line(person),
            email=person.email,
            phone=person.phone_day or person.phone_evening,
            reasons=reasons,
            score=round(score, 3),
            open_complaints=tuple(open_numbers.get(person.id, ())),
            references=tuple(r.reference for r in person.references),
            no_response_subjects=person.no_response_subjects,
            no_response_notice_on=person.no_response_notice_on,
            complaints_before=made_before.get(person.id, 0),
        )
        for score, person, reasons in best
    ]


def _open_complaints(session: Session, complainant_ids: list[int]) -> dict[int, list[str]]:
    if not complainant_ids:
        return {}
    rows = session.execute(
        select(Complaint.complainant_id, Complaint.number)
        .where(
            Complaint.complainant_id.in_(complainant_ids),
            Complaint.status.in_([s.value for s in OPEN_STATUSES]),
        )
        .order_by(Complaint.number)
    )
    found: dict[int, list[str]] = {}
    for complainant_id, number in rows:
        if complainant_id is not None:  # the query asked for these ids only
            found.setdefault(complainant_id, []).append(number)
    return found


def complaint_counts(session: Session, complainant_ids: list[int]) -> dict[int, int]:
    """How many complaints each of these people ever made, closed ones included (one
    aggregate on the indexed complainant_id, never the complaints themselves)."""
    if not complainant_ids:
        return {}
    rows = session.execute(
        select(Complaint.complainant_id, func.count())
        .where(Complaint.complainant_id.in_(complainant_ids))
        .group_by(Complaint.complainant_id)
    )
    return {
        complainant_id: int(count) for complainant_id, count in rows if complainant_id is not None
    }


@dataclass(frozen=True)
class ComplainantRecord:
    id: int
    data: ComplainantData
    references: tuple[str, ...]
    open_complaints: tuple[str, ...]
    no_response_subjects: str | None
    no_response_notice_on: date | None


class ComplainantService(Service):
    @requires(Permission.REGISTER_COMPLAINT)
    def get(self, complainant_id: int) -> ComplainantRecord:
        """Everything on record about one complainant (to fill a form with)."""
        self.require(Permission.REGISTER_COMPLAINT)
        with self.reading() as session:
            person = session.get(Complainant, complainant_id)
            if person is None:
                raise NotFound("Deze klager bestaat niet (meer).")
            return ComplainantRecord(
                id=person.id,
                data=ComplainantData(
                    salutation=person.salutation,
                    name=person.name,
                    street=person.street,
                    house_number=person.house_number,
                    postcode=person.postcode,
                    city=person.city,
                    phone_day=person.phone_day,
                    phone_evening=person.phone_evening,
                    email=person.email,
                    initials=person.initials,
                    first_name=person.first_name,
                    infix=person.infix,
                    surname=person.surname,
                ),
                references=tuple(r.reference for r in person.references),
                open_complaints=tuple(_open_complaints(session, [person.id]).get(person.id, [])),
                no_response_subjects=person.no_response_subjects,
                no_response_notice_on=person.no_response_notice_on,
            )

    @requires(Permission.REGISTER_COMPLAINT)
    def search(self, text: str, limit: int = 20) -> list[ComplainantMatch]:
        """Complainants whose name, e-mail, phone or NAW reference contains ``text``."""
        self.require(Permission.REGISTER_COMPLAINT)
        needle = search_text(text).lower()
        if len(needle) < 2:
            return []
        with self.reading() as session:
            digits = "".join(c for c in needle if c.isdigit())
            conditions = [
                func.lower(Complainant.name).contains(needle, autoescape=True),
                func.lower(Complainant.email).contains(needle, autoescape=True),
                Complainant.id.in_(
                    select(ComplainantReference.complainant_id).where(
                        func.lower(ComplainantReference.reference).contains(needle, autoescape=True)
                    )
                ),
            ]
            if len(digits) >= 6:
                conditions.append(Complainant.phone_day.contains(digits[-8:], autoescape=True))
                conditions.append(Complainant.phone_evening.contains(digits[-8:], autoescape=True))
            people = session.scalars(
                select(Complainant)
                .where(or_(*conditions), Complainant.merged_into_id.is_(None))
                .options(selectinload(Complainant.references))
                .order_by(func.lower(Complainant.name), Complainant.id)
                .limit(limit)
            ).all()
            numbers = _open_complaints(session, [p.id for p in people])
            return [
                ComplainantMatch(
                    id=p.id,
                    name=p.name,
                    address=address_line(p),
                    email=p.email,
                    phone=p.phone_day or p.phone_evening,
                    reasons=(),
                    score=0.0,
                    open_complaints=tuple(numbers.get(p.id, ())),
                    references=tuple(r.reference for r in p.references),
                    no_response_subjects=p.no_response_subjects,
                    no_response_notice_on=p.no_response_notice_on,
                )
                for p in people
            ]

    @requires(Permission.REGISTER_COMPLAINT)
    def find_matches(
        self, data: ComplainantData, exclude_id: int | None = None
    ) -> list[ComplainantMatch]:
        self.require(Permission.REGISTER_COMPLAINT)
        with self.reading() as session:
            return find_matches(session, data, exclude_id)

    @requires(Permission.MERGE_COMPLAINANTS)
    def merge(self, source_id: int, target_id: int) -> None:
        """Merge ``source`` into ``target``: complaints, references and missing contact
        details move to the target; the source is kept, marked as merged (audit trail)."""
        if source_id == target_id:
            raise ServiceError("Kies twee verschillende klagers om samen te voegen.")
        with self.writing(Permission.MERGE_COMPLAINANTS, reason="klagers samengevoegd") as session:
            source = session.get(Complainant, source_id)
            target = session.get(Complainant, target_id)
            if source is None or target is None:
                raise NotFound("Deze klager bestaat niet (meer).")
            if source.merged_into_id is not None or target.merged_into_id is not None:
                raise ServiceError("Deze klager is al samengevoegd met een andere.")
            if target.name is None and source.name is not None:
                # The name moves as a whole: display name and parts together.
                for field in ("name", "initials", "first_name", "infix", "surname"):
                    setattr(target, field, getattr(source, field))
            for field in (
                "salutation",
                "street",
                "house_number",
                "postcode",
                "city",
                "country",
                "phone_day",
                "phone_evening",
                "email",
            ):
                if getattr(target, field) is None and getattr(source, field) is not None:
                    setattr(target, field, getattr(source, field))
            known = {r.reference for r in target.references}
            for reference in list(source.references):
                if reference.reference not in known:
                    target.references.append(ComplainantReference(reference=reference.reference))
                    known.add(reference.reference)
            complaint_ids = list(
                session.scalars(select(Complaint.id).where(Complaint.complainant_id == source_id))
            )
            for complaint in session.scalars(
                select(Complaint).where(Complaint.id.in_(complaint_ids))
            ):
                complaint.complainant_id = target_id
            for earlier in session.scalars(
                select(Complainant).where(Complainant.merged_into_id == source_id)
            ):
                earlier.merged_into_id = target_id
            source.merged_into_id = target_id
            session.flush()
            # The target's own complaints too: the merge may have filled in its contact
            # details, which their search text holds.
            refresh_search_text(session, complaints_showing(session, complainant_id=target_id))


@dataclass(frozen=True)
class PersistentFlag:
    subjects: str
    notice_on: date


def persistent_flag(person: Complainant | None) -> PersistentFlag | None:
    if person is None or not person.no_response_subjects or person.no_response_notice_on is None:
        return None
    return PersistentFlag(person.no_response_subjects, person.no_response_notice_on)


class PersistentComplainantService(Service):
    """Persistent complainants: the office no longer responds on stated subjects."""

    @requires(Permission.ASSIGN_HANDLER)
    def flag(
        self, complainant_id: int, subjects: str, notice_on: date, *, version: int | None = None
    ) -> None:
        """Flag as persistent; ``version`` is the complainant record's version as the caller
        read it (a change made meanwhile refuses this one)."""
        checker = Checker()
        text = checker.text(
            "subjects",
            subjects,
            NO_RESPONSE_SUBJECTS,
            "Noem de onderwerpen waarop niet meer wordt gereageerd.",
        )
        checker.day("notice_on", notice_on, NOTICE_ON, not_in_future=True)
        checker.raise_if_any()
        with self.writing(Permission.ASSIGN_HANDLER, reason="geen reactie meer") as session:
            person = self._person(session, complainant_id, version)
            person.no_response_subjects = text
            person.no_response_notice_on = notice_on

    @requires(Permission.ASSIGN_HANDLER)
    def unflag(self, complainant_id: int, *, version: int | None = None) -> None:
        with self.writing(Permission.ASSIGN_HANDLER, reason="reactie hervat") as session:
            person = self._person(session, complainant_id, version)
            person.no_response_subjects = None
            person.no_response_notice_on = None

    @staticmethod
    def _person(session: Session, complainant_id: int, version: int | None) -> Complainant:
        person = session.get(Complainant, complainant_id)
        if person is None:
            raise NotFound("Deze klager bestaat niet (meer).")
        check_version(person.version, version)
        return person

    @requires(Permission.REGISTER_COMPLAINT)
    def flag_of(self, complainant_id: int) -> PersistentFlag | None:
        self.require(Permission.REGISTER_COMPLAINT)
        with self.reading() as session:
            return persistent_flag(session.get(Complainant, complainant_id))


if TYPE_CHECKING:
    from app.db import Database

NAMES_SPLIT_REASON = "naam gesplitst in aanhef, voorletters, tussenvoegsel en achternaam"
_SPLIT_BATCH = 1000


def split_stored_names(db: Database) -> int:
    """Give every complainant stored with only a whole name (before the name parts existed)
    its parts: the split where it is certain, else the whole name as the surname, so no text
    is lost. An ordinary audited write by the system, in batches that each commit, so the
    audit trail verifies afterwards and an interrupted start continues where it stopped.
    After one complete run the query finds nothing. Returns how many complainants changed."""
    from app.db import Actor
    from app.services.deadlines import SYSTEM_LOGIN
    from app.services.names import stored_parts

    unsplit = (
        Complainant.name.is_not(None),
        func.trim(Complainant.name) != "",
        Complainant.surname.is_(None),
        Complainant.first_name.is_(None),
        Complainant.initials.is_(None),
    )
    # Every start asks; only a register with work takes the write lock.
    with db.session_scope() as session:
        if session.scalar(select(Complainant.id).where(*unsplit).limit(1)) is None:
            return 0
    changed = 0
    while True:
        with db.session_scope(Actor(login=SYSTEM_LOGIN)) as session:
            session.info["audit_reason"] = NAMES_SPLIT_REASON
            batch = list(
                session.scalars(
                    select(Complainant).where(*unsplit).order_by(Complainant.id).limit(_SPLIT_BATCH)
                )
            )
            for person in batch:
                parts = stored_parts(person.name)
                surname = parts.surname or (person.name or "").strip()
                person.initials = _fitting(parts.initials, Complainant.initials)
                person.first_name = _fitting(parts.first_name, Complainant.first_name)
                person.infix = _fitting(parts.infix, Complainant.infix)
                person.surname = surname[: column_limit(Complainant.surname)]
                changed += 1
        if len(batch) < _SPLIT_BATCH:
            return changed


def _fitting(value: str | None, column: object) -> str | None:
    """A part that would not fit its column (an odd old name) is left out; the whole name
    is still in ``name``."""
    if value is None:
        return None
    return value if len(value) <= column_limit(column) else None
