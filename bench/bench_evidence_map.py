"""Evidence-map benchmark: a category with 10,000 published summaries; the map (its aggregate
query, the figures and the rendered SVG and tables) against the listing's own count of the same
summaries (baseline). Prints p50/p95 of each and the ratio; goal: the counted (uncached) map's
p95 < 50 ms, on each database (one RESULT line each for run_all.py; exit status 1 on a miss).
The map with its count cached (every later page of the list) is printed too.

Runs on a temporary SQLite database and on PostgreSQL: the server `SCRH_BENCH_POSTGRES_URL`
names (a database is created there for the run and dropped after it), else a throwaway
cluster started the way `.ci/run` starts one.

    python bench/bench_evidence_map.py [--summaries 10000] [--runs 100] [--only sqlite|postgres]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
DESIGN_MIX = (
    ["rct"] * 8 + ["non_randomized_trial"] * 5 + ["prospective_cohort"] * 8
    + ["retrospective_cohort"] * 12 + ["cross_sectional"] * 6 + ["case_series"] * 6
    + ["case_report"] * 5 + ["systematic_review"] * 4 + ["systematic_review_meta_analysis"] * 2
    + ["narrative_review"] * 5 + ["animal_study"] * 25 + ["in_vitro"] * 8 + ["qualitative"] * 3
    + ["other"] * 3
)  # fmt: skip
GOAL_P95_MS = 50  # the counted map: its aggregate query, figures and rendered SVG and tables
POPULATION_OF = {"animal_study": "animals", "in_vitro": "cells", "narrative_review": "none"}


def build(count: int) -> object:
    """The page tree and `count` live summaries in one category (inserted in bulk)."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.utils import timezone
    from wagtail.models import Locale, Page

    from scrh.web.research.models import CategoryPage, ResearchIndexPage, SummaryPage
    from scrh.web.research.services import site_tree_ensure

    site_tree_ensure()
    category = CategoryPage.objects.order_by("path").first()
    index = ResearchIndexPage.objects.get()
    rng = random.Random(16)  # noqa: S311 (repeatable test data)
    now = timezone.now()
    locale = Locale.get_default()
    content_type = ContentType.objects.get_for_model(SummaryPage)
    with transaction.atomic():
        pages = [
            Page(
                title=f"Study {n}",
                draft_title=f"Study {n}",
                slug=f"study-{n}",
                path=SummaryPage._get_path(index.path, index.depth + 1, n + 1),
                depth=index.depth + 1,
                numchild=0,
                url_path=f"{index.url_path}study-{n}/",
                live=True,
                has_unpublished_changes=False,
                first_published_at=now,
                last_published_at=now,
                content_type=content_type,
                locale=locale,
                translation_key=uuid.uuid4(),
            )
            for n in range(count)
        ]
        Page.objects.bulk_create(pages, batch_size=500)
        pages = list(Page.objects.filter(depth=index.depth + 1, path__startswith=index.path))
        index.numchild = len(pages)
        index.save(update_fields=["numchild"], clean=False)
        fields = list(SummaryPage._meta.local_concrete_fields)
        columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
        marks = ", ".join(["%s"] * len(fields))
        # as big as the demo's (about 5 kB of summary and 1 kB of checks a page)
        summary = {
            "simple_explanation": "A study. " * 40,
            "research_summary": "The research. " * 30,
            "sentences": ["A sentence. " * 8] * 40,
        }
        check_report = {"checks": [{"name": "numbers", "detail": "ok " * 30}] * 10}
        defaults = {f.name: f.get_default() for f in fields}
        rows = []
        for page in pages:
            design = rng.choice(DESIGN_MIX)
            values = {
                **defaults,
                **summary,
                "page_ptr": page.pk,
                "paper": None,
                "paper_title": page.title,
                "check_report": check_report,
                "primary_category": category.pk,
                "paper_published": date(rng.randint(1995, 2026), 1, 1)
                if rng.random() > 0.03
                else None,
                "journal": "Journal",
                "design_code": design,
                "evidence_level": None,
                "population": POPULATION_OF.get(design, rng.choice(["humans"] * 9 + [""])),
            }
            rows.append([f.get_db_prep_save(values[f.name], connection) for f in fields])
        table = connection.ops.quote_name(SummaryPage._meta.db_table)
        with connection.cursor() as cursor:
            cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)  # noqa: S608
        through = SummaryPage.topics.through
        through.objects.bulk_create(
            [through(summarypage_id=p.pk, categorypage_id=category.pk) for p in pages],
            batch_size=1000,
        )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # what autovacuum keeps on a live server after a bulk insert: the planner's
            # statistics and the visibility map its index-only scans read (SQLite keeps no
            # statistics unless told to ANALYZE, which the site never does)
            cursor.execute("VACUUM ANALYZE")
    return category


def timed(run, runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    cuts = statistics.quantiles(times, n=100)
    return cuts[49], cuts[94]


def measure(count: int, runs: int) -> int:
    """In a process set up for one database: build, check, time, print one line each and a
    RESULT line for `run_all.py`; 1 when the goal is missed."""
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.template.loader import render_to_string
    from django.test import override_settings

    from scrh.web.research.evidence_map import evidence_counts, evidence_map
    from scrh.web.research.selectors import latest_summaries

    call_command("migrate", verbosity=0, interactive=False)
    category = build(count)

    def summaries():
        return latest_summaries().filter(topics=category)

    def the_map():
        emap = evidence_map(evidence_counts(summaries(), scope=f"category:{category.pk}"))
        return render_to_string("components/evidence_map.html", {"evidence": emap})

    def baseline():
        return summaries().count()

    html = the_map()
    assert baseline() == count and "aria-label=" in html and "<svg" in html, "map not built"
    base = timed(baseline, runs)
    with override_settings(SCRH_PAGE_CACHE_SECONDS=0):
        cold = timed(the_map, runs)
    with override_settings(SCRH_PAGE_CACHE_SECONDS=600):
        the_map()  # the first page of the list counts; its other pages reuse the count
        warm = timed(the_map, runs)
    name = connection.vendor
    for what, (p50, p95) in (("map, counted (query + SVG)", cold),
                             ("map, count cached (page 2 on)", warm),
                             ("listing count (baseline)", base)):  # fmt: skip
        print(f"{name:<10} {what:<30} p50 {p50:7.2f} ms   p95 {p95:7.2f} ms")
    p50, p95 = cold
    met = p95 < GOAL_P95_MS
    goal = f"p95 < {GOAL_P95_MS:.0f} ms"
    print(f"{name:<10} counted map / listing count (baseline) p95: {p95 / base[1]:.2f}x; "
          f"goal {goal}: {'met' if met else 'NOT met'}")  # fmt: skip
    figure = f"p50 {p50:.1f} / p95 {p95:.1f} ms"
    print(f"RESULT\tevidence map, {count:,} summaries ({name})\t{figure}\t{goal}\t"
          f"{'yes' if met else 'no'}", flush=True)  # fmt: skip
    return 0 if met else 1


def run_child(database_url: str, args: argparse.Namespace) -> int:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "scrh.web.settings.test",
           "DATABASE_URL": database_url}  # fmt: skip
    command = [sys.executable, __file__, "--child", "--summaries", str(args.summaries),
               "--runs", str(args.runs)]  # fmt: skip
    return subprocess.run(command, env=env, cwd=ROOT, check=False).returncode


def with_postgres_database(server_url: str, args: argparse.Namespace) -> int:
    import psycopg

    name = f"scrh_bench_evidence_{os.getpid()}"
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    try:
        parts = urlsplit(server_url)
        return run_child(urlunsplit(parts._replace(path=f"/{name}")), args)
    finally:
        with psycopg.connect(server_url, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name}")


def on_postgres(args: argparse.Namespace) -> int:
    """On the server `SCRH_BENCH_POSTGRES_URL` names, else in a throwaway cluster."""
    if url := os.environ.get("SCRH_BENCH_POSTGRES_URL"):
        return with_postgres_database(url, args)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from pg_cluster import postgres_cluster

    with postgres_cluster() as url:
        return run_child(url, args)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--summaries", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--only", choices=("sqlite", "postgres"))
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return measure(args.summaries, args.runs)
    load = os.getloadavg()[0]
    print(f"a category with {args.summaries:,} published summaries, {args.runs} runs each "
          f"(load average {load:.1f} on {os.cpu_count()} cores)", flush=True)  # fmt: skip
    statuses = []
    if args.only != "postgres":
        with tempfile.TemporaryDirectory() as folder:
            statuses.append(run_child(f"sqlite:///{Path(folder) / 'bench.sqlite3'}", args))
    if args.only != "sqlite":
        statuses.append(on_postgres(args))
    return max(statuses)


if __name__ == "__main__":
    raise SystemExit(main())
