"""Page-cache benchmark: a cached summary page from gunicorn against nginx serving the same HTML
as a static file (baseline). Both on loopback, measured with wrk in one run; goal >= 30 %.

    python bench/bench_site.py [--seconds 8] [--connections 16]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from demo_server import demo_site, ensure_debian_tool, free_port, wait_until_up, wrk  # noqa: E402

NGINX_CONF = """
worker_processes 2;
pid {root}/nginx.pid;
error_log {root}/error.log;
daemon off;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {root}/tmp; proxy_temp_path {root}/tmp;
    fastcgi_temp_path {root}/tmp; uwsgi_temp_path {root}/tmp; scgi_temp_path {root}/tmp;
    server {{
        listen 127.0.0.1:{port};
        root {root}/html;
        location / {{ default_type text/html; }}
    }}
}}
"""


def nginx_static(html: bytes) -> tuple[subprocess.Popen, str, Path]:
    """nginx serving `html` at /summary.html from a temporary root."""
    root = Path(tempfile.mkdtemp(prefix="scrh-nginx-"))
    root.chmod(0o755)  # nginx workers run as an unprivileged user and must read the page
    (root / "html").mkdir()
    (root / "tmp").mkdir()
    (root / "html" / "summary.html").write_bytes(html)
    port = free_port()
    (root / "nginx.conf").write_text(NGINX_CONF.format(root=root, port=port))
    server = subprocess.Popen(
        [ensure_debian_tool("nginx", "nginx"), "-c", str(root / "nginx.conf"), "-p", str(root)]
    )
    url = f"http://127.0.0.1:{port}/summary.html"
    wait_until_up(url)
    return server, url, root


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--connections", type=int, default=16)
    args = parser.parse_args()
    ensure_debian_tool("nginx", "nginx")
    with demo_site(workers=2) as (base, paths):
        url = base + paths["summary"]
        with urllib.request.urlopen(url) as response:  # noqa: S310 (loopback)
            html = response.read()
        with urllib.request.urlopen(url) as response:  # noqa: S310
            cache_state = response.headers.get("X-Cache", "?")
        ours = wrk(url, seconds=args.seconds, connections=args.connections)
        server, static_url, root = nginx_static(html)
        try:
            theirs = wrk(static_url, seconds=args.seconds, connections=args.connections)
        finally:
            server.terminate()
            server.wait(timeout=10)
            shutil.rmtree(root, ignore_errors=True)
    print(f"summary page {paths['summary']} ({len(html)} bytes, X-Cache: {cache_state})")
    rows = (("gunicorn, 2 workers, page cache", ours), ("nginx static file (baseline)", theirs))
    for name, r in rows:
        print(f"{name:<32} {r['rps']:8.0f} req/s  p99 {r['p99']:.1f} ms  errors {r['errors']:.0f}")
    ratio = ours["rps"] / theirs["rps"]
    print(f"ratio: {ratio:.1%} of nginx (goal >= 30 %)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
