"""The view log (AVG accountability): who opened which complaint's personal data, when and
how. A table of its own, apart from the audit trail: it records reads, not changes, is not
hash-chained and is not replayed by ``verify``."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, StrEnumType, UTCDateTime, enum_check
from app.models.enums import ViewKind

VIEW_DETAIL_LENGTH = 200


class ViewEvent(Base):
    __tablename__ = "view_event"
    __table_args__ = (
        enum_check("what", ViewKind),
        # Per complaint (the Inzage tab), per complainant and per period (the export).
        Index("ix_view_event_complaint_at", "complaint_id", "at"),
        Index("ix_view_event_complainant_at", "complainant_id", "at"),
        Index("ix_view_event_at", "at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    employee_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))
    login: Mapped[str] = mapped_column(String(100), nullable=False)
    # No foreign keys: the log must outlive a complaint or complainant record that is removed.
    complaint_id: Mapped[int | None] = mapped_column(Integer)
    complainant_id: Mapped[int | None] = mapped_column(Integer)
    what: Mapped[ViewKind] = mapped_column(StrEnumType(ViewKind, 30), nullable=False)
    # A short note without personal data: an attachment's id, an export's row count.
    detail: Mapped[str | None] = mapped_column(String(VIEW_DETAIL_LENGTH))
