"""Copy a dataset folder into a database laid out as the SQL source's contract.

For trying the SQL source, and for the tests that show a build from the database equals the
build from the files. Every table keeps the headers its file was written with as column
names, so that headers that imply a value (黑名单类型, 企业名称) imply it from the database
too; every value is stored as the exact text the file held.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError

from generator.config import read_dataset_config
from generator.errors import ConfigError, DataError
from generator.load import load_dataset
from generator.model import SourceCase, SourceTable
from generator.rules import load_rules
from generator.sources.cases import BODY, CASES_TABLE, SLUG
from generator.sources.engine import masked_url, open_source, source_error
from generator.sources.sql import LIST_TABLE

Rows = list[dict[str, str | None]]


def export_dataset_to_sql(dataset_dir: Path, url: str) -> tuple[str, ...]:
    """Write the dataset's tables and cases into the database at `url`; return the table
    names. The dataset must load cleanly (else `DataError`) and the tables must not exist
    yet (else `ConfigError`): an export never overwrites what a database already holds."""
    _, rules_dir = read_dataset_config(dataset_dir)
    raw, problems = load_dataset(dataset_dir, load_rules(rules_dir))
    if problems:
        raise DataError(problems)
    metadata = sa.MetaData()
    contents: list[tuple[sa.Table, Rows]] = [
        _table(metadata, _table_name(t), t) for t in raw.tables
    ]
    if raw.cases:
        contents.append(_cases(metadata, raw.cases))
    engine = open_source(url, create=True)
    try:
        with engine.begin() as connection:
            inspector = sa.inspect(connection)
            existing = [t.name for t, _ in contents if inspector.has_table(t.name)]
            if existing:
                raise ConfigError(
                    f"source {masked_url(engine.url)}: table(s) {', '.join(existing)} "
                    "already exist; export into an empty database"
                )
            metadata.create_all(connection)
            for table, rows in contents:
                if rows:
                    connection.execute(table.insert(), rows)
    except SQLAlchemyError as exc:
        raise source_error(exc, engine.url, "write the contract tables") from exc
    finally:
        engine.dispose()
    return tuple(t.name for t, _ in contents)


def _table_name(table: SourceTable) -> str:
    if table.kind != "lists":
        return table.kind
    stem = re.sub(r"\W", "_", Path(table.file).stem.lower())
    return f"{LIST_TABLE}_{stem}"


def _table(metadata: sa.MetaData, name: str, source: SourceTable) -> tuple[sa.Table, Rows]:
    if name in metadata.tables:
        raise ConfigError(f"two tables of the dataset would both be named {name!r}")
    written = dict(source.headers)  # canonical -> header as written: the column names
    rows: Rows = [
        {header: (row.cells.get(column) or None) for column, header in written.items()}
        for row in source.rows
    ]
    record_id = written.get("record_id")
    ids = [row.get(record_id) for row in rows] if record_id else []
    # A primary key where the data allows one, so the contract's key path is exercised.
    keyed = source.kind == "lists" and all(ids) and len(set(ids)) == len(ids) and bool(ids)
    columns = [
        sa.Column(header, sa.Text, primary_key=keyed and header == record_id, nullable=True)
        for header in written.values()
    ]
    return sa.Table(name, metadata, *columns), rows


def _cases(metadata: sa.MetaData, cases: tuple[SourceCase, ...]) -> tuple[sa.Table, Rows]:
    keys = list(dict.fromkeys(k for case in cases for k in case.front_matter))
    if SLUG in keys or BODY in keys:
        raise ConfigError(f"a case's front matter uses {SLUG!r} or {BODY!r}, which the table needs")
    rows: Rows = [
        {
            SLUG: Path(case.file).name.removesuffix(".md"),
            **{k: _front_text(case.front_matter, k) for k in keys},
            BODY: case.body,
        }
        for case in cases
    ]
    columns = [sa.Column(SLUG, sa.Text, primary_key=True)]
    columns += [sa.Column(k, sa.Text) for k in [*keys, BODY]]
    return sa.Table(CASES_TABLE, metadata, *columns), rows


def _front_text(front: Mapping[str, object], key: str) -> str | None:
    value = front.get(key)
    if value is None:
        return None
    if isinstance(value, list):
        return "\n".join(str(v) for v in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
