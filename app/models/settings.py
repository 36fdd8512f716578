"""Settings kept in the database (shared by all workstations), the regulation profile,
extra closing days and the gapless number series."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Integer,
    String,
    Text,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Versioned


class Setting(Versioned, Base):
    """One organisation-wide setting; ``value`` holds JSON."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class RegulationProfile(Versioned, Base):
    """The terms of the complaint regulation; defaults follow Awb chapter 9."""

    __tablename__ = "regulation_profile"
    __table_args__ = (
        CheckConstraint("contact_working_days > 0", name="contact_positive"),
        CheckConstraint("decision_weeks > 0", name="decision_positive"),
        CheckConstraint("extension_max_weeks >= 0", name="extension_not_negative"),
        CheckConstraint("decline_notice_weeks > 0", name="decline_positive"),
        CheckConstraint("delay_notice_week > 0", name="delay_week_positive"),
        CheckConstraint("ombudsman_term_weeks > 0", name="ombudsman_term_positive"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    contact_working_days: Mapped[int] = mapped_column(Integer, nullable=False, default=5)
    decision_weeks: Mapped[int] = mapped_column(Integer, nullable=False, default=6)
    extension_max_weeks: Mapped[int] = mapped_column(Integer, nullable=False, default=4)
    decline_notice_weeks: Mapped[int] = mapped_column(Integer, nullable=False, default=4)
    delay_notice_week: Mapped[int] = mapped_column(Integer, nullable=False, default=2)
    ombudsman_name: Mapped[str] = mapped_column(String(200), nullable=False)
    ombudsman_term_weeks: Mapped[int] = mapped_column(Integer, nullable=False, default=52)
    # The formal decision is signed by the head of the unit or the director, not the handler.
    signer_name: Mapped[str | None] = mapped_column(String(200))
    signer_function: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )


class ClosingDay(Base):
    """A day the office is closed besides the public holidays (e.g. a bridge day)."""

    __tablename__ = "closing_day"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    description: Mapped[str] = mapped_column(String(200), nullable=False)


class NumberSeries(Base):
    """The last number handed out per series (IK, SG) and year: gapless numbering."""

    __tablename__ = "number_series"
    __table_args__ = (CheckConstraint("last_number >= 0", name="last_number_not_negative"),)

    series: Mapped[str] = mapped_column(String(4), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, nullable=False)
