"""The dataset's own configuration (`dataset.yaml`, optional) and the build configuration."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from generator.errors import DataError, Problem
from generator.sources.guard import file_problem, folder_problem

CONFIG_FILE = "dataset.yaml"


class RowBounds(BaseModel):
    """Expected number of data rows: a truncated or doubled export must not publish."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    min_rows: int = 0
    max_rows: int | None = None

    @model_validator(mode="after")
    def _ordered(self) -> RowBounds:
        if self.min_rows < 0 or (self.max_rows is not None and self.max_rows < self.min_rows):
            raise ValueError("need 0 <= min_rows <= max_rows")
        return self


class Expectations(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    lists: RowBounds = RowBounds()
    exits: RowBounds = RowBounds()
    objections: RowBounds = RowBounds()
    cases: RowBounds = RowBounds()


class DatasetConfig(BaseModel):
    """What `dataset.yaml` may say. Unknown keys are errors, like unknown columns."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str = ""
    locality: str = ""
    rules: str | None = None  # folder of rule files, relative to the dataset
    expect: Expectations = Expectations()
    # A database URL (data/README-sql.md): the tables come from there instead of the files.
    # Give no password here: libpq reads PGPASSWORD or ~/.pgpass.
    source: str | None = None


def read_dataset_config(root: Path) -> tuple[DatasetConfig, Path | None]:
    """The dataset's configuration and the folder of its own rule files, if any."""
    path = root / CONFIG_FILE
    config = DatasetConfig()
    if (path.is_symlink() or path.exists()) and (why := file_problem(root, path)) is not None:
        raise DataError([Problem(CONFIG_FILE, 0, "", why)])
    if path.is_file():
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            config = DatasetConfig.model_validate(data)
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            raise DataError([Problem(CONFIG_FILE, 0, "", f"not valid UTF-8 YAML: {exc}")]) from exc
        except ValidationError as exc:
            raise DataError(
                Problem(CONFIG_FILE, 0, "", f"{'.'.join(map(str, e['loc']))}: {e['msg']}")
                for e in exc.errors()
            ) from exc
    rules_dir = root / (config.rules or "rules")
    if config.rules is not None and not rules_dir.is_dir():
        raise DataError(
            [Problem(CONFIG_FILE, 0, "rules", f"folder {config.rules!r} does not exist")]
        )
    if rules_dir.is_dir():
        _check_rules_inside(root, rules_dir, config.rules or "rules")
        return config, rules_dir
    return config, None


def _check_rules_inside(root: Path, rules_dir: Path, written: str) -> None:
    """The rules folder and its files stay inside the dataset (they steer redaction: a
    dataset cannot point them at files elsewhere on the machine; see sources/guard.py)."""
    if folder_problem(root, rules_dir) is not None:
        raise DataError(
            [
                Problem(
                    CONFIG_FILE if written != "rules" else "rules/",
                    0,
                    "rules",
                    f"folder {written!r} is outside the dataset folder; rule files must be "
                    "inside the dataset (copy them in) or in the project's data/rules/",
                )
            ]
        )
    problems = [
        Problem(path.relative_to(root).as_posix(), 0, "", why)
        for path in sorted(rules_dir.glob("*.yaml"))
        if (why := file_problem(root, path)) is not None
    ]
    if problems:
        raise DataError(problems)


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
