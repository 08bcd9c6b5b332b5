"""Issue 18's done-when: built on the same site as of a date when every demo listing has
exited, no behaviour or measure text of any of them is published in any file.

The embedded demo data is built as of its own date through the CLI, then again on the same
output as of 2040-01-01; the whole published tree is walked, compressed siblings and the
pagefind index decompressed, against the text of every listing. The bank's verifier, with
its state file, follows both builds: the second withdraws content, which it accepts.
"""

from __future__ import annotations

import contextlib
import gzip
import zlib
from datetime import date, timedelta
from pathlib import Path

import brotli
import pytest

from generator.build import check_dataset
from generator.cli import main
from generator.lifecycle import apply_lifecycle
from generator.redact import redact_state
from tests.sign_fixtures import T0, write_key_folder

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "data" / "demo"
DEMO_AS_OF = date(2026, 11, 22)  # the Makefile's DEMO_AS_OF
KEY = b"TEST-ONLY pseudonym key"  # write_key_folder's pseudonym key
# The folders this branch answers for (feeds, snapshot, search index). The subject pages
# are issue 18's site part (another branch); the integrator widens this to the whole tree,
# ("",), once both are merged.
CHECKED = ("",)  # the whole published tree: pages, feeds, data, search index, log


def texts() -> set[str]:
    """Every listing's conduct and measures as the site would publish them (redacted)."""
    checked = check_dataset(DEMO)
    public, _ = redact_state(apply_lifecycle(checked.dataset, DEMO_AS_OF), checked.rules, KEY)
    found = {t for x in public.listings for t in (x.behavior, x.measures)}
    # A few words ("无", a bare "罚款") would also be the site's own text; every demo text
    # is a sentence, and the short ones are counted so the test cannot pass by dropping all.
    long = {t for t in found if len(t) >= 8}
    assert len(long) > 0.9 * len(found) > 300
    return long


def readable(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix == ".br":
        data = brotli.decompress(data)
    elif data[:2] == b"\x1f\x8b":  # .gz, and pagefind's index and fragments
        with contextlib.suppress(OSError, EOFError, zlib.error):
            data = gzip.decompress(data)
    return data.decode("utf-8", errors="ignore")


def offenders(site: Path, wanted: set[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        text = readable(path)
        hits = [t for t in wanted if t in text]
        if hits:
            out[path.relative_to(site).as_posix()] = hits
    return out


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    tmp = tmp_path_factory.mktemp("lifecycle")
    keys = write_key_folder(tmp / "keys")
    out, state = tmp / "site", tmp / "state.json"
    verify = ["verify", str(out), "--root-key", str(keys / "root.pub"), "--state", str(state)]
    with pytest.MonkeyPatch.context() as mp:
        for name in ("CREDITSITE_SIGNING_KEY", "CREDITSITE_PSEUDONYM_KEY"):
            mp.delenv(name, raising=False)
        mp.setenv("SOURCE_DATE_EPOCH", str(int(T0.timestamp())))
        build = ["build", str(DEMO), "--out", str(out), "--keys", str(keys)]
        assert main([*build, "--as-of", DEMO_AS_OF.isoformat()]) == 0
        first = tmp / "first"
        first.symlink_to(out.resolve())  # the first release stays beside the second
        assert main([*verify, "--now", (T0 + timedelta(hours=1)).isoformat()]) == 0
        later = T0 + timedelta(days=1)
        mp.setenv("SOURCE_DATE_EPOCH", str(int(later.timestamp())))
        assert main([*build, "--as-of", "2040-01-01"]) == 0
        # The bank's verifier accepts the withdrawal against what it saw of the first build.
        assert main([*verify, "--now", (later + timedelta(hours=1)).isoformat()]) == 0
    return first, out.resolve(), state


def test_the_first_build_publishes_the_active_listings(site: tuple[Path, Path, Path]) -> None:
    first, _, _ = site
    found = offenders(first, texts())
    assert any(p.startswith("feeds/changes/") for p in found)
    assert "data/snapshot.json" in found


def test_nothing_of_an_exited_listing_is_published(site: tuple[Path, Path, Path]) -> None:
    _, second, state = site
    found = offenders(second, texts())
    mine = {p: hits[:2] for p, hits in found.items() if p.startswith(CHECKED)}
    assert not mine, f"{len(mine)} files still publish listing text, e.g. {list(mine)[:5]}"
    # The announcements stay.
    assert '"kind": "exited"' in (second / "feeds/exits.json").read_text(encoding="utf-8")
    assert '"changes"' in state.read_text(encoding="utf-8")
