"""SQL source: read the input contract from a database into the `RawDataset` the file
loader makes, so that the validate stage runs unchanged and says the same things.

The table contract is documented in `data/README-sql.md`. In short: `listings` and
`listings_*` mirror `lists/*`, `exits` and `objections` mirror their files, `cases` holds
one typical case per row. Columns are matched through the same header aliases as file
headers. A problem names the table, the row's key (its primary key, else its record_id)
and the column; "row N" counts rows in key order, which tells rows sharing a key apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd
import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from generator.errors import Problem
from generator.model import RawDataset, SourceCase, SourceRef, SourceRow, SourceTable
from generator.parse import shown
from generator.rules import Rules, fold
from generator.sources.cases import CASES_TABLE, read_cases
from generator.sources.cells import CellError, cell_text, column_type_problem
from generator.sources.engine import masked_url, open_source, source_error
from generator.sources.frames import frame_records, read_frame

LIST_TABLE = "listings"
OTHER_TABLES = ("exits", "objections")
# A key made of these columns could be a person's name or number: masked like a cell.
_PERSONAL = frozenset({"name", "legal_rep", "legal_rep_id", "id_number", "contact", "notes"})
_KEY_LIMIT = 40


@dataclass(frozen=True, slots=True)
class TablePlan:
    """What to read from one table: which column means what, and which columns name a row."""

    name: str
    kind: str
    key: tuple[str, ...]  # database columns
    columns: dict[str, str]  # readable database column -> canonical column
    headers: dict[str, str]  # canonical column -> database column (incl. unreadable ones)
    implied: dict[str, str] = field(default_factory=dict)
    unreadable: frozenset[str] = frozenset()

    @property
    def where(self) -> str:
        return f"table {self.name}"

    def label(self, canonical: str) -> str:
        written = self.headers.get(canonical, canonical)
        return written if fold(written) == fold(canonical) else f"{written} ({canonical})"


def load_sql_dataset(url: str, rules: Rules) -> tuple[RawDataset, list[Problem]]:
    """Read every contract table of the database at `url` (any SQLAlchemy URL).

    Like `load_dataset`, data problems are returned, not raised; a database that cannot be
    reached or read raises `ConfigError` with the password masked.
    """
    engine = open_source(url)
    try:
        return _load(engine, rules)
    finally:
        engine.dispose()


def _load(engine: Engine, rules: Rules) -> tuple[RawDataset, list[Problem]]:
    try:
        connection = engine.connect()
    except SQLAlchemyError as exc:
        raise source_error(exc, engine.url, "connect") from exc
    problems: list[Problem] = []
    try:
        with connection:
            if engine.dialect.name == "postgresql":
                # One snapshot for every table: exits must not be read from a later state
                # than the listings they end, should the platform write while we read.
                connection = connection.execution_options(
                    isolation_level="REPEATABLE READ", postgresql_readonly=True
                )
            with connection.begin():
                tables, cases = _read_all(connection, rules, problems)
    except (SQLAlchemyError, pd.errors.DatabaseError) as exc:
        raise source_error(exc, engine.url, "read the contract tables") from exc
    return RawDataset(masked_url(engine.url), tuple(tables), tuple(cases)), problems


def _read_all(
    connection: Connection, rules: Rules, problems: list[Problem]
) -> tuple[list[SourceTable], list[SourceCase]]:
    inspector = sa.inspect(connection)
    # Views count: a platform usually grants its export reader SELECT on views only.
    names = {n.lower(): n for n in [*inspector.get_table_names(), *inspector.get_view_names()]}
    list_names = sorted(
        real for low, real in names.items() if low == LIST_TABLE or low.startswith(LIST_TABLE + "_")
    )
    if not list_names:
        problems.append(
            Problem(
                f"table {LIST_TABLE}",
                0,
                "",
                f"table is missing: no table or view named {LIST_TABLE} or {LIST_TABLE}_* "
                "holds the listings",
            )
        )
    wanted = [(n, "lists") for n in list_names]
    wanted += [(names[k], k) for k in OTHER_TABLES if k in names]
    tables: list[SourceTable] = []
    for name, kind in wanted:
        plan = plan_table(inspector, name, kind, rules, problems)
        if plan is not None:
            frame = read_frame(connection, plan.name, plan.key, list(plan.columns))
            tables.append(_source_table(plan, frame, connection.dialect.name, problems))
    cases: list[SourceCase] = []
    if CASES_TABLE in names:
        cases.extend(read_cases(connection, inspector, names[CASES_TABLE], problems))
    return tables, cases


def plan_table(
    inspector: sa.Inspector, name: str, kind: str, rules: Rules, problems: list[Problem]
) -> TablePlan | None:
    """Map the table's columns through the header aliases; None if one is unknown."""
    where = f"table {name}"
    known = rules.headers[kind]
    primary = list(inspector.get_pk_constraint(name).get("constrained_columns") or [])
    columns: dict[str, str] = {}
    headers: dict[str, str] = {}
    implied: dict[str, str] = {}
    wrong: set[str] = set()
    ok = True
    for column in inspector.get_columns(name):
        db_name, type_ = column["name"], column["type"]
        match = known.get(fold(db_name))
        if match is None:
            if db_name in primary and isinstance(type_, sa.Integer):
                continue  # a surrogate key: names the row, carries nothing to publish
            problems.append(
                Problem(
                    where,
                    0,
                    db_name,
                    f"unknown column: not a {kind} column in the header aliases "
                    f"({rules.sources['headers']}); an unexpected column may carry personal "
                    "data, so it is never ignored",
                )
            )
            ok = False
            continue
        if match.column in headers:
            problems.append(
                Problem(
                    where,
                    0,
                    db_name,
                    f"duplicate column: {headers[match.column]!r} already means {match.column}",
                )
            )
            ok = False
            continue
        headers[match.column] = db_name
        implied.update(match.implies)
        reason = column_type_problem(type_, match.column)
        if reason is None:
            columns[db_name] = match.column
        else:
            wrong.add(match.column)
            problems.append(Problem(where, 0, db_name, reason))
    if not ok:
        return None
    record_id = headers.get("record_id")
    key = tuple(primary) or ((record_id,) if record_id in columns else ())
    implied = {k: v for k, v in implied.items() if k not in headers}
    return TablePlan(name, kind, key, columns, headers, implied, frozenset(wrong))


def _source_table(
    plan: TablePlan, frame: pd.DataFrame, dialect: str, problems: list[Problem]
) -> SourceTable:
    rows: list[SourceRow] = []
    canonical_of = {db: canonical for canonical, db in plan.headers.items()}
    # A record_id is published, so it may be printed in full; a key from a personal column
    # is masked like any cell value.
    personal_key = any(canonical_of.get(k) in _PERSONAL for k in plan.key)
    for number, record in enumerate(frame_records(frame), start=1):
        ref = SourceRef(
            f"{plan.where}, key {row_key(record, plan.key, personal_key, number)}", number
        )
        cells: dict[str, str] = {}
        unreadable = set(plan.unreadable)
        for db_name, canonical in plan.columns.items():
            try:
                cells[canonical] = cell_text(record[db_name], canonical)
            except CellError as exc:
                problems.append(Problem(ref.file, ref.row, plan.label(canonical), str(exc)))
                unreadable.add(canonical)
        if not any(v.strip() for v in cells.values()) and unreadable == plan.unreadable:
            continue  # an empty row is not a record, as an empty line in a file is not
        rows.append(SourceRow(ref, cells, plan.implied, frozenset(unreadable)))
    return SourceTable(plan.kind, plan.where, dialect, dict(plan.headers), tuple(rows))


def row_key(record: dict[str, object], key: Sequence[str], personal: bool, number: int) -> str:
    """How a message names the row: its key's values, masked when they could be personal."""
    if not key:
        return f"#{number}"
    parts: list[str] = []
    for column in key:
        try:
            text = cell_text(record[column], column).strip()
        except CellError:
            text = "?"
        text = shown(text) if personal else text
        parts.append(text if len(text) <= _KEY_LIMIT else text[: _KEY_LIMIT - 1] + "…")
    return ", ".join(p or "(empty)" for p in parts)
