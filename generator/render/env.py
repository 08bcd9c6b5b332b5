"""The Jinja2 environment every data page is rendered with, and its guards.

Autoescape is on for every template and `StrictUndefined` turns a misspelt field into an
error instead of an empty cell. Two guards keep unredacted data out of the HTML even if a
template or a view is written carelessly: `finalize` refuses to print anything that is not
a plain scalar, and attribute/item access refuses objects of `generator.model` (a raw
`Listing` has the same field names as a `PublicListing`, so a template alone cannot tell).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markdown_it import MarkdownIt
from markupsafe import Markup, escape

TEMPLATES = Path(__file__).resolve().parent / "templates"
_PRINTABLE = (str, int, date, bool, type(None))
# Modules whose objects templates may look into: the public types, this package's views,
# the rules, the correction notices (made only from what a previous site published), and
# Jinja2's own (macros, imported templates, `loop`).
_READABLE_MODULES = ("generator.redact.public", "generator.render.", "generator.rules",
                     "generator.corrections", "jinja2.", "markupsafe")  # fmt: skip
_READABLE_BUILTINS = (str, int, date, bool, tuple, list, dict, type(None))


def _finalize(value: object) -> object:
    if isinstance(value, _PRINTABLE):
        return "" if value is None else value
    raise TypeError(f"refusing to print a {type(value).__name__} into a page")


def _readable(obj: object) -> None:
    # Called for every attribute a template reads (10⁷ times at national scale): the verdict
    # depends on the type alone, so it is worked out once per type.
    kind = type(obj)
    verdict = _verdicts.get(kind)
    if verdict is None:
        verdict = issubclass(kind, _READABLE_BUILTINS) or kind.__module__.startswith(
            _READABLE_MODULES
        )
        _verdicts[kind] = verdict
    if not verdict:
        raise TypeError(f"templates may not read a {kind.__name__} (not a public type)")


_verdicts: dict[type, bool] = {}


class _GuardedEnvironment(Environment):
    def getattr(self, obj: Any, attribute: str) -> Any:
        _readable(obj)
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        _readable(obj)
        return super().getitem(obj, argument)


def _safe_link(url: str) -> bool:
    """Case bodies may link to the web or within the site, never to script or data URLs."""
    lowered = url.strip().lower()
    if lowered.startswith(("http://", "https://", "#", "/", "./", "../")):
        return True
    return ":" not in lowered.split("/", 1)[0]


def _markdown() -> Callable[[str], Markup]:
    # commonmark with raw HTML off: a `<script>` in a case body is shown as text.
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.validateLink = _safe_link  # type: ignore[method-assign]  # markdown-it's documented hook
    md.disable("image")  # images would be requests the leak gate and CSP cannot vouch for

    def render(text: str) -> Markup:
        return Markup(md.render(text))  # noqa: S704 (markdown-it escapes; raw HTML is disabled)

    return render


# The case pages and the typical-cases feed render a case body with this one function.
render_markdown = _markdown()


def make_environment() -> Environment:
    env = _GuardedEnvironment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
        keep_trailing_newline=False,
    )
    env.filters["markdown"] = render_markdown
    env.filters["escape"] = escape
    return env
