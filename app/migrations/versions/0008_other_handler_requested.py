"""other handler requested: the complainant asked for another employee to handle the case

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 18:00:00

One boolean column, false for every existing complaint (nobody recorded such a request
before). Other changes of issue 15 add migrations in parallel; whoever merges later sets
``down_revision`` so that the chain stays linear.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Plain ALTER TABLE, not batch mode: SQLite (3.35+) adds and drops a column in place, where
# batch mode would copy the whole complaint table (and its search triggers) for one flag.
def upgrade() -> None:
    op.add_column(
        "complaint",
        sa.Column(
            "other_handler_requested",
            sa.Boolean(),
            nullable=False,
            server_default=sa.false(),
        ),
    )


def downgrade() -> None:
    op.drop_column("complaint", "other_handler_requested")
