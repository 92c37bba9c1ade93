"""A throwaway PostgreSQL cluster on 127.0.0.1, the way `.ci/run` starts one (Debian's server,
run as the postgres user when root), for the benchmarks."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from demo_server import ensure_debian_tool, free_port


def _as_postgres(*command: str) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else list(command)


@contextmanager
def postgres_cluster() -> Iterator[str]:
    """Yield the URL of an empty database `scrh` owned by role `scrh`; stop and delete after."""
    if not glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"):
        ensure_debian_tool("pg_ctlcluster", "postgresql")
    pgbin = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name))[
        -1
    ]
    data = Path(tempfile.mkdtemp(prefix="scrh-bench-pg-"))
    if os.geteuid() == 0:
        shutil.chown(data, "postgres")
    port = free_port()
    run = {"check": True, "stdout": subprocess.DEVNULL}
    initdb = [f"{pgbin}/initdb", "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8"]
    subprocess.run(_as_postgres(*initdb, "--locale=C.UTF-8"), **run)
    options = f"-h 127.0.0.1 -p {port} -k {data} -c fsync=off -c synchronous_commit=off"
    subprocess.run(_as_postgres(f"{pgbin}/pg_ctl", "-D", str(data), "-l", str(data / "log"),
                                "-w", "-o", options, "start"), **run)  # fmt: skip
    try:
        subprocess.run(_as_postgres(f"{pgbin}/psql", "-q", "-h", "127.0.0.1", "-p", str(port),
                                    "-U", "postgres", "-c",
                                    "CREATE ROLE scrh LOGIN PASSWORD 'scrh' CREATEDB", "-c",
                                    "CREATE DATABASE scrh OWNER scrh"), **run)  # fmt: skip
        yield f"postgres://scrh:scrh@127.0.0.1:{port}/scrh"
    finally:
        subprocess.run(_as_postgres(f"{pgbin}/pg_ctl", "-D", str(data), "-m", "fast", "stop"),
                       check=False, stdout=subprocess.DEVNULL)  # fmt: skip
        shutil.rmtree(data, ignore_errors=True)
