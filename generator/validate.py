"""Validate stage: turn `SourceRow`s into typed `Listing`, `Exit`, `Objection` and `Case`
records, or stop with every problem of the run at once (`DataError`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from typing import TypeVar

from generator.config import DatasetConfig, RowBounds
from generator.derive import Ambiguous, derived_record_id, domain_from_list_name
from generator.errors import DataError, Problem
from generator.model import (
    Case,
    Certificate,
    Dataset,
    Exit,
    Listing,
    Objection,
    ObjectionState,
    RawDataset,
    SourceCase,
    SourceRef,
    SourceRow,
    SourceTable,
    SubjectType,
    TableSummary,
)
from generator.parse import (
    FieldError,
    parse_certificate,
    parse_date,
    parse_reg_no,
    parse_uscc,
    parse_validity,
    shown,
    shown_id,
)
from generator.rules import CLOCK_COLUMNS, IdTypeRule, Rules, fold

T = TypeVar("T")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_CASE_KEYS = {"title", "date", "domain", "record_ids", "measures", "outcome"}
_REQUIRED = {
    "lists": (
        "record_id",
        "list_type",
        "subject_type",
        "name",
        "domain",
        "behavior",
        "department",
        "basis",
        "decided_on",
    ),
    "exits": ("record_id", "reason", "exited_on", "department", "basis"),
    "objections": ("record_id", "opened_on", "state"),
}


class _Row:
    """One row being validated: reads cells by canonical column and records problems."""

    def __init__(self, row: SourceRow, table: SourceTable, problems: list[Problem]) -> None:
        self.row, self.table, self.problems = row, table, problems
        self.ok = True
        self.reported: set[str] = set()
        # Columns the table lacks that the rules fill in (generator/derive.py).
        self.derived: dict[str, str] = {}

    def label(self, column: str) -> str:
        written = self.table.headers.get(column)
        return column if written is None or written == column else f"{written} ({column})"

    def problem(self, column: str, message: str) -> None:
        self.ok = False
        if column in self.row.unreadable or column in self.reported:
            return  # one message per cell: the first says what is wrong
        self.reported.add(column)
        self.problems.append(
            Problem(self.row.ref.file, self.row.ref.row, self.label(column), message)
        )

    def text(self, column: str) -> str:
        return (
            self.row.cells.get(column, "").strip()
            or self.row.implied.get(column, "")
            or self.derived.get(column, "")
        )

    def parse(self, column: str, parser: Callable[[str], T]) -> T | None:
        value = self.text(column)
        if not value:
            return None
        try:
            return parser(value)
        except FieldError as exc:
            self.problem(column, str(exc))
            return None

    def term(
        self, column: str, terms: Mapping[str, T], expected: str | Callable[[], str]
    ) -> T | None:
        value = self.text(column)
        if not value:
            return None
        found = terms.get(fold(value))
        if found is None:
            said = expected if isinstance(expected, str) else expected()  # made only when needed
            self.problem(column, f"unknown value {shown(value)!r}: expected {said}")
        return found


def validate_dataset(
    raw: RawDataset, rules: Rules, config: DatasetConfig, load_problems: Sequence[Problem] = ()
) -> Dataset:
    """Check every row against the contract and the rules; raise `DataError` listing all problems."""
    problems = list(load_problems)
    listings: list[Listing] = []
    exits: list[Exit] = []
    objections: list[Objection] = []
    ids: dict[SourceRef, str] = {}
    for table in raw.tables:
        for source in table.rows:
            row = _Row(source, table, problems)
            if table.kind == "lists":
                _fill_from_rules(row, rules)
                ids[source.ref] = row.text("record_id")
            for column in _REQUIRED[table.kind]:
                if not row.text(column):
                    row.problem(column, "missing value (required)")
            if table.kind == "lists":
                listing = _listing(row, rules)
                if listing is not None and row.ok:
                    listings.append(listing)
            elif table.kind == "exits":
                exit_ = _exit(row, rules)
                if exit_ is not None and row.ok:
                    exits.append(exit_)
            else:
                objection = _objection(row, rules)
                if objection is not None and row.ok:
                    objections.append(objection)

    by_id = _unique_ids(raw.tables, ids, problems)
    _check_exits(exits, by_id, problems)
    _check_objections(objections, by_id, problems)
    cases = [c for c in (_case(s, rules, by_id, problems) for s in raw.cases) if c is not None]
    _check_bounds(raw, config, problems)
    if problems:
        raise DataError(problems)
    return Dataset(
        listings=tuple(listings),
        exits=tuple(exits),
        objections=tuple(objections),
        cases=tuple(cases),
        tables=tuple(TableSummary(t.file, t.encoding, len(t.rows)) for t in raw.tables),
    )


def _fill_from_rules(row: _Row, rules: Rules) -> None:
    """The domain and record id a form leaves out (generator/derive.py); a problem when
    they cannot be derived, naming what the row would need."""
    list_name = row.text("list_name")
    if not row.text("domain") and list_name:
        try:
            code = domain_from_list_name(list_name, rules.domain_terms)
        except Ambiguous as exc:
            row.problem(
                "domain",
                f"missing value: the list name {shown(list_name, 40)!r} names several domains "
                f"({exc}); add a 领域 column",
            )
        else:
            if code is None:
                row.problem(
                    "domain",
                    f"missing value: no domain name or alias of the rules occurs in the list "
                    f"name {shown(list_name, 40)!r}; add a 领域 column",
                )
            else:
                row.derived["domain"] = code
    if not row.text("record_id"):
        derived = _derived_id(row, rules)
        if derived is None:
            row.problem(
                "record_id",
                "missing value: a record id is derived only for an organisation's row with "
                "its code (统一社会信用代码 or 工商注册号), 认定部门 and 认定日期; "
                "add a 记录编号 column",
            )
        else:
            row.derived["record_id"] = derived


def _derived_id(row: _Row, rules: Rules) -> str | None:
    subject_type = rules.subject_type_terms.get(fold(row.text("subject_type")))
    list_type = rules.list_type_terms.get(fold(row.text("list_type")))
    if subject_type is SubjectType.PERSON or list_type is None or not row.text("department"):
        return None
    try:
        code = (
            parse_uscc(row.text("uscc"))
            if row.text("uscc")
            else parse_reg_no(row.text("reg_no_old"))
        )
        decided_on = parse_date(row.text("decided_on"))
    except FieldError:
        return None  # the cell's own problem is reported where it is parsed
    if not code:
        return None
    return derived_record_id(
        code,
        decided_on,
        row.text("department"),
        row.text("decision_no"),
        list_type.value,
        row.text("list_name"),
    )


def _certificate(
    row: _Row, type_column: str, number_column: str, rules: Rules
) -> Certificate | None:
    number = row.text(number_column)
    if not number:
        if row.text(type_column):
            row.problem(
                number_column, "missing value: a certificate type is given without a number"
            )
        return None
    id_rule = (
        row.term(type_column, rules.id_type_terms, lambda: _one_of(rules.vocab.id_types))
        if row.text(type_column)
        else rules.id_type("resident_id")
    )  # forms without a type column carry resident IDs
    if id_rule is None:
        return None
    parsed = row.parse(number_column, lambda v: parse_certificate(v, id_rule))
    return None if parsed is None else Certificate(id_rule.code, parsed)


def _one_of(id_types: Iterable[IdTypeRule]) -> str:
    return "one of " + ", ".join(t.name for t in id_types)


def _listing(row: _Row, rules: Rules) -> Listing | None:
    list_type = row.term("list_type", rules.list_type_terms, "红名单, 黑名单 or 重点关注名单")
    subject_type = row.term(
        "subject_type", rules.subject_type_terms, "自然人, 法人, 非法人组织 or 个体工商户"
    )
    domain = row.term("domain", rules.domain_terms, "a domain name, alias or code from the rules")
    uscc = row.parse("uscc", parse_uscc)
    reg_no = row.parse("reg_no_old", parse_reg_no)
    if subject_type is not None and "subject_type" not in row.row.cells and uscc:
        # The type was implied by a header such as 企业名称; GB 32100's category refines it.
        subject_type = rules.vocab.uscc_prefix_subject_types.get(uscc[:2], subject_type)
    decided_on = row.parse("decided_on", parse_date)

    if subject_type is SubjectType.PERSON:
        if not row.text("id_number"):
            row.problem("id_number", "missing value: required for a natural person (自然人)")
        for column in ("uscc", "reg_no_old"):
            if row.text(column):
                row.problem(
                    column, "a natural person (自然人) has no organisation code; leave it empty"
                )
    elif subject_type is not None and not (row.text("uscc") or row.text("reg_no_old")):
        row.problem(
            "uscc", "missing value: an organisation needs a USCC or an old registration number"
        )
    person_id = _certificate(row, "id_type", "id_number", rules)
    rep_id = _certificate(row, "legal_rep_id_type", "legal_rep_id", rules)

    valid_until = None
    if decided_on is not None and list_type is not None:
        default = rules.list_type(list_type).default_validity
        valid_until = row.parse("valid_until", lambda v: parse_validity(v, decided_on, default))
        if not row.text("valid_until"):
            valid_until = parse_validity("", decided_on, default)
        elif valid_until is not None and valid_until < decided_on:
            row.problem(
                "valid_until", f"ends on {valid_until}, before the decision date {decided_on}"
            )
    clocks = _clocks(row)
    if not row.ok or None in (list_type, subject_type, domain, decided_on, valid_until):
        return None
    assert list_type and subject_type and domain and decided_on and valid_until
    return Listing(
        record_id=row.text("record_id"),
        list_type=list_type,
        list_name=row.text("list_name") or rules.list_type(list_type).name,
        subject_type=subject_type,
        name=row.text("name"),
        uscc=uscc,
        reg_no_old=reg_no,
        legal_rep=row.text("legal_rep") or None,
        legal_rep_id=rep_id,
        id=person_id,
        domain=domain,
        behavior=row.text("behavior"),
        measures=row.text("penalty"),
        department=row.text("department"),
        basis=row.text("basis"),
        decision_no=row.text("decision_no") or None,
        decided_on=decided_on,
        valid_until=valid_until,
        contact=row.text("contact"),
        attachments=_split(row.text("attachments"), r"[|;；\n]"),
        trade_secrets=_split(row.text("trade_secret"), r"\|"),
        notes=row.text("notes"),
        clocks=clocks,
        source=row.row.ref,
    )


def _clocks(row: _Row) -> tuple[tuple[str, date | None], ...]:
    """The deadline dates this table records (a column it lacks is not a missing date)."""
    found = tuple(
        (column, row.parse(column, parse_date))
        for column in CLOCK_COLUMNS
        if column in row.table.headers
    )
    start, end = dict(found).get("notice_start"), dict(found).get("notice_end")
    if start and end and end < start:
        row.problem("notice_end", f"ends on {end}, before the notice period starts ({start})")
    return found


def _split(text: str, separators: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in re.split(separators, text) if p.strip())


def _exit(row: _Row, rules: Rules) -> Exit | None:
    reason = row.term(
        "reason",
        rules.exit_reason_terms,
        "异议成立, 信用修复, 认定标准变更, 列入黑名单, 法院撤销 or 其他",
    )
    exited_on = row.parse("exited_on", parse_date)
    if reason is None or exited_on is None:
        return None
    return Exit(
        record_id=row.text("record_id"),
        reason=reason,
        exited_on=exited_on,
        department=row.text("department"),
        basis=row.text("basis"),
        notes=row.text("notes"),
        source=row.row.ref,
    )


def _objection(row: _Row, rules: Rules) -> Objection | None:
    state = row.term(
        "state",
        rules.objection_state_terms,
        "处理中 (open), 异议成立 (upheld) or 异议不成立 (rejected)",
    )
    opened_on = row.parse("opened_on", parse_date)
    accepted_on = row.parse("accepted_on", parse_date)
    decided_on = row.parse("decided_on", parse_date)
    if opened_on and accepted_on and accepted_on < opened_on:
        row.problem("accepted_on", f"accepted on {accepted_on}, before it was opened ({opened_on})")
    if state is ObjectionState.OPEN and row.text("decided_on"):
        row.problem("decided_on", "an open objection has no decision date; leave it empty")
    if state in (ObjectionState.UPHELD, ObjectionState.REJECTED) and not row.text("decided_on"):
        row.problem("decided_on", "missing value: required once the objection is decided")
    if opened_on and decided_on and decided_on < opened_on:
        row.problem("decided_on", f"decided on {decided_on}, before it was opened ({opened_on})")
    if state is None or opened_on is None:
        return None
    return Objection(
        record_id=row.text("record_id"),
        opened_on=opened_on,
        state=state,
        decided_on=decided_on,
        notes=row.text("notes"),
        accepted_on=accepted_on,
        source=row.row.ref,
    )


def _unique_ids(
    tables: Sequence[SourceTable], ids: Mapping[SourceRef, str], problems: list[Problem]
) -> dict[str, date]:
    """record_id (as given or derived) -> decision date of every listing row; duplicates
    are problems."""
    first: dict[str, SourceRow] = {}
    for table in tables:
        if table.kind != "lists":
            continue
        column = table.headers.get("record_id", "record_id")
        label = column if column == "record_id" else f"{column} (record_id)"
        for row in table.rows:
            record_id = ids.get(row.ref, "")
            if not record_id:
                continue
            derived = not row.cells.get("record_id", "").strip()
            if record_id in first:
                other = first[record_id].ref
                problems.append(
                    Problem(
                        row.ref.file,
                        row.ref.row,
                        label,
                        f"duplicate record_id {shown_id(record_id)!r}: also in {other.file}, row {other.row}"
                        + (
                            " (derived from the organisation's code, decision date, "
                            "department, decision number and list: the same decision twice?)"
                            if derived
                            else ""
                        ),
                    )
                )
            else:
                first[record_id] = row
    decided: dict[str, date] = {}
    for record_id, row in first.items():
        try:
            decided[record_id] = parse_date(row.cells.get("decided_on", ""))
        except FieldError:
            decided[record_id] = date.min
    return decided


def _unknown_record(file: str, row: int, record_id: str) -> Problem:
    return Problem(file, row, "record_id", f"no listing has record_id {shown_id(record_id)!r}")


def _check_exits(exits: list[Exit], by_id: Mapping[str, date], problems: list[Problem]) -> None:
    seen: dict[str, int] = {}
    for e in exits:
        if e.record_id not in by_id:
            problems.append(_unknown_record(e.source.file, e.source.row, e.record_id))
        elif e.exited_on < by_id[e.record_id]:
            problems.append(
                Problem(
                    e.source.file,
                    e.source.row,
                    "exited_on",
                    f"exit on {e.exited_on} is before the listing's decision date {by_id[e.record_id]}",
                )
            )
        if e.record_id in seen:
            problems.append(
                Problem(
                    e.source.file,
                    e.source.row,
                    "record_id",
                    f"a second exit for {shown_id(e.record_id)!r} (first in row {seen[e.record_id]})",
                )
            )
        seen.setdefault(e.record_id, e.source.row)


def _check_objections(
    objections: list[Objection], by_id: Mapping[str, date], problems: list[Problem]
) -> None:
    open_count = Counter(o.record_id for o in objections if o.state is ObjectionState.OPEN)
    for o in objections:
        if o.record_id not in by_id:
            problems.append(_unknown_record(o.source.file, o.source.row, o.record_id))
        if o.state is ObjectionState.OPEN and open_count[o.record_id] > 1:
            problems.append(
                Problem(
                    o.source.file,
                    o.source.row,
                    "state",
                    f"more than one open objection for {shown_id(o.record_id)!r}",
                )
            )


def _case(
    source: SourceCase, rules: Rules, by_id: Mapping[str, date], problems: list[Problem]
) -> Case | None:
    count = len(problems)
    front = source.front_matter

    def bad(key: str, message: str) -> None:
        problems.append(Problem(source.file, 0, key, message))

    for key in sorted(set(front) - _CASE_KEYS):
        bad(key, f"unknown front-matter key: expected {', '.join(sorted(_CASE_KEYS))}")
    slug = source.file.rsplit("/", 1)[-1].removesuffix(".md")
    if not _SLUG.match(slug):
        bad("", "file name must use a-z, 0-9 and - only: it becomes the case's web address")
    title = front.get("title")
    if not isinstance(title, str) or not title.strip():
        bad("title", "missing value (required text)")
    when = front.get("date")
    case_date: date | None = when if isinstance(when, date) else None
    if isinstance(when, str):
        try:
            case_date = parse_date(when)
        except FieldError as exc:
            bad("date", str(exc))
    elif case_date is None:
        bad("date", "missing value (required date)")
    domain_text = front.get("domain")
    domain = rules.domain_terms.get(fold(domain_text)) if isinstance(domain_text, str) else None
    if domain is None:
        bad("domain", f"unknown or missing domain {shown(str(domain_text or ''))!r}")
    record_ids = _str_list(front.get("record_ids", []), "record_ids", bad)
    for record_id in record_ids:
        if record_id not in by_id:
            bad("record_ids", f"no listing has record_id {shown_id(record_id)!r}")
    measures = _str_list(front.get("measures", []), "measures", bad)
    outcome = front.get("outcome", "")
    if not isinstance(outcome, str):
        bad("outcome", "expected text")
    if len(problems) > count or not (isinstance(title, str) and case_date and domain):
        return None
    return Case(
        slug,
        title.strip(),
        case_date,
        domain,
        record_ids,
        measures,
        str(outcome),
        source.body,
        source.file,
    )


def _str_list(value: object, key: str, bad: Callable[[str, str], None]) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
        bad(key, "expected a list of texts")
        return ()
    return tuple(str(v).strip() for v in value)


def _check_bounds(raw: RawDataset, config: DatasetConfig, problems: list[Problem]) -> None:
    counts = Counter[str]()
    for table in raw.tables:
        counts[table.kind] += len(table.rows)
    counts["cases"] = len(raw.cases)
    for kind in ("lists", "exits", "objections", "cases"):
        bounds: RowBounds = getattr(config.expect, kind)
        n = counts[kind]
        where = f"{kind}/" if kind in ("lists", "cases") else f"{kind}.*"
        if n < bounds.min_rows:
            problems.append(
                Problem(
                    where,
                    0,
                    "",
                    f"{n} rows, expected at least {bounds.min_rows} "
                    f"(dataset.yaml expect.{kind}.min_rows): is the export truncated?",
                )
            )
        if bounds.max_rows is not None and n > bounds.max_rows:
            problems.append(
                Problem(
                    where,
                    0,
                    "",
                    f"{n} rows, expected at most {bounds.max_rows} "
                    f"(dataset.yaml expect.{kind}.max_rows): is the export doubled?",
                )
            )
