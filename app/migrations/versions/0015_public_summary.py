"""anonymised register: a publishable summary and the measures taken per complaint, and who
approved them on which day

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-30 21:15:00

Four nullable columns on complaint; no data changes.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Plain ALTER TABLE on complaint: batch mode would copy the table with its search triggers.
# No foreign key on the approver: SQLite adds one only in batch mode. Employees are never
# deleted (they are deactivated), and the audit log names the approver too.
def upgrade() -> None:
    op.add_column("complaint", sa.Column("public_summary", sa.Text()))
    op.add_column("complaint", sa.Column("public_measures", sa.Text()))
    op.add_column("complaint", sa.Column("public_summary_approved_by_id", sa.Integer()))
    op.add_column("complaint", sa.Column("public_summary_approved_on", sa.Date()))
    # The register lists approved summaries by month received.
    op.create_index(
        "ix_complaint_public_approved_received",
        "complaint",
        ["public_summary_approved_on", "received_on"],
    )


def downgrade() -> None:
    op.drop_index("ix_complaint_public_approved_received", table_name="complaint")
    op.drop_column("complaint", "public_summary_approved_on")
    op.drop_column("complaint", "public_summary_approved_by_id")
    op.drop_column("complaint", "public_measures")
    op.drop_column("complaint", "public_summary")
