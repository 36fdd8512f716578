"""notable summary: the coordinator's short anonymised summary of a notable case, listed in
the annual report ("Opvallende zaken", as the 2021 overview did)

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30 19:00:00

One nullable text column on complaint; no data changes. Other changes of issue 15 add
migrations in parallel; whoever merges sets ``down_revision`` so the chain stays linear.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Plain ALTER TABLE, not batch mode: SQLite (3.35+) adds and drops a column in place, where
# batch mode would copy the whole complaint table (and its search triggers).
def upgrade() -> None:
    op.add_column("complaint", sa.Column("notable_summary", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column("complaint", "notable_summary")
