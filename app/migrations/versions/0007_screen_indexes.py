"""screen indexes: the open complaints, the complaints awaiting cards and the dashboard's
weekly figures read through an index at 100,000 complaints

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 15:30:00

Indexes only; no data changes. Other helpers of issue 14 may add migrations too: whoever
merges second sets ``down_revision`` so that the chain stays linear.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = {
    "ix_complaint_kind_status_closed": [
        *("kind", "status", "historic", "closed_on", "number", "complainant_id")
    ],
    "ix_complaint_kind_received_closed": ["kind", "received_on", "closed_on"],
    "ix_complaint_kind_closed": ["kind", "closed_on"],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, "complaint", columns, unique=False)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="complaint")
