"""The compress stage: `.gz`/`.br` siblings that decode to their original, byte-identical on
every run, only where they help, and signed and verified like every other file."""

from __future__ import annotations

import gzip
import os
from datetime import timedelta
from pathlib import Path

import brotli
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.compress import MIN_BYTES, compress_tree
from generator.errors import FileMismatchError
from generator.sign import sign_tree
from generator.verify import verify_site
from tests.helpers import on_two_processes, tree
from tests.sign_fixtures import T0, delegation, fixture_key, serve

PAGE = ("<p>示例市信用红黑名单公示 credit list page</p>\n" * 80).encode("utf-8")


def _write(root: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    return root


def test_text_files_get_siblings_that_decode_to_the_original(tmp_path: Path) -> None:
    names = ["index.html", "a/b.css", "c.js", "d.json", "feeds/e.rss.xml", "feeds/changes/1.ndjson",
             "data/s.csv", "stats/chart.svg", "robots.txt"]  # fmt: skip
    _write(tmp_path, dict.fromkeys(names, PAGE))
    summary = compress_tree(tmp_path)
    for name in names:
        assert gzip.decompress((tmp_path / (name + ".gz")).read_bytes()) == PAGE
        assert brotli.decompress((tmp_path / (name + ".br")).read_bytes()) == PAGE
    assert summary.files == summary.gzip_files == summary.brotli_files == len(names)
    assert summary.original_bytes == len(names) * len(PAGE)
    assert summary.brotli_bytes < summary.gzip_bytes < summary.original_bytes


def test_gzip_header_carries_no_time_and_no_name(tmp_path: Path) -> None:
    _write(tmp_path, {"index.html": PAGE})
    compress_tree(tmp_path)
    header = (tmp_path / "index.html.gz").read_bytes()[:10]
    assert header[3] == 0  # FLG: no FNAME, no comment
    assert header[4:8] == b"\0\0\0\0"  # MTIME


def test_what_is_left_alone(tmp_path: Path) -> None:
    noise = os.urandom(4096)
    files = {
        "small.html": b"<p>short</p>",
        "exact.html": PAGE[: MIN_BYTES - 1],
        "image.png": PAGE,
        "feeds/all.json.sig": PAGE,
        "pagefind/fragment/zh_1.pf_fragment": gzip.compress(PAGE, mtime=0),
        "pagefind/pagefind-entry.json": gzip.compress(PAGE, mtime=0),  # gzip, whatever the name
        "random.json": noise,  # does not get smaller
    }
    _write(tmp_path, files)
    summary = compress_tree(tmp_path)
    assert tree(tmp_path) == files
    assert summary.files == 0


def test_running_twice_gives_the_same_tree(tmp_path: Path) -> None:
    _write(tmp_path, {"index.html": PAGE, "feeds/all.json": PAGE})
    compress_tree(tmp_path)
    first = tree(tmp_path)
    second = compress_tree(tmp_path)
    assert tree(tmp_path) == first
    assert not any(name.endswith((".gz.gz", ".br.br", ".tmp")) for name in first)
    assert second.files == 2


def test_two_processes_give_the_same_tree_and_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = {f"lists/page/{i}/index.html": PAGE * (1 + i % 7) for i in range(40)}
    files |= {"feeds/all.json": PAGE * 60, "small.html": b"<p>short</p>"}
    one = compress_tree(_write(tmp_path / "one", files))
    on_two_processes(monkeypatch)
    two = compress_tree(_write(tmp_path / "two", files))
    assert two == one
    assert tree(tmp_path / "two") == tree(tmp_path / "one")
    assert one.files == 41


@settings(max_examples=40, deadline=None)
@given(st.text(min_size=0, max_size=3000))
def test_every_sibling_decodes_to_its_original_and_is_deterministic(text: str) -> None:
    import tempfile

    data = text.encode("utf-8")
    outputs = []
    for _ in range(2):
        with tempfile.TemporaryDirectory() as tmp:
            root = _write(Path(tmp), {"page.html": data})
            compress_tree(root)
            outputs.append(tree(root))
    assert outputs[0] == outputs[1]
    out = outputs[0]
    assert out["page.html"] == data
    if "page.html.gz" in out:
        assert len(data) >= MIN_BYTES and len(out["page.html.gz"]) < len(data)
        assert gzip.decompress(out["page.html.gz"]) == data
    if "page.html.br" in out:
        assert len(data) >= MIN_BYTES and len(out["page.html.br"]) < len(data)
        assert brotli.decompress(out["page.html.br"]) == data


def _signed(root: Path) -> Path:
    _write(root, {"index.html": PAGE, "feeds/all.json": PAGE, "data/snapshot.csv": PAGE})
    compress_tree(root)
    sign_tree(
        root,
        fixture_key("online"),
        delegation(),
        issued=T0,
        expires=T0 + timedelta(hours=48),
        previous_manifest=None,
    )
    return root


def test_compressed_files_are_signed_and_verified(tmp_path: Path) -> None:
    root = _signed(tmp_path)
    # A feed's compressed forms carry detached signatures like the feed itself.
    assert (root / "feeds/all.json.gz.sig").is_file() and (root / "feeds/all.json.br.sig").is_file()
    key = fixture_key("root").public.pem()
    now = T0 + timedelta(hours=1)
    report = verify_site(root, key, now=now, state_file=None)
    assert report.files == len(tree(root)) - 1  # every file but the manifest itself
    with serve(root) as url:
        verify_site(url, key, now=now, state_file=None)


@pytest.mark.parametrize("name", ["index.html.gz", "data/snapshot.csv.br", "feeds/all.json.gz"])
def test_a_compressed_file_that_says_something_else_is_rejected(tmp_path: Path, name: str) -> None:
    root = _signed(tmp_path)
    other = PAGE.replace("示例".encode(), "其他".encode())
    encoded = gzip.compress(other, mtime=0) if name.endswith(".gz") else brotli.compress(other)
    (root / name).write_bytes(encoded)
    with pytest.raises(FileMismatchError):
        verify_site(root, fixture_key("root").public.pem(), now=T0, state_file=None)
