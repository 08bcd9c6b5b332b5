"""Stage: render the public site from the public state into the staging directory.

mkdocs builds the editorial pages and the chrome (generator/render/chrome.py); Jinja2
renders every data page into that chrome; pagefind indexes the result. Nothing here reads
the clock: `built_at` is a parameter, and the same inputs give a byte-identical tree.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit
from xml.sax.saxutils import escape as xml_escape

from generator.buildstate import program_digest
from generator.config import DatasetConfig, editorial_texts
from generator.corrections import NONE, Corrections
from generator.errors import ConfigError
from generator.opendata import DEFAULT_TERMS, OpenDataTerms
from generator.redact.public import PublicState, PublicSubject
from generator.render import families
from generator.render.chrome import build_editorial
from generator.render.pages import Output, Shared
from generator.render.reuse import Carried, PageDigests, base_digest
from generator.render.search import OUTPUT, index_site, subject_record
from generator.render.stats import compute_stats
from generator.render.subjects import Reuse, write_subjects
from generator.render.views import NoticeSubject, make_labels, make_links
from generator.rules import Rules

Progress = Callable[[str, int, int], None]
SITEMAP_LIMIT = 50_000  # URLs per sitemap file (sitemaps.org)


@dataclass(frozen=True, slots=True)
class SiteSummary:
    pages: int  # HTML pages written (editorial pages included)
    bytes: int  # bytes of everything the stage wrote, search index included
    subject_pages: int
    # Digests of the per-record pages' inputs (for the next build), and the pages that were
    # linked from the previous release instead of rendered.
    digests: Mapping[str, str] = field(default_factory=dict)
    kept: tuple[str, ...] = ()


def render_site(
    public: PublicState,
    rules: Rules,
    out: Path,
    *,
    built_at: datetime,
    site_url: str,
    locality: str = "",
    progress: Progress | None = None,
    workers: int | None = None,
    carried: Carried | None = None,
    corrections: Corrections = NONE,
    texts: Mapping[str, str] | None = None,
    terms: OpenDataTerms = DEFAULT_TERMS,
) -> SiteSummary:
    """Write the site into `out` (the staging directory; created if missing). Subject
    pages are rendered by `workers` processes (default: one per CPU; 1 renders in this one).

    `carried`: the previous release and its pages' digests; a per-record page whose inputs
    have not changed is linked from there instead of rendered (`render/reuse.py`).
    `corrections`: the notices for withdrawn and amended listings (generator/corrections.py),
    published beside the exits and kept in data/corrections.json for the next build."""
    if not isinstance(public, PublicState):
        raise TypeError(f"render_site needs a PublicState, not a {type(public).__name__}")
    if not site_url.endswith("/") or urlsplit(site_url).scheme not in ("http", "https"):
        raise ConfigError(f"site_url must be an absolute http(s) URL ending in '/': {site_url!r}")
    report = progress or (lambda _stage, _done, _total: None)
    out.mkdir(parents=True, exist_ok=True)
    site_name = f"{locality}信用红黑名单公示"
    report("editorial pages", 0, 1)
    # The editorial pages name the dataset's locality and its own rules (dataset.yaml).
    editorial = build_editorial(
        out,
        site_name=site_name,
        site_url=site_url,
        texts=texts or editorial_texts(DatasetConfig(locality=locality)),
    )
    report("editorial pages", 1, 1)
    labels = make_labels(rules, site_name)
    shared = Shared(editorial.chrome, labels, make_links(public, corrections), site_url)
    notices = families.Notices(public.exits, corrections.withdrawals)
    output = Output(str(out))
    output.sitemap.extend(p.removesuffix("index.html") for p in editorial.pages if p != "404.html")
    # Every per-record page's digest starts from everything its page shares with the others.
    base = base_digest(program_digest(), editorial.chrome, labels, site_url)
    exit_pages = PageDigests(base, carried, str(out))
    search = PageDigests(base, carried, str(out))

    def rest_of_site() -> None:
        report("lists, domains, exits, cases", 0, 1)
        active = families.active_by_type(public)
        families.write_lists(public, shared, output, active)
        families.write_domains(public, shared, output, active, notices)
        families.write_exits(notices, shared, output, exit_pages)
        families.write_cases(public, shared, output)
        families.write_stats(compute_stats(public, labels), shared, output)
        families.write_home_and_data(
            public, shared, output, dict(editorial.shells), active, built_at, notices, terms
        )
        output.write("data/", corrections.to_json(), name="corrections.json", sitemap=False)
        search_js = next(
            a for a in editorial.asset_files if a.startswith("assets/creditsite/search.")
        )
        families.write_search_and_404(shared, output, search_js, urlsplit(site_url).path or "/")
        report("lists, domains, exits, cases", 1, 1)
        # The index is made from the subject records, not their pages: it need not wait for them.
        report("search index", 0, 1)
        index_site(out, lambda: (subject_record(s, labels) for s in public.subjects), search)
        report("search index", 1, 1)

    # A subject whose every listing was withdrawn keeps a page for its correction notices.
    known = {s.id for s in public.subjects}
    pages: list[PublicSubject | NoticeSubject] = [*public.subjects]
    pages += [
        NoticeSubject(w[0].subject_id, w[0].subject_type, w[0].subject_name, w[0].uscc,
                      w[0].reg_no_old)
        for sid, w in sorted(shared.links.withdrawn.items()) if sid not in known
    ]  # fmt: skip
    total = len(pages)
    report("subject pages", 0, total)
    subjects = write_subjects(pages, shared, str(out), workers=workers or os.cpu_count() or 1,
                              report=lambda done: report("subject pages", done, total),
                              meanwhile=rest_of_site, reuse=Reuse(base, carried))  # fmt: skip
    # Pages of persons stay out of search engines (site_src/guide/privacy.md says so).
    output.sitemap.extend(
        f"subjects/{s.id}/" for s in public.subjects if not s.subject_type.is_person
    )
    _write_sitemap(output, site_url)
    output.write(
        "", f"User-agent: *\nAllow: /\nSitemap: {site_url}sitemap.xml\n", name="robots.txt"
    )
    editorial_bytes = sum(os.path.getsize(os.path.join(out, f))  # noqa: PTH118, PTH202
                          for f in (*editorial.pages, *editorial.asset_files))  # fmt: skip
    return SiteSummary(
        pages=subjects.pages + output.pages + len(editorial.pages),
        bytes=subjects.bytes + output.bytes + editorial_bytes + _tree_bytes(out / OUTPUT),
        subject_pages=subjects.pages,
        digests={**subjects.digests, **exit_pages.digests, **search.digests},
        kept=(*subjects.kept, *exit_pages.kept, *search.kept),
    )


def _write_sitemap(output: Output, site_url: str) -> None:
    urls = sorted(set(output.sitemap))
    chunks = [urls[i : i + SITEMAP_LIMIT] for i in range(0, len(urls), SITEMAP_LIMIT)] or [[]]
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'

    def urlset(chunk: list[str]) -> str:
        body = "".join(f"<url><loc>{xml_escape(site_url + u)}</loc></url>\n" for u in chunk)
        return f"{head}<urlset {ns}>\n{body}</urlset>\n"

    if len(chunks) == 1:
        output.write("", urlset(chunks[0]), name="sitemap.xml")
        return
    for i, chunk in enumerate(chunks, 1):
        output.write("", urlset(chunk), name=f"sitemap-{i}.xml")
    body = "".join(
        f"<sitemap><loc>{xml_escape(site_url)}sitemap-{i}.xml</loc></sitemap>\n"
        for i in range(1, len(chunks) + 1)
    )
    output.write("", f"{head}<sitemapindex {ns}>\n{body}</sitemapindex>\n", name="sitemap.xml")


def _tree_bytes(root: Path) -> int:
    return sum(
        os.path.getsize(os.path.join(folder, f))  # noqa: PTH118, PTH202 (10⁵+ files)
        for folder, _, files in os.walk(root)
        for f in files
    )
