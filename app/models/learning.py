"""The learning cycle: handled-complaint reports (annex 1) and improvement proposals."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, StrEnumType, UTCDateTime, Versioned, enum_check
from app.models.enums import CauseKind, Decision, Judgment, ProposalStatus, ReportStatus


class HandlingReport(Versioned, Base):
    """Annex 1, "Ik heb een klacht behandeld", filled in by the handler."""

    __tablename__ = "handling_report"
    __table_args__ = (
        enum_check("judgment", Judgment, nullable=True),
        enum_check("cause_kind", CauseKind, nullable=True),
        enum_check("status", ReportStatus),
        CheckConstraint(
            "status = 'draft' OR submitted_at IS NOT NULL", name="submitted_has_moment"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    complaint_id: Mapped[int] = mapped_column(
        ForeignKey("complaint.id", ondelete="CASCADE"), nullable=False, unique=True
    )
    handler_id: Mapped[int] = mapped_column(ForeignKey("employee.id"), nullable=False, index=True)
    description: Mapped[str | None] = mapped_column(Text)
    judgment: Mapped[Judgment | None] = mapped_column(StrEnumType(Judgment, 20))
    cause_kind: Mapped[CauseKind | None] = mapped_column(StrEnumType(CauseKind, 20))
    cause_text: Mapped[str | None] = mapped_column(Text)
    prevention: Mapped[str | None] = mapped_column(Text)
    remedial_action: Mapped[str | None] = mapped_column(Text)
    improvement_points: Mapped[str | None] = mapped_column(Text)
    status: Mapped[ReportStatus] = mapped_column(
        StrEnumType(ReportStatus, 20), nullable=False, default=ReportStatus.DRAFT
    )
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))
    review_remark: Mapped[str | None] = mapped_column(Text)
    cause_kind_confirmed: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )

    complaint = relationship("Complaint")
    handler = relationship("Employee", foreign_keys=[handler_id])


class ImprovementProposal(Versioned, Base):
    """A SMART improvement proposal, decided by management and followed until done."""

    __tablename__ = "improvement_proposal"
    __table_args__ = (
        enum_check("decision", Decision),
        enum_check("status", ProposalStatus),
        CheckConstraint(
            "decision <> 'accepted' OR (owner_id IS NOT NULL AND deadline IS NOT NULL)",
            name="accepted_has_owner_and_deadline",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    specific: Mapped[str | None] = mapped_column(Text)
    measurable: Mapped[str | None] = mapped_column(Text)  # the indicator
    acceptable: Mapped[str | None] = mapped_column(Text)
    realistic: Mapped[str | None] = mapped_column(Text)
    deadline: Mapped[date | None] = mapped_column(Date, index=True)  # time-bound
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"), index=True)
    decision: Mapped[Decision] = mapped_column(
        StrEnumType(Decision, 20), nullable=False, default=Decision.PROPOSED
    )
    decision_on: Mapped[date | None] = mapped_column(Date)
    decision_note: Mapped[str | None] = mapped_column(Text)
    status: Mapped[ProposalStatus] = mapped_column(
        StrEnumType(ProposalStatus, 20), nullable=False, default=ProposalStatus.OPEN
    )
    realised_on: Mapped[date | None] = mapped_column(Date)

    source_complaints: Mapped[list[ProposalComplaint]] = relationship(
        back_populates="proposal", cascade="all, delete-orphan"
    )
    progress_notes: Mapped[list[ProgressNote]] = relationship(
        back_populates="proposal", cascade="all, delete-orphan", order_by="ProgressNote.noted_on"
    )


class ProposalComplaint(Base):
    """A complaint a proposal came from; and when its complainant was told."""

    __tablename__ = "proposal_complaint"

    proposal_id: Mapped[int] = mapped_column(
        ForeignKey("improvement_proposal.id", ondelete="CASCADE"), primary_key=True
    )
    complaint_id: Mapped[int] = mapped_column(
        ForeignKey("complaint.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    complainant_informed_on: Mapped[date | None] = mapped_column(Date)

    proposal: Mapped[ImprovementProposal] = relationship(back_populates="source_complaints")


class ProgressNote(Base):
    __tablename__ = "progress_note"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    proposal_id: Mapped[int] = mapped_column(
        ForeignKey("improvement_proposal.id", ondelete="CASCADE"), nullable=False, index=True
    )
    noted_on: Mapped[date] = mapped_column(Date, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))

    proposal: Mapped[ImprovementProposal] = relationship(back_populates="progress_notes")
