"""The transparency log through the CLI: two consecutive builds grow one log, `prove` and
`verify-proof` answer for a listed and an unlisted subject on a past day, and each way of
falsifying history is refused with its own exit code (folder and HTTP)."""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from generator.cli import main
from generator.demo import write_demo_dataset
from generator.errors import TransparencyLogError
from generator.sign import MANIFEST_PATH, sign_tree
from generator.tlog.claim import decode, encode
from generator.tlog.consumer import LogState, check_growth
from generator.tlog.log import check_extends, log_origin, read_previous_log
from generator.tlog.merkle import Tree, leaf_hash
from generator.tlog.note import Checkpoint, sign_checkpoint
from generator.tlog.tiles import CHECKPOINT, LOG_DIR, write_tiles
from tests.sign_fixtures import T0, delegation, fixture_key, serve, write_key_folder

ORIGIN = log_origin("https://credit.example.gov.cn/")
STANDALONE = Path(__file__).parents[1] / "feeds" / "verify_feed.py"
Verifier = Callable[[list[str]], int]


def _standalone(args: list[str]) -> int:
    """feeds/verify_feed.py as a bank runs it; `verify SITE` is its default form."""
    argv = args[1:] if args[0] == "verify" else args
    done = subprocess.run([sys.executable, str(STANDALONE), *argv], capture_output=True)
    return done.returncode


@pytest.fixture(params=["module", "standalone"])
def verifier(request: pytest.FixtureRequest) -> Verifier:
    return main if request.param == "module" else _standalone


@pytest.fixture(autouse=True)
def fixed_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(T0.timestamp())))
    for name in ("CREDITSITE_SIGNING_KEY", "CREDITSITE_PSEUDONYM_KEY", "CREDITSITE_KEY_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_key_folder(tmp_path_factory.mktemp("keys"))


@pytest.fixture(scope="module")
def two_builds(keys: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Day 1 built and kept aside (with the state a bank saved), then day 2 on top of it."""
    base = tmp_path_factory.mktemp("tlog")
    data = base / "data"
    write_demo_dataset(data, 20, 5, date(2026, 11, 22))
    out = base / "site"
    state = base / "state.json"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", str(int(T0.timestamp())))
        args = ["--out", str(out), "--keys", str(keys)]
        assert main(["build", str(data), "--as-of", "2026-11-22", *args]) == 0
        day1 = shutil.copytree(out, base / "day1", symlinks=False)
        root = str(keys / "root.pub")
        now = (T0 + timedelta(hours=1)).isoformat()
        assert (
            main(["verify", str(day1), "--root-key", root, "--state", str(state), "--now", now])
            == 0
        )
        mp.setenv("SOURCE_DATE_EPOCH", str(int((T0 + timedelta(days=1)).timestamp())))
        assert main(["build", str(data), "--as-of", "2026-11-23", *args]) == 0
    return {"day1": day1, "site": out, "state": state, "base": base}


def _checkpoint(site: Path) -> list[str]:
    return (site / CHECKPOINT).read_text().split("\n")


def test_consecutive_builds_grow_one_consistent_log(two_builds: dict[str, Path]) -> None:
    day1, day2 = (
        read_previous_log(two_builds["day1"], ORIGIN),
        read_previous_log(two_builds["site"], ORIGIN),
    )
    assert day1 is not None and day2 is not None
    assert day2.checkpoint.size > day1.checkpoint.size
    assert day2.entries[: day1.checkpoint.size] == day1.entries
    check_extends(day1.checkpoint, day2.checkpoint, Tree(day2.leaves))
    assert _checkpoint(two_builds["site"])[0] == "credit.example.gov.cn/log"
    # The last leaf of each build commits to its snapshot, dated.
    assert day1.entries[-1].startswith(b"creditsite/snapshot/v1 2026-11-22 ")
    assert day2.entries[-1].startswith(b"creditsite/snapshot/v1 2026-11-23 ")
    # No event's content or id is in the log: only sequence numbers and commitments.
    text = b"".join(day2.entries)
    assert b"urn:creditsite" not in text and b"XY20" not in text


def test_a_bank_with_state_accepts_the_next_build(
    two_builds: dict[str, Path], keys: Path, tmp_path: Path
) -> None:
    state = tmp_path / "state.json"
    shutil.copy(two_builds["state"], state)
    now = (T0 + timedelta(hours=25)).isoformat()
    args = ["--root-key", str(keys / "root.pub"), "--state", str(state), "--now", now]
    assert main(["verify", str(two_builds["site"]), *args]) == 0
    saved = json.loads(state.read_text())["log"]
    assert saved["size"] == int(_checkpoint(two_builds["site"])[1])


def _active_subject(site: Path) -> str:
    snapshot = json.loads((site / "data" / "snapshot.json").read_text())
    return str(snapshot["records"][0]["subject_id"])


def _prove(site: Path, keys: Path, subject: str, on: str, out: Path) -> int:
    return main(
        [
            "prove",
            str(site),
            "--subject",
            subject,
            "--on",
            on,
            "--out",
            str(out),
            "--keys",
            str(keys),
        ]
    )


def test_prove_and_verify_a_listed_and_an_unlisted_subject_on_a_past_day(
    two_builds: dict[str, Path], keys: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = two_builds["site"]
    listed = _active_subject(two_builds["day1"])
    unlisted = "91110000MA00000000"  # never in the invented data
    root = ["--root-key", str(keys / "root.pub")]
    for subject, expect in (
        (listed, "active listing(s) on 2026-11-22"),
        (unlisted, "had no active listing on 2026-11-22"),
    ):
        proof = tmp_path / f"{subject}.tlog-proof"
        assert _prove(site, keys, subject, "2026-11-22", proof) == 0
        assert proof.read_bytes().startswith(b"c2sp.org/tlog-proof@v1\nextra ")
        assert len(proof.read_bytes()) <= 4096
        capsys.readouterr()
        assert (
            main(["verify-proof", str(proof), *root, "--subject", subject, "--on", "2026-11-22"])
            == 0
        )
        assert expect in capsys.readouterr().out
        done = subprocess.run(
            [sys.executable, str(STANDALONE), "verify-proof", str(proof), *root],
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0 and expect in done.stdout
    # A day without a build cannot be proved (exit 3, a plain message).
    assert _prove(site, keys, listed, "2026-11-21", tmp_path / "x") == 3


def _proof(two_builds: dict[str, Path], keys: Path, tmp_path: Path) -> Path:
    proof = tmp_path / "p.tlog-proof"
    assert (
        _prove(two_builds["site"], keys, _active_subject(two_builds["day1"]), "2026-11-22", proof)
        == 0
    )
    return proof


def test_a_proof_for_the_wrong_day_or_subject_is_refused(
    two_builds: dict[str, Path], keys: Path, tmp_path: Path, verifier: Verifier
) -> None:
    proof = _proof(two_builds, keys, tmp_path)
    root = ["--root-key", str(keys / "root.pub")]
    assert verifier(["verify-proof", str(proof), *root, "--on", "2026-11-23"]) == 24
    assert verifier(["verify-proof", str(proof), *root, "--subject", "91110000MA00000000"]) == 24
    # The claim rewritten inside the proof: the logged snapshot still says 2026-11-22.
    lines = proof.read_bytes().split(b"\n")
    claim = replace(decode(base64.b64decode(lines[1][6:])), day="2026-11-23")
    lines[1] = b"extra " + base64.b64encode(encode(claim))
    proof.write_bytes(b"\n".join(lines))
    assert verifier(["verify-proof", str(proof), *root]) == 24


def test_a_tampered_proof_is_refused(
    two_builds: dict[str, Path], keys: Path, tmp_path: Path, verifier: Verifier
) -> None:
    proof = _proof(two_builds, keys, tmp_path)
    root = ["--root-key", str(keys / "root.pub")]
    good = proof.read_bytes()
    lines = good.split(b"\n")
    claim = decode(base64.b64decode(lines[1][6:]))
    # Hide one of the subject's listings, or claim another's neighbour: no longer the tree.
    for forged in (
        replace(claim, run=claim.run[1:], salt=claim.salt if claim.run[1:] else None),
        replace(claim, before=None, start=0),
        replace(claim, proof=claim.proof[:-1]),
    ):
        if forged == claim:  # the subject's run already starts the tree
            continue
        lines[1] = b"extra " + base64.b64encode(encode(forged))
        proof.write_bytes(b"\n".join(lines))
        assert verifier(["verify-proof", str(proof), *root]) == 25
    # A flipped bit in the log's inclusion path.
    lines = good.split(b"\n")
    path = bytearray(base64.b64decode(lines[3]))
    path[0] ^= 1
    lines[3] = base64.b64encode(bytes(path))
    proof.write_bytes(b"\n".join(lines))
    assert verifier(["verify-proof", str(proof), *root]) == 25


def test_a_checkpoint_signed_by_an_unknown_key_is_refused(
    two_builds: dict[str, Path], keys: Path, tmp_path: Path, verifier: Verifier
) -> None:
    proof = _proof(two_builds, keys, tmp_path)
    head, _, note = proof.read_bytes().partition(b"\n\n")
    text = note.decode().split("\n\n")[0] + "\n"
    size, root_b64 = text.split("\n")[1:3]
    forged = sign_checkpoint(
        Checkpoint(text.split("\n")[0], int(size), base64.b64decode(root_b64)),
        fixture_key("online2"),
    )
    proof.write_bytes(head + b"\n\n" + forged.encode())
    assert verifier(["verify-proof", str(proof), "--root-key", str(keys / "root.pub")]) == 23


# --- a publisher falsifying its log, seen by a bank that kept its state ----------------


def _forge(site: Path, dst: Path, change: str) -> Path:
    """A copy of `site` whose log is rewritten and whose whole tree is re-signed with the
    real keys: only the log can tell."""
    shutil.copytree(site, dst)
    log = read_previous_log(dst, ORIGIN)
    assert log is not None
    entries = list(log.entries)
    if change == "rewrite":
        entries[0] = entries[0][:-1] + (b"0" if entries[0][-1:] != b"0" else b"1")
    elif change == "drop":
        entries = entries[:-3]
    elif change == "fork":
        entries[-1] = entries[-1].replace(b"2026-11-22", b"2026-11-21")
    shutil.rmtree(dst / LOG_DIR)
    tree = Tree([leaf_hash(e) for e in entries])
    write_tiles(dst, tree, entries)
    key = fixture_key("online")
    (dst / CHECKPOINT).write_text(sign_checkpoint(Checkpoint(ORIGIN, tree.size, tree.hash()), key))
    previous = (dst / MANIFEST_PATH).read_bytes()
    sign_tree(
        dst,
        key,
        delegation(),
        issued=T0 + timedelta(hours=30),
        expires=T0 + timedelta(hours=70),
        previous_manifest=previous,
    )
    return dst


@pytest.mark.parametrize(
    ("change", "base", "code"),
    [("fork", "day1", 20), ("rewrite", "site", 21), ("drop", "day1", 22)],
)
def test_a_falsified_log_is_refused_by_a_bank_with_state(
    two_builds: dict[str, Path],
    keys: Path,
    tmp_path: Path,
    change: str,
    base: str,
    code: int,
    verifier: Verifier,
) -> None:
    forged = _forge(two_builds[base], tmp_path / "forged", change)
    now = (T0 + timedelta(hours=31)).isoformat()
    state = tmp_path / "state.json"
    for source in ("folder", "http"):
        shutil.copy(two_builds["state"], state)
        args = ["--root-key", str(keys / "root.pub"), "--state", str(state), "--now", now]
        if source == "folder":
            assert verifier(["verify", str(forged), *args]) == code
        else:
            with serve(forged) as url:
                assert verifier(["verify", url, *args]) == code
        # Without the state the forged site is internally consistent: that is what the
        # state is for.
        assert (
            verifier(["verify", str(forged), "--root-key", str(keys / "root.pub"), "--now", now])
            == 0
        )


def test_the_build_refuses_a_log_that_would_not_extend_the_published_one() -> None:
    leaves = [leaf_hash(b"%d" % i) for i in range(10)]
    tree = Tree(leaves)
    old = Checkpoint(ORIGIN, 7, Tree(leaves[:7]).hash())
    check_extends(old, Checkpoint(ORIGIN, 10, tree.hash()), tree)
    rewritten = Tree([leaf_hash(b"x"), *leaves[1:]])
    with pytest.raises(TransparencyLogError):
        check_extends(old, Checkpoint(ORIGIN, 10, rewritten.hash()), rewritten)
    with pytest.raises(TransparencyLogError):
        check_extends(old, Checkpoint(ORIGIN, 5, Tree(leaves[:5]).hash()), Tree(leaves[:5]))


def test_consumer_growth_rules() -> None:
    leaves = [leaf_hash(b"%d" % i) for i in range(10)]
    tree = Tree(leaves)

    def state(n: int, t: Tree) -> LogState:
        return LogState(ORIGIN, n, base64.b64encode(t.hash(0, n)).decode())

    check_growth(state(4, tree), state(10, tree), tree)
    check_growth(state(10, tree), state(10, tree), tree)
