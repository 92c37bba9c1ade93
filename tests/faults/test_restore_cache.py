"""A restore, or a publish from another process, reaches the page cache of a running server:
a real server process with its own in-process cache, and the commands run beside it."""

from __future__ import annotations

import socket
import subprocess
import time

import httpx
import pytest

from tests.conftest import REPO
from tests.faults.test_faults import SCRH, env_for, scrh

PUBLISH = """
from django.contrib.auth import get_user_model
from tests.web.conftest import demo_papers, publish_papers
editor = get_user_model().objects.create_user("restorer", is_staff=True, is_superuser=True)
print(publish_papers(demo_papers(1), editor)[0].slug)
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def served(tmp_path):
    """A migrated site (no summaries yet) served by runserver with its page cache on."""
    db = tmp_path / "scrh.sqlite3"
    scrh(db, "migrate", "--noinput", "-v0", check=True)
    scrh(db, "setup_site", check=True)
    port = free_port()
    server = subprocess.Popen(
        [*SCRH, "runserver", f"127.0.0.1:{port}", "--noreload"], env=env_for(db), cwd=REPO,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            httpx.get(f"{base}/api/summaries/", timeout=5)
            break
        except httpx.TransportError:
            time.sleep(0.2)
    yield db, base
    server.terminate()
    server.wait(timeout=30)


def test_restore_and_publish_from_other_processes_reach_the_running_servers_cache(served, tmp_path):
    db, base = served
    backup = tmp_path / "before.sqlite3"
    scrh(db, "backup", str(backup), check=True)

    def summaries() -> tuple[list[str], str]:
        response = httpx.get(f"{base}/api/summaries/", timeout=30)
        assert response.status_code == 200
        return [s["slug"] for s in response.json()["results"]], response.headers.get("X-Cache")

    summaries()
    assert summaries() == ([], "hit")
    published = scrh(db, "shell", "-c", PUBLISH, check=True).stdout.strip().splitlines()[-1]
    assert summaries() == ([published], "miss")
    assert summaries() == ([published], "hit")
    restored = scrh(db, "restore", str(backup))
    assert restored.returncode == 0, restored.stderr[-2000:]
    assert summaries() == ([], "miss")
