"""fast lane and clusters: partial indexes for spoed and the fast lane, and the figures
view's new columns

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30 19:00:00

Indexes only, and on PostgreSQL the management figures view gains ``fast_lane`` and
``cluster_id`` (the dashboard counts them). Other helpers of issue 15 add migrations in
parallel; whoever merges sets ``down_revision`` so that the chain stays linear.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FLAGS = ("urgent", "fast_lane")

# The figures view's columns as ``database roles`` made them before this migration.
_FIGURE_COLUMNS_0012 = (
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
    "other_handler_requested",
)


def upgrade() -> None:
    for flag in FLAGS:
        op.create_index(
            f"ix_complaint_{flag}_received",
            "complaint",
            ["received_on", "id"],
            unique=False,
            sqlite_where=sa.text(f"{flag} IS 1"),
            postgresql_where=sa.text(f"{flag} IS true"),
        )
    # A register whose rights ``database roles`` set up has management read the figures
    # view: it gets the new columns too (at the end: the view keeps its grants).
    if op.get_bind().dialect.name == "postgresql" and _figures_view_exists():
        op.execute(
            "CREATE OR REPLACE VIEW public.ik_complaint_figures AS SELECT "
            + ", ".join(f"t.{name}" for name in (*_FIGURE_COLUMNS_0012, "fast_lane", "cluster_id"))
            + " FROM public.complaint t"
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
    for flag in FLAGS:
        op.drop_index(f"ix_complaint_{flag}_received", table_name="complaint")
