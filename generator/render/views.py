"""What the templates read besides the public records: labels and per-domain facts from
the rules, and the indexes that link pages to each other. Built once per build, then
shared by every page (and picklable, for rendering partitions in worker processes)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from generator.corrections import NONE, Amendment, Corrections, Withdrawal, by_record
from generator.model import ExitReason, ListType, ObjectionState, SubjectType
from generator.redact.public import PublicCase, PublicListing, PublicState
from generator.rules import Rules

EXIT_REASONS: Mapping[str, str] = {
    ExitReason.OBJECTION_UPHELD: "异议成立",
    ExitReason.CREDIT_REPAIR: "信用修复",
    ExitReason.CRITERIA_CHANGED: "认定标准变更",
    ExitReason.MOVED_TO_BLACK: "转入黑名单",
    ExitReason.MOVED_TO_FOCUS: "转入重点关注名单",
    ExitReason.COURT_REVOKED: "法院撤销",
    ExitReason.OTHER: "其他原因",
    ExitReason.EXPIRY: "有效期届满",
    ExitReason.WITHDRAWN: "撤销发布",
}
OBJECTION_STATES: Mapping[str, str] = {
    ObjectionState.OPEN: "核查中",
    ObjectionState.UPHELD: "异议成立",
    ObjectionState.REJECTED: "异议不成立",
}
SUBJECT_TYPES: Mapping[str, str] = {
    SubjectType.PERSON: "自然人",
    SubjectType.LEGAL_ENTITY: "法人",
    SubjectType.OTHER_ORG: "非法人组织",
    SubjectType.INDIVIDUAL_BUSINESS: "个体工商户",
}
# What an amendment notice calls each field it names (never the values).
FIELDS: Mapping[str, str] = {
    "list_name": "名单名称",
    "subject_name": "主体名称",
    "uscc": "统一社会信用代码",
    "reg_no_old": "工商注册号",
    "legal_rep": "法定代表人（经营者）",
    "id_type": "证件类型",
    "id_number": "证件号码",
    "domain": "领域",
    "behavior": "行为事实",
    "measures": "奖惩措施",
    "department": "认定部门",
    "basis": "认定依据",
    "decision_no": "认定文号",
    "decided_on": "认定日期",
    "valid_until": "有效期",
}
# The pages' list slugs: the three list types and the derived big-data warning list.
LIST_SLUGS = ("red", "black", "focus", "warning")
WARNING_NAME = "大数据警示名单"


@dataclass(frozen=True, slots=True)
class MemorandumView:
    title: str
    doc_no: str


@dataclass(frozen=True, slots=True)
class DomainView:
    code: str
    name: str
    lead_department: str
    memoranda: tuple[MemorandumView, ...]


@dataclass(frozen=True, slots=True)
class CaseLink:
    slug: str
    title: str


@dataclass(frozen=True, slots=True)
class Labels:
    """Names shown for codes; one instance per build, passed to every template."""

    domains: Mapping[str, DomainView]
    lists: Mapping[str, str]  # list slug -> Chinese name
    reasons: Mapping[str, str]
    objections: Mapping[str, str]
    subject_types: Mapping[str, str]
    fields: Mapping[str, str]
    site_name: str


@dataclass(frozen=True, slots=True)
class Links:
    """Cross-references between pages, computed once from the whole public state."""

    cases_by_subject: Mapping[str, tuple[CaseLink, ...]]
    cases_by_domain: Mapping[str, tuple[CaseLink, ...]]
    measure_ids: Mapping[str, str]  # measure text -> anchor on the cases index
    known_subjects: frozenset[str]
    # Correction notices (generator/corrections.py): withdrawn listings by subject id,
    # amendments by record id.
    withdrawn: Mapping[str, tuple[Withdrawal, ...]] = field(default_factory=dict)
    amendments: Mapping[str, tuple[Amendment, ...]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class NoticeSubject:
    """The page of a subject known only from correction notices: every listing of it was
    withdrawn, and the page carries what the notices need, nothing more."""

    id: str
    subject_type: SubjectType
    name: str
    uscc: str | None
    reg_no_old: str | None
    warning: bool = False
    legal_rep: None = None
    id_type: None = None
    id_number: None = None
    listings: tuple[()] = ()


def make_labels(rules: Rules, site_name: str) -> Labels:
    domains = {
        d.code: DomainView(
            code=d.code,
            name=d.name,
            lead_department=d.lead_department or "",
            memoranda=tuple(MemorandumView(m.title, m.doc_no) for m in d.memoranda),
        )
        for d in rules.domains
    }
    lists = {t.value: rules.list_type(t).name for t in ListType}
    lists["warning"] = WARNING_NAME
    return Labels(
        domains=domains,
        lists=lists,
        reasons=dict(EXIT_REASONS),
        objections=dict(OBJECTION_STATES),
        subject_types=dict(SUBJECT_TYPES),
        fields=dict(FIELDS),
        site_name=site_name,
    )


def make_links(public: PublicState, corrections: Corrections = NONE) -> Links:
    by_subject: dict[str, list[CaseLink]] = defaultdict(list)
    by_domain: dict[str, list[CaseLink]] = defaultdict(list)
    measures: set[str] = set()
    for case in public.cases:
        link = CaseLink(case.slug, case.title)
        for subject_id in dict.fromkeys(case.subject_ids):
            by_subject[subject_id].append(link)
        by_domain[case.domain].append(link)
        measures.update(case.measures)
    return Links(
        cases_by_subject={k: tuple(v) for k, v in by_subject.items()},
        cases_by_domain={k: tuple(v) for k, v in by_domain.items()},
        measure_ids={m: f"m{i + 1}" for i, m in enumerate(sorted(measures))},
        known_subjects=frozenset(s.id for s in public.subjects),
        withdrawn=withdrawn_by_subject(corrections),
        amendments=by_record(corrections.amendments),
    )


def withdrawn_by_subject(corrections: Corrections) -> dict[str, tuple[Withdrawal, ...]]:
    out: dict[str, list[Withdrawal]] = defaultdict(list)
    for w in corrections.withdrawals:
        out[w.subject_id].append(w)
    return {k: tuple(reversed(v)) for k, v in out.items()}  # newest first


def list_slug(listing: PublicListing) -> str:
    return listing.list_type.value


def cases_with_measure(cases: tuple[PublicCase, ...], measure: str) -> tuple[PublicCase, ...]:
    return tuple(c for c in cases if measure in c.measures)
