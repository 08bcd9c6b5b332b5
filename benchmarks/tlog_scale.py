"""The transparency log alone at national scale, without building a site: `python -m
benchmarks.tlog_scale [SUBJECTS]` appends a first build's events and snapshot of invented
listings (1.58 listings and ~4 events per subject, about the demo data's ratios), then a
second build's on top of it, and proves a listed and an unlisted subject. It prints the log
stage's seconds for both builds and the proofs' sizes: the figures issue 19 sets targets for
(a proof ≤ 4 KB; the log ≤ 5 % of a build: `make bench` gives the build's time)."""

from __future__ import annotations

import hashlib
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from generator.feeds.history import FeedEvent
from generator.feeds.record import dumps
from generator.publish import releases_dir
from generator.sign.envelope import DELEGATION_PATH
from generator.sign.keys import SigningKey
from generator.tlog.archive import archive_snapshot
from generator.tlog.log import append_log
from generator.tlog.proof import make_proof
from tests.sign_fixtures import delegation, fixture_key

KEY = b"TEST-ONLY pseudonym key"
SITE_URL = "https://credit.example.gov.cn/"


def _events(subjects: int, first: int) -> tuple[list[FeedEvent], list[tuple[str, str]]]:
    events, active = [], []
    sequence = first
    for s in range(subjects):
        subject = f"9111000{s:010d}X"
        for k in range(2 if s % 100 < 58 else 1):
            rid = f"XY{s:08d}{k}"
            record = {
                "record_id": rid,
                "subject_id": subject,
                "list_type": "black",
                "domain": "tax",
                "behavior": "示例行为" * 8,
                "active": True,
            }
            text = dumps(record)
            for kind in ("listed", "objection_opened", "exited")[: 2 + (s + k) % 2]:
                # The change log makes the commitment; the log only carries it.
                commitment = hashlib.sha256(f"{rid}:{kind}".encode()).hexdigest()
                line = f'{{"sequence":{sequence},"commitment":"{commitment}","salt":null,"record":null}}'
                events.append(FeedEvent(sequence, f"urn:creditsite:event:{rid}:{kind}:2026-11-22",
                                        kind, "2026-11-22", rid, subject, "black", "tax",
                                        None, line, text, True))  # fmt: skip
                sequence += 1
            active.append((subject, rid))
    return events, active


def main(subjects: int) -> None:
    key: SigningKey = fixture_key("online")
    with tempfile.TemporaryDirectory() as tmp:
        first, second = Path(tmp) / "one" / "site", Path(tmp) / "two" / "site"
        events, active = _events(subjects, 1)
        print(f"{subjects:,} subjects: {len(events):,} events, {len(active):,} active listings")
        for out, previous, evs in ((first, None, events), (second, first, events[:100])):
            out.mkdir(parents=True)
            started = time.perf_counter()
            log = append_log(out, previous, events=evs, active=active, as_of=date(2026, 11, 22),
                             site_url=SITE_URL, key=key, pseudonym_key=KEY)  # fmt: skip
            print(f"log stage {time.perf_counter() - started:.2f} s: {log.size:,} leaves")
        (second / DELEGATION_PATH).parent.mkdir(parents=True)
        (second / DELEGATION_PATH).write_bytes(delegation().data)
        archive_snapshot(second, log)
        for subject in (active[len(active) // 2][0], "91110000MA00000000"):
            proof = make_proof(second, subject, date(2026, 11, 22), KEY)
            print(f"proof for {subject}: {len(proof):,} bytes")
        shutil.rmtree(releases_dir(second), ignore_errors=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
