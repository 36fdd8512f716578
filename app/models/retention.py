"""Destruction lists: which closed complaints lose their personal data, proposed by the
coordinator, approved by the archivist, then carried out (Archiefwet, Selectielijst)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, Date, ForeignKey, Integer, String, Table
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, StrEnumType, UTCDateTime, Versioned, enum_check
from app.models.enums import DestructionStatus


class DestructionList(Versioned, Base):
    __tablename__ = "destruction_list"
    __table_args__ = (enum_check("status", DestructionStatus),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # The day the terms were measured against: a complaint is on the list when its term
    # had ended by then.
    as_of: Mapped[date] = mapped_column(Date, nullable=False)
    status: Mapped[DestructionStatus] = mapped_column(
        StrEnumType(DestructionStatus, 20), nullable=False
    )
    complaint_count: Mapped[int] = mapped_column(Integer, nullable=False)
    proposed_by_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))
    proposed_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    carried_out_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


# One complaint on a list, with the term that made it due. A plain table, written in bulk
# with INSERT … SELECT (a list can hold 100,000 complaints): not an audited entity; the
# list's own event records the count and each carried-out complaint its own event.
destruction_item = Table(
    "destruction_item",
    Base.metadata,
    Column("list_id", ForeignKey("destruction_list.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "complaint_id",
        ForeignKey("complaint.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
    Column("term", String(20), nullable=False),
)
