"""Feedback cards (annex 2): green and red, sent and returned."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, StrEnumType, Versioned, enum_check
from app.models.enums import CardChannel, CardColour


class FeedbackCard(Versioned, Base):
    __tablename__ = "feedback_card"
    __table_args__ = (
        enum_check("colour", CardColour),
        enum_check("channel", CardChannel),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    complaint_id: Mapped[int] = mapped_column(
        ForeignKey("complaint.id", ondelete="CASCADE"), nullable=False, index=True
    )
    colour: Mapped[CardColour] = mapped_column(StrEnumType(CardColour, 10), nullable=False)
    # Short code printed on the card to match a returned card; no personal data.
    code: Mapped[str] = mapped_column(String(16), nullable=False, unique=True)
    sent_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    channel: Mapped[CardChannel] = mapped_column(StrEnumType(CardChannel, 10), nullable=False)
    returned_on: Mapped[date | None] = mapped_column(Date, index=True)
    text: Mapped[str | None] = mapped_column(Text)
    wants_callback: Mapped[bool | None] = mapped_column(Boolean)
    callback_phone: Mapped[str | None] = mapped_column(String(32))
    callback_email: Mapped[str | None] = mapped_column(String(254))
    name_as_written: Mapped[str | None] = mapped_column(String(200))
    forwarded_to_handler_on: Mapped[date | None] = mapped_column(Date)

    complaint = relationship("Complaint")
