"""signer, review already done, cleared free-text names: who signs the decision letter (per
regulation profile, overridable per complaint); a request for review of a case already
reviewed; the handler the coordinator confirmed is not a free-text employee concerned (Awb 9:7)

Revision ID: 0009
Revises: 0007
Create Date: 2026-11-30 18:00:00

Nullable columns only. Other helpers of issue 15 add migrations too: whoever merges sets
``down_revision`` so that the chain stays linear.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("regulation_profile", schema=None) as batch_op:
        batch_op.add_column(sa.Column("signer_name", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("signer_function", sa.String(length=200), nullable=True))
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.add_column(sa.Column("signer_name", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("signer_function", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("review_already_done", sa.Boolean(), nullable=True))
    with op.batch_alter_table("complaint_employee", schema=None) as batch_op:
        batch_op.add_column(sa.Column("cleared_handler_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_complaint_employee_cleared_handler_id_employee"),
            "employee",
            ["cleared_handler_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("complaint_employee", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_complaint_employee_cleared_handler_id_employee"), type_="foreignkey"
        )
        batch_op.drop_column("cleared_handler_id")
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.drop_column("review_already_done")
        batch_op.drop_column("signer_function")
        batch_op.drop_column("signer_name")
    with op.batch_alter_table("regulation_profile", schema=None) as batch_op:
        batch_op.drop_column("signer_function")
        batch_op.drop_column("signer_name")
