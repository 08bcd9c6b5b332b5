"""Subcommands prove and verify-proof; generator/cli.py hooks them in.

`prove` runs at the publisher (it needs the pseudonym key, which orders the snapshot and
which nobody else has); `verify-proof` runs anywhere, offline, with the root public key.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

from generator.errors import SigningError

# The log and signing modules are imported by the commands that use them, not when the CLI
# parses its arguments: `refresh` must not pay for them (tests/test_refresh.py).

EXIT_USAGE = 64
COMMANDS = ("prove", "verify-proof")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {text!r}") from exc


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    prove = subparsers.add_parser(
        "prove", help="write a proof of a subject's listings (or of none) on a past day"
    )
    prove.add_argument("site", type=Path, help="the published site folder (build --out)")
    prove.add_argument("--subject", required=True, help="a USCC, or a person's page key p-…")
    prove.add_argument("--on", type=_date, required=True, help="the day, YYYY-MM-DD")
    prove.add_argument("--out", type=Path, required=True, help="the proof file to write")
    prove.add_argument("--keys", type=Path, default=None, help="as for build (pseudonym.key)")
    prove.add_argument("--pseudonym-key", type=Path, default=None)

    check = subparsers.add_parser("verify-proof", help="check a proof file offline")
    check.add_argument("proof", type=Path, help="a file written by prove")
    check.add_argument("--root-key", type=Path, required=True, help="the pinned root.pub")
    check.add_argument("--subject", default=None, help="require the proof to be about this")
    check.add_argument("--on", type=_date, default=None, help="require it to be of this day")


def _prove(args: argparse.Namespace) -> int:
    from generator.demo_keys import PSEUDONYM_KEY, ROOT_PUBLIC
    from generator.keyring import read_pseudonym_key
    from generator.settings import KeyPaths
    from generator.tlog.proof import make_proof

    folder: Path | None = args.keys
    pseudonym = args.pseudonym_key or (folder / PSEUDONYM_KEY if folder else None)
    paths = KeyPaths(Path(ROOT_PUBLIC), None, Path(), pseudonym)
    key = read_pseudonym_key(paths, dict(os.environ))
    proof = make_proof(args.site, args.subject, args.on, key)
    args.out.write_bytes(proof)
    print(f"wrote {args.out} ({len(proof)} bytes)")
    return 0


def _verify_proof(args: argparse.Namespace) -> int:
    from generator.sign import PublicKey
    from generator.tlog.proof import read_proof_file, verify_proof

    try:
        root = PublicKey.from_text(args.root_key.read_bytes(), "root key")
    except (OSError, SigningError):
        print(f"error: the root key {args.root_key} is unusable", file=sys.stderr)
        return EXIT_USAGE
    proven = verify_proof(read_proof_file(args.proof), root, subject=args.subject, on=args.on)
    print(proven.summary())
    return 0


def run(args: argparse.Namespace) -> int | None:
    if args.command == "prove":
        return _prove(args)
    if args.command == "verify-proof":
        return _verify_proof(args)
    return None
