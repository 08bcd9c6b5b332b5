"""The chain: every stage in order. Stages that later issues add (lifecycle, redact,
render, sign, scan, publish) slot in here and nowhere else."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.config import DatasetConfig, read_dataset_config
from generator.load import load_dataset
from generator.model import Dataset
from generator.rules import Rules, load_rules
from generator.validate import validate_dataset


@dataclass(frozen=True, slots=True)
class Checked:
    config: DatasetConfig
    rules: Rules
    dataset: Dataset


def check_dataset(root: Path) -> Checked:
    """load → validate: the typed dataset, or `DataError`/`ConfigError` with every problem."""
    config, rules_dir = read_dataset_config(root)
    rules = load_rules(rules_dir)
    raw, problems = load_dataset(root, rules)
    dataset = validate_dataset(raw, rules, config, problems)
    return Checked(config, rules, dataset)
