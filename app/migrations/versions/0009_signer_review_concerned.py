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
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Plain ALTER TABLE for the complaint and the profile: SQLite (3.35+) adds and drops a
# column in place, where batch mode would copy the complaint table (and its search
# triggers) and fails with "database table is locked". The foreign key of
# complaint_employee needs batch mode on SQLite; that table has no triggers.
def upgrade() -> None:
    op.add_column("regulation_profile", sa.Column("signer_name", sa.String(length=200)))
    op.add_column("regulation_profile", sa.Column("signer_function", sa.String(length=200)))
    op.add_column("complaint", sa.Column("signer_name", sa.String(length=200)))
    op.add_column("complaint", sa.Column("signer_function", sa.String(length=200)))
    op.add_column("complaint", sa.Column("review_already_done", sa.Boolean()))
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
    for column in ("review_already_done", "signer_function", "signer_name"):
        op.drop_column("complaint", column)
    for column in ("signer_function", "signer_name"):
        op.drop_column("regulation_profile", column)
