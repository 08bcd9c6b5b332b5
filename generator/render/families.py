"""The page families other than subject pages: lists, domains, exits, cases, statistics,
home, data and search pages. Each function renders one family and writes it."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from markupsafe import Markup

from generator.corrections import Withdrawal
from generator.locked import locked_versions
from generator.model import ListType
from generator.opendata import DEFAULT_TERMS, OpenDataTerms, dcat_dataset
from generator.redact.public import PublicExit, PublicListing, PublicState
from generator.render.chrome import Chrome, fill
from generator.render.pages import (
    Output,
    Shared,
    environment,
    page_folder,
    paginate,
    render_page,
    segment,
)
from generator.render.reuse import PageDigests
from generator.render.stats import SiteStats, bar_chart
from generator.render.views import LIST_SLUGS, CaseLink

LATEST = 10  # rows of "latest" tables on the home page
DOMAIN_ROWS = 50  # active listings per list type shown on a domain page
DOMAIN_EXITS = 20
# A Chinese site prints its times in Asia/Shanghai time. China keeps no daylight saving
# time, so a fixed UTC+8 is exact and needs no time-zone database on the build machine.
SHANGHAI = timezone(timedelta(hours=8), "Asia/Shanghai")


@dataclass(frozen=True, slots=True)
class Filter:
    code: str
    name: str
    count: int


@dataclass(frozen=True, slots=True)
class WarningRow:
    id: str
    name: str
    domains: str


@dataclass(frozen=True, slots=True)
class Count:
    slug: str
    name: str
    count: int


@dataclass(frozen=True, slots=True)
class DomainGroup:
    slug: str
    name: str
    total: int
    rows: tuple[PublicListing, ...]


@dataclass(frozen=True, slots=True)
class DomainRow:
    code: str
    name: str
    lead_department: str
    red: int
    black: int
    focus: int


@dataclass(frozen=True, slots=True)
class MeasureGroup:
    anchor: str
    name: str
    cases: tuple[CaseLink, ...]


@dataclass(frozen=True, slots=True)
class Notices:
    """The announcements published through the exit channels: exit announcements and the
    correction notices of withdrawn listings (generator/corrections.py)."""

    exits: tuple[PublicExit, ...]
    withdrawals: tuple[Withdrawal, ...]

    def newest_first(self) -> list[PublicExit | Withdrawal]:
        rows: list[PublicExit | Withdrawal] = [*self.exits, *self.withdrawals]
        return sorted(rows, key=lambda e: (e.exited_on, e.record_id), reverse=True)


def _newest_first(rows: list[PublicListing]) -> list[PublicListing]:
    return sorted(rows, key=lambda x: (x.decided_on, x.record_id), reverse=True)


def active_by_type(public: PublicState) -> dict[str, list[PublicListing]]:
    out: dict[str, list[PublicListing]] = {t.value: [] for t in ListType}
    for x in public.listings:
        if x.active:
            out[x.list_type.value].append(x)
    return {k: _newest_first(v) for k, v in out.items()}


def write_lists(public: PublicState, shared: Shared, out: Output,
                active: dict[str, list[PublicListing]]) -> None:  # fmt: skip
    labels = shared.labels
    for slug in LIST_SLUGS[:3]:
        rows = active[slug]
        counts = Counter(x.domain for x in rows)
        filters = [Filter(c, labels.domains[c].name, n) for c, n in sorted(counts.items())]
        by_domain: dict[str, list[PublicListing]] = defaultdict(list)
        for x in rows:
            by_domain[x.domain].append(x)
        variants: list[tuple[str, str | None, list[PublicListing]]] = [
            (f"lists/{slug}/", None, rows)
        ]
        variants += [(f"lists/{slug}/domains/{c}/", c, by_domain[c]) for c in sorted(by_domain)]
        for first, domain, chosen in variants:
            heading = labels.lists[slug] + (f"：{labels.domains[domain].name}" if domain else "")
            for n, pages, part in paginate(chosen):
                where = page_folder(first, n)
                out.write(where, render_page(shared, "list.html", where, heading, {
                    "heading": heading, "slug": slug, "intro": "现行有效的名单，按认定日期由近及远排列。",
                    "rows": part, "total": len(chosen), "page": n, "pages": pages,
                    "first": "../" * (where.count("/") - first.count("/")) or "./",
                    "here": where, "filters": filters, "domain": domain,
                }))  # fmt: skip
    focus_domains: dict[str, set[str]] = defaultdict(set)
    for x in active["focus"]:
        focus_domains[x.subject_id].add(labels.domains[x.domain].name)
    names = {s.id: s.name for s in public.subjects if s.warning}
    warning = [WarningRow(i, names.get(i, i), "、".join(sorted(focus_domains[i])))
               for i in sorted(public.warning)]  # fmt: skip
    for n, pages, part in paginate(warning):
        where = page_folder("lists/warning/", n)
        out.write(where, render_page(shared, "list.html", where, labels.lists["warning"], {
            "heading": labels.lists["warning"], "slug": "warning",
            "intro": "在三个及以上领域被列入重点关注名单的主体（发改办财金〔2018〕87号）。",
            "rows": part, "total": len(warning), "page": n, "pages": pages,
            "first": "../" * (where.count("/") - 2) or "./", "here": where,
            "filters": [], "domain": None,
        }))  # fmt: skip


def write_domains(public: PublicState, shared: Shared, out: Output,
                  active: dict[str, list[PublicListing]], notices: Notices) -> None:  # fmt: skip
    labels = shared.labels
    grouped: dict[str, dict[str, list[PublicListing]]] = defaultdict(lambda: defaultdict(list))
    for slug, rows in active.items():
        for x in rows:
            grouped[x.domain][slug].append(x)
    exits: dict[str, list[PublicExit | Withdrawal]] = defaultdict(list)
    for e in notices.newest_first():
        exits[e.domain].append(e)
    index = []
    for code, view in labels.domains.items():
        where = f"domains/{segment(code)}/"
        groups = [DomainGroup(s, labels.lists[s], len(grouped[code][s]),
                              tuple(grouped[code][s][:DOMAIN_ROWS])) for s in LIST_SLUGS[:3]]  # fmt: skip
        out.write(where, render_page(shared, "domain.html", where, view.name, {
            "domain": view, "groups": [g for g in groups if g.total],
            "active_total": sum(g.total for g in groups),
            "exits": exits[code][:DOMAIN_EXITS],
            "cases": shared.links.cases_by_domain.get(code, ()),
        }))  # fmt: skip
        index.append(DomainRow(code, view.name, view.lead_department,
                               *(len(grouped[code][s]) for s in LIST_SLUGS[:3])))  # fmt: skip
    out.write("domains/", render_page(shared, "domains.html", "domains/", "领域", {"rows": index}))


def write_exits(
    notices: Notices, shared: Shared, out: Output, digests: PageDigests | None = None
) -> None:
    newest = notices.newest_first()
    for n, pages, part in paginate(newest):
        where = page_folder("exits/", n)
        out.write(where, render_page(shared, "exits.html", where, "退出公告", {
            "rows": part, "total": len(newest), "page": n, "pages": pages,
            "first": "../" * (where.count("/") - 1) or "./", "here": where,
        }))  # fmt: skip
    for e in notices.exits:
        where = f"exits/{segment(e.record_id)}/"
        if digests is not None and digests.carry(f"{where}index.html", e):
            out.carried(where)
            continue
        out.write(
            where, render_page(shared, "exit.html", where, f"退出公告：{e.subject_name}", {"e": e})
        )
    for w in notices.withdrawals:
        where = f"exits/{segment(w.record_id)}/"
        out.write(
            where,
            render_page(shared, "correction.html", where, f"更正公告：{w.subject_name}", {"w": w}),
        )


def write_cases(public: PublicState, shared: Shared, out: Output) -> None:
    links = shared.links
    names = {s.id: s for s in public.subjects}
    measures = [
        MeasureGroup(anchor, m, tuple(CaseLink(c.slug, c.title) for c in public.cases if m in c.measures))
        for m, anchor in sorted(links.measure_ids.items(), key=lambda kv: int(kv[1][1:]))
    ]  # fmt: skip
    out.write("cases/", render_page(shared, "cases.html", "cases/", "典型案例",
                                    {"cases": public.cases, "measures": measures}))  # fmt: skip
    for case in public.cases:
        where = f"cases/{segment(case.slug)}/"
        subjects = [names[i] for i in dict.fromkeys(case.subject_ids) if i in names]
        out.write(where, render_page(shared, "case.html", where, case.title, {
            "case": case, "subjects": subjects, "measure_ids": links.measure_ids,
        }))  # fmt: skip


def write_stats(stats: SiteStats, shared: Shared, out: Output) -> None:
    months = tuple(r.month for r in stats.months)
    month_chart = bar_chart("每月列入与退出", months, (
        ("列入", "#b71c1c", tuple(r.entries for r in stats.months)),
        ("退出", "#1a237e", tuple(r.exits for r in stats.months)),
    ))  # fmt: skip
    time_chart = bar_chart("已退出记录在名单上的时间",
                           tuple(b.label for b in stats.time_on_list),
                           (("记录数", "#1a237e", tuple(b.count for b in stats.time_on_list)),))  # fmt: skip
    out.write("stats/", render_page(shared, "stats.html", "stats/", "统计", {
        "s": stats, "month_chart": month_chart, "time_chart": time_chart,
    }))  # fmt: skip
    out.write("stats/", stats.to_json(), name="stats.json")


def write_home_and_data(public: PublicState, shared: Shared, out: Output, shells: dict[str, Chrome],
                        active: dict[str, list[PublicListing]], built_at: datetime,
                        notices: Notices,
                        terms: OpenDataTerms = DEFAULT_TERMS) -> None:  # fmt: skip
    labels = shared.labels
    env = environment()
    counts = [Count(s, labels.lists[s], len(active[s])) for s in LIST_SLUGS[:3]]
    counts.append(Count("warning", labels.lists["warning"], len(public.warning)))
    newest = notices.newest_first()
    latest = sorted((x for x in public.listings if x.active),
                    key=lambda x: (x.decided_on, x.record_id), reverse=True)[:LATEST]  # fmt: skip
    body = env.get_template("home.html").render(
        root="", labels=labels, counts=counts, exit_total=len(newest),
        case_total=len(public.cases), as_of=public.as_of,
        built_at=built_at.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M 北京时间"), latest=latest,
        latest_exits=newest[:LATEST],
    )  # fmt: skip
    home = fill(shells["index.html"].frame(0), title="", head="", content=body,
                canonical=shared.site_url)  # fmt: skip
    out.write("", home)
    active_total = sum(len(v) for v in active.values())
    locked = locked_versions()
    body = env.get_template("data.html").render(
        root="../", labels=labels, as_of=public.as_of, active_total=active_total,
        # Subjects with a listing in force: a subject whose listings all left is not counted.
        subject_total=sum(1 for s in public.subjects if any(x.active for x in s.listings)),
        licence_id=terms.licence_id,
        licence_title=terms.licence_title, licence_url=terms.licence_url,
        licence_default=terms.default, locked=sorted(locked.items()),
    )  # fmt: skip
    head = _json_ld(_dataset_ld(public, shared, terms)) + _json_ld(dcat_dataset(
        terms, title=labels.site_name, description=_DESCRIPTION, publisher=labels.site_name,
        site_url=shared.site_url, issued=public.as_of.isoformat(),
        distributions=[(p, m, p.rsplit("/", 1)[1]) for p, m in _DOWNLOADS], locked=locked,
    ))  # fmt: skip
    out.write("data/", fill(shells["data/index.html"].frame(0), title="", head=head,
                            content=body, canonical=shared.site_url + "data/"))  # fmt: skip


_DESCRIPTION = (
    "信用红名单、黑名单、重点关注名单的公示信息、退出公告与典型案例（已去除个人隐私和商业秘密）。"
)
_DOWNLOADS = (("data/snapshot.csv", "text/csv"), ("data/snapshot.json", "application/json"),
              ("feeds/all.json", "application/feed+json"))  # fmt: skip


def _dataset_ld(public: PublicState, shared: Shared, terms: OpenDataTerms) -> dict[str, object]:
    """schema.org Dataset metadata."""
    base = shared.site_url
    return {
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": shared.labels.site_name,
        "description": _DESCRIPTION,
        "url": base + "data/",
        "license": terms.licence_url,
        "inLanguage": "zh-CN",
        "temporalCoverage": f"../{public.as_of.isoformat()}",
        "isAccessibleForFree": True,
        "distribution": [
            {"@type": "DataDownload", "encodingFormat": fmt, "contentUrl": base + path}
            for path, fmt in _DOWNLOADS
        ],
    }  # fmt: skip


def _json_ld(doc: dict[str, object]) -> str:
    """A JSON-LD data block (not script), so the CSP does not object."""
    text = json.dumps(doc, ensure_ascii=False, sort_keys=True)
    # "</" inside the block would end the script element early.
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(f'<script type="application/ld+json">{text}</script>')  # noqa: S704 (escaped above)


def write_search_and_404(shared: Shared, out: Output, search_js: str, site_path: str) -> None:
    out.write(
        "search/", render_page(shared, "search.html", "search/", "搜索", {"search_js": search_js})
    )
    # The 404 page is served for any missing path, so its links are absolute paths from the
    # site's own root (the one exception to relative links).
    body = environment().get_template("notfound.html").render(root=site_path, labels=shared.labels)
    page = fill(shared.chrome.frame_at(site_path), title="页面不存在", head="", content=body,
                canonical=shared.site_url + "404.html")  # fmt: skip
    out.write("", page, name="404.html", sitemap=False)
