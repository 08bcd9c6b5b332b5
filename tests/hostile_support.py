"""Run both verifiers in this process, as a bank would from the command line, under a
watchdog: the hostile-input tests and the fuzz runner share this.

In process (not a subprocess per case) so that thousands of cases fit in CI; the
standalone feeds/verify_feed.py is imported from its file (it is not part of the package).
A case that blocks (a FIFO, a dripping server) is cut by SIGALRM and fails as a hang.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import io
import signal
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from types import ModuleType, TracebackType

from generator import cli

STANDALONE = Path(__file__).parents[1] / "feeds" / "verify_feed.py"
# Building the CLI's parser (every subcommand, gettext lookups) costs more than verifying a
# small hostile document: build it once for the thousands of in-process cases.
_CLI_PARSER = functools.cache(cli._parser)


class Hang(Exception):
    """A case ran past its time limit."""


@contextlib.contextmanager
def watchdog(seconds: float) -> Iterator[None]:
    def fire(signum: int, frame: object) -> None:
        raise Hang(f"the case ran longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


_module: ModuleType | None = None


def standalone() -> ModuleType:
    global _module
    if _module is None:
        spec = importlib.util.spec_from_file_location("verify_feed_standalone", STANDALONE)
        assert spec is not None and spec.loader is not None
        _module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = _module
        spec.loader.exec_module(_module)
    return _module


class Outcome:
    def __init__(self, code: int, stderr: str, error: BaseException | None) -> None:
        self.code, self.stderr, self.error = code, stderr, error

    def problem(self) -> str | None:
        """Why this outcome is not an orderly one: a traceback, a hang, a multi-line error."""
        if self.error is not None:
            return f"{type(self.error).__name__}: {self.error}"
        if "Traceback" in self.stderr:
            return "a traceback on stderr"
        if 10 < self.code < 20 and len(self.stderr.strip().splitlines()) != 1:
            return f"not one error line: {self.stderr!r}"
        return None


def _run(main: object, argv: list[str], seconds: float) -> Outcome:
    err, out = io.StringIO(), io.StringIO()
    code, error = -1, None
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out), watchdog(seconds):
            code = main(argv)  # type: ignore[operator]
    except SystemExit as exc:
        code = int(exc.code or 0)
    except BaseException as exc:
        error = exc
    return Outcome(code, err.getvalue(), error)


def _cli_main(argv: list[str]) -> int:
    parser, cli._parser = cli._parser, _CLI_PARSER
    try:
        return cli.main(argv)
    finally:
        cli._parser = parser


def run_cli(args: list[str], seconds: float = 20.0) -> Outcome:
    return _run(_cli_main, ["verify", *args], seconds)


def run_standalone(args: list[str], seconds: float = 20.0) -> Outcome:
    return _run(standalone().main, args, seconds)


def both(
    source: str | Path,
    root_pub: Path,
    now: datetime,
    *extra: str,
    seconds: float = 20.0,
) -> tuple[Outcome, Outcome]:
    """The CLI and the standalone on the same arguments; each must end in order."""
    args = [str(source), "--root-key", str(root_pub), "--now", now.isoformat(), *extra]
    outcomes = run_cli(args, seconds), run_standalone(args, seconds)
    for name, outcome in zip(("creditsite verify", "verify_feed.py"), outcomes, strict=True):
        assert outcome.problem() is None, f"{name}: {outcome.problem()}"
    return outcomes


def same_code(
    source: str | Path, root_pub: Path, now: datetime, *extra: str, seconds: float = 20.0
) -> int:
    cli_out, alone = both(source, root_pub, now, *extra, seconds=seconds)
    assert cli_out.code == alone.code, (cli_out.stderr, alone.stderr)
    return cli_out.code


class Patched:
    """Set module attributes for a block (the verifiers' time limits, in both)."""

    def __init__(self, **values: float) -> None:
        self.values = values
        self.saved: list[tuple[object, str, object]] = []

    def __enter__(self) -> Patched:
        from generator import verify_io

        alone = standalone()
        names = {"TIMEOUT_SECONDS": "TIMEOUT", "MIN_BYTES_PER_SECOND": "MIN_RATE"}
        for name, value in self.values.items():
            for module, attr in ((verify_io, name), (alone, names.get(name, name))):
                self.saved.append((module, attr, getattr(module, attr)))
                setattr(module, attr, value)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        for module, attr, old in reversed(self.saved):
            setattr(module, attr, old)
