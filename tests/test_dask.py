"""The Dask engine (`--engine dask`): a LocalCluster of two workers builds the very bytes
the local process pool builds, survives a worker killed mid-stage, and the command line
reports a scheduler it cannot reach as a configuration error."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from generator import parallel
from generator.cli import main
from generator.demo import write_demo_dataset
from generator.errors import ConfigError, SigningError
from generator.render import site, subjects
from generator.scan import tree as scan_tree
from tests.helpers import on_two_processes, tree
from tests.sign_fixtures import T0, write_key_folder

AS_OF = "2026-11-22"


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("ds") / "data"
    write_demo_dataset(root, 24, 5, date(2026, 11, 22))
    return root


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_key_folder(tmp_path_factory.mktemp("keys"))


@pytest.fixture(autouse=True)
def fixed_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(T0.timestamp())))
    for name in (
        "CREDITSITE_SIGNING_KEY",
        "CREDITSITE_PSEUDONYM_KEY",
        "CREDITSITE_KEY_PASSPHRASE",
        "CREDITSITE_DASK_SCHEDULER",
    ):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def split(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every stage splits its work however small the dataset (subject pages in parts of 5),
    and the names of the tasks sent to a cluster are recorded."""
    on_two_processes(monkeypatch)
    monkeypatch.setattr(
        site, "write_subjects", functools.partial(subjects.write_subjects, partition=5)
    )
    sent: list[str] = []
    real = parallel.cluster_map

    def spy(fn: Callable[..., Any], context: Any, parts: Any, **kw: Any) -> Iterator[Any]:
        sent.append(getattr(fn, "__name__", "") or getattr(fn, "func", fn).__name__)
        return real(fn, context, parts, **kw)

    for module in (parallel, subjects, scan_tree):
        monkeypatch.setattr(module, "cluster_map", spy)
    return sent


def build(dataset: Path, keys: Path, out: Path, *extra: str) -> int:
    args = ["build", str(dataset), "--out", str(out), "--as-of", AS_OF, "--keys", str(keys)]
    return main([*args, *extra])


def verify(out: Path, keys: Path) -> int:
    args = ["verify", str(out), "--root-key", str(keys / "root.pub")]
    return main([*args, "--now", "2026-11-23T00:00:00Z"])  # while the manifest is fresh


@pytest.fixture(scope="module")
def local_site(
    dataset: Path, keys: Path, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("local") / "site"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", str(int(T0.timestamp())))
        on_two_processes(mp)
        mp.setattr(site, "write_subjects", functools.partial(subjects.write_subjects, partition=5))
        assert build(dataset, keys, out) == 0
    return tree(out)


def _dying_render(marker: str, context: Any, part: list[Any]) -> Any:
    """The subject-page task: the first attempt to arrive kills its worker outright (as the
    OOM killer would), after writing a page, so the rerun meets a half-written partition."""
    try:
        fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    except FileExistsError:
        return subjects.render_partition(part, *context)
    os.close(fd)
    subjects.render_partition(part[:1], *context)
    os._exit(1)


def test_a_local_cluster_builds_the_same_bytes_even_when_a_worker_dies(
    dataset: Path,
    keys: Path,
    tmp_path: Path,
    local_site: dict[str, bytes],
    split: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # One build for both claims: a LocalCluster takes long to start on a busy CI machine.
    marker = tmp_path / "killed-once"
    monkeypatch.setattr(subjects, "_render_part", functools.partial(_dying_render, str(marker)))
    out = tmp_path / "site"
    assert build(dataset, keys, out, "--engine", "dask", "--workers", "2") == 0
    assert marker.exists()  # a worker did die, and its task ran again on a fresh one
    assert tree(out) == local_site
    assert verify(out, keys) == 0
    # Every partitioned stage ran on the cluster, but the signing key stayed here.
    stages = {name.strip("_") for name in split}
    assert {"gather_part", "guess_part", "redact_part", "compress_part", "scan_batch"} <= stages
    assert "dying_render" in stages  # the subject pages
    assert "hash_part" not in stages


def test_an_unreachable_scheduler_is_a_configuration_error(
    dataset: Path,
    keys: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(parallel, "CONNECT_TIMEOUT", 1.0)
    out = tmp_path / "site"
    code = build(dataset, keys, out, "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9")
    err = capsys.readouterr().err
    assert code == 3
    assert "error: cannot reach the Dask scheduler at tcp://127.0.0.1:9" in err
    assert "Traceback" not in err
    assert not out.exists()
    # The environment names the scheduler when the command line does not.
    monkeypatch.setenv("CREDITSITE_DASK_SCHEDULER", "tcp://127.0.0.1:7")
    assert build(dataset, keys, out, "--engine", "dask") == 3
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:7" in capsys.readouterr().err
    monkeypatch.setenv("CREDITSITE_DASK_SCHEDULER", "127.0.0.1:7")
    assert build(dataset, keys, out, "--engine", "dask") == 3
    assert "CREDITSITE_DASK_SCHEDULER must be tcp://HOST:PORT" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (("--engine", "spark"), "invalid choice: 'spark'"),
        (("--engine", "dask", "--scheduler", "localhost:8786"), "expected tcp://HOST:PORT"),
        (
            ("--scheduler", "tcp://localhost:8786"),
            "--scheduler and --workers go with --engine dask",
        ),
        (("--workers", "2"), "--scheduler and --workers go with --engine dask"),
        (("--engine", "dask", "--workers", "0"), "expected a whole number of at least 1"),
    ],
)
def test_engine_options_are_checked_on_the_command_line(
    dataset: Path,
    keys: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: tuple[str, ...],
    message: str,
) -> None:
    with pytest.raises(SystemExit) as exc:
        build(dataset, keys, tmp_path / "site", *extra)
    assert exc.value.code == 64
    assert message in capsys.readouterr().err


def test_a_scheduler_and_a_worker_count_do_not_go_together(
    dataset: Path, keys: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ("--engine", "dask", "--scheduler", "tcp://127.0.0.1:9", "--workers", "2")
    assert build(dataset, keys, tmp_path / "site", *args) == 3
    assert "--workers sizes a local cluster" in capsys.readouterr().err


_ATTEMPTS: list[int] = []  # the in-process cluster's tasks run in this very process


def _double(factor: int, part: list[int]) -> list[int]:
    return [factor * x for x in part]


def _flaky_then_failing(kind: str, part: list[int]) -> list[int]:
    _ATTEMPTS.append(part[0])
    if kind == "stage" and part[0] == 0:
        raise SigningError("cannot read feeds/all.json: Permission denied")
    if kind == "hiccup" and _ATTEMPTS.count(part[0]) == 1:
        raise OSError("stale NFS file handle")  # passes on the next try
    return part


def test_map_partitions_on_dask_keeps_order_retries_hiccups_and_raises_stage_errors() -> None:
    from distributed import LocalCluster

    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
        ) as local,
        parallel.dask_engine(local.scheduler_address) as cluster,
    ):
        assert cluster.workers == 2
        items = list(range(101))
        parts = parallel.map_partitions(_double, 3, items, workers=2, error=SigningError)
        assert len(parts) == 2 * parallel.PARTS_PER_WORKER
        assert [x for p in parts for x in p] == [3 * x for x in items]
        # Below two items (or one worker asked for) the work stays in this process.
        assert parallel.map_partitions(_double, 3, [5], workers=2, error=SigningError) == [[15]]

        _ATTEMPTS.clear()
        hiccup = parallel.map_partitions(
            _flaky_then_failing, "hiccup", items, 2, error=SigningError
        )
        assert [x for p in hiccup for x in p] == items
        assert _ATTEMPTS.count(0) == 2  # run again after an unforeseen error

        _ATTEMPTS.clear()
        with pytest.raises(SigningError, match="Permission denied"):
            parallel.map_partitions(_flaky_then_failing, "stage", items, 2, error=SigningError)
        assert _ATTEMPTS.count(0) == 1  # a stage's own error is not worth another try
    assert not parallel.on_cluster()


def test_a_worker_with_several_threads_is_refused() -> None:
    from distributed import LocalCluster

    refused = "runs 2 threads; start every worker with --nthreads 1"
    with (
        LocalCluster(
            n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None
        ) as local,
        pytest.raises(ConfigError, match=refused),
        parallel.dask_engine(local.scheduler_address),
    ):
        pass
