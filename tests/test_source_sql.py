"""The SQL source against a real PostgreSQL server (tests/pg.py) and SQLite: the same
contract, the same validation and the same site as the files, problems named by table, key
and column, and database failures as exit codes without the password."""

from __future__ import annotations

import dataclasses
import sqlite3
import tempfile
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import generator.build
from generator.build import Checked, check_dataset
from generator.cli import main
from generator.config import read_dataset_config
from generator.errors import ConfigError, DataError
from generator.lifecycle import apply_lifecycle
from generator.redact import redact_state
from generator.rules import load_rules
from generator.sources.cells import CellError, cell_text
from generator.sources.engine import masked_url
from generator.sources.export import export_dataset_to_sql
from generator.sources.sql import load_sql_dataset
from tests.helpers import ENGLISH_HEADER, org_row, person_row, tree
from tests.pg import PASSWORD, PgCluster, pg_cluster, pg_url
from tests.sign_fixtures import T0, write_key_folder

__all__ = ["pg_cluster", "pg_url"]  # fixtures used by name

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "data" / "demo"
AS_OF = "2026-11-22"
PSEUDONYM = b"TEST-ONLY pseudonym key"


def _sqlite_url(folder: Path) -> str:
    path = folder / "source.db"
    sqlite3.connect(path).close()  # the source refuses a missing file: it would be created
    return f"sqlite:///{path}"


@pytest.fixture(params=["postgresql", "sqlite"])
def any_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database of each kind: the source is not tied to one server."""
    if request.param == "postgresql":
        return str(request.getfixturevalue("pg_url"))
    return _sqlite_url(tmp_path)


@pytest.fixture(scope="module")
def demo_pg(pg_cluster: PgCluster) -> str:
    """The embedded demo dataset, exported once into its own PostgreSQL database."""
    engine = sa.create_engine(pg_cluster.url(), isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.exec_driver_sql('CREATE DATABASE "demo"')
    engine.dispose()
    url = pg_cluster.url("demo")
    export_dataset_to_sql(DEMO, url)
    return url


def _execute(url: str, *statements: str) -> None:
    engine = sa.create_engine(url)
    try:
        with engine.begin() as connection:
            for statement in statements:
                connection.exec_driver_sql(statement)
    finally:
        engine.dispose()


def _insert(url: str, **values: str) -> None:
    table = sa.table("listings", *[sa.column(n) for n in values])
    engine = sa.create_engine(url)
    with engine.begin() as connection:
        connection.execute(table.insert(), values)
    engine.dispose()


def _problems(url: str, dataset: Path = DEMO) -> list[str]:
    with pytest.raises(DataError) as caught:
        check_dataset(dataset, url)
    return [str(p) for p in caught.value.problems]


def _without_sources(checked: Checked) -> object:
    """The dataset with where each record came from blanked: that is all that may differ."""
    ds = checked.dataset

    def blank(records: tuple[object, ...]) -> list[object]:
        return sorted(
            (dataclasses.replace(r, source=None) for r in records),  # type: ignore[type-var]
            key=repr,
        )

    return (
        blank(ds.listings),
        blank(ds.exits),
        blank(ds.objections),
        sorted((dataclasses.replace(c, source="") for c in ds.cases), key=repr),
    )


# --- the demo dataset: from the database exactly as from the files --------------------


def test_demo_from_postgresql_equals_the_files(demo_pg: str) -> None:
    from_files, from_sql = check_dataset(DEMO), check_dataset(DEMO, demo_pg)
    assert _without_sources(from_sql) == _without_sources(from_files)
    assert [t.file for t in from_sql.dataset.tables] == [
        "table listings_black",
        "table listings_focus",
        "table listings_red",
        "table exits",
        "table objections",
    ]
    as_of = T0.date()
    public = [
        redact_state(apply_lifecycle(c.dataset, as_of), c.rules, PSEUDONYM)[0]
        for c in (from_files, from_sql)
    ]
    assert public[0] == public[1]


def _keys(folder: Path) -> Path:
    return write_key_folder(folder, PSEUDONYM)


def test_cli_build_from_postgresql_publishes_the_same_site(
    demo_pg: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(T0.timestamp())))
    # The leak gate only reads the tree and takes most of a build's time; the two datasets
    # are shown equal above and the gate has its own tests, so it is skipped here.
    monkeypatch.setattr(generator.build, "check_tree", lambda *_args, **_kwargs: "skipped")
    keys = _keys(tmp_path)
    args = ["build", str(DEMO), "--as-of", AS_OF, "--keys", str(keys)]
    assert main([*args, "--out", str(tmp_path / "files")]) == 0
    assert main([*args, "--out", str(tmp_path / "sql"), "--source", demo_pg]) == 0
    files, sql = tree(tmp_path / "files"), tree(tmp_path / "sql")
    assert len(files) > 500 and sorted(files) == sorted(sql)
    assert [p for p in files if files[p] != sql[p]] == []


def test_cli_validate_with_source(demo_pg: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(DEMO), "--source", demo_pg]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.splitlines() == [
        "table listings_black: 171 rows (postgresql)",
        "table listings_focus: 140 rows (postgresql)",
        "table listings_red: 178 rows (postgresql)",
        "table exits: 37 rows (postgresql)",
        "table objections: 23 rows (postgresql)",
        "489 listings (red 178, black 171, focus 140) in 42 domains; "
        "37 exits, 23 objections, 6 typical cases",
        "OK: the dataset meets the input contract.",
    ]


def test_source_from_dataset_yaml(
    demo_pg: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dataset = tmp_path / "dataset"
    dataset.mkdir()
    text = (DEMO / "dataset.yaml").read_text(encoding="utf-8")
    # The password comes from the environment (libpq's PGPASSWORD), not from the file.
    url = demo_pg.replace(f":{PASSWORD}@", "@")
    (dataset / "dataset.yaml").write_text(text + f"source: {url}\n", encoding="utf-8")
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    checked = check_dataset(dataset)
    assert len(checked.dataset.listings) == 489 and len(checked.dataset.cases) == 6


def test_sqlite_export_of_the_demo_equals_the_files(tmp_path: Path) -> None:
    url = _sqlite_url(tmp_path)
    assert export_dataset_to_sql(DEMO, url) == (
        "listings_black",
        "listings_focus",
        "listings_red",
        "exits",
        "objections",
        "cases",
    )
    assert _without_sources(check_dataset(DEMO, url)) == _without_sources(check_dataset(DEMO))
    with pytest.raises(ConfigError, match="already exist; export into an empty database"):
        export_dataset_to_sql(DEMO, url)


# --- problems named by table, key and column, all at once ------------------------------


def _listings_table(
    url: str, rows: list[dict[str, str]], extra: str = "", untyped: str = ""
) -> None:
    """An English-column listings table with a surrogate key, as a platform might have."""
    serial = "INTEGER PRIMARY KEY" if url.startswith("sqlite") else "SERIAL PRIMARY KEY"
    columns = ", ".join(c if c == untyped else f"{c} TEXT" for c in ENGLISH_HEADER)
    engine = sa.create_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql(f"CREATE TABLE listings (id {serial}, {columns}{extra})")
        for row in rows:
            names = [c for c in ENGLISH_HEADER if c in row]
            table = sa.table("listings", *[sa.column(n) for n in names])
            connection.execute(table.insert(), {n: row[n] for n in names})
    engine.dispose()


@pytest.fixture
def plain_dataset(tmp_path: Path) -> Path:
    """A dataset folder with no expectations: its tables come from the database."""
    folder = tmp_path / "plain"
    folder.mkdir()
    (folder / "dataset.yaml").write_text("name: test\n", encoding="utf-8")
    return folder


def test_clean_table_with_surrogate_key_validates(any_url: str, plain_dataset: Path) -> None:
    _listings_table(any_url, [org_row("R1"), person_row("R2")])
    checked = check_dataset(plain_dataset, any_url)
    assert [x.record_id for x in checked.dataset.listings] == ["R1", "R2"]


def test_every_bad_value_reported_at_once_with_table_key_and_column(
    any_url: str, plain_dataset: Path
) -> None:
    _listings_table(
        any_url,
        [
            org_row("R1", uscc="91410100MA000000"),
            org_row("R2", decided_on="yesterday"),
            org_row("R3"),
        ],
    )
    problems = _problems(any_url, plain_dataset)
    assert len(problems) == 2
    assert problems[0].startswith("table listings, key 1, row 1, column uscc: ")
    assert problems[1].startswith("table listings, key 2, row 2, column decided_on: ")
    assert "yesterday" in problems[1]


def test_key_is_record_id_without_a_primary_key(any_url: str, plain_dataset: Path) -> None:
    _execute(
        any_url,
        "CREATE TABLE listings (record_id TEXT, list_type TEXT, subject_type TEXT, name TEXT,"
        " domain TEXT, behavior TEXT, department TEXT, basis TEXT, decided_on TEXT)",
        "INSERT INTO listings VALUES ('R9', '黑名单', '法人', '示例市某公司', '安全生产',"
        " 'x', 'y', 'z', '2025-01-01')",
    )
    problems = _problems(any_url, plain_dataset)
    assert problems == [
        "table listings, key R9, row 1, column uscc: "
        "missing value: an organisation needs a USCC or an old registration number"
    ]


def test_missing_listings_table(any_url: str, plain_dataset: Path) -> None:
    _execute(any_url, "CREATE TABLE unrelated (x TEXT)")  # other tables are not ours
    assert _problems(any_url, plain_dataset) == [
        "table listings: table is missing: no table or view named listings or listings_* "
        "holds the listings"
    ]


def test_missing_required_column(any_url: str, plain_dataset: Path) -> None:
    row = org_row("R1")
    _execute(
        any_url,
        "CREATE TABLE listings (record_id TEXT PRIMARY KEY, list_type TEXT, subject_type TEXT,"
        " name TEXT, uscc TEXT, domain TEXT, behavior TEXT, department TEXT, basis TEXT)",
    )
    _insert(
        any_url,
        record_id="R1",
        list_type="黑名单",
        subject_type="法人",
        name="n",
        uscc=row["uscc"],
        domain="安全生产",
        behavior="x",
        department="y",
        basis="z",
    )
    assert _problems(any_url, plain_dataset) == [
        "table listings, key R1, row 1, column decided_on: missing value (required)"
    ]


def test_unknown_column_stops_the_table(any_url: str, plain_dataset: Path) -> None:
    _listings_table(any_url, [org_row("R1")], extra=", mobile TEXT")
    problems = _problems(any_url, plain_dataset)
    assert len(problems) == 1
    assert problems[0].startswith("table listings, column mobile: unknown column: ")


def test_wrong_column_types(pg_url: str, plain_dataset: Path) -> None:
    _listings_table(pg_url, [org_row("R1"), org_row("R2")])
    _execute(
        pg_url,
        "ALTER TABLE listings ADD COLUMN notes BYTEA",
        "ALTER TABLE listings ALTER COLUMN decision_no TYPE DOUBLE PRECISION USING NULL",
        "ALTER TABLE listings ALTER COLUMN decided_on TYPE DATE USING decided_on::date",
    )
    problems = _problems(pg_url, plain_dataset)
    assert problems == [
        "table listings, column decision_no: column type DOUBLE PRECISION is a floating-point "
        "number, which loses digits of identifiers; store it as text (VARCHAR or TEXT)",
        "table listings, column notes: column type BYTEA cannot hold this value as text; "
        "store it as text (VARCHAR or TEXT), a date or an integer",
    ]  # the DATE column is fine: a date converts without loss


def test_wrong_value_type_in_a_sqlite_cell(tmp_path: Path, plain_dataset: Path) -> None:
    url = _sqlite_url(tmp_path)
    # SQLite keeps a value's own type in a column declared without one (and a BLOB in any).
    _listings_table(url, [org_row("R1"), org_row("R2")], untyped="uscc")
    _execute(url, "UPDATE listings SET uscc = 9.141010012345678e17 WHERE record_id = 'R2'")
    _execute(url, "UPDATE listings SET behavior = x'00ff' WHERE record_id = 'R1'")
    assert _problems(url, plain_dataset) == [
        "table listings, key 1, row 1, column behavior: "
        "a bytes value cannot be read as text; store the column as text",
        "table listings, key 2, row 2, column uscc: "
        "stored as a floating-point number, which loses digits; store identifiers as text",
    ]


def test_personal_primary_key_is_masked(any_url: str, plain_dataset: Path) -> None:
    row = person_row("R1")
    _execute(
        any_url,
        "CREATE TABLE listings (id_number TEXT PRIMARY KEY, record_id TEXT, list_type TEXT,"
        " subject_type TEXT, name TEXT, domain TEXT, behavior TEXT, department TEXT,"
        " basis TEXT, decided_on TEXT)",
    )
    _insert(
        any_url,
        id_number=row["id_number"],
        record_id="R1",
        list_type="黑名单",
        subject_type="自然人",
        name="n",
        domain="安全生产",
        behavior="x",
        department="y",
        basis="z",
        decided_on="not a date",
    )
    (problem,) = _problems(any_url, plain_dataset)
    assert row["id_number"] not in problem and row["id_number"][:4] in problem


def test_cases_table_problems(any_url: str, plain_dataset: Path) -> None:
    _listings_table(any_url, [org_row("R1")])
    _execute(
        any_url,
        "CREATE TABLE cases (slug TEXT PRIMARY KEY, title TEXT, date TEXT, domain TEXT,"
        " record_ids TEXT, phone TEXT, body TEXT)",
        "INSERT INTO cases VALUES ('good-case', 't', '2025-05-01', '安全生产', 'R1', NULL, 'b')",
        "INSERT INTO cases VALUES ('bad-case', 't', '2025-05-01', '安全生产', 'R1\nR7', 'x', 'b')",
        "INSERT INTO cases VALUES ('Bad Slug', 't', '2025-05-01', '安全生产', NULL, NULL, 'b')",
    )
    assert _problems(any_url, plain_dataset) == [
        "table cases/Bad Slug: file name must use a-z, 0-9 and - only: "
        "it becomes the case's web address",
        "table cases/bad-case, column phone: unknown front-matter key: "
        "expected date, domain, measures, outcome, record_ids, title",
        "table cases/bad-case, column record_ids: no listing has record_id 'R7'",
    ]
    _execute(any_url, "DELETE FROM cases WHERE slug <> 'good-case'")
    (case,) = check_dataset(plain_dataset, any_url).dataset.cases
    assert (case.slug, case.record_ids, case.body) == ("good-case", ("R1",), "b")


def test_views_in_a_schema_chosen_by_the_url(pg_url: str, plain_dataset: Path) -> None:
    """A platform grants its export reader a schema of views over its own tables."""
    _listings_table(pg_url, [org_row("R1"), org_row("R2")])
    _execute(
        pg_url,
        "ALTER TABLE listings RENAME TO platform_records",
        "CREATE SCHEMA credit",
        "CREATE VIEW credit.listings AS SELECT record_id, list_type, subject_type, name, uscc,"
        " domain, behavior, penalty, department, basis, decided_on FROM platform_records"
        " WHERE record_id = 'R2'",
    )
    checked = check_dataset(plain_dataset, pg_url + "?options=-csearch_path%3Dcredit")
    assert [x.record_id for x in checked.dataset.listings] == ["R2"]
    assert checked.dataset.tables[0].file == "table listings"


# --- database failures: exit codes and messages, never the password --------------------


def test_wrong_password(
    pg_cluster: PgCluster, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = "TEST-ONLY-wrong-pw-93kd"
    url = pg_cluster.url(pg_url.rsplit("/", 1)[1], password=wrong)
    assert main(["validate", str(DEMO), "--source", url]) == 3
    out, err = capsys.readouterr()
    assert out == "" and wrong not in err and PASSWORD not in err
    assert "***@127.0.0.1" in err and "password authentication failed" in err
    assert "Traceback" not in err and "\n" not in err.rstrip("\n")


def test_no_permission_to_read(
    pg_cluster: PgCluster, pg_url: str, plain_dataset: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _listings_table(pg_url, [org_row("R1")])
    _execute(pg_url, "CREATE ROLE reader LOGIN PASSWORD 'TEST-ONLY-reader'")
    database = pg_url.rsplit("/", 1)[1]
    url = pg_cluster.url(database).replace(f"creditsite:{PASSWORD}", "reader:TEST-ONLY-reader")
    assert main(["validate", str(plain_dataset), "--source", url]) == 3
    err = capsys.readouterr().err
    assert "cannot read the contract tables: permission denied for table listings" in err
    assert "TEST-ONLY-reader" not in err and "SELECT" not in err


def test_unreachable_server(capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"postgresql://someone:TEST-ONLY-pw@127.0.0.1:{port}/db"
    assert main(["validate", str(DEMO), "--source", url]) == 3
    err = capsys.readouterr().err
    assert err.startswith(f"error: source postgresql+psycopg://someone:***@127.0.0.1:{port}/db:")
    assert "cannot connect" in err and "TEST-ONLY-pw" not in err


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("not a url TEST-ONLY-pw", "the source is not a database URL"),
        ("nosuchdb://u:TEST-ONLY-pw@h/d", "no SQLAlchemy dialect for 'nosuchdb'"),
        ("sqlite:////nonexistent/x.db", "no such SQLite database file"),
    ],
)
def test_unusable_urls(url: str, message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(DEMO), "--source", url]) == 3
    err = capsys.readouterr().err
    assert message in err and "TEST-ONLY-pw" not in err


def test_masked_url_hides_query_passwords() -> None:
    url = "postgresql://u:TEST-ONLY-a@h/d?password=TEST-ONLY-b&sslmode=require"
    shown = masked_url(url)
    assert "TEST-ONLY" not in shown and "sslmode=require" in shown


# --- invariants ---------------------------------------------------------------------------

_text = st.text(st.characters(codec="utf-8", exclude_characters="\x00"))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_text, _text), min_size=1, max_size=5))
def test_any_text_reads_back_exactly(cells: list[tuple[str, str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        url = _sqlite_url(Path(folder))
        _execute(url, "CREATE TABLE listings (id INTEGER PRIMARY KEY, behavior TEXT, notes TEXT)")
        engine = sa.create_engine(url)
        with engine.begin() as connection:
            for behavior, notes in cells:
                connection.execute(
                    sa.text("INSERT INTO listings (behavior, notes) VALUES (:b, :n)"),
                    {"b": behavior, "n": notes},
                )
        engine.dispose()
        _, rules_dir = read_dataset_config(DEMO)
        raw, problems = load_sql_dataset(url, load_rules(rules_dir))
    assert problems == []
    read = [(r.cells["behavior"], r.cells["notes"]) for r in raw.tables[0].rows]
    assert read == [c for c in cells if c[0].strip() or c[1].strip()]


@given(st.integers(min_value=-(10**30), max_value=10**30))
def test_integers_convert_exactly(number: int) -> None:
    assert cell_text(number, "id_number") == str(number)


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_floats_never_become_identifiers_with_lost_digits(number: float) -> None:
    try:
        text = cell_text(number, "uscc")
    except CellError:
        return
    assert int(text) == number and len(text.lstrip("-")) < 16


@pytest.fixture(autouse=True)
def _no_pg_password_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
