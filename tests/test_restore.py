"""`creditsite restore`: an earlier release published again as the next manifest version,
so that consumers who remember versions accept it and the bad release can be deleted."""

from __future__ import annotations

import json
import os
from datetime import timedelta
from pathlib import Path

import pytest

from generator.cli import main
from generator.publish import releases_dir
from generator.verify import verify_site
from tests.helpers import tree
from tests.sign_fixtures import T0, fixture_key
from tests.test_cli_build import build, dataset, keys  # noqa: F401  (module fixtures)

LATER = T0 + timedelta(days=30)


def _at(monkeypatch: pytest.MonkeyPatch, moment: object) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(moment.timestamp())))  # type: ignore[attr-defined]


def _version(site: Path) -> int:
    return int(json.loads((site / "manifest.json").read_bytes())["signed"]["version"])


def test_restore_republishes_the_earlier_release_as_the_next_version(
    dataset: Path,  # noqa: F811
    keys: Path,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "site"
    root = fixture_key("root").public.raw
    _at(monkeypatch, T0)
    assert build(dataset, keys, out) == 0
    # The log is the one part a restore does not put back: it only grows (below).
    first = {
        k: v for k, v in tree(out).items() if k != "manifest.json" and not k.startswith("log/")
    }
    state = tmp_path / "state.json"
    _at(monkeypatch, LATER)
    args = ["build", str(dataset), "--out", str(out), "--as-of", "2026-12-22"]
    assert main([*args, "--keys", str(keys)]) == 0
    verify_site(str(out), root, now=LATER, state_file=state)
    bad = out.resolve()
    assert _version(out) == 2

    _at(monkeypatch, LATER + timedelta(hours=1))
    size_before = int((out / "log/checkpoint").read_text().split("\n")[1])
    assert main(["restore", "--out", str(out), "--keys", str(keys), "--purge"]) == 0

    restored = tree(out)
    content = {
        k: v for k, v in restored.items() if k != "manifest.json" and not k.startswith("log/")
    }
    assert content == first
    assert _version(out) == 3
    # The live log plus one leaf saying what was restored, never the old, shorter log.
    lines = (out / "log/checkpoint").read_text().split("\n")
    assert int(lines[1]) == size_before + 1
    # A consumer who saw version 2 accepts the restored site: the version went up.
    verify_site(str(out), root, now=LATER + timedelta(hours=2), state_file=state)
    assert not bad.exists()
    assert sorted(p.name for p in releases_dir(out).glob("r[0-9]*")) == ["r000001", "r000003"]


def test_restore_refuses_what_cannot_be_restored(
    keys: Path,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _at(monkeypatch, T0)
    out = tmp_path / "nothing"
    assert main(["restore", "--out", str(out), "--keys", str(keys)]) == 7
    assert "nothing is published" in capsys.readouterr().err
    assert not os.path.lexists(out)


def test_restore_of_the_live_or_an_unknown_release_fails_and_changes_nothing(
    dataset: Path,  # noqa: F811
    keys: Path,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "site"
    _at(monkeypatch, T0)
    assert build(dataset, keys, out) == 0
    before = tree(out)
    cmd = ["restore", "--out", str(out), "--keys", str(keys)]
    assert main([*cmd, "--release", "r000001"]) == 7
    assert "already published" in capsys.readouterr().err
    assert main([*cmd, "--release", "r000009"]) == 7
    assert "no release 'r000009'" in capsys.readouterr().err
    assert main(cmd) == 7
    assert "no release older" in capsys.readouterr().err
    assert tree(out) == before
