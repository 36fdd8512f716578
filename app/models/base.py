"""Declarative base, naming convention, shared column types and mixins."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, ClassVar, TypeVar

from sqlalchemy import CheckConstraint, DateTime, Dialect, Integer, MetaData, String, Table
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A moment in time, stored as naive UTC and always read back timezone-aware.

    SQLite has no time zones and PostgreSQL's ``timestamp with time zone`` answers in the
    session's zone; storing naive UTC on both keeps the two backends identical.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use an aware datetime (UTC)")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


E = TypeVar("E", bound=StrEnum)


class StrEnumType(TypeDecorator[E]):
    """An enumeration stored as its value in a plain string column, read back as a member.

    The column stays a ``VARCHAR`` kept in range by ``enum_check`` (no native database enum,
    so adding a member needs no type migration). Plain strings are bound as they are, so bulk
    paths that insert dicts of strings keep working and an unknown value is still refused by
    the database's CHECK constraint (an ``IntegrityError``, as before).
    """

    impl = String
    cache_ok = True

    def __init__(self, enum: type[E], length: int) -> None:
        super().__init__(length)
        self.enum = enum

    @property
    def python_type(self) -> type[E]:
        return self.enum

    def process_bind_param(self, value: E | str | None, dialect: Dialect) -> str | None:
        # str() of a StrEnum member is its value; the driver gets a plain str either way.
        return None if value is None else str(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> E | None:
        if value is None:
            return None
        return self.enum(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)

    if TYPE_CHECKING:
        # Every model here maps one table (no mapping to a join or select), so the bulk
        # paths may pass ``Model.__table__`` to insert() and update().
        __table__: ClassVar[Table]


def enum_check(column: str, enum: type[StrEnum], *, nullable: bool = False) -> CheckConstraint:
    """A CHECK constraint that keeps ``column`` to the values of ``enum``."""
    values = ", ".join(f"'{member.value}'" for member in enum)
    condition = f"{column} IN ({values})"
    if nullable:
        condition = f"{column} IS NULL OR {condition}"
    return CheckConstraint(condition, name=f"{column}_valid")


class Timestamps:
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False
    )


class Versioned(Timestamps):
    """An editable aggregate: optimistic locking through a version counter.

    SQLAlchemy adds ``WHERE version = :old`` to every UPDATE; a concurrent edit makes the
    update match no row and raises ``StaleDataError`` instead of overwriting silently.
    """

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, object]:  # noqa: N805 - declarative directive
        table: Table = cls.__table__  # type: ignore[attr-defined]  # set by the mapped subclass
        return {"version_id_col": table.c.version}
