"""A publication, then one changed record: build, rebuild, `creditsite refresh`, `verify`.

Everything goes through `build_site` and the CLI, as an operator would run it, so the
figures follow the chain as it gets faster: today a changed record costs a full rebuild;
when builds become incremental the same measurement shows it. Nothing here is simulated.
"""

from __future__ import annotations

import codecs
import csv
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from generator.build import build_site
from generator.config import BuildConfig, KeyPaths
from generator.demo_keys import DELEGATION, ONLINE_KEY, PSEUDONYM_KEY, ROOT_PUBLIC
from generator.verify import verify_site

# The behaviour column as the demo generator's three list files spell it.
_BEHAVIOUR_HEADERS = ("behavior", "守信行为", "违法失信行为")
_ENCODINGS = ("utf-8-sig", "gb18030")
_EDIT = "（经复核更正）"


@dataclass(frozen=True, slots=True)
class Publication:
    dataset: Path
    keys: Path
    out: Path
    work: Path  # scratch space beside the output (the internal report goes here)
    as_of: date
    site_url: str


# render_site's own progress steps, reported as one "site" stage (pages/s divides by it).
_SITE_STEPS = frozenset(
    ("editorial pages", "subject pages", "lists, domains, exits, cases", "search index")
)


class StageClock:
    """`build_site`'s progress callback turned into seconds per stage: a stage lasts from
    its first report to the first report of another. Steps it does not know stay stages of
    their own, so a stage added to the chain shows up rather than hiding in another."""

    def __init__(self) -> None:
        self.laps: dict[str, float] = {}
        self.current: str | None = None
        self.first: dict[str, float] | None = None  # the first build's laps, once done
        self._since = 0.0

    def __call__(self, stage: str, done: int, total: int) -> None:
        name = "site" if stage in _SITE_STEPS else stage
        if name != self.current:
            now = time.perf_counter()
            self._close(now)
            self.current, self._since = name, now

    def stop(self) -> dict[str, float]:
        self._close(time.perf_counter())
        laps, self.laps, self.current = self.laps, {}, None
        return laps

    def _close(self, now: float) -> None:
        if self.current is not None:
            self.laps[self.current] = self.laps.get(self.current, 0.0) + now - self._since


@dataclass(frozen=True, slots=True)
class RebuildFigures:
    build_s: float
    first_stages: dict[str, float]
    subject_pages: int
    incremental_s: float
    rebuild_stages: dict[str, float]
    refresh_s: float | None  # None: no `refresh` subcommand (see note)
    verify_s: float
    verify_files: int
    note: str


def time_rebuilds(
    pub: Publication, built_at: datetime, clock: StageClock, after_first: Callable[[], None]
) -> RebuildFigures:
    """Publish (then `after_first` measures that output), change one listing's behaviour
    text, publish again, refresh, verify."""
    started = time.perf_counter()
    summary = build_site(_config(pub, built_at), clock)
    build_s = time.perf_counter() - started
    first = clock.first = clock.stop()
    after_first()
    edit_one_record(pub.dataset)
    rebuilt_at = built_at + timedelta(hours=1)
    started = time.perf_counter()
    build_site(_config(pub, rebuilt_at), clock)
    incremental_s = time.perf_counter() - started
    rebuild_stages = clock.stop()
    refreshed_at = rebuilt_at + timedelta(hours=1)
    refresh_s, note = time_refresh(pub, refreshed_at)
    root = (pub.keys / ROOT_PUBLIC).read_bytes()
    started = time.perf_counter()
    report = verify_site(pub.out, root, now=refreshed_at + timedelta(minutes=1), state_file=None)
    verify_s = time.perf_counter() - started
    return RebuildFigures(
        build_s=build_s,
        first_stages=first,
        subject_pages=summary.site.subject_pages,
        incremental_s=incremental_s,
        rebuild_stages=rebuild_stages,
        refresh_s=refresh_s,
        verify_s=verify_s,
        verify_files=report.files,
        note=note,
    )


def edit_one_record(dataset: Path, record_id: str | None = None) -> str:
    """Append a few words to the behaviour text of listing `record_id` (default: the first
    listing with one); return its record id. The text of a listing that has exited is no
    longer shown, so a caller that wants a page to change names one in force.

    The file is rewritten row by row in its own encoding, so a million rows never sit in
    memory and the change is exactly one cell."""
    for path in sorted((dataset / "lists").glob("*.csv")):
        encoding = _encoding(path)
        with path.open(encoding=encoding, newline="") as f:
            header = next(csv.reader(f), [])
        column = next((i for i, h in enumerate(header) if h in _BEHAVIOUR_HEADERS), None)
        if column is None:
            continue
        edited = path.with_suffix(".edited")
        done = ""
        with (
            path.open(encoding=encoding, newline="") as source,
            edited.open("w", encoding=encoding, newline="") as target,
        ):
            rows, write = csv.reader(source), csv.writer(target).writerow
            write(next(rows))
            for row in rows:
                wanted = record_id is None or (row and row[0] == record_id)
                if not done and wanted and len(row) > column and row[column]:
                    row[column] += _EDIT
                    done = row[0]
                write(row)
        if done:
            edited.replace(path)
            return done
        edited.unlink()
    raise RuntimeError(f"no listing with a behaviour text to change in {dataset}")


def time_refresh(pub: Publication, now: datetime) -> tuple[float | None, str]:
    """Time `creditsite refresh` on the published output when the subcommand exists.

    Its options are read from its --help (the subcommand is young), so a renamed option is
    followed rather than guessed at; a failure is reported, not hidden."""
    cli = [sys.executable, "-m", "generator", "refresh"]
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(int(now.timestamp()))}
    helped = subprocess.run([*cli, "--help"], check=False, capture_output=True, text=True)
    if helped.returncode != 0:
        return None, "refresh: n/a (no `creditsite refresh` subcommand yet)"
    argv = [*cli, *refresh_arguments(helped.stdout, pub)]
    started = time.perf_counter()
    done = subprocess.run(argv, check=False, capture_output=True, text=True, env=env)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        last = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["(no message)"]
        return None, f"refresh failed (exit {done.returncode}): {last[0][:200]}"
    return seconds, ""


def refresh_arguments(help_text: str, pub: Publication) -> list[str]:
    """The arguments `creditsite refresh` takes, by the names its usage line shows."""
    usage = " ".join(help_text.split("\n\n", 1)[0].split())
    values = {"data": str(pub.dataset), "out": str(pub.out), "site": str(pub.out),
              "key": str(pub.keys)}  # fmt: skip
    options = {"--out": str(pub.out), "--keys": str(pub.keys),
               "--as-of": pub.as_of.isoformat(), "--site-url": pub.site_url}  # fmt: skip
    positional = usage.split("refresh", 1)[-1]
    while re.search(r"\[[^\[\]]*\]", positional):  # drop optional groups, nested first
        positional = re.sub(r"\[[^\[\]]*\]", "", positional)
    argv: list[str] = []
    for name in re.findall(r"(?<![\w-])[a-z][\w-]*", positional):
        value = next((v for k, v in values.items() if k in name), None)
        if value is not None:
            argv.append(value)
    for option, value in options.items():
        if re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", help_text):
            argv += [option, value]
    return argv


def _config(pub: Publication, built_at: datetime) -> BuildConfig:
    keys = pub.keys
    return BuildConfig(
        dataset=pub.dataset,
        out=pub.out,
        as_of=pub.as_of,
        built_at=built_at,
        site_url=pub.site_url,
        keys=KeyPaths(
            keys / ROOT_PUBLIC, keys / ONLINE_KEY, keys / DELEGATION, keys / PSEUDONYM_KEY
        ),
        env={},
        report_dir=pub.work / "internal",
    )


def _encoding(path: Path) -> str:
    head = path.read_bytes()[:65536]
    for encoding in _ENCODINGS:
        try:
            # Incremental: the 64 KiB cut may fall inside a character.
            codecs.getincrementaldecoder(encoding)().decode(head, final=False)
        except UnicodeDecodeError:
            continue
        return encoding
    raise RuntimeError(f"{path.name} is neither UTF-8 nor GB18030")
