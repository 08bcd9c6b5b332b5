"""The redaction memo (issue 7): a redaction that takes unchanged records from an earlier
build's memo gives exactly what a redaction of everything gives, and a memo is used only
under the context it was made in and only when its tag checks out."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from generator.build import Checked, check_dataset
from generator.lifecycle import ListState, apply_lifecycle
from generator.redact import RedactionMemo, redact_state
from generator.redact.memo import read_memo, write_memo
from tests.redact_support import ADVERSARIAL, KEY, ROOT

AS_OF = date(2025, 12, 1)


@pytest.fixture(scope="module")
def checked() -> Checked:
    return check_dataset(ADVERSARIAL)


@pytest.fixture(scope="module")
def state(checked: Checked) -> ListState:
    return apply_lifecycle(checked.dataset, AS_OF)


@pytest.fixture
def warm(checked: Checked, state: ListState) -> RedactionMemo:
    memo = RedactionMemo("program")
    redact_state(state, checked.rules, KEY, memo=memo)
    return memo


def records(state: ListState) -> int:
    return len(state.listings) + len(state.cases)


def test_a_warm_memo_redacts_nothing_again(
    checked: Checked, state: ListState, warm: RedactionMemo
) -> None:
    assert warm.reused == 0  # the first build had nothing to take
    plain = redact_state(state, checked.rules, KEY)
    assert redact_state(state, checked.rules, KEY, memo=warm) == plain
    assert warm.reused == records(state)


def edit_prose(state: ListState) -> tuple[ListState, int]:
    """One listing's behaviour text gains a sentence without a name."""
    items = list(state.listings)
    x = items[3].listing
    items[3] = dataclasses.replace(
        items[3], listing=dataclasses.replace(x, behavior=x.behavior + "已于次月整改完毕。")
    )
    return dataclasses.replace(state, listings=tuple(items)), records(state) - 1


def rename_person(state: ListState) -> tuple[ListState, int]:
    """A listed person's name changes: a known value every text is searched for."""
    items = list(state.listings)
    i = next(i for i, s in enumerate(items) if s.listing.subject_type.is_person)
    items[i] = dataclasses.replace(
        items[i], listing=dataclasses.replace(items[i].listing, name="欧阳测试")
    )
    return dataclasses.replace(state, listings=tuple(items)), 0


def drop_listing(state: ListState) -> tuple[ListState, int]:
    """A person's listing leaves the data: their name need no longer be masked elsewhere."""
    items = list(state.listings)
    i = next(i for i, s in enumerate(items) if s.listing.subject_type.is_person)
    del items[i]
    return dataclasses.replace(state, listings=tuple(items)), 0


def name_in_prose(state: ListState) -> tuple[ListState, int]:
    """One listing's prose gains a listed person's name: the known values are the same, so
    only that listing is redacted again, and the name is masked in it."""
    items = list(state.listings)
    person = next(s.listing for s in items if s.listing.subject_type.is_person)
    i = next(i for i, s in enumerate(items) if not s.listing.subject_type.is_person)
    x = items[i].listing
    items[i] = dataclasses.replace(
        items[i], listing=dataclasses.replace(x, behavior=f"{x.behavior}经办人{person.name}。")
    )
    return dataclasses.replace(state, listings=tuple(items)), records(state) - 1


def stricter_policy(checked: Checked) -> Checked:
    redaction = checked.rules.redaction.model_copy(update={"removed_marker": "〔略〕"})
    return dataclasses.replace(
        checked, rules=dataclasses.replace(checked.rules, redaction=redaction)
    )


@pytest.mark.parametrize("edit", [edit_prose, rename_person, drop_listing, name_in_prose])
def test_after_an_edit_the_memo_gives_what_a_full_redaction_gives(
    checked: Checked,
    state: ListState,
    warm: RedactionMemo,
    edit: Callable[[ListState], tuple[ListState, int]],
) -> None:
    changed, reusable = edit(state)
    plain = redact_state(changed, checked.rules, KEY)
    assert redact_state(changed, checked.rules, KEY, memo=warm) == plain
    assert warm.reused == reusable
    # and the memo now holds the edited state's results
    assert redact_state(changed, checked.rules, KEY, memo=warm) == plain
    assert warm.reused == records(changed)


def test_the_name_added_to_prose_is_masked(
    checked: Checked, state: ListState, warm: RedactionMemo
) -> None:
    changed, _ = name_in_prose(state)
    public, _ = redact_state(changed, checked.rules, KEY, memo=warm)
    person = next(s.listing for s in state.listings if s.listing.subject_type.is_person)
    assert all(person.name not in x.behavior for x in public.listings)


def test_other_rules_or_another_key_redact_everything_again(
    checked: Checked, state: ListState, warm: RedactionMemo
) -> None:
    other = stricter_policy(checked)
    assert redact_state(state, other.rules, KEY, memo=warm) == redact_state(state, other.rules, KEY)
    assert warm.reused == 0
    key = bytes(reversed(KEY))
    assert redact_state(state, other.rules, key, memo=warm) == redact_state(state, other.rules, key)
    assert warm.reused == 0


def test_the_memo_file_is_read_back_only_when_its_tag_checks_out(
    checked: Checked, state: ListState, warm: RedactionMemo, tmp_path: Path
) -> None:
    path = tmp_path / "redaction.memo"
    write_memo(path, warm, KEY)
    back = read_memo(path, KEY, "program")
    assert redact_state(state, checked.rules, KEY, memo=back) == redact_state(
        state, checked.rules, KEY
    )
    assert back.reused == records(state)
    assert read_memo(path, bytes(reversed(KEY)), "program").redacted == {}  # another key
    assert read_memo(path, KEY, "another program").redacted == {}
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x20
    path.write_bytes(bytes(data))
    assert read_memo(path, KEY, "program").redacted == {}  # tampered
    path.write_bytes(b"not a memo")
    assert read_memo(path, KEY, "program").redacted == {}
    assert read_memo(tmp_path / "missing", KEY, "program").redacted == {}


_DIGESTS = """
import sys
from datetime import date
from generator.build import check_dataset
from generator.lifecycle import apply_lifecycle
from generator.redact import RedactionMemo, redact_state
from tests.redact_support import ADVERSARIAL, KEY
checked = check_dataset(ADVERSARIAL)
memo = RedactionMemo("program")
redact_state(apply_lifecycle(checked.dataset, date(2025, 12, 1)), checked.rules, KEY, memo=memo)
print(memo.guessed_under, memo.redacted_under, *sorted(k.hex() for k in memo.redacted))
"""


def test_digests_do_not_depend_on_the_process() -> None:
    # A set's order follows string hashing, which differs per process: a digest that saw
    # one would never match in the next build.
    def run(seed: str) -> str:
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", _DIGESTS], cwd=ROOT, env=env, capture_output=True,
            text=True, check=True,
        )  # fmt: skip
        return done.stdout

    first = run("1")
    assert len(first.split()) >= 2 + 4  # two fingerprints, the records
    assert run("2") == first
