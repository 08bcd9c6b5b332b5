"""Writes an invented adversarial dataset and its secrets/public answer key (issue 17).

Written without reading the redactor or the leak gate: a blind test of both. Standard
library only, so the held-out corpus can be regenerated outside the repository.

Rows are written with inline marks: ``⟦class|value⟧`` or ``⟦class|value|variant,…⟧``
for a value that must not be published (the mark is replaced by the value), and
``⟪value⟫`` for a value that must survive. Every mark is recorded with its record id and
column, so the answer key always matches the data.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

COLUMNS = (
    "record_id",
    "list_type",
    "list_name",
    "subject_type",
    "name",
    "uscc",
    "reg_no_old",
    "legal_rep",
    "legal_rep_id_type",
    "legal_rep_id",
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
    "contact",
    "attachments",
    "trade_secret",
    "notes",
)

# The submission forms' Chinese headers (headers.yaml aliases), for a second table spelled
# the way departments send it.
CHINESE = {
    "record_id": "记录编号",
    "list_type": "名单类型",
    "list_name": "名单名称",
    "subject_type": "主体类型",
    "name": "主体名称",
    "uscc": "统一社会信用代码",
    "reg_no_old": "工商注册号",
    "legal_rep": "法定代表人",
    "legal_rep_id_type": "法定代表人证件类型",
    "legal_rep_id": "法定代表人证件号码",
    "id_type": "证件类型",
    "id_number": "证件号码",
    "domain": "领域",
    "behavior": "失信行为",
    "penalty": "惩戒措施",
    "department": "认定部门",
    "basis": "认定依据",
    "decision_no": "认定文号",
    "decided_on": "认定日期",
    "valid_until": "有效期",
    "contact": "联系方式",
    "attachments": "附件",
    "trade_secret": "商业秘密",
    "notes": "备注",
}

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def org_code(first8: str) -> str:
    """GB 11714 organisation code with its check character (positions 9-17 of a USCC)."""
    total = sum(int(c, 36) * w for c, w in zip(first8, ORG_WEIGHTS, strict=True))
    check = 11 - total % 11
    return first8 + {10: "X", 11: "0"}.get(check, str(check))


def uscc(prefix: str, region: str, org8: str) -> str:
    """GB 32100 code: 2 category chars, 6 region digits, 9-char org code, check char."""
    body = prefix + region + org_code(org8)
    total = sum(USCC_CHARS.index(c) * pow(3, i, 31) for i, c in enumerate(body))
    return body + USCC_CHARS[(31 - total % 31) % 31]


def resident_id(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    total = sum(int(c) * w for c, w in zip(body, ID_WEIGHTS, strict=True))
    return body + "10X98765432"[total % 11]


def luhn(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return body + str((10 - total % 10) % 10)


def reg_no(body14: str) -> str:
    """15-digit business registration number, ISO 7064 MOD 11,10 check digit."""
    p = 10
    for c in body14:
        s = (p + int(c)) % 10 or 10
        p = (2 * s) % 11
    return body14 + str((11 - p) % 10)


# How measure.py compares each class: `text` (characters, separators ignored), `alnum`
# (digits and letters, Chinese digit characters read as digits), `numeric` (amounts: units
# such as 万 and Chinese positional numerals read as numbers).
MATCH = {
    "id_column": "alnum",
    "id_prose": "alnum",
    "mobile_prose": "alnum",
    "landline": "alnum",
    "bank_card": "alnum",
    "badge": "alnum",
    "premasked": "alnum",
    "spoken_number": "alnum",
    "trade_secret": "numeric",
}

MARK = re.compile(r"⟦([a-z_]+(?::[a-z]+)?)\|([^|⟧]+)(?:\|([^⟧]*))?⟧|⟪([^⟫]+)⟫")


class Corpus:
    """Collects rows, exits and cases, then writes the dataset and its answer key."""

    def __init__(self) -> None:
        self.rows: list[dict[str, str]] = []
        self.exits: list[dict[str, str]] = []
        self.cases: dict[str, str] = {}
        self.secrets: list[dict[str, object]] = []
        self.public: list[dict[str, str]] = []

    def _expand(self, text: str, record_id: str, column: str) -> str:
        def replace(m: re.Match[str]) -> str:
            if m.group(4) is not None:
                self.public.append({"value": m.group(4), "record_id": record_id, "column": column})
                return m.group(4)
            cls, _, mode = m.group(1).partition(":")
            entry: dict[str, object] = {
                "value": m.group(2),
                "class": cls,
                "match": mode or MATCH.get(cls, "text"),
                "record_id": record_id,
                "column": column,
            }
            if m.group(3):
                entry["variants"] = m.group(3).split(",")
            self.secrets.append(entry)
            return m.group(2)

        return MARK.sub(replace, text)

    def secret(self, value: str, cls: str, record_id: str, column: str, **extra: object) -> str:
        self.secrets.append(
            {
                "value": value,
                "class": cls,
                "match": MATCH.get(cls, "text"),
                "record_id": record_id,
                "column": column,
                **extra,
            }
        )
        return value

    def row(self, table: str, **cells: str) -> None:
        rid = cells["record_id"]
        out = {"_table": table}
        for col in COLUMNS:
            out[col] = self._expand(cells.get(col, ""), rid, col)
        self.rows.append(out)

    def exit(self, **cells: str) -> None:
        rid = cells["record_id"]
        self.exits.append({k: self._expand(v, rid, "exits." + k) for k, v in cells.items()})

    def case(self, filename: str, text: str, record_id: str) -> None:
        self.cases[filename] = self._expand(text, record_id, "cases/" + filename)

    def write(
        self,
        dataset: Path,
        secrets_json: Path,
        public_json: Path,
        chinese: Iterable[str] = (),
        encodings: Mapping[str, str] | None = None,
    ) -> None:
        """`chinese`: tables written with the forms' Chinese headers; `encodings`: tables
        saved in another encoding than UTF-8 (a GB18030 export, say)."""
        chinese = set(chinese)
        encodings = encodings or {}
        written: list[str] = []
        (dataset / "lists").mkdir(parents=True, exist_ok=True)
        tables: dict[str, list[dict[str, str]]] = {}
        for r in self.rows:
            tables.setdefault(r["_table"], []).append(r)
        for table, rows in tables.items():
            header = [CHINESE[c] if table in chinese else c for c in COLUMNS]
            text = _csv(header, [[r[c] for c in COLUMNS] for r in rows])
            # A Chinese-header table arrives with a BOM, as spreadsheets save it.
            bom = "\ufeff" if table in chinese else ""
            encoding = encodings.get(table, "utf-8")
            (dataset / "lists" / f"{table}.csv").write_text(
                text if encoding != "utf-8" else bom + text, encoding=encoding
            )
            written.append(text)
        if self.exits:
            header = list(self.exits[0])
            (dataset / "exits.csv").write_text(
                _csv(header, [[e.get(h, "") for h in header] for e in self.exits]), encoding="utf-8"
            )
        if self.cases:
            (dataset / "cases").mkdir(exist_ok=True)
            for name, text in self.cases.items():
                (dataset / "cases" / name).write_text(text, encoding="utf-8")
        # Every secret must really be in the dataset, as written.
        blob = "\n".join(
            [
                *written,
                *(json.dumps(e, ensure_ascii=False) for e in self.exits),
                *self.cases.values(),
            ]
        )
        missing = [s["value"] for s in self.secrets if str(s["value"]) not in blob]
        if missing:
            raise SystemExit(f"{len(missing)} secrets are not in the dataset as written")
        secrets_json.write_text(
            json.dumps(self.secrets, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        public_json.write_text(
            json.dumps(self.public, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )


def _csv(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def counts(secrets: Sequence[Mapping[str, object]]) -> dict[str, int]:
    result: dict[str, int] = {}
    for s in secrets:
        result[str(s["class"])] = result.get(str(s["class"]), 0) + 1
    return result
