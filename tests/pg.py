"""A throw-away PostgreSQL cluster for tests: a real server, not a mock.

`pg_cluster` (session-scoped) runs initdb into a fresh temporary folder, starts the server
on 127.0.0.1 at a free port with its unix socket in that folder, and stops it and removes
everything at the end. `pg_url` gives each test its own empty database on it.

PostgreSQL refuses to run as root: under root every server command runs as the `postgres`
user (runuser), and the folder is handed to that user. Without the binaries the tests skip,
except with CI=true, where they fail: CI installs Debian's postgresql package and must run
them.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa

# TEST-ONLY credentials of a cluster that lives for one test session on loopback.
USER = "creditsite"
PASSWORD = "TEST-ONLY-pg-secret-7f3a"
_SEARCH = ("/usr/lib/postgresql/*/bin",)
_counter = itertools.count(1)


@dataclass(frozen=True)
class PgCluster:
    host: str
    port: int

    def url(self, database: str = "postgres", password: str = PASSWORD) -> str:
        return f"postgresql+psycopg://{USER}:{password}@{self.host}:{self.port}/{database}"


def pg_bindir() -> Path | None:
    """The newest installed server's bin folder (Debian keeps initdb off the PATH)."""
    found = sorted(
        (p for pattern in _SEARCH for p in Path("/").glob(pattern.lstrip("/"))),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
    )
    for folder in reversed(found):
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_server_user(command: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


def _run(command: list[str], base: Path) -> None:
    done = subprocess.run(
        _as_server_user(command), capture_output=True, text=True, cwd=base, check=False
    )
    if done.returncode != 0:
        log = base / "log"
        tail = log.read_text(errors="replace")[-2000:] if log.is_file() else ""
        raise RuntimeError(
            f"{command[0]} failed ({done.returncode}):\n{done.stdout}{done.stderr}{tail}"
        )


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    bindir = pg_bindir()
    if bindir is None:
        message = "PostgreSQL server binaries not found (apt-get install postgresql)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{message}; CI must run the PostgreSQL tests")
        pytest.skip(message)
    # Not pytest's tmp_path: its parents are private to root, and the server runs as postgres.
    base = Path(tempfile.mkdtemp(prefix="creditsite-pg-"))
    data, password_file = base / "data", base / "password"
    password_file.write_text(PASSWORD + "\n", encoding="utf-8")
    if os.geteuid() == 0:
        server = pwd.getpwnam("postgres")
        for path in (base, password_file):
            os.chown(path, server.pw_uid, server.pw_gid)
    port = _free_port()
    try:
        _run(
            [
                str(bindir / "initdb"),
                "-D",
                str(data),
                "-U",
                USER,
                f"--pwfile={password_file}",
                "--auth-host=scram-sha-256",
                "--auth-local=trust",
                "--encoding=UTF8",
                "--locale=C",
                "--no-sync",
            ],
            base,
        )
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={base} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        _run(
            [
                str(bindir / "pg_ctl"),
                "-D",
                str(data),
                "-o",
                options,
                "-l",
                str(base / "log"),
                "-w",
                "-t",
                "60",
                "start",
            ],
            base,
        )
        yield PgCluster("127.0.0.1", port)
    finally:
        if (data / "postmaster.pid").exists():
            _run([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"], base)
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def pg_url(pg_cluster: PgCluster) -> str:
    """A new, empty database on the session's cluster."""
    name = f"test_{os.getpid()}_{next(_counter)}"
    engine = sa.create_engine(pg_cluster.url(), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    finally:
        engine.dispose()
    return pg_cluster.url(name)
