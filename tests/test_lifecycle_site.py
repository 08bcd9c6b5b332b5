"""What the site publishes follows the lifecycle exactly (issue 18): a small dataset with a
listing for every exit reason, a withdrawn and an amended listing, built three times on
the same site — before the changes, after them, and as of 2040 when every listing has left.
Each listing's behaviour and measures are unique texts, so a page that still shows them
is caught by name."""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import re
import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from generator.cli import main
from generator.publish import published_tree
from tests.helpers import ENGLISH_HEADER, csv_text, org_row, person_row, resident_id, uscc
from tests.sign_fixtures import T0, write_key_folder

AS_OF = T0.date().isoformat()  # 2026-11-22
LATER = "2040-01-01"


def behaviour(rid: str) -> str:
    return f"{rid}号记录所述的违法经营行为"


def measure(rid: str) -> str:
    return f"{rid}号记录所列的联合惩戒措施"


def _org(rid: str, n: int, **kw: str) -> dict[str, str]:
    return org_row(rid, name=f"示例市第{n}号测试有限公司", uscc=uscc(f"91410100MA00{n:05d}"),
                   behavior=behaviour(rid), penalty=measure(rid),
                   decision_no=f"示罚〔2025〕{n}号", **kw)  # fmt: skip


# record id -> (exit reason label the pages must show, whether it is a clarification)
EARLY = {
    "E-REPAIR": ("credit_repair", "信用修复", False),
    "E-UPHELD": ("objection_upheld", "异议成立", True),
    "E-CRITERIA": ("criteria_changed", "认定标准变更", False),
    "E-COURT": ("court_revoked", "法院撤销", False),
    "E-OTHER": ("other", "其他原因", False),
    "E-TOBLACK": ("moved_to_black", "转入黑名单", False),
    "E-TOFOCUS": ("moved_to_focus", "转入重点关注名单", False),
}
PERSON_ID = resident_id("41010519800101002")


def _rows() -> list[dict[str, str]]:
    rows = []
    for n, rid in enumerate(EARLY, 1):
        red = rid in ("E-TOBLACK", "E-TOFOCUS")
        rows.append(_org(rid, n, list_type="红名单" if red else "黑名单"))
    rows += [
        _org("E-EXPIRY", 20, decided_on="2022-01-01", valid_until="2024-12-31"),
        _org("O-UPHELD", 21),
        _org("X-RED", 22, list_type="红名单", decided_on="2024-01-01", domain="税务"),
        _org("X-BLACK", 22, decided_on="2025-03-01"),
        _org("W-GONE", 23),
        _org("W-AMEND", 24),
        _org("A-ACTIVE", 25),
        person_row(
            "P-EXPIRY",
            name="欧阳测试",
            id_number=PERSON_ID,
            behavior=behaviour("P-EXPIRY"),
            penalty=measure("P-EXPIRY"),
            decided_on="2022-01-01",
            valid_until="2023-12-31",
        ),
    ]
    return rows


def _write(root: Path, rows: list[dict[str, str]]) -> Path:
    (root / "lists").mkdir(parents=True)
    (root / "lists" / "lists.csv").write_text(csv_text(ENGLISH_HEADER, rows), encoding="utf-8")
    exits = [["record_id", "reason", "exited_on", "department", "basis"]]
    exits += [[rid, reason, "2026-02-01", "示例市应急管理局", f"{rid}退出依据"]
              for rid, (reason, _, _) in EARLY.items()]  # fmt: skip
    (root / "exits.csv").write_text(csv_text(exits[0], exits[1:]), encoding="utf-8")
    objections = [["record_id", "opened_on", "state", "decided_on"],
                  ["O-UPHELD", "2025-05-01", "upheld", "2025-06-01"]]  # fmt: skip
    (root / "objections.csv").write_text(csv_text(objections[0], objections[1:]), encoding="utf-8")
    (root / "dataset.yaml").write_text(
        "locality: 测试市\ndocument: {title: 测试市信用“红黑名单”管理办法, number: 测信发〔2020〕2号}\n",
        encoding="utf-8",
    )
    return root


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """Three builds on one site; each published release kept under its own name."""
    work = tmp_path_factory.mktemp("lifecycle")
    keys = write_key_folder(work / "keys")
    before = _write(work / "before", _rows())
    edited = [r for r in _rows() if r["record_id"] != "W-GONE"]
    for r in edited:
        if r["record_id"] == "W-AMEND":
            r["behavior"] = "W-AMEND号记录更正后的违法经营行为"
    after = _write(work / "after", edited)
    out = work / "site"
    releases: dict[str, Path] = {}
    with pytest.MonkeyPatch.context() as mp:
        for name in ("CREDITSITE_SIGNING_KEY", "CREDITSITE_PSEUDONYM_KEY",
                     "CREDITSITE_KEY_PASSPHRASE"):  # fmt: skip
            mp.delenv(name, raising=False)
        mp.setenv("SOURCE_DATE_EPOCH", str(int((T0 + timedelta(hours=1)).timestamp())))
        for label, data, as_of in (("first", before, AS_OF), ("second", after, AS_OF),
                                   ("later", after, LATER)):  # fmt: skip
            args = ["build", str(data), "--out", str(out), "--as-of", as_of, "--keys", str(keys)]
            assert main(args) == 0, label
            releases[label] = work / label
            shutil.copytree(published_tree(out) or out, releases[label])
    yield releases


def page(site: Path, rel: str) -> str:
    return (site / rel / "index.html").read_text(encoding="utf-8")


def subject_of(site: Path, rid: str) -> str:
    """The subject page that names `rid` (its exit or correction notice links there)."""
    notice = page(site, f"exits/{rid}")
    found = re.search(r'href="\.\./\.\./subjects/([^/"]+)/', notice)
    assert found, rid
    return page(site, f"subjects/{found.group(1)}")


def test_an_active_listing_shows_its_behaviour_and_measures(sites: dict[str, Path]) -> None:
    text = page(sites["second"], f"subjects/{uscc('91410100MA0000025')}")
    assert behaviour("A-ACTIVE") in text and measure("A-ACTIVE") in text


def test_every_exit_reason_shows_only_the_announcement(sites: dict[str, Path]) -> None:
    site = sites["second"]
    for rid, (_, label, clarification) in EARLY.items():
        text = subject_of(site, rid)
        assert behaviour(rid) not in text and measure(rid) not in text, rid
        assert f"退出原因：{label}" in text, rid
        assert ("澄清" in text) is clarification, rid
        notice = page(site, f"exits/{rid}")
        assert "经示例市应急管理局确认" in notice and f"{rid}退出依据" in notice
        assert behaviour(rid) not in notice
    upheld = subject_of(site, "O-UPHELD")
    assert "退出原因：异议成立" in upheld and "澄清" in upheld
    assert behaviour("O-UPHELD") not in upheld


def test_an_expiry_notice_says_nobody_confirmed_anything(sites: dict[str, Path]) -> None:
    notice = page(sites["second"], "exits/E-EXPIRY")
    assert "有效期已届满" in notice and "自动退出" in notice
    assert not re.search(r"经.{0,40}确认", notice)


def test_the_cross_check_exit_links_the_listing_that_caused_it(sites: dict[str, Path]) -> None:
    site = sites["second"]
    notice = page(site, "exits/X-RED")
    assert "转入黑名单" in notice and not re.search(r"经.{0,40}确认", notice)
    assert re.search(r'<a href="\.\./\.\./subjects/[^"]+/#r-X-BLACK">X-BLACK</a>', notice)
    subject = subject_of(site, "X-RED")
    assert 'id="r-X-BLACK"' in subject and behaviour("X-BLACK") in subject
    assert behaviour("X-RED") not in subject


def test_a_person_with_nothing_in_force_shows_no_identity(sites: dict[str, Path]) -> None:
    text = subject_of(sites["second"], "P-EXPIRY")
    assert "证件号码" not in text and "证件类型" not in text and PERSON_ID[:4] not in text
    assert behaviour("P-EXPIRY") not in text
    assert "该主体目前不在任何信用名单中" in text and "退出原因：有效期届满" in text


def test_a_withdrawn_listing_gets_a_correction_notice(sites: dict[str, Path]) -> None:
    first, second = sites["first"], sites["second"]
    assert not (first / "exits" / "W-GONE").exists()
    notice = page(second, "exits/W-GONE")
    assert "更正公告" in notice and "撤销发布" in notice
    assert behaviour("W-GONE") not in notice
    subject = subject_of(second, "W-GONE")  # the page exists: no link to a 404
    assert "更正公告" in subject and behaviour("W-GONE") not in subject
    assert '<a href="../exits/W-GONE/">更正公告</a>' in page(second, "exits")

    # Counted with the exit announcements on the home page.
    def total(site: Path) -> int:
        found = re.search(r"<strong>(\d+)</strong>退出公告", page(site, ""))
        assert found
        return int(found.group(1))

    assert total(second) == total(first) + 1
    ledger = json.loads((second / "data" / "corrections.json").read_text(encoding="utf-8"))
    assert [w["record_id"] for w in ledger["withdrawals"]] == ["W-GONE"]
    # The exits feed names a subject page that exists.
    feed = json.loads((second / "feeds" / "exits.json").read_text(encoding="utf-8"))
    for item in feed["items"]:
        rel = item["url"].split("/", 3)[3]
        assert (second / rel / "index.html").exists(), item["url"]


def test_an_amended_listing_names_the_fields_not_the_old_values(sites: dict[str, Path]) -> None:
    text = page(sites["second"], f"subjects/{uscc('91410100MA0000024')}")
    assert f"{AS_OF} 更正了行为事实" in text
    assert behaviour("W-AMEND") not in text  # the old value is gone
    assert "W-AMEND号记录更正后的违法经营行为" in text


def test_the_data_page_counts_subjects_in_force(sites: dict[str, Path]) -> None:
    data = page(sites["second"], "data")
    # In force: A-ACTIVE, X-BLACK's company, W-AMEND's company.
    assert "涉及主体 3 个" in data
    assert "涉及主体 0 个" in page(sites["later"], "data")


def test_the_locality_and_its_document_come_from_the_dataset(sites: dict[str, Path]) -> None:
    home = page(sites["second"], "")
    assert "《测试市信用“红黑名单”管理办法》（测信发〔2020〕2号）" in home
    assert "营口" not in home and "营信发" not in home
    for guide in ("guide/basis", "guide/objection", "guide/repair", "guide/privacy"):
        text = page(sites["second"], guide)
        assert "营口" not in text and "营信发" not in text, guide
    assert "测试市税务局" in page(sites["second"], "domains/tax")
    assert "北京时间" in home and "UTC" not in home


def _texts(root: Path, folders: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    for folder in folders:
        for path_folder, _, names in os.walk(root / folder):
            for name in names:
                path = Path(path_folder) / name
                data = path.read_bytes()
                if name.endswith(".gz") or folder == "pagefind":
                    with contextlib.suppress(OSError, EOFError):  # not compressed
                        data = gzip.decompress(data)
                text = data.decode("utf-8", "ignore")
                if folder == "pagefind":  # pagefind joins the words it cut with U+200B
                    text = re.sub(r"[\s\u200b]", "", text)
                yield str(path.relative_to(root)), text


def test_after_every_listing_left_no_behaviour_or_measure_is_published(
    sites: dict[str, Path],
) -> None:
    later = sites["later"]
    rids = [r["record_id"] for r in _rows()]
    texts = dict(_texts(later, ("subjects", "lists", "domains", "exits", "pagefind")))
    # The search index is read (a subject's name is in its content), so the test can fail.
    assert any('"content":"示例市第25号测试有限公司' in t for p, t in texts.items()
               if p.startswith("pagefind"))  # fmt: skip
    amended = "W-AMEND号记录更正后的违法经营行为"
    for rel, text in texts.items():
        for rid in rids:
            assert behaviour(rid) not in text and measure(rid) not in text, (rel, rid)
        assert amended not in text, rel
    # The withdrawal is still announced, and every exit too.
    assert "更正公告" in page(later, "exits/W-GONE")
    assert all((later / "exits" / rid / "index.html").exists() for rid in rids if rid != "W-GONE")


def test_the_demo_as_of_2040_publishes_no_behaviour_or_measure(tmp_path: Path) -> None:
    """The demo data (data/demo) built as of 2040-01-01, when every listing has left: no
    listing's behaviour or measures is in any subject, list or domain page, nor in what
    the search index holds for them (case pages, which quote measures of their own, and
    the feeds are checked elsewhere)."""
    from datetime import date

    from generator.build import check_dataset
    from generator.lifecycle import apply_lifecycle
    from generator.redact import redact_state
    from generator.render.site import render_site
    from tests.site_fixture import BUILT_AT, KEY, SITE_URL

    checked = check_dataset(Path(__file__).parents[1] / "data" / "demo")
    state = apply_lifecycle(checked.dataset, date(2040, 1, 1))
    assert state.listings and not any(s.active for s in state.listings)
    public, _ = redact_state(state, checked.rules, KEY, workers=1)
    render_site(public, checked.rules, tmp_path, built_at=BUILT_AT, site_url=SITE_URL,
                locality="示例市", workers=1)  # fmt: skip
    texts = dict(_texts(tmp_path, ("subjects", "lists", "domains", "pagefind")))
    searched = {
        rel: text
        for rel, text in texts.items()
        if not rel.startswith("pagefind") or re.search(r'"url":"/(subjects|domains)/', text)
    }
    assert any(rel.startswith("pagefind") for rel in searched)
    assert sum(rel.startswith("subjects/") for rel in searched) == len(public.subjects)
    for x in public.listings:
        for value in (x.behavior, x.measures):
            squeezed = re.sub(r"\s", "", value)
            for rel, text in searched.items():
                assert (squeezed if rel.startswith("pagefind") else value) not in text, (
                    rel,
                    x.record_id,
                )
