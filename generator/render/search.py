"""The search index: pagefind (extended build, which segments Chinese).

Subject pages are not parsed: each subject becomes a custom record built from its public
record (name, codes, type, lists, domains: what a person types into the box), so pagefind
never reads 10⁵ pages of HTML and the index holds a few words per subject instead of every
word of every page. The editorial, domain and case pages are few and are indexed from their
HTML (what sits in `data-pagefind-body`). The long list pages are never indexed.
"""

from __future__ import annotations

import base64
import json
import re
import subprocess
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from pagefind.service import get_executable

from generator.errors import ConfigError
from generator.redact.public import PublicSubject
from generator.render.reuse import PageDigests
from generator.render.views import Labels

LANGUAGE = "zh-cn"  # the pages' <html lang="zh-CN">: pagefind.js picks the index by it
OUTPUT = "pagefind"
# pagefind's ready-made UIs (default, modular, web component) and its highlighter: the search
# page is our own script over pagefind.js, so these would only be compressed, signed, scanned
# and published for nobody. Everything else GetFiles gives (pagefind.js, its worker, the WASM,
# entry, meta, index, filter and fragment chunks) is what pagefind.js fetches.
_UNUSED = re.compile(r"pagefind-(?:[a-z]+-)?ui\.(?:js|css)|pagefind-highlight\.js")
# The folders indexed from HTML; subject pages come in as records instead.
_HTML_FOLDERS = ("domains", "cases", "guide", "data")
_HTML_GLOB = "{" + ",".join(_HTML_FOLDERS) + "}/**/*.html"


@dataclass(frozen=True, slots=True)
class SearchRecord:
    url: str  # from the site root, as pagefind writes its own: "/subjects/<id>/"
    title: str
    content: str


def subject_record(subject: PublicSubject, labels: Labels) -> SearchRecord:
    """What one subject is found by. Only public fields, all of them already on its page."""
    # Only what the page shows of listings in force: a listing that left is found through
    # its exit announcement, not by its subject's name.
    active = [x for x in subject.listings if x.active]
    lists = dict.fromkeys(x.list_name for x in active)
    domains = dict.fromkeys(labels.domains[x.domain].name for x in active)
    words = [subject.name, subject.uscc, subject.reg_no_old,
             labels.subject_types[subject.subject_type], *lists, *domains]  # fmt: skip
    return SearchRecord(
        url=f"/subjects/{subject.id}/",
        title=subject.name,
        content=" ".join(w for w in words if w),
    )


def index_site(
    site: Path,
    records: Callable[[], Iterable[SearchRecord]],
    carried: PageDigests | None = None,
) -> bool:
    """Write `site`/pagefind/ from `records()` plus the few HTML pages under _HTML_GLOB;
    the records are streamed to pagefind, never all held at once.

    With `carried`, an index made from the same records and pages is linked from the
    previous release instead (pagefind has no incremental mode: one changed record means a
    whole new index). Returns True when it was linked."""
    if carried is not None and carried.carry_tree(OUTPUT, _index_inputs(site, records)):
        return True
    binary = get_executable()
    if binary is None:
        raise ConfigError("pagefind is not installed (pip install 'pagefind[extended]')")
    with subprocess.Popen(  # noqa: S603 (our own binary, fixed arguments)
        [str(binary), "--service"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        cwd=site,
    ) as proc:
        try:
            _index(_Service(proc), site, records())
            return False
        finally:
            proc.kill()  # it writes nothing itself: the files come back through GetFiles


def _index_inputs(site: Path, records: Callable[[], Iterable[SearchRecord]]) -> Iterator[object]:
    """What the index is made of: the records, and each HTML page pagefind reads."""
    yield LANGUAGE
    yield from records()
    for folder in _HTML_FOLDERS:
        for path in sorted((site / folder).rglob("*.html")):
            yield path.relative_to(site).as_posix(), path.read_bytes()


def _index(service: _Service, site: Path, records: Iterable[SearchRecord]) -> int:
    index_id = service.call({"type": "NewIndex", "config": {"force_language": LANGUAGE}})
    payloads = _payloads(index_id["index_id"], site, records)
    pages = sum(int(r.get("page_count", 1)) for r in service.stream(payloads))
    # GetFiles, not WriteFiles: pagefind answered WriteFiles before its writes were done and
    # exited with files cut short (a 0-byte wasm, a truncated UI script were signed and
    # published). Written here, every byte is on disk before the next stage reads it.
    answer = service.call({"type": "GetFiles", "index_id": index_id["index_id"]})
    out = site / OUTPUT
    for file in answer.get("files") or ():
        name = str(file["path"]).removeprefix("/")
        if _UNUSED.fullmatch(name):
            continue
        path = out / name
        if out not in path.resolve().parents:
            raise ConfigError(f"pagefind named a file outside its folder: {file['path']!r}")
        content = base64.b64decode(file["content"])
        if not content:  # every file pagefind writes has content: an empty one would break search
            raise ConfigError(f"pagefind gave an empty {path.name}; build again")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    return pages


def _payloads(index_id: int, site: Path, records: Iterable[SearchRecord]) -> Iterator[dict[str, Any]]:  # fmt: skip
    yield {"type": "AddDir", "index_id": index_id, "path": str(site), "glob": _HTML_GLOB}
    for r in records:
        yield {"type": "AddRecord", "index_id": index_id, "url": r.url, "content": r.content,
               "language": LANGUAGE, "meta": {"title": r.title}, "filters": None, "sort": None}  # fmt: skip


class _Service:
    """pagefind's `--service` protocol: base64 JSON messages, each followed by a comma.

    Hand-written because the client shipped in the pagefind package polls for answers ten
    times a second, one answer per poll (measured: 200 records took 20 s). Here a thread
    writes every request while this one reads the answers, so the pipes never fill both ways.
    """

    def __init__(self, proc: subprocess.Popen[bytes]) -> None:
        assert proc.stdin is not None and proc.stdout is not None
        self._in: IO[bytes] = proc.stdin
        self._answers = _answers(proc.stdout)
        self._next_id = 0

    def _frame(self, payload: dict[str, Any]) -> bytes:
        self._next_id += 1
        message = {"message_id": self._next_id, "payload": payload}
        return base64.b64encode(json.dumps(message, ensure_ascii=False).encode()) + b","

    def call(self, payload: dict[str, Any]) -> dict[str, Any]:
        self._send(self._frame(payload))
        return self._answer()

    def stream(self, payloads: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        """Send all of `payloads` (from a thread) and yield one answer per request."""
        sent = [0]
        failure: list[BaseException] = []

        def write() -> None:
            try:
                for payload in payloads:
                    self._in.write(self._frame(payload))
                    sent[0] += 1
                self._in.flush()
            except BaseException as exc:  # re-raised in the reading thread
                failure.append(exc)
            finally:
                done.set()

        done = threading.Event()
        writer = threading.Thread(target=write, daemon=True)
        writer.start()
        received = 0
        while not done.is_set() or received < sent[0]:
            if done.is_set() and failure:
                break
            yield self._answer()
            received += 1
        writer.join()
        if failure:
            raise ConfigError(
                f"pagefind could not take the search records: {failure[0]}"
            ) from failure[0]

    def _send(self, frame: bytes) -> None:
        try:
            self._in.write(frame)
            self._in.flush()
        except OSError as exc:
            raise ConfigError(f"pagefind stopped unexpectedly: {exc}") from exc

    def _answer(self) -> dict[str, Any]:
        try:
            answer = next(self._answers)
        except StopIteration:
            raise ConfigError("pagefind stopped before it finished the search index") from None
        payload: dict[str, Any] = answer.get("payload") or {}
        if payload.get("type") == "Error":
            # The message may quote a record; a record holds public fields only, but keep it short.
            raise ConfigError(
                f"pagefind could not index the site: {str(payload.get('message'))[:120]}"
            )
        return payload


def _answers(stdout: IO[bytes]) -> Iterator[dict[str, Any]]:
    # Pieces are joined only when a frame ends: GetFiles is one answer of many megabytes,
    # and re-scanning a growing buffer per chunk would be quadratic.
    pending: list[bytes] = []
    while chunk := stdout.read1(1 << 16):  # type: ignore[attr-defined]
        *frames, rest = chunk.split(b",")
        for frame in frames:
            pending.append(frame)
            yield json.loads(base64.b64decode(b"".join(pending)))
            pending.clear()
        pending.append(rest)
