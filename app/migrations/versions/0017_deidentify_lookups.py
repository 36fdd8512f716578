"""deidentify lookups: indexes on the lower-cased name, street and town columns

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-30 21:20:00

The personal-data finder asks ``lower(column) IN (the text's words)`` of complainants and
free-text names of employees concerned; without these indexes every summary scans the
whole register (a second and more for 100,000 complaints). Indexes only; no data changes.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = (
    ("ix_complainant_lower_surname", "complainant", "surname"),
    ("ix_complainant_lower_first_name", "complainant", "first_name"),
    ("ix_complainant_lower_name", "complainant", "name"),
    ("ix_complainant_lower_street", "complainant", "street"),
    ("ix_complainant_lower_city", "complainant", "city"),
    ("ix_complaint_employee_lower_free_text_name", "complaint_employee", "free_text_name"),
)


def upgrade() -> None:
    for name, table, column in INDEXES:
        op.create_index(name, table, [sa.text(f"lower({column})")])


def downgrade() -> None:
    for name, table, _column in reversed(INDEXES):
        op.drop_index(name, table_name=table)
