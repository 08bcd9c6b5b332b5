"""Shared by the redaction and leak-gate tests: build, redact and serialise a dataset."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from enum import Enum
from functools import lru_cache
from pathlib import Path

from generator.build import Checked, check_dataset
from generator.lifecycle import apply_lifecycle
from generator.redact import RedactionReport, redact_state
from generator.redact.public import PublicState

KEY = b"test-key-not-secret-0123456789ab"
ROOT = Path(__file__).resolve().parent.parent
ADVERSARIAL = ROOT / "tests" / "adversarial"
DEMO = ROOT / "data" / "demo"


def to_jsonable(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def serialise(state: PublicState) -> str:
    """Every Public* field as JSON text (not ASCII-escaped, the way a site would show it)."""
    return json.dumps(to_jsonable(state), ensure_ascii=False, indent=1)


@lru_cache(maxsize=4)
def redacted(path: Path, as_of: date) -> tuple[Checked, PublicState, RedactionReport]:
    checked = check_dataset(path)
    state = apply_lifecycle(checked.dataset, as_of)
    public, report = redact_state(state, checked.rules, KEY)
    return checked, public, report
