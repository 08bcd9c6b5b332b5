"""The open-data feeds: schemas, JSON Feed / RSS / Atom agreement, safe CSV, and history
across builds (gap-free sequences, stable ids, withdrawn listings, and the property that the
events after build k applied to snapshot k give snapshot k+1).

Golden tree: regenerate with `.venv/bin/python -m tests.test_feeds --regenerate`.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import feedparser
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]  # no stubs
from referencing import Registry, Resource

from generator.build import Checked, check_dataset
from generator.demo import write_demo_dataset
from generator.errors import ConfigError
from generator.feeds import FEED_ITEMS, FeedsSummary, public_record, render_feeds
from generator.feeds.history import withdrawn_line
from generator.feeds.snapshot import safe_cell
from generator.lifecycle import apply_lifecycle
from generator.model import Dataset, Exit, ExitReason, Objection, ObjectionState
from generator.redact import redact_state
from generator.redact.public import PublicState
from tests.helpers import tree

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "feeds"
REGENERATE = ".venv/bin/python -m tests.test_feeds --regenerate"
AS_OF = date(2026, 11, 22)
KEY = b"TEST-ONLY pseudonym key"
BUILT_AT = datetime(2026, 11, 22, 8, 0, tzinfo=UTC)
SITE = "https://credit.example.gov.cn/"
DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


# ---------------------------------------------------------------- helpers


@cache
def demo() -> Checked:
    folder = Path(tempfile.mkdtemp(prefix="feeds-demo-"))
    write_demo_dataset(folder, 20, 5, AS_OF)
    return check_dataset(folder)


def public(dataset: Dataset, as_of: date = AS_OF) -> PublicState:
    state, _ = redact_state(apply_lifecycle(dataset, as_of), demo().rules, KEY)
    return state


def build(
    out: Path, state: PublicState, previous: Path | None = None, built_at: datetime = BUILT_AT
) -> FeedsSummary:
    return render_feeds(
        state, demo().rules, out, built_at=built_at, site_url=SITE, previous=previous, key=KEY
    )


def log_lines(site: Path) -> list[str]:
    index = json.loads((site / "feeds/changes/index.json").read_text(encoding="utf-8"))
    lines: list[str] = []
    for seg in index["segments"]:
        text = (site / "feeds/changes" / seg["path"]).read_text(encoding="utf-8")
        lines.extend(text.splitlines())
    return lines


def snapshot(site: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((site / "data/snapshot.json").read_text(encoding="utf-8"))
    return data


def apply_events(records: dict[str, Any], events: list[dict[str, Any]]) -> dict[str, Any]:
    """The consumer's algorithm of feeds/SPEC.md: the latest event's record wins; an inactive
    record leaves the snapshot; `"record": null` (unchanged since the listing's previous
    event) changes nothing."""
    out = dict(records)
    for event in events:
        record = event["record"]
        if record is None:
            continue
        if record["active"]:
            out[record["record_id"]] = record
        else:
            out.pop(record["record_id"], None)
    return out


def check_history(before: Path | None, after: Path) -> None:
    """Everything the brief promises between two consecutive builds."""
    lines = log_lines(after)
    events = [json.loads(x) for x in lines]
    assert [e["sequence"] for e in events] == list(range(1, len(events) + 1))  # gap-free
    assert len({e["id"] for e in events}) == len(events)  # ids never reused
    snap = snapshot(after)
    assert snap["last_sequence"] == len(events)
    records = {r["record_id"]: r for r in snap["records"]}
    if before is None:
        assert apply_events({}, events) == records
        return
    old = log_lines(before)
    # Published events are kept, never repeated; the only change is the withdrawal of a
    # line's content and salt, which keeps every other byte of it.
    assert len(lines) >= len(old)
    for was, now in zip(old, lines, strict=False):
        assert now in (was, withdrawn_line(was)), (was, now)
    for event in events:  # content is published only while its listing is active
        if event["record"] is not None and event["kind"] != "exited":
            assert event["record_id"] in records, event["id"]
    prev = snapshot(before)
    start = {r["record_id"]: r for r in prev["records"]}
    assert apply_events(start, events[prev["last_sequence"] :]) == records


@cache
def registry() -> Registry[Any]:
    resources = []
    for path in sorted((ROOT / "feeds/schemas").glob("*.schema.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        Draft202012Validator.check_schema(schema)
        resources.append((schema["$id"], Resource.from_contents(schema)))
    return Registry().with_resources(resources)


def validator(name: str) -> Draft202012Validator:
    schema = json.loads((ROOT / f"feeds/schemas/{name}.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema, registry=registry())


def feed_files(site: Path) -> Iterator[Path]:
    for path in sorted((site / "feeds").rglob("*.json")):
        if "changes" not in path.parts and "schemas" not in path.parts:
            yield path


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    build(out, public(demo().dataset))
    return out


# ---------------------------------------------------------------- one build


def test_every_json_file_validates_against_its_schema(site: Path) -> None:
    feeds = list(feed_files(site))
    assert len(feeds) >= 6 + len(demo().rules.domains)
    for path in feeds:
        validator("jsonfeed").validate(json.loads(path.read_text(encoding="utf-8")))
    for line in log_lines(site):
        validator("event").validate(json.loads(line))
    validator("changes-index").validate(
        json.loads((site / "feeds/changes/index.json").read_text(encoding="utf-8"))
    )
    validator("snapshot").validate(snapshot(site))


def test_schemas_reject_what_the_spec_forbids(site: Path) -> None:
    event = next(
        e for e in map(json.loads, log_lines(site)) if e["record"] and e["kind"] == "listed"
    )
    assert validator("event").is_valid(event)
    assert not validator("event").is_valid({**event, "salt": None})  # withdrawn: no record
    assert not validator("event").is_valid({**event, "commitment": "0"})
    assert not validator("event").is_valid({**event, "sequence": 0})
    assert not validator("event").is_valid({**event, "record": {**event["record"], "x": 1.5}})
    assert not validator("event").is_valid({**event, "kind": "exited", "reason": None})


def test_json_feed_has_the_required_fields_of_version_1_1(site: Path) -> None:
    for path in feed_files(site):
        feed = json.loads(path.read_text(encoding="utf-8"))
        assert feed["version"] == "https://jsonfeed.org/version/1.1"
        assert feed["title"] and isinstance(feed["items"], list)
        assert feed["feed_url"] == SITE + path.relative_to(site).as_posix()
        assert len(feed["items"]) <= FEED_ITEMS
        for item in feed["items"]:
            assert item["id"] and (item.get("content_text") or item.get("content_html"))
            datetime.fromisoformat(item["date_published"])  # RFC 3339
            assert item["url"].startswith(SITE)


def test_all_feed_holds_the_latest_events_newest_first(site: Path) -> None:
    feed = json.loads((site / "feeds/all.json").read_text(encoding="utf-8"))
    events = [json.loads(x) for x in log_lines(site)]
    expected = [e["id"] for e in reversed(events[-FEED_ITEMS:])]
    assert [i["id"] for i in feed["items"]] == expected
    assert {i["_creditsite"]["kind"] for i in feed["items"]} >= {"listed", "exited"}
    exits = json.loads((site / "feeds/exits.json").read_text(encoding="utf-8"))
    assert exits["items"] and all(i["_creditsite"]["kind"] == "exited" for i in exits["items"])
    cases = json.loads((site / "feeds/cases.json").read_text(encoding="utf-8"))
    assert cases["items"] and all(i["content_text"] for i in cases["items"])


def test_rss_and_atom_parse_with_the_same_items_as_the_json_feed(site: Path) -> None:
    for path in feed_files(site):
        feed = json.loads(path.read_text(encoding="utf-8"))
        ids = [i["id"] for i in feed["items"]]
        titles = [i["title"] for i in feed["items"]]
        stem = path.with_suffix("")
        for suffix in (".rss.xml", ".atom.xml"):
            parsed = feedparser.parse(stem.with_name(stem.name + suffix).read_bytes())
            assert not parsed.bozo, (path, suffix, parsed.get("bozo_exception"))
            assert [e.id for e in parsed.entries] == ids
            assert [e.title for e in parsed.entries] == titles
            assert parsed.feed.title == feed["title"]


def test_snapshot_csv_is_excel_friendly_and_matches_the_json(site: Path) -> None:
    raw = (site / "data/snapshot.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel then reads Chinese
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    records = snapshot(site)["records"]
    assert [r["record_id"] for r in rows] == [r["record_id"] for r in records]
    assert all(r["active"] for r in records)
    for row in rows:
        assert not any(v.startswith(DANGEROUS) for v in row.values())


def test_datapackage_describes_the_files_exactly(site: Path) -> None:
    import hashlib

    package = json.loads((site / "data/datapackage.json").read_text(encoding="utf-8"))
    for resource in package["resources"]:
        data = (site / "data" / resource["path"]).read_bytes()
        assert resource["bytes"] == len(data)
        assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
    fields = [f["name"] for f in package["resources"][0]["schema"]["fields"]]
    header = (site / "data/snapshot.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.split(",") == fields


def test_formula_cells_are_neutralised_end_to_end(tmp_path: Path) -> None:
    data = demo().dataset
    first = data.listings[0]
    hostile = replace(first, behavior="=HYPERLINK(1)", measures="+1", decision_no="-2")
    state = public(replace(data, listings=(hostile, *data.listings[1:])), first.decided_on)
    build(tmp_path, state)
    text = (tmp_path / "data/snapshot.csv").read_text(encoding="utf-8-sig")
    row = next(r for r in csv.DictReader(io.StringIO(text)) if r["record_id"] == first.record_id)
    assert row["behavior"].startswith("'=") and row["measures"] == "'+1"
    assert row["decision_no"] == "'-2"


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "'x"])
def test_safe_cell_prefixes_a_quote_that_can_be_removed(value: str) -> None:
    assert safe_cell(value) == "'" + value
    assert safe_cell("示例 =1") == "示例 =1"


def test_same_inputs_give_byte_identical_output(tmp_path: Path) -> None:
    state = public(demo().dataset)
    build(tmp_path / "a", state)
    build(tmp_path / "b", state)
    assert tree(tmp_path / "a") == tree(tmp_path / "b")


def test_only_public_types_are_accepted(tmp_path: Path) -> None:
    with pytest.raises(TypeError):
        public_record(demo().dataset.listings[0])  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        render_feeds(apply_lifecycle(demo().dataset, AS_OF), demo().rules, tmp_path,  # type: ignore[arg-type]
                     built_at=BUILT_AT, site_url=SITE, previous=None, key=KEY)  # fmt: skip


def test_no_floats_anywhere_in_the_json(site: Path) -> None:
    def floats(value: Any) -> bool:
        if isinstance(value, float):
            return True
        if isinstance(value, dict):
            return any(floats(v) for v in value.values())
        return isinstance(value, list) and any(floats(v) for v in value)

    files = [*feed_files(site), site / "data/snapshot.json", site / "data/datapackage.json"]
    assert not any(floats(json.loads(p.read_text(encoding="utf-8"))) for p in files)
    assert not any(floats(json.loads(x)) for x in log_lines(site))


# ---------------------------------------------------------------- across builds


def test_a_second_build_continues_the_history(tmp_path: Path) -> None:
    data = demo().dataset
    build(tmp_path / "1", public(data))
    summary = build(tmp_path / "2", public(data, date(2027, 6, 1)), tmp_path / "1",
                    BUILT_AT + timedelta(days=191))  # fmt: skip
    check_history(tmp_path / "1", tmp_path / "2")
    assert (
        not summary.first_build and summary.first_new_sequence == len(log_lines(tmp_path / "1")) + 1
    )
    assert summary.exited > 0  # listings expired in the meantime
    # Nothing new: the same state again adds no event at all.
    again = build(tmp_path / "3", public(data, date(2027, 6, 1)), tmp_path / "2")
    assert again.new_events == 0 and log_lines(tmp_path / "3") == log_lines(tmp_path / "2")


def test_a_vanished_listing_is_announced_as_withdrawn(tmp_path: Path) -> None:
    data = demo().dataset
    build(tmp_path / "1", public(data))
    active = [r["record_id"] for r in snapshot(tmp_path / "1")["records"]]
    gone = active[0]
    kept = tuple(x for x in data.listings if x.record_id != gone)
    summary = build(tmp_path / "2", public(replace(data, listings=kept, cases=())), tmp_path / "1")
    check_history(tmp_path / "1", tmp_path / "2")
    assert summary.withdrawn == 1
    last = json.loads(log_lines(tmp_path / "2")[-1])
    assert (last["kind"], last["reason"], last["record_id"]) == ("exited", "withdrawn", gone)
    assert last["record"]["exit"]["reason"] == "withdrawn" and not last["record"]["active"]
    exits = json.loads((tmp_path / "2/feeds/exits.json").read_text(encoding="utf-8"))
    assert exits["items"][0]["_creditsite"]["id"] == last["id"]
    # Back again: it is listed again, under a new id.
    build(tmp_path / "3", public(data), tmp_path / "2")
    check_history(tmp_path / "2", tmp_path / "3")
    back = json.loads(log_lines(tmp_path / "3")[-1])
    assert (back["kind"], back["record_id"]) == ("listed", gone) and ":relisted:" in back["id"]


def test_a_changed_public_record_is_amended(tmp_path: Path) -> None:
    data = demo().dataset
    build(tmp_path / "1", public(data))
    rid = snapshot(tmp_path / "1")["records"][0]["record_id"]
    edited = tuple(
        replace(x, department="示例市更正后的认定部门") if x.record_id == rid else x
        for x in data.listings
    )
    summary = build(tmp_path / "2", public(replace(data, listings=edited)), tmp_path / "1")
    check_history(tmp_path / "1", tmp_path / "2")
    last = json.loads(log_lines(tmp_path / "2")[-1])
    assert summary.amended == 1 and (last["kind"], last["record_id"]) == ("amended", rid)
    assert last["record"]["department"] == "示例市更正后的认定部门"


def test_objections_are_events_and_mark_the_record(tmp_path: Path) -> None:
    data = demo().dataset
    build(tmp_path / "1", public(data))
    rid = next(
        r["record_id"] for r in snapshot(tmp_path / "1")["records"] if r["list_type"] == "black"
    )
    opened = Objection(rid, AS_OF, ObjectionState.OPEN, None)
    build(tmp_path / "2", public(replace(data, objections=(opened,))), tmp_path / "1")
    check_history(tmp_path / "1", tmp_path / "2")
    last = json.loads(log_lines(tmp_path / "2")[-1])
    assert (last["kind"], last["record_id"]) == ("objection_opened", rid)
    assert last["record"]["under_objection"] and last["record"]["suspended"]
    later = AS_OF + timedelta(days=3)
    rejected = replace(opened, state=ObjectionState.REJECTED, decided_on=later)
    build(tmp_path / "3", public(replace(data, objections=(rejected,)), later), tmp_path / "2")
    check_history(tmp_path / "2", tmp_path / "3")
    kinds = [
        json.loads(x)["kind"] for x in log_lines(tmp_path / "3")[len(log_lines(tmp_path / "2")) :]
    ]
    assert "objection_closed" in kinds and "objection_opened" not in kinds


def test_a_broken_previous_history_stops_the_build(site: Path, tmp_path: Path) -> None:
    state = public(demo().dataset)
    gappy = tmp_path / "gappy"
    shutil.copytree(site, gappy)
    segment = gappy / "feeds/changes/000001.ndjson"
    lines = segment.read_text(encoding="utf-8").splitlines(keepends=True)
    segment.write_text("".join(lines[:3] + lines[4:]), encoding="utf-8")
    with pytest.raises(ConfigError, match="sequence 4 missing"):
        build(tmp_path / "out1", state, gappy)
    no_index = tmp_path / "no-index"
    shutil.copytree(site, no_index)
    (no_index / "feeds/changes/index.json").unlink()
    with pytest.raises(ConfigError):
        build(tmp_path / "out2", state, no_index)


def test_full_segments_change_only_by_withdrawal(tmp_path: Path) -> None:
    data = demo().dataset
    render_feeds(public(data), demo().rules, tmp_path / "1", built_at=BUILT_AT, site_url=SITE,
                 previous=None, key=KEY, segment_size=7)  # fmt: skip
    build(tmp_path / "2", public(data, date(2027, 9, 1)), tmp_path / "1")
    check_history(tmp_path / "1", tmp_path / "2")
    one = json.loads((tmp_path / "1/feeds/changes/index.json").read_text(encoding="utf-8"))
    two = json.loads((tmp_path / "2/feeds/changes/index.json").read_text(encoding="utf-8"))
    assert len(two["segments"]) > len(one["segments"]) > 1
    kept = rewritten = 0
    for seg in one["segments"]:
        if not seg["complete"]:
            continue
        was = (tmp_path / "1/feeds/changes" / seg["path"]).read_text(encoding="utf-8")
        now = (tmp_path / "2/feeds/changes" / seg["path"]).read_text(encoding="utf-8")
        if seg in two["segments"]:  # untouched: byte for byte, and listed as it was
            assert was == now
            kept += 1
            continue
        rewritten += 1
        pairs = list(zip(was.splitlines(), now.splitlines(), strict=True))
        assert all(b in (a, withdrawn_line(a)) for a, b in pairs)
        entry = next(s for s in two["segments"] if s["path"] == seg["path"])
        assert entry["withdrawn"] == sum(
            b.endswith(',"salt":null,"record":null}') for _, b in pairs
        )
        assert entry["withdrawn"] > seg["withdrawn"]
    assert kept and rewritten  # listings expired in the meantime: only their segments change
    assert all(s["count"] == 7 for s in two["segments"][:-1])


# One edit of the source data between builds; the as-of date moves on by `days`.
EDITS = st.tuples(
    st.sampled_from(["none", "drop", "restore", "amend", "exit", "objection", "decide"]),
    st.integers(min_value=0, max_value=10_000),
    st.integers(min_value=0, max_value=400),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(EDITS, min_size=1, max_size=5))
def test_events_applied_to_a_snapshot_give_the_next_snapshot(
    edits: list[tuple[str, int, int]],
) -> None:
    original = demo().dataset
    by_id = {x.record_id: x for x in original.listings}
    current = {x.record_id: x for x in original.listings}
    exits = list(original.exits)
    objections = list(original.objections)
    as_of = AS_OF
    with tempfile.TemporaryDirectory() as tmp:
        previous: Path | None = None
        for n, (op, pick, days) in enumerate([("none", 0, 0), *edits]):
            rid = sorted(by_id)[pick % len(by_id)]
            as_of += timedelta(days=days)
            if op == "drop":
                current.pop(rid, None)
                exits = [e for e in exits if e.record_id != rid]
            elif op == "restore":
                current[rid] = by_id[rid]
            elif op == "amend" and rid in current:
                current[rid] = replace(current[rid], basis=f"更正依据 {n}")
            elif op == "exit" and rid in current and current[rid].decided_on <= as_of:
                exits = [e for e in exits if e.record_id != rid]
                exits.append(
                    Exit(rid, ExitReason.CREDIT_REPAIR, as_of, "示例市发展改革委", "信用修复")
                )
            elif op == "objection" and rid in current and current[rid].decided_on <= as_of:
                objections.append(Objection(rid, as_of, ObjectionState.OPEN, None))
            elif op == "decide" and any(o.state is ObjectionState.OPEN for o in objections):
                o = next(o for o in objections if o.state is ObjectionState.OPEN)
                state = (ObjectionState.UPHELD, ObjectionState.REJECTED)[pick % 2]
                objections[objections.index(o)] = replace(o, state=state, decided_on=as_of)
            data = replace(
                original,
                listings=tuple(current.values()),
                exits=tuple(exits),
                objections=tuple(objections),
                cases=(),
            )
            out = Path(tmp) / str(n)
            build(out, public(data, as_of), previous, BUILT_AT + timedelta(days=n))
            check_history(previous, out)
            previous = out


def test_the_guide_s_cursor_example_follows_the_change_log(tmp_path: Path) -> None:
    """site_src/guide/feeds.md shows institutions a cursor loop: it must work as written."""
    guide = (ROOT / "site_src/guide/feeds.md").read_text(encoding="utf-8")
    code = guide.split("```python\n", 1)[1].split("```", 1)[0]
    data = demo().dataset
    build(tmp_path / "1", public(data))
    build(tmp_path / "2", public(data, date(2027, 6, 1)), tmp_path / "1")
    namespace: dict[str, Any] = {}
    exec(code, namespace)  # noqa: S102 (our own documentation)
    namespace["SITE"] = (tmp_path / "2").as_uri() + "/"  # urllib reads file:// URLs too
    first, second = snapshot(tmp_path / "1"), snapshot(tmp_path / "2")
    want = {r["record_id"]: r for r in second["records"]}
    scratch: dict[str, Any] = {}
    assert namespace["follow"](0, scratch) == second["last_sequence"]
    assert scratch == want
    local = {r["record_id"]: r for r in first["records"]}
    assert namespace["follow"](first["last_sequence"], local) == second["last_sequence"]
    assert local == want


# ---------------------------------------------------------------- golden tree


def render_golden(out: Path) -> None:
    build(out, public(demo().dataset))
    shutil.rmtree(out / "feeds" / "schemas")  # the repository's own files, pinned there


def test_golden_tree(tmp_path: Path) -> None:
    render_golden(tmp_path)
    got, want = tree(tmp_path), tree(GOLDEN)
    assert sorted(got) == sorted(want), f"the set of feed files changed; run `{REGENERATE}`"
    for name in sorted(got):
        assert got[name] == want[name], (
            f"{name} differs from tests/golden/feeds; if intended, run `{REGENERATE}`"
        )


if __name__ == "__main__":
    if sys.argv[1:] != ["--regenerate"]:
        sys.exit(f"usage: {REGENERATE}")
    shutil.rmtree(GOLDEN, ignore_errors=True)
    GOLDEN.mkdir(parents=True)
    render_golden(GOLDEN)
    print(f"wrote {sum(1 for p in GOLDEN.rglob('*') if p.is_file())} files to {GOLDEN}")


def test_a_line_carries_its_record_only_when_it_changed(tmp_path: Path) -> None:
    data = demo().dataset
    # A listing active in both builds, listed and under objection in the first: its two
    # events stand for one record, so the second line is `"record":null`.
    x = next(x for x in data.listings if x.list_type.value == "black" and
             x.valid_until > date(2027, 7, 1) and x.decided_on < AS_OF - timedelta(days=9))  # fmt: skip
    data = replace(data, objections=(Objection(x.record_id, AS_OF - timedelta(days=8),
                                               ObjectionState.OPEN, None),))  # fmt: skip
    build(tmp_path / "1", public(data))
    build(tmp_path / "2", public(data, date(2027, 6, 1)), tmp_path / "1")
    latest: dict[str, Any] = {}
    shown: dict[int, Any] = {}  # sequence -> the record the event stands for
    nulls = 0
    for line in log_lines(tmp_path / "2"):
        event = json.loads(line)
        before = latest.get(event["record_id"])
        if event["salt"] is None:  # withdrawn: stands for nothing published
            shown[event["sequence"]] = None
            continue
        if event["record"] is None:
            nulls += 1
            assert before is not None  # a listing's first line always carries its record
        else:
            assert event["record"] != before  # carried because it changed
            latest[event["record_id"]] = event["record"]
        shown[event["sequence"]] = latest[event["record_id"]]
    assert nulls > 0
    for name in ("all", "exits", "lists/black"):  # items show the record, filled in
        feed = json.loads((tmp_path / f"2/feeds/{name}.json").read_text(encoding="utf-8"))
        for item in feed["items"]:
            event = item["_creditsite"]
            assert event["record"] == shown[event["sequence"]]
