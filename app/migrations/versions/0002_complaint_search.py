"""complaint search and next deadline: searchable text and sort keys per complaint with
full-text indexes, the stored next deadline, and the register's indexes

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 16:00:00

SQLite gets an FTS5 table over ``complaint_search`` kept in step by triggers; PostgreSQL a
stored ``tsvector`` column of the text with a GIN index (configuration 'simple': names are
not stemmed). Both are unknown to the ORM: their names start with ``complaint_fts`` or are
listed in ``env.py``, so autogenerate leaves them alone.
The register (app.services.register) sorts and filters on indexes added here; single-column
indexes of 0001 that became the first column of one of these are replaced by it.
"""

import re
import unicodedata
from collections import defaultdict
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
        sa.Column("complainant_key", sa.String(length=200), nullable=True),
        sa.Column("handler_key", sa.String(length=200), nullable=True),
        sa.Column("employees_key", sa.String(length=200), nullable=True),
        sa.Column("subjects_key", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaint.id"],
            name=op.f("fk_complaint_search_complaint_id_complaint"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("complaint_id", name=op.f("pk_complaint_search")),
    )
    with op.batch_alter_table("complaint_search", schema=None) as batch_op:
        for key in SORT_KEYS:
            batch_op.create_index(f"ix_complaint_search_{key}", [key, "complaint_id"], unique=False)
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.add_column(sa.Column("next_deadline", sa.Date(), nullable=True))
        for name, columns, _old, _old_columns in COMPLAINT_INDEXES:
            batch_op.create_index(name, columns, unique=False)
        for _name, _columns, old, _old_columns in COMPLAINT_INDEXES:
            if old:
                batch_op.drop_index(old)
    with op.batch_alter_table("complaint_employee", schema=None) as batch_op:
        batch_op.create_index(
            "ix_complaint_employee_employee_complaint",
            ["employee_id", "complaint_id"],
            unique=False,
        )
        batch_op.drop_index("ix_complaint_employee_employee_id")
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_FTS:
            op.execute(statement)
    else:
        # The tsvector is stored: checking a row against a query then costs microseconds
        # instead of parsing its text again, whichever plan PostgreSQL picks.
        op.execute(
            "ALTER TABLE complaint_search ADD COLUMN complaint_fts_vector tsvector "
            "GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED"
        )
        op.execute(
            "CREATE INDEX ix_complaint_search_fts ON complaint_search "
            "USING gin (complaint_fts_vector)"
        )
    _fill_existing()


SORT_KEYS = ("complainant_key", "handler_key", "employees_key", "subjects_key")
# (new index, its columns, the index of 0001 it replaces, that one's columns)
COMPLAINT_INDEXES = (
    ("ix_complaint_kind_id", ["kind", "id"], None, None),
    (
        "ix_complaint_received_id",
        ["received_on", "id"],
        "ix_complaint_received_on",
        ["received_on"],
    ),
    (
        "ix_complaint_status_received_id",
        ["status", "received_on", "id"],
        "ix_complaint_status_received",
        ["status", "received_on"],
    ),
    ("ix_complaint_next_deadline_id", ["next_deadline", "id"], None, None),
    ("ix_complaint_route_received", ["route", "received_on"], None, None),
    (
        "ix_complaint_handler_received",
        ["handler_id", "received_on"],
        "ix_complaint_handler_id",
        ["handler_id"],
    ),
    (
        "ix_complaint_complainant_status",
        ["complainant_id", "status"],
        "ix_complaint_complainant_id",
        ["complainant_id"],
    ),
)

# The folding of app.services.search as it was when this migration was written (a
# migration must not change when the application's code does).
_PLAIN_LETTERS = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "ı": "i",
        "đ": "d",
        "ħ": "h",
        "ŧ": "t",
        "æ": "ae",
        "œ": "oe",
        "ß": "ss",
        "þ": "th",
        "ð": "d",
    }
)
_WORD = re.compile(r"[^\W_]+")


def _fold(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.translate(_PLAIN_LETTERS)


def _fold_for_search(value: str) -> str:
    return " ".join(_WORD.findall(_fold(value)))


def _sort_key(names: list[str]) -> str | None:
    return ", ".join(f for f in (_fold_for_search(n) for n in names if n) if f)[:200] or None


def _fill_existing() -> None:
    """Index the complaints already there (e.g. demo data), as refresh_search_text would."""
    bind = op.get_bind()
    complaints = bind.execute(
        sa.text(
            "SELECT c.id, c.number, c.description, p.name, h.name FROM complaint c "
            "LEFT JOIN complainant p ON p.id = c.complainant_id "
            "LEFT JOIN employee h ON h.id = c.handler_id ORDER BY c.id"
        )
    ).all()
    if not complaints:
        return
    employees, subjects, notes = defaultdict(list), defaultdict(list), defaultdict(list)
    for complaint_id, name, free_text in bind.execute(
        sa.text(
            "SELECT ce.complaint_id, e.name, ce.free_text_name FROM complaint_employee ce "
            "LEFT JOIN employee e ON e.id = ce.employee_id ORDER BY ce.id"
        )
    ):
        if name or free_text:
            employees[complaint_id].append(name or free_text)
    for complaint_id, name in bind.execute(
        sa.text(
            "SELECT cs.complaint_id, s.name FROM complaint_subject cs "
            "JOIN subject_category s ON s.id = cs.subject_id"
        )
    ):
        subjects[complaint_id].append(name)
    for complaint_id, with_whom, summary in bind.execute(
        sa.text("SELECT complaint_id, with_whom, summary FROM contact_note ORDER BY id")
    ):
        notes[complaint_id].extend((with_whom, summary))
    rows = []
    for complaint_id, number, description, complainant, handler in complaints:
        parts = [
            number,
            description,
            complainant,
            *employees[complaint_id],
            handler,
            *notes[complaint_id],
        ]
        rows.append(
            {
                "complaint_id": complaint_id,
                "text": "\n".join(_fold_for_search(p) for p in parts if p),
                "complainant_key": _sort_key([complainant]),
                "handler_key": _sort_key([handler]),
                "employees_key": _sort_key(employees[complaint_id]),
                "subjects_key": _sort_key(sorted(subjects[complaint_id], key=_fold)),
            }
        )
    bind.execute(
        sa.text(
            "INSERT INTO complaint_search (complaint_id, text, complainant_key, handler_key, "
            "employees_key, subjects_key) VALUES (:complaint_id, :text, :complainant_key, "
            ":handler_key, :employees_key, :subjects_key)"
        ),
        rows,
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("complaint_fts_insert", "complaint_fts_delete", "complaint_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS complaint_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_complaint_search_fts")
    op.drop_table("complaint_search")
    with op.batch_alter_table("complaint_employee", schema=None) as batch_op:
        batch_op.create_index("ix_complaint_employee_employee_id", ["employee_id"], unique=False)
        batch_op.drop_index("ix_complaint_employee_employee_complaint")
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        for name, _columns, old, old_columns in COMPLAINT_INDEXES:
            if old:
                batch_op.create_index(old, old_columns, unique=False)
            batch_op.drop_index(name)
        batch_op.drop_column("next_deadline")
