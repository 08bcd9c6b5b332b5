"""Issue 23's attacks on the loader: a dataset folder is what a department sends. Every one
ends as problem lines and exit 2 (never a traceback, a followed link or an abort)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator.cli import main
from generator.sources.cells import CellError, cell_text
from tests.helpers import ENGLISH_HEADER, csv_text, org_row, write_dataset

XLSX = Path(__file__).parent / "hostile" / "xlsx"


def validate(capsys: pytest.CaptureFixture[str], root: Path) -> tuple[int, str]:
    code = main(["validate", str(root)])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.err


def test_a_link_to_a_system_file_is_refused_unread(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = write_dataset(tmp_path / "ds")
    (root / "lists" / "x.csv").symlink_to("/etc/passwd")
    code, err = validate(capsys, root)
    assert code == 2
    assert "lists/x.csv: is a link to a file outside the dataset folder" in err
    assert "root:" not in err  # no passwd line echoed as a column name


def test_a_link_to_a_csv_of_another_dataset_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = write_dataset(tmp_path / "other")
    root = write_dataset(tmp_path / "ds")
    (root / "lists" / "theirs.csv").symlink_to(other / "lists" / "black.csv")
    (root / "exits.csv").symlink_to(tmp_path / "nowhere.csv")  # a broken link, outside too
    code, err = validate(capsys, root)
    assert code == 2
    assert "lists/theirs.csv: is a link to a file outside the dataset folder" in err
    assert "exits.csv: is a link to a file outside the dataset folder" in err


def test_a_linked_folder_outside_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = write_dataset(tmp_path / "other")
    root = tmp_path / "ds"
    root.mkdir()
    (root / "lists").symlink_to(other / "lists")
    code, err = validate(capsys, root)
    assert (code, err.splitlines()[0]) == (
        2,
        "lists/: is a link to a folder outside the dataset folder; copy it into the dataset",
    )


def test_a_link_inside_the_dataset_is_followed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = write_dataset(tmp_path / "ds")
    shutil.move(root / "lists" / "black.csv", root / "lists" / "real.csv")
    (root / "lists" / "black.csv").symlink_to("real.csv")
    code, err = validate(capsys, root)
    assert code == 2  # the same records twice: read, and reported as duplicates
    assert "duplicate" in err


def test_rules_outside_the_dataset_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shared = tmp_path / "shared-rules"
    shared.mkdir()
    root = write_dataset(tmp_path / "ds", config="rules: ../shared-rules\n")
    code, err = validate(capsys, root)
    assert code == 2
    assert "dataset.yaml, column rules: folder '../shared-rules' is outside the dataset" in err
    inside = write_dataset(tmp_path / "ds2")
    (inside / "rules").mkdir()
    (shared / "policy.yaml").write_text("{}\n")
    (inside / "rules" / "policy.yaml").symlink_to(shared / "policy.yaml")
    code, err = validate(capsys, inside)
    assert code == 2
    assert "rules/policy.yaml: is a link to a file outside the dataset folder" in err


def test_a_fifo_in_the_dataset_does_not_block(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = write_dataset(tmp_path / "ds")
    os.mkfifo(root / "exits.csv")
    os.mkfifo(root / "lists" / "pipe.csv")
    code, err = validate(capsys, root)
    assert code == 2
    assert "exits.csv: is not a regular file" in err
    assert "lists/pipe.csv: is not a regular file" in err


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("xfd-cell.xlsx", "a sheet names a cell beyond column BL (64 columns) or row 299999"),
        ("xfd-dimension.xlsx", "a sheet names a cell beyond column BL (64 columns) or row 299999"),
        ("tall-cell.xlsx", "a sheet names a cell beyond column BL (64 columns) or row 299999"),
        ("wide-cell.xlsx", "a sheet names a cell beyond column BL (64 columns) or row 299999"),
        ("long-cell.xlsx", "row 3, column C: cell longer than 131072 characters"),
    ],
)
def test_hostile_workbooks_are_refused_before_calamine_reads_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, message: str
) -> None:
    root = write_dataset(tmp_path / "ds", {})
    shutil.copy(XLSX / name, root / "lists" / name)
    code, err = validate(capsys, root)
    assert code == 2
    assert f"lists/{name}: {message}" in err or f"lists/{name}, {message}" in err


def test_the_xfd_workbook_no_longer_aborts_under_a_memory_limit(tmp_path: Path) -> None:
    """The original attack in a child process under 1.5 GiB of address space: calamine
    aborted (SIGABRT, exit 134) allocating its grid; now the file is refused first."""
    root = write_dataset(tmp_path / "ds", {})
    shutil.copy(XLSX / "xfd-cell.xlsx", root / "lists" / "x.xlsx")
    script = textwrap.dedent(
        f"""
        import resource, sys
        resource.setrlimit(resource.RLIMIT_AS, (1536 << 20, resource.RLIM_INFINITY))
        from generator.cli import main
        sys.exit(main(["validate", {str(root)!r}]))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 2, done.stderr
    assert "lists/x.xlsx: a sheet names a cell beyond column BL" in done.stderr


def test_a_zip_declaring_a_huge_part_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from generator.sources import guard

    root = write_dataset(tmp_path / "ds", {})
    shutil.copy(XLSX / "long-cell.xlsx", root / "lists" / "big.xlsx")
    limit = guard.MAX_MEMBER_BYTES
    try:
        guard.MAX_MEMBER_BYTES = 1000  # the sheet unpacks to ~600 KB
        code, err = validate(capsys, root)
    finally:
        guard.MAX_MEMBER_BYTES = limit
    assert code == 2
    assert "unpacks to more than" in err


def test_csv_and_database_cells_share_the_cap(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    long_name = "很" * 131_073
    root = write_dataset(
        tmp_path / "ds",
        {"black.csv": csv_text(ENGLISH_HEADER, [org_row(name=long_name)])},
    )
    code, err = validate(capsys, root)
    assert code == 2
    assert "field larger than field limit (131072)" in err
    with pytest.raises(CellError, match="longer than 131072 characters"):
        cell_text(long_name, "name")
    assert cell_text("很" * 131_072, "name") == "很" * 131_072
