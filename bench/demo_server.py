"""The demo site under gunicorn for `make loadtest` and `make bench`: built once per run in a
temporary folder (as `make demo` builds it, without runserver), served on loopback only."""

from __future__ import annotations

import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
SCRH = str(BIN / "scrh")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def site_env(var: Path, port: int) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "scrh.web.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"sqlite:///{var / 'scrh.sqlite3'}",
        "SCRH_VAR_DIR": str(var),
        "SECURE_SSL_REDIRECT": "false",
        "SCRH_TASKS_BACKEND": "immediate",
        "SCRH_BASE_URL": f"http://127.0.0.1:{port}",
    }


def build_demo(env: dict[str, str], port: int) -> None:
    """migrate, setup_site, ingest the demo papers, draft, publish, collectstatic."""
    steps = [
        ["migrate", "--noinput", "-v0"],
        ["setup_site", "--hostname", "127.0.0.1", "--port", str(port)],
        ["ingest_file", str(ROOT / "demo" / "sci_papers.jsonl")],
        ["draft_summaries"],
        ["create_editor", "bench-editor"],
        ["publish_drafts", "--user", "bench-editor"],
        ["collectstatic", "--noinput", "-v0"],
    ]
    for step in steps:
        subprocess.run([SCRH, *step], env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def site_paths(env: dict[str, str]) -> dict[str, str]:
    """A summary, a category page (the one with most summaries), search and the feed."""
    code = (
        "from scrh.web.research.models import SummaryPage, CategoryPage;"
        "s = SummaryPage.objects.live().first();"
        "c = max(CategoryPage.objects.live(), key=lambda p: SummaryPage.objects.live()"
        ".filter(primary_category=p).count());"
        "print(s.url); print(c.url)"
    )
    out = subprocess.run(
        [SCRH, "shell", "-c", code], env=env, cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.split()
    return {
        "home": "/",
        "summary": out[-2],
        "category": out[-1],
        "search": "/search/?q=pain",
        "feed": "/feeds/rss.xml",
    }


@contextmanager
def demo_site(
    workers: int = 2, env_out: dict[str, str] | None = None
) -> Iterator[tuple[str, dict[str, str]]]:
    """Yield (base URL, paths) of the demo site under gunicorn; stop and clean up after.
    `env_out`, when given, receives the site's environment (to run `scrh` against it)."""
    var = Path(tempfile.mkdtemp(prefix="scrh-bench-"))
    port = free_port()
    env = site_env(var, port)
    if env_out is not None:
        env_out.update(env)
    server = None
    try:
        build_demo(env, port)
        paths = site_paths(env)
        server = subprocess.Popen(
            [str(BIN / "gunicorn"), "scrh.web.wsgi", "--bind", f"127.0.0.1:{port}",
             "--workers", str(workers), "--log-level", "warning"],
            env={**env, "WEB_CONCURRENCY": str(workers)}, cwd=ROOT,
        )  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        wait_until_up(base + "/")
        yield base, paths
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        shutil.rmtree(var, ignore_errors=True)


def wait_until_up(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5):  # noqa: S310 (loopback)
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def ensure_debian_tool(binary: str, package: str) -> str:
    """The path of `binary`, installing Debian's `package` first when missing and root."""
    found = shutil.which(binary) or (
        f"/usr/sbin/{binary}" if Path(f"/usr/sbin/{binary}").exists() else None
    )
    if found:
        return found
    if os.geteuid() != 0:
        sys.exit(f"needs Debian's '{package}' package: sudo apt-get install {package}")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", package], check=True, env=env,
                   stdout=subprocess.DEVNULL)  # fmt: skip
    return shutil.which(binary, path=f"{os.environ.get('PATH', '')}:/usr/sbin") or binary


WRK_RPS = re.compile(r"Requests/sec:\s+([\d.]+)")
WRK_PCT = re.compile(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", re.M)
WRK_NON2XX = re.compile(r"Non-2xx or 3xx responses:\s+(\d+)")
WRK_SOCKET = re.compile(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")
UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk(url: str, seconds: int = 10, connections: int = 16, threads: int = 2) -> dict[str, float]:
    """Run wrk against `url`: requests/s, p50 and p99 in ms, and the error count."""
    out = subprocess.run(
        [ensure_debian_tool("wrk", "wrk"), f"-t{threads}", f"-c{connections}", f"-d{seconds}s",
         "--latency", url],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    pct = {p: float(v) * UNIT_MS[u] for p, v, u in WRK_PCT.findall(out)}
    errors = sum(int(n) for n in WRK_NON2XX.findall(out))
    errors += sum(int(n) for m in WRK_SOCKET.findall(out) for n in m)
    return {"rps": float(WRK_RPS.search(out).group(1)), "p50": pct.get("50", 0.0),
            "p99": pct.get("99", 0.0), "errors": errors}  # fmt: skip
