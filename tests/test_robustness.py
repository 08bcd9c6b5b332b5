"""A real `creditsite build` killed with SIGKILL at every stage, and builds racing for one
output: the published site is always the old one or the new one, whole and verifiable.

The kill points are found by watching the build's staging folder (the stage it is in shows
in what it has written so far), not by timing, so they hold on a slow or busy machine. The
build runs in its own process group, killed whole, as systemd or the OOM killer would.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from generator.cli import main
from generator.publish import releases_dir
from tests.helpers import ENGLISH_HEADER, csv_text, org_row, tree, uscc, write_dataset
from tests.sign_fixtures import T0, write_key_folder

PROJECT = Path(__file__).resolve().parent.parent
OLD_AS_OF, NEW_AS_OF = "2026-11-22", "2026-11-25"  # R2 expires in between: other content
NEW_EPOCH = T0 + timedelta(hours=1)
# Both the old and the new manifest are valid then (each lasts 48 hours).
CHECK_AT = (T0 + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%SZ")
TIMEOUT = 300.0


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_key_folder(tmp_path_factory.mktemp("keys"))


def build_args(work: Path, keys: Path, *extra: str) -> list[str]:
    return ["build", str(work / "data"), "--out", str(work / "site"), "--as-of", NEW_AS_OF,
            "--keys", str(keys), *extra]  # fmt: skip


def start_build(work: Path, keys: Path, *extra: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CREDITSITE_")}
    env["SOURCE_DATE_EPOCH"] = str(int(NEW_EPOCH.timestamp()))
    return subprocess.Popen(
        [sys.executable, "-m", "generator", *build_args(work, keys, *extra)],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group: the renderer's workers die with it
    )


def verified(site: Path, keys: Path) -> bool:
    return main(["verify", str(site), "--root-key", str(keys / "root.pub"), "--now", CHECK_AT]) == 0


@dataclass(frozen=True, slots=True)
class Sites:
    """The published old site (to copy for each run) and what a finished build publishes."""

    base: Path
    old: dict[str, bytes]
    new: dict[str, bytes]


@pytest.fixture(scope="module")
def sites(keys: Path, tmp_path_factory: pytest.TempPathFactory) -> Sites:
    base = tmp_path_factory.mktemp("base")
    r1 = org_row("R1", valid_until="2028-02-28")
    r2 = org_row("R2", uscc=uscc("91410100MA0000002"), valid_until="2026-11-24")
    write_dataset(base / "data", {"black.csv": csv_text(ENGLISH_HEADER, [r1, r2])})
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", str(int(T0.timestamp())))
        args = build_args(base, keys)
        args[args.index("--as-of") + 1] = OLD_AS_OF
        assert main(args) == 0
        reference = tmp_path_factory.mktemp("reference")
        shutil.copytree(base, reference, dirs_exist_ok=True, symlinks=True)
        mp.setenv("SOURCE_DATE_EPOCH", str(int(NEW_EPOCH.timestamp())))
        assert main(build_args(reference, keys)) == 0
    old, new = tree(base / "site"), tree(reference / "site")
    assert old != new
    return Sites(base, old, new)


Probe = Callable[[Path, Path], bool]  # (the build's staging folder, the releases folder)


@dataclass(frozen=True, slots=True)
class KillPoint:
    stage: str
    reached: Probe
    delay: float = 0.0


def _newer_release(staging: Path, releases: Path) -> bool:
    return len([p for p in releases.glob("r[0-9]*") if p.is_dir()]) > 1


def _link_moved(staging: Path, releases: Path) -> bool:
    return (releases.parent / "site").readlink() != Path(".site.releases/r000001")


KILL_POINTS = (
    KillPoint("lock taken, nothing rendered", lambda s, r: s.is_dir()),
    KillPoint("editorial pages (mkdocs)", lambda s, r: (s / ".mkdocs").exists()),
    KillPoint("subject pages", lambda s, r: (s / "subjects").is_dir()),
    KillPoint("search index", lambda s, r: (s / "pagefind").is_dir()),
    KillPoint("feeds", lambda s, r: (s / "feeds").is_dir()),
    KillPoint("compress", lambda s, r: any(s.glob("*.gz"))),
    KillPoint("sign", lambda s, r: (s / "keys" / "delegation.json").exists()),
    KillPoint("leak scan", lambda s, r: (s / "manifest.json").exists()),
    KillPoint("swap: release renamed, link not yet", _newer_release),
    KillPoint("swap: link moved, build record not yet", _link_moved),
)


def classify(published: dict[str, bytes], sites: Sites) -> str:
    """ "old", "new" or "mix": byte for byte one of the two sites (builds are reproducible),
    but for the manifest, whose version counts the builds that got published before it."""
    if published == sites.old:
        return "old"
    if published.keys() != sites.new.keys():
        return "mix"
    differ = {p for p in published if published[p] != sites.new[p]}
    return "new" if differ <= {"manifest.json"} else "mix"


def kill_at(work: Path, keys: Path, point: KillPoint) -> bool:
    """Run a build and kill it once `point` is reached; whether it was still running."""
    proc = start_build(work, keys)
    staging = releases_dir(work / "site") / f"staging-{proc.pid}"
    deadline = time.monotonic() + TIMEOUT
    try:
        while proc.poll() is None and not point.reached(staging, staging.parent):
            assert time.monotonic() < deadline, f"{point.stage}: never reached"
            time.sleep(0.002)
        time.sleep(point.delay)
        alive = proc.poll() is None
        if alive:
            os.killpg(proc.pid, signal.SIGKILL)
    finally:
        proc.communicate(timeout=TIMEOUT)
    return alive


def test_a_build_killed_at_any_stage_leaves_the_old_or_the_new_site(
    sites: Sites, keys: Path, tmp_path: Path
) -> None:
    work = tmp_path / "work"
    shutil.copytree(sites.base, work, symlinks=True)
    killed: list[tuple[str, str, bool]] = []
    for point in KILL_POINTS:
        if killed and killed[-1][1] == "new":  # start again from the old site
            shutil.rmtree(work)
            shutil.copytree(sites.base, work, symlinks=True)
        alive = kill_at(work, keys, point)
        outcome = classify(tree(work / "site"), sites)
        assert outcome != "mix", f"killed during {point.stage}: the site is neither old nor new"
        assert verified(work / "site", keys), f"killed during {point.stage}"
        killed.append((point.stage, outcome, alive))
    print("\n".join(f"{stage}: {outcome}{'' if alive else ' (had finished)'}" for stage, outcome, alive in killed))  # fmt: skip
    # Most kills must land inside a running build, or the test proves nothing.
    assert sum(alive for _, _, alive in killed) >= len(KILL_POINTS) - 2, killed
    assert any(outcome == "old" for _, outcome, _ in killed)
    # The next build cleans up after the killed ones and publishes normally.
    proc = start_build(work, keys)
    _, err = proc.communicate(timeout=TIMEOUT)
    assert proc.returncode == 0, err
    final = tree(work / "site")
    differ = sorted(p for p in final.keys() | sites.new.keys() if final.get(p) != sites.new.get(p))
    assert classify(final, sites) == "new", differ
    assert verified(work / "site", keys)
    assert not list(releases_dir(work / "site").glob("staging-*"))


def test_concurrent_builds_wait_or_fail_clearly(sites: Sites, keys: Path, tmp_path: Path) -> None:
    work = tmp_path / "work"
    shutil.copytree(sites.base, work, symlinks=True)
    releases = releases_dir(work / "site")
    first, second = (
        start_build(work, keys, "--wait", "300"),
        start_build(work, keys, "--wait", "300"),
    )
    holder = None
    try:
        deadline = time.monotonic() + TIMEOUT
        while holder is None:
            assert time.monotonic() < deadline and first.poll() is None and second.poll() is None
            holder = next((p for p in (first, second) if (releases / f"staging-{p.pid}").exists()), None)  # fmt: skip
            time.sleep(0.002)
        # Frozen while it holds the lock: a third build without --wait must give up at once.
        os.killpg(holder.pid, signal.SIGSTOP)
        third = start_build(work, keys)
        _, err = third.communicate(timeout=TIMEOUT)
        assert third.returncode == 7
        assert err.startswith("error: another build is publishing to ") and err.count("\n") == 1
        assert tree(work / "site") == sites.old and verified(work / "site", keys)
        os.killpg(holder.pid, signal.SIGCONT)
        outputs = [p.communicate(timeout=TIMEOUT) for p in (first, second)]
    finally:
        for p in (first, second):
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGKILL)
                p.communicate()
    assert (first.returncode, second.returncode) == (0, 0), outputs
    # One after the other: the second continued the first's manifest chain.
    versions = sorted(re.findall(r"Signed manifest version (\d+),", out)[0] for out, _ in outputs)
    assert versions == ["2", "3"], outputs
    assert verified(work / "site", keys)
    assert not list(releases.glob("staging-*"))
