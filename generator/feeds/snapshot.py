"""The snapshot of active listings (CSV and JSON) and its Frictionless descriptor.

The CSV is for people with a spreadsheet: UTF-8 with a BOM so that Excel reads Chinese, and
safe cells (a cell a spreadsheet would take for a formula starts with `'`). The JSON is for
programs and carries the change-log sequence it corresponds to, which is how a consumer
joins a snapshot to the change log.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.feeds.record import Record, dumps, pretty
from generator.opendata import DEFAULT_TERMS, OpenDataTerms, datapackage_licences

DATA_DIR = Path("data")
SNAPSHOT_VERSION = 1
# Characters that make Excel, LibreOffice or Sheets read a cell as a formula (CSV injection,
# OWASP). `'` itself is escaped too, so that removing one leading `'` always gives the value.
_FORMULA_START = frozenset("=+-@\t\r'")

# (column, Table Schema type, Chinese title); the record's nested objection is flattened.
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("record_id", "string", "记录编号"),
    ("list_type", "string", "名单类型代码"),
    ("list_name", "string", "名单名称"),
    ("subject_id", "string", "主体页面标识"),
    ("subject_type", "string", "主体类型"),
    ("subject_name", "string", "主体名称"),
    ("uscc", "string", "统一社会信用代码"),
    ("reg_no_old", "string", "工商注册号"),
    ("legal_rep", "string", "法定代表人（已遮蔽）"),
    ("id_type", "string", "证件类型"),
    ("id_number", "string", "证件号码（已遮蔽）"),
    ("domain", "string", "领域代码"),
    ("behavior", "string", "失信行为/守信行为"),
    ("measures", "string", "处罚结果/获得奖励"),
    ("department", "string", "认定部门"),
    ("basis", "string", "认定依据"),
    ("decision_no", "string", "认定文号"),
    ("decided_on", "date", "认定日期"),
    ("valid_until", "date", "有效期至"),
    ("under_objection", "boolean", "存在异议"),
    ("suspended", "boolean", "惩戒措施暂停执行"),
    ("objection_opened_on", "date", "异议受理日期"),
    ("objection_state", "string", "异议状态"),
    ("objection_decided_on", "date", "异议办结日期"),
)


_NAMES = tuple(name for name, _, _ in COLUMNS)


@dataclass(frozen=True, slots=True)
class SnapshotSummary:
    records: int
    csv_bytes: int
    json_bytes: int


def safe_cell(value: str) -> str:
    return f"'{value}" if value[:1] in _FORMULA_START else value


def _row(record: Record) -> list[str]:
    objection = record.get("objection")
    flat = dict(record)
    if isinstance(objection, Mapping):
        flat["objection_opened_on"] = objection.get("opened_on")
        flat["objection_state"] = objection.get("state")
        flat["objection_decided_on"] = objection.get("decided_on")
    # One pass per cell with no function call: the CSV of 100k records has millions of cells.
    return [
        ""
        if v is None
        else ("true" if v else "false")
        if v is True or v is False
        else f"'{v}"
        if str(v)[:1] in _FORMULA_START
        else str(v)
        for v in map(flat.get, _NAMES)
    ]


def write_snapshot(
    out: Path,
    records: Sequence[Record],
    texts: Sequence[str],
    *,
    as_of: str,
    published_at: str,
    last_sequence: int,
    site_url: str,
    terms: OpenDataTerms = DEFAULT_TERMS,
) -> SnapshotSummary:
    """`records` are the active records in record id order, `texts` their JSON."""
    folder = out / DATA_DIR
    folder.mkdir(parents=True, exist_ok=True)
    buffer = io.StringIO(newline="")
    buffer.write("\ufeff")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([name for name, _, _ in COLUMNS])
    writer.writerows(_row(r) for r in records)
    csv_bytes = buffer.getvalue().encode("utf-8")
    (folder / "snapshot.csv").write_bytes(csv_bytes)

    head = dumps(
        {
            "version": SNAPSHOT_VERSION,
            "as_of": as_of,
            "published_at": published_at,
            "last_sequence": last_sequence,
            "count": len(records),
        }
    )
    # One record per line: diffable, and written without building one huge string twice.
    body = ",\n".join(texts)
    json_text = (
        f'{head[:-1]},"records":[\n{body}\n]}}\n' if records else f'{head[:-1]},"records":[]}}\n'
    )
    json_bytes = json_text.encode("utf-8")
    (folder / "snapshot.json").write_bytes(json_bytes)

    package = _datapackage(csv_bytes, json_bytes, as_of, published_at, site_url)
    package["licenses"] = datapackage_licences(terms)
    (folder / "datapackage.json").write_text(pretty(package), encoding="utf-8", newline="\n")
    return SnapshotSummary(len(records), len(csv_bytes), len(json_bytes))


def _datapackage(
    csv_bytes: bytes, json_bytes: bytes, as_of: str, published_at: str, site_url: str
) -> dict[str, object]:
    fields = [
        {"name": name, "type": kind, "title": title}
        | ({"format": "default"} if kind == "date" else {})
        | ({"trueValues": ["true"], "falseValues": ["false"]} if kind == "boolean" else {})
        for name, kind, title in COLUMNS
    ]
    return {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": "creditsite-snapshot",
        "title": "信用红黑名单现行有效记录快照",
        "description": (
            f"截至 {as_of} 仍在公示期内的红名单、黑名单和重点关注名单记录（已脱敏）。"
            "CSV 中以 = + - @ ' 或制表符、回车开头的单元格前加了一个 '，去掉这一个 ' 即为原值。"
            "此后的变化见变更日志 feeds/changes/index.json，从快照的 last_sequence 之后读取。"
        ),
        "homepage": f"{site_url}data/",
        "created": published_at,
        "version": as_of,
        "resources": [
            {
                "name": "snapshot-csv",
                "path": "snapshot.csv",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8-sig",
                "bytes": len(csv_bytes),
                "hash": f"sha256:{hashlib.sha256(csv_bytes).hexdigest()}",
                "dialect": {"header": True, "delimiter": ",", "lineTerminator": "\r\n"},
                "schema": {"fields": fields, "primaryKey": ["record_id"], "missingValues": [""]},
            },
            {
                "name": "snapshot-json",
                "path": "snapshot.json",
                "format": "json",
                "mediatype": "application/json",
                "encoding": "utf-8",
                "bytes": len(json_bytes),
                "hash": f"sha256:{hashlib.sha256(json_bytes).hexdigest()}",
                "jsonSchema": f"{site_url}feeds/schemas/snapshot.schema.json",
            },
        ],
    }
