"""Complainants (klagers) and their external references (NAW numbers)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Timestamps, Versioned


class Complainant(Versioned, Base):
    __tablename__ = "complainant"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    salutation: Mapped[str | None] = mapped_column(String(30))
    # The display name, written by the services from the parts below (search, duplicates
    # and the register read it); the parts are what a letter greets and addresses by.
    name: Mapped[str | None] = mapped_column(String(200), index=True)
    initials: Mapped[str | None] = mapped_column(String(30))  # voorletters "Z.A."
    first_name: Mapped[str | None] = mapped_column(String(100))  # roepnaam
    infix: Mapped[str | None] = mapped_column(String(30))  # tussenvoegsel "van der"
    surname: Mapped[str | None] = mapped_column(String(200))  # achternaam
    street: Mapped[str | None] = mapped_column(String(200))
    house_number: Mapped[str | None] = mapped_column(String(20))
    postcode: Mapped[str | None] = mapped_column(String(10), index=True)  # "1234 AB"
    city: Mapped[str | None] = mapped_column(String(100))
    country: Mapped[str | None] = mapped_column(String(100))
    phone_day: Mapped[str | None] = mapped_column(String(32), index=True)  # E.164
    phone_evening: Mapped[str | None] = mapped_column(String(32))  # E.164
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    # Persistent complainant: subjects the office no longer responds on, and the notice date.
    no_response_subjects: Mapped[str | None] = mapped_column(Text)
    no_response_notice_on: Mapped[date | None] = mapped_column(Date)
    # Set when this record was merged into another one (kept for the audit trail).
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("complainant.id"), index=True)

    references: Mapped[list[ComplainantReference]] = relationship(
        back_populates="complainant", cascade="all, delete-orphan"
    )


class ComplainantReference(Timestamps, Base):
    """An external reference of a complainant, e.g. a name-and-address (NAW) number."""

    __tablename__ = "complainant_reference"
    __table_args__ = (UniqueConstraint("complainant_id", "reference"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    complainant_id: Mapped[int] = mapped_column(
        ForeignKey("complainant.id", ondelete="CASCADE"), nullable=False, index=True
    )
    reference: Mapped[str] = mapped_column(String(50), nullable=False, index=True)

    complainant: Mapped[Complainant] = relationship(back_populates="references")


# What identifies the person on a complainant record: emptied by an AVG erasure
# (app.services.avg) and by the retention run (app.services.retention) alike.
PERSONAL_FIELDS = (
    "salutation",
    "name",
    "initials",
    "first_name",
    "infix",
    "surname",
    "street",
    "house_number",
    "postcode",
    "city",
    "country",
    "phone_day",
    "phone_evening",
    "email",
    "no_response_subjects",
    "no_response_notice_on",
)
