"""Subcommands keygen, delegate and verify; generator/cli.py hooks them in.

The clock and the terminal are read here, never in the library: `now` and passphrases are
passed down as parameters.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from generator.errors import SigningError, VerifyError
from generator.sign import (
    PublicKey,
    delegate_key,
    generate_keypair,
    load_public_key,
    load_signing_key,
    read_delegation,
)
from generator.sign.envelope import check_site_address
from generator.sign.keys import ENV_PASSPHRASE, is_encrypted, read_key_text

EXIT_USAGE = 64
COMMANDS = ("keygen", "delegate", "verify")


def _moment(text: str) -> datetime:
    """YYYY-MM-DD (midnight UTC) or an RFC 3339 time with a zone."""
    try:
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), datetime.min.time(), UTC)
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD or a time, got {text!r}") from exc
    if moment.tzinfo is None:
        raise argparse.ArgumentTypeError(f"{text!r} needs a time zone, e.g. 2026-11-22T08:00:00Z")
    return moment.astimezone(UTC)


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    keygen = subparsers.add_parser("keygen", help="make an Ed25519 key pair (NAME.key, NAME.pub)")
    keygen.add_argument("--out", type=Path, required=True, help="folder for the two files")
    keygen.add_argument("--name", required=True, help="file name stem, e.g. root or online")
    keygen.add_argument(
        "--insecure-demo-key",
        action="store_true",
        help="write an UNENCRYPTED throw-away key named NAME.DEMO-THROWAWAY.key",
    )

    delegate = subparsers.add_parser(
        "delegate", help="root key signs keys/delegation.json for an online key"
    )
    delegate.add_argument("--root-key", type=Path, required=True, help="the root private key")
    delegate.add_argument("--online-pub", type=Path, required=True, help="the online public key")
    delegate.add_argument("--valid-from", type=_moment, required=True)
    delegate.add_argument("--valid-until", type=_moment, required=True)
    delegate.add_argument(
        "--previous",
        type=Path,
        default=None,
        help="the delegation this one replaces: version + 1, its revocations kept",
    )
    delegate.add_argument("--version", type=int, default=None, help="default 1 (or previous + 1)")
    delegate.add_argument("--revoke", action="append", default=[], metavar="KEYID")
    delegate.add_argument("--out", type=Path, required=True, help="e.g. keys/delegation.json")

    verify = subparsers.add_parser("verify", help="check a published site as a consumer would")
    verify.add_argument("source", help="site folder or http(s) URL")
    verify.add_argument("--root-key", type=Path, required=True, help="the pinned root.pub")
    verify.add_argument("--state", type=Path, default=None, help="remembers the last version")
    verify.add_argument(
        "--now", type=_moment, default=None, help="check as of this time (default: the clock)"
    )
    verify.add_argument(
        "--site",
        type=_site,
        default=None,
        help="the site address the manifest must name (default: the URL verified)",
    )
    verify.add_argument(
        "--allow-cross-origin-redirects",
        action="store_true",
        help="follow redirects to another http(s) host (a mirror that redirects to a CDN)",
    )


def _site(text: str) -> str:
    """--site: an http(s) address; the path ends with / as build --site-url writes it."""
    site = text if text.endswith("/") else text + "/"
    try:
        check_site_address(site, "--site")
    except VerifyError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc
    return site


def _passphrase(prompt: str, *, confirm: bool) -> bytes | None:
    env = os.environ.get(ENV_PASSPHRASE)
    if env:
        return env.encode("utf-8")
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat the passphrase: ") != first:
        raise SigningError("the two passphrases differ")
    return first.encode("utf-8") or None


def _keygen(args: argparse.Namespace) -> int:
    passphrase = None
    if not args.insecure_demo_key:
        passphrase = _passphrase(f"Passphrase for {args.name}.key: ", confirm=True)
    files = generate_keypair(args.out, args.name, passphrase, demo=args.insecure_demo_key)
    print(f"wrote {files.private_path} and {files.public_path}")
    print(f"key id {files.key_id}")
    if args.insecure_demo_key:
        print("DEMO, THROW-AWAY key: unencrypted, never use it for a real site.")
    return 0


def _delegate(args: argparse.Namespace) -> int:
    pem = read_key_text(args.root_key, {})
    passphrase = _passphrase("Root key passphrase: ", confirm=False) if is_encrypted(pem) else None
    root = load_signing_key(pem, passphrase)
    version, revoked = args.version or 1, set(args.revoke)
    if args.previous is not None:
        try:
            previous = read_delegation(args.previous.read_bytes(), root.public).delegation
        except OSError as exc:
            raise SigningError(f"cannot read {args.previous}: {exc.strerror}") from exc
        version = args.version or previous.version + 1
        if version <= previous.version:
            raise SigningError(f"the version must be above the previous {previous.version}")
        revoked |= set(previous.revoked)
    signed = delegate_key(
        root,
        load_public_key(args.online_pub),
        version=version,
        valid_from=args.valid_from,
        valid_until=args.valid_until,
        revoked=revoked,
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(signed.data)
    d = signed.delegation
    print(
        f"wrote {args.out}: delegation {d.version}, online key {d.online_key.key_id[:16]}…, "
        f"{len(d.revoked)} revoked"
    )
    return 0


def _verify(args: argparse.Namespace) -> int:
    # Here, not at the top: the other commands need no HTTP client.
    from generator.verify import MAX_SMALL_BYTES, verify_site
    from generator.verify_io import read_local

    try:
        text = read_local(args.root_key, MAX_SMALL_BYTES, "root key")
        if text is None:
            raise SigningError("no root key")
        root = PublicKey.from_text(text, "root key")
    except (OSError, SigningError, VerifyError):
        # Bad usage rather than a verification failure: nothing was fetched yet.
        print(f"error: the root key {args.root_key} is unusable", file=sys.stderr)
        return EXIT_USAGE
    now = args.now or datetime.now(UTC)
    report = verify_site(
        args.source,
        root.raw,
        now=now,
        state_file=args.state,
        site=args.site,
        other_origins=args.allow_cross_origin_redirects,
    )
    print(report.summary())
    return 0


def run(args: argparse.Namespace) -> int | None:
    """Run one of this module's commands; None when `args.command` is not one of them."""
    if args.command == "keygen":
        return _keygen(args)
    if args.command == "delegate":
        return _delegate(args)
    if args.command == "verify":
        return _verify(args)
    return None
