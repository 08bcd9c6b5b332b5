"""Builders for small invented datasets. Every identifier is computed with a valid check
character from invented digits; no real person or company is represented."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from generator import compress, ids, parallel
from generator.parallel import fork_available

ENGLISH_HEADER = (
    "record_id",
    "list_type",
    "subject_type",
    "name",
    "uscc",
    "id_type",
    "id_number",
    "domain",
    "behavior",
    "penalty",
    "department",
    "basis",
    "decision_no",
    "decided_on",
    "valid_until",
)


def uscc(body: str = "91410100MA0000001") -> str:
    return body + ids.uscc_check_char(body)


def resident_id(body: str = "41010519800101001") -> str:
    return body + ids.resident_id_check_char(body)


def reg_no(body: str = "41010000000001") -> str:
    return body + ids.reg_no_check_digit(body)


def org_row(record_id: str = "R1", **overrides: str) -> dict[str, str]:
    row = {
        "record_id": record_id,
        "list_type": "黑名单",
        "subject_type": "法人",
        "name": "示例市恒达建材有限公司",
        "uscc": uscc(),
        "id_type": "",
        "id_number": "",
        "domain": "安全生产",
        "behavior": "未按规定开展安全生产检查",
        "penalty": "限制参与政府采购",
        "department": "示例市应急管理局",
        "basis": "《中华人民共和国安全生产法》",
        "decision_no": "示应急罚〔2025〕12号",
        "decided_on": "2025-03-01",
        "valid_until": "",
    }
    row.update(overrides)
    return row


def person_row(record_id: str = "P1", **overrides: str) -> dict[str, str]:
    row = org_row(
        record_id,
        subject_type="自然人",
        name="欧阳娜娜",
        uscc="",
        id_type="居民身份证",
        id_number=resident_id(),
    )
    row.update(overrides)
    return row


def csv_text(header: Sequence[str], rows: Sequence[Mapping[str, str] | Sequence[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([row.get(h, "") for h in header] if isinstance(row, Mapping) else row)
    return buffer.getvalue()


def write_dataset(
    root: Path,
    lists: Mapping[str, str | bytes] | None = None,
    *,
    exits: str | None = None,
    objections: str | None = None,
    cases: Mapping[str, str] | None = None,
    config: str | None = None,
) -> Path:
    """Write a dataset folder; `lists` maps file names to CSV text (UTF-8) or raw bytes."""
    (root / "lists").mkdir(parents=True, exist_ok=True)
    if lists is None:
        lists = {"black.csv": csv_text(ENGLISH_HEADER, [org_row(), person_row()])}
    for name, content in lists.items():
        path = root / "lists" / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    if exits is not None:
        (root / "exits.csv").write_text(exits, encoding="utf-8")
    if objections is not None:
        (root / "objections.csv").write_text(objections, encoding="utf-8")
    if cases:
        (root / "cases").mkdir(exist_ok=True)
        for name, text in cases.items():
            (root / "cases" / name).write_text(text, encoding="utf-8")
    if config is not None:
        (root / "dataset.yaml").write_text(config, encoding="utf-8")
    return root


def tree(root: Path) -> dict[str, bytes]:
    """Every file below `root` by relative path: for byte-for-byte comparisons of outputs."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def on_two_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every stage that picks its worker count (`parallel.workers_for`, compression)
    fork two workers however small the input; skips where fork is unavailable."""
    if not fork_available():
        pytest.skip("process pools here use fork")
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(parallel, "PARALLEL_MIN_ITEMS", 1)
    monkeypatch.setattr(compress, "PARALLEL_MIN_BYTES", 0)
