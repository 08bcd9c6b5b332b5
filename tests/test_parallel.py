"""Stages on several processes give exactly what they give on one."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.build import check_dataset
from generator.demo import write_demo_dataset
from generator.errors import RedactionError, SigningError
from generator.lifecycle import apply_lifecycle
from generator.parallel import (
    PARTS_PER_WORKER,
    by_weight,
    fork_available,
    map_partitions,
    partitions,
)
from generator.redact import redact_state
from generator.redact.known import gather_known
from tests.redact_support import ADVERSARIAL, DEMO, KEY

needs_fork = pytest.mark.skipif(not fork_available(), reason="process pools here use fork")


@given(st.integers(0, 500), st.integers(1, 40))
def test_partitions_cover_every_item_once_in_order(length: int, count: int) -> None:
    spans = partitions(length, count)
    assert [i for a, b in spans for i in range(a, b)] == list(range(length))
    assert len(spans) <= count
    sizes = [b - a for a, b in spans]
    assert all(sizes) and (not sizes or max(sizes) - min(sizes) <= 1)


def _double(factor: int, part: list[int]) -> list[int]:
    return [factor * x for x in part]


@needs_fork
def test_map_partitions_keeps_partition_order() -> None:
    items = list(range(101))
    parts = map_partitions(_double, 3, items, workers=2, error=RedactionError)
    assert len(parts) > 1
    assert [x for p in parts for x in p] == [3 * x for x in items]
    assert map_partitions(_double, 3, items, workers=1, error=RedactionError) == [
        [3 * x for x in items]
    ]


@needs_fork
@pytest.mark.parametrize(
    ("path", "as_of"), [(ADVERSARIAL, date(2025, 12, 1)), (DEMO, date(2025, 12, 1))]
)
def test_two_workers_give_the_same_state_and_report(path: Path, as_of: date) -> None:
    checked = check_dataset(path)
    state = apply_lifecycle(checked.dataset, as_of)
    one = redact_state(state, checked.rules, KEY, workers=1)
    two = redact_state(state, checked.rules, KEY, workers=2)
    assert one[0] == two[0]
    assert one[1] == two[1]


@needs_fork
def test_generated_data_is_redacted_the_same_on_three_workers(tmp_path: Path) -> None:
    # Enough records that every pass really splits, names shared across partitions.
    as_of = date(2026, 11, 22)
    write_demo_dataset(tmp_path, 300, 7, as_of)
    checked = check_dataset(tmp_path)
    state = apply_lifecycle(checked.dataset, as_of)
    one = redact_state(state, checked.rules, KEY, workers=1)
    three = redact_state(state, checked.rules, KEY, workers=3)
    assert one == three
    listings = [s.listing for s in state.listings]
    assert gather_known(listings, workers=1) == gather_known(listings, workers=3)


@given(st.lists(st.integers(0, 10_000), max_size=300), st.integers(1, 4))
def test_by_weight_deals_the_weight_evenly_over_the_partitions(
    weights: list[int], workers: int
) -> None:
    items = list(enumerate(weights))
    ordered = by_weight(items, lambda item: item[1], workers)
    assert sorted(ordered) == items
    spans = partitions(len(ordered), workers * PARTS_PER_WORKER)
    loads = [sum(w for _, w in ordered[a:b]) for a, b in spans]
    # Heaviest first, dealt round-robin: no partition carries more than one item's weight
    # over another.
    assert not loads or max(loads) - min(loads) <= max(weights)


def _die(context: None, part: list[int]) -> list[int]:
    os._exit(3)  # a worker killed (the OOM killer) rather than an error raised


@needs_fork
def test_a_dead_worker_is_reported_as_the_stage_error() -> None:
    with pytest.raises(SigningError, match="a worker process died"):
        map_partitions(_die, None, list(range(10)), workers=2, error=SigningError)
