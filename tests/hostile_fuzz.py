"""The hostile-input fuzz runner: `python -m tests.hostile_fuzz KIND COUNT` runs COUNT
generated cases of one kind and prints one JSON line of counts; a case that ends in a
traceback, a hang (SIGALRM after CASE_SECONDS) or memory beyond the process's address-space
limit (tests/test_hostile_fuzz.py starts this under RLIMIT_AS), or on which the two
verifiers disagree, fails the run with hypothesis's shrunk example.

Kinds: `documents` (bytes served as manifest.json, keys/delegation.json or the state
file: hostile JSON, mutated real documents, deep nesting), `signed` (manifests validly
signed with the TEST-ONLY key but naming hostile paths, lengths, sites and times, over a
folder with symlinks, FIFOs and odd names), `http` (a local server on 127.0.0.1 that
misbehaves: statuses, redirects, garbage, short bodies, drips), `load` (dataset folders:
hostile CSV bytes, mutated workbooks, links, FIFOs, dataset.yaml).
"""

from __future__ import annotations

import functools
import http.server
import io
import json
import os
import resource
import shutil
import sys
import tempfile
import threading
import time
import zipfile
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.config import read_dataset_config
from generator.errors import CreditSiteError
from generator.load import load_dataset
from generator.rules import load_rules
from generator.sign import MANIFEST_PATH
from generator.sign.envelope import parse_envelope, seal
from generator.validate import validate_dataset
from tests.hostile_support import Outcome, Patched, run_cli, run_standalone, watchdog
from tests.sign_fixtures import T0, QuietServer, fixture_key, signed_site

# Wall-clock seconds, so that a case blocked in a system call (a FIFO, a silent server) is
# caught; generous, since a loaded CI machine stretches a case's few milliseconds.
CASE_SECONDS = 30.0
NOW = (T0 + timedelta(hours=1)).isoformat()
SITE = "https://credit.example.gov.cn/"
COUNTS = {"cases": 0, "codes": {}}


def _settings(count: int) -> settings:
    """Fixed examples (derandomized: the same cases on every CI run), no time deadline (the
    watchdog is the limit), no example database."""
    return settings(
        max_examples=count,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
        print_blob=False,
    )


# --- values ----------------------------------------------------------------------------

ODD = [
    "\ud800",
    "\udfff",
    "a\u2028b",
    "\u202eevil",
    "\x1b[31mOK",
    "line\nbreak",
    "../../etc/passwd",
    "/etc/passwd",
    "a//b",
    "./a",
    "manifest.json",
    "keys/delegation.json",
    "feeds/all.json",
    "feeds/x.json.sig",
    "",
    "\\",
    "a\x00b",
    "\x7f",
    "https://evil.example/",
    "2026-11-22T08:00:00Z",
    "0" * 64,
]
CLEAN_ODD = [s for s in ODD if not any(0xD800 <= ord(c) <= 0xDFFF for c in s)]
strings = st.one_of(st.text(max_size=12), st.sampled_from(ODD))
# What a signer can sign (no lone surrogates): for validly signed hostile manifests.
clean = st.one_of(
    st.text(st.characters(exclude_categories=("Cs",)), max_size=12), st.sampled_from(CLEAN_ODD)
)
integers = st.one_of(
    st.integers(-3, 10), st.sampled_from([2**53 - 1, 2**53, -(2**53), 2**63, 10**40]), st.integers()
)
leaves = st.one_of(st.none(), st.booleans(), integers, strings, st.floats())
values = st.recursive(
    leaves,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(strings, inner, max_size=4)
    ),
    max_leaves=16,
)


def _dump(value: object, ascii_only: bool) -> bytes:
    text = json.dumps(value, ensure_ascii=ascii_only, allow_nan=True)
    return text.encode("utf-8", "surrogatepass")


# --- documents -------------------------------------------------------------------------


class Site:
    """A signed site in a scratch folder, and the TEST-ONLY root key."""

    def __init__(self, base: Path) -> None:
        self.base = base
        self.root_pub = base / "root.pub"
        self.root_pub.write_bytes(fixture_key("root").public.pem())
        self.site = signed_site(base / "www" / "site", 1, site=SITE)
        self.manifest = (self.site / MANIFEST_PATH).read_bytes()
        self.signed = dict(parse_envelope(self.manifest, "manifest", "m").signed)
        self.delegation = (self.site / "keys/delegation.json").read_bytes()
        self.robots = (self.site / "robots.txt").read_bytes()
        self.index = (self.site / "index.html").read_bytes()


def _pair(site: Site, source: str, state: bytes | None, *extra: str) -> int:
    """Both verifiers, each with its own copy of the state file; they must agree."""
    outcomes: list[Outcome] = []
    for name, run in (("cli", run_cli), ("standalone", run_standalone)):
        args = [source, "--root-key", str(site.root_pub), "--now", NOW, *extra]
        path = site.base / f"state-{name}.json"
        path.unlink(missing_ok=True)
        if state is not None:
            path.write_bytes(state)
            args += ["--state", str(path)]
        outcomes.append(run(args, CASE_SECONDS))
    for name, outcome in zip(("creditsite verify", "verify_feed.py"), outcomes, strict=True):
        assert outcome.problem() is None, f"{name}: {outcome.problem()}"
    cli_out, alone = outcomes
    assert cli_out.code == alone.code, (cli_out.code, alone.code, cli_out.stderr, alone.stderr)
    _count(cli_out.code)
    return cli_out.code


def _count(code: int) -> None:
    COUNTS["cases"] += 1  # type: ignore[operator]
    codes: dict[str, int] = COUNTS["codes"]  # type: ignore[assignment]
    codes[str(code)] = codes.get(str(code), 0) + 1


@st.composite
def documents(draw: st.DrawFn, site: Site) -> bytes:
    kind = draw(st.sampled_from(["value", "envelope", "mutated", "deep"]))
    if kind == "value":
        return _dump(draw(values), draw(st.booleans()))
    if kind == "envelope":
        signed = dict(site.signed)
        for key in draw(st.lists(st.sampled_from([*signed, "site", "extra"]), max_size=3)):
            if draw(st.booleans()):
                signed[key] = draw(values)
            else:
                signed.pop(key, None)
        sigs = draw(st.one_of(st.just(json.loads(site.manifest)["signatures"]), values))
        return _dump({"signatures": sigs, "signed": signed}, draw(st.booleans()))
    if kind == "deep":
        depth = draw(st.integers(1, 3000))
        opener, closer = draw(st.sampled_from([("[", "]"), ('{"a":', "}"), ('["\\"', "]")]))
        inner = opener * depth + "1" + closer * depth
        return f'{{"signatures":[],"signed":{inner}}}'.encode()
    data = bytearray(draw(st.sampled_from([site.manifest, site.delegation])))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        op = draw(st.sampled_from(["flip", "cut", "insert"]))
        if op == "flip" and at < len(data):
            data[at] ^= draw(st.integers(1, 255))
        elif op == "cut":
            del data[at : at + draw(st.integers(1, 64))]
        else:
            token = draw(
                st.sampled_from(
                    [b"[", b"{", b'"', b"\\", b"\\ud800", b",", b"\x00", b"\xff", b"1e400"]
                )
            )
            data[at:at] = token * draw(st.integers(1, 40))
    return bytes(data)


def run_documents(count: int, base: Path) -> None:
    site = Site(base)

    @_settings(count)
    @given(data=st.data())
    def case(data: st.DataObject) -> None:
        body = data.draw(documents(site))
        where = data.draw(st.sampled_from([MANIFEST_PATH, "keys/delegation.json", "state"]))
        target = site.site / where
        if where != "state":
            target.write_bytes(body)
        try:
            _pair(site, str(site.site), body if where == "state" else None)
        finally:
            (site.site / MANIFEST_PATH).write_bytes(site.manifest)
            (site.site / "keys/delegation.json").write_bytes(site.delegation)

    case()


# --- validly signed, hostile content ---------------------------------------------------

paths = st.one_of(
    st.sampled_from(CLEAN_ODD),
    st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=30),
    st.builds(lambda a, b: f"{a}/{b}", st.sampled_from(["feeds", "data", "assets", "keys"]), clean),
)
lengths = st.one_of(st.integers(0, 200), st.sampled_from([2**53 - 1, 2**31, 300 << 20, 64 << 10]))


@st.composite
def signed_manifests(draw: st.DrawFn, site: Site) -> dict[str, object]:
    signed = dict(site.signed)
    files = dict(signed["files"])  # type: ignore[call-overload]
    for _ in range(draw(st.integers(0, 4))):
        op = draw(st.sampled_from(["add", "length", "drop", "hash"]))
        if op == "add":
            files[draw(paths)] = {
                "sha256": draw(st.sampled_from(["0" * 64, "A" * 64, "x"])),
                "length": draw(lengths),
            }
        elif files:
            path = draw(st.sampled_from(sorted(files)))
            if op == "drop":
                del files[path]
            elif op == "length":
                files[path] = {**files[path], "length": draw(lengths)}
            else:
                files[path] = {**files[path], "sha256": "f" * 64}
    signed["files"] = files
    if draw(st.booleans()):
        signed["site"] = draw(
            st.one_of(st.sampled_from([SITE, "http://127.0.0.1/", "https://x/a/"]), clean)
        )
    if draw(st.integers(0, 3)) == 0:
        signed[
            draw(
                st.sampled_from(["version", "issued", "expires", "previous", "delegation_version"])
            )
        ] = draw(st.one_of(st.integers(-1, 3), clean, st.none()))
    return signed


def run_signed(count: int, base: Path) -> None:
    site = Site(base)
    key = fixture_key("online")

    @_settings(count)
    @given(data=st.data())
    def case(data: st.DataObject) -> None:
        signed = data.draw(signed_manifests(site))
        work = site.site  # one copy, put back after each case (a copy per case costs more)
        (work / MANIFEST_PATH).write_bytes(seal(signed, key))
        extra = data.draw(
            st.sampled_from(["none", "fifo", "symlink", "dir-link", "odd-name", "gone"])
        )
        added = {"symlink": "assets-link", "dir-link": "etc", "odd-name": "evil\n\x1b[2J.html"}
        try:
            if extra == "fifo":
                (work / "robots.txt").unlink()
                os.mkfifo(work / "robots.txt")
            elif extra == "symlink":
                (work / "assets-link").symlink_to("/etc/hostname")
            elif extra == "dir-link":
                (work / "etc").symlink_to("/etc")
            elif extra == "odd-name":
                (work / "evil\n\x1b[2J.html").write_text("x")
            elif extra == "gone":
                (work / "index.html").unlink()
            option = data.draw(st.sampled_from([(), ("--site", SITE), ("--site", "https://y/")]))
            _pair(site, str(work), None, *option)
        finally:
            (work / MANIFEST_PATH).write_bytes(site.manifest)
            if extra in added:
                (work / added[extra]).unlink()
            elif extra == "fifo":
                (work / "robots.txt").unlink()
                (work / "robots.txt").write_bytes(site.robots)
            elif extra == "gone":
                (work / "index.html").write_bytes(site.index)

    case()


# --- a misbehaving server ---------------------------------------------------------------


class Misbehave(http.server.SimpleHTTPRequestHandler):
    plan: tuple[str, str, int] = ("none", "", 0)  # behaviour, path it applies to, a number

    def do_GET(self) -> None:
        behaviour, target, n = self.plan
        if behaviour == "none" or not self.path.endswith(target):
            super().do_GET()
            return
        out = self.wfile
        try:
            if behaviour == "status":
                self.send_response(n)
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif behaviour == "redirect":
                where = [
                    "http://127.0.0.2:9/x",
                    "file:///etc/passwd",
                    "ftp://x/",
                    "/site/" + target,
                    "http://[::1",
                ][n % 5]
                self.send_response(301 + n % 8 if 301 + n % 8 in (301, 302, 303, 307, 308) else 302)
                self.send_header("Location", where)
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif behaviour == "garbage":
                out.write(bytes((n * 7 + i) % 256 for i in range(n % 500)))
            elif behaviour == "short":
                self.send_response(200)
                self.send_header("Content-Length", str(n + 100))
                self.end_headers()
                out.write(b"{" * (n % 100))
            elif behaviour == "headers":
                out.write(b"HTTP/1.1 200 OK\r\n" + b"X-A: " + b"a" * (n % 70000) + b"\r\n\r\n")
            elif behaviour == "drip":
                self.send_response(200)
                self.send_header("Content-Length", "100000")
                self.end_headers()
                for _ in range(100):
                    out.write(b"[")
                    out.flush()
                    time.sleep(0.01)
            elif behaviour == "chunked":
                out.write(
                    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"
                    + b"x" * (n % 100)
                )
        except OSError:
            pass

    def log_message(self, format: str, *args: object) -> None:
        pass


def run_http(count: int, base: Path) -> None:
    site = Site(base)
    handler = functools.partial(Misbehave, directory=str(base / "www"))
    server = QuietServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/site/"
    behaviours = ["none", "status", "redirect", "garbage", "short", "headers", "drip", "chunked"]
    targets = [
        MANIFEST_PATH,
        "keys/delegation.json",
        "index.html",
        "feeds/all.json",
        "feeds/all.json.sig",
        "",
    ]

    @_settings(count)
    @given(
        plan=st.tuples(
            st.sampled_from(behaviours), st.sampled_from(targets), st.integers(0, 100_000)
        )
    )
    def case(plan: tuple[str, str, int]) -> None:
        Misbehave.plan = plan
        # Only a drip gets a short deadline (scaled down from 30 s): under a loaded CI
        # machine an ordinary response may take longer than that, and both verifiers must
        # see the same thing. A drip ends in 17 either way (cut, or closed early).
        with Patched(TIMEOUT_SECONDS=0.3 if plan[0] == "drip" else 30.0):
            code = _pair(site, url, None, "--site", SITE)
        if plan[0] in ("drip", "short") and plan[1] == MANIFEST_PATH:
            assert code == 17, code

    try:
        case()
    finally:
        server.shutdown()
        server.server_close()


# --- the loader --------------------------------------------------------------------------

HEADERS = [
    "record_id",
    "list_type",
    "name",
    "uscc",
    "id_number",
    "decided_on",
    "名称",
    "统一社会信用代码",
    "root:x:0:0",
    "",
    "a\nb",
]


def _workbook(refs: list[str], text: str) -> bytes:
    cells = "".join(f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>' for ref in refs)
    sheet = (
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>record_id</t></is></c><c r="B1" t="inlineStr"><is><t>name</t></is></c></row>{cells}</sheetData></worksheet>'
    )
    parts = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as book:
        for name, body in parts.items():
            book.writestr(name, body)
    return out.getvalue()


# Cell references inside the limits stay small (a legal 64 x 299,999 grid is a real table's
# cost, seconds, not a hostile one); the others are past a limit and must be refused unread.
column = st.one_of(
    st.sampled_from(["A", "B", "Z", "AA", "BL", "BM", "ZZ", "XFD", "AAA"]),
    st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=3).filter(
        lambda c: len(c) == 3 or c > "BL"
    ),
)
row = st.one_of(st.integers(1, 2000), st.sampled_from([300_000, 1_048_576, 2**31, 10**12]))
cells = st.one_of(strings, st.sampled_from(["x" * 131_073, "\x00", '"', 'a"b', "\r\n", "\ufeff"]))


@st.composite
def tables(draw: st.DrawFn) -> tuple[str, bytes]:
    kind = draw(st.sampled_from(["csv", "csv", "xlsx", "xlsx-bytes"]))
    if kind == "csv":
        header = draw(st.lists(st.sampled_from(HEADERS), min_size=1, max_size=6))
        rows = draw(st.lists(st.lists(cells, max_size=7), max_size=4))
        text = "\r\n".join(
            ",".join(json.dumps(c, ensure_ascii=False) if draw(st.booleans()) else c for c in r)
            for r in [header, *rows]
        )
        codec = draw(st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"]))
        return "t.csv", text.encode(
            codec, "surrogatepass" if codec.startswith("utf-8") else "replace"
        )
    refs = [f"{c}{r}" for c, r in draw(st.lists(st.tuples(column, row), max_size=4))]
    data = _workbook(refs, draw(st.sampled_from(["x", "R1", "x" * 140_000])))
    if kind == "xlsx-bytes":
        mutable = bytearray(data)
        for _ in range(draw(st.integers(1, 3))):
            mutable[draw(st.integers(0, len(mutable) - 1))] ^= draw(st.integers(1, 255))
        data = bytes(mutable)
    return "t.xlsx", data


def run_load(count: int, base: Path) -> None:
    rules = load_rules()
    outside = base / "outside.csv"
    outside.write_text("record_id,name\nR1,外部\n", encoding="utf-8")

    @_settings(count)
    @given(data=st.data())
    def case(data: st.DataObject) -> None:
        root = base / "ds"
        (root / "lists").mkdir(parents=True)
        try:
            for name, body in data.draw(st.lists(tables(), min_size=1, max_size=3)):
                path = root / "lists" / f"{len(list((root / 'lists').iterdir()))}{name}"
                path.write_bytes(body)
            link = data.draw(
                st.sampled_from(
                    ["none", "passwd", "outside", "inside", "fifo", "loop", "lists-dir"]
                )
            )
            if link == "passwd":
                (root / "lists" / "p.csv").symlink_to("/etc/passwd")
            elif link == "outside":
                (root / "exits.csv").symlink_to(outside)
            elif link == "inside":
                (root / "lists" / "again.csv").symlink_to(next((root / "lists").iterdir()).name)
            elif link == "fifo":
                os.mkfifo(root / "objections.csv")
            elif link == "loop":
                (root / "lists" / "loop.csv").symlink_to("loop.csv")
            elif link == "lists-dir":
                shutil.rmtree(root / "lists")
                (root / "lists").symlink_to(base)
            config = data.draw(
                st.sampled_from(
                    [
                        None,
                        "rules: ../\n",
                        "rules: /etc\n",
                        "name: x\n",
                        "[\n",
                        "rules: rules\n",
                        "expect: {lists: {min_rows: 9}}\n",
                    ]
                )
            )
            if config is not None:
                (root / "dataset.yaml").write_text(config, encoding="utf-8")
            with watchdog(CASE_SECONDS):
                try:
                    dataset_config, rules_dir = read_dataset_config(root)
                    own = rules if rules_dir is None else load_rules(rules_dir)
                    raw, problems = load_dataset(root, own)
                    validate_dataset(raw, own, dataset_config, problems)
                    code = 0
                except CreditSiteError as exc:  # the documented ends: exit 2 or 3
                    code = exc.exit_code
            assert code in (0, 2, 3), code
            _count(code)
        finally:
            if (root / "lists").is_symlink():
                (root / "lists").unlink()
            shutil.rmtree(root)

    case()


KINDS = {"documents": run_documents, "signed": run_signed, "http": run_http, "load": run_load}


def main(argv: list[str]) -> int:
    kind, count = argv[0], int(argv[1])
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix=f"fuzz-{kind}-") as scratch:
        KINDS[kind](count, Path(scratch))
    usage = resource.getrusage(resource.RUSAGE_SELF)
    seconds = {
        "seconds": round(time.monotonic() - start, 1),
        "cpu": round(usage.ru_utime + usage.ru_stime, 1),
    }
    print(json.dumps({"kind": kind, **COUNTS, **seconds, "max_rss_mb": usage.ru_maxrss // 1024}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
