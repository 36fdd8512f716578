"""Reference data: subject categories, norms of proper conduct, clusters."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, StrEnumType, Timestamps, Versioned, enum_check
from app.models.enums import CoreValue


class SubjectCategory(Timestamps, Base):
    __tablename__ = "subject_category"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False, unique=True)
    active: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=True, server_default=true()
    )


class ConductNorm(Base):
    """One of the ombudsman's 22 behoorlijkheidsnormen (seeded by the first migration)."""

    __tablename__ = "conduct_norm"
    __table_args__ = (enum_check("core_value", CoreValue),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False, unique=True)
    core_value: Mapped[CoreValue] = mapped_column(StrEnumType(CoreValue, 30), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)


class Cluster(Versioned, Base):
    """Similar complaints handled together (one decision, a letter to each complainant)."""

    __tablename__ = "cluster"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    description: Mapped[str | None] = mapped_column(Text)


complaint_subject = Table(
    "complaint_subject",
    Base.metadata,
    Column("complaint_id", ForeignKey("complaint.id", ondelete="CASCADE"), primary_key=True),
    Column("subject_id", ForeignKey("subject_category.id"), primary_key=True, index=True),
)

complaint_norm = Table(
    "complaint_norm",
    Base.metadata,
    Column("complaint_id", ForeignKey("complaint.id", ondelete="CASCADE"), primary_key=True),
    Column("norm_id", ForeignKey("conduct_norm.id"), primary_key=True, index=True),
)

part_norm = Table(
    "complaint_part_norm",
    Base.metadata,
    Column("part_id", ForeignKey("complaint_part.id", ondelete="CASCADE"), primary_key=True),
    Column("norm_id", ForeignKey("conduct_norm.id"), primary_key=True, index=True),
)
