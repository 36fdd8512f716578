"""Organisational units and employees (with their roles)."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String, UniqueConstraint, true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, StrEnumType, Versioned, enum_check
from app.models.enums import Role, UnitKind


class OrgUnit(Versioned, Base):
    __tablename__ = "org_unit"
    __table_args__ = (enum_check("kind", UnitKind),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False, unique=True)
    kind: Mapped[UnitKind] = mapped_column(StrEnumType(UnitKind, 20), nullable=False)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("org_unit.id"), index=True)
    manager_id: Mapped[int | None] = mapped_column(
        ForeignKey("employee.id", use_alter=True), index=True
    )
    active: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=True, server_default=true()
    )

    parent: Mapped[OrgUnit | None] = relationship(remote_side=[id])
    manager: Mapped[Employee | None] = relationship(foreign_keys=[manager_id])


class Employee(Versioned, Base):
    __tablename__ = "employee"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(32))  # E.164
    job_title: Mapped[str | None] = mapped_column(String(200))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("org_unit.id"), index=True)
    # Operating-system login (SQLite) or database login (PostgreSQL), stored lower-case.
    login: Mapped[str | None] = mapped_column(String(100), unique=True)
    active: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=True, server_default=true()
    )

    unit: Mapped[OrgUnit | None] = relationship(foreign_keys=[unit_id])
    roles: Mapped[list[EmployeeRole]] = relationship(
        back_populates="employee", cascade="all, delete-orphan", order_by="EmployeeRole.role"
    )

    @property
    def role_set(self) -> frozenset[Role]:
        return frozenset(r.role for r in self.roles)


class EmployeeRole(Base):
    __tablename__ = "employee_role"
    __table_args__ = (
        UniqueConstraint("employee_id", "role"),
        enum_check("role", Role),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_id: Mapped[int] = mapped_column(
        ForeignKey("employee.id", ondelete="CASCADE"), nullable=False, index=True
    )
    role: Mapped[Role] = mapped_column(StrEnumType(Role, 20), nullable=False)

    employee: Mapped[Employee] = relationship(back_populates="roles")
