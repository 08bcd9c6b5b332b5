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
