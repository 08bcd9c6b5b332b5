"""The editorial pages (mkdocs) and the chrome the data pages are rendered into.

mkdocs-material builds `site_src/` into a folder inside the staging directory. Among its
pages is `_shell/`, rendered with `site_src/overrides/shell.html`: a page whose title,
extra head and content are slot markers. Its HTML is cut at the markers into a `Chrome`,
and every data page is the chrome with its slots filled, so header, navigation, footer and
the CSS bundle are exactly those of the editorial pages. The home and data pages are also
shells: mkdocs renders their Markdown introduction, Jinja2 adds the figures below it.
"""

from __future__ import annotations

import hashlib
import logging
import re
import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from generator.config import DatasetConfig, editorial_texts
from generator.errors import ConfigError

PROJECT = Path(__file__).resolve().parents[2]
MKDOCS_YML = PROJECT / "mkdocs.yml"
TITLE, HEAD, CONTENT = "CREDITSITE-SLOT-TITLE", "CREDITSITE-SLOT-HEAD", "CREDITSITE-SLOT-CONTENT"
CANONICAL = "\x00CANONICAL\x00"
_ROOT, _HOME = "\x00ROOT\x00", "\x00HOME\x00"
# Files of the theme the site does not use: lunr search (pagefind replaces it) and source maps.
_UNUSED = ("assets/javascripts/lunr", "assets/javascripts/workers", "sitemap.xml",
           "sitemap.xml.gz", "404.html")  # fmt: skip
_FINGERPRINTED = "assets/creditsite"
_LINK = re.compile(r'((?:href|src)=")(\.\.(?:/[^"]*)?)(")')
_CONFIG_PATH = re.compile(r'": "\.\.(/[^"]*)?"')


@dataclass(frozen=True, slots=True)
class Chrome:
    """A page frame cut at its slots; `frame(depth)` gives it for a page `depth` folders deep."""

    parts: tuple[str, ...]  # literals and the slot names TITLE, HEAD, CONTENT, CANONICAL

    def frame(self, depth: int) -> tuple[str, ...]:
        root = "../" * depth
        return _frame(self, root, root or "./")

    def frame_at(self, root: str) -> tuple[str, ...]:
        """The frame with links from a fixed root path (the 404 page, served anywhere)."""
        return _frame(self, root, root)


@lru_cache(maxsize=64)
def _frame(chrome: Chrome, root: str, home: str) -> tuple[str, ...]:
    return tuple(p.replace(_ROOT + _HOME, home).replace(_ROOT, root) for p in chrome.parts)


@dataclass(frozen=True, slots=True)
class Editorial:
    chrome: Chrome
    shells: Mapping[str, Chrome]  # "index.html", "data/index.html": pages Jinja2 completes
    pages: tuple[str, ...]  # editorial HTML pages written, relative to the output root
    asset_files: tuple[str, ...]


def build_editorial(
    out: Path, *, site_name: str, site_url: str, texts: Mapping[str, str] | None = None
) -> Editorial:
    """Build `site_src/` with mkdocs into `out` and return the chrome for the data pages.

    `texts` fills the placeholders `{{ name }}` of the Markdown pages (the locality and its
    own red/black list document, from dataset.yaml): the pages name no city of their own."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    tmp = out / ".mkdocs"
    if texts is None:
        texts = editorial_texts(DatasetConfig())
    docs = _filled_sources(out / ".mkdocs-src", texts)
    # mkdocs counts warnings with a handler on its own logger (strict: any warning aborts);
    # not propagating keeps them off the user's terminal without hiding them from the count.
    mkdocs_log = logging.getLogger("mkdocs")
    propagate, mkdocs_log.propagate = mkdocs_log.propagate, False
    try:
        config = load_config(
            str(MKDOCS_YML),
            site_name=site_name,
            site_url=site_url,
            site_dir=str(tmp),
            docs_dir=str(docs),
        )
        build(config)
    except (MkDocsException, OSError) as exc:
        raise ConfigError(f"the editorial pages (site_src/) could not be built: {exc}") from exc
    finally:
        mkdocs_log.propagate = propagate
        shutil.rmtree(docs, ignore_errors=True)
    for unused in _UNUSED:
        target = tmp / unused
        shutil.rmtree(target) if target.is_dir() else target.unlink(missing_ok=True)
    for map_file in tmp.rglob("*.map"):
        map_file.unlink()
    renames = _fingerprint(tmp)
    html = {p.relative_to(tmp).as_posix(): p for p in tmp.rglob("*.html")}
    for path in html.values():
        _rewrite(path, renames)
    shell_path = html.pop("_shell/index.html")
    chrome = _cut(shell_path.read_text(encoding="utf-8"), 1, site_url + "_shell/", relink=True)
    shells = {}
    for name in ("index.html", "data/index.html"):
        canonical = site_url + name.removesuffix("index.html")
        shells[name] = _cut(html.pop(name).read_text(encoding="utf-8"), 0, canonical, relink=False)
    shutil.rmtree(tmp / "_shell")
    (tmp / "index.html").unlink()
    (tmp / "data" / "index.html").unlink()
    moved = []
    for path in sorted(p for p in tmp.rglob("*") if p.is_file()):
        rel = path.relative_to(tmp)
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        path.replace(out / rel)
        moved.append(rel.as_posix())
    shutil.rmtree(tmp)
    return Editorial(
        chrome=chrome,
        shells=shells,
        pages=tuple(sorted(x for x in moved if x.endswith(".html"))),
        asset_files=tuple(sorted(x for x in moved if not x.endswith(".html"))),
    )


_PLACEHOLDER = re.compile(r"\{\{ *([a-z_]+) *\}\}")


def _filled_sources(target: Path, texts: Mapping[str, str]) -> Path:
    """A copy of site_src/ (the theme overrides stay where mkdocs.yml points) with each
    Markdown page's placeholders filled; an unknown placeholder is a configuration error."""
    source = MKDOCS_YML.parent / "site_src"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("overrides"))

    def fill_in(m: re.Match[str]) -> str:
        if m.group(1) not in texts:
            raise ConfigError(f"site_src: unknown placeholder {m.group(0)}")
        return texts[m.group(1)]

    for page in target.rglob("*.md"):
        text = page.read_text(encoding="utf-8")
        page.write_text(_PLACEHOLDER.sub(fill_in, text), encoding="utf-8")
    return target


def _fingerprint(site: Path) -> dict[str, str]:
    """Our own CSS and JS get content hashes in their names (material's already have them),
    so that browsers may cache them for good and a new build is never served stale."""
    renames = {}
    for path in sorted((site / _FINGERPRINTED).iterdir()):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:8]
        new = path.with_name(f"{path.stem}.{digest}{path.suffix}")
        path.rename(new)
        renames[path.name] = new.name
    return renames


def _rewrite(path: Path, renames: Mapping[str, str]) -> None:
    text = path.read_text(encoding="utf-8")
    for old, new in renames.items():
        text = text.replace(f"{_FINGERPRINTED}/{old}", f"{_FINGERPRINTED}/{new}")
    path.write_text(_squeeze(text), encoding="utf-8")


def _squeeze(html: str) -> str:
    """Drop indentation and blank lines (a quarter of material's bytes on a small page),
    except inside <pre> blocks, whose white space is their content."""
    parts = _PRE.split(html)
    for i in range(0, len(parts), 2):  # even pieces lie outside <pre>…</pre>
        lines = (line.strip() for line in parts[i].splitlines())
        parts[i] = "\n".join(line for line in lines if line)
    return "".join(parts).strip() + "\n"


_PRE = re.compile(r"(<pre\b.*?</pre>)", re.DOTALL)


def _cut(html: str, depth: int, canonical: str, *, relink: bool) -> Chrome:
    """Split at the slots; with `relink`, links become relative to a placeholder root so
    that the chrome serves pages at any depth (the shell itself sits one folder deep)."""
    if relink:
        up = "/".join([".."] * depth)

        def relative(m: re.Match[str]) -> str:
            rest = m.group(2)[len(up) :].lstrip("/")
            return m.group(1) + _ROOT + (rest or _HOME) + m.group(3)

        html = _LINK.sub(relative, html)
        html = _CONFIG_PATH.sub(
            lambda m: '": "' + _ROOT + ((m.group(1) or "/")[1:] or _HOME) + '"', html
        )
    pieces = re.split(f"({TITLE}|{HEAD}|{CONTENT}|{re.escape(canonical)})", html)
    if pieces.count(CONTENT) != 1:
        raise ConfigError("site_src/overrides/shell.html must place the content slot once")
    return Chrome(parts=tuple(CANONICAL if p == canonical else p for p in pieces))


def fill(frame: tuple[str, ...], *, title: str, head: str, content: str, canonical: str) -> str:
    """The page: `title` already escaped, `head` and `content` already HTML."""
    slots = {TITLE: title, HEAD: head, CONTENT: content, CANONICAL: canonical}
    return "".join([slots.get(p, p) for p in frame])
