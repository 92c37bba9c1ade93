"""Search and uncached pages on the real path at 100,000 summaries, on SQLite and PostgreSQL.

The site's own tables hold 100,000 published summaries (see bigsite.py); each figure is a
request through Django's full stack (middleware, view, templates; the page cache off):
`/search/?q=` (the count and the first ten hits, highlighted), a summary page and `/research/`.
PostgreSQL runs in a throwaway cluster started the way `.ci/run` starts one. The SQLite
database is kept under var/bench/ between runs (delete it to rebuild).

Goals: search p95 <= 20 ms on SQLite and <= 50 ms on PostgreSQL; pages p50 <= 30 ms; the
number of queries a page makes does not depend on which page or how many summaries.

    python bench/bench_scale.py [--rows 100000] [--requests 200] [--only sqlite|postgres]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from demo_server import ROOT  # noqa: E402

GOALS = {"search p95": {"sqlite": 20.0, "postgres": 50.0}, "summary page p50": 30.0,
         "/research/ p50": 30.0}  # fmt: skip
GENERATION = 2  # bump when bigsite.py changes what it writes


def worker(action: str, rows: int, requests: int) -> dict:
    """Build or measure the database DATABASE_URL names, in this process."""
    os.environ["DJANGO_SETTINGS_MODULE"] = "scrh.web.settings.test"
    import django

    django.setup()
    import bigsite

    if action == "build":
        bigsite.build(rows, log=lambda line: print(line, file=sys.stderr, flush=True))
        return {"rows": bigsite.summary_count()}
    return measure(requests)


def _timed(client, paths: list[str], requests: int) -> list[float]:
    times = []
    for n in range(requests):
        start = time.perf_counter()
        response = client.get(paths[n % len(paths)])
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (paths[n % len(paths)], response.status_code)
    return times


def _queries(client, path: str) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        client.get(path)
    return len(captured)


def measure(requests: int) -> dict:
    import bigsite
    from django.conf import settings
    from django.test import Client

    from scrh.web.research.models import SummaryPage

    # the page cache on, every request past it: a session cookie is never served from the cache
    # (as for editors), so each figure is a full render with the site's other caches warm
    settings.SCRH_PAGE_CACHE_SECONDS = 600
    client = Client(headers={"Cookie": "sessionid=bench-reader"})
    rng = random.Random(3)  # noqa: S311
    ids = list(SummaryPage.objects.live().values_list("pk", flat=True))
    pages = [p.get_url() for p in SummaryPage.objects.filter(pk__in=rng.sample(ids, 50))]
    searches = [f"/search/?q={q.replace(' ', '+')}" for q in bigsite.QUERIES]
    listings = ["/research/", "/research/?page=2", "/research/?page=500", "/research/?level=2"]
    for path in pages[:3] + searches + listings:  # warm up: templates, connections
        client.get(path)
    figures = {"rows": len(ids)}
    for name, paths in (("search", searches), ("summary page", pages), ("/research/", listings)):
        times = _timed(client, paths, requests)
        cuts = statistics.quantiles(times, n=100)
        figures[name] = {"p50": cuts[49], "p95": cuts[94], "p99": cuts[98]}
    figures["queries"] = {
        "summary page": sorted({_queries(client, p) for p in pages[:5]}),
        "/research/": sorted({_queries(client, p) for p in listings[:3]}),
        "search": sorted({_queries(client, p) for p in searches[:5]}),
    }
    hits = client.get(searches[0]).content.decode()
    figures["search hits shown"] = hits.count('class="search-hit') or hits.count("<mark>")
    return figures


def run_worker(action: str, url: str, rows: int, requests: int) -> dict:
    env = {**os.environ, "DATABASE_URL": url}
    output = subprocess.run(
        [sys.executable, __file__, "--worker", action, "--rows", str(rows), "--requests",
         str(requests)],
        env=env, cwd=ROOT, check=True, stdout=subprocess.PIPE, text=True,
    ).stdout  # fmt: skip
    return json.loads(output.strip().splitlines()[-1])


def sqlite_url(rows: int) -> str:
    folder = ROOT / "var" / "bench"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"scale-{rows}-g{GENERATION}.sqlite3"
    done = path.with_suffix(".built")
    url = f"sqlite:///{path}"
    if not done.exists():
        for stale in folder.glob(f"{path.name}*"):
            stale.unlink()
        print(f"building {path.relative_to(ROOT)} (kept for later runs)", flush=True)
        run_worker("build", url, rows, 0)
        done.touch()
    return url


def report(engine: str, figures: dict) -> list[tuple[str, str, str, bool]]:
    search, summary, listing = figures["search"], figures["summary page"], figures["/research/"]
    print(f"{engine}: {figures['rows']:,} live summaries")
    for name in ("search", "summary page", "/research/"):
        f = figures[name]
        print(f"  {name:<14} p50 {f['p50']:7.1f} ms  p95 {f['p95']:7.1f} ms  p99 {f['p99']:7.1f} ms"
              f"  queries {figures['queries'][name]}")  # fmt: skip
    fixed = all(len(counts) == 1 for counts in figures["queries"].values())
    goal_search = GOALS["search p95"][engine]
    return [
        (f"{engine} /search/ p95", f"{search['p95']:.1f} ms", f"<= {goal_search:.0f} ms",
         search["p95"] <= goal_search),
        (f"{engine} summary page p50 (p99)", f"{summary['p50']:.1f} ms ({summary['p99']:.1f})",
         "<= 30 ms", summary["p50"] <= GOALS["summary page p50"]),
        (f"{engine} /research/ p50 (p99)", f"{listing['p50']:.1f} ms ({listing['p99']:.1f})",
         "<= 30 ms", listing["p50"] <= GOALS["/research/ p50"]),
        (f"{engine} queries per page fixed", json.dumps(figures["queries"]), "one count each",
         fixed),
    ]  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--only", choices=("sqlite", "postgres"))
    parser.add_argument("--worker", choices=("build", "measure"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.rows, args.requests)))
        return 0
    results = []
    if args.only != "postgres":
        url = sqlite_url(args.rows)
        results += report("sqlite", run_worker("measure", url, args.rows, args.requests))
    if args.only != "sqlite":
        from pg_cluster import postgres_cluster

        with postgres_cluster() as url:
            started = time.perf_counter()
            run_worker("build", url, args.rows, 0)
            print(f"PostgreSQL database built in {time.perf_counter() - started:.0f} s")
            results += report("postgres", run_worker("measure", url, args.rows, args.requests))
    for name, figure, goal, met in results:
        print(f"RESULT\t{name}\t{figure}\t{goal}\t{'yes' if met else 'no'}")
    return 0 if all(met for *_rest, met in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
