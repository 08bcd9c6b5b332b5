"""The contract's small fixed dataset, taken through the chain up to the public state, and
the site built from it. Shared by the site, golden and browser tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from generator.build import check_dataset
from generator.demo import write_demo_dataset
from generator.lifecycle import apply_lifecycle
from generator.model import Dataset
from generator.redact import redact_state
from generator.redact.public import PublicState
from generator.render.site import SiteSummary, render_site
from generator.rules import Rules

AS_OF = date(2026, 11, 22)
BUILT_AT = datetime(2026, 11, 22, 8, 0, tzinfo=UTC)
SITE_URL = "https://credit.example.gov.cn/"
KEY = b"TEST-ONLY pseudonym key"


@dataclass(frozen=True)
class Fixture:
    dataset: Dataset
    rules: Rules
    public: PublicState


def make_fixture(tmp: Path) -> Fixture:
    root = tmp / "dataset"
    write_demo_dataset(root, 20, 5, AS_OF)
    checked = check_dataset(root)
    public, _ = redact_state(apply_lifecycle(checked.dataset, AS_OF), checked.rules, KEY)
    return Fixture(checked.dataset, checked.rules, public)


def build_site(fx: Fixture, out: Path) -> SiteSummary:
    return render_site(
        fx.public, fx.rules, out, built_at=BUILT_AT, site_url=SITE_URL, locality="示例市"
    )
