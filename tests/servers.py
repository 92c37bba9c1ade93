"""Real servers on 127.0.0.1 for tests (and `make bench`): Redis, the site under gunicorn, and
Debian's nginx running the shipped caching proxy config `deploy/nginx.conf`."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
NGINX_CONF = REPO / "deploy" / "nginx.conf"
# The values deploy/nginx.conf ships with, replaced when it runs on loopback ports.
SHIPPED = {
    "listen": "listen 80;",
    "upstream": "server 127.0.0.1:8000;",
    "cache": "/var/cache/nginx/scrh",
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, timeout: float = 30, process: subprocess.Popen | None = None) -> None:
    """Wait until something accepts connections on 127.0.0.1:`port`."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError as error:
            if process is not None and process.poll() is not None:
                message = f"the server on port {port} exited ({process.returncode})"
                raise RuntimeError(message) from error
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def debian_binary(name: str, package: str) -> str:
    """The path of Debian's `name`, or a clear error naming the package to install."""
    found = shutil.which(name) or shutil.which(name, path="/usr/sbin:/usr/bin")
    if not found:
        raise RuntimeError(
            f"needs Debian's '{package}' package ('make test' installs it as root): "
            f"sudo apt-get install {package}"
        )
    return found


@contextmanager
def redis_server() -> Iterator[str]:
    """A throwaway redis-server (no persistence) on a free loopback port; yields its URL."""
    folder = Path(tempfile.mkdtemp(prefix="scrh-redis-"))
    port = free_port()
    server = subprocess.Popen(
        [debian_binary("redis-server", "redis-server"), "--bind", "127.0.0.1", "--port",
         str(port), "--save", "", "--appendonly", "no", "--dir", str(folder)],
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        wait_for_port(port, process=server)
        yield f"redis://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)


def database_url(settings_dict: dict[str, Any]) -> str:
    """A DATABASE_URL naming the database of a Django connection (the test database)."""
    if settings_dict["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{settings_dict['NAME']}"
    user, password = settings_dict.get("USER", ""), settings_dict.get("PASSWORD", "")
    host, port = settings_dict.get("HOST") or "127.0.0.1", settings_dict.get("PORT") or 5432
    return f"postgres://{user}:{password}@{host}:{port}/{settings_dict['NAME']}"


def app_env(**extra: str) -> dict[str, str]:
    """The environment of an app process: the development settings plus `extra`."""
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("SCRH_", "DJANGO_"))}
    return {
        **keep,
        "DJANGO_SETTINGS_MODULE": "scrh.web.settings.dev",
        "SCRH_VAR_DIR": tempfile.gettempdir(),
        **extra,
    }


@contextmanager
def app_server(env: dict[str, str], workers: int = 1) -> Iterator[str]:
    """The site under gunicorn on a free loopback port; yields its base URL."""
    port = free_port()
    server = subprocess.Popen(
        [str(BIN / "gunicorn"), "scrh.web.wsgi", "--bind", f"127.0.0.1:{port}",
         "--workers", str(workers), "--log-level", "warning"],
        env=env, cwd=REPO,
    )  # fmt: skip
    try:
        wait_for_port(port, timeout=60, process=server)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def proxy_config(listen_port: int, upstream: str, cache_dir: Path) -> str:
    """deploy/nginx.conf as shipped, listening on `listen_port` in front of `upstream`."""
    text = NGINX_CONF.read_text()
    for key, value in {
        "listen": f"listen 127.0.0.1:{listen_port};",
        "upstream": f"server {upstream};",
        "cache": str(cache_dir),
    }.items():
        assert SHIPPED[key] in text, f"deploy/nginx.conf no longer has {SHIPPED[key]!r}"
        text = text.replace(SHIPPED[key], value)
    return text


MAIN_CONF = """
worker_processes {workers};
pid {root}/nginx.pid;
error_log {root}/error.log;
daemon off;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path {root}/tmp; proxy_temp_path {root}/tmp;
    fastcgi_temp_path {root}/tmp; uwsgi_temp_path {root}/tmp; scgi_temp_path {root}/tmp;
    {sites}
}}
"""


@contextmanager
def nginx(sites: str, workers: int = 2) -> Iterator[Path]:
    """Debian's nginx running `sites` (server blocks) in a temporary prefix; yields the prefix."""
    root = Path(tempfile.mkdtemp(prefix="scrh-nginx-"))
    root.chmod(0o755)  # nginx workers run as an unprivileged user and must read the root
    (root / "tmp").mkdir()
    (root / "nginx.conf").write_text(MAIN_CONF.format(root=root, workers=workers, sites=sites))
    binary = debian_binary("nginx", "nginx")
    subprocess.run([binary, "-t", "-q", "-c", str(root / "nginx.conf"), "-p", str(root)],
                   check=True)  # fmt: skip
    server = subprocess.Popen([binary, "-c", str(root / "nginx.conf"), "-p", str(root)])
    try:
        yield root
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(root, ignore_errors=True)


@contextmanager
def caching_proxy(upstream: str, workers: int = 2) -> Iterator[str]:
    """The shipped caching proxy in front of `upstream` (host:port); yields its base URL."""
    port = free_port()
    cache_dir = Path(tempfile.mkdtemp(prefix="scrh-proxy-cache-"))
    cache_dir.chmod(0o777)  # written by nginx's unprivileged workers
    try:
        with nginx(proxy_config(port, upstream, cache_dir), workers=workers):
            wait_for_port(port)
            yield f"http://127.0.0.1:{port}"
    finally:
        shutil.rmtree(cache_dir, ignore_errors=True)


def fetch(
    url: str, *, method: str = "GET", data: bytes | None = None, headers: dict | None = None
) -> tuple[int, dict[str, str], str]:
    """(status, headers, body) of one request; HTTP errors are answers, not exceptions."""
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 (loopback)
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()
