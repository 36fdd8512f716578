"""INSERTs of many rows handed to the driver as they are, past SQLAlchemy's per-row work.

A bulk import writes tens of thousands of rows per table; SQLAlchemy's per-row parameter
handling (``construct_params``) cost about as much as the database's own work. The
statement is compiled once per table and column set; the columns' Python-side defaults and
bind conversions (enums, dates, our own types) are applied here, row by row, as SQLAlchemy
would. Rows whose ids are needed back go through ``insert(...).returning`` instead.

On SQLite the rows go as multi-row ``INSERT … VALUES (…), (…)`` statements, not one
statement per row (``executemany``): every statement opens a savepoint, and the FTS5 index
behind ``complaint_search`` (filled by a trigger) writes its pending terms out at each one,
so a row per statement wrote a segment per row and merged them over and over (about four
times slower for that table; the other tables gain a little too).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Dialect, Table, insert

# Bound parameters per statement on SQLite: its limit is 32,766 since 3.32 (999 before).
_SQLITE_PARAMETERS = 32_766 if sqlite3.sqlite_version_info >= (3, 32) else 999
# Rows per multi-row statement at most (more gains nothing measurable).
_ROWS_PER_STATEMENT = 500
# SQLite's page cache while a bulk write runs, in KiB (negative: a size, not pages). Its
# default of 2 MB makes a 10,000-row import spill changed pages of its many indexes to the
# write-ahead log before the commit and read them back; with 32 MB writing 10,000 rows took
# about 6 % less (1.60 → 1.50 s, three A/B pairs on this machine, 1 December 2026).
BULK_CACHE_KIB = 32 * 1024


@contextmanager
def bulk_page_cache(connection: Connection) -> Iterator[None]:
    """A larger page cache for this connection while a bulk write runs (SQLite only; the
    connection's own size is restored after, so the pool's connections stay small)."""
    if connection.dialect.name != "sqlite":
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
    connection.exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={int(before)}")


@lru_cache(maxsize=64)
def _prepared(
    dialect: Dialect, table: Table, names: tuple[str, ...]
) -> tuple[
    str,
    tuple[str, ...],
    tuple[tuple[str, Any], ...],
    tuple[tuple[str, Callable[[Any], Any]], ...],
]:
    """The statement as the driver takes it, its parameter order, the Python-side defaults
    of the columns not given, and the bind conversions."""
    defaults = tuple(
        (column.key, column.default)
        for column in table.c
        if column.key not in names
        and column.default is not None
        and (column.default.is_scalar or column.default.is_callable)
    )
    given = (*names, *(name for name, _default in defaults))
    compiled = insert(table).inline().compile(dialect=dialect, column_keys=list(given))
    order = tuple(compiled.positiontup or ()) if dialect.positional else given
    if set(order) != set(given):
        raise ValueError(f"unexpected parameters for {table.name}: {order}")
    processors = tuple(
        (name, process)
        for name in given
        if (process := table.c[name].type.bind_processor(dialect)) is not None
    )
    return str(compiled), order, defaults, processors


def insert_rows(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys, by column key) into ``table``."""
    if not rows:
        return
    dialect = connection.dialect
    statement, order, defaults, processors = _prepared(dialect, table, tuple(rows[0]))
    parameters: list[Any] = []
    for row in rows:
        values = _bound(row, defaults, processors)
        parameters.append(tuple(values[name] for name in order) if dialect.positional else values)
    execute_rows(connection, statement, parameters)


def _bound(
    row: dict[str, Any],
    defaults: tuple[tuple[str, Any], ...],
    processors: tuple[tuple[str, Callable[[Any], Any]], ...],
) -> dict[str, Any]:
    """``row`` with the column defaults filled in and every value converted for the driver."""
    values = dict(row)
    for name, default in defaults:
        values[name] = default.arg(None) if default.is_callable else default.arg
    for name, process in processors:
        values[name] = process(values[name])
    return values


def execute_rows(connection: Connection, statement: str, parameters: list[Any]) -> None:
    """Run a one-row ``INSERT … VALUES (…)`` (as the driver takes it) for every row of
    ``parameters``: on SQLite as multi-row statements, elsewhere with ``executemany``
    (psycopg sends those pipelined)."""
    dialect = connection.dialect
    if dialect.name != "sqlite" or not dialect.positional or len(parameters) < 2:
        connection.exec_driver_sql(statement, parameters)
        return
    head, marker, group = statement.rpartition(" VALUES ")
    if not marker or not group.startswith("(") or not group.endswith(")"):
        raise ValueError(f"not a one-row INSERT: {statement[:40]}")
    width = len(parameters[0])
    per_statement = max(1, min(_ROWS_PER_STATEMENT, _SQLITE_PARAMETERS // max(width, 1)))
    for start in range(0, len(parameters), per_statement):
        part = parameters[start : start + per_statement]
        connection.exec_driver_sql(
            f"{head} VALUES {', '.join([group] * len(part))}",
            tuple(value for row in part for value in row),
        )


def insert_rows_returning(
    connection: Connection, table: Table, rows: list[dict[str, Any]], returning: tuple[str, ...]
) -> list[tuple[Any, ...]]:
    """``insert_rows`` that gives back the ``returning`` columns of the new rows (plain
    integers and strings only: no result conversion is applied), in no particular order.
    On SQLite as multi-row ``INSERT … RETURNING`` statements (3.35+); elsewhere through
    SQLAlchemy's own ``insert(...).returning``."""
    if not rows:
        return []
    dialect = connection.dialect
    if dialect.name != "sqlite" or not dialect.positional:
        columns = [table.c[name] for name in returning]
        return [tuple(row) for row in connection.execute(insert(table).returning(*columns), rows)]
    statement, order, defaults, processors = _prepared(dialect, table, tuple(rows[0]))
    head, marker, group = statement.rpartition(" VALUES ")
    if not marker:
        raise ValueError(f"not a one-row INSERT: {statement[:40]}")
    tail = " RETURNING " + ", ".join(dialect.identifier_preparer.quote(n) for n in returning)
    per_statement = max(1, min(_ROWS_PER_STATEMENT, _SQLITE_PARAMETERS // max(len(order), 1)))
    found: list[tuple[Any, ...]] = []
    for start in range(0, len(rows), per_statement):
        part = rows[start : start + per_statement]
        parameters: list[Any] = []
        for row in part:
            values = _bound(row, defaults, processors)
            parameters.extend(values[name] for name in order)
        result = connection.exec_driver_sql(
            f"{head} VALUES {', '.join([group] * len(part))}{tail}", tuple(parameters)
        )
        found.extend(tuple(row) for row in result)
    return found
