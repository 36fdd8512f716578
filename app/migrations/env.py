"""Alembic environment. Used at start-up (app.migrate) and by the ``alembic`` command."""

from __future__ import annotations

import warnings

from alembic import context
from sqlalchemy import Connection
from sqlalchemy.exc import SAWarning

import app.models  # noqa: F401 - registers every table on the metadata
from app.db import make_engine, resolve_database_url
from app.models.base import Base, UTCDateTime

config = context.config
target_metadata = Base.metadata


def _render_item(type_: str, obj: object, autogen_context: object) -> str | bool:
    # UTCDateTime is a plain DateTime in the database; keep migrations free of app types.
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime()"
    return False


# Full-text search objects made by hand in migration 0002; the ORM does not know them.
SEARCH_OBJECTS = frozenset({"ix_complaint_search_fts"})


# Indexes on lower(column) for the personal-data finder, made by hand in migration 0017
# and unknown to the ORM: SQLite cannot reflect an expression index (it warns and skips
# it), and alembic cannot compare one there, so autogenerate leaves them alone.
LOWER_INDEXES = frozenset(
    {
        "ix_complainant_lower_surname",
        "ix_complainant_lower_first_name",
        "ix_complainant_lower_name",
        "ix_complainant_lower_street",
        "ix_complainant_lower_city",
        "ix_complaint_employee_lower_free_text_name",
    }
)


def _include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    if name is None:
        return True
    return not (name.startswith("complaint_fts") or name in SEARCH_OBJECTS or name in LOWER_INDEXES)


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        compare_type=True,
        compare_server_default=True,
        render_item=_render_item,
        include_object=_include_object,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction(), warnings.catch_warnings():
        warnings.filterwarnings(
            "ignore", "Skipped unsupported reflection of expression-based index", SAWarning
        )
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url") or resolve_database_url()
    engine = make_engine(url)
    try:
        with engine.connect() as new_connection:
            _run(new_connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline migrations are not supported; connect to a database")
run_migrations_online()
