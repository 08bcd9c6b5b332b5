"""Rules as data: domains and memoranda, list types, vocabularies, header aliases and the
redaction policy, read from YAML files and checked once, in one place.

The project's defaults live in `data/rules/`; a dataset may ship its own `rules/` folder,
and each file found there replaces the default file of the same name wholesale (a
locality's rules are easier to audit as whole files than as patches).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from generator.errors import ConfigError
from generator.model import ExitReason, ListType, ObjectionState, SubjectType
from generator.settings import DEFAULT_RULES_DIR

# libyaml's C loader is 10x faster than the pure-Python one and is safe (no object tags).
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
E = TypeVar("E", bound=Enum)
RULE_FILES = ("domains", "list_types", "vocab", "headers", "policy", "redaction")
TABLE_KINDS = ("lists", "exits", "objections")

# Optional dates the deadline clocks need (data/rules/deadlines.yaml); internal, never
# published.
CLOCK_COLUMNS = ("received_on", "notice_start", "notice_end", "notified_on", "published_on")
LIST_COLUMNS = (
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
    *CLOCK_COLUMNS,
)
TABLE_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "lists": LIST_COLUMNS,
    "exits": ("record_id", "reason", "exited_on", "department", "basis", "notes"),
    "objections": ("record_id", "opened_on", "accepted_on", "state", "decided_on", "notes"),
}


@lru_cache(maxsize=8192)  # a column of 10⁵ rows holds a handful of distinct terms
def fold(text: str) -> str:
    """The form under which headers and vocabulary terms are compared."""
    text = unicodedata.normalize("NFKC", text).casefold()
    # str.split() cuts at exactly the characters str.isspace() names.
    return "".join(text.split()).replace("*", "").replace("＊", "")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Memorandum(_Strict):
    title: str
    doc_no: str
    kind: Literal["punishment", "reward", "both"]
    source: str = ""


class Domain(_Strict):
    code: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$")]
    name: str
    aliases: list[str] = []
    lead_department: str | None = None
    memoranda: list[Memorandum] = []


class DomainsFile(_Strict):
    domains: list[Domain]


class Validity(_Strict):
    years: int = 0
    months: int = 0
    days: int = 0


class ListTypeRule(_Strict):
    code: ListType
    name: str
    aliases: list[str] = []
    default_validity: Validity


class ListTypesFile(_Strict):
    list_types: list[ListTypeRule]


class IdTypeRule(_Strict):
    code: str
    name: str
    aliases: list[str] = []
    check: Literal["gb11643"] | None = None
    accept_15_digit: bool = False
    pattern: str | None = None

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str | None) -> str | None:
        if value is not None:
            re.compile(value)
        return value


class VocabFile(_Strict):
    subject_types: dict[SubjectType, list[str]]
    uscc_prefix_subject_types: dict[str, SubjectType] = {}
    id_types: list[IdTypeRule]
    exit_reasons: dict[ExitReason, list[str]]
    objection_states: dict[ObjectionState, list[str]]


class ImpliedAlias(_Strict):
    header: str
    implies: dict[str, str]


HeaderAlias = str | ImpliedAlias


class HeadersFile(_Strict):
    lists: dict[str, list[HeaderAlias]]
    exits: dict[str, list[HeaderAlias]]
    objections: dict[str, list[HeaderAlias]]


ColumnClass = Literal["public", "text", "name", "certificate", "internal"]


class MaskRules(_Strict):
    character: str = "＊"
    compound_surnames: list[str] = []
    certificate_keep_first: int = 6
    certificate_keep_last: int = 4


class PolicyFile(_Strict):
    columns: dict[str, ColumnClass]
    mask: MaskRules = MaskRules()


class RedactionFile(_Strict):
    """The tables behind the text detectors (surnames, context cues, the removal marker)."""

    removed_marker: str = "〔已隐去〕"
    masked_certificate_types: list[str] = ["resident_id"]
    surnames: str
    context_cues: list[str]
    name_stop_chars: str = ""
    use_segmenter: bool = True
    # Names in prose (issue 17): rarer surnames, what may stand between a cue and a name,
    # enumerations and the words that close them, and what says "place or organisation".
    rare_surnames: str = ""
    cue_links: list[str] = []
    list_links: list[str] = []
    list_markers: list[str] = []
    not_names: list[str] = []
    place_suffixes: str = ""
    org_suffixes: list[str] = []
    not_in_org: str = ""
    pinyin_surnames: list[str] = []
    after_cues: list[str] = []
    unknown_after_cue: bool = False
    role_suffixes: str = ""
    occupation_cues: list[str] = []
    title_endings: list[str] = []
    # The pattern detectors' tables; None (left out of a dataset's own file) means the
    # project's table, so that leaving a table out never switches a detector off.
    im_cues: dict[str, list[str]] | None = None
    im_value_lead: list[str] | None = None
    email_at_words: list[str] | None = None
    email_dot_words: list[str] | None = None
    email_tlds: list[str] | None = None
    plate_first: str | None = None
    plate_last: str | None = None
    certificate_cues: list[str] | None = None
    certificate_cue_suffixes: list[str] | None = None
    landline_cues: list[str] | None = None
    extension_words: list[str] | None = None
    mobile_piece_cues: list[str] | None = None
    spoken_digits: dict[str, str] | None = None
    address_units: list[str] | None = None
    address_cues: list[str] | None = None
    amount_units: dict[str, tuple[str, float]] | None = None
    amount_multipliers: dict[str, int] | None = None
    income_cues: list[str] | None = None

    @field_validator("surnames", "name_stop_chars", "rare_surnames", "place_suffixes", "not_in_org")
    @classmethod
    def _no_spaces(cls, value: str) -> str:
        return "".join(value.split())

    @field_validator("removed_marker")
    @classmethod
    def _marker(cls, value: str) -> str:
        # The marker must never look like a value: no digit, no letter a detector could read.
        if not value or any(ch.isdigit() or (ch.isascii() and ch.isalpha()) for ch in value):
            raise ValueError("removed_marker must be non-empty, without digits or Latin letters")
        return value


@dataclass(frozen=True, slots=True)
class HeaderMatch:
    column: str
    implies: Mapping[str, str]


@dataclass(frozen=True)
class Rules:
    """Every rule a build needs, with the look-up tables built once."""

    domains: tuple[Domain, ...]
    list_types: tuple[ListTypeRule, ...]
    vocab: VocabFile
    policy: PolicyFile
    redaction: RedactionFile
    sources: Mapping[str, str]  # rule file -> path it was read from
    headers: Mapping[str, Mapping[str, HeaderMatch]]  # table -> folded header -> match
    domain_terms: Mapping[str, str]  # folded name/alias/code -> domain code
    list_type_terms: Mapping[str, ListType]
    subject_type_terms: Mapping[str, SubjectType]
    id_type_terms: Mapping[str, IdTypeRule]
    exit_reason_terms: Mapping[str, ExitReason]
    objection_state_terms: Mapping[str, ObjectionState]

    def domain(self, code: str) -> Domain:
        return next(d for d in self.domains if d.code == code)

    def list_type(self, code: ListType) -> ListTypeRule:
        return next(t for t in self.list_types if t.code == code)

    def id_type(self, code: str) -> IdTypeRule:
        return next(t for t in self.vocab.id_types if t.code == code)


M = TypeVar("M", bound=BaseModel)


def read_rule_file(name: str, schema: type[M], override_dir: Path | None = None) -> tuple[M, Path]:
    """One optional rule file outside RULE_FILES (a dataset's own, else the project's), read
    and checked with `schema`; every problem in one ConfigError naming the file."""
    path = DEFAULT_RULES_DIR / f"{name}.yaml"
    if override_dir is not None and (override_dir / f"{name}.yaml").is_file():
        path = override_dir / f"{name}.yaml"
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER) or {}  # noqa: S506 (a safe loader)
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: rule file is missing") from exc
    except (yaml.YAMLError, UnicodeDecodeError, ValueError) as exc:
        # PyYAML raises a bare ValueError for a date like 2026-13-01.
        raise ConfigError(f"{path}: not valid UTF-8 YAML ({_first_line(exc)})") from exc
    try:
        return schema.model_validate(data), path
    except ValidationError as exc:
        problems = [
            f"{path}: {'.'.join(map(str, e['loc'])) or '(top level)'}: {e['msg']}"
            for e in exc.errors()
        ]
        raise ConfigError("invalid rules:\n" + "\n".join(problems)) from exc


def load_rules(
    override_dir: Path | None = None, default_dir: Path = DEFAULT_RULES_DIR, locality: str = ""
) -> Rules:
    """Read and check the rule files; every problem is reported in one ConfigError.

    `locality` (dataset.yaml's) fills `{locality}` in the domains' lead departments: the
    project's rules name no city's departments (本市 when the dataset names no locality)."""
    problems: list[str] = []
    raw: dict[str, object] = {}
    sources: dict[str, str] = {}
    for name in RULE_FILES:
        path = default_dir / f"{name}.yaml"
        if override_dir is not None and (override_dir / f"{name}.yaml").is_file():
            path = override_dir / f"{name}.yaml"
        sources[name] = str(path)
        try:
            raw[name] = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)  # noqa: S506 (a safe loader)
        except FileNotFoundError:
            problems.append(f"{path}: rule file is missing")
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            problems.append(f"{path}: not valid UTF-8 YAML ({_first_line(exc)})")
    models: dict[str, BaseModel] = {}
    schemas: dict[str, type[BaseModel]] = {
        "domains": DomainsFile,
        "list_types": ListTypesFile,
        "vocab": VocabFile,
        "headers": HeadersFile,
        "policy": PolicyFile,
        "redaction": RedactionFile,
    }
    for name, data in raw.items():
        try:
            models[name] = schemas[name].model_validate(data)
        except ValidationError as exc:
            for err in exc.errors():
                loc = ".".join(str(p) for p in err["loc"]) or "(top level)"
                problems.append(f"{sources[name]}: {loc}: {err['msg']}")
    if problems:
        raise ConfigError("invalid rules:\n" + "\n".join(problems))
    rules = _index(models, sources, problems, locality)
    if problems:
        raise ConfigError("invalid rules:\n" + "\n".join(problems))
    return rules


def _first_line(exc: BaseException) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


K = TypeVar("K", bound=Hashable)


def _terms(
    entries: Mapping[K, Sequence[str]], what: str, where: str, problems: list[str]
) -> dict[str, K]:
    """Fold every term; a term that names two different things is a rule error."""
    table: dict[str, K] = {}
    for value, words in entries.items():
        for word in words:
            key = fold(word)
            if key in table and table[key] != value:
                problems.append(
                    f"{where}: {what} term {word!r} names both {table[key]} and {value}"
                )
            table[key] = value
    return table


def _with_codes(enum: type[E], words: Mapping[E, list[str]]) -> dict[E, list[str]]:
    """Vocabulary words plus each code itself, so English exports work unchanged.
    Derived members (expiry, withdrawal) are the software's to decide, never an input's."""
    return {
        member: [member.value, *words.get(member, [])]
        for member in enum
        if not getattr(member, "is_derived", False)
    }


def _index(
    models: Mapping[str, BaseModel],
    sources: Mapping[str, str],
    problems: list[str],
    locality: str,
) -> Rules:
    domains_file = models["domains"]
    list_types_file = models["list_types"]
    vocab = models["vocab"]
    headers_file = models["headers"]
    policy = models["policy"]
    redaction = models["redaction"]
    assert isinstance(redaction, RedactionFile)
    assert isinstance(domains_file, DomainsFile) and isinstance(list_types_file, ListTypesFile)
    assert isinstance(vocab, VocabFile) and isinstance(headers_file, HeadersFile)
    assert isinstance(policy, PolicyFile)
    where_vocab = sources["vocab"]

    place = locality or "本市"
    domains = tuple(
        d.model_copy(update={"lead_department": d.lead_department.replace("{locality}", place)})
        if d.lead_department
        else d
        for d in domains_file.domains
    )
    if len({d.code for d in domains}) != len(domains):
        problems.append(f"{sources['domains']}: domain codes must be unique")
    list_types = tuple(list_types_file.list_types)
    missing = set(ListType) - {t.code for t in list_types}
    if missing:
        problems.append(f"{sources['list_types']}: no rule for list type(s) {sorted(missing)}")
    for t in vocab.id_types:
        if t.check is None and t.pattern is None:
            problems.append(f"{where_vocab}: certificate type {t.code} needs a check or a pattern")
    unclassified = [c for c in LIST_COLUMNS if c not in policy.columns]
    if unclassified:
        problems.append(
            f"{sources['policy']}: columns not classified (fail closed): {', '.join(unclassified)}"
        )
    id_types = {t.code: t for t in vocab.id_types}
    return Rules(
        domains=domains,
        list_types=list_types,
        vocab=vocab,
        policy=policy,
        redaction=redaction,
        sources=sources,
        headers={kind: _header_table(headers_file, kind, sources["headers"], problems)
                 for kind in TABLE_KINDS},
        domain_terms=_terms({d.code: [d.code, d.name, *d.aliases] for d in domains},
                            "domain", sources["domains"], problems),
        list_type_terms=_terms({t.code: [t.code.value, t.name, *t.aliases] for t in list_types},
                               "list type", sources["list_types"], problems),
        subject_type_terms=_terms(_with_codes(SubjectType, vocab.subject_types),
                                  "subject type", where_vocab, problems),
        id_type_terms={
            key: id_types[code]
            for key, code in _terms({t.code: [t.code, t.name, *t.aliases] for t in vocab.id_types},
                                    "certificate type", where_vocab, problems).items()
        },
        exit_reason_terms=_terms(_with_codes(ExitReason, vocab.exit_reasons),
                                 "exit reason", where_vocab, problems),
        objection_state_terms=_terms(_with_codes(ObjectionState, vocab.objection_states),
                                     "objection state", where_vocab, problems),
    )  # fmt: skip


def _header_table(
    headers_file: HeadersFile, kind: str, where: str, problems: list[str]
) -> dict[str, HeaderMatch]:
    """Folded header -> canonical column (and implied values) for one kind of table."""
    table: dict[str, HeaderMatch] = {}
    for column, aliases in getattr(headers_file, kind).items():
        if column not in TABLE_COLUMNS[kind]:
            problems.append(f"{where}: {kind}: unknown canonical column {column!r}")
        for alias in [column, *aliases]:
            header, implies = (
                (alias, {}) if isinstance(alias, str) else (alias.header, alias.implies)
            )
            key = fold(header)
            if key in table and table[key].column != column:
                problems.append(
                    f"{where}: {kind}: header {header!r} means both {table[key].column} and {column}"
                )
            table[key] = HeaderMatch(column, implies)
    for column in TABLE_COLUMNS[kind]:
        table.setdefault(fold(column), HeaderMatch(column, {}))
    return table
