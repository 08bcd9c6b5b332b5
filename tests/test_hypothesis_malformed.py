"""Random malformed tables end in a clear error (exit 2, one line per problem), never a
traceback: main() lets any exception outside the error family escape, failing the test."""

from __future__ import annotations

import contextlib
import io
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.cli import main
from generator.rules import LIST_COLUMNS
from tests.helpers import ENGLISH_HEADER, csv_text, org_row, person_row

PROBLEM_LINE = re.compile(r"^\S+(, row \d+)?(, column .+)?: .+$")

cells = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "",
            "黑名单",
            "法人",
            "自然人",
            "2025-01-01",
            "3年",
            "安全生产",
            "=1+1",
            "\x00",
            '"',
            "\r\n",
            "９１",
            "<script>",
            "{{ x }}",
        ]
    ),
)
headers = st.lists(
    st.one_of(
        st.sampled_from([*LIST_COLUMNS, "企业名称", "黑名单类型", "有效期"]), st.text(max_size=8)
    ),
    max_size=12,
)


@st.composite
def mutated_valid_rows(draw: st.DrawFn) -> bytes:
    rows = [org_row(), person_row()]
    for _ in range(draw(st.integers(0, 4))):
        row = draw(st.sampled_from(rows))
        row[draw(st.sampled_from(ENGLISH_HEADER))] = draw(cells)
    codec = draw(st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16", "latin-1"]))
    return csv_text(ENGLISH_HEADER, rows).encode(codec, errors="replace")


@st.composite
def random_tables(draw: st.DrawFn) -> bytes:
    header = draw(headers)
    rows = draw(st.lists(st.lists(cells, max_size=len(header) + 2), max_size=5))
    return csv_text(header, rows).encode("utf-8", errors="surrogatepass")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(mutated_valid_rows(), random_tables(), st.binary(max_size=200)))
def test_malformed_tables_give_a_clear_error(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "lists").mkdir()
        (root / "lists" / "t.csv").write_bytes(content)
        err = io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            code = main(["validate", str(root)])
    lines = err.getvalue().splitlines()
    assert code in (0, 2)
    if code == 2:
        assert re.fullmatch(r"\d+ problems?; nothing was published\.", lines[-1])
        assert all(PROBLEM_LINE.match(line) for line in lines[:-1]), lines
    else:
        assert lines == []
