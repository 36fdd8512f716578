"""INSERTs of many rows handed to the driver as they are, past SQLAlchemy's per-row work.

A bulk import writes tens of thousands of rows per table; SQLAlchemy's per-row parameter
handling (``construct_params``) cost about as much as the database's own work. The
statement is compiled once per table and column set; the columns' Python-side defaults and
bind conversions (enums, dates, our own types) are applied here, row by row, as SQLAlchemy
would. Rows whose ids are needed back go through ``insert(...).returning`` instead.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Dialect, Table, insert


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
        values = dict(row)
        for name, default in defaults:
            values[name] = default.arg(None) if default.is_callable else default.arg
        for name, process in processors:
            values[name] = process(values[name])
        parameters.append(tuple(values[name] for name in order) if dialect.positional else values)
    connection.exec_driver_sql(statement, parameters)
