"""The demo-data generator: its output meets the input contract and shows the variety the
later stages (lifecycle, redaction, big-data warning list) need, deterministically."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest
import yaml

from generator.build import Checked, check_dataset
from generator.cli import main
from generator.demo import write_demo_dataset
from generator.errors import ConfigError
from generator.model import ListType
from tests.helpers import tree

AS_OF = date(2026, 11, 22)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Checked]:
    root = tmp_path_factory.mktemp("demo") / "data"
    write_demo_dataset(root, 300, 7, AS_OF)
    return root, check_dataset(root)


def test_passes_the_contract_with_variety(demo: tuple[Path, Checked]) -> None:
    _, checked = demo
    ds = checked.dataset
    assert {x.list_type for x in ds.listings} == set(ListType)
    assert any(x.subject_type.is_person for x in ds.listings)
    assert any(not x.subject_type.is_person for x in ds.listings)
    assert len({x.domain for x in ds.listings}) >= 10
    assert ds.exits and ds.objections and ds.cases
    assert any(x.valid_until < AS_OF for x in ds.listings)
    assert any(x.valid_until >= AS_OF for x in ds.listings)
    assert all(x.decided_on <= AS_OF for x in ds.listings)
    focus_domains: dict[str, set[str]] = defaultdict(set)
    for x in ds.listings:
        if x.list_type is ListType.FOCUS:
            focus_domains[x.subject_key].add(x.domain)
    assert any(len(domains) >= 3 for domains in focus_domains.values())


def test_lifecycle_rows_are_consistent(demo: tuple[Path, Checked]) -> None:
    ds = demo[1].dataset
    by_id = {x.record_id: x for x in ds.listings}
    assert len(by_id) == len(ds.listings)
    exited = [e.record_id for e in ds.exits]
    assert len(exited) == len(set(exited))
    for e in ds.exits:
        assert by_id[e.record_id].decided_on < e.exited_on <= AS_OF
    for o in ds.objections:
        assert by_id[o.record_id].decided_on <= o.opened_on <= AS_OF
        assert o.decided_on is None or o.opened_on <= o.decided_on <= AS_OF
    by_subject: dict[str, set[ListType]] = defaultdict(set)
    for x in ds.listings:
        by_subject[x.subject_key].add(x.list_type)
    assert any({ListType.RED, ListType.BLACK} <= types for types in by_subject.values())


def test_free_text_and_cases_carry_what_redaction_must_remove(demo: tuple[Path, Checked]) -> None:
    root, checked = demo
    listings = checked.dataset.listings
    assert any("\n" in x.behavior for x in listings)
    secrets = [x for x in listings if x.trade_secrets]
    assert secrets and all(all(s in x.behavior for s in x.trade_secrets) for x in secrets)
    by_id = {x.record_id: x for x in listings}
    for case in checked.dataset.cases:
        text = (root / case.source).read_text(encoding="utf-8")
        front = yaml.safe_load(text.split("---\n")[1])
        assert set(front) == {"title", "date", "domain", "record_ids", "measures", "outcome"}
        subject = by_id[case.record_ids[0]]
        assert subject.name in case.body
        assert subject.legal_rep is None or subject.legal_rep in case.body
        assert 2 <= len([p for p in case.body.split("\n\n") if p.strip()]) <= 4


def test_encodings(demo: tuple[Path, Checked]) -> None:
    root, checked = demo
    assert (root / "lists" / "red.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    black = (root / "lists" / "black.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        black.decode("utf-8")
    assert "黑名单类型" in black.decode("gb18030")
    encodings = {t.file: t.encoding for t in checked.dataset.tables}
    assert encodings["lists/red.csv"] == "UTF-8 with BOM"
    assert encodings["lists/black.csv"] == "GB18030"
    assert encodings["lists/focus.csv"] == "UTF-8"


def test_deterministic(demo: tuple[Path, Checked], tmp_path: Path) -> None:
    root, _ = demo
    write_demo_dataset(tmp_path / "same", 300, 7, AS_OF)
    write_demo_dataset(tmp_path / "other", 300, 8, AS_OF)
    assert tree(tmp_path / "same") == tree(root)
    assert tree(tmp_path / "other") != tree(root)


def test_tiny_dataset_still_valid(tmp_path: Path) -> None:
    write_demo_dataset(tmp_path / "one", 1, 1, AS_OF)
    checked = check_dataset(tmp_path / "one")
    assert checked.dataset.listings and len(checked.dataset.cases) == 3


def test_refuses_non_empty_output(tmp_path: Path) -> None:
    (tmp_path / "keep.txt").write_text("x", encoding="utf-8")
    with pytest.raises(ConfigError, match="not an empty folder"):
        write_demo_dataset(tmp_path, 10, 1, AS_OF)
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]


def test_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "d"
    args = ["demo-data", "--subjects", "50", "--seed", "3", "--as-of", "2026-11-22", str(out)]
    assert main(args) == 0
    assert "50 subjects" in capsys.readouterr().out
    check_dataset(out)
