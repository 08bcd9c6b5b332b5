"""Load stage: read a dataset folder into `SourceTable`s and `SourceCase`s, exactly as written.

Nothing is interpreted here beyond the header mapping; problems are collected, not raised,
so that validation can report them together with its own.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Sequence
from pathlib import Path

import yaml
from python_calamine import CalamineError, CalamineWorkbook

from generator.config import CONFIG_FILE
from generator.errors import Problem
from generator.model import RawDataset, SourceCase, SourceRef, SourceRow, SourceTable
from generator.rules import YAML_LOADER, Rules, fold
from generator.sources.guard import (
    MAX_CELL_CHARS,
    file_problem,
    folder_problem,
    long_cell,
    workbook_problem,
)

TABLE_SUFFIXES = (".csv", ".xlsx")
# Columns whose digits Excel destroys when they are stored as numbers (15+ significant digits).
_NUMBER_SENSITIVE = {"record_id", "uscc", "reg_no_old", "id_number", "legal_rep_id", "decision_no"}
_IGNORED_TOP = {CONFIG_FILE, "rules", "README.md", "README.txt", "README"}
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)

Cell = str | int | float | bool | dt.date | dt.datetime | dt.time | dt.timedelta | None


def load_dataset(root: Path, rules: Rules) -> tuple[RawDataset, list[Problem]]:
    """Read every table and case of the dataset at `root`."""
    problems: list[Problem] = []
    tables: list[SourceTable] = []

    lists_dir = root / "lists"
    if not lists_dir.is_dir():
        problems.append(Problem("lists/", 0, "", "folder is missing: put the list tables here"))
    elif (why := folder_problem(root, lists_dir)) is not None:
        problems.append(Problem("lists/", 0, "", why))
    else:
        files = sorted(p for p in lists_dir.iterdir() if not p.name.startswith("."))
        for path in files:
            if path.suffix.lower() in TABLE_SUFFIXES and (why := file_problem(root, path)):
                problems.append(Problem(_rel(root, path), 0, "", why))
            elif path.suffix.lower() in TABLE_SUFFIXES and path.is_file():
                tables.extend(_read_table(root, path, "lists", rules, problems))
            else:
                problems.append(
                    Problem(
                        _rel(root, path), 0, "", "unexpected file: expected .csv or .xlsx tables"
                    )
                )
        if not any(t.kind == "lists" for t in tables) and not problems:
            problems.append(Problem("lists/", 0, "", "no .csv or .xlsx table found"))

    for kind in ("exits", "objections"):
        found = [root / f"{kind}{suffix}" for suffix in TABLE_SUFFIXES]
        present = [p for p in found if p.is_symlink() or p.exists()]
        if len(present) > 1:
            problems.append(Problem(f"{kind}.*", 0, "", "both .csv and .xlsx present; keep one"))
        for path in present[:1]:
            if (why := file_problem(root, path)) is not None:
                problems.append(Problem(_rel(root, path), 0, "", why))
            else:
                tables.extend(_read_table(root, path, kind, rules, problems))

    cases = _read_cases(root, problems)

    allowed = {"lists", "cases"} | {
        f"{k}{s}" for k in ("exits", "objections") for s in TABLE_SUFFIXES
    }
    for path in sorted(root.iterdir()):
        if path.name.startswith(".") or path.name in _IGNORED_TOP or path.name in allowed:
            continue
        problems.append(
            Problem(
                _rel(root, path),
                0,
                "",
                "unexpected file or folder in the dataset "
                "(expected lists/, exits.*, objections.*, cases/, rules/, dataset.yaml)",
            )
        )
    return RawDataset(str(root), tuple(tables), tuple(cases)), problems


def _rel(root: Path, path: Path) -> str:
    return path.relative_to(root).as_posix()


def _read_table(
    root: Path, path: Path, kind: str, rules: Rules, problems: list[Problem]
) -> list[SourceTable]:
    name = _rel(root, path)
    if path.suffix.lower() == ".csv":
        decoded = _decode(path.read_bytes(), name, problems)
        if decoded is None:
            return []
        text, encoding = decoded
        grid = _csv_rows(text, name, problems)
    else:
        encoding = "XLSX"
        if (why := workbook_problem(path)) is not None:
            problems.append(Problem(name, 0, "", why))
            return []
        grid = _xlsx_rows(path, name, problems)
    if grid is None:
        return []
    table = _map_table(grid, name, kind, encoding, rules, problems)
    return [] if table is None else [table]


def _decode(data: bytes, name: str, problems: list[Problem]) -> tuple[str, str] | None:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        problems.append(Problem(name, 0, "", "file is UTF-16; save it as UTF-8 or GB18030"))
        return None
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = [("utf-8-sig", "UTF-8 with BOM")]
    else:
        candidates = [("utf-8", "UTF-8"), ("gb18030", "GB18030")]
    for codec, label in candidates:
        try:
            return data.decode(codec), label
        except UnicodeDecodeError as exc:
            error = exc
    line = data[: error.start].count(b"\n") + 1
    expected = "UTF-8" if data.startswith(b"\xef\xbb\xbf") else "UTF-8 or GB18030"
    problems.append(
        Problem(name, 0, "", f"not valid {expected} text (line {line}, byte {error.start})")
    )
    return None


def _csv_rows(text: str, name: str, problems: list[Problem]) -> list[list[Cell]] | None:
    if "\x00" in text:
        problems.append(Problem(name, 0, "", "contains NUL characters: not a text CSV file"))
        return None
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        return [list(row) for row in reader]
    except csv.Error as exc:
        problems.append(Problem(name, 0, "", f"malformed CSV near line {reader.line_num}: {exc}"))
        return None


def _xlsx_rows(path: Path, name: str, problems: list[Problem]) -> list[list[Cell]] | None:
    try:
        book = CalamineWorkbook.from_path(str(path))
        sheets = [
            (s, book.get_sheet_by_name(s).to_python(skip_empty_area=False))
            for s in book.sheet_names
        ]
    except (CalamineError, OSError, ValueError) as exc:
        problems.append(
            Problem(name, 0, "", f"cannot be read as an .xlsx workbook ({type(exc).__name__})")
        )
        return None
    for _, rows in sheets:
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                if isinstance(cell, str) and long_cell(cell):
                    problems.append(
                        Problem(
                            name,
                            r + 1,
                            _column_letters(c),
                            f"cell longer than {MAX_CELL_CHARS} characters "
                            "(the limit CSV files have too)",
                        )
                    )
                    return None
    filled = [(s, rows) for s, rows in sheets if any(_text(c) for row in rows for c in row)]
    if len(filled) > 1:
        names = ", ".join(s for s, _ in filled)
        problems.append(
            Problem(name, 0, "", f"several sheets hold data ({names}); keep one sheet per file")
        )
        return None
    return [list(r) for r in filled[0][1]] if filled else []


def _column_letters(index: int) -> str:
    """The spreadsheet name of the column at 0-based `index` (0 -> A, 26 -> AA)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _text(cell: Cell) -> str:
    return cell.strip() if isinstance(cell, str) else ("" if cell is None else "x")


def _cell_text(cell: Cell, column: str) -> str | None:
    """The cell as text, or None when Excel's typing has already lost information."""
    if cell is None:
        return ""
    if isinstance(cell, str):
        return cell
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat() if cell.time() == dt.time() else cell.isoformat(sep=" ")
    if isinstance(cell, dt.date):
        return cell.isoformat()
    if isinstance(cell, int | float):
        if isinstance(cell, float) and not cell.is_integer():
            return None if column in _NUMBER_SENSITIVE else repr(cell)
        whole = int(cell)
        if column in _NUMBER_SENSITIVE and len(str(abs(whole))) >= 16:
            return None
        return str(whole)
    return None


def _map_table(
    grid: Sequence[Sequence[Cell]],
    name: str,
    kind: str,
    encoding: str,
    rules: Rules,
    problems: list[Problem],
) -> SourceTable | None:
    # The submission forms put a one-cell title above the header: the header is the first
    # row with two or more filled cells.
    header_index = next(
        (i for i, row in enumerate(grid) if sum(bool(_text(c)) for c in row) >= 2), None
    )
    if header_index is None:
        problems.append(Problem(name, 0, "", "no header row found (the file is empty)"))
        return None
    header = [_text(c) if isinstance(c, str) else str(c or "") for c in grid[header_index]]
    header_row = header_index + 1
    known = rules.headers[kind]
    columns: list[str | None] = []
    used: dict[str, str] = {}
    implied: dict[str, str] = {}
    # Positions of headers already reported (unknown or duplicate): their cells are not read,
    # but the rows are still checked, so one bad header hides none of the rows' problems.
    reported: set[int] = set()
    for position, raw in enumerate(header):
        if not raw:
            columns.append(None)  # a blank header is fine as long as its column is blank too
            continue
        match = known.get(fold(raw))
        if match is None:
            problems.append(
                Problem(
                    name,
                    header_row,
                    raw,
                    f"unknown column: not a {kind} column in the "
                    f"header aliases ({rules.sources['headers']}); an unexpected column may "
                    "carry personal data, so it is never ignored",
                )
            )
            reported.add(position)
            columns.append(None)
            continue
        if match.column in used:
            problems.append(
                Problem(
                    name,
                    header_row,
                    raw,
                    f"duplicate column: {used[match.column]!r} already means {match.column}",
                )
            )
            reported.add(position)
            columns.append(None)
            continue
        used[match.column] = raw
        implied.update(match.implies)
        columns.append(match.column)
    implied = {k: v for k, v in implied.items() if k not in used}

    rows: list[SourceRow] = []
    for index in range(header_index + 1, len(grid)):
        row_number = index + 1
        cells = grid[index]
        if not any(_text(c) for c in cells):
            continue  # an empty line is not a record
        values: dict[str, str] = {}
        unreadable: set[str] = set()
        for position, cell in enumerate(cells):
            column = columns[position] if position < len(columns) else None
            label = (
                header[position]
                if position < len(header) and header[position]
                else f"#{position + 1}"
            )
            if column is None:
                if _text(cell) and position not in reported:
                    problems.append(
                        Problem(name, row_number, label, "value in a column without a known header")
                    )
                continue
            text = _cell_text(cell, column)
            if text is None:
                problems.append(
                    Problem(
                        name,
                        row_number,
                        _label(used, column),
                        "stored as a number in Excel, "
                        "which loses digits; format the column as text and export again",
                    )
                )
                unreadable.add(column)
                continue
            values[column] = text
        rows.append(SourceRow(SourceRef(name, row_number), values, implied, frozenset(unreadable)))
    return SourceTable(kind, name, encoding, dict(used), tuple(rows))


def _label(used: dict[str, str], column: str) -> str:
    written = used.get(column, column)
    return written if written == column else f"{written} ({column})"


def _read_cases(root: Path, problems: list[Problem]) -> list[SourceCase]:
    folder = root / "cases"
    if not folder.is_dir():
        return []
    if (why := folder_problem(root, folder)) is not None:
        problems.append(Problem("cases/", 0, "", why))
        return []
    cases: list[SourceCase] = []
    for path in sorted(p for p in folder.iterdir() if not p.name.startswith(".")):
        name = _rel(root, path)
        if path.suffix.lower() == ".md" and (why := file_problem(root, path)) is not None:
            problems.append(Problem(name, 0, "", why))
            continue
        if path.suffix.lower() != ".md" or not path.is_file():
            problems.append(Problem(name, 0, "", "unexpected file: typical cases are .md files"))
            continue
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            problems.append(Problem(name, 0, "", "not valid UTF-8 text"))
            continue
        match = _FRONT_MATTER.match(text)
        if match is None:
            problems.append(
                Problem(name, 1, "", "missing front matter (a block between --- lines)")
            )
            continue
        try:
            front = yaml.load(match.group(1), Loader=YAML_LOADER)  # noqa: S506 (a safe loader)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 2 if mark is not None else 1
            problems.append(Problem(name, line, "", "front matter is not valid YAML"))
            continue
        if not isinstance(front, dict):
            problems.append(
                Problem(name, 1, "", "front matter must be a mapping of keys to values")
            )
            continue
        cases.append(SourceCase(name, {str(k): v for k, v in front.items()}, text[match.end() :]))
    return cases
