"""Incremental builds (issue 7): after one changed record only that record is redacted and
only its pages are rendered, the rest are linked from the previous release, and the result
is byte for byte the tree a full build of the same inputs publishes."""

from __future__ import annotations

import filecmp
import json
import os
import re
import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from benchmarks.rebuild import edit_one_record
from generator.build import check_dataset
from generator.buildcache import CACHE_FILE
from generator.cli import main
from generator.demo import write_demo_dataset
from generator.lifecycle import apply_lifecycle
from generator.publish import releases_dir
from generator.redact.memo import MEMO_FILE
from generator.redact.records import RecordRedactor, redact_part
from tests.sign_fixtures import T0, write_key_folder

AS_OF = T0.date().isoformat()


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_key_folder(tmp_path_factory.mktemp("keys"))


@pytest.fixture(scope="module", autouse=True)
def clock() -> Iterator[None]:
    """One build time for every build here, the module's reference builds included."""
    with pytest.MonkeyPatch.context() as mp:
        for name in ("CREDITSITE_SIGNING_KEY", "CREDITSITE_PSEUDONYM_KEY",
                     "CREDITSITE_KEY_PASSPHRASE"):  # fmt: skip
            mp.delenv(name, raising=False)
        mp.setenv("SOURCE_DATE_EPOCH", str(int((T0 + timedelta(hours=1)).timestamp())))
        yield


def build(data: Path, out: Path, keys: Path, *extra: str) -> int:
    return main(
        ["build", str(data), "--out", str(out), "--as-of", AS_OF, "--keys", str(keys), *extra]
    )


OLD_NAME, NEW_NAME = "示例市汇泰环保科技有限公司", "示例市汇泰绿色环保科技有限公司"


def rename_company(dataset: Path) -> None:
    """Give one company of the demo (seed 3) a new name in every list that holds it."""
    for path in (dataset / "lists").glob("*.csv"):
        raw = path.read_bytes()
        utf8 = raw.startswith((b"\xef\xbb\xbf", b"record_id"))
        encoding = "utf-8" if utf8 else "gb18030"
        text = raw.decode(encoding)
        path.write_bytes(text.replace(OLD_NAME, NEW_NAME).encode(encoding))


@pytest.fixture(scope="module")
def datasets(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """The demo at 60 subjects, and a copy with one listing's behaviour text changed (and
    beside them, `renamed`: a copy where one company has a new name)."""
    work = tmp_path_factory.mktemp("data")
    write_demo_dataset(work / "before", 60, 3, T0.date())
    shutil.copytree(work / "before", work / "after")
    # A listing in force: an exited one's behaviour is on no page (issue 18).
    state = apply_lifecycle(check_dataset(work / "before").dataset, T0.date())
    active = next(s.listing.record_id for s in state.listings if s.active)
    record_id = edit_one_record(work / "after", active)
    shutil.copytree(work / "before", work / "renamed")
    rename_company(work / "renamed")
    return work / "before", work / "after", record_id


def full_build(before: Path, after: Path, keys: Path, out: Path) -> Path:
    """The reference: the same two builds with nothing carried over."""
    assert build(before, out, keys) == 0
    (releases_dir(out) / CACHE_FILE).unlink()
    (releases_dir(out) / MEMO_FILE).unlink()
    assert build(after, out, keys) == 0
    return out


@pytest.fixture(scope="module")
def full(
    datasets: tuple[Path, Path, str], keys: Path, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    return full_build(datasets[0], datasets[1], keys, tmp_path_factory.mktemp("full") / "site")


@pytest.fixture
def first(datasets: tuple[Path, Path, str], keys: Path, tmp_path: Path) -> Path:
    out = tmp_path / "site"
    assert build(datasets[0], out, keys) == 0
    return out


def files(root: Path) -> Iterator[str]:
    for folder, _, names in os.walk(root):
        for name in names:
            yield os.path.relpath(os.path.join(folder, name), root)  # noqa: PTH118


def same_tree(a: Path, b: Path) -> list[str]:
    """Paths that differ in name or bytes between two trees."""
    names_a, names_b = set(files(a)), set(files(b))
    differ = sorted(names_a ^ names_b)
    common = sorted(names_a & names_b)
    _, mismatch, errors = filecmp.cmpfiles(a, b, common, shallow=False)
    return differ + mismatch + errors


def linked(release: Path, earlier: Path) -> set[str]:
    """Files of `release` that are the very same file in `earlier`."""
    out = set()
    for rel in files(release):
        other = earlier / rel
        if other.exists() and (release / rel).samefile(other):
            out.add(rel)
    return out


def redacted_records(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record ids (or case slugs) the next build redacts (60 subjects: in this process)."""
    done: list[str] = []

    def spy(redactor: RecordRedactor, records: list[object]) -> object:
        done.extend(getattr(r, "slug", None) or r.listing.record_id for r in records)  # type: ignore[attr-defined]
        return redact_part(redactor, records)  # type: ignore[arg-type]

    monkeypatch.setattr("generator.redact.redact_part", spy)
    return done


def test_one_changed_record_renders_only_its_pages(
    first: Path,
    full: Path,
    datasets: tuple[Path, Path, str],
    keys: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    earlier = first.resolve()
    redacted = redacted_records(monkeypatch)
    assert build(datasets[1], first, keys) == 0
    now = first.resolve()
    assert now != earlier
    assert same_tree(now, full.resolve()) == []
    # Every other record (and every case) came from the redaction memo.
    assert redacted == [datasets[2]]
    kept = linked(now, earlier)
    subjects = {p for p in files(now) if p.startswith("subjects/")}
    exits = {p for p in files(now) if re.fullmatch(r"exits/(?!page/)[^/]+/index\.html", p)}
    changed = {p for p in subjects if datasets[2] in (now / p).read_text(encoding="utf-8")}
    # The changed listing's subject page was rendered; every other per-record page was linked.
    assert len(changed) == 1
    assert kept & changed == set()
    assert subjects - changed <= kept
    assert exits and exits <= kept
    # The search index is made from the same records (a behaviour text is not searched): it
    # is linked whole.
    search = {p for p in files(now) if p.startswith("pagefind/")}
    assert search <= kept
    # Besides those only compressed copies are shared: exactly those of files whose bytes
    # did not change (a stale copy would also break the equality with the full build).
    compressed = {p for p in files(now) if p.endswith((".gz", ".br"))} - search
    unchanged = set()
    for sibling in compressed:
        original = sibling.removesuffix(".gz").removesuffix(".br")
        before = earlier / original
        if before.exists() and before.read_bytes() == (now / original).read_bytes():
            unchanged.add(sibling)
    assert kept - subjects - exits - search == unchanged


def test_a_renamed_company_is_searched_by_its_new_name(
    first: Path, datasets: tuple[Path, Path, str], keys: Path, tmp_path: Path
) -> None:
    renamed = datasets[0].parent / "renamed"
    earlier = first.resolve()
    assert build(renamed, first, keys) == 0
    now = first.resolve()
    reference = full_build(datasets[0], renamed, keys, tmp_path / "full" / "site")
    assert same_tree(now, reference.resolve()) == []
    kept = linked(now, earlier)
    # The name is searched: the index is made again, and the company's page rendered.
    # (pagefind's scripts are the same bytes, so their compressed copies are linked)
    assert not any(p.startswith("pagefind/") and not p.endswith((".gz", ".br")) for p in kept)
    pages = [p for p in files(now) if p.startswith("subjects/") and p.endswith(".html")]
    renamed_pages = {p for p in pages if NEW_NAME in (now / p).read_text(encoding="utf-8")}
    assert renamed_pages
    assert renamed_pages.isdisjoint(kept)
    assert set(pages) - renamed_pages <= kept


def test_nothing_is_carried_after_the_program_changes(
    first: Path, datasets: tuple[Path, Path, str], keys: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every page's digest starts with the program's: templates and code are part of it.
    monkeypatch.setattr("generator.render.site.program_digest", lambda: "another program")
    monkeypatch.setattr("generator.build.program_digest", lambda: "another program")
    earlier = first.resolve()
    assert build(datasets[1], first, keys) == 0
    assert linked(first.resolve(), earlier) == set()


def test_a_record_of_another_release_is_not_trusted(
    first: Path, full: Path, datasets: tuple[Path, Path, str], keys: Path
) -> None:
    cache = releases_dir(first) / CACHE_FILE
    record = json.loads(cache.read_bytes())
    record["release"] = "r000099"
    cache.write_text(json.dumps(record), encoding="utf-8")
    earlier = first.resolve()
    assert build(datasets[1], first, keys) == 0
    assert linked(first.resolve(), earlier) == set()
    assert same_tree(first.resolve(), full.resolve()) == []


def test_an_unreadable_record_means_a_full_build(
    first: Path, full: Path, datasets: tuple[Path, Path, str], keys: Path
) -> None:
    (releases_dir(first) / CACHE_FILE).write_text("{not json", encoding="utf-8")
    earlier = first.resolve()
    assert build(datasets[1], first, keys) == 0
    assert linked(first.resolve(), earlier) == set()
    assert same_tree(first.resolve(), full.resolve()) == []


def test_a_tampered_redaction_memo_is_not_used(
    first: Path,
    full: Path,
    datasets: tuple[Path, Path, str],
    keys: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    memo = releases_dir(first) / MEMO_FILE
    data = bytearray(memo.read_bytes())
    data[-40] ^= 1
    memo.write_bytes(bytes(data))
    redacted = redacted_records(monkeypatch)
    assert build(datasets[1], first, keys) == 0
    assert len(redacted) > 60  # every listing and case, not only the changed one
    assert same_tree(first.resolve(), full.resolve()) == []


def test_a_page_changed_in_the_published_release_stops_the_build(
    first: Path, datasets: tuple[Path, Path, str], keys: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    release = first.resolve()
    page = next(p for p in sorted(files(release)) if p.startswith("subjects/"))
    with (release / page).open("ab") as f:
        f.write(b"<!-- edited by hand -->")
    assert build(datasets[1], first, keys) != 0
    err = capsys.readouterr().err
    assert page in err
    assert "does not match its signed manifest" in err
    assert first.resolve() == release  # nothing published


def _subject_of(site: Path, record_id: str) -> str:
    snapshot = json.loads((site / "data" / "snapshot.json").read_text(encoding="utf-8"))
    return next(r["subject_id"] for r in snapshot["records"] if r["record_id"] == record_id)


def gate_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths the next gate run reads (listed in this process, before the pool)."""
    import generator.scan.tree as gate

    scanned: list[str] = []
    real = gate._paths

    def spy(root: Path, only: object) -> list[tuple[str, Path]]:
        paths = real(root, only)  # type: ignore[arg-type]
        scanned.extend(rel for rel, _ in paths)
        return paths

    monkeypatch.setattr(gate, "_paths", spy)
    return scanned


def test_the_gate_reads_only_what_changed(
    first: Path, datasets: tuple[Path, Path, str], keys: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    earlier = first.resolve()
    scanned = gate_reads(monkeypatch)
    assert build(datasets[1], first, keys) == 0
    now = first.resolve()
    files_scanned = {p for p in scanned if (now / p).is_file()}
    # The changed subject page, the manifest and nothing that kept its bytes. (The edited
    # listing is in force, so the feeds announce it as amended: every feed file names the
    # new last sequence and changes too.)
    assert "manifest.json" in files_scanned
    assert any(p.startswith("subjects/") for p in files_scanned)
    kept_bytes = {
        p
        for p in files(now)
        if (earlier / p).is_file() and (earlier / p).read_bytes() == (now / p).read_bytes()
    }
    assert kept_bytes and files_scanned & kept_bytes == set()
    page = f"subjects/{_subject_of(now, datasets[2])}/"
    assert not any(p.startswith(("subjects/", "exits/", "pagefind/")) and not p.startswith(page)
                   for p in files_scanned)  # fmt: skip


def test_a_new_sensitive_value_makes_the_gate_read_everything(
    first: Path, datasets: tuple[Path, Path, str], keys: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scanned = gate_reads(monkeypatch)
    # The company's new name is a new public value: every file is read again.
    assert build(datasets[0].parent / "renamed", first, keys) == 0
    assert len({p for p in scanned if (first / p).is_file()}) > 100
