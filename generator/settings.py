"""The build's settings: where the dataset, the output and the keys are, and when "now" is.

Kept apart from generator/config.py (dataset.yaml, validated with pydantic) so that the
daily refresh of an unchanged site loads neither pydantic nor the build: it must finish in
well under a second.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

CONFIG_FILE = "dataset.yaml"
# The rules shipped with the program (a dataset's own rules/ replaces files of it).
DEFAULT_RULES_DIR = Path(__file__).resolve().parent.parent / "data" / "rules"


@dataclass(frozen=True, slots=True)
class KeyPaths:
    """Where the build finds its secrets. None of them is ever written into the output.

    `keys/` made by `creditsite demo-keys` (or by hand with keygen + delegate) holds
    root.pub, the online key, delegation.json and pseudonym.key; each path may also be
    given on its own, and the secrets may come from the environment instead (the CLI
    reads CREDITSITE_SIGNING_KEY, CREDITSITE_KEY_PASSPHRASE, CREDITSITE_PSEUDONYM_KEY).
    """

    root_public: Path
    signing_key: Path | None  # None: the key's PEM text comes from the environment
    delegation: Path
    pseudonym_key: Path | None  # None: the key comes from the environment


@dataclass(frozen=True, slots=True)
class BuildConfig:
    dataset: Path
    out: Path
    as_of: date
    built_at: datetime  # from SOURCE_DATE_EPOCH, so builds are reproducible
    site_url: str
    keys: KeyPaths
    env: Mapping[str, str]  # the secrets' environment variables, passed in, never read here
    report_dir: Path  # internal redaction report: outside the public output
    previous: Path | None = None  # default: what --out currently publishes
    expires_in: timedelta = timedelta(hours=48)
    wait_seconds: float = 0.0  # for the output's lock
    source: str | None = None  # database URL overriding the dataset's files and its source:
