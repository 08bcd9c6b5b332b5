"""The feed files: JSON Feed 1.1, and RSS 2.0 and Atom made by feedgen from the same items.

An item is made from a change-log line alone (plus the rules' names and the site URL), so
an event published by an earlier build renders exactly as it did then.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from urllib.parse import urljoin

from feedgen.feed import FeedGenerator

from generator.feeds.history import AMENDED, EXITED, LISTED
from generator.feeds.record import pretty
from generator.model import ExitReason, ListType
from generator.redact.public import PublicCase
from generator.render.env import render_markdown
from generator.rules import Rules

FEEDS_DIR = Path("feeds")
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
EXTENSION = "_creditsite"
SPEC_VERSION = 1
# Events are dated by day in China; a calendar date is published as midnight Beijing time.
CHINA = timezone(timedelta(hours=8), "CST")

KIND_LABELS = {
    LISTED: "列入",
    "objection_opened": "异议受理",
    "objection_closed": "异议办结",
    AMENDED: "信息更正",
    EXITED: "退出",
}
REASON_LABELS = {
    ExitReason.OBJECTION_UPHELD.value: "异议成立（澄清）",
    ExitReason.CREDIT_REPAIR.value: "信用修复",
    ExitReason.CRITERIA_CHANGED.value: "认定标准变更",
    ExitReason.MOVED_TO_BLACK.value: "列入黑名单",
    ExitReason.MOVED_TO_FOCUS.value: "列入重点关注名单",
    ExitReason.COURT_REVOKED.value: "法院撤销",
    ExitReason.OTHER.value: "其他",
    ExitReason.EXPIRY.value: "有效期届满",
    ExitReason.WITHDRAWN.value: "撤销公告",
}
# The public fields an amendment can change, as the feed items name them.
FIELD_LABELS = {
    "list_type": "名单类型",
    "list_name": "名单名称",
    "subject_type": "主体类型",
    "subject_name": "主体名称",
    "uscc": "统一社会信用代码",
    "reg_no_old": "工商注册号",
    "legal_rep": "法定代表人",
    "id_type": "证件类型",
    "id_number": "证件号码",
    "domain": "领域",
    "behavior": "失信/守信行为",
    "measures": "处罚结果/获得奖励",
    "department": "认定部门",
    "basis": "认定依据",
    "decision_no": "认定文号",
    "decided_on": "认定日期",
    "valid_until": "有效期",
    "under_objection": "异议状态",
    "suspended": "惩戒措施暂停执行",
    "objection": "异议",
}
WITHDRAWN_TEXT = (
    "该记录已不在公示期内，或此后已更正，按规定不再公示其内容；"
    "变更日志保留该事件的序号、类型、日期、记录编号和承诺值（commitment）。"
)
OBJECTION_LABELS = {"open": "核查中", "upheld": "异议成立", "rejected": "异议不成立"}


@dataclass(frozen=True, slots=True)
class FeedSpec:
    key: str  # path under feeds/ without extension
    title: str
    description: str
    home: str  # site path of the matching page


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    url: str
    title: str  # plain text: readers show a title as text, never as markup
    text: str
    html: str  # the item's HTML: every piece of data in it escaped, or rendered as the site does
    published: datetime
    tags: tuple[str, ...]
    extension: Mapping[str, object]


def feed_specs(rules: Rules, domains: Sequence[str]) -> list[FeedSpec]:
    """Every event feed, including empty ones: consumers poll a fixed set of URLs."""
    specs = [
        FeedSpec("all", "信用红黑名单：全部事件", "列入、信息更正、异议、退出的全部事件", ""),
        FeedSpec(
            "exits", "信用红黑名单：退出公告", "退出名单的事件，含有效期届满和记录撤下", "exits/"
        ),
    ]
    for lt in ListType:
        name = rules.list_type(lt).name
        specs.append(
            FeedSpec(
                f"lists/{lt.value}", f"{name}：全部事件", f"{name}的全部事件", f"lists/{lt.value}/"
            )
        )
    # The big-data warning list (≥ 3 key-attention domains) is derived, not submitted; its
    # feed carries the focus-list events of the subjects on it (history.warning_feed).
    specs.append(
        FeedSpec(
            "lists/warning",
            "大数据警示名单：全部事件",
            "列入大数据警示名单（三个及以上领域列入重点关注名单）的主体的重点关注名单事件",
            "lists/warning/",
        )
    )
    for code in domains:
        name = _domain_name(rules, code)
        specs.append(
            FeedSpec(
                f"domains/{code}",
                f"{name}领域：全部事件",
                f"{name}领域名单的全部事件",
                f"domains/{code}/",
            )
        )
    return specs


def _domain_name(rules: Rules, code: str) -> str:
    return next((d.name for d in rules.domains if d.code == code), code)


def event_item(line: str, rules: Rules, site_url: str) -> Item:
    """A feed item from a change-log line with its record filled in, or withdrawn (`salt`
    null): then the item shows what the line keeps and nothing of the listing's content."""
    event = json.loads(line)
    record = event["record"]
    kind = event["kind"]
    label = KIND_LABELS.get(kind, kind)
    if kind == EXITED and event.get("reason") == ExitReason.WITHDRAWN.value:
        label = "更正公告（撤销）"
    elif kind == EXITED and event.get("reason"):
        label = f"{label}（{REASON_LABELS.get(event['reason'], event['reason'])}）"
    elif kind == AMENDED and event.get("changed"):
        label = f"{label}（{'、'.join(FIELD_LABELS.get(f, f) for f in event['changed'])}）"
    domain = _domain_name(rules, event["domain"])
    if record is None:  # withdrawn: only what the line keeps
        title = f"{label}｜{rules.list_type(ListType(event['list_type'])).name}"
        text = f"事件：{label}（{event['date']}）\n记录编号：{event['record_id']}\n{WITHDRAWN_TEXT}"
    else:
        title = f"{label}｜{record['list_name']}｜{record['subject_name']}"
        text = _event_text(event, record, label, domain)
    return Item(
        id=event["id"],
        url=f"{site_url}subjects/{event['subject_id']}/",
        title=title,
        text=text,
        html=text_html(text),
        published=_midnight(event["date"]),
        tags=(kind, event["list_type"], event["domain"]),
        extension=event,
    )


def _event_text(
    event: Mapping[str, object], record: Mapping[str, object], label: str, domain: str
) -> str:
    red = record["list_type"] == ListType.RED.value
    lines = [
        f"事件：{label}（{event['date']}）",
        f"主体：{record['subject_name']}",
        f"名单：{record['list_name']}",
        f"领域：{domain}",
        f"认定部门：{record['department']}",
    ]
    # An exit announcement has no basis, conduct or measures: they left with the listing.
    if "basis" in record:
        lines.append(f"认定依据：{record['basis']}")
    lines += [
        f"认定文号：{record['decision_no'] or '—'}",
        f"认定日期：{record['decided_on']}　有效期至：{record['valid_until']}",
    ]
    if "behavior" in record:
        lines += [
            f"{'守信行为' if red else '失信行为'}：{record['behavior']}",
            f"{'获得奖励' if red else '处罚结果'}：{record['measures']}",
        ]
    changed = event.get("changed")
    if isinstance(changed, list):
        names = "、".join(FIELD_LABELS.get(str(f), str(f)) for f in changed)
        lines.append(f"更正：{event['date']} 更正了{names}")
    objection = record.get("objection")
    if isinstance(objection, Mapping):
        state = OBJECTION_LABELS.get(str(objection["state"]), str(objection["state"]))
        lines.append(f"异议：{objection['opened_on']} 受理，{state}")
    if record.get("suspended"):
        lines.append("存在异议：核查期间联合惩戒措施暂停执行")
    exit_ = record.get("exit")
    if isinstance(exit_, Mapping):
        reason = REASON_LABELS.get(str(exit_["reason"]), str(exit_["reason"]))
        lines.append(f"退出：{exit_['exited_on']}，{reason}，依据：{exit_['basis']}")
        if exit_.get("clarification"):
            lines.append("澄清：经核实该记录认定有误，予以撤销并恢复主体信用")
        if exit_.get("caused_by"):
            lines.append(f"关联记录：{exit_['caused_by']}")
    return "\n".join(lines)


def text_html(text: str) -> str:
    """Plain text as item HTML: a paragraph per line, the data escaped (quotes too).

    RSS <description>, Atom content type="html" and JSON Feed content_html are HTML that a
    reader renders after decoding the XML or JSON: data escaped only by the XML or JSON
    writer would come back as live markup (a name holding `<img onerror=…>`), so it is
    escaped here once for HTML, and the feed writer escapes that again for its format.
    """
    return "\n".join(f"<p>{html.escape(line, quote=True)}</p>" for line in text.split("\n"))


def case_item(case: PublicCase, rules: Rules, site_url: str) -> Item:
    if not isinstance(case, PublicCase):
        raise TypeError(f"feeds take PublicCase, not {type(case).__name__}")
    return Item(
        id=f"urn:creditsite:case:{case.slug}",
        url=f"{site_url}cases/{case.slug}/",
        title=case.title,
        text=case.body,
        # The case as its page shows it: the site's Markdown renderer, raw HTML off, links
        # only to the web or the site, no images.
        html=_absolute_links(str(render_markdown(case.body)), f"{site_url}cases/{case.slug}/"),
        published=_midnight(case.date.isoformat()),
        tags=("case", case.domain),
        extension={
            "case": {
                "slug": case.slug,
                "title": case.title,
                "date": case.date.isoformat(),
                "domain": case.domain,
                "domain_name": _domain_name(rules, case.domain),
                "record_ids": list(case.record_ids),
                "subject_ids": list(case.subject_ids),
                "measures": list(case.measures),
                "outcome": case.outcome,
            }
        },
    )


_HREF = re.compile(r'href="([^"]*)"')


def _absolute_links(fragment: str, page_url: str) -> str:
    """A link the case body makes relative to its page, made absolute: a reader resolves it
    against the feed's address, where it would point elsewhere."""

    def absolute(m: re.Match[str]) -> str:
        url = urljoin(page_url, html.unescape(m.group(1)))
        return f'href="{html.escape(url, quote=True)}"'

    return _HREF.sub(absolute, fragment)


CASES_SPEC = FeedSpec(
    "cases", "信用红黑名单：典型案例", "联合奖惩典型案例全文，供媒体使用", "cases/"
)


def _midnight(day: str) -> datetime:
    return datetime.combine(date.fromisoformat(day), time(0), CHINA)


def write_feed(
    out: Path,
    spec: FeedSpec,
    items: Sequence[Item],
    *,
    site_url: str,
    built_at: datetime,
    meta: Mapping[str, object],
) -> None:
    """`items` newest first. Writes `<key>.json`, `<key>.rss.xml` and `<key>.atom.xml`."""
    base = out / FEEDS_DIR / spec.key
    base.parent.mkdir(parents=True, exist_ok=True)
    home = f"{site_url}{spec.home}"
    json_url = f"{site_url}feeds/{spec.key}.json"
    feed = {
        "version": JSON_FEED_VERSION,
        "title": spec.title,
        "home_page_url": home,
        "feed_url": json_url,
        "description": spec.description,
        "language": "zh-CN",
        EXTENSION: {"spec_version": SPEC_VERSION, "feed": spec.key, **meta},
        "items": [
            {
                "id": i.id,
                "url": i.url,
                "title": i.title,
                "content_html": i.html,
                "content_text": i.text,
                "date_published": i.published.isoformat(),
                "tags": list(i.tags),
                EXTENSION: i.extension,
            }
            for i in items
        ],
    }
    base.with_name(f"{base.name}.json").write_text(pretty(feed), encoding="utf-8", newline="\n")

    fg = FeedGenerator()
    fg.id(json_url)
    fg.title(spec.title)
    fg.subtitle(spec.description)  # also RSS <description>, which RSS 2.0 requires
    fg.link(href=home, rel="alternate")
    fg.link(href=f"{site_url}feeds/{spec.key}.atom.xml", rel="self")
    fg.language("zh-CN")
    fg.generator("creditsite")  # feedgen's default names its own version: not reproducible
    # feedgen stamps the wall clock unless told otherwise; builds must be byte-identical.
    fg.updated(built_at)
    for i in items:
        fe = fg.add_entry(order="append")
        fe.id(i.id)
        fe.guid(i.id, permalink=False)
        fe.title(i.title)
        fe.link(href=i.url)
        # RSS <description> and Atom <content type="html">: the item HTML, escaped once more
        # by the XML writer (never as CDATA, which a `]]>` in the data would end).
        fe.content(i.html, type="html")
        fe.published(i.published)
        fe.updated(i.published)
        for tag in i.tags:
            fe.category(term=tag)
    base.with_name(f"{base.name}.atom.xml").write_bytes(fg.atom_str(pretty=True))
    # RSS's <link> is feedgen's last link: the page, with the feed itself as atom:link self.
    rss_self = {"href": f"{site_url}feeds/{spec.key}.rss.xml", "rel": "self"}
    fg.link([rss_self, {"href": home, "rel": "alternate"}], replace=True)
    base.with_name(f"{base.name}.rss.xml").write_bytes(fg.rss_str(pretty=True))
