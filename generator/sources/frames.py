"""One table read through pandas, in a stable order and without lossy type guessing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd
import sqlalchemy as sa
from sqlalchemy.engine import Connection


def frame_records(frame: pd.DataFrame) -> list[dict[str, object]]:
    """The rows as column -> value, values as pandas holds them (NA for NULL)."""
    names = [str(c) for c in frame.columns]
    return [dict(zip(names, values, strict=True)) for values in frame.itertuples(index=False)]


def read_frame(
    connection: Connection, table: str, key: Sequence[str], columns: Sequence[str]
) -> pd.DataFrame:
    """The table's key and data columns, ordered by key and then by every column so that
    the row order, and so every message, is the same on each run."""
    names = list(dict.fromkeys([*key, *columns]))
    selected: list[sa.ColumnClause[Any]] = [sa.column(n) for n in names]
    statement = sa.select(*selected).select_from(sa.table(table)).order_by(*selected)
    try:
        # numpy_nullable keeps a BIGINT column with NULLs as exact integers; the default
        # turns it into float64, which rounds 18-digit numbers.
        return pd.read_sql(
            statement, connection, coerce_float=False, dtype_backend="numpy_nullable"
        )
    except UnicodeDecodeError:
        # pandas decodes bytes it finds in a column as text, and fails on bytes that are not
        # UTF-8 (SQLite keeps a BLOB in a TEXT column). Then take the values as the driver
        # gives them, uninterpreted, so that the cell check names the offending cell.
        result = connection.execute(statement)
        return pd.DataFrame(result.all(), columns=list(result.keys()), dtype=object)
