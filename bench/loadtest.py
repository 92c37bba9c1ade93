"""`make loadtest`: wrk against gunicorn serving the demo site on loopback, a fixed 10 s per page.

Prints requests/s, p50/p99 latency and the error count (non-2xx/3xx and socket errors) for the
home page, a summary, a category page, search and the RSS feed.

    python bench/loadtest.py [--seconds 10] [--connections 16] [--workers 2]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from demo_server import demo_site, ensure_debian_tool, wrk  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    ensure_debian_tool("wrk", "wrk")
    print(f"building the demo site; gunicorn with {args.workers} workers; wrk "
          f"{args.connections} connections, {args.seconds} s a page")  # fmt: skip
    errors = 0
    with demo_site(workers=args.workers) as (base, paths):
        print(f"{'page':<10} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}  path")
        for name, path in paths.items():
            r = wrk(base + path, seconds=args.seconds, connections=args.connections)
            errors += r["errors"]
            print(f"{name:<10} {r['rps']:>8.0f} {r['p50']:>8.1f} {r['p99']:>8.1f} "
                  f"{r['errors']:>7.0f}  {path}")  # fmt: skip
    print(f"total errors: {errors:.0f} (goal 0)")
    return 0 if errors == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
