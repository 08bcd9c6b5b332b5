"""The operator's guide is exercised: every ```bash block of the Chinese guide runs, in
order, in one shell with the guide's paths moved into a temporary folder; the English guide
must hold the very same commands, so the two cannot drift apart."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

GUIDES = Path(__file__).resolve().parent.parent / "docs" / "operators"
_BLOCK = re.compile(r"^```bash\n(.*?)^```", re.M | re.S)
# The guide's example locations, each moved under the test's temporary folder.
_PLACES = ("/srv/creditsite", "/etc/creditsite", "/media/offline-usb")


def commands(name: str) -> list[str]:
    """The guide's bash blocks, without comments, one command per line (continuations joined)."""
    text = (GUIDES / name).read_text(encoding="utf-8")
    out = []
    for block in _BLOCK.findall(text):
        joined = block.replace("\\\n", " ")
        for line in joined.splitlines():
            line = re.sub(r"\s{2,}#\s.*$", "", line).strip()  # the guide aligns its comments
            if line and not line.startswith("#"):
                out.append(re.sub(r"\s+", " ", line))
    return out


def test_both_guides_give_the_same_commands() -> None:
    zh, en = commands("guide.zh.md"), commands("guide.en.md")
    assert zh, "the guide lost its commands"
    assert zh == en


def test_the_guides_commands_run(tmp_path: Path) -> None:
    script = "\n".join(commands("guide.zh.md"))
    for place in _PLACES:
        script = script.replace(place, str(tmp_path / place.strip("/").replace("/", "-")))
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        "CREDITSITE_KEY_PASSPHRASE": "TEST-ONLY passphrase",
    }
    for name in ("SOURCE_DATE_EPOCH", "CREDITSITE_SIGNING_KEY", "CREDITSITE_PSEUDONYM_KEY"):
        env.pop(name, None)
    run = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", "set -x\n" + script],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=900,
    )
    if run.returncode != 0:
        pytest.fail(f"a command of the guide failed ({run.returncode}):\n{run.stderr[-4000:]}")
    verified = re.findall(r"^OK: \S+ manifest version (\d+)", run.stdout, re.M)
    # verify after publishing, after rotating the key, after restoring: always a newer version
    assert len(verified) == 3 and verified == sorted(verified, key=int), verified
    assert "Restored the content of r000001" in run.stdout
    assert "OK: no sensitive value found" in run.stdout
