"""The locked versions the build record and the data page name, and the refresh
fingerprint that stands for the installed libraries (generator/locked.py)."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

import pytest

from generator import locked
from tests.test_lock import _lock


def test_locked_versions_are_the_locks_pins_of_the_packages_that_shape_output() -> None:
    versions = locked.locked_versions()
    pins = _lock()
    assert {"mkdocs", "mkdocs-material", "jinja2", "pagefind"} <= versions.keys()
    for name, version in versions.items():
        assert str(pins[name][0]) == version
        # make installs the lock: what runs is what the record names.
        assert metadata.version(name) == version


def test_the_library_digest_follows_the_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def digest(lock: Path) -> str:
        monkeypatch.setattr(locked, "LOCK", lock)
        locked.libraries_digest.cache_clear()
        locked.locked_versions.cache_clear()
        try:
            return locked.libraries_digest()
        finally:
            locked.libraries_digest.cache_clear()
            locked.locked_versions.cache_clear()

    one, two = tmp_path / "one.lock", tmp_path / "two.lock"
    one.write_text("mkdocs==1.6.1 \\\n    --hash=sha256:00\n", encoding="utf-8")
    two.write_text("mkdocs==1.6.2 \\\n    --hash=sha256:00\n", encoding="utf-8")
    assert digest(one) == digest(one) != digest(two)
    # Without a lock (an install from a wheel) the installed distributions stand in.
    assert digest(tmp_path / "missing.lock") not in (digest(one), digest(two))


def test_the_build_record_names_the_locked_versions(tmp_path: Path) -> None:
    import json
    from datetime import UTC, date, datetime

    from generator.buildstate import STATE_FILE, BuildState, Fingerprint, write_build_state
    from generator.publish import releases_dir

    out = tmp_path / "site"
    releases_dir(out).mkdir(parents=True)
    state = BuildState("r000001", Fingerprint((("program", "x"),)), date(2026, 11, 22), None, "",
                       datetime(2026, 11, 22, 8, tzinfo=UTC))  # fmt: skip
    write_build_state(out, state)
    record = json.loads((releases_dir(out) / STATE_FILE).read_text(encoding="utf-8"))
    assert record["locked_versions"] == locked.locked_versions()
    assert record["locked_versions"]["mkdocs-material"]
