"""reminders, consent and hearing: the task kinds for the copy at the start (Awb 9:9) and
the delay notice; the complainant's consent to a further postponement (Awb 9:11 lid 2);
the hearing report (Awb 9:10)

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30 18:10:00

Two nullable columns on complaint and a wider CHECK on task.kind; no data changes.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_KINDS = ("inform_employees", "callback", "returned_card", "review_report", "other")
NEW_KINDS = (*OLD_KINDS, "copy_at_start", "delay_notice")


def _kind_check(kinds: tuple[str, ...]) -> str:
    return "kind IN ({})".format(", ".join(f"'{kind}'" for kind in kinds))


# The complaint's columns with plain ALTER TABLE (SQLite 3.35+ does them in place): batch
# mode would copy the complaint table with its search triggers ("database table is locked").
def upgrade() -> None:
    op.add_column("complaint", sa.Column("extension_consent_attachment_id", sa.Integer()))
    op.add_column("complaint", sa.Column("hearing_report", sa.Text()))
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_task_kind_valid"), type_="check")
        batch_op.create_check_constraint(batch_op.f("ck_task_kind_valid"), _kind_check(NEW_KINDS))


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM task WHERE kind IN ('copy_at_start', 'delay_notice')"))
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_task_kind_valid"), type_="check")
        batch_op.create_check_constraint(batch_op.f("ck_task_kind_valid"), _kind_check(OLD_KINDS))
    op.drop_column("complaint", "hearing_report")
    op.drop_column("complaint", "extension_consent_attachment_id")
