"""follow-up documents: who saw them, and an index on the unseen ones

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30 18:10:00

Additive: a nullable column and an index. Other helpers of issue 15 add migrations too; the
lead re-chains ``down_revision`` at merge so that the chain stays linear.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seen_by_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_attachment_seen_by_id_employee"), "employee", ["seen_by_id"], ["id"]
        )
        batch_op.create_index(
            "ix_attachment_unseen_follow_up",
            ["is_follow_up", "seen_by_handler_at", "complaint_id"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index("ix_attachment_unseen_follow_up")
        batch_op.drop_constraint(
            batch_op.f("fk_attachment_seen_by_id_employee"), type_="foreignkey"
        )
        batch_op.drop_column("seen_by_id")
