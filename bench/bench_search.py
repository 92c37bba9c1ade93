"""Search benchmark at 100,000 generated summaries: SQLite FTS5 (the engine behind Wagtail's
database search backend on SQLite) against a `LIKE` scan of the same rows (baseline), and
PostgreSQL full text (tsvector + GIN) when `SCRH_BENCH_POSTGRES_URL` names a database.
Prints p50/p95 per engine and the ratio; goal: p95 <= 50 ms.

This measures the engines on the search table, not Wagtail's query path or page rendering.

    python bench/bench_search.py [--rows 100000] [--queries 200]
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

WORDS = (
    "spinal",
    "cord",
    "injury",
    "rehabilitation",
    "pain",
    "walking",
    "bladder",
    "bowel",
    "pressure",
    "sleep",
    "exercise",
    "stem",
    "cell",
    "therapy",
    "surgery",
    "trial",
    "participants",
    "stimulation",
    "epidural",
    "robot",
    "gait",
    "spasticity",
    "fatigue",
    "depression",
    "quality",
    "life",
    "wheelchair",
    "arm",
    "hand",
    "grip",
    "breathing",
    "heart",
    "blood",
    "infection",
    "bone",
    "nutrition",
    "weight",
    "telehealth",
    "caregiver",
    "employment",
    "mouse",
    "rat",
    "recovery",
    "nerve",
    "regeneration",
)
QUERIES = ["pain", "walking robot", "bladder infection", "stem cell", "epidural stimulation",
           "sleep fatigue", "wheelchair", "spasticity", "hand grip", "caregiver"]  # fmt: skip


FILLER = tuple(f"w{n:04d}" for n in range(5000))


def generate(rows: int, seed: int = 7) -> list[tuple[int, str, str]]:
    """Summaries like real ones: a large vocabulary, a few topic words each.

    Each summary is 180 words of a 5,000-word vocabulary plus 4 topic words, so a one-word
    query matches a few per cent of rows and a two-word query far fewer, as on the site.
    """
    rng = random.Random(seed)  # noqa: S311 (repeatable test data)
    data = []
    for i in range(rows):
        topics = rng.sample(WORDS, k=4)
        body = rng.choices(FILLER, k=176) + topics
        rng.shuffle(body)
        data.append((i, " ".join(rng.choices(FILLER, k=6) + topics[:2]), " ".join(body)))
    return data


def timed(run: Callable[[str], int], queries: int) -> tuple[float, float]:
    times = []
    for i in range(queries):
        start = time.perf_counter()
        run(QUERIES[i % len(QUERIES)])
        times.append((time.perf_counter() - start) * 1000)
    cuts = statistics.quantiles(times, n=100)
    return cuts[49], cuts[94]


def sqlite_engines(data: list[tuple[int, str, str]], folder: Path) -> dict[str, Callable]:
    db = sqlite3.connect(folder / "search.sqlite3")
    db.execute("CREATE TABLE summary (id INTEGER PRIMARY KEY, title TEXT, body TEXT)")
    db.execute("CREATE VIRTUAL TABLE summary_fts USING fts5(title, body, content='summary', "
               "content_rowid='id')")  # fmt: skip
    db.executemany("INSERT INTO summary VALUES (?, ?, ?)", data)
    db.execute("INSERT INTO summary_fts(summary_fts) VALUES ('rebuild')")
    db.commit()

    # Both answer what a results page needs: how many match, and the first ten.
    def fts(query: str) -> int:
        match = " ".join(f'"{word}"' for word in query.split())
        where = "FROM summary_fts WHERE summary_fts MATCH ?"
        total = db.execute(f"SELECT count(*) {where}", (match,)).fetchone()[0]  # noqa: S608
        top = f"SELECT rowid {where} ORDER BY bm25(summary_fts) LIMIT 10"  # noqa: S608
        db.execute(top, (match,)).fetchall()
        return total

    def like(query: str) -> int:
        where = " AND ".join("(title LIKE ? OR body LIKE ?)" for _ in query.split())
        args = [f"%{w}%" for word in query.split() for w in (word, word)]
        total = db.execute(f"SELECT count(*) FROM summary WHERE {where}", args).fetchone()[0]  # noqa: S608
        db.execute(f"SELECT id FROM summary WHERE {where} LIMIT 10", args).fetchall()  # noqa: S608
        return total

    return {"SQLite FTS5": fts, "SQLite LIKE scan (baseline)": like}


def postgres_engine(url: str, data: list[tuple[int, str, str]]) -> dict[str, Callable]:
    import psycopg

    conn = psycopg.connect(url, autocommit=True)
    conn.execute("DROP TABLE IF EXISTS bench_summary")
    conn.execute("CREATE TABLE bench_summary (id int PRIMARY KEY, title text, body text, "
                 "doc tsvector)")  # fmt: skip
    with conn.cursor().copy("COPY bench_summary (id, title, body) FROM STDIN") as copy:
        for row in data:
            copy.write_row(row)
    conn.execute("UPDATE bench_summary SET doc = setweight(to_tsvector('english', title), 'A') "
                 "|| to_tsvector('english', body)")  # fmt: skip
    conn.execute("CREATE INDEX ON bench_summary USING gin (doc)")
    conn.execute("ANALYZE bench_summary")

    def fts(query: str) -> int:
        sql = ("SELECT id FROM bench_summary WHERE doc @@ plainto_tsquery('english', %s) "
               "ORDER BY ts_rank(doc, plainto_tsquery('english', %s)) DESC LIMIT 10")  # fmt: skip
        conn.execute(sql, (query, query)).fetchall()
        count = "SELECT count(*) FROM bench_summary WHERE doc @@ plainto_tsquery('english', %s)"
        return conn.execute(count, (query,)).fetchone()[0]

    return {"PostgreSQL full text": fts}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    data = generate(args.rows)
    with tempfile.TemporaryDirectory() as folder:
        engines = sqlite_engines(data, Path(folder))
        if url := os.environ.get("SCRH_BENCH_POSTGRES_URL"):
            engines.update(postgres_engine(url, data))
        results = {name: timed(run, args.queries) for name, run in engines.items()}
    print(f"{args.rows:,} generated summaries, {args.queries} queries each")
    for name, (p50, p95) in results.items():
        print(f"{name:<30} p50 {p50:8.2f} ms   p95 {p95:8.2f} ms")
    baseline = results["SQLite LIKE scan (baseline)"][1]
    for name, (_p50, p95) in results.items():
        if "baseline" not in name:
            print(f"ratio {name} / LIKE p95: {p95 / baseline:.3f} (goal p95 <= 50 ms: "
                  f"{'met' if p95 <= 50 else 'not met'})")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
