"""The cached summary page through the shipped caching proxy (`deploy/nginx.conf`, Debian's
nginx, in front of gunicorn with the page cache in Redis) against nginx serving the same HTML
as a static file (baseline). Both on loopback, measured with wrk in one run.

Goals: >= 80 % of nginx's requests/s, p99 <= 10 ms; a publish (from another process sharing
the Redis) shows through the proxy within a second (nginx's worst case is two: it counts whole
seconds).

    python bench/bench_site.py [--seconds 8] [--connections 16]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from demo_server import ROOT, SCRH, demo_site, ensure_debian_tool, free_port, wrk  # noqa: E402

from tests.servers import caching_proxy, nginx, redis_server, wait_for_port  # noqa: E402

GOAL_SHARE = 0.80
GOAL_P99_MS = 10.0
GOAL_VISIBLE_S = 1.0
STATIC_SITE = """
server {{
    listen 127.0.0.1:{port};
    root {root};
    location / {{ default_type text/html; }}
}}
"""
PUBLISH = (
    "from scrh.web.research.models import SummaryPage;"
    "page = SummaryPage.objects.live().get(slug={slug!r});"
    "page.title = {title!r};"
    "page.save_revision().publish()"
)


def get(url: str) -> tuple[bytes, dict[str, str]]:
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 (loopback)
        return response.read(), dict(response.headers)


def publish_visible_after(env: dict[str, str], proxy_url: str, slug: str) -> float:
    """Publish a new title from a separate process; seconds until the proxy serves it."""
    title = f"Retitled at {time.time():.0f}"
    subprocess.run([SCRH, "shell", "-c", PUBLISH.format(slug=slug, title=title)],
                   env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    published = time.monotonic()
    while title.encode() not in get(proxy_url)[0]:
        if time.monotonic() - published > 10:
            return float("inf")
        time.sleep(0.01)
    return time.monotonic() - published


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--connections", type=int, default=16)
    args = parser.parse_args()
    ensure_debian_tool("nginx", "nginx")
    ensure_debian_tool("redis-server", "redis-server")
    env: dict[str, str] = {}
    with redis_server() as redis_url:
        os.environ["SCRH_CACHE_URL"] = f"{redis_url}/1"
        with demo_site(workers=2, env_out=env) as (base, paths):
            with caching_proxy(base.removeprefix("http://"), workers=2) as proxy:
                url = proxy + paths["summary"]
                html, _headers = get(url)
                _html, headers = get(url)
                states = (headers.get("X-Proxy-Cache"), headers.get("X-Cache"))
                ours = wrk(url, seconds=args.seconds, connections=args.connections)
                visible = publish_visible_after(
                    env, url, paths["summary"].strip("/").split("/")[-1]
                )
            theirs = static_nginx(html, args)
    print(
        f"summary page {paths['summary']} ({len(html)} bytes; proxy {states[0]}, app {states[1]})"
    )
    rows = (("deploy/nginx.conf caching proxy", ours), ("nginx static file (baseline)", theirs))
    for name, r in rows:
        print(f"{name:<32} {r['rps']:8.0f} req/s  p50 {r['p50']:.2f} ms  p99 {r['p99']:.2f} ms"
              f"  errors {r['errors']:.0f}")  # fmt: skip
    share = ours["rps"] / theirs["rps"]
    print(f"ratio: {share:.1%} of nginx (goal >= {GOAL_SHARE:.0%}); "
          f"a publish showed through the proxy after {visible:.2f} s")  # fmt: skip
    results = [
        ("proxy cached page vs nginx static", f"{share:.1%} ({ours['rps']:.0f} req/s)",
         f">= {GOAL_SHARE:.0%}", share >= GOAL_SHARE),
        ("proxy cached page p99", f"{ours['p99']:.2f} ms", f"<= {GOAL_P99_MS:.0f} ms",
         ours["p99"] <= GOAL_P99_MS and ours["errors"] == 0),
        ("publish visible through proxy", f"{visible:.2f} s", f"<= {GOAL_VISIBLE_S:.0f} s",
         visible <= GOAL_VISIBLE_S),
    ]  # fmt: skip
    for name, figure, goal, met in results:
        print(f"RESULT\t{name}\t{figure}\t{goal}\t{'yes' if met else 'no'}")
    return 0 if all(met for *_rest, met in results) else 1


def static_nginx(html: bytes, args: argparse.Namespace) -> dict[str, float]:
    """wrk against nginx serving `html` from disk, with the same two workers."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="scrh-static-"))
    folder.chmod(0o755)
    (folder / "summary.html").write_bytes(html)
    (folder / "summary.html").chmod(0o644)
    port = free_port()
    try:
        with nginx(STATIC_SITE.format(port=port, root=folder), workers=2):
            wait_for_port(port)
            return wrk(f"http://127.0.0.1:{port}/summary.html", seconds=args.seconds,
                       connections=args.connections)  # fmt: skip
    finally:
        (folder / "summary.html").unlink()
        folder.rmdir()


if __name__ == "__main__":
    raise SystemExit(main())
