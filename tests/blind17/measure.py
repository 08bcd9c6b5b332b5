"""Independent leak measurement for a built site (issue 17), standard library plus brotli.

    python tests/blind17/measure.py OUT_DIR SECRETS.json [PUBLIC.json] [--json REPORT]

Searches every file below OUT_DIR (and every file name), decompressing .gz and .br (and any
gzip stream, as pagefind writes), in the bytes as text and in normalised views: NFKC,
HTML entities, JSON \\u escapes and URL %-escapes undone, tags stripped; then, per the
secret's match mode, with separators removed (`text`), reduced to digits and letters with
Chinese digit characters read as digits (`alnum`), or with amounts written as numbers
(`numeric`: 一千二百万 = 1,200万 = 12000000). Prints a table per class and where each leak
is, with a masked preview only. Exit 0: no leak, no public value missing; 1: a secret
leaked; 2: no leak but a public value is missing; 64: bad command line.

Written without reading the redactor or the leak gate.
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import os
import re
import sys
import unicodedata
import urllib.parse
import zlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import brotli

# ---- normalisation -----------------------------------------------------------------------

ZERO_WIDTH = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
# Separators a clerk or an attacker puts inside a value; removed in the `text` view. Masking
# characters (＊ *) and brackets are kept, so a masked name does not join the next word.
SEPARATORS = re.compile(r"[\s\u3000·•・‧∙⋅.\-_‐‑‒–—―－'\"‘’“”`^~:：/\\|]+")
# What a clerk writes inside one number: 0371-6578 2349, (0371)65782349, +86 158·3710·4429.
NUMBER_SEPARATORS = re.compile(r"[\s\u3000\-‐‑‒–—―－·•・‧∙.。_/()+~]+")
SINGLE_DIGITS = {
    **dict.fromkeys("〇零○◯洞", "0"),
    **dict.fromkeys("一壹幺么", "1"),
    **dict.fromkeys("二贰两", "2"),
    **dict.fromkeys("三叁", "3"),
    **dict.fromkeys("四肆", "4"),
    **dict.fromkeys("五伍", "5"),
    **dict.fromkeys("六陆", "6"),
    **dict.fromkeys("七柒拐", "7"),
    **dict.fromkeys("八捌", "8"),
    **dict.fromkeys("九玖勾", "9"),
}
DIGIT_TABLE = str.maketrans(SINGLE_DIGITS)
CN_DIGIT = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "贰": 2,
    "两": 2,
    "三": 3,
    "叁": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
CN_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_BIG = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
CN_RUN = re.compile("[零〇○一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万萬亿億]+")
# Units that begin with a numeral character and are not part of the number.
UNIT_GUARD = {"千瓦": "\ue000", "千克": "\ue001", "千米": "\ue002", "百分之": "\ue003"}
HEX_OR_B64 = re.compile(
    r"(?<![0-9A-Za-z])(?=[0-9a-fA-F]*[a-fA-F])(?=[0-9a-fA-F]*\d)[0-9a-fA-F]{16,}(?![0-9A-Za-z])"
    r"|(?=[A-Za-z0-9+/_=-]*[A-Za-z])(?=[A-Za-z0-9+/_=-]*\d)[A-Za-z0-9+/_=-]{32,}"
)


def json_unescape(text: str) -> str:
    def one(m: re.Match[str]) -> str:
        units = [int(h, 16) for h in re.findall(r"[0-9a-fA-F]{4}", m.group(0))]
        data = b"".join(u.to_bytes(2, "big") for u in units)
        return data.decode("utf-16-be", errors="replace")

    return re.sub(r"(?:\\u[0-9a-fA-F]{4})+", one, text)


def decoded(text: str) -> str:
    """NFKC after every escape a page or feed may use is undone."""
    out = text
    for _ in range(2):  # entities inside JSON inside a URL, or the other way round
        out = html.unescape(json_unescape(urllib.parse.unquote(out)))
    return unicodedata.normalize("NFKC", ZERO_WIDTH.sub("", out))


def text_view(text: str) -> str:
    return SEPARATORS.sub("", unicodedata.normalize("NFKC", text)).casefold()


def alnum_view(text: str) -> str:
    """Digits, letters and CJK, Chinese digit characters as digits, letters upper-case, the
    separators inside a number removed. ＊ and * stay: masked digits join nothing."""
    t = unicodedata.normalize("NFKC", text).translate(DIGIT_TABLE).upper()
    t = NUMBER_SEPARATORS.sub("", t)
    # Other punctuation ends a number: 〔2026〕4101 is two numbers, not 20264101.
    return re.sub(r"[^0-9A-Z*\u3400-\u9fff]+", "|", t)


def digits_only(text: str, convert: bool) -> str:
    t = unicodedata.normalize("NFKC", text)
    t = HEX_OR_B64.sub(" ", t)
    if convert:
        t = t.translate(DIGIT_TABLE)
    return re.sub(r"\D", "", t)


def cn_number(run: str) -> str:
    """一千二百六十三万 -> 12630000; digit strings without units (一二六三) -> 1263."""
    if all(c in CN_DIGIT for c in run):
        return "".join(str(CN_DIGIT[c]) for c in run)
    total = section = number = 0
    for c in run:
        if c in CN_DIGIT:
            number = CN_DIGIT[c]
        elif c in CN_SMALL:
            section += (number or 1) * CN_SMALL[c]
            number = 0
        elif CN_BIG[c] == 10_000:
            total += (section + number) * 10_000
            section = number = 0
        else:
            total = (total + section + number) * CN_BIG[c]
            section = number = 0
    return str(total + section + number)


def numeric_view(text: str) -> str:
    """Amounts as plain numbers: 一千二百六十三万元, 1,263万元 and 12630000元 all read 12630000元."""
    t = unicodedata.normalize("NFKC", ZERO_WIDTH.sub("", text))
    for unit, guard in UNIT_GUARD.items():
        t = t.replace(unit, guard)
    t = re.sub(r"(?<=\d)[,\s'’_](?=\d{3})", "", t)
    t = re.sub(
        r"([零〇○一二两三四五六七八九十百千万]+)点([零〇○一二三四五六七八九]+)",
        lambda m: cn_number(m.group(1)) + "." + cn_number(m.group(2)),
        t,
    )
    t = CN_RUN.sub(lambda m: _cn_run(m.group(0)), t)

    def scale(m: re.Match[str]) -> str:
        try:
            value = Decimal(m.group(1)) * (10_000 if m.group(2) in "万萬" else 100_000_000)
        except InvalidOperation:
            return m.group(0)
        return format(value.normalize(), "f")

    t = re.sub(r"(\d+(?:\.\d+)?)([万萬亿億])", scale, t)
    t = (
        t.replace("\ue003", "%")
        .replace("\ue000", "千瓦")
        .replace("\ue001", "千克")
        .replace("\ue002", "千米")
    )
    # "百分之十七.5" was turned into "%17.5": put the sign after the number.
    t = re.sub(r"%(\d+(?:\.\d+)?)", r"\1%", t)
    t = re.sub(r"(?<!\d)\.|\.(?!\d)", "", t)
    return re.sub(r"[\s\u3000,，·•・\-_‐–—－'\"‘’“”:：/\\|]+", "", t).casefold()


def _cn_run(run: str) -> str:
    # A lone 万/亿 after Arabic digits (1263万) is a unit, scaled by `scale`.
    return run if all(c in CN_BIG for c in run) else cn_number(run)


# ---- files -------------------------------------------------------------------------------


def documents(root: Path) -> Iterator[tuple[str, str]]:
    """(label, text) for every file below root, decompressed, and every path."""
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        dirnames.sort()
        for name in sorted(filenames):
            path = Path(dirpath) / name
            rel = path.relative_to(root).as_posix()
            yield f"{rel} (file name)", rel
            try:
                data = path.read_bytes()
            except OSError:
                continue
            yield from _expand(rel, data, depth=0)


def _expand(label: str, data: bytes, depth: int) -> Iterator[tuple[str, str]]:
    yield label, data.decode("utf-8", errors="replace")
    if depth > 2:
        return
    inner: bytes | None = None
    if data[:2] == b"\x1f\x8b":
        try:
            inner = gzip.decompress(data)
        except (OSError, EOFError, zlib.error):
            inner = None
    elif label.endswith(".br"):
        try:
            inner = brotli.decompress(data)
        except brotli.error:
            inner = None
    elif label.endswith((".zz", ".deflate")):
        try:
            inner = zlib.decompress(data)
        except zlib.error:
            inner = None
    if inner is not None:
        yield from _expand(label + "!decompressed", inner, depth + 1)
    # pagefind prefixes its gzip streams with nothing, but other tools embed one after a header
    elif depth == 0 and b"\x1f\x8b\x08" in data[1:4096]:
        at = data.index(b"\x1f\x8b\x08", 1)
        try:
            embedded: bytes | None = gzip.decompress(data[at:])
        except (OSError, EOFError, zlib.error):
            embedded = None
        if embedded is not None:
            yield from _expand(label + "!embedded-gzip", embedded, depth + 1)


# ---- matching ----------------------------------------------------------------------------


@dataclass
class Views:
    label: str
    text: list[str]
    alnum: list[str]
    digits: list[str]
    numeric: list[str]


def views_of(label: str, raw: str) -> Views:
    nfkc = unicodedata.normalize("NFKC", raw)
    dec = decoded(raw)
    bases = _unique([raw, nfkc, dec, re.sub(r"<[^>]*>", "", dec)])
    last = _unique([nfkc, bases[-1]])
    return Views(
        label,
        text=_unique([text_view(b) for b in bases]),
        alnum=_unique([alnum_view(b) for b in bases]),
        digits=_unique([digits_only(b, convert) for b in last for convert in (False, True)]),
        numeric=_unique([numeric_view(b) for b in last]),
    )


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


@dataclass
class Secret:
    value: str
    cls: str
    match: str
    record_id: str
    column: str
    keys: list[tuple[str, re.Pattern[str] | str]] = field(default_factory=list)
    hits: list[str] = field(default_factory=list)


def compile_secret(entry: Mapping[str, object]) -> Secret:
    value = str(entry["value"])
    listed = entry.get("variants") or []
    variants = [str(v) for v in listed] if isinstance(listed, list) else []
    mode = str(entry.get("match", "text"))
    secret = Secret(
        value,
        str(entry["class"]),
        mode,
        str(entry.get("record_id", "")),
        str(entry.get("column", "")),
    )
    for v in [value, *variants]:
        if mode == "text":
            secret.keys.append(("text", text_view(v)))
        elif mode == "numeric":
            key = numeric_view(v)
            secret.keys.append(("numeric", _bounded(key, r"[\d.]")))
        else:
            k1 = alnum_view(v)
            secret.keys.append(("alnum", _bounded(k1, "[0-9A-Z]")))
            k2 = re.sub(r"[^0-9A-Z]", "", k1)
            if k2 != k1 and len(k2) >= 6:
                secret.keys.append(("alnum", _bounded(k2, "[0-9A-Z]")))
            if k2.isdigit() and len(k2) >= 11:
                secret.keys.append(("digits", k2))
            # A number split by words (前三位139，中间四位3712…): its Arabic digits in a row.
            raw = re.sub(r"\D", "", unicodedata.normalize("NFKC", v))
            if len(raw) >= 11 and raw != k2:
                secret.keys.append(("digits", raw))
    # Drop empty keys: a value must say something to be searched.
    secret.keys = [
        (kind, key) for kind, key in secret.keys if (key if isinstance(key, str) else key.pattern)
    ]
    return secret


def _bounded(key: str, cls: str) -> re.Pattern[str] | str:
    """Keys shorter than a mobile number only count with no digit (or, at a letter end, no
    letter) glued to them: 4101-0089 is not found inside 241010089000."""
    if len(re.sub(r"[^0-9A-Za-z]", "", key)) >= 11 or not key:
        return key
    del cls

    def guard(c: str) -> str:
        return "[0-9]" if c.isdigit() else "[A-Za-z]" if c.isascii() and c.isalpha() else ""

    start, end = guard(key[0]), guard(key[-1])
    return re.compile(
        (f"(?<!{start})" if start else "") + re.escape(key) + (f"(?!{end})" if end else "")
    )


def _found(key: re.Pattern[str] | str, haystacks: Sequence[str]) -> bool:
    if isinstance(key, str):
        return any(key in h for h in haystacks)
    return any(key.search(h) for h in haystacks)


def mask(value: str) -> str:
    v = value.replace(" ", "")
    if len(v) <= 2:
        return v[:1] + "＊"
    keep = 2 if len(v) >= 8 else 1
    return v[:keep] + "＊" * min(len(v) - keep - 1, 8) + v[-1] + f" ({len(v)} chars)"


@dataclass
class Result:
    secrets: list[Secret]
    missing_public: list[str]
    public_total: int
    files: int


def measure(
    out: Path, secrets: Sequence[Mapping[str, object]], public: Sequence[Mapping[str, object]]
) -> Result:
    compiled = [compile_secret(s) for s in secrets]
    public_keys = {str(p["value"]): text_view(str(p["value"])) for p in public}
    public_left = dict(public_keys)
    files = 0
    seen: set[int] = set()
    for label, raw in documents(out):
        files += 1
        # A .gz/.br twin holds the same text as its original: searched once, under the
        # first name it was found at.
        digest = hash(raw)
        if digest in seen:
            continue
        seen.add(digest)
        v = views_of(label, raw)
        by_kind = {"text": v.text, "alnum": v.alnum, "digits": v.digits, "numeric": v.numeric}
        for s in compiled:
            if len(s.hits) >= 5:
                continue
            for kind, key in s.keys:
                if _found(key, by_kind[kind]):
                    s.hits.append(f"{label} [{kind}]")
                    break
        for value, key in list(public_left.items()):
            if any(key in t for t in v.text):
                del public_left[value]
    return Result(compiled, sorted(public_left), len(public_keys), files)


def report(result: Result) -> str:
    classes: dict[str, list[Secret]] = {}
    for s in result.secrets:
        classes.setdefault(s.cls, []).append(s)
    lines = [
        f"searched {result.files} files and names",
        f"{'class':22s} {'secrets':>7s} {'leaked':>7s}",
    ]
    for cls in sorted(classes):
        items = classes[cls]
        lines.append(f"{cls:22s} {len(items):7d} {sum(1 for s in items if s.hits):7d}")
    leaked = sum(1 for s in result.secrets if s.hits)
    lines.append(f"{'TOTAL':22s} {len(result.secrets):7d} {leaked:7d}")
    lines.append(f"public values missing: {len(result.missing_public)} of {result.public_total}")
    if leaked:
        lines.append("\nleaks (masked preview; record.column -> first files [view]):")
        for s in result.secrets:
            if s.hits:
                where = "; ".join(s.hits[:3])
                lines.append(f"  {s.cls:18s} {mask(s.value)}  {s.record_id}.{s.column} -> {where}")
    if result.missing_public:
        lines.append("\npublic values missing:")
        lines.extend(f"  {value}" for value in result.missing_public)
    return "\n".join(lines)


def summary(result: Result) -> dict[str, object]:
    per_class: dict[str, dict[str, int]] = {}
    for s in result.secrets:
        entry = per_class.setdefault(s.cls, {"secrets": 0, "leaked": 0})
        entry["secrets"] += 1
        entry["leaked"] += bool(s.hits)
    return {
        "files": result.files,
        "classes": per_class,
        "leaked": sum(1 for s in result.secrets if s.hits),
        "secrets": len(result.secrets),
        "public_missing": result.missing_public,
        "public_total": result.public_total,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="built site folder")
    parser.add_argument("secrets", type=Path)
    parser.add_argument("public", type=Path, nargs="?")
    parser.add_argument("--json", type=Path, help="also write the per-class summary here")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return 0 if exc.code == 0 else 64
    if not args.out.is_dir():
        print(f"not a folder: {args.out}", file=sys.stderr)
        return 64
    secrets = json.loads(args.secrets.read_text(encoding="utf-8"))
    public = json.loads(args.public.read_text(encoding="utf-8")) if args.public else []
    result = measure(args.out.resolve(), secrets, public)
    print(report(result))
    if args.json:
        args.json.write_text(
            json.dumps(summary(result), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    if any(s.hits for s in result.secrets):
        return 1
    return 2 if result.missing_public else 0


if __name__ == "__main__":
    sys.exit(main())
