"""Builds a dataset with the real CLI and keeps a copy of what reached the leak gate.

    .venv/bin/python tests/blind17/build_pregate.py DATASET OUT KEYS [--as-of DATE]

The copy (OUT-pregate/) is the signed tree exactly as the gate receives it, so the redactor
can be measured even when the gate stops the build (exit 5, nothing published). Prints the
build's exit code; the copy exists whenever the build reached the gate.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path
from typing import Any

import generator.build
from generator.cli import main as cli_main


def build_with_copy(dataset: Path, out: Path, keys: Path, as_of: str, copy: Path) -> int:
    real = getattr(generator.build, "check_tree")  # noqa: B009 - not re-exported by name

    def copying(staging: Path, *args: Any, **kwargs: Any) -> Any:
        if copy.exists():
            shutil.rmtree(copy)
        shutil.copytree(staging, copy, symlinks=False)
        return real(staging, *args, **kwargs)

    setattr(generator.build, "check_tree", copying)  # noqa: B010
    try:
        return cli_main(
            ["build", str(dataset), "--out", str(out), "--keys", str(keys), "--as-of", as_of]
        )
    finally:
        setattr(generator.build, "check_tree", real)  # noqa: B010


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("dataset", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("keys", type=Path)
    parser.add_argument("--as-of", default="2026-12-01")
    args = parser.parse_args()
    copy = args.out.parent / (args.out.name + "-pregate")
    code = build_with_copy(args.dataset, args.out, args.keys, args.as_of, copy)
    print(f"build exit code {code}; tree as the gate saw it: {copy if copy.exists() else 'none'}")
    return code


if __name__ == "__main__":
    sys.exit(main())
