"""promise withdrawal: a promise can be withdrawn (with a reason and who did it) while no
sent letter quoted it

Revision ID: 0006
Revises: 0004
Create Date: 2026-11-30 14:50:00

Three nullable columns; existing promises are not withdrawn. The chain: another change
of issue 13 adds 0005 (name parts); whoever merges second sets ``down_revision`` so that
the chain stays linear.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("promise", schema=None) as batch_op:
        batch_op.add_column(sa.Column("withdrawn_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("withdrawn_reason", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("withdrawn_by_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_promise_withdrawn_by_id_employee"),
            "employee",
            ["withdrawn_by_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("promise", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_promise_withdrawn_by_id_employee"), type_="foreignkey"
        )
        batch_op.drop_column("withdrawn_by_id")
        batch_op.drop_column("withdrawn_reason")
        batch_op.drop_column("withdrawn_on")
