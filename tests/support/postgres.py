"""A throwaway PostgreSQL cluster for the team hub's tests (Debian's server, initdb + pg_ctl).

The cluster lives in a temporary folder, listens on 127.0.0.1 at a free port and is
removed at the end of the session. initdb refuses to run as root: as root, the server's
programs run as the ``postgres`` user (``runuser``) in a folder that user owns. Each test
gets its own database (``hub_url``); the superuser ``postgres`` has the password below.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SUPERUSER = "postgres"
PASSWORD = "hub-test-secret"


def server_bindir() -> Path | None:
    """The folder of initdb and pg_ctl: on PATH, else Debian's /usr/lib/postgresql/N/bin."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(os.path.realpath(found)).parent
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if (Path(candidate) / "initdb").exists() and (Path(candidate) / "pg_ctl").exists():
            return Path(candidate)
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Cluster:
    bindir: Path
    folder: Path
    port: int
    as_postgres: bool

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if self.as_postgres else []
        subprocess.run([*prefix, *command], check=True, capture_output=True, text=True, timeout=120)

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(
        self, database: str = "postgres", user: str = SUPERUSER, password: str = PASSWORD
    ) -> str:
        return f"postgresql://{user}:{password}@127.0.0.1:{self.port}/{database}"

    def start(self) -> None:
        pwfile = self.folder / "pw"
        pwfile.write_text(PASSWORD + "\n")
        if self.as_postgres:
            shutil.chown(pwfile, "postgres")
        self._run(
            str(self.bindir / "initdb"), "-D", str(self.data), "-U", SUPERUSER,
            f"--pwfile={pwfile}", "--auth-local=trust", "--auth-host=scram-sha-256",
            "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=60 -c shared_buffers=32MB"
        )
        self._run(
            str(self.bindir / "pg_ctl"), "-D", str(self.data), "-o", options,
            "-l", str(self.folder / "log"), "-w", "-t", "60", "start",
        )  # fmt: skip

    def stop(self) -> None:
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")

    def restart(self) -> None:
        self._run(
            str(self.bindir / "pg_ctl"), "-D", str(self.data), "-w", "-t", "60", "start",
            "-l", str(self.folder / "log"),
        )  # fmt: skip

    def admin(self, sql: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True) as connection:
            connection.execute(sql)  # type: ignore[arg-type]


def start_cluster() -> Cluster:
    bindir = server_bindir()
    if bindir is None:
        pytest.skip(
            "PostgreSQL server not installed (initdb/pg_ctl not found): "
            "run packaging/linux/system-deps.sh"
        )
    as_postgres = os.geteuid() == 0
    folder = Path(tempfile.mkdtemp(prefix="hub-pg-"))
    if as_postgres:
        shutil.chown(folder, "postgres", "postgres")
    cluster = Cluster(bindir, folder, _free_port(), as_postgres)
    cluster.start()
    return cluster


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """One PostgreSQL server for the session's tests."""
    pytest.importorskip("psycopg", reason="psycopg is not installed (pip install -e .)")
    cluster = start_cluster()
    try:
        yield cluster
    finally:
        try:
            cluster.stop()
        finally:
            shutil.rmtree(cluster.folder, ignore_errors=True)


_numbers = itertools.count(1)


@pytest.fixture
def hub_url(pg_cluster: Cluster) -> Iterator[str]:
    """The URL (superuser) of a new empty database: the hub of one test."""
    name = f"hub_{os.getpid()}_{next(_numbers)}"
    pg_cluster.admin(f"CREATE DATABASE {name}")
    yield pg_cluster.url(name)
    pg_cluster.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
