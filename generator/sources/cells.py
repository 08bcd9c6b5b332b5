"""A database value as the exact text the validate stage expects, or the reason it cannot be.

Files give text; a database gives typed values (and pandas turns some of them into numpy
scalars). Dates and whole numbers convert without loss; anything that has lost or may
lose information is refused, as the .xlsx reader refuses IDs that Excel stored as numbers.
"""

from __future__ import annotations

import datetime as dt
import math
import uuid
from decimal import Decimal

import numpy as np
import pandas as pd
import sqlalchemy as sa

from generator.sources.guard import MAX_CELL_CHARS, long_cell

# The same columns the file loader guards: identifiers whose digits a float destroys.
NUMBER_SENSITIVE = frozenset(
    {"record_id", "uscc", "reg_no_old", "id_number", "legal_rep_id", "decision_no"}
)
# Column types that never hold contract text: refused once per column, not once per row.
_WRONG_TYPES: tuple[type, ...] = (
    sa.LargeBinary,
    sa.Boolean,
    sa.JSON,
    sa.ARRAY,
    sa.Interval,
    sa.Time,
)
_LOSSY_DIGITS = 16  # a float64 holds 15-17 significant digits: 16 and more may be rounded


class CellError(ValueError):
    """A value that cannot be read faithfully; the message names its type, never its value."""


def type_name(type_: sa.types.TypeEngine[object]) -> str:
    try:
        return str(type_)
    except sa.exc.SQLAlchemyError:  # a dialect type that cannot compile without its dialect
        return type(type_).__name__


def column_type_problem(type_: sa.types.TypeEngine[object], column: str) -> str | None:
    """Why a column of this declared type cannot feed `column`, or None when it can."""
    if isinstance(type_, _WRONG_TYPES):
        return (
            f"column type {type_name(type_)} cannot hold this value as text; "
            "store it as text (VARCHAR or TEXT), a date or an integer"
        )
    if column in NUMBER_SENSITIVE and isinstance(type_, sa.Float):
        return (
            f"column type {type_name(type_)} is a floating-point number, which loses "
            "digits of identifiers; store it as text (VARCHAR or TEXT)"
        )
    return None


def is_missing(value: object) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def cell_text(value: object, column: str) -> str:
    """The value as text; raises `CellError` when the conversion would not be faithful."""
    if is_missing(value):
        return ""
    if isinstance(value, str):
        if long_cell(value):
            raise CellError(
                f"text longer than {MAX_CELL_CHARS} characters (the limit files have too)"
            )
        return value
    if isinstance(value, bool | np.bool_):
        raise CellError("a true/false value means nothing here; store the column as text")
    if isinstance(value, dt.datetime):  # also pandas.Timestamp
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | np.integer):
        return str(int(value))
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            return str(int(value))
        if column in NUMBER_SENSITIVE:
            raise CellError("a fractional number cannot be an identifier; store it as text")
        return str(value)
    if isinstance(value, float | np.floating):
        return _float_text(float(value), column)
    if isinstance(value, uuid.UUID):
        return str(value)
    raise CellError(
        f"a {type(value).__name__} value cannot be read as text; store the column as text"
    )


def _float_text(value: float, column: str) -> str:
    if column in NUMBER_SENSITIVE and (
        not value.is_integer() or len(str(abs(int(value)))) >= _LOSSY_DIGITS
    ):
        raise CellError(
            "stored as a floating-point number, which loses digits; store identifiers as text"
        )
    return str(int(value)) if value.is_integer() else repr(value)
