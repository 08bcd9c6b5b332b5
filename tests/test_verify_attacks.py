"""Attack a signed site, served from a folder and over HTTP, with both verifiers.

Every attack must be rejected with its own exit code, by generator.verify (in process)
and by the standalone feeds/verify_feed.py (as a bank runs it: a subprocess).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Protocol

import pytest

from generator.errors import VerifyError
from generator.sign import MANIFEST_PATH, SigningKey
from generator.sign.envelope import seal
from generator.verify import verify_site
from tests.helpers import on_two_processes
from tests.sign_fixtures import (
    SITE_FILES,
    T0,
    copy_site,
    delegation,
    fixture_key,
    serve,
    signed_site,
)

STANDALONE = Path(__file__).parents[1] / "feeds" / "verify_feed.py"
NOW = T0 + timedelta(hours=25)  # build 1 (issued T0) and build 2 (T0 + 24 h) both fresh
OK, SIGNATURE, MISMATCH, EXPIRED, ROLLBACK, MIXED, REVOKED, UNREACHABLE, MALFORMED = (
    0, 11, 12, 13, 14, 15, 16, 17, 18,
)  # fmt: skip


class Sites:
    def __init__(self, www: Path, url: str, root_pub: Path) -> None:
        self.www, self.url, self.root_pub = www, url, root_pub
        self.build1 = signed_site(www / "build1", 1)
        prev = (self.build1 / MANIFEST_PATH).read_bytes()
        self.build2 = signed_site(www / "build2", 2, issued=T0 + timedelta(hours=24), previous=prev)
        self._n = 0

    def fresh(self) -> Path:
        """A new, unused folder inside the served folder."""
        self._n += 1
        return self.www / f"v{self._n}"

    def variant(self, of: Path) -> Path:
        """A fresh copy of a site inside the served folder, to be attacked."""
        return copy_site(of, self.fresh())


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sites]:
    base = tmp_path_factory.mktemp("attacks")
    root_pub = base / "root.pub"
    root_pub.write_bytes(fixture_key("root").public.pem())
    www = base / "www"
    www.mkdir()
    with serve(www) as url:
        yield Sites(www, url, root_pub)


def module_verify(source: str | Path, sites: Sites, now: datetime, state: Path | None) -> int:
    try:
        verify_site(source, sites.root_pub.read_bytes(), now=now, state_file=state)
    except VerifyError as exc:
        assert "\n" not in str(exc)
        return exc.exit_code
    return 0


def standalone_verify(
    source: str | Path, sites: Sites, now: datetime, state: Path | None, *extra: str
) -> int:
    args = [sys.executable, str(STANDALONE), str(source), "--root-key", str(sites.root_pub)]
    args += ["--now", now.isoformat(), *extra]
    if state is not None:
        args += ["--state", str(state)]
    done = subprocess.run(args, capture_output=True, text=True, timeout=60, check=False)
    assert "Traceback" not in done.stderr
    if done.returncode:
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    return done.returncode


VERIFIERS = {"module": module_verify, "standalone": standalone_verify}


class Check(Protocol):
    def __call__(
        self, site: Path, *, url: bool = ..., now: datetime = ..., state: Path | None = ...
    ) -> int: ...


@pytest.fixture(params=sorted(VERIFIERS))
def check(request: pytest.FixtureRequest, sites: Sites) -> Check:
    verifier = VERIFIERS[request.param]

    def run(
        site: Path, *, url: bool = False, now: datetime = NOW, state: Path | None = None
    ) -> int:
        source: str | Path = f"{sites.url}{site.name}/" if url else site
        return verifier(source, sites, now, state)

    return run


@pytest.mark.parametrize("url", [False, True], ids=["dir", "url"])
def test_untouched_site_is_accepted(check: Check, sites: Sites, tmp_path: Path, url: bool) -> None:
    state = tmp_path / "state.json"
    assert check(sites.build1, url=url, state=state) == OK
    assert json.loads(state.read_text())["version"] == 1
    assert check(sites.build2, url=url, state=state) == OK
    assert json.loads(state.read_text())["version"] == 2
    assert check(sites.build2, url=url, state=state) == OK  # the same manifest again is fine


def _flip(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


FLIPPABLE = [*SITE_FILES, "feeds/all.json.sig", "feeds/changes/000001.ndjson.sig"]


@pytest.mark.parametrize("path", FLIPPABLE)
def test_a_flipped_byte_in_any_file_is_rejected(check: Check, sites: Sites, path: str) -> None:
    site = sites.variant(sites.build1)
    _flip(site / path)
    assert check(site) == MISMATCH
    assert check(site, url=True) == MISMATCH


def test_on_two_processes_the_same_attacks_are_rejected(
    sites: Sites, monkeypatch: pytest.MonkeyPatch
) -> None:
    on_two_processes(monkeypatch)
    assert module_verify(sites.build2, sites, NOW, None) == OK
    flipped = sites.variant(sites.build1)
    _flip(flipped / "feeds/all.json")
    assert module_verify(flipped, sites, NOW, None) == MISMATCH
    mixed = sites.variant(sites.build2)
    for path in ("feeds/all.json", "feeds/all.json.sig"):
        shutil.copy(sites.build1 / path, mixed / path)
    assert module_verify(mixed, sites, NOW, None) == MIXED


def _edit_json_text(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_changed_manifest_is_rejected(check: Check, sites: Sites) -> None:
    site = sites.variant(sites.build1)
    entry = json.loads((site / MANIFEST_PATH).read_text())["signed"]["files"]["index.html"]
    digest = entry["sha256"]
    _edit_json_text(site / MANIFEST_PATH, digest, digest[::-1])
    assert check(site) == SIGNATURE
    assert check(site, url=True) == SIGNATURE


def test_a_changed_delegation_is_rejected(check: Check, sites: Sites) -> None:
    site = sites.variant(sites.build1)
    _edit_json_text(site / "keys/delegation.json", '"valid_until":"2027', '"valid_until":"2029')
    assert check(site) == SIGNATURE


def test_missing_and_unlisted_files_are_rejected(check: Check, sites: Sites) -> None:
    missing = sites.variant(sites.build1)
    (missing / "data/snapshot.csv").unlink()
    assert check(missing) == MISMATCH
    assert check(missing, url=True) == MISMATCH
    extra = sites.variant(sites.build1)
    (extra / "feeds/injected.json").write_text("{}")
    assert check(extra) == MISMATCH


def test_an_older_manifest_replayed_is_a_rollback(
    check: Check, sites: Sites, tmp_path: Path
) -> None:
    state = tmp_path / "state.json"
    assert check(sites.build2, url=True, state=state) == OK
    assert check(sites.build1, url=True, state=state) == ROLLBACK
    assert check(sites.build1, state=state) == ROLLBACK
    assert json.loads(state.read_text())["version"] == 2  # a failure leaves the state alone


def test_same_version_other_content_is_a_rollback(
    check: Check, sites: Sites, tmp_path: Path
) -> None:
    state = tmp_path / "state.json"
    assert check(sites.build1, state=state) == OK
    other = signed_site(sites.fresh(), 7)  # also version 1
    assert check(other, state=state) == ROLLBACK


def test_a_fork_that_does_not_continue_the_last_seen_is_a_rollback(
    check: Check, sites: Sites, tmp_path: Path
) -> None:
    state = tmp_path / "state.json"
    assert check(sites.build1, state=state) == OK
    other_v1 = (signed_site(tmp_path / "other", 8) / MANIFEST_PATH).read_bytes()
    fork = signed_site(sites.fresh(), 9, previous=other_v1)  # version 2
    assert check(fork, state=state) == ROLLBACK


def test_an_expired_manifest_is_a_freeze(check: Check, sites: Sites) -> None:
    assert check(sites.build1, now=T0 + timedelta(hours=48)) == EXPIRED
    assert check(sites.build1, url=True, now=T0 + timedelta(hours=48, seconds=1)) == EXPIRED
    assert check(sites.build1, now=T0 + timedelta(hours=47, minutes=59)) == OK


def test_feed_files_from_another_build_are_mix_and_match(check: Check, sites: Sites) -> None:
    site = sites.variant(sites.build2)
    for path in ("feeds/all.json", "feeds/all.json.sig"):
        shutil.copy(sites.build1 / path, site / path)
    assert check(site) == MIXED
    assert check(site, url=True) == MIXED


def test_a_new_manifest_over_old_files_is_mix_and_match(check: Check, sites: Sites) -> None:
    site = sites.variant(sites.build1)
    shutil.copy(sites.build2 / MANIFEST_PATH, site / MANIFEST_PATH)
    assert check(site) == MIXED


def test_an_unsigned_file_from_another_build_is_a_mismatch(check: Check, sites: Sites) -> None:
    # Without a detached signature nothing tells an old file from a forged one.
    site = sites.variant(sites.build2)
    shutil.copy(sites.build1 / "data/snapshot.csv", site / "data/snapshot.csv")
    assert check(site) == MISMATCH


def _forge_manifest(site: Path, signer: SigningKey, claimed_key_id: str) -> None:
    """Re-sign the site's own manifest with `signer`, claiming `claimed_key_id`."""
    signed = json.loads((site / MANIFEST_PATH).read_text())["signed"]
    signed["key_id"] = claimed_key_id
    (site / MANIFEST_PATH).write_bytes(seal(signed, signer))


def test_a_manifest_signed_by_an_unknown_key_is_rejected(check: Check, sites: Sites) -> None:
    attacker = SigningKey(fixture_key("online2").private)  # never delegated by delegation 1
    own = sites.variant(sites.build1)
    _forge_manifest(own, attacker, attacker.key_id)
    assert check(own) == SIGNATURE
    assert check(own, url=True) == SIGNATURE
    claimed = sites.variant(sites.build1)
    _forge_manifest(claimed, attacker, fixture_key("online").key_id)
    assert check(claimed) == SIGNATURE


def test_a_whole_site_under_another_root_is_rejected(check: Check, sites: Sites) -> None:
    from generator.sign import delegate_key, sign_tree

    site = sites.variant(sites.build1)
    fake_root, online = fixture_key("online2"), fixture_key("online")
    fake = delegate_key(
        fake_root, online.public, version=5, valid_from=T0 - timedelta(days=1),
        valid_until=T0 + timedelta(days=9),
    )  # fmt: skip
    sign_tree(site, online, fake, issued=T0, expires=T0 + timedelta(days=2), previous_manifest=None)
    assert check(site) == SIGNATURE


def test_a_key_revoked_by_a_newer_delegation_is_rejected(
    check: Check, sites: Sites, tmp_path: Path
) -> None:
    old_key = fixture_key("online").key_id
    newer = delegation("online2", version=2, revoked=(old_key,))
    # The attacker holds the old online key and serves the current delegation with it.
    site = sites.variant(sites.build1)
    (site / "keys/delegation.json").write_bytes(newer.data)
    assert check(site) == REVOKED
    assert check(site, url=True) == REVOKED
    # A consumer that has seen the revocation refuses the old key even with the old delegation.
    state = tmp_path / "state.json"
    rotated = signed_site(
        sites.fresh(), 3, key="online2", signed_delegation=newer,
        issued=T0 + timedelta(hours=30), previous=(sites.build2 / MANIFEST_PATH).read_bytes(),
    )  # fmt: skip
    assert check(rotated, now=T0 + timedelta(hours=31), state=state) == OK
    assert check(sites.build1, now=T0 + timedelta(hours=31), state=state) == REVOKED


def test_an_expired_delegation_is_rejected(check: Check, sites: Sites) -> None:
    short = delegation(until=T0 + timedelta(hours=24))
    site = signed_site(sites.fresh(), 4, signed_delegation=short)
    assert check(site, now=T0 + timedelta(hours=23)) == OK
    assert check(site, now=T0 + timedelta(hours=30)) == REVOKED  # manifest itself still fresh
    assert check(site, url=True, now=T0 + timedelta(hours=30)) == REVOKED


def test_unreachable_and_malformed_sources(check: Check, sites: Sites, tmp_path: Path) -> None:
    assert check(tmp_path / "nowhere") == UNREACHABLE
    assert check(tmp_path / "nowhere", url=True) == UNREACHABLE  # 404 for manifest.json
    site = sites.variant(sites.build1)
    (site / MANIFEST_PATH).write_text('{"signed": {"version": 1.5}, "signatures": []}')
    assert check(site) == MALFORMED
    site = sites.variant(sites.build1)
    text = (site / MANIFEST_PATH).read_text()
    (site / MANIFEST_PATH).write_text(text.replace('"signed":{', '"signed":{"version":99,', 1))
    assert check(site) == MALFORMED  # duplicate key


def test_a_path_escaping_the_site_is_malformed(check: Check, sites: Sites) -> None:
    site = sites.variant(sites.build1)
    signed = json.loads((site / MANIFEST_PATH).read_text())["signed"]
    signed["files"]["../outside"] = {"sha256": "0" * 64, "length": 1}
    (site / MANIFEST_PATH).write_bytes(seal(signed, fixture_key("online")))
    assert check(site) == MALFORMED


def test_the_standalone_checks_one_feed_and_writes_it_only_when_verified(
    sites: Sites, tmp_path: Path
) -> None:
    out = tmp_path / "all.json"
    args = ("--file", "feeds/all.json", "--output", str(out))
    url = f"{sites.url}build1/"
    assert standalone_verify(url, sites, NOW, None, *args) == OK
    assert out.read_bytes() == (sites.build1 / "feeds/all.json").read_bytes()
    out.unlink()
    site = sites.variant(sites.build1)
    _flip(site / "data/snapshot.csv")  # not the file asked for: still fine
    assert standalone_verify(site, sites, NOW, None, *args) == OK
    _flip(site / "feeds/all.json")
    out.unlink()
    assert standalone_verify(site, sites, NOW, None, *args) == MISMATCH
    assert not out.exists()
    assert standalone_verify(sites.build1, sites, T0 + timedelta(days=3), None, *args) == EXPIRED


def test_the_state_file_records_what_was_verified(sites: Sites, tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    assert module_verify(sites.build2, sites, NOW, state) == OK
    recorded = json.loads(state.read_text())
    manifest_bytes = (sites.build2 / MANIFEST_PATH).read_bytes()
    assert recorded == {
        "version": 2,
        "manifest_sha256": hashlib.sha256(manifest_bytes).hexdigest(),
        "delegation_version": 1,
        "key_id": fixture_key("online").key_id,
        "revoked": [],
        "changes": {},  # these fixture sites have no change-log index
    }
    copy = tmp_path / "copy.json"
    assert standalone_verify(sites.build2, sites, NOW, copy) == OK
    assert copy.read_bytes() == state.read_bytes()  # the twins keep the same state format


def test_a_fast_forward_by_a_stolen_key_ends_with_its_revocation(
    check: Check, sites: Sites, tmp_path: Path
) -> None:
    # The thief of the online key makes the consumer accept version 1000 ...
    signed = json.loads((sites.build2 / MANIFEST_PATH).read_text())["signed"]
    signed["version"] = 999
    stolen_previous = seal(signed, fixture_key("online"))
    state = tmp_path / "state.json"
    forward = signed_site(
        sites.fresh(), 5, issued=T0 + timedelta(hours=25), previous=stolen_previous
    )
    assert check(forward, now=T0 + timedelta(hours=26), state=state) == OK
    assert json.loads(state.read_text())["version"] == 1000
    # ... the root rotates to a new online key and revokes the stolen one: the publisher's
    # next manifest (version 3) is accepted, the thief's is refused from now on.
    newer = delegation("online2", version=2, revoked=(fixture_key("online").key_id,))
    rotated = signed_site(
        sites.fresh(), 6, key="online2", signed_delegation=newer,
        issued=T0 + timedelta(hours=30), previous=(sites.build2 / MANIFEST_PATH).read_bytes(),
    )  # fmt: skip
    assert check(rotated, now=T0 + timedelta(hours=31), state=state) == OK
    assert json.loads(state.read_text())["version"] == 3
    assert check(forward, now=T0 + timedelta(hours=31), state=state) == REVOKED
