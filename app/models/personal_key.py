"""Keys that seal personal values in the audit trail (crypto-shredding).

A complainant's record is sealed under a key of the complainant, a complaint's free texts
under a key of the complaint. Deleting the key (AVG erasure, retention destruction) makes
the sealed values in old, hash-chained events unreadable without rewriting them.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UTCDateTime, utcnow


class PersonalKey(Base):
    __tablename__ = "personal_key"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Exactly one of the two is set: whose data the key seals.
    complainant_id: Mapped[int | None] = mapped_column(
        ForeignKey("complainant.id", ondelete="CASCADE"), unique=True
    )
    complaint_id: Mapped[int | None] = mapped_column(
        ForeignKey("complaint.id", ondelete="CASCADE"), unique=True
    )
    key: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
