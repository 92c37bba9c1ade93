"""A site built as `make demo` builds it (development settings, `SCRH_DEBUG=false`, the database
task backend and no worker), served by runserver: a title search answers at once, a missing page
shows the site's own 404 page, static files are served."""

from __future__ import annotations

import html
import os
import re
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import DEMO_PAPERS, REPO

SCRH = [sys.executable, "-m", "scrh.cli"]
TITLE = "Progress in treatment of pathological neuropathic pain after spinal cord injury"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def demo_env(tmp_path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "SCRH_TASKS_BACKEND"}}
    return {
        **env,
        "DJANGO_SETTINGS_MODULE": "scrh.web.settings.dev",
        "SCRH_VAR_DIR": str(tmp_path),
        "SCRH_DEBUG": "false",
        "SCRH_EMAIL_BACKEND": "file",
    }


def build(env: dict[str, str], port: int, papers: Path) -> None:
    steps = [
        ["migrate", "--noinput", "-v0"],
        ["setup_site", "--port", str(port)],
        ["ingest_file", str(papers)],
        ["draft_summaries"],
        ["create_editor", "demo-editor"],
        ["publish_drafts", "--user", "demo-editor"],
    ]
    for step in steps:
        done = subprocess.run(
            [*SCRH, *step], env=env, cwd=REPO, capture_output=True, text=True, timeout=600
        )
        assert done.returncode == 0, (step, done.stderr[-2000:])


def wait_for(url: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert server.poll() is None, server.stderr.read().decode()[-2000:]
        try:
            httpx.get(url, timeout=2)
            return
        except httpx.TransportError:
            time.sleep(0.05)
    raise AssertionError(f"{url} never answered")


def test_a_fresh_demo_answers_a_title_search_at_once(demo_env, tmp_path):
    lines = DEMO_PAPERS.read_text().splitlines(keepends=True)
    papers = tmp_path / "papers.jsonl"
    papers.write_text("".join([lines[0], *(line for line in lines if TITLE in line)]))
    port = free_port()
    build(demo_env, port, papers)
    queued = sqlite3.connect(tmp_path / "scrh.sqlite3").execute(
        "SELECT COUNT(*) FROM django_tasks_database_dbtaskresult "
        "WHERE status = 'READY' AND task_path = 'modelsearch.tasks.insert_or_update_object_task'"
    )
    assert queued.fetchone()[0] > 0, "the index tasks ran: this test would prove nothing"

    server = subprocess.Popen(
        [*SCRH, "runserver", f"127.0.0.1:{port}", "--noreload"],
        env=demo_env,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for(f"{base}/robots.txt", server)
        found = httpx.get(f"{base}/search/?q=Progress+in+treatment")
        text = html.unescape(re.sub(r"<[^>]+>", "", found.text))
        assert found.status_code == 200 and TITLE in text and "1 result" in text

        missing = httpx.get(f"{base}/no-such-page/")
        assert missing.status_code == 404
        assert "<h1>Page not found</h1>" in missing.text and "URLconf" not in missing.text
        for path in ("/static/css/site.css", "/static/icons/icon.svg", "/favicon.ico"):
            assert httpx.get(f"{base}{path}").status_code == 200, path
    finally:
        server.terminate()
        server.wait(timeout=30)
