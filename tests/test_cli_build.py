"""The whole chain through the CLI: exit codes, reproducibility, the leak gate's veto, and
the golden signed output (fixed TEST-ONLY keys, fixed time: Ed25519 is deterministic).

Regenerate the golden signed files with:
    CREDITSITE_REGEN_GOLDEN=1 .venv/bin/pytest tests/test_cli_build.py
"""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

import generator.build
from generator.cli import main
from generator.demo import write_demo_dataset
from tests.helpers import tree
from tests.sign_fixtures import T0, serve, write_key_folder

GOLDEN = Path(__file__).parent / "golden" / "signed"
REGEN = "CREDITSITE_REGEN_GOLDEN=1 .venv/bin/pytest tests/test_cli_build.py"


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("ds") / "data"
    write_demo_dataset(root, 20, 5, date(2026, 11, 22))
    return root


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_key_folder(tmp_path_factory.mktemp("keys"))


@pytest.fixture(autouse=True)
def fixed_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(T0.timestamp())))
    for name in ("CREDITSITE_SIGNING_KEY", "CREDITSITE_PSEUDONYM_KEY", "CREDITSITE_KEY_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)


def build(dataset: Path, keys: Path, out: Path, *extra: str) -> int:
    args = ["build", str(dataset), "--out", str(out), "--as-of", "2026-11-22"]
    return main([*args, "--keys", str(keys), *extra])


@pytest.fixture(scope="module")
def built(dataset: Path, keys: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pub") / "site"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", str(int(T0.timestamp())))
        assert build(dataset, keys, out) == 0
    return out


def test_build_publishes_a_verifiable_site(
    built: Path, keys: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert built.is_symlink() and (built / "index.html").is_file()
    assert (built / "manifest.json").is_file() and (built / "feeds" / "all.json.sig").is_file()
    report = built.parent / "site-internal" / "redaction-report.json"
    assert report.is_file() and not (built / "redaction-report.json").exists()
    state = built.parent / "state.json"
    args = ["verify", str(built), "--root-key", str(keys / "root.pub"), "--state", str(state)]
    assert main([*args, "--now", "2026-11-23T00:00:00Z"]) == 0
    assert "OK:" in capsys.readouterr().out


def test_same_inputs_give_a_byte_identical_site(
    built: Path, dataset: Path, keys: Path, tmp_path: Path
) -> None:
    again = tmp_path / "site"
    assert build(dataset, keys, again) == 0
    assert tree(again) == tree(built)


def test_no_key_material_or_secret_in_the_output(built: Path, keys: Path) -> None:
    secrets = [b"PRIVATE KEY", b"TEST-ONLY pseudonym key"]
    for name, data in tree(built).items():
        for secret in secrets:
            assert secret not in data, name


def test_a_leak_after_redaction_fails_the_build_and_keeps_the_old_site(
    built: Path, dataset: Path, keys: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:  # fmt: skip
    out = built.parent / "leaky"
    assert build(dataset, keys, out) == 0
    before = tree(out)
    checked = generator.build.check_dataset(dataset)
    person = next(x for x in checked.dataset.listings if x.subject_type.is_person)
    render = generator.build.render_site

    def leaky_render(public, rules, staging, **kw):  # type: ignore[no-untyped-def]
        summary = render(public, rules, staging, **kw)
        page = staging / "about-leak" / "index.html"
        page.parent.mkdir()
        page.write_text(f"<p>{person.name}</p>", encoding="utf-8")
        return summary

    monkeypatch.setattr(generator.build, "render_site", leaky_render)
    assert build(dataset, keys, out) == 5
    err = capsys.readouterr().err
    assert "about-leak/index.html" in err and person.record_id in err
    assert person.name not in err  # the gate names the kind, never the value
    assert "nothing was published" in err
    assert tree(out) == before


def test_data_errors_publish_nothing(
    dataset: Path, keys: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(dataset, broken)
    (broken / "lists" / "extra.csv").write_text("record_id,手机号\nX1,13800000000\n", "utf-8")
    out = tmp_path / "site"
    assert build(broken, keys, out) == 2
    assert "unknown column" in capsys.readouterr().err
    assert not out.exists()


def test_missing_keys_fail_before_any_work(
    dataset: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert build(dataset, tmp_path / "nokeys", tmp_path / "site") == 6
    assert "cannot read the public key" in capsys.readouterr().err
    assert not (tmp_path / "site").exists()


def test_golden_signed_output(built: Path) -> None:
    """manifest.json, the delegation and every detached signature, byte for byte."""
    signed = {
        name: data
        for name, data in tree(built).items()
        if name in ("manifest.json", "keys/delegation.json") or name.endswith(".sig")
    }
    if os.environ.get("CREDITSITE_REGEN_GOLDEN"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for name, data in signed.items():
            (GOLDEN / name).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / name).write_bytes(data)
    expected = tree(GOLDEN)
    assert sorted(signed) == sorted(expected), f"signed files changed; regenerate with: {REGEN}"
    for name, data in signed.items():
        assert data == expected[name], f"{name} differs; regenerate with: {REGEN}"


def test_a_built_site_served_over_http_is_verified_and_every_tampered_kind_rejected(
    built: Path, keys: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The attack tests of tests/test_verify_attacks.py use a synthetic tree; this one takes
    the real output of the chain: one file of every kind it publishes, one byte flipped."""
    site = tmp_path / "copy"
    shutil.copytree(built.resolve(), site)
    root_pub = str(keys / "root.pub")
    now = ["--now", "2026-11-23T00:00:00Z"]
    with serve(site) as url:
        # Built for https://credit.example.gov.cn/ (the default --site-url), served here: the
        # URL is not the site, so the site is named, as for a mirror.
        assert main(["verify", url, "--root-key", root_pub, *now]) == 11
        assert "signed for the site https://credit.example.gov.cn/" in capsys.readouterr().err
        site_option = ["--site", "https://credit.example.gov.cn/"]
        assert main(["verify", url, "--root-key", root_pub, *now, *site_option]) == 0
    by_kind: dict[str, Path] = {}
    for path in sorted(site.rglob("*")):
        if path.is_file() and path.name != "manifest.json":
            by_kind.setdefault("".join(path.suffixes[-2:]) or path.name, path)
    assert {".html", ".json", ".xml", ".csv", ".ndjson", ".sig", ".css", ".js"} <= {
        p.suffix for p in by_kind.values()
    }
    for path in by_kind.values():
        original = path.read_bytes()
        data = bytearray(original)
        data[len(data) // 2] ^= 0x01
        path.write_bytes(bytes(data))
        try:
            code = main(["verify", str(site), "--root-key", root_pub, *now])
        finally:
            path.write_bytes(original)
        assert code in (11, 12, 15, 18), (path.relative_to(site), code)
    capsys.readouterr()
    assert main(["verify", str(site), "--root-key", root_pub, *now]) == 0
