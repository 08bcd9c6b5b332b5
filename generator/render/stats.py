"""Statistics of the published lists: entries and exits per month and per domain, time on
list, objections and credit repairs. The same figures feed the page's tables, its static SVG
charts (readable without JavaScript) and `stats/stats.json`."""

from __future__ import annotations

import json
import statistics
from collections import Counter
from dataclasses import asdict, dataclass

from generator.model import ExitReason, ObjectionState
from generator.redact.public import PublicState
from generator.render.views import Labels

# Time on list in days: the buckets shown (upper bound exclusive, label).
_BUCKETS = ((182, "半年以内"), (365, "半年至一年"), (730, "一至两年"), (1095, "两至三年"))


@dataclass(frozen=True, slots=True)
class MonthRow:
    month: str  # YYYY-MM
    entries: int
    exits: int


@dataclass(frozen=True, slots=True)
class DomainRow:
    code: str
    name: str
    entries: int
    active: int
    exits: int


@dataclass(frozen=True, slots=True)
class Bucket:
    label: str
    count: int


@dataclass(frozen=True, slots=True)
class SiteStats:
    as_of: str
    active: dict[str, int]  # list type -> active listings
    warning: int
    months: tuple[MonthRow, ...]
    domains: tuple[DomainRow, ...]
    time_on_list: tuple[Bucket, ...]
    median_days_on_list: int | None
    objections: dict[str, int]  # objection state -> listings whose latest objection is in it
    under_objection: int
    credit_repairs: int
    clarifications: int
    exit_reasons: dict[str, int]

    def to_json(self) -> bytes:
        return (
            json.dumps(asdict(self), ensure_ascii=False, sort_keys=True, indent=1) + "\n"
        ).encode()


def compute_stats(public: PublicState, labels: Labels) -> SiteStats:
    entries = Counter(x.decided_on.strftime("%Y-%m") for x in public.listings)
    exits = Counter(e.exited_on.strftime("%Y-%m") for e in public.exits)
    months = sorted(set(entries) | set(exits))
    by_domain_entries = Counter(x.domain for x in public.listings)
    by_domain_active = Counter(x.domain for x in public.listings if x.active)
    by_domain_exits = Counter(e.domain for e in public.exits)
    decided = {x.record_id: x.decided_on for x in public.listings}
    days = sorted(
        (e.exited_on - decided[e.record_id]).days for e in public.exits if e.record_id in decided
    )
    buckets = Counter(_bucket(d) for d in days)
    objections = Counter(x.objection.state.value for x in public.listings if x.objection)
    reasons = Counter(e.reason.value for e in public.exits)
    return SiteStats(
        as_of=public.as_of.isoformat(),
        active=dict(sorted(Counter(x.list_type.value for x in public.listings if x.active).items())),
        warning=len(public.warning),
        months=tuple(MonthRow(m, entries[m], exits[m]) for m in months),
        domains=tuple(
            DomainRow(code, labels.domains[code].name, by_domain_entries[code],
                      by_domain_active[code], by_domain_exits[code])
            for code in sorted(set(by_domain_entries) | set(by_domain_exits),
                               key=lambda c: (-by_domain_entries[c], c))
        ),
        time_on_list=tuple(Bucket(label, buckets[label]) for label in _labels()),
        median_days_on_list=int(statistics.median(days)) if days else None,
        objections={s.value: objections[s.value] for s in ObjectionState},
        under_objection=sum(1 for x in public.listings if x.under_objection),
        credit_repairs=reasons[ExitReason.CREDIT_REPAIR.value],
        clarifications=sum(1 for e in public.exits if e.clarification),
        exit_reasons=dict(sorted(reasons.items())),
    )  # fmt: skip


def _labels() -> tuple[str, ...]:
    return (*(label for _, label in _BUCKETS), "三年以上")


def _bucket(days: int) -> str:
    return next((label for bound, label in _BUCKETS if days < bound), "三年以上")


@dataclass(frozen=True, slots=True)
class Bar:
    x: int
    y: int
    width: int
    height: int
    value: int
    label: str


@dataclass(frozen=True, slots=True)
class Chart:
    """A bar chart as plain geometry; the template draws it as inline SVG."""

    title: str
    width: int
    height: int
    series: tuple[tuple[str, str, tuple[Bar, ...]], ...]  # (name, colour, bars)
    axis: tuple[Bar, ...]  # category labels (x, label) at the bottom


def bar_chart(
    title: str, categories: tuple[str, ...], series: tuple[tuple[str, str, tuple[int, ...]], ...]
) -> Chart:
    """Grouped vertical bars; at most the last 36 categories, so a chart stays legible."""
    shown = categories[-36:]
    offset = len(categories) - len(shown)
    plot_h, base, group_w = 160, 180, max(12, 8 * len(series) + 6)
    top = max([max(v[offset:], default=0) for _, _, v in series] + [1])
    out = []
    for i, (name, colour, values) in enumerate(series):
        bars = []
        for j, value in enumerate(values[offset:]):
            h = round(plot_h * value / top)
            bars.append(Bar(40 + j * group_w + i * 8, base - h, 7, h, value, shown[j]))
        out.append((name, colour, tuple(bars)))
    axis = tuple(Bar(40 + j * group_w, base + 12, group_w, 0, 0, c) for j, c in enumerate(shown))
    return Chart(title, 40 + len(shown) * group_w + 10, base + 40, tuple(out), axis)
