"""Open-data conventions (issue 22): the licence in datapackage.json and on the data page
(the default marked as awaiting the office's confirmation), the DCAT-AP and schema.org
descriptions, the locked versions, and the big-data warning list's own feeds."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from generator.build import check_dataset
from generator.feeds import render_feeds
from generator.lifecycle import apply_lifecycle
from generator.locked import locked_versions
from generator.opendata import DEFAULT_TERMS, terms_of
from generator.redact import redact_state
from generator.render.site import render_site
from tests.helpers import ENGLISH_HEADER, csv_text, org_row, uscc, write_dataset

AS_OF = date(2026, 11, 22)
BUILT_AT = datetime(2026, 11, 22, 8, 0, tzinfo=UTC)
KEY = b"TEST-ONLY pseudonym key"
SITE = "https://credit.example.gov.cn/"
LICENCE = """licence:
  id: CC-BY-SA-4.0
  url: https://creativecommons.org/licenses/by-sa/4.0/
  title: 署名—相同方式共享 4.0
"""


def _dataset(root: Path, config: str | None) -> Path:
    """W (three focus domains) is on the warning list; F (two) and B (black) are not."""
    w, f = uscc("91410100MA0000011"), uscc("91410100MA0000022")
    focus = {"list_type": "重点关注名单", "decided_on": "2026-06-01"}  # active on AS_OF
    rows = [
        org_row(f"W{i}", name="示例市警示建材有限公司", uscc=w, domain=d, **focus)
        for i, d in enumerate(("安全生产", "电力", "科研"))
    ]
    rows += [
        org_row(f"F{i}", name="示例市关注商贸有限公司", uscc=f, domain=d, **focus)
        for i, d in enumerate(("安全生产", "电力"))
    ]
    rows.append(org_row("B1"))
    return write_dataset(root, {"lists.csv": csv_text(ENGLISH_HEADER, rows)}, config=config)


def _build(root: Path, config: str | None, *, site: bool = False) -> Path:
    checked = check_dataset(_dataset(root / "dataset", config))
    public, _ = redact_state(apply_lifecycle(checked.dataset, AS_OF), checked.rules, KEY)
    out, terms = root / "out", terms_of(checked.config)
    render_feeds(public, checked.rules, out, built_at=BUILT_AT, site_url=SITE, previous=None,
                 key=KEY, terms=terms)  # fmt: skip
    if site:
        render_site(public, checked.rules, out, built_at=BUILT_AT, site_url=SITE, terms=terms)
    return out


@pytest.fixture(scope="module")
def default_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(tmp_path_factory.mktemp("open-data"), None, site=True)


def _json_ld(page: str) -> list[dict[str, Any]]:
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    return [json.loads(b) for b in blocks]


def test_the_warning_list_has_its_feeds_with_the_focus_events_of_its_subjects(
    default_site: Path,
) -> None:
    feed = json.loads((default_site / "feeds/lists/warning.json").read_text(encoding="utf-8"))
    assert feed["home_page_url"] == f"{SITE}lists/warning/"
    ids = sorted(i["_creditsite"]["record_id"] for i in feed["items"])
    assert ids == ["W0", "W1", "W2"]  # not F (two domains), not B (black list)
    for suffix in (".rss.xml", ".atom.xml"):
        xml = (default_site / f"feeds/lists/warning{suffix}").read_text(encoding="utf-8")
        assert xml.count("urn:creditsite:event:W") >= 3


def test_a_later_build_keeps_the_warning_feed_from_the_history(tmp_path: Path) -> None:
    first = _build(tmp_path / "one", None)
    checked = check_dataset(tmp_path / "one" / "dataset")
    public, _ = redact_state(apply_lifecycle(checked.dataset, AS_OF), checked.rules, KEY)
    again = tmp_path / "two"
    render_feeds(
        public, checked.rules, again, built_at=BUILT_AT, site_url=SITE, previous=first, key=KEY
    )
    feed = json.loads((again / "feeds/lists/warning.json").read_text(encoding="utf-8"))
    assert sorted(i["_creditsite"]["record_id"] for i in feed["items"]) == ["W0", "W1", "W2"]


def test_the_default_licence_is_published_and_marked_as_awaiting_confirmation(
    default_site: Path,
) -> None:
    package = json.loads((default_site / "data/datapackage.json").read_text(encoding="utf-8"))
    assert package["licenses"] == [
        {
            "name": "CC-BY-4.0",
            "path": DEFAULT_TERMS.licence_url,
            "title": DEFAULT_TERMS.licence_title,
        }
    ]
    page = (default_site / "data/index.html").read_text(encoding="utf-8")
    assert f'href="{DEFAULT_TERMS.licence_url}"' in page
    assert "尚待信用办确认" in page


def test_the_data_page_carries_schema_org_and_dcat_and_the_locked_versions(
    default_site: Path,
) -> None:
    page = (default_site / "data/index.html").read_text(encoding="utf-8")
    docs = {str(d.get("@type")): d for d in _json_ld(page)}
    assert docs["Dataset"]["license"] == DEFAULT_TERMS.licence_url
    dcat = docs["dcat:Dataset"]
    assert dcat["dct:license"] == {"@id": DEFAULT_TERMS.licence_url, "dct:identifier": "CC-BY-4.0"}
    assert dcat["dcat:landingPage"] == {"@id": f"{SITE}data/"}
    downloads = [d["dcat:downloadURL"]["@id"] for d in dcat["dcat:distribution"]]
    assert f"{SITE}data/snapshot.csv" in downloads
    versions = locked_versions()
    assert versions, "requirements.lock names no package that shapes the output"
    for name, version in versions.items():
        assert f"<code>{name}</code> {version}" in page


def test_a_licence_named_in_dataset_yaml_is_used_without_the_notice(tmp_path: Path) -> None:
    out = _build(tmp_path, f"name: 测试\n{LICENCE}", site=True)
    package = json.loads((out / "data/datapackage.json").read_text(encoding="utf-8"))
    assert package["licenses"][0]["name"] == "CC-BY-SA-4.0"
    page = (out / "data/index.html").read_text(encoding="utf-8")
    assert "https://creativecommons.org/licenses/by-sa/4.0/" in page
    assert "尚待信用办确认" not in page


def test_the_build_summary_says_when_the_licence_is_the_default() -> None:
    from types import SimpleNamespace

    from generator.cli import _licence_notice

    default = _licence_notice(SimpleNamespace(terms=DEFAULT_TERMS))  # type: ignore[arg-type]
    assert default.startswith("Licence: CC-BY-4.0 is the DEFAULT") and "dataset.yaml" in default
    chosen = replace(DEFAULT_TERMS, licence_id="CC0-1.0", default=False)
    assert _licence_notice(SimpleNamespace(terms=chosen)) == (  # type: ignore[arg-type]
        f"Licence: CC0-1.0 ({DEFAULT_TERMS.licence_url})."
    )


def test_the_data_page_says_so_when_no_lock_was_installed_from() -> None:
    from generator.render.pages import environment

    page = environment().get_template("data.html").render(
        root="../", labels=None, as_of=AS_OF, active_total=1, subject_total=1,
        licence_id="CC0-1.0", licence_title="CC0", licence_url="https://example.org/cc0",
        licence_default=False, locked=[],
    )  # fmt: skip
    assert "依赖版本未记录" in page and "<ul>" not in page
