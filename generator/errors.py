"""The error family. Each origin has one class; the CLI maps classes to exit codes.

Data problems are gathered, never raised one at a time: a `DataError` carries every
`Problem` found in a run so that a department can fix its export in one go.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True, order=True)
class Problem:
    """One thing wrong with the input, located as the user would look for it.

    `row` counts as a spreadsheet does (the header is row 1); it is 0 when the problem
    concerns the file as a whole. `message` never contains a personal value in full.
    """

    file: str
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        where = _printable(self.file)
        if self.row:
            where += f", row {self.row}"
        if self.column:
            where += f", column {_printable(self.column)}"
        return f"{where}: {_printable(self.message)}"


def _printable(text: str) -> str:
    """One line per problem: control characters and line separators shown as escapes."""
    return "".join(
        ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii")
        for ch in text
    )


def printable(text: str) -> str:
    """`text` as one line a terminal or log shows as written: control characters, line
    separators, bidi overrides and lone surrogates escaped (file names are attacker data)."""
    return _printable(text)


class CreditSiteError(Exception):
    """Base of every error this package raises on purpose."""

    exit_code = 1


class ConfigError(CreditSiteError):
    """The rules, the dataset configuration or the command line are unusable."""

    exit_code = 3


class DataError(CreditSiteError):
    """The dataset breaks the input contract; carries every problem of the run."""

    exit_code = 2

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__(f"{len(self.problems)} problem(s) in the dataset")

    def report(self) -> str:
        lines = [str(p) for p in self.problems]
        noun = "problem" if len(lines) == 1 else "problems"
        lines.append(f"{len(self.problems)} {noun}; nothing was published.")
        return "\n".join(lines)


@dataclass(frozen=True, slots=True, order=True)
class Leak:
    """A sensitive input value found in the output. Never carries the value itself."""

    file: str  # path inside the output tree (or the file name itself, for name leaks)
    record_id: str
    kind: str  # e.g. "person_name", "resident_id", "mobile", "trade_secret"
    form: str = "plain"  # how it was written: plain, percent-encoded, base64, sha256, masked…

    def __str__(self) -> str:
        return f"{_printable(self.file)}: {self.kind} of record {self.record_id} ({self.form})"


class RedactionError(CreditSiteError):
    """Redaction could not be carried out safely (an unusable policy or pseudonym key)."""

    exit_code = 4


class LeakError(RedactionError):
    """The leak gate found sensitive values in what was about to be published."""

    exit_code = 5

    def __init__(self, leaks: Iterable[Leak]) -> None:
        self.leaks = sorted(set(leaks))
        super().__init__(f"{len(self.leaks)} sensitive value(s) found in the output")

    def report(self) -> str:
        lines = [str(leak) for leak in self.leaks[:200]]
        if len(self.leaks) > 200:
            lines.append(f"… and {len(self.leaks) - 200} more")
        lines.append(f"{len(self.leaks)} leak(s); nothing was published.")
        return "\n".join(lines)


class SigningError(CreditSiteError):
    """Keys are missing, unreadable, locked with another passphrase, or not delegated."""

    exit_code = 6


class PublishError(CreditSiteError):
    """The output could not be swapped in (another build holds the lock, or the disk failed)."""

    exit_code = 7


# Verification failures (what a bank's poller sees). Each class has its own exit code so
# that an unattended consumer can tell an attack from a stale mirror. Codes 10-19.
class VerifyError(CreditSiteError):
    exit_code = 10


class BadSignatureError(VerifyError):
    """A signature does not verify, or was made by a key the chain of trust does not know."""

    exit_code = 11


class FileMismatchError(VerifyError):
    """A file differs from the manifest: other hash or size, missing, or not listed."""

    exit_code = 12


class ExpiredManifestError(VerifyError):
    """The manifest has expired: the copy is stale or frozen (freeze attack)."""

    exit_code = 13


class RollbackError(VerifyError):
    """Older than what this consumer has seen, or the same version with other content."""

    exit_code = 14


class MixAndMatchError(VerifyError):
    """Authentic pieces of different builds served together."""

    exit_code = 15


class KeyNotDelegatedError(VerifyError):
    """The signing key is revoked, or not delegated at the manifest's issue time or now."""

    exit_code = 16


class UnreachableError(VerifyError):
    """The site, or one of its files, could not be fetched (worth retrying later)."""

    exit_code = 17


class MalformedError(VerifyError):
    """A manifest, delegation, signature or state file is not what the format says."""

    exit_code = 18


class TransparencyLogError(CreditSiteError):
    """The build would publish a log that does not extend the previous one (or cannot read
    the previous one): nothing is published, the log only grows."""

    exit_code = 8


# What a consumer sees when the transparency log or a proof is wrong (feeds/SPEC.md,
# "Transparency log"). One code per way history can be falsified, so an alarm says which.
class LogForkError(VerifyError):
    """Two different checkpoints for the same tree size: someone was shown another log."""

    exit_code = 20


class LogRewriteError(VerifyError):
    """The new log does not extend the remembered one, or its files do not hash to its own
    checkpoint: a past leaf was changed."""

    exit_code = 21


class LogTruncatedError(VerifyError):
    """The log is smaller than one this consumer has already seen: leaves were dropped."""

    exit_code = 22


class UnknownLogKeyError(VerifyError):
    """No signature on the checkpoint by the online key that the pinned root delegated."""

    exit_code = 23


class WrongClaimError(VerifyError):
    """The proof is sound but proves something else: another day, or another subject."""

    exit_code = 24


class BadProofError(VerifyError):
    """An inclusion path or snapshot proof does not lead to the signed root."""

    exit_code = 25
