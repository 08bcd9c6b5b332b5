"""Canonical JSON, keys, delegation and the signed tree."""

from __future__ import annotations

import argparse
import base64
import hashlib
import importlib.util
import json
import sys
from datetime import timedelta
from pathlib import Path
from types import ModuleType

import pytest
import rfc8785
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.cli_sign import register, run
from generator.errors import CreditSiteError, MalformedError, SigningError
from generator.sign import (
    DELEGATION_PATH,
    MANIFEST_PATH,
    FileEntry,
    canonical_bytes,
    delegate_key,
    generate_keypair,
    load_signing_key,
    loads_strict,
    read_key_text,
    read_published,
    read_published_manifest,
    refresh_manifest,
    sign_changes,
    sign_tree,
)
from generator.sign.canonical import _fast, _plain
from generator.sign.envelope import read_unsigned_manifest
from generator.verify import verify_site
from tests.helpers import on_two_processes, tree
from tests.sign_fixtures import (
    KEYS,
    T0,
    copy_site,
    delegation,
    fixture_key,
    signed_site,
    write_site,
)

# Regenerate after an intended format change: run this test, read the new value from the
# failure message, and update it (the same fixed keys and time always give the same bytes).
GOLDEN_MANIFEST_SHA256 = "6682b7863ad276fe362c38e9c9a55e1b86ab56fe8497e9e3744a53e7d4661c3f"


def _standalone() -> ModuleType:
    path = Path(__file__).parents[1] / "feeds" / "verify_feed.py"
    spec = importlib.util.spec_from_file_location("verify_feed", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["verify_feed"] = module  # dataclasses look their module up while building
    spec.loader.exec_module(module)
    return module


verify_feed = _standalone()

json_keys = st.text(max_size=8)
signable = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**53) + 1, max_value=2**53 - 1)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(json_keys, inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(signable)
def test_both_canonicalisers_equal_rfc8785(value: object) -> None:
    expected = rfc8785.dumps(value)  # type: ignore[arg-type]
    assert canonical_bytes(value) == expected
    assert verify_feed.canonical(value) == expected


def test_keys_sort_by_utf16_code_units() -> None:
    # U+FF61 sorts before U+1F600 in UTF-16 (surrogates D83D…) but after it in code points.
    value = {"\U0001f600": 1, "\uff61": 2, "a": 3}
    assert canonical_bytes(value) == verify_feed.canonical(value) == rfc8785.dumps(value)
    assert canonical_bytes(value).index("\U0001f600".encode()) < canonical_bytes(value).index(
        "\uff61".encode()
    )


@pytest.mark.parametrize(
    "value", [1.0, {"a": [0.5]}, 2**53, {1: "x"}, {"a": {"b": float("nan")}}, b"bytes"]
)
def test_the_signer_refuses_what_the_twin_could_not_canonicalise(value: object) -> None:
    with pytest.raises(SigningError):
        canonical_bytes(value)


@pytest.mark.parametrize(
    "text", [b'{"a": 1, "a": 2}', b'{"a": 1.0}', b'{"a": NaN}', b"[1e3]", b"\xff", b"{"]
)
def test_the_strict_reader_refuses_ambiguous_json(text: bytes) -> None:
    with pytest.raises(MalformedError):
        loads_strict(text, "doc")
    with pytest.raises(verify_feed.Malformed):
        verify_feed.load_json(text, "doc")


def test_signing_is_deterministic_and_golden(tmp_path: Path) -> None:
    one = signed_site(tmp_path / "one", 1)
    two = signed_site(tmp_path / "two", 1)
    for path in (MANIFEST_PATH, DELEGATION_PATH, "feeds/all.json.sig"):
        assert (one / path).read_bytes() == (two / path).read_bytes()
    digest = hashlib.sha256((one / MANIFEST_PATH).read_bytes()).hexdigest()
    assert digest == GOLDEN_MANIFEST_SHA256, f"regenerate: GOLDEN_MANIFEST_SHA256 = {digest!r}"


def test_versions_chain_through_previous(tmp_path: Path) -> None:
    first = signed_site(tmp_path / "a", 1)
    previous = (first / MANIFEST_PATH).read_bytes()
    second = signed_site(tmp_path / "b", 2, issued=T0 + timedelta(days=1), previous=previous)
    signed = json.loads((second / MANIFEST_PATH).read_text())["signed"]
    assert signed["version"] == 2
    assert signed["previous"] == hashlib.sha256(previous).hexdigest()
    assert signed["expires"] == "2026-11-25T08:00:00Z"  # issue + 48 h
    assert set(signed["files"]) >= {DELEGATION_PATH, "feeds/all.json.sig", "index.html"}
    assert MANIFEST_PATH not in signed["files"]
    with pytest.raises(SigningError, match="earlier than the previous"):
        signed_site(tmp_path / "c", 3, issued=T0 - timedelta(days=1), previous=previous)


def test_read_published_manifest_checks_the_chain(tmp_path: Path) -> None:
    root = fixture_key("root").public
    assert read_published_manifest(tmp_path, root) is None
    site = signed_site(tmp_path / "site", 1)
    assert read_published_manifest(site, root) == (site / MANIFEST_PATH).read_bytes()
    published = read_published(site, root)
    assert published is not None
    data, parsed = published
    assert data == (site / MANIFEST_PATH).read_bytes()
    assert parsed == read_unsigned_manifest(data, "manifest")
    # Signing with the parsed manifest at hand continues the chain as from the bytes alone.
    again = {}
    for name, parsed_or_none in (("bytes", None), ("parsed", parsed)):
        copy = copy_site(site, tmp_path / name)
        (copy / MANIFEST_PATH).unlink()
        t1 = T0 + timedelta(hours=1)
        again[name] = sign_tree(
            copy,
            fixture_key("online"),
            delegation(),
            issued=t1,
            expires=t1 + timedelta(hours=48),
            previous_manifest=data,
            previous=parsed_or_none,
        )
    assert again["bytes"] == again["parsed"] and again["parsed"].version == 2
    text = (site / MANIFEST_PATH).read_text()
    (site / MANIFEST_PATH).write_text(text.replace('"version":1\n', '"version":41\n'))
    with pytest.raises(SigningError, match="cannot be trusted"):
        read_published_manifest(site, root)
    with pytest.raises(SigningError, match="cannot be trusted"):
        read_published_manifest(signed_site(tmp_path / "other", 1), fixture_key("online2").public)


def test_refresh_resigns_an_unchanged_tree_with_a_new_expiry(tmp_path: Path) -> None:
    site = signed_site(tmp_path / "site", 1)
    old = (site / MANIFEST_PATH).read_bytes()
    later = T0 + timedelta(days=1)
    refreshed = refresh_manifest(
        site, fixture_key("online"), delegation(), issued=later, expires=later + timedelta(hours=48)
    )
    assert refreshed.version == 2
    assert refreshed.previous == hashlib.sha256(old).hexdigest()
    report = verify_site(site, fixture_key("root").public.raw, now=later, state_file=None)
    assert report.version == 2
    (site / "index.html").write_text("changed size")
    with pytest.raises(SigningError, match=r"index\.html changed"):
        refresh_manifest(
            site, fixture_key("online"), delegation(), issued=later, expires=later + timedelta(1)
        )


def test_sign_tree_refuses_a_key_the_delegation_does_not_name(tmp_path: Path) -> None:
    write_site(tmp_path, 1)
    with pytest.raises(SigningError, match="not the online key"):
        sign_tree(
            tmp_path,
            fixture_key("online2"),
            delegation(),
            issued=T0,
            expires=T0 + timedelta(hours=1),
            previous_manifest=None,
        )
    with pytest.raises(SigningError, match="does not cover"):
        sign_tree(
            tmp_path,
            fixture_key("online"),
            delegation(),
            issued=T0 + timedelta(days=400),
            expires=T0 + timedelta(days=401),
            previous_manifest=None,
        )
    assert not (tmp_path / MANIFEST_PATH).exists()


@pytest.mark.parametrize("leak", ["pem", "hex", "base64"])
def test_sign_tree_refuses_a_tree_holding_key_material(tmp_path: Path, leak: str) -> None:
    key = fixture_key("online")
    raw = key.private.private_bytes_raw()
    text = {
        "pem": (KEYS / "TEST-ONLY-online.pem").read_text(),
        "hex": raw.hex(),
        "base64": base64.b64encode(raw).decode(),
    }[leak]
    write_site(tmp_path, 1)
    (tmp_path / "data" / "oops.txt").write_text(f"config: {text}\n")
    with pytest.raises(SigningError, match=r"data/oops\.txt contains private key material"):
        sign_tree(
            tmp_path,
            key,
            delegation(),
            issued=T0,
            expires=T0 + timedelta(1),
            previous_manifest=None,
        )
    assert not (tmp_path / MANIFEST_PATH).exists()


def test_signing_on_two_processes_gives_the_same_tree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one = tree(signed_site(tmp_path / "one", 1))
    on_two_processes(monkeypatch)
    two = tree(signed_site(tmp_path / "two", 1))
    assert two == one
    assert any(name.endswith(".sig") for name in two)  # written by the workers


def test_key_material_found_by_a_worker_stops_signing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    on_two_processes(monkeypatch)
    write_site(tmp_path, 1)
    (tmp_path / "data" / "oops.txt").write_text((KEYS / "TEST-ONLY-online.pem").read_text())
    with pytest.raises(SigningError, match=r"data/oops\.txt contains private key material"):
        signed_site(tmp_path, 1)
    assert not (tmp_path / MANIFEST_PATH).exists()


def test_sign_tree_refuses_symbolic_links(tmp_path: Path) -> None:
    write_site(tmp_path, 1)
    (tmp_path / "data" / "link").symlink_to("/etc/hostname")
    with pytest.raises(SigningError, match="symbolic link"):
        signed_site(tmp_path, 1)


def test_a_signed_tree_holds_no_private_key_material(tmp_path: Path) -> None:
    site = signed_site(tmp_path / "site", 1)
    forms: list[bytes] = [b"PRIVATE KEY", b"BEGIN ENCRYPTED"]
    for name in ("root", "online", "online2"):
        raw = fixture_key(name).private.private_bytes_raw()
        forms += [raw, raw.hex().encode(), raw.hex().upper().encode(), base64.b64encode(raw)]
        forms += [base64.urlsafe_b64encode(raw).rstrip(b"="), base64.b64encode(raw).rstrip(b"=")]
    files = [p for p in site.rglob("*") if p.is_file()]
    assert len(files) > 10
    for path in files:
        data = path.read_bytes()
        assert not [f for f in forms if f in data], path


def test_keygen_round_trip_with_a_passphrase(tmp_path: Path) -> None:
    files = generate_keypair(tmp_path / "keys", "online", b"correct horse")
    pem = files.private_path.read_bytes()
    assert b"BEGIN ENCRYPTED PRIVATE KEY" in pem
    assert files.private_path.stat().st_mode & 0o077 == 0
    key = load_signing_key(pem, b"correct horse")
    assert key.key_id == files.key_id == hashlib.sha256(key.public.raw).hexdigest()
    assert files.public_path.read_bytes() == key.public.pem()
    env = {"CREDITSITE_SIGNING_KEY": pem.decode()}
    assert load_signing_key(read_key_text(None, env), b"correct horse").key_id == key.key_id
    with pytest.raises(SigningError, match="exists already"):
        generate_keypair(tmp_path / "keys", "online", b"again")


def test_a_wrong_or_missing_passphrase_is_a_plain_signing_error(tmp_path: Path) -> None:
    pem = generate_keypair(tmp_path, "k", b"right").private_path.read_bytes()
    with pytest.raises(SigningError) as wrong:
        load_signing_key(pem, b"wrong")
    assert str(wrong.value) == "cannot load the private key: wrong passphrase"
    with pytest.raises(SigningError, match="encrypted"):
        load_signing_key(pem, None)
    with pytest.raises(SigningError, match="not a PEM private key"):
        load_signing_key(b"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n", None)
    with pytest.raises(SigningError, match="CREDITSITE_SIGNING_KEY"):
        read_key_text(None, {})


def test_unencrypted_keys_only_as_marked_demo_keys(tmp_path: Path) -> None:
    with pytest.raises(SigningError, match="encrypted"):
        generate_keypair(tmp_path, "k", None)
    demo = generate_keypair(tmp_path, "k", None, demo=True)
    assert demo.private_path.name == "k.DEMO-THROWAWAY.key"
    text = demo.private_path.read_bytes()
    assert text.startswith(b"# DEMO, THROW-AWAY KEY")
    assert load_signing_key(text, None).key_id == demo.key_id


def test_keygen_refuses_a_git_work_tree(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    with pytest.raises(SigningError, match="git work tree"):
        generate_keypair(tmp_path / "keys", "k", b"pass")


def test_delegation_refuses_contradictions() -> None:
    root, online = fixture_key("root"), fixture_key("online")
    with pytest.raises(SigningError, match="revoked at once"):
        delegate_key(
            root, online.public, version=1, valid_from=T0, valid_until=T0 + timedelta(1),
            revoked=[online.key_id],
        )  # fmt: skip
    with pytest.raises(SigningError, match="ends before"):
        delegate_key(root, online.public, version=1, valid_from=T0, valid_until=T0)


# --- the CLI ---------------------------------------------------------------------------


def cli(*argv: str) -> int:
    """What generator/cli.py does with these commands: parse, run, map errors to codes."""
    parser = argparse.ArgumentParser(prog="creditsite")
    register(parser.add_subparsers(dest="command", required=True))
    try:
        code = run(parser.parse_args(argv))
    except CreditSiteError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    assert code is not None
    return code


def test_cli_keygen_delegate_verify(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CREDITSITE_KEY_PASSPHRASE", "test passphrase, not a secret")
    keys = tmp_path / "keys"
    assert cli("keygen", "--out", str(keys), "--name", "root") == 0
    assert cli("keygen", "--out", str(keys), "--name", "online") == 0
    out = capsys.readouterr().out
    assert "wrote" in out and "key id" in out
    deleg = tmp_path / "delegation.json"
    assert cli(
        "delegate", "--root-key", str(keys / "root.key"), "--online-pub", str(keys / "online.pub"),
        "--valid-from", "2026-11-01", "--valid-until", "2027-02-01", "--out", str(deleg),
    ) == 0  # fmt: skip
    assert "delegation 1" in capsys.readouterr().out
    deleg2 = tmp_path / "delegation2.json"
    assert cli(
        "delegate", "--root-key", str(keys / "root.key"), "--online-pub", str(keys / "online.pub"),
        "--valid-from", "2026-11-01", "--valid-until", "2027-03-01", "--previous", str(deleg),
        "--revoke", "ab" * 32, "--out", str(deleg2),
    ) == 0  # fmt: skip
    out = capsys.readouterr().out
    assert "delegation 2" in out and "1 revoked" in out
    # Sign a site with the CLI-made keys, then verify it through the CLI.
    from generator.sign import read_delegation

    passphrase = b"test passphrase, not a secret"
    root_pub = keys / "root.pub"
    online = load_signing_key((keys / "online.key").read_bytes(), passphrase)
    signed = read_delegation(deleg2.read_bytes(), load_signing_key(
        (keys / "root.key").read_bytes(), passphrase).public)  # fmt: skip
    site = write_site(tmp_path / "site", 1)
    sign_tree(site, online, signed, issued=T0, expires=T0 + timedelta(2), previous_manifest=None)
    state = tmp_path / "state.json"
    args = ("verify", str(site), "--root-key", str(root_pub), "--state", str(state))
    assert cli(*args, "--now", "2026-11-22T09:00:00Z") == 0
    assert capsys.readouterr().out.startswith(f"OK: {site} manifest version 1")
    assert cli(*args, "--now", "2026-11-25T09:00:00Z") == 13
    err = capsys.readouterr().err
    assert (
        err == "error: the manifest expired at 2026-11-24T08:00:00Z: the copy is stale or frozen\n"
    )
    (tmp_path / "bad.pub").write_text("not a key")
    assert cli("verify", str(site), "--root-key", str(tmp_path / "bad.pub")) == 64


def test_cli_keygen_without_passphrase_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("CREDITSITE_KEY_PASSPHRASE", raising=False)
    assert cli("keygen", "--out", str(tmp_path), "--name", "root") == 6
    assert "encrypted" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())
    assert cli("keygen", "--out", str(tmp_path), "--name", "demo", "--insecure-demo-key") == 0
    assert "DEMO, THROW-AWAY" in capsys.readouterr().out
    assert (tmp_path / "demo.DEMO-THROWAWAY.key").exists()


# ---------------------------------------------------------------- at national scale

ascii_keys = st.text(st.characters(max_codepoint=127), max_size=8)
ascii_keyed = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**53) + 1, max_value=2**53 - 1)
    | st.text(max_size=20),  # every code point but surrogates, control characters too
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(ascii_keys, inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=500, deadline=None)
@given(ascii_keyed)
def test_the_fast_path_is_byte_identical_to_rfc8785(value: object) -> None:
    assert _plain(value)  # the case the fast path serves: ASCII keys, any values
    assert _fast(value) == rfc8785.dumps(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["\ud800", {"a": ["x\udfff"]}])
def test_lone_surrogates_are_refused_like_rfc8785_does(value: object) -> None:
    with pytest.raises(rfc8785.CanonicalizationError):
        rfc8785.dumps(value)  # type: ignore[arg-type]
    with pytest.raises(SigningError):
        canonical_bytes(value)


def test_the_manifest_file_has_one_line_per_file(tmp_path: Path) -> None:
    site = signed_site(tmp_path / "site", 1)
    text = (site / MANIFEST_PATH).read_text(encoding="utf-8")
    for path in ("index.html", "feeds/all.json", "feeds/all.json.sig"):
        assert sum(1 for line in text.splitlines() if line.startswith(f'"{path}":')) == 1
    assert json.loads(text)["signed"]["version"] == 1


def _manifest_files(site: Path) -> dict[str, object]:
    files: dict[str, object] = json.loads((site / MANIFEST_PATH).read_text())["signed"]["files"]
    return files


def test_known_entries_are_not_read_again(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site", 1)
    page = "subjects/91410100MA0000001X/index.html"
    data = (site / page).read_bytes()
    known = {page: FileEntry(hashlib.sha256(data).hexdigest(), len(data))}
    (site / page).chmod(0)  # unreadable: signing must not need it
    try:
        manifest = sign_tree(
            site,
            fixture_key("online"),
            delegation(),
            issued=T0,
            expires=T0 + timedelta(hours=48),
            previous_manifest=None,
            known=known,
        )
    finally:
        (site / page).chmod(0o644)
    assert manifest.files[page] == known[page]
    assert verify_site(site, fixture_key("root").public.raw, now=T0, state_file=None).files


def test_sign_changes_rehashes_only_what_changed_and_equals_a_full_signing(
    tmp_path: Path,
) -> None:
    site = signed_site(tmp_path / "site", 1)
    previous = (site / MANIFEST_PATH).read_bytes()
    (site / "index.html").write_text("<p>changed</p>\n", encoding="utf-8")
    (site / "feeds/all.json").write_text('{"items":[2]}\n', encoding="utf-8")
    (site / "robots.txt").unlink()
    (site / "stats/new.svg").write_text("<svg/>\n", encoding="utf-8")
    (site / "data/snapshot.csv").chmod(0)  # unchanged: must not be read
    t1 = T0 + timedelta(hours=1)
    try:
        manifest = sign_changes(
            site,
            fixture_key("online"),
            delegation(),
            issued=t1,
            expires=t1 + timedelta(hours=48),
            previous_manifest=previous,
            changed=["index.html", "feeds/all.json", "robots.txt"],
        )
    finally:
        (site / "data/snapshot.csv").chmod(0o644)
    assert manifest.version == 2 and "robots.txt" not in manifest.files
    assert "stats/new.svg" in manifest.files  # found by listing the tree
    incremental = _manifest_files(site)
    full = copy_site(site, tmp_path / "full")
    sign_tree(
        full,
        fixture_key("online"),
        delegation(),
        issued=t1,
        expires=t1 + timedelta(hours=48),
        previous_manifest=previous,
    )
    assert incremental == _manifest_files(full)
    assert verify_site(site, fixture_key("root").public.raw, now=t1, state_file=None).version == 2


def test_sign_changes_with_a_new_key_signs_every_feed_again(tmp_path: Path) -> None:
    site = signed_site(tmp_path / "site", 1)
    previous = (site / MANIFEST_PATH).read_bytes()
    old_sig = (site / "feeds/all.json.sig").read_bytes()
    sign_changes(
        site,
        fixture_key("online2"),
        delegation("online2", version=2),
        issued=T0 + timedelta(hours=1),
        expires=T0 + timedelta(hours=49),
        previous_manifest=previous,
        changed=[],
    )
    assert (site / "feeds/all.json.sig").read_bytes() != old_sig
    report = verify_site(
        site, fixture_key("root").public.raw, now=T0 + timedelta(hours=1), state_file=None
    )
    assert report.detached_signatures == 4  # three feeds and the change-log segment


def test_sign_changes_refuses_an_older_issue_time(tmp_path: Path) -> None:
    site = signed_site(tmp_path / "site", 1)
    with pytest.raises(SigningError, match="earlier than the previous"):
        sign_changes(
            site,
            fixture_key("online"),
            delegation(),
            issued=T0 - timedelta(hours=1),
            expires=T0 + timedelta(hours=1),
            previous_manifest=(site / MANIFEST_PATH).read_bytes(),
            changed=[],
        )
