"""A throw-away PostgreSQL server for the test suite.

Uses the server named by ``INTERNE_KLACHTEN_TEST_PG`` (an admin URL, as ``.ci/run`` sets
it); otherwise starts a private cluster with ``initdb``/``pg_ctl`` on 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

ENV_TEST_PG = "INTERNE_KLACHTEN_TEST_PG"


def _find_binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    return candidates[0] if candidates else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PostgresServer:
    def __init__(self) -> None:
        self.admin_url: str | None = os.environ.get(ENV_TEST_PG) or None
        self._data: Path | None = None
        self._pg_ctl: str | None = None
        self._as_postgres = False
        self.problem: str | None = None

    def _run(self, *args: str) -> None:
        command = list(args)
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def start(self) -> str | None:
        if self.admin_url:
            return self.admin_url
        initdb, pg_ctl = _find_binary("initdb"), _find_binary("pg_ctl")
        if not initdb or not pg_ctl:
            self.problem = (
                "PostgreSQL server binaries (initdb, pg_ctl) not found; install the "
                f"'postgresql' package or set {ENV_TEST_PG}"
            )
            return None
        root = Path(tempfile.mkdtemp(prefix="ik-pg-"))
        self._as_postgres = os.geteuid() == 0  # the server refuses to run as root
        if self._as_postgres:
            shutil.chown(root, user="postgres")
        port = _free_port()
        self._data = root / "data"
        self._pg_ctl = pg_ctl
        try:
            self._run(initdb, "-D", str(self._data), "-A", "trust", "-U", "postgres", "--no-sync")
            self._run(
                pg_ctl,
                "-D",
                str(self._data),
                "-l",
                str(root / "log"),
                "-w",
                "-o",
                f"-k {root} -p {port} -h 127.0.0.1 -F",
                "start",
            )
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as error:
            self.problem = f"could not start a PostgreSQL server: {error}"
            return None
        self.admin_url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
        return self.admin_url

    def stop(self) -> None:
        if self._data is not None and self._pg_ctl is not None:
            with contextlib.suppress(
                subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError
            ):
                self._run(self._pg_ctl, "-D", str(self._data), "-m", "immediate", "stop")
            shutil.rmtree(self._data.parent, ignore_errors=True)
            self._data = None
