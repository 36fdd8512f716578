"""complainant name parts: voorletters, roepnaam, tussenvoegsel and achternaam, so letters
greet by surname ("Geachte mevrouw Jonkman")

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 14:50:00

Existing names are split with ``app.services.names.stored_parts``: where the split is not
certain (foreign names, several given names, anything odd) the whole name goes into the
surname, so no text is lost; ``name`` itself is left as it was.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.services.names import stored_parts

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 500
# The column sizes; a part that would not fit (an odd old name) stays whole in surname.
_LIMITS = {"initials": 30, "first_name": 100, "infix": 30, "surname": 200}


def _row(person_id: int, name: str) -> dict[str, object]:
    parts = stored_parts(name)
    values = {
        "id": person_id,
        "initials": parts.initials,
        "first_name": parts.first_name,
        "infix": parts.infix,
        "surname": parts.surname,
    }
    if any(len(str(values[k] or "")) > limit for k, limit in _LIMITS.items()):
        whole = " ".join(name.split())[: _LIMITS["surname"]]
        values.update(initials=None, first_name=None, infix=None, surname=whole)
    return values


def upgrade() -> None:
    with op.batch_alter_table("complainant", schema=None) as batch_op:
        batch_op.add_column(sa.Column("initials", sa.String(length=30), nullable=True))
        batch_op.add_column(sa.Column("first_name", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("infix", sa.String(length=30), nullable=True))
        batch_op.add_column(sa.Column("surname", sa.String(length=200), nullable=True))
    bind = op.get_bind()
    rows = bind.execute(
        sa.text("SELECT id, name FROM complainant WHERE name IS NOT NULL ORDER BY id")
    ).all()
    updates = [_row(person_id, name) for person_id, name in rows if name.strip()]
    statement = sa.text(
        "UPDATE complainant SET initials = :initials, first_name = :first_name, "
        "infix = :infix, surname = :surname WHERE id = :id"
    )
    for start in range(0, len(updates), _BATCH):
        bind.execute(statement, updates[start : start + _BATCH])


def downgrade() -> None:
    # ``name`` kept the display name all along; the parts are simply dropped.
    with op.batch_alter_table("complainant", schema=None) as batch_op:
        batch_op.drop_column("surname")
        batch_op.drop_column("infix")
        batch_op.drop_column("first_name")
        batch_op.drop_column("initials")
