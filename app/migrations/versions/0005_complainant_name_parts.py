"""complainant name parts: voorletters, roepnaam, tussenvoegsel and achternaam, so letters
greet by surname ("Geachte mevrouw Jonkman")

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 14:50:00

Only the columns: existing names are split after the upgrade by
``app.services.complainants.split_stored_names``, an audited write by the system, so the
audit trail still verifies (a migration writes no audit events) and this script does not
depend on application code that may change later.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("complainant", schema=None) as batch_op:
        batch_op.add_column(sa.Column("initials", sa.String(length=30), nullable=True))
        batch_op.add_column(sa.Column("first_name", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("infix", sa.String(length=30), nullable=True))
        batch_op.add_column(sa.Column("surname", sa.String(length=200), nullable=True))


def downgrade() -> None:
    # ``name`` kept the display name all along; the parts are simply dropped. A plain DROP
    # COLUMN (SQLite 3.35+): batch mode would copy and drop the complainant table, which the
    # foreign keys of complaints and merged complainants refuse.
    for column in ("surname", "infix", "first_name", "initials"):
        op.execute(f"ALTER TABLE complainant DROP COLUMN {column}")
