"""The lock is the program: every install (make, CI, an operator's server) takes exactly the
versions in requirements.lock, so a fresh clone on any day builds the same bytes.

These tests fail when pyproject.toml asks for something the lock does not pin (someone added
or tightened a dependency without `make lock`), when the running environment was not
installed from the lock, or when a golden tree names a version the lock does not hold.
"""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements.lock"

_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\;]+)")


def _lock() -> dict[str, tuple[Version, int]]:
    """name -> (version, number of hashes) for every pinned requirement in the lock."""
    pins: dict[str, tuple[Version, int]] = {}
    current: str | None = None
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        if match := _PIN.match(line):
            current = canonicalize_name(match.group(1))
            pins[current] = (Version(match.group(2)), 0)
        elif current and line.strip().startswith("--hash=sha256:"):
            version, count = pins[current]
            pins[current] = (version, count + 1)
    return pins


def _declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    specs = list(project["project"]["dependencies"])
    for extra in project["project"].get("optional-dependencies", {}).values():
        specs.extend(extra)
    specs.extend(project["build-system"]["requires"])
    return [Requirement(spec) for spec in specs]


def test_every_declared_dependency_is_pinned_by_the_lock() -> None:
    pins = _lock()
    problems = []
    for req in _declared():
        name = canonicalize_name(req.name)
        if name not in pins:
            problems.append(f"{req}: not in requirements.lock")
        elif not req.specifier.contains(pins[name][0], prereleases=True):
            problems.append(f"{req}: the lock pins {pins[name][0]}")
    assert not problems, "run `make lock`:\n" + "\n".join(problems)


def test_every_pin_carries_hashes() -> None:
    unhashed = [name for name, (_, hashes) in _lock().items() if hashes == 0]
    assert not unhashed, f"pins without --hash (pip --require-hashes refuses them): {unhashed}"


def test_this_environment_was_installed_from_the_lock() -> None:
    # The golden trees, the build record and the generator tag depend on these versions:
    # a test run against anything else would compare the wrong program.
    mismatched = []
    for name, (version, _) in _lock().items():
        if name in {"pip", "setuptools", "wheel"}:
            continue  # build tools: the venv's own pip is not part of the program
        try:
            installed = Version(metadata.version(name))
        except metadata.PackageNotFoundError:
            # Platform-only pins (e.g. colorama on Windows) are legitimately absent here.
            continue
        if installed != version:
            mismatched.append(f"{name}: installed {installed}, locked {version}")
    assert not mismatched, "reinstall with `make clean test`:\n" + "\n".join(mismatched)


def test_golden_generator_tag_names_the_locked_versions() -> None:
    pins = _lock()
    expected = f'content="mkdocs-{pins["mkdocs"][0]}, mkdocs-material-{pins["mkdocs-material"][0]}"'
    page = (ROOT / "tests" / "golden" / "site" / "404.html").read_text(encoding="utf-8")
    assert expected in page, "the golden site was not generated with the locked versions"
