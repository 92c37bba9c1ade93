"""Faults, each in real processes on a real SQLite file: concurrent writers, a worker killed
mid-ingest, an upstream outage."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.conftest import DEMO_PAPERS, REPO

SCRH = [sys.executable, "-c", "from scrh.cli import main; main()"]


@pytest.fixture(scope="module")
def database(tmp_path_factory) -> Path:
    """A migrated SQLite database file, shared by the tests of this module."""
    path = tmp_path_factory.mktemp("faults") / "scrh.sqlite3"
    scrh(path, "migrate", "--noinput", "-v0", check=True)
    return path


def scrh(db: Path, *args: str, check: bool = False, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*SCRH, *args], env=env_for(db), cwd=REPO, capture_output=True, text=True, check=check,
        timeout=600, **kwargs,
    )  # fmt: skip


def env_for(db: Path, **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "scrh.web.settings.dev",
        "DATABASE_URL": f"sqlite:///{db}",
        "SCRH_VAR_DIR": str(db.parent),
        "SCRH_TASKS_BACKEND": "immediate",
        **extra,
    }


def rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db, timeout=30) as conn:
        return conn.execute(sql).fetchall()


WRITER = """
from scrh.web.editorial.models import IngestRun
for i in range({n}):
    IngestRun.objects.create(source="writer-{name}", query=str(i))
"""


def test_two_writers_on_sqlite_lose_no_write(database):
    n = 150
    writers = [
        subprocess.Popen(
            [*SCRH, "shell", "-c", WRITER.format(n=n, name=name)],
            env=env_for(database),
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )  # fmt: skip
        for name in ("a", "b")
    ]
    for writer in writers:
        _out, err = writer.communicate(timeout=600)
        assert writer.returncode == 0, err.decode()[-2000:]
    counts = dict(rows(database, "SELECT source, COUNT(*) FROM editorial_ingestrun "
                                 "WHERE source LIKE 'writer-%' GROUP BY source"))  # fmt: skip
    assert counts == {"writer-a": n, "writer-b": n}


def big_jsonl(path: Path, count: int) -> Path:
    """`count` distinct papers made from the demo papers (new DOI and title each)."""
    demo = [json.loads(line) for line in DEMO_PAPERS.read_text().splitlines() if line.strip()]
    with path.open("w") as out:
        for i in range(count):
            record = dict(demo[i % len(demo)])
            title = f"{record['title']} #{i}"
            record.update(doi=f"10.5555/fault.{i}", pmid="", pmcid="", title=title)
            out.write(json.dumps(record) + "\n")
    return path


def test_ingest_killed_midway_completes_on_rerun_without_duplicates(database, tmp_path):
    count = 1500
    source = big_jsonl(tmp_path / "big.jsonl", count)
    worker = subprocess.Popen(
        [*SCRH, "ingest_file", str(source)], env=env_for(database), cwd=REPO,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 300
    stored = 0
    while time.monotonic() < deadline and worker.poll() is None:
        stored = rows(database, "SELECT COUNT(*) FROM editorial_paperrecord "
                                "WHERE doi LIKE '10.5555/fault.%'")[0][0]  # fmt: skip
        if stored >= 50:
            break
        time.sleep(0.05)
    assert worker.poll() is None, "the ingest finished before it could be killed"
    worker.send_signal(signal.SIGKILL)
    worker.wait()
    assert stored < count
    rerun = scrh(database, "ingest_file", str(source))
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    total, distinct, incomplete = rows(
        database,
        "SELECT COUNT(*), COUNT(DISTINCT doi), "
        "SUM(title = '' OR content_hash = '' OR json_valid(data) = 0) "
        "FROM editorial_paperrecord WHERE doi LIKE '10.5555/fault.%'",
    )[0]
    assert (total, distinct, incomplete) == (count, count, 0)


class Outage(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802
        self.send_response(500)
        self.end_headers()
        self.wfile.write(b"upstream is down")

    do_POST = do_GET  # noqa: N815

    def log_message(self, *args) -> None:
        pass


def test_upstream_outage_is_recorded_as_a_failed_run_with_its_reason(database):
    server = ThreadingHTTPServer(("127.0.0.1", 0), Outage)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/eutils"
        env = env_for(database, SCRH_EUTILS_URL=url, SCRH_FETCH_ATTEMPTS="2",
                      SCRH_FETCH_BACKOFF="0.01")  # fmt: skip
        result = subprocess.run(
            [*SCRH, "ingest_pubmed", "spinal cord injury", "--max", "5"],
            env=env, cwd=REPO, capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip
    finally:
        server.shutdown()
    status, error = rows(
        database,
        "SELECT status, error || ' ' || COALESCE((SELECT GROUP_CONCAT(reason, ' ') FROM "
        "editorial_quarantinedrecord q WHERE q.run_id = r.id), '') "
        "FROM editorial_ingestrun r WHERE source = 'pubmed' ORDER BY id DESC LIMIT 1",
    )[0]
    assert status == "failed", result.stdout + result.stderr
    assert "500" in error
