"""The `cases` table: one typical case per row, the columns standing in for front matter.

`slug` names the case (its web address, the file name of `cases/<slug>.md`), `body` is
its Markdown text, and every other column is a front-matter key, so that an unknown
column is reported by the validate stage exactly as an unknown front-matter key is.
`record_ids` and `measures` hold one item per line.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from generator.errors import Problem
from generator.model import SourceCase
from generator.sources.cells import CellError, cell_text, column_type_problem, is_missing
from generator.sources.frames import frame_records, read_frame

CASES_TABLE = "cases"
SLUG, BODY = "slug", "body"
LIST_COLUMNS = ("record_ids", "measures")


def read_cases(
    connection: Connection, inspector: sa.Inspector, table: str, problems: list[Problem]
) -> list[SourceCase]:
    """Every row of the cases table as a `SourceCase` named `table cases/<slug>`."""
    where = f"table {table}"
    columns: list[str] = []
    ok = True
    for column in inspector.get_columns(table):
        reason = column_type_problem(column["type"], column["name"])
        if reason is not None:
            problems.append(Problem(where, 0, column["name"], reason))
            ok = False
        columns.append(column["name"])
    if SLUG not in columns:
        problems.append(
            Problem(where, 0, SLUG, "column is missing: a case's slug is its web address")
        )
        ok = False
    if not ok:
        return []
    frame = read_frame(connection, table, [SLUG], columns)
    cases: list[SourceCase] = []
    for number, record in enumerate(frame_records(frame), start=1):
        case = _case(where, number, record, problems)
        if case is not None:
            cases.append(case)
    return cases


def _case(
    where: str,
    number: int,
    record: dict[str, object],
    problems: list[Problem],
) -> SourceCase | None:
    texts: dict[str, str] = {}
    bad = False
    try:
        slug = cell_text(record[SLUG], SLUG).strip()
    except CellError as exc:
        problems.append(Problem(f"{where}, key #{number}", number, SLUG, str(exc)))
        return None
    # The validate stage takes the slug from the name after the last "/": a slug with a
    # "/" in it would be cut, so it is refused here.
    if not slug or "/" in slug:
        problems.append(
            Problem(
                f"{where}, key #{number}",
                number,
                SLUG,
                "missing value (required)" if not slug else "a slug cannot contain '/'",
            )
        )
        return None
    name = f"{where}/{slug}"
    front: dict[str, object] = {}
    for column, value in record.items():
        if column == SLUG:
            continue
        try:
            text = cell_text(value, column)
        except CellError as exc:
            problems.append(Problem(name, 0, column, str(exc)))
            bad = True
            continue
        texts[column] = text
        if column == BODY or is_missing(value) or (not text and column not in LIST_COLUMNS):
            continue  # NULL is an absent key; an empty text is the same in front matter
        front[column] = (
            [line.strip() for line in text.splitlines() if line.strip()]
            if column in LIST_COLUMNS
            else text
        )
    if bad:
        return None
    body = texts.get(BODY, "")
    return SourceCase(name, front, body)
