"""Publication lasts exactly as long as the validity, in every feed (issue 18, seed 004 三(二)).

Each test builds twice on a small dataset: the listing active, then after it left (every exit
reason of data/rules/vocab.yaml, expiry, withdrawn from the data) or was amended; and pins
what the second build publishes: the exit announcement and nothing of the listing's content,
change-log lines withdrawn to their commitment, and what the verifiers accept of that.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import shutil
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.errors import FileMismatchError, RollbackError
from generator.feeds.commitment import commitment_of
from generator.feeds.history import withdrawn_line
from generator.feeds.record import ANNOUNCEMENT_FIELDS
from generator.model import Exit, ExitReason, Listing, SubjectType
from generator.verify_history import SeenSegment, check_history
from tests.test_feeds import AS_OF, BUILT_AT, build, demo, log_lines, public, snapshot

LATER = AS_OF + timedelta(days=10)
BEHAVIOR = "测试专用失信行为：逾期未履行示例义务甲乙丙"
MEASURES = "测试专用惩戒措施：限制参与示例活动丁戊己"
# Every exit reason a department can report (vocab.yaml), and expiry, which needs no row.
REASONS = [r for r in ExitReason if r not in (ExitReason.EXPIRY, ExitReason.WITHDRAWN)]


def pick(subject_type: SubjectType | None = None) -> Listing:
    """A listing active from well before AS_OF to well after LATER, with no exit or objection."""
    data = demo().dataset
    busy = {e.record_id for e in data.exits} | {o.record_id for o in data.objections}
    return next(
        x
        for x in data.listings
        if x.record_id not in busy
        and x.decided_on < AS_OF - timedelta(days=30)
        and x.valid_until > LATER + timedelta(days=30)
        and (subject_type is None or x.subject_type is subject_type)
        and x.list_type.value == "black"
    )


def dataset(
    x: Listing, *, exit_: Exit | None = None, drop: bool = False, measures: str = MEASURES
) -> Any:
    data = demo().dataset
    mine = replace(x, behavior=BEHAVIOR, measures=measures)
    listings = tuple(mine if y.record_id == x.record_id else y for y in data.listings)
    if drop:
        listings = tuple(y for y in listings if y.record_id != x.record_id)
    exits = tuple(e for e in data.exits if e.record_id != x.record_id)
    return replace(data, listings=listings, exits=(*exits, *([exit_] if exit_ else [])), cases=())


def published_text(site: Path) -> str:
    """Every feed and data file of a build, as one text (all of it is UTF-8 here)."""
    files = sorted(p for p in site.rglob("*") if p.is_file() and "schemas" not in p.parts)
    return "\n".join(p.read_text(encoding="utf-8-sig") for p in files)


def events_of(site: Path, rid: str) -> list[dict[str, Any]]:
    return [e for e in map(json.loads, log_lines(site)) if e["record_id"] == rid]


def two_builds(tmp: Path, x: Listing, second: Any, as_of: date = LATER) -> tuple[Path, Path]:
    one, two = tmp / "1", tmp / "2"
    build(one, public(dataset(x)))
    build(two, public(second, as_of), one, BUILT_AT + timedelta(days=(as_of - AS_OF).days))
    return one, two


def check_withdrawn(one: Path, two: Path, rid: str) -> dict[str, Any]:
    """What every departure leaves: the listing's content published in build 1 and nowhere in
    build 2 but its exit announcement; its earlier lines withdrawn byte for byte."""
    assert rid in {r["record_id"] for r in snapshot(one)["records"]}
    first = events_of(one, rid)
    assert first and all(e["salt"] for e in first)  # active: content and salt published
    record = first[0]["record"]
    assert commitment_of(bytes.fromhex(first[0]["salt"]), record) == first[0]["commitment"]
    assert BEHAVIOR in published_text(one)

    assert rid not in {r["record_id"] for r in snapshot(two)["records"]}
    text = published_text(two)
    assert BEHAVIOR not in text and MEASURES not in text
    lines_one = [x for x in log_lines(one) if json.loads(x)["record_id"] == rid]
    lines_two = [x for x in log_lines(two) if json.loads(x)["record_id"] == rid]
    assert lines_two[: len(lines_one)] == [withdrawn_line(x) for x in lines_one]
    exit_: dict[str, Any] = json.loads(lines_two[-1])
    assert exit_["kind"] == "exited" and exit_["salt"] and exit_["record"]
    assert tuple(exit_["record"]) == ANNOUNCEMENT_FIELDS and exit_["record"]["active"] is False
    salt = bytes.fromhex(exit_["salt"])
    assert commitment_of(salt, exit_["record"]) == exit_["commitment"]
    feed = json.loads((two / "feeds/exits.json").read_text(encoding="utf-8"))
    item = next(i for i in feed["items"] if i["id"] == exit_["id"])
    assert record["subject_name"] in item["title"]
    for name in ("all", f"lists/{record['list_type']}", f"domains/{record['domain']}"):
        items = json.loads((two / f"feeds/{name}.json").read_text(encoding="utf-8"))["items"]
        mine = [i for i in items if i["_creditsite"]["record_id"] == rid]
        assert [i["_creditsite"]["kind"] for i in mine][:1] == ["exited"]
        for i in mine[1:]:  # the listing's earlier items: withdrawn, no name
            assert i["_creditsite"]["record"] is None and i["_creditsite"]["salt"] is None
            assert record["subject_name"] not in i["title"] + i["content_text"]
    return exit_


@pytest.mark.parametrize("reason", REASONS, ids=[r.value for r in REASONS])
def test_each_exit_reason_leaves_only_the_announcement(tmp_path: Path, reason: ExitReason) -> None:
    x = pick()
    gone = Exit(x.record_id, reason, AS_OF + timedelta(days=5), "示例市发展改革委", "退出依据示例")
    one, two = two_builds(tmp_path, x, dataset(x, exit_=gone))
    exit_ = check_withdrawn(one, two, x.record_id)
    assert (exit_["reason"], exit_["date"]) == (reason.value, "2026-11-27")
    assert exit_["record"]["exit"]["reason"] == reason.value
    assert exit_["record"]["exit"]["basis"] == "退出依据示例"
    assert exit_["record"]["exit"]["clarification"] is (reason is ExitReason.OBJECTION_UPHELD)


def test_expiry_of_a_person_s_listing_keeps_no_personal_detail(tmp_path: Path) -> None:
    x = pick(SubjectType.PERSON)
    after = x.valid_until + timedelta(days=1)
    one, two = two_builds(tmp_path, x, dataset(x), after)
    exit_ = check_withdrawn(one, two, x.record_id)
    assert exit_["reason"] == "expiry"
    listed = events_of(one, x.record_id)[0]["record"]
    assert listed["id_number"] and listed["legal_rep"] is None
    text = published_text(two)
    assert listed["id_number"] not in text  # the masked certificate number left with it
    assert not {"id_type", "id_number", "legal_rep", "behavior", "measures"} & set(exit_["record"])


def test_a_withdrawn_listing_gets_a_correction_notice(tmp_path: Path) -> None:
    x = pick()
    one, two = two_builds(tmp_path, x, dataset(x, drop=True))
    exit_ = check_withdrawn(one, two, x.record_id)
    assert exit_["reason"] == "withdrawn" and exit_["id"].endswith(f":withdrawn:{LATER}")
    assert (
        exit_["record"]["exit"]["basis"] == "该记录已从报送数据中撤下，未附退出信息，现予撤销公告"
    )
    feed = json.loads((two / "feeds/exits.json").read_text(encoding="utf-8"))
    item = feed["items"][0]
    assert item["id"] == exit_["id"]
    assert item["title"].startswith("更正公告（撤销）｜")
    assert item["url"].endswith(f"/subjects/{exit_['subject_id']}/")


def test_an_amended_listing_names_the_changed_fields_and_drops_old_values(tmp_path: Path) -> None:
    x = pick()
    new = "测试专用更正后措施：限制参与示例活动庚辛"
    one, two = two_builds(tmp_path, x, dataset(x, measures=new))
    rid = x.record_id
    before, after = events_of(one, rid), events_of(two, rid)
    amended = after[-1]
    assert (amended["kind"], amended["date"], amended["changed"]) == (
        "amended",
        LATER.isoformat(),
        ["measures"],
    )
    assert amended["record"]["measures"] == new and amended["salt"]
    assert all(e["salt"] is None and e["record"] is None for e in after[: len(before)])
    text = published_text(two)
    assert MEASURES not in text  # the old value is published nowhere
    assert BEHAVIOR in text and new in text  # the listing itself still is
    item = next(
        i
        for i in json.loads((two / "feeds/all.json").read_text(encoding="utf-8"))["items"]
        if i["id"] == amended["id"]
    )
    assert item["title"].startswith("信息更正（处罚结果/获得奖励）｜")
    assert f"更正：{LATER} 更正了处罚结果/获得奖励" in item["content_text"]


def test_a_listing_already_over_is_committed_to_but_never_published(tmp_path: Path) -> None:
    x = pick()
    over = x.valid_until + timedelta(days=1)
    build(tmp_path, public(dataset(x), over))
    events = events_of(tmp_path, x.record_id)
    assert [e["kind"] for e in events][-1] == "exited"
    for e in events[:-1]:
        assert e["salt"] is None and e["record"] is None and len(e["commitment"]) == 64
    assert BEHAVIOR not in published_text(tmp_path)


def test_an_unchanged_history_is_not_rewritten(tmp_path: Path) -> None:
    x = pick()
    one, two = two_builds(tmp_path, x, dataset(x), AS_OF)
    assert log_lines(one) == log_lines(two)
    index = (two / "feeds/changes/index.json").read_text(encoding="utf-8")
    assert json.loads(index)["segments"][0]["withdrawn"] == sum(
        1 for e in map(json.loads, log_lines(one)) if e["salt"] is None
    )


# ---------------------------------------------------------------- the verifiers' rules


def _standalone() -> ModuleType:
    path = Path(__file__).parents[1] / "feeds" / "verify_feed.py"
    spec = importlib.util.spec_from_file_location("verify_feed_history", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


STANDALONE = _standalone()


def _files(site: Path) -> dict[str, bytes]:
    return {
        p.relative_to(site).as_posix(): p.read_bytes() for p in (site / "feeds/changes").iterdir()
    }


def packaged(site: Path, seen: Any) -> Any:
    files = _files(site)
    sha = {path: hashlib.sha256(data).hexdigest() for path, data in files.items()}
    return check_history(lambda p: files[p], sha, seen)


def standalone(site: Path, seen: Any) -> Any:
    files = _files(site)
    manifest = STANDALONE.Manifest(
        1, datetime.now(UTC), datetime.now(UTC), None, "0" * 64, 1,
        {p: (hashlib.sha256(d).hexdigest(), len(d)) for p, d in files.items()},
    )  # fmt: skip
    return STANDALONE.check_history(STANDALONE.Source(str(site)), manifest, seen)


def rewrite(site: Path, change: Callable[[list[str]], None]) -> None:
    seg = site / "feeds/changes/000001.ndjson"
    lines = seg.read_text(encoding="utf-8").splitlines()
    change(lines)
    seg.write_text("".join(f"{x}\n" for x in lines), encoding="utf-8")


@pytest.fixture(scope="module")
def expired(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, int]:
    tmp = tmp_path_factory.mktemp("verify")
    x = pick()
    gone = Exit(x.record_id, ExitReason.CREDIT_REPAIR, AS_OF + timedelta(days=5), "示例委", "修复")
    one, two = two_builds(tmp, x, dataset(x, exit_=gone))
    row = next(
        i for i, e in enumerate(map(json.loads, log_lines(one))) if e["record_id"] == x.record_id
    )
    return one, two, row


@pytest.mark.parametrize(
    ("check", "mismatch", "rollback"),
    [
        (packaged, FileMismatchError, RollbackError),
        (standalone, STANDALONE.FileMismatch, STANDALONE.Rollback),
    ],
    ids=["creditsite", "verify_feed"],
)
def test_verifiers_accept_a_withdrawal_and_nothing_else(
    expired: tuple[Path, Path, int], tmp_path: Path, check: Any, mismatch: Any, rollback: Any
) -> None:
    one, two, row = expired
    seen = check(one, {})
    later = check(two, seen)  # the withdrawal is accepted
    assert later != seen
    assert check(two, later) == later  # and remembered: an unchanged segment is not read again

    def attempt(change: Callable[[list[str]], None], error: Any, match: str) -> None:
        bad = tmp_path / f"bad-{len(list(tmp_path.iterdir()))}"
        shutil.copytree(two, bad)
        rewrite(bad, change)
        with pytest.raises(error, match=match):
            check(bad, later if error is rollback else {})

    old = log_lines(one)

    def redate(lines: list[str]) -> None:
        lines[row] = lines[row].replace('"date":"', '"date":"1', 1)

    def republish(lines: list[str]) -> None:
        lines[row] = old[row]

    def forge(lines: list[str]) -> None:
        i = next(i for i, x in enumerate(lines) if '"salt":"' in x and '"record":{' in x)
        lines[i] = lines[i].replace('"record":{"record_id":', '"record":{"x":1,"record_id":')

    attempt(redate, rollback, "only the withdrawal")
    attempt(republish, rollback, "published again")
    attempt(forge, mismatch, "does not match its commitment")
    with pytest.raises(rollback, match="no longer published"):
        check(two, {**later, "000009.ndjson": next(iter(later.values()))})


def test_seen_segments_round_trip_through_the_state_file(expired: tuple[Path, Path, int]) -> None:
    from generator.verify_history import read_seen

    seen = packaged(expired[1], {})
    text = json.dumps({k: v.to_json() for k, v in seen.items()})
    assert read_seen(json.loads(text)) == seen
    assert all(isinstance(v, SeenSegment) for v in seen.values())
    # The standalone verifier remembers the very same thing.
    assert json.loads(text) == standalone(expired[1], {})


def test_a_log_of_version_2_is_continued_and_its_content_withdrawn(tmp_path: Path) -> None:
    """A site published before commitments (tests/fixtures/log-v2: the feeds golden of that
    version, 20 demo subjects as of AS_OF) is continued, not restarted: every line keeps its
    sequence and id, gains a commitment, and the listings over since lose their content."""
    old = Path(__file__).parent / "fixtures" / "log-v2"
    before = [json.loads(x) for x in log_lines(old)]
    assert "commitment" not in before[0]
    out = tmp_path / "site"
    later = date(2027, 9, 1)
    build(out, public(demo().dataset, later), old, BUILT_AT + timedelta(days=283))
    after = [json.loads(x) for x in log_lines(out)]
    assert [(e["sequence"], e["id"]) for e in after[: len(before)]] == [
        (e["sequence"], e["id"]) for e in before
    ]
    active = {r["record_id"] for r in snapshot(out)["records"]}
    held: dict[str, Any] = {}
    for e in after:
        if e["salt"] is None:
            continue
        if e["record"] is not None:
            held[e["record_id"]] = e["record"]
        content = held[e["record_id"]]
        assert commitment_of(bytes.fromhex(e["salt"]), content) == e["commitment"]
        assert e["kind"] == "exited" or e["record_id"] in active
    gone = {e["record_id"] for e in before} - active
    assert gone and all(
        e["salt"] is None for e in after if e["record_id"] in gone and e["kind"] != "exited"
    )
    # and the upgraded log verifies like any other
    assert packaged(out, {})
