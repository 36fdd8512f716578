"""complaint search and next deadline: searchable text per complaint with full-text indexes,
and the stored next deadline the register sorts on

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 16:00:00

SQLite gets an FTS5 table over ``complaint_search`` kept in step by triggers; PostgreSQL a
GIN index on the text's ``tsvector`` (configuration 'simple': names are not stemmed).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_FTS = (
    """CREATE VIRTUAL TABLE complaint_fts USING fts5(
        text, content='complaint_search', content_rowid='complaint_id',
        tokenize='unicode61 remove_diacritics 2', prefix='2 3')""",
    """CREATE TRIGGER complaint_fts_insert AFTER INSERT ON complaint_search BEGIN
        INSERT INTO complaint_fts(rowid, text) VALUES (new.complaint_id, new.text);
    END""",
    """CREATE TRIGGER complaint_fts_delete AFTER DELETE ON complaint_search BEGIN
        INSERT INTO complaint_fts(complaint_fts, rowid, text)
        VALUES ('delete', old.complaint_id, old.text);
    END""",
    """CREATE TRIGGER complaint_fts_update AFTER UPDATE ON complaint_search BEGIN
        INSERT INTO complaint_fts(complaint_fts, rowid, text)
        VALUES ('delete', old.complaint_id, old.text);
        INSERT INTO complaint_fts(rowid, text) VALUES (new.complaint_id, new.text);
    END""",
)


def upgrade() -> None:
    op.create_table(
        "complaint_search",
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["complaint_id"], ["complaint.id"],
                                name=op.f("fk_complaint_search_complaint_id_complaint"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("complaint_id", name=op.f("pk_complaint_search")),
    )
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.add_column(sa.Column("next_deadline", sa.Date(), nullable=True))
        batch_op.create_index(batch_op.f("ix_complaint_next_deadline"), ["next_deadline"],
                              unique=False)
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_FTS:
            op.execute(statement)
    else:
        op.execute(
            "CREATE INDEX ix_complaint_search_fts ON complaint_search "
            "USING gin (to_tsvector('simple', text))"
        )
    _fill_existing()


def _fill_existing() -> None:
    """Index the complaints already there (e.g. demo data): number, description, names."""
    op.get_bind().execute(sa.text(
        "INSERT INTO complaint_search (complaint_id, text) "
        "SELECT c.id, c.number || ' ' || c.description || ' ' || COALESCE(p.name, '') "
        "FROM complaint c LEFT JOIN complainant p ON p.id = c.complainant_id"
    ))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("complaint_fts_insert", "complaint_fts_delete", "complaint_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS complaint_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_complaint_search_fts")
    op.drop_table("complaint_search")
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaint_next_deadline"))
        batch_op.drop_column("next_deadline")
