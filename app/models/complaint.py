"""The complaint aggregate: complaint, employees concerned, dossiers, parts, promises,
contact notes, attachments and status changes."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from app.models.base import Base, StrEnumType, UTCDateTime, Versioned, enum_check, utcnow
from app.models.enums import (
    Channel,
    ComplaintKind,
    DeclineGround,
    HearingSkipReason,
    Judgment,
    NoteChannel,
    Route,
    Status,
)
from app.models.reference import ConductNorm, SubjectCategory, complaint_norm, complaint_subject
from app.models.reference import part_norm as part_norm_table

if TYPE_CHECKING:
    from app.models.document import Document

# A contact note must say what was said or agreed; "gebeld" is not enough.
MIN_NOTE_SUMMARY_LENGTH = 20


class Complaint(Versioned, Base):
    __tablename__ = "complaint"
    __table_args__ = (
        enum_check("kind", ComplaintKind),
        enum_check("channel", Channel),
        enum_check("status", Status),
        enum_check("route", Route, nullable=True),
        enum_check("judgment", Judgment, nullable=True),
        enum_check("decline_ground", DeclineGround, nullable=True),
        enum_check("hearing_skipped_reason", HearingSkipReason, nullable=True),
        CheckConstraint(
            "closed_on IS NULL OR closed_on >= received_on", name="closed_after_received"
        ),
        CheckConstraint(
            "kind = 'signal' OR complainant_id IS NOT NULL", name="complaint_has_complainant"
        ),
        Index("ix_complaint_status_received_id", "status", "received_on", "id"),
        # The register (app.services.register): sort orders with ties broken on id, the
        # handler's own complaints newest first, the "#" check for other open complaints.
        Index("ix_complaint_kind_id", "kind", "id"),
        Index("ix_complaint_received_id", "received_on", "id"),
        Index("ix_complaint_next_deadline_id", "next_deadline", "id"),
        Index("ix_complaint_handler_received", "handler_id", "received_on"),
        Index("ix_complaint_route_received", "route", "received_on"),
        Index("ix_complaint_complainant_status", "complainant_id", "status"),
        # The screens at 100,000 complaints (migration 0007): the open complaints (Vandaag,
        # dashboard) and the closed ones awaiting cards in the order they are listed; the
        # dashboard's weekly stock, inflow and outflow read from the index alone.
        Index(
            "ix_complaint_kind_status_closed",
            *("kind", "status", "historic", "closed_on", "number", "complainant_id"),
        ),
        Index("ix_complaint_kind_received_closed", "kind", "received_on", "closed_on"),
        Index("ix_complaint_kind_closed", "kind", "closed_on"),
        # The anonymised register (migration 0015) lists approved summaries only.
        Index("ix_complaint_public_approved_received", "public_summary_approved_on", "received_on"),
        # Closed complaints still waiting for an approved summary (Vandaag counts them;
        # migration 0018, where PostgreSQL's identical condition is given too).
        Index(
            "ix_complaint_summary_pending",
            "kind",
            "closed_on",
            sqlite_where=text("public_summary_approved_on IS NULL AND destroyed_on IS NULL"),
        ),
        # Spoed and the fast lane (migration 0013): a few percent of the register, listed
        # and counted through partial indexes in the register's default order. The
        # condition is written as the register's filter compiles (``IS 1``): SQLite uses a
        # partial index only for a query term that matches it exactly. PostgreSQL's
        # condition (``IS true``) is in the migration only: naming it here would load
        # SQLAlchemy's PostgreSQL dialect at every start (about 27 ms), on SQLite too.
        *(
            Index(
                f"ix_complaint_{flag}_received",
                "received_on",
                "id",
                sqlite_where=text(f"{flag} IS 1"),
            )
            for flag in ("urgent", "fast_lane")
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    kind: Mapped[ComplaintKind] = mapped_column(StrEnumType(ComplaintKind, 10), nullable=False)
    received_on: Mapped[date] = mapped_column(Date, nullable=False)
    channel: Mapped[Channel] = mapped_column(StrEnumType(Channel, 20), nullable=False)
    # "Ik klaag erover dat…" (annex 3, field 1)
    description: Mapped[str] = mapped_column(Text, nullable=False)
    complainant_id: Mapped[int | None] = mapped_column(ForeignKey("complainant.id"))
    handler_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))
    status: Mapped[Status] = mapped_column(
        StrEnumType(Status, 30), nullable=False, default=Status.REGISTERED
    )
    route: Mapped[Route | None] = mapped_column(StrEnumType(Route, 20))
    judgment: Mapped[Judgment | None] = mapped_column(
        StrEnumType(Judgment, 20)
    )  # overall; parts judge each
    urgent: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )
    fast_lane: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )
    # The complainant asked for another employee to handle the case (counted in the
    # annual report, as the 2021 overview did).
    other_handler_requested: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )
    cluster_id: Mapped[int | None] = mapped_column(ForeignKey("cluster.id"), index=True)
    regulation_profile_id: Mapped[int | None] = mapped_column(ForeignKey("regulation_profile.id"))
    # A signal turned into a complaint keeps a link to where it came from.
    converted_from_id: Mapped[int | None] = mapped_column(ForeignKey("complaint.id"))
    # Imported from the old register: no letters or tasks, deadlines not flagged.
    historic: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )

    acknowledged_on: Mapped[date | None] = mapped_column(Date)  # Awb 9:6
    manager_copy_start_on: Mapped[date | None] = mapped_column(Date)  # Awb 9:9
    manager_copy_end_on: Mapped[date | None] = mapped_column(Date)
    manager_copy_end_missing_reason: Mapped[str | None] = mapped_column(Text)
    contact_due: Mapped[date | None] = mapped_column(Date, index=True)
    decision_due: Mapped[date | None] = mapped_column(Date, index=True)
    extended_to: Mapped[date | None] = mapped_column(Date)  # Awb 9:11, once
    extension_notice_on: Mapped[date | None] = mapped_column(Date)
    # Awb 9:11 lid 2: a further postponement needs the complainant's written consent, kept
    # as an attachment of this complaint. No foreign key: attachment already points here,
    # and a second link between the tables would make every relationship ambiguous.
    extension_consent_attachment_id: Mapped[int | None] = mapped_column(Integer)
    expected_on: Mapped[date | None] = mapped_column(Date)  # delay notice's new date
    delay_notice_on: Mapped[date | None] = mapped_column(Date)
    first_contact_on: Mapped[date | None] = mapped_column(Date)
    decline_ground: Mapped[DeclineGround | None] = mapped_column(StrEnumType(DeclineGround, 30))
    # Who signs the decision letter when it is not the profile's signer (head or director).
    signer_name: Mapped[str | None] = mapped_column(String(200))
    signer_function: Mapped[str | None] = mapped_column(String(200))
    # A request for review of a case that was already reviewed: the reply says the
    # procedure has ended instead of forwarding it once more.
    review_already_done: Mapped[bool | None] = mapped_column(Boolean)
    decline_notice_on: Mapped[date | None] = mapped_column(Date)
    satisfied: Mapped[bool | None] = mapped_column(Boolean)  # Awb 9:5
    satisfaction_confirmed_on: Mapped[date | None] = mapped_column(Date)
    hearing_complainant_on: Mapped[date | None] = mapped_column(Date)  # Awb 9:10
    hearing_employee_on: Mapped[date | None] = mapped_column(Date)
    hearing_skipped_reason: Mapped[HearingSkipReason | None] = mapped_column(
        StrEnumType(HearingSkipReason, 30)
    )
    # Verslag van het horen (Awb 9:10): the decision letter builds on it.
    hearing_report: Mapped[str | None] = mapped_column(Text)
    # A notable case: a short anonymised summary the coordinator writes for the annual
    # report (no names: the report goes to management and the council).
    notable_summary: Mapped[str | None] = mapped_column(Text)
    closed_on: Mapped[date | None] = mapped_column(Date, index=True)
    # Retention: the day the complainant went on to the ombudsman (a longer term), and the
    # day the personal data was destroyed (the row stays as a statistical stub).
    ombudsman_on: Mapped[date | None] = mapped_column(Date)
    destroyed_on: Mapped[date | None] = mapped_column(Date)
    # The anonymised register (read by all staff): a summary fit for publication and the
    # measures taken, shown only once the coordinator has approved them.
    public_summary: Mapped[str | None] = mapped_column(Text)
    public_measures: Mapped[str | None] = mapped_column(Text)
    # No foreign key: SQLite adds one to an existing table only by copying it (migration 0015).
    public_summary_approved_by_id: Mapped[int | None] = mapped_column(Integer)
    public_summary_approved_on: Mapped[date | None] = mapped_column(Date)
    # The earliest deadline still to be met (contact, decision, promise); None when closed.
    # Derived (app.services.deadlines) and stored so the register sorts and filters on it.
    next_deadline: Mapped[date | None] = mapped_column(Date)

    complainant = relationship("Complainant")
    handler = relationship("Employee", foreign_keys=[handler_id])
    employees_concerned: Mapped[list[ComplaintEmployee]] = relationship(
        back_populates="complaint", cascade="all, delete-orphan"
    )
    related_dossiers: Mapped[list[RelatedDossier]] = relationship(
        back_populates="complaint", cascade="all, delete-orphan"
    )
    parts: Mapped[list[ComplaintPart]] = relationship(
        back_populates="complaint", cascade="all, delete-orphan", order_by="ComplaintPart.position"
    )
    promises: Mapped[list[Promise]] = relationship(
        back_populates="complaint", cascade="all, delete-orphan"
    )
    contact_notes: Mapped[list[ContactNote]] = relationship(
        back_populates="complaint", cascade="all, delete-orphan"
    )
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="complaint", cascade="all, delete-orphan"
    )
    status_changes: Mapped[list[StatusChange]] = relationship(
        back_populates="complaint", cascade="all, delete-orphan"
    )
    subjects: Mapped[list[SubjectCategory]] = relationship(secondary=complaint_subject)
    norms: Mapped[list[ConductNorm]] = relationship(secondary=complaint_norm)
    # The decision term (Awb 9:11) is met only when the decision letter went out, not at
    # the judgment: the letters recorded as sent tell app.services.deadlines so.
    sent_decision_letters: Mapped[list[Document]] = relationship(
        "Document",
        primaryjoin=(
            "and_(Document.complaint_id == Complaint.id, "
            "Document.kind == 'decision_letter', Document.sent_on.is_not(None))"
        ),
        viewonly=True,
    )


class ComplaintEmployee(Base):
    """An employee concerned; free text until the coordinator resolves a first name."""

    __tablename__ = "complaint_employee"
    __table_args__ = (
        UniqueConstraint("complaint_id", "employee_id"),
        CheckConstraint(
            "employee_id IS NOT NULL OR free_text_name IS NOT NULL", name="employee_or_name"
        ),
        # The register's unit filter: complaints about the employees of a unit.
        Index("ix_complaint_employee_employee_complaint", "employee_id", "complaint_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    complaint_id: Mapped[int] = mapped_column(
        ForeignKey("complaint.id", ondelete="CASCADE"), nullable=False, index=True
    )
    employee_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))
    free_text_name: Mapped[str | None] = mapped_column(String(200))
    # Awb 9:7: the handler the coordinator confirmed is not this free-text person.
    cleared_handler_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))

    complaint: Mapped[Complaint] = relationship(back_populates="employees_concerned")
    employee = relationship("Employee", foreign_keys=[employee_id])


class RelatedDossier(Base):
    __tablename__ = "related_dossier"
    __table_args__ = (UniqueConstraint("complaint_id", "dossier_number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    complaint_id: Mapped[int] = mapped_column(
        ForeignKey("complaint.id", ondelete="CASCADE"), nullable=False, index=True
    )
    dossier_number: Mapped[str] = mapped_column(String(50), nullable=False, index=True)

    complaint: Mapped[Complaint] = relationship(back_populates="related_dossiers")


class ComplaintPart(Versioned, Base):
    """A part of a formal complaint, judged on its own (Awb 9:12)."""

    __tablename__ = "complaint_part"
    __table_args__ = (
        UniqueConstraint("complaint_id", "position"),
        enum_check("judgment", Judgment, nullable=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    complaint_id: Mapped[int] = mapped_column(
        ForeignKey("complaint.id", ondelete="CASCADE"), nullable=False, index=True
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    findings: Mapped[str | None] = mapped_column(Text)
    judgment: Mapped[Judgment | None] = mapped_column(StrEnumType(Judgment, 20))

    complaint: Mapped[Complaint] = relationship(back_populates="parts")
    norms: Mapped[list[ConductNorm]] = relationship(secondary=part_norm_table)


class Promise(Versioned, Base):
    """A promise (toezegging) with its term, tracked until kept."""

    __tablename__ = "promise"
    __table_args__ = (Index("ix_promise_open_due", "kept_on", "due_on"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    complaint_id: Mapped[int] = mapped_column(
        ForeignKey("complaint.id", ondelete="CASCADE"), nullable=False, index=True
    )
    text: Mapped[str] = mapped_column(Text, nullable=False)
    made_on: Mapped[date] = mapped_column(Date, nullable=False)
    due_on: Mapped[date] = mapped_column(Date, nullable=False)
    kept_on: Mapped[date | None] = mapped_column(Date)
    made_by_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))
    # A withdrawn promise stays on record (with why and by whom) but is no longer owed:
    # letters, deadlines and worklists leave it out.
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    withdrawn_reason: Mapped[str | None] = mapped_column(Text)
    withdrawn_by_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))

    complaint: Mapped[Complaint] = relationship(back_populates="promises")

    @property
    def owed(self) -> bool:
        """Still to be kept: neither kept nor withdrawn."""
        return self.kept_on is None and self.withdrawn_on is None


class ContactNote(Versioned, Base):
    """A contact note (telefoonnotitie): when, how, with whom, by whom, what was said."""

    __tablename__ = "contact_note"
    __table_args__ = (
        enum_check("channel", NoteChannel),
        CheckConstraint(
            f"length(summary) >= {MIN_NOTE_SUMMARY_LENGTH}", name="summary_says_something"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    complaint_id: Mapped[int] = mapped_column(
        ForeignKey("complaint.id", ondelete="CASCADE"), nullable=False, index=True
    )
    contact_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    channel: Mapped[NoteChannel] = mapped_column(StrEnumType(NoteChannel, 20), nullable=False)
    with_whom: Mapped[str] = mapped_column(String(200), nullable=False)
    author_id: Mapped[int] = mapped_column(ForeignKey("employee.id"), nullable=False)
    summary: Mapped[str] = mapped_column(Text, nullable=False)

    complaint: Mapped[Complaint] = relationship(back_populates="contact_notes")
    author = relationship("Employee")


class Attachment(Base):
    """A file that came with the complaint, or a follow-up document (volgstuk)."""

    __tablename__ = "attachment"
    __table_args__ = (
        CheckConstraint("size >= 0", name="size_not_negative"),
        CheckConstraint("length(sha256) = 64", name="sha256_length"),
        # The unseen follow-up documents: Vandaag scans them all, the register probes one
        # complaint's (an EXISTS per row of a page) without reading the attachments.
        Index(
            "ix_attachment_unseen_follow_up", "is_follow_up", "seen_by_handler_at", "complaint_id"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    complaint_id: Mapped[int] = mapped_column(
        ForeignKey("complaint.id", ondelete="CASCADE"), nullable=False, index=True
    )
    file_name: Mapped[str] = mapped_column(String(255), nullable=False)
    media_type: Mapped[str] = mapped_column(String(100), nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary, nullable=False))
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    is_follow_up: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )
    seen_by_handler_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Who saw it: the handler at that moment (the handler may change later).
    seen_by_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))

    complaint: Mapped[Complaint] = relationship(back_populates="attachments")


class StatusChange(Base):
    """One recorded transition of the status machine: who, when, why."""

    __tablename__ = "status_change"
    __table_args__ = (
        enum_check("from_status", Status, nullable=True),
        enum_check("to_status", Status),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    complaint_id: Mapped[int] = mapped_column(
        ForeignKey("complaint.id", ondelete="CASCADE"), nullable=False, index=True
    )
    from_status: Mapped[Status | None] = mapped_column(StrEnumType(Status, 30))
    to_status: Mapped[Status] = mapped_column(StrEnumType(Status, 30), nullable=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    by_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))
    reason: Mapped[str | None] = mapped_column(Text)

    complaint: Mapped[Complaint] = relationship(back_populates="status_changes")


class ComplaintSearch(Base):
    """What the register searches and sorts on, derived from the complaint and refreshed
    by ``app.services.search.refresh_search_text``: the searchable text (number,
    description, names, contact notes) and sort keys for the columns that come from
    other tables (complainant, handler, employees concerned, subjects).

    Every complaint has exactly one row. Kept apart from ``complaint`` so refreshing it
    never bumps the complaint's version (a renamed employee touches many complaints).
    SQLite indexes the text with FTS5 (``complaint_fts``), PostgreSQL with a GIN index on
    a stored ``tsvector`` column (``complaint_fts_vector``); both are created by migration
    0002 and unknown to the ORM.
    """

    __tablename__ = "complaint_search"
    __table_args__ = (
        Index("ix_complaint_search_complainant_key", "complainant_key", "complaint_id"),
        Index("ix_complaint_search_handler_key", "handler_key", "complaint_id"),
        Index("ix_complaint_search_employees_key", "employees_key", "complaint_id"),
        Index("ix_complaint_search_subjects_key", "subjects_key", "complaint_id"),
    )

    complaint_id: Mapped[int] = mapped_column(
        ForeignKey("complaint.id", ondelete="CASCADE"), primary_key=True
    )
    # Folded (lower case, no accents or punctuation): for searching, not for display.
    text: Mapped[str] = mapped_column(Text, nullable=False)
    # Folded names as the register shows them; None when there is none.
    complainant_key: Mapped[str | None] = mapped_column(String(200))
    handler_key: Mapped[str | None] = mapped_column(String(200))
    employees_key: Mapped[str | None] = mapped_column(String(200))
    subjects_key: Mapped[str | None] = mapped_column(String(200))
