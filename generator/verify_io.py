"""Where `verify` reads a site from, hardened against the copy it reads: a folder or a URL.

A bank verifies a mirror it does not control, so every read is bounded before anything is
trusted: a folder yields only regular files (no symlink, FIFO or device, each checked with
lstat and again on the open descriptor, so nothing can hang or point outside the copy);
an http(s) request has a total deadline that covers connecting, the headers and every byte
of the body (a socket timeout alone restarts with each byte a server drips), follows no
redirect to another origin unless the consumer opts in, and is read no further than its
allowed length + 1. Files are read in chunks, so a file is hashed without being held.
feeds/verify_feed.py carries the same rules; the limits are in feeds/SIGNING.md.
"""

from __future__ import annotations

import functools
import http.client
import io
import os
import socket
import stat
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from generator.errors import (
    BadSignatureError,
    FileMismatchError,
    MalformedError,
    UnreachableError,
    printable,
)

TIMEOUT_SECONDS = 30.0
MIN_BYTES_PER_SECOND = 16 * 1024  # slower than this is a slow-retrieval attack
MAX_REDIRECTS = 5
READ_CHUNK = 1024 * 1024
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
_OPEN_FLAGS |= getattr(os, "O_BINARY", 0)


class _Missing(Exception):
    """The source answered that the file does not exist."""


class NotRegularError(Exception):
    """The path is a symlink, FIFO, device, socket or folder, not a regular file."""


Sink = Callable[[bytes], None]


class Source(Protocol):
    def fetch(self, path: str, limit: int) -> bytes:
        """At most `limit` + 1 bytes of `path` (one more, to see a file that is too long)."""
        ...

    def digest(self, path: str, limit: int, sink: Sink) -> int:
        """Feed at most `limit` + 1 bytes of `path` to `sink` in chunks; the bytes read."""
        ...

    def listing(self) -> set[str] | None:
        """Every file path, for a source that can list (a folder); None otherwise."""
        ...


def _collect(source: Source, path: str, limit: int) -> bytes:
    chunks: list[bytes] = []
    source.digest(path, limit, chunks.append)
    return b"".join(chunks)


def open_regular(path: str) -> int:
    """A descriptor of the regular file at `path`; NotRegularError for anything else.

    lstat refuses a symlink, FIFO or device before opening; O_NOFOLLOW and O_NONBLOCK (where
    the system has them) and fstat on the descriptor close the gap between the two, so a
    FIFO swapped in cannot block the open or the reads.
    """
    before = os.lstat(path)
    if not stat.S_ISREG(before.st_mode):
        raise NotRegularError(path)
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        if stat.S_ISLNK(os.lstat(path).st_mode):
            raise NotRegularError(path) from exc
        raise
    after = os.fstat(fd)
    if not stat.S_ISREG(after.st_mode) or (after.st_dev, after.st_ino) != (
        before.st_dev,
        before.st_ino,
    ):
        os.close(fd)
        raise NotRegularError(path)
    return fd


@dataclass(frozen=True, slots=True)
class DirSource:
    root: Path

    def fetch(self, path: str, limit: int) -> bytes:
        return _collect(self, path, limit)

    def digest(self, path: str, limit: int, sink: Sink) -> int:
        try:
            # A plain string: 300k files at national scale, pathlib costs more than the read.
            fd = open_regular(os.path.join(self.root, path))  # noqa: PTH118
        except (FileNotFoundError, NotADirectoryError) as exc:
            raise _Missing(path) from exc
        except OSError as exc:
            raise UnreachableError(f"cannot read {printable(path)}: {exc.strerror}") from exc
        size = 0
        try:
            with os.fdopen(fd, "rb", buffering=0) as handle:
                while size <= limit:
                    chunk = handle.read(min(READ_CHUNK, limit + 1 - size))
                    if not chunk:
                        break
                    sink(chunk)
                    size += len(chunk)
        except OSError as exc:
            raise UnreachableError(f"cannot read {printable(path)}: {exc.strerror}") from exc
        return size

    def listing(self) -> set[str] | None:
        """Every regular file; FileMismatchError at the first entry of any other kind (a
        symlink could point outside the copy, a FIFO would block a reader)."""
        found: set[str] = set()
        stack = [("", str(self.root))]
        try:
            while stack:  # scandir, not os.walk + Path: 300k files at national scale
                prefix, folder = stack.pop()
                with os.scandir(folder) as entries:
                    for entry in entries:
                        name = prefix + entry.name
                        if entry.is_dir(follow_symlinks=False):
                            stack.append((name + "/", entry.path))
                        elif entry.is_file(follow_symlinks=False):
                            found.add(name)
                        else:
                            raise FileMismatchError(
                                f"{printable(name)[:120]} is not a regular file "
                                "(a symlink, FIFO or device)"
                            )
        except OSError as exc:
            raise UnreachableError(f"cannot list the folder: {exc.strerror}") from exc
        return found


class _Budget:
    """The time a request may take: 30 s plus the time its bytes take at the minimum rate.

    The allowance grows only with bytes actually received (so a server dripping one byte
    at a time runs out after ~30 s) and never beyond what the allowed size needs.
    """

    def __init__(self, limit: int) -> None:
        self.start = time.monotonic()
        self.cap = TIMEOUT_SECONDS + limit / MIN_BYTES_PER_SECOND
        self.received = 0

    def remaining(self) -> float:
        allowed = min(self.cap, TIMEOUT_SECONDS + self.received / MIN_BYTES_PER_SECOND)
        left = self.start + allowed - time.monotonic()
        if left <= 0:
            raise TimeoutError("the server sends too slowly (deadline passed)")
        return min(left, TIMEOUT_SECONDS)


class _DeadlineReader(io.RawIOBase):
    """Every read of the response (status line, headers, body) under the request's budget."""

    def __init__(self, sock: socket.socket, budget: _Budget) -> None:
        super().__init__()
        self._sock = sock
        self._raw = sock.makefile("rb", buffering=0)  # holds the socket open, as makefile does
        self._budget = budget

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int | None:
        self._sock.settimeout(self._budget.remaining())
        n = self._raw.readinto(buffer)
        self._budget.received += n or 0
        return n

    def close(self) -> None:
        self._raw.close()
        super().close()


class _DeadlineResponse(http.client.HTTPResponse):
    def __init__(self, sock: socket.socket, *args: Any, budget: _Budget, **kwargs: Any) -> None:
        super().__init__(sock, *args, **kwargs)
        plain = self.fp
        self.fp = io.BufferedReader(_DeadlineReader(sock, budget))
        plain.close()  # nothing was read through it yet


class _HTTPConnection(http.client.HTTPConnection):
    def __init__(self, *args: Any, budget: _Budget, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.response_class = functools.partial(_DeadlineResponse, budget=budget)  # type: ignore[assignment]


class _HTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, *args: Any, budget: _Budget, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.response_class = functools.partial(_DeadlineResponse, budget=budget)  # type: ignore[assignment]


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, budget: _Budget) -> None:
        super().__init__()
        self._budget = budget

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(functools.partial(_HTTPConnection, budget=self._budget), req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, budget: _Budget) -> None:
        super().__init__()
        self._budget = budget

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        connection = functools.partial(_HTTPSConnection, budget=self._budget)
        return self.do_open(connection, req, context=self._context)  # type: ignore[attr-defined]


def origin(url: str) -> tuple[str, str, int | None]:
    parts = urllib.parse.urlsplit(url)
    scheme = parts.scheme.lower()
    return (
        scheme,
        (parts.hostname or "").lower(),
        parts.port or {"http": 80, "https": 443}.get(scheme),
    )


def site_key(url: str) -> tuple[str, str, int | None, str]:
    """What names a site: its origin and its path, ending in /."""
    path = urllib.parse.urlsplit(url).path or "/"
    return (*origin(url), path if path.endswith("/") else path + "/")


def check_site(named: str | None, option: str | None, url: str | None) -> None:
    """The site the manifest names against `--site`, or else the URL verified.

    A manifest signed before sites were named (no `site`) is accepted as before, unless the
    consumer asks for a site with `--site`: that check cannot be made (SIGNING.md 3.2).
    """
    if named is None:
        if option is not None:
            raise BadSignatureError(
                f"the manifest names no site, so it cannot be checked against {printable(option)}"
            )
        return
    expected = option if option is not None else url
    if expected is not None and site_key(named) != site_key(expected):
        raise BadSignatureError(
            f"the manifest is signed for the site {printable(named)}, not {printable(expected)}"
        )


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Only to the site's own origin (scheme, host, port), unless the consumer opts in; never
    to another scheme than http(s)."""

    max_redirections = MAX_REDIRECTS

    def __init__(self, base: str, other_origins: bool) -> None:
        super().__init__()
        self._origin = origin(base)
        self._other_origins = other_origins

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: Any,
        code: int,
        msg: str,
        headers: Any,
        newurl: str,
    ) -> urllib.request.Request | None:
        target = origin(newurl)
        if target[0] not in ("http", "https") or (
            not self._other_origins and target != self._origin
        ):
            raise UnreachableError(
                f"redirected to another origin ({printable(newurl)[:120]}); "
                "pass --allow-cross-origin-redirects to follow it"
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


@dataclass(frozen=True, slots=True)
class HttpSource:
    base: str  # ends with "/"
    other_origins: bool = False  # follow redirects to other http(s) origins

    def fetch(self, path: str, limit: int) -> bytes:
        return _collect(self, path, limit)

    def digest(self, path: str, limit: int, sink: Sink) -> int:
        url = urllib.parse.urljoin(self.base, urllib.parse.quote(path))
        budget = _Budget(limit)
        opener = urllib.request.build_opener(
            _HTTPHandler(budget), _HTTPSHandler(budget), _Redirects(self.base, self.other_origins)
        )
        size = 0
        try:
            with opener.open(url, timeout=budget.remaining()) as response:
                while size <= limit:
                    chunk = response.read(min(READ_CHUNK, limit + 1 - size))
                    if not chunk:
                        if response.length:  # http.client returns a short body silently
                            raise UnreachableError(
                                f"{printable(path)}: the connection closed early"
                            )
                        break
                    sink(chunk)
                    size += len(chunk)
        except urllib.error.HTTPError as exc:
            if exc.code in (404, 410):
                raise _Missing(path) from exc
            raise UnreachableError(f"{printable(path)}: HTTP {exc.code}") from exc
        except (urllib.error.URLError, http.client.HTTPException, OSError, ValueError) as exc:
            raise UnreachableError(f"cannot fetch {printable(path)}: {exc}") from exc
        return size

    def listing(self) -> set[str] | None:
        return None


def open_source(source: str | Path, *, other_origins: bool = False) -> Source:
    text = str(source)
    scheme = urllib.parse.urlsplit(text).scheme.lower()
    if scheme in ("http", "https"):
        return HttpSource(text if text.endswith("/") else text + "/", other_origins)
    if isinstance(source, str) and "://" in text:
        raise MalformedError(f"only http(s) URLs or folders can be verified, not {scheme}:")
    path = Path(source)
    if not path.is_dir():
        raise UnreachableError(f"{printable(str(path))} is not a folder")
    return DirSource(path)


def read_local(path: Path, limit: int, what: str) -> bytes | None:
    """A small local file (the state file): None when absent, MalformedError when it is not
    a regular file or longer than `limit`."""
    try:
        fd = open_regular(str(path))
    except FileNotFoundError:
        return None
    except (NotRegularError, OSError) as exc:
        raise MalformedError(f"{what} is not a readable regular file") from exc
    with os.fdopen(fd, "rb", buffering=0) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise MalformedError(f"{what} is larger than {limit} bytes")
    return data
