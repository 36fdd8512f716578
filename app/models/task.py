"""Tasks for people: inform employees of related cases, call back, pass on a card."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, StrEnumType, UTCDateTime, Versioned, enum_check
from app.models.enums import Role, TaskKind


class Task(Versioned, Base):
    __tablename__ = "task"
    __table_args__ = (
        enum_check("kind", TaskKind),
        enum_check("assignee_role", Role, nullable=True),
        Index("ix_task_open", "done_at", "due_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[TaskKind] = mapped_column(StrEnumType(TaskKind, 30), nullable=False)
    complaint_id: Mapped[int | None] = mapped_column(
        ForeignKey("complaint.id", ondelete="CASCADE"), index=True
    )
    # A task goes to one person, or to everyone holding a role (e.g. the coordinators).
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"), index=True)
    assignee_role: Mapped[Role | None] = mapped_column(StrEnumType(Role, 20))
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    details: Mapped[str | None] = mapped_column(Text)
    due_on: Mapped[date | None] = mapped_column(Date)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))
