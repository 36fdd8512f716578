"""retention: the date a complaint went on to the ombudsman, the date its personal data was
destroyed, and the destruction lists (proposed, approved by the archivist, carried out)

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-30 18:55:00

Two nullable columns on complaint and two new tables; no data changes.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.models.base import UTCDateTime

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Plain ALTER TABLE on complaint: batch mode would copy the table with its search triggers.
def upgrade() -> None:
    op.add_column("complaint", sa.Column("ombudsman_on", sa.Date()))
    op.add_column("complaint", sa.Column("destroyed_on", sa.Date()))
    op.create_table(
        "destruction_list",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("complaint_count", sa.Integer(), nullable=False),
        sa.Column("proposed_by_id", sa.Integer(), sa.ForeignKey("employee.id")),
        sa.Column("proposed_at", UTCDateTime(), nullable=False),
        sa.Column("approved_by_id", sa.Integer(), sa.ForeignKey("employee.id")),
        sa.Column("approved_at", UTCDateTime()),
        sa.Column("carried_out_at", UTCDateTime()),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('proposed', 'approved', 'carried_out', 'rejected')",
            name=op.f("ck_destruction_list_status_valid"),
        ),
    )
    op.create_table(
        "destruction_item",
        sa.Column(
            "list_id",
            sa.Integer(),
            sa.ForeignKey("destruction_list.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "complaint_id",
            sa.Integer(),
            sa.ForeignKey("complaint.id", ondelete="CASCADE"),
            primary_key=True,
            index=True,
        ),
        sa.Column("term", sa.String(20), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("destruction_item")
    op.drop_table("destruction_list")
    op.drop_column("complaint", "destroyed_on")
    op.drop_column("complaint", "ombudsman_on")
