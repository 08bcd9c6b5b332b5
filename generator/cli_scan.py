"""`creditsite scan DIR --dataset DATASET`: the leak gate alone, for a tree already written."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from generator.errors import ConfigError


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    scan = subparsers.add_parser(
        "scan", help="search a built tree for any sensitive value of a dataset (the leak gate)"
    )
    scan.add_argument("dir", type=Path, help="the staging or published tree to search")
    scan.add_argument("--dataset", type=Path, required=True, help="the dataset it was built from")


def run(args: argparse.Namespace) -> int:
    """0 when the tree is clean; raises `LeakError` (exit 5) naming file, record and kind."""
    root: Path = args.dir
    if not root.is_dir():
        raise ConfigError(f"{root} is not a folder")
    # Imported when the command runs: registering it must not load the build (cli.py).
    from generator.build import check_dataset
    from generator.scan import check_tree

    checked = check_dataset(args.dataset)
    check_tree(root, checked.dataset, checked.rules)
    files = sum(1 for p in root.rglob("*") if p.is_file())
    print(f"OK: no sensitive value found in {files} files under {root}.")
    return 0
