"""Daily refresh: re-sign an unchanged site, rebuild when the date or the data changes it.

One site is built per module; each test works on its own copy (releases, link and build
record together), so only the tests that must rebuild pay for a build.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.buildstate import read_build_state
from generator.cli import main
from generator.lifecycle import apply_lifecycle, next_change
from generator.model import Dataset, Exit, ExitReason, ListType, Objection, ObjectionState
from generator.publish import releases_dir
from tests.helpers import ENGLISH_HEADER, csv_text, org_row, tree, uscc, write_dataset
from tests.sign_fixtures import KEYS, T0, write_key_folder
from tests.test_lifecycle import listing

AS_OF = "2026-11-22"
# R2's last valid day: from the 25th it is no longer published.
R2_LAST_DAY = "2026-11-24"


def rows(behavior: str = "未按规定开展安全生产检查") -> str:
    r1 = org_row("R1", behavior=behavior, valid_until="2028-02-28")
    r2 = org_row("R2", uscc=uscc("91410100MA0000002"), valid_until=R2_LAST_DAY)
    return csv_text(ENGLISH_HEADER, [r1, r2])


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_key_folder(tmp_path_factory.mktemp("keys"))


@pytest.fixture(autouse=True)
def no_secret_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CREDITSITE_SIGNING_KEY", "CREDITSITE_PSEUDONYM_KEY", "CREDITSITE_KEY_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)


def at(monkeypatch: pytest.MonkeyPatch, days: float) -> None:
    """The clock of the next command: T0 plus `days`."""
    moment = T0 + timedelta(days=days)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(moment.timestamp())))


def run(command: str, work: Path, keys: Path, as_of: str, *extra: str) -> int:
    args = [command, str(work / "data"), "--out", str(work / "site"), "--as-of", as_of]
    return main([*args, "--keys", str(keys), *extra])


def verify(work: Path, keys: Path, days: float) -> int:
    now = (T0 + timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%SZ")
    args = ["verify", str(work / "site"), "--root-key", str(keys / "root.pub")]
    return main([*args, "--state", str(work / "consumer.json"), "--now", now])


def manifest_version(site: Path) -> int:
    return int(json.loads((site / "manifest.json").read_bytes())["signed"]["version"])


def active_ids(site: Path) -> set[str]:
    text = (site / "data" / "snapshot.csv").read_text(encoding="utf-8")
    return {line.split(",")[0] for line in text.splitlines()[1:] if line}


@pytest.fixture(scope="module")
def base(keys: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("base")
    write_dataset(work / "data", {"black.csv": rows()})
    with pytest.MonkeyPatch.context() as mp:
        at(mp, 0)
        assert run("build", work, keys, AS_OF) == 0
        # The consumer has seen version 1: every later check is also a rollback check.
        assert verify(work, keys, 0.1) == 0
    return work


@pytest.fixture
def work(base: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "work"
    shutil.copytree(base, copy, symlinks=True)
    return copy


def test_the_build_records_what_it_published(work: Path) -> None:
    state = read_build_state(work / "site")
    assert state is not None and state.release == (work / "site").resolve().name
    assert state.as_of == date(2026, 11, 22)
    assert state.stable_until == date(2026, 11, 25)
    assert state.change == "listing R2 expired"
    assert not (work / "site" / "state.json").exists()  # internal: never in the public tree


def test_unchanged_site_is_only_re_signed(
    work: Path, keys: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    site = work / "site"
    before = tree(site)
    release = site.resolve()
    capsys.readouterr()
    at(monkeypatch, 1)
    assert run("refresh", work, keys, "2026-11-23") == 0
    out = capsys.readouterr().out
    assert "unchanged since 2026-11-22; manifest re-signed, version 2, expires 2026-11-25" in out
    after = tree(site)
    assert site.resolve() == release  # the same release: no new folder for restore to skip
    assert manifest_version(site) == 2
    assert {p for p in after if after[p] != before[p]} == {"manifest.json"}
    assert after.keys() == before.keys()
    # A consumer that saw version 1 accepts version 2 after the first one has expired.
    assert verify(work, keys, 2.5) == 0
    at(monkeypatch, 2)
    assert run("refresh", work, keys, R2_LAST_DAY) == 0
    assert manifest_version(site) == 3 and verify(work, keys, 2.6) == 0


def test_refresh_re_signs_without_rendering(work: Path, keys: Path) -> None:
    """The cheap path's promise, counted rather than timed: no stage but check and sign, then
    the day's deadline report (it reads the dataset, never the site's pages)."""
    from generator.config import BuildConfig, KeyPaths
    from generator.refresh import refresh_site

    stages: list[str] = []
    config = BuildConfig(
        dataset=work / "data",
        out=work / "site",
        as_of=date(2026, 11, 23),
        built_at=T0 + timedelta(days=1),
        site_url="https://credit.example.gov.cn/",
        keys=KeyPaths(
            keys / "root.pub", keys / "online.key", keys / "delegation.json", keys / "pseudonym.key"
        ),
        env={},
        report_dir=work / "site-internal",
    )
    summary = refresh_site(config, lambda stage, done, total: stages.append(stage))
    assert not summary.rebuilt and summary.manifest.version == 2
    assert stages == ["check", "sign", "report"]
    assert summary.compliance is not None
    assert summary.compliance.folder == work / "site-internal" / "compliance"
    assert (work / "site-internal" / "compliance" / "compliance.csv").is_file()

    # A second refresh the same day reuses that report: the dataset is not loaded again.
    import generator.compliance

    def no_report(*args: object, **kwargs: object) -> None:
        raise AssertionError("the day's report was made again")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(generator.compliance, "report_deadlines", no_report)
        again = refresh_site(config, lambda stage, done, total: None)
    assert again.compliance == summary.compliance and again.manifest.version == 3
    # The next day it is made again, the same way (the site itself is still unchanged).
    later = refresh_site(replace(config, as_of=date(2026, 11, 24)), lambda *a: None)
    assert later.compliance is not None and not later.rebuilt
    report = json.loads((work / "site-internal/compliance/compliance.json").read_text("utf-8"))
    assert report["as_of"] == "2026-11-24"


def test_a_day_that_crosses_an_expiry_rebuilds(
    work: Path, keys: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    site = work / "site"
    assert active_ids(site) == {"R1", "R2"}
    old_release = site.resolve()
    capsys.readouterr()
    at(monkeypatch, 3)
    assert run("refresh", work, keys, "2026-11-25") == 0
    out = capsys.readouterr().out
    assert out.startswith("Rebuilt: listing R2 expired on 2026-11-25.\n")
    # The summary ends with the deadline report's line: how many items are overdue.
    assert out.splitlines()[-1].startswith("Deadline report: ")
    assert " overdue, " in out.splitlines()[-1]
    assert site.resolve() != old_release and active_ids(site) == {"R1"}
    assert manifest_version(site) == 2 and verify(work, keys, 3.1) == 0
    state = read_build_state(site)
    assert state is not None and state.release == site.resolve().name
    assert state.as_of == date(2026, 11, 25) and state.stable_until == date(2028, 2, 29)


def test_a_changed_input_file_rebuilds(
    work: Path, keys: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    site = work / "site"
    (work / "data" / "lists" / "black.csv").write_text(
        rows("未按规定公示安全生产信息"), encoding="utf-8"
    )
    capsys.readouterr()
    at(monkeypatch, 1)
    assert run("refresh", work, keys, "2026-11-23") == 0
    out = capsys.readouterr().out
    assert out.startswith("Rebuilt: input changed: the dataset's files changed.\n")
    assert "未按规定公示安全生产信息" in (site / "data" / "snapshot.csv").read_text(
        encoding="utf-8"
    )
    assert verify(work, keys, 1.1) == 0


def test_a_restored_release_is_rebuilt_not_re_signed(work: Path) -> None:
    """The record names the release it describes: any other live release is rebuilt."""
    state = read_build_state(work / "site")
    assert state is not None
    record = releases_dir(work / "site") / "state.json"
    data = json.loads(record.read_bytes())
    data["release"] = "r000099"
    record.write_text(json.dumps(data), encoding="utf-8")
    from generator.buildstate import Fingerprint
    from generator.config import BuildConfig, KeyPaths
    from generator.refresh import _why_rebuild

    config = BuildConfig(
        dataset=work / "data",
        out=work / "site",
        as_of=date(2026, 11, 23),
        built_at=T0,
        site_url="https://credit.example.gov.cn/",
        keys=KeyPaths(Path("x"), None, Path("x"), None),
        env={},
        report_dir=work,
    )
    reason = _why_rebuild(config, state.fingerprint, read_build_state(work / "site"))
    assert reason is not None and "is not the one last built (r000099)" in reason
    assert _why_rebuild(config, Fingerprint(()), state) is not None
    assert _why_rebuild(config, state.fingerprint, state) is None
    earlier = replace(config, as_of=date(2026, 11, 21))
    assert "before the last build's" in (_why_rebuild(earlier, state.fingerprint, state) or "")


# 6: keys unusable; 18: the delegation is not what the format says (as for a build).
@pytest.mark.parametrize(("broken", "exit_code"), [("online.key", 6), ("delegation.json", 18)])
def test_bad_keys_fail_and_leave_the_site_alone(
    work: Path,
    keys: Path,
    broken: str,
    exit_code: int,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    bad = tmp_path / "bad-keys"
    shutil.copytree(keys, bad)
    if broken == "online.key":  # a real key, but not the one the delegation names
        shutil.copy(KEYS / "TEST-ONLY-online2.pem", bad / "online.key")
    else:
        (bad / broken).write_text("{}", encoding="utf-8")
    site = work / "site"
    before, release = tree(releases_dir(site)), site.resolve()
    capsys.readouterr()
    at(monkeypatch, 1)
    code = run("refresh", work, bad, "2026-11-23")
    err = capsys.readouterr().err
    assert code == exit_code
    assert len(err.strip().splitlines()) == 1 and err.startswith("error: ")
    assert site.resolve() == release and tree(releases_dir(site)) == before
    assert verify(work, keys, 0.2) == 0


def test_a_busy_output_fails_clearly(
    work: Path, keys: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import fcntl

    site = work / "site"
    before = tree(releases_dir(site))
    with (releases_dir(site) / ".lock").open("a+") as lock:
        fcntl.flock(lock.fileno(), fcntl.LOCK_EX)
        at(monkeypatch, 1)
        capsys.readouterr()
        assert run("refresh", work, keys, "2026-11-23") == 7
    assert "another build is publishing" in capsys.readouterr().err
    assert tree(releases_dir(site)) == before


# The lifecycle half of the promise: until `next_change`, every day's state is as_of's.
DAY0 = date(2026, 1, 1)
days = st.integers(0, 40).map(lambda n: DAY0 + timedelta(days=n))


@st.composite
def datasets(draw: st.DrawFn) -> Dataset:
    n = draw(st.integers(1, 4))
    listings = []
    for i in range(n):
        start = draw(days)
        listings.append(
            listing(
                f"R{i}",
                decided_on=start,
                valid_until=start + timedelta(days=draw(st.integers(0, 20))),
                uscc=uscc(f"91410100MA000000{draw(st.integers(1, 2))}"),
                list_type=draw(st.sampled_from(list(ListType))),
                domain=draw(st.sampled_from(["a", "b", "c"])),
            )
        )
    objections = []
    for i in draw(st.lists(st.integers(0, n - 1), max_size=3)):
        opened = draw(days)
        wait = draw(st.none() | st.integers(0, 10))
        decided = None if wait is None else opened + timedelta(days=wait)
        state = draw(st.sampled_from(list(ObjectionState)))
        objections.append(Objection(f"R{i}", opened, state, decided))
    exits = [
        Exit(f"R{i}", ExitReason.EXPIRY, draw(days), "示例市应急管理局", "有效期届满")
        for i in draw(st.lists(st.integers(0, n - 1), max_size=2, unique=True))
    ]
    return Dataset(tuple(listings), tuple(exits), tuple(objections), ())


@settings(max_examples=150, deadline=None)
@given(datasets(), days)
def test_nothing_changes_before_next_change(dataset: Dataset, as_of: date) -> None:
    change = next_change(dataset, as_of)
    assert change is None or change > as_of
    state = apply_lifecycle(dataset, as_of)
    last = change or as_of + timedelta(days=100)
    day = as_of
    while day < last:
        assert replace(apply_lifecycle(dataset, day), as_of=as_of) == state, day
        day += timedelta(days=1)


def test_a_database_source_always_rebuilds(work: Path) -> None:
    """A database cannot be fingerprinted cheaply: each look differs, so refresh rebuilds."""
    from generator.buildstate import fingerprint_inputs
    from generator.config import BuildConfig, KeyPaths

    config = BuildConfig(
        dataset=work / "data",
        out=work / "site",
        as_of=date(2026, 11, 23),
        built_at=T0,
        site_url="https://credit.example.gov.cn/",
        keys=KeyPaths(Path("x"), None, Path("x"), None),
        env={},
        report_dir=work,
        source="postgresql://credit@127.0.0.1/lists",
    )
    first, second = fingerprint_inputs(config), fingerprint_inputs(config)
    assert first.changed(second) == ["database"]
    files = fingerprint_inputs(replace(config, source=None))
    assert files.changed(fingerprint_inputs(replace(config, source=None))) == []
    assert "settings" in files.changed(first)


def test_the_refresh_path_loads_neither_the_build_nor_pydantic() -> None:
    """An unchanged site is re-signed in well under a second (issue 22): most of the old
    1.3 s was importing the build (mkdocs, jinja2, the redactor) and pydantic."""
    import subprocess
    import sys

    heavy = {"pydantic", "jinja2", "mkdocs", "markdown_it", "generator.build", "generator.config"}
    code = (
        "import sys, generator.cli, generator.refresh, generator.buildstate\n"
        "print(sorted(m for m in sys.modules if m in HEAVY or m.split('.')[0] in HEAVY))"
    ).replace("HEAVY", repr(heavy))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
