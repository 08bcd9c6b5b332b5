"""Atomic publication: the output is the old tree or the new one, never a mix."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from generator.errors import PublishError
from generator.publish import (
    KEEP_RELEASES,
    publish_staging,
    published_tree,
    releases_dir,
    staging_for,
)


def publish(out: Path, files: dict[str, str]) -> Path:
    with staging_for(out) as staging:
        for name, text in files.items():
            (staging / name).parent.mkdir(parents=True, exist_ok=True)
            (staging / name).write_text(text, encoding="utf-8")
        return publish_staging(staging, out)


def test_first_and_next_publication_swap_the_link(tmp_path: Path) -> None:
    out = tmp_path / "site"
    assert published_tree(out) is None
    first = publish(out, {"index.html": "one", "manifest.json": "{}"})
    assert out.is_symlink() and (out / "index.html").read_text(encoding="utf-8") == "one"
    second = publish(out, {"index.html": "two", "manifest.json": "{}"})
    assert first != second and published_tree(out) == second
    assert (out / "index.html").read_text(encoding="utf-8") == "two"
    assert not list(releases_dir(out).glob("staging-*"))


def test_failed_build_leaves_the_published_site_untouched(tmp_path: Path) -> None:
    out = tmp_path / "site"
    publish(out, {"index.html": "old", "manifest.json": "{}"})
    with pytest.raises(RuntimeError), staging_for(out) as staging:
        (staging / "index.html").write_text("half-written", encoding="utf-8")
        raise RuntimeError("leak gate failed")
    assert (out / "index.html").read_text(encoding="utf-8") == "old"
    assert not list(releases_dir(out).glob("staging-*"))


def test_old_releases_are_pruned(tmp_path: Path) -> None:
    out = tmp_path / "site"
    for i in range(KEEP_RELEASES + 3):
        publish(out, {"index.html": str(i)})
    assert len([p for p in releases_dir(out).glob("r*") if p.is_dir()]) == KEEP_RELEASES


def test_a_folder_we_did_not_publish_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "site"
    out.mkdir()
    (out / "precious.txt").write_text("x", encoding="utf-8")
    with pytest.raises(PublishError, match="did not publish"):
        publish(out, {"index.html": "new"})
    assert (out / "precious.txt").exists()


def test_a_plain_folder_with_a_manifest_is_adopted(tmp_path: Path) -> None:
    out = tmp_path / "site"
    out.mkdir()
    (out / "manifest.json").write_text("{}", encoding="utf-8")
    publish(out, {"index.html": "new"})
    assert out.is_symlink() and (out / "index.html").exists()


def _hold_lock(out: str, ready: multiprocessing.synchronize.Event, done: multiprocessing.synchronize.Event) -> None:  # fmt: skip
    with staging_for(Path(out)):
        ready.set()
        done.wait(10)


def test_a_second_build_on_the_same_output_fails_clearly(tmp_path: Path) -> None:
    out = tmp_path / "site"
    ctx = multiprocessing.get_context("fork")
    ready, done = ctx.Event(), ctx.Event()
    holder = ctx.Process(target=_hold_lock, args=(str(out), ready, done))
    holder.start()
    try:
        assert ready.wait(10)
        with pytest.raises(PublishError, match="another build is publishing"):
            publish(out, {"index.html": "x"})
    finally:
        done.set()
        holder.join(10)
    publish(out, {"index.html": "after"})
    assert (out / "index.html").read_text(encoding="utf-8") == "after"
