"""Golden tree of the site built from the contract's small fixed dataset.

Regenerate after an intended change, then review the diff before committing:

    CREDITSITE_REGEN_GOLDEN=1 .venv/bin/pytest tests/test_site_golden.py

HTML pages, sitemap, robots.txt and stats.json are compared byte for byte. Theme assets and
the pagefind index are compared by presence only (ASSETS.txt): they are large, and their
bytes belong to mkdocs-material and pagefind, whose upgrades should not break this test.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.site_fixture import build_site, make_fixture

GOLDEN = Path(__file__).parent / "golden" / "site"
REGEN = "CREDITSITE_REGEN_GOLDEN=1 .venv/bin/pytest tests/test_site_golden.py"
_COMPARED = (".html", ".xml", ".txt", ".json")


def _tree(site: Path) -> tuple[dict[str, bytes], list[str]]:
    compared, present = {}, []
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        rel = path.relative_to(site).as_posix()
        if rel.startswith(("assets/", "pagefind/")) or not rel.endswith(_COMPARED):
            # Fingerprinted names change with content: keep the stem only.
            parts = rel.split("/")
            if rel.startswith("pagefind/") and len(parts) > 2:
                continue  # the index shards: their names are content hashes
            present.append(rel)
        else:
            compared[rel] = path.read_bytes()
    return compared, present


def test_site_matches_the_golden_tree(tmp_path: Path) -> None:
    site = tmp_path / "site"
    build_site(make_fixture(tmp_path), site)
    compared, present = _tree(site)
    assets = ("\n".join(present) + "\n").encode()
    if os.environ.get("CREDITSITE_REGEN_GOLDEN"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for rel, data in compared.items():
            (GOLDEN / rel).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / rel).write_bytes(data)
        (GOLDEN / "ASSETS.txt").write_bytes(assets)
        pytest.skip(f"golden tree regenerated in {GOLDEN}")
    if not GOLDEN.is_dir():
        pytest.fail(f"no golden tree; create it with: {REGEN}")
    golden = {
        p.relative_to(GOLDEN).as_posix(): p.read_bytes()
        for p in GOLDEN.rglob("*")
        if p.is_file() and p.name != "ASSETS.txt"
    }
    missing, extra = (
        sorted(golden.keys() - compared.keys()),
        sorted(compared.keys() - golden.keys()),
    )
    changed = sorted(k for k in golden.keys() & compared.keys() if golden[k] != compared[k])
    assert (missing, extra, changed) == ([], [], []), (
        f"the site differs from tests/golden/site (missing {missing[:5]}, new {extra[:5]}, "
        f"changed {changed[:5]}); if intended, regenerate with: {REGEN}"
    )
    assert (GOLDEN / "ASSETS.txt").read_bytes() == assets, (
        f"assets differ; regenerate with: {REGEN}"
    )
