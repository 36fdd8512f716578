"""personal keys: the keys that seal personal values in the audit trail (crypto-shredding)

Revision ID: 0016
Revises: 0014
Create Date: 2026-11-30 21:15:00

One new table; no data changes. Events written before this revision keep their values in
plain text: they are hash-chained, so they cannot be sealed afterwards.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.models.base import UTCDateTime

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "personal_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complainant_id", sa.Integer(), nullable=True),
        sa.Column("complaint_id", sa.Integer(), nullable=True),
        sa.Column("key", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["complainant_id"],
            ["complainant.id"],
            name=op.f("fk_personal_key_complainant_id_complainant"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaint.id"],
            name=op.f("fk_personal_key_complaint_id_complaint"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_personal_key")),
        sa.UniqueConstraint("complainant_id", name=op.f("uq_personal_key_complainant_id")),
        sa.UniqueConstraint("complaint_id", name=op.f("uq_personal_key_complaint_id")),
    )


def downgrade() -> None:
    op.drop_table("personal_key")
