"""What the loader checks before it reads a file a department sent: where it points, what
it is, and (for a workbook) how much reading it would cost.

A dataset folder is hostile input: a symlink `lists/x.csv -> /etc/passwd` would be read
and echoed (its lines as column names), one to another dataset's CSV would be published.
So every file the loader opens must, with its links followed, stay inside the dataset
folder and be a regular file. The same holds for `rules:` in dataset.yaml and the rule
files in it: they steer redaction, so a dataset cannot point them at files elsewhere on the
office's machine (shared rules go into the project's data/rules/ or are copied in).

An .xlsx is a zip of XML that python-calamine (Rust) turns into a dense grid: a 6 KB sheet
that names a cell at XFD1048576 makes it allocate 17 billion cells and abort the process
(SIGABRT, no file named), and a few KB of compressed text unpack into a multi-million
character cell. So the zip's declared sizes, the sheets' declared dimension and every
cell reference are checked first; cells then get the CSV reader's length cap.
"""

from __future__ import annotations

import lzma
import re
import stat
import zipfile
import zlib
from pathlib import Path

# csv's own field limit (csv.field_size_limit()), which CSV input has always had.
MAX_CELL_CHARS = 131_072
# A table holds ~25 columns; 64 (A..BL) leaves room for blank and extra columns.
MAX_COLUMNS = 64
MAX_ROWS = 299_999  # an .xlsx row number above this is refused; split larger tables
MAX_MEMBER_BYTES = 256 * 1024 * 1024  # one part of the workbook, unpacked
MAX_WORKBOOK_BYTES = 512 * 1024 * 1024  # all parts, unpacked
_CHUNK = 4 * 1024 * 1024
_OVERLAP = 1024  # a cell tag cut by a chunk boundary is seen whole in the next window
# A cell reference beyond the limits: a column of three letters or past BL, or a row
# number of 300000 and above (six digits from 3, or seven and more).
_WIDE_OR_TALL = re.compile(
    rb'<(?:\w+:)?(?:c|dimension)\s[^>]{0,512}?\b(?:r|ref)="(?:[A-Z]+\d+:)?'
    rb"(?:(?:[A-Z]{3,}|[C-Z][A-Z]|B[M-Z])\d|[A-Z]{1,3}(?:[3-9]\d{5}|\d{7,})\b)"
)


# What a damaged or hostile zip raises on the way: a bad header or CRC, a truncated or
# corrupt deflate/bzip2/lzma stream, an encrypted part (RuntimeError), an unknown
# compression method (NotImplementedError).
_UNREADABLE = (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError, NotImplementedError)


def leaves_dataset(root: Path, path: Path) -> bool:
    """Whether `path`, its links followed, lies outside the dataset folder `root`."""
    try:
        return not path.resolve(strict=False).is_relative_to(root.resolve(strict=False))
    except (OSError, RuntimeError):  # a link loop
        return True


def file_problem(root: Path, path: Path) -> str | None:
    """Why `path` may not be read as a dataset file, or None when it may."""
    if leaves_dataset(root, path):
        return (
            "is a link to a file outside the dataset folder; copy the file into the dataset instead"
        )
    try:
        mode = path.stat().st_mode
    except OSError:
        return "cannot be read (a broken link?)"
    if not stat.S_ISREG(mode):
        return "is not a regular file (a FIFO, device or folder)"
    return None


def folder_problem(root: Path, path: Path) -> str | None:
    """Why the folder `path` may not be read, or None when it may."""
    if leaves_dataset(root, path):
        return "is a link to a folder outside the dataset folder; copy it into the dataset"
    return None


def workbook_problem(path: Path) -> str | None:
    """Why reading the .xlsx at `path` would cost more than a table may, or None."""
    try:
        with zipfile.ZipFile(path) as book:
            members = book.infolist()
            if sum(m.file_size for m in members) > MAX_WORKBOOK_BYTES:
                return f"unpacks to more than {MAX_WORKBOOK_BYTES >> 20} MiB"
            for member in members:
                if member.file_size > MAX_MEMBER_BYTES:
                    return f"part {member.filename[:80]!r} unpacks to more than {MAX_MEMBER_BYTES >> 20} MiB"
            for member in members:
                if member.filename.startswith("xl/worksheets/") and _too_large(book, member):
                    return (
                        f"a sheet names a cell beyond column BL ({MAX_COLUMNS} columns) or "
                        f"row {MAX_ROWS}; split the table into several files"
                    )
    except (*_UNREADABLE, zlib.error, lzma.LZMAError) as exc:
        return f"cannot be read as an .xlsx workbook ({type(exc).__name__})"
    return None


def _too_large(book: zipfile.ZipFile, member: zipfile.ZipInfo) -> bool:
    """A streaming search of the sheet's XML for a dimension or cell reference too far out."""
    tail = b""
    with book.open(member) as sheet:
        while chunk := sheet.read(_CHUNK):
            window = tail + chunk
            if _WIDE_OR_TALL.search(window):
                return True
            tail = window[-_OVERLAP:]
    return False


def long_cell(text: str) -> bool:
    return len(text) > MAX_CELL_CHARS
