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

    # A register whose rights ``database roles`` set up has management read the figures
    # view: it gets the new column too (at the end: the view keeps its grants).
    if op.get_bind().dialect.name == "postgresql" and _figures_view_exists():
        op.execute(
            "CREATE OR REPLACE VIEW public.ik_complaint_figures AS SELECT "
            + ", ".join(f"t.{name}" for name in (*_FIGURE_COLUMNS_0007, "other_handler_requested"))
            + " FROM public.complaint t"
        )


# The figures view's columns as ``database roles`` made them before this migration.
_FIGURE_COLUMNS_0007 = (
    "id",
    "number",
    "kind",
    "received_on",
    "handler_id",
    "status",
    "route",
    "judgment",
    "urgent",
    "historic",
    "contact_due",
    "decision_due",
    "extended_to",
    "first_contact_on",
    "closed_on",
    "next_deadline",
)


def _figures_view_exists() -> bool:
    found = op.get_bind().execute(
        sa.text("SELECT to_regclass('public.ik_complaint_figures') IS NOT NULL")
    )
    return bool(found.scalar())


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql" and _figures_view_exists():
        # A view cannot lose a column in place; ``database roles`` makes it again.
        op.execute("DROP VIEW public.ik_complaint_figures")
    op.drop_column("complaint", "other_handler_requested")
