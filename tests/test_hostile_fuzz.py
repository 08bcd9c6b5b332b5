"""Issue 23's done-when: both verifiers and the loader on 10,000 generated hostile inputs,
none ending in a traceback, a hang or memory above a limit, the verifiers agreeing on
every exit code. tests/hostile_fuzz.py runs the cases; here each kind runs in its own
process under an address-space limit (RLIMIT_AS), the kinds side by side (2 cores).
A few whole-process cases follow: documents far larger than any case of the fuzz.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.sign_fixtures import T0, fixture_key, signed_site

REPO = Path(__file__).parents[1]
# Per kind (documents, signed manifests, a misbehaving server, dataset folders): 10,000.
CASES = {"documents": 4000, "signed": 2400, "http": 600, "load": 3000}
AS_LIMIT = 2 << 30  # the runner's address space: interpreter, libraries and one case


def _limited(limit: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (limit, resource.getrlimit(resource.RLIMIT_AS)[1]))


def test_ten_thousand_hostile_inputs_end_in_order() -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    runs = {
        kind: subprocess.Popen(
            [sys.executable, "-m", "tests.hostile_fuzz", kind, str(count)],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            preexec_fn=lambda: _limited(AS_LIMIT),
        )
        for kind, count in CASES.items()
    }
    total = 0
    failures = []
    for kind, process in runs.items():
        out, err = process.communicate(timeout=900)
        if process.returncode != 0:
            failures.append(f"{kind}: exit {process.returncode}\n{err[-6000:]}")
            continue
        summary = json.loads(out.strip().splitlines()[-1])
        print(summary)  # cases, exit codes, wall and CPU seconds, peak RSS: shown with -s
        assert summary["cases"] == CASES[kind], summary
        total += summary["cases"]
    assert not failures, "\n\n".join(failures)
    assert total >= 10_000


def _verify_both_in_a_child(site: Path, root_pub: Path, limit: int) -> list[int]:
    script = textwrap.dedent(
        f"""
        import json, resource, sys
        resource.setrlimit(resource.RLIMIT_AS, ({limit}, resource.RLIM_INFINITY))
        from tests.hostile_support import run_cli, run_standalone
        args = [{str(site)!r}, "--root-key", {str(root_pub)!r}, "--now", {(T0.isoformat())!r}]
        outcomes = [run_cli(args, 120), run_standalone(args, 120)]
        print(json.dumps([[o.code, o.problem()] for o in outcomes]))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads(done.stdout.strip().splitlines()[-1])
    assert [problem for _, problem in results] == [None, None]
    return [code for code, _ in results]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(lambda: b"[" * (64 << 20) + b"]" * (64 << 20), id="64MiB-nested-arrays"),
        pytest.param(lambda: b"[" + b"[]," * ((64 << 20) // 3) + b"1]", id="64MiB-empty-arrays"),
        pytest.param(lambda: b'["' + b'",""' * ((64 << 20) // 4) + b'"]', id="64MiB-strings"),
        pytest.param(lambda: b" " * ((256 << 20) + 1), id="over-256MiB"),
    ],
)
def test_huge_documents_stay_under_a_memory_limit(tmp_path: Path, body: object) -> None:
    """1.9 GB (the CLI) and 3.3 GB (the standalone) for 64 MiB of nested arrays before; now
    both refuse each document under 1.5 GiB of address space, with exit 18."""
    site = signed_site(tmp_path / "site", 1)
    (site / "manifest.json").write_bytes(body())  # type: ignore[operator]
    root_pub = tmp_path / "root.pub"
    root_pub.write_bytes(fixture_key("root").public.pem())
    assert _verify_both_in_a_child(site, root_pub, 1536 << 20) == [18, 18]
