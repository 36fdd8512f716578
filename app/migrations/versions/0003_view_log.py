"""view log: who opened which complaint's personal data (AVG accountability)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 12:20:09

A table of its own beside the audit trail: reads are recorded here, changes there. The
allowed values of ``what`` are written out (a migration must not change when the
application's code does); a new kind of view needs a new migration.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VIEW_KINDS = (
    "complaint_opened",
    "dossier_pdf",
    "attachment_opened",
    "attachment_saved",
    "register_export",
    "report_with_names",
)


def upgrade() -> None:
    kinds = ", ".join(f"'{kind}'" for kind in VIEW_KINDS)
    op.create_table(
        "view_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=True),
        sa.Column("login", sa.String(length=100), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=True),
        sa.Column("complainant_id", sa.Integer(), nullable=True),
        sa.Column("what", sa.String(length=30), nullable=False),
        sa.Column("detail", sa.String(length=200), nullable=True),
        sa.CheckConstraint(f"what IN ({kinds})", name=op.f("ck_view_event_what_valid")),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employee.id"], name=op.f("fk_view_event_employee_id_employee")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_view_event")),
    )
    with op.batch_alter_table("view_event", schema=None) as batch_op:
        batch_op.create_index("ix_view_event_at", ["at"], unique=False)
        batch_op.create_index(
            "ix_view_event_complainant_at", ["complainant_id", "at"], unique=False
        )
        batch_op.create_index("ix_view_event_complaint_at", ["complaint_id", "at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("view_event", schema=None) as batch_op:
        batch_op.drop_index("ix_view_event_complaint_at")
        batch_op.drop_index("ix_view_event_complainant_at")
        batch_op.drop_index("ix_view_event_at")
    op.drop_table("view_event")
