"""The dataset's own configuration (`dataset.yaml`, optional), validated with pydantic.

The build's own settings (`BuildConfig`, `KeyPaths`) live in generator/settings.py and are
re-exported here: the daily refresh imports them without loading pydantic.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from generator.errors import DataError, Problem
from generator.settings import CONFIG_FILE, BuildConfig, KeyPaths
from generator.sources.guard import file_problem, folder_problem

__all__ = [
    "CONFIG_FILE",
    "BuildConfig",
    "DatasetConfig",
    "Expectations",
    "KeyPaths",
    "Licence",
    "RowBounds",
    "read_dataset_config",
]


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


class Licence(BaseModel):
    """The licence the office publishes the open data under (generator/opendata.py)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str  # SPDX identifier where there is one, e.g. CC-BY-4.0
    url: str
    title: str = ""

    @model_validator(mode="after")
    def _absolute(self) -> Licence:
        if not self.id.strip() or not self.url.startswith(("https://", "http://")):
            raise ValueError("need an id and an absolute http(s) url")
        return self


class Document(BaseModel):
    """The locality's own red/black list rules, cited by the home page and the guides."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    title: str  # without 《》
    number: str = ""  # 文号, e.g. 营信发〔2019〕1号


class DatasetConfig(BaseModel):
    """What `dataset.yaml` may say. Unknown keys are errors, like unknown columns."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str = ""
    locality: str = ""
    document: Document | None = None
    rules: str | None = None  # folder of rule files, relative to the dataset
    expect: Expectations = Expectations()
    # A database URL (data/README-sql.md): the tables come from there instead of the files.
    # Give no password here: libpq reads PGPASSWORD or ~/.pgpass.
    source: str | None = None
    # None: the default licence (generator/opendata.py), shown as awaiting confirmation.
    licence: Licence | None = None


def editorial_texts(config: DatasetConfig) -> dict[str, str]:
    """What the editorial pages' placeholders say for this dataset (site_src/*.md)."""
    locality = config.locality or "本市"
    doc = config.document or Document(title=f"{config.locality or ''}信用“红黑名单”管理制度")
    cited = f"《{doc.title}》" + (f"（{doc.number}）" if doc.number else "")
    return {
        "locality": locality,
        "document": cited,
        "document_title": f"《{doc.title}》",
        "document_no": doc.number or "—",
    }


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
