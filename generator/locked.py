"""The locked dependency versions (requirements.lock), as the build record and the data page
name them, and as the refresh fingerprint counts them.

`make` installs exactly the lock (pip --require-hashes), so the lock's bytes stand for the
libraries a build renders with: one constant read instead of asking every installed
distribution for its version. Where the program runs without the lock beside it (an
install from a wheel), the fingerprint falls back to the installed distributions' names.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import sys
from pathlib import Path

LOCK = Path(__file__).resolve().parent.parent / "requirements.lock"
# The packages whose code shapes the published bytes: the page chrome and Markdown, the
# templates, search, the feeds and their XML, compression, signing's canonical JSON.
OUTPUT_PACKAGES = (
    "mkdocs",
    "mkdocs-material",
    "pymdown-extensions",
    "markdown",
    "markdown-it-py",
    "jinja2",
    "pagefind",
    "pagefind-bin-extended",
    "feedgen",
    "lxml",
    "jieba",
    "brotli",
    "rfc8785",
    "cryptography",
)
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\;]+)", re.M)
_DIST_SUFFIXES = (".dist-info", ".egg-info")


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()  # PEP 503


@functools.cache
def locked_versions() -> dict[str, str]:
    """OUTPUT_PACKAGES that the lock pins, with their versions; {} without a lock."""
    try:
        text = LOCK.read_text(encoding="utf-8")
    except OSError:
        return {}
    pins = {_normal(m.group(1)): m.group(2) for m in _PIN.finditer(text)}
    return {name: pins[name] for name in OUTPUT_PACKAGES if name in pins}


@functools.cache
def libraries_digest() -> str:
    """sha256 standing for the installed libraries: the lock's bytes, else (no lock) the
    names of the distributions on the import path, which carry their versions."""
    digest = hashlib.sha256()
    try:
        digest.update(b"lock\0" + LOCK.read_bytes())
    except OSError:
        for folder in sys.path:
            try:
                with os.scandir(folder or ".") as entries:
                    names = sorted(e.name for e in entries if e.name.endswith(_DIST_SUFFIXES))
            except OSError:
                continue
            digest.update("\n".join(names).encode("utf-8", "surrogateescape"))
    return digest.hexdigest()
