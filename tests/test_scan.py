"""The leak gate: a value slipped into a staging tree after redaction is found in every
form; a clean redacted tree has no finding; findings never carry the value."""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import subprocess
import sys
import urllib.parse
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from generator.errors import LeakError
from generator.scan import check_tree, scan_tree
from tests.make_adversarial import PERSON_ID
from tests.redact_support import ADVERSARIAL, redacted, serialise

AS_OF = date(2025, 12, 1)
NAME = "李明明"

FORMS: dict[str, tuple[str, Callable[[], str | bytes]]] = {
    "plain": ("a.html", lambda: f"<p>{NAME}</p>"),
    "spaced": ("b.html", lambda: f"<p>{NAME[0]} <b>{NAME[1]}</b>·{NAME[2]}</p>"),
    "percent-encoded": ("c.xml", lambda: urllib.parse.quote(NAME)),
    "entity-encoded": ("d.html", lambda: "".join(f"&#x{ord(c):x};" for c in NAME)),
    "escaped": ("e.json", lambda: json.dumps({"n": NAME})),
    "base64": ("f.js", lambda: "var x='" + base64.b64encode(NAME.encode()).decode() + "';"),
    "md5": ("g.txt", lambda: hashlib.md5(NAME.encode()).hexdigest()),  # noqa: S324
    "sha1": ("h.txt", lambda: hashlib.sha1(PERSON_ID.encode()).hexdigest()),  # noqa: S324
    "sha256": ("i.txt", lambda: hashlib.sha256(PERSON_ID.encode()).hexdigest()),
    "masked-name": ("j.html", lambda: "李明＊"),
    "masked-id": ("k.csv", lambda: PERSON_ID[:10] + "＊＊＊＊" + PERSON_ID[-4:]),
    "id-with-separators": ("l.html", lambda: "-".join(PERSON_ID)),
    "gzip": (
        "pagefind/fragment/x.pf_fragment",
        lambda: gzip.compress(json.dumps({"c": PERSON_ID}).encode()),
    ),
    "fullwidth": (
        "m.html",
        lambda: PERSON_ID.translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    ),
}


@pytest.fixture(scope="module")
def clean_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("staging")
    (root / "state.json").write_text(serialise(redacted(ADVERSARIAL, AS_OF)[1]), encoding="utf-8")
    return root


def test_a_clean_redacted_tree_has_no_finding(clean_tree: Path) -> None:
    checked = redacted(ADVERSARIAL, AS_OF)[0]
    assert scan_tree(clean_tree, checked.dataset, checked.rules) == []


@pytest.mark.parametrize("form", sorted(FORMS))
def test_an_injected_leak_is_found(form: str, tmp_path: Path) -> None:
    checked = redacted(ADVERSARIAL, AS_OF)[0]
    file, make = FORMS[form]
    path = tmp_path / file
    path.parent.mkdir(parents=True, exist_ok=True)
    content = make()
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    leaks = scan_tree(tmp_path, checked.dataset, checked.rules)
    assert [leak.file for leak in leaks] == [file]
    assert {leak.record_id for leak in leaks} <= {"ADV-2", "case:case-adv"}
    with pytest.raises(LeakError) as caught:
        check_tree(tmp_path, checked.dataset, checked.rules)
    report = caught.value.report()
    assert NAME not in report and PERSON_ID not in report


def test_a_file_name_is_scanned(tmp_path: Path) -> None:
    checked = redacted(ADVERSARIAL, AS_OF)[0]
    (tmp_path / f"subjects-{NAME}.html").write_text("ok", encoding="utf-8")
    assert [leak.kind for leak in scan_tree(tmp_path, checked.dataset, checked.rules)] == [
        "person_name"
    ]


def test_the_allowed_masks_are_not_flagged(tmp_path: Path) -> None:
    checked = redacted(ADVERSARIAL, AS_OF)[0]
    (tmp_path / "a.html").write_text(
        f"李＊＊ {PERSON_ID[:6]}＊＊＊＊＊＊＊＊{PERSON_ID[-4:]} 示例市李明建材有限公司",
        encoding="utf-8",
    )
    assert scan_tree(tmp_path, checked.dataset, checked.rules) == []


def test_the_scan_command(clean_tree: Path, tmp_path: Path) -> None:
    def run(root: Path) -> subprocess.CompletedProcess[str]:
        code = (
            "import argparse, sys; from generator import cli_scan; from generator.errors import LeakError\n"
            "p = argparse.ArgumentParser(); cli_scan.register(p.add_subparsers())\n"
            "try: sys.exit(cli_scan.run(p.parse_args(sys.argv[1:])))\n"
            "except LeakError as e: print(e.report(), file=sys.stderr); sys.exit(e.exit_code)\n"
        )
        return subprocess.run(
            [sys.executable, "-c", code, "scan", str(root), "--dataset", str(ADVERSARIAL)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip

    assert run(clean_tree).returncode == 0
    (tmp_path / "leak.html").write_text(PERSON_ID, encoding="utf-8")
    result = run(tmp_path)
    assert result.returncode == 5
    assert "leak.html: resident_id of record ADV-2 (plain)" in result.stderr
    assert PERSON_ID not in result.stderr + result.stdout
