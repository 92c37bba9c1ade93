"""Ingest benchmark: our PubMed XML parser against Biopython's `Bio.Entrez.parse`.

Builds a PubMed update-style `.gz` (distinct PMIDs, a `DeleteCitation` block) from the
shared fixtures in a temporary directory, parses it in a fresh process per parser, and
prints records/s, peak RSS and the throughput ratio. Raw `lxml.etree.iterparse` over the same
file, building nothing, is the ceiling: our parser's share of it is printed beside the ratio.
Our parser also runs on a file a third the size, to show peak RSS staying flat as the file
grows.

    python bench/bench_ingest.py [--records 30000] [--fixtures PATH]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FIXTURES = ROOT.parent / "shared" / "fixtures" / "pubmed_efetch_xml"
# Bio.Entrez.parse streams a PubmedArticleSet only under DTDs where it is a plain list of
# articles (up to pubmed_140101; later DTDs make it a dict and parse() refuses the file).
HEADER = (
    b'<?xml version="1.0" ?>\n'
    b'<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2014//EN" '
    b'"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_140101.dtd">\n<PubmedArticleSet>\n'
)
RECORD = re.compile(rb"<PubmedArticle>.*?</PubmedArticle>", re.S)
PMID = re.compile(rb'<PMID Version="\d+">\d+</PMID>')
DELETIONS = 300
GOAL_RATIO = 2.0
GOAL_RSS_MB = 200


def fixture_records(folder: Path) -> list[bytes]:
    """Every PubmedArticle in the fixture files, as bytes."""
    records = []
    for path in sorted(folder.glob("*.xml")):
        records.extend(m.group(0) for m in RECORD.finditer(path.read_bytes()))
    if not records:
        raise SystemExit(f"no PubmedArticle records under {folder}")
    return records


def build(target: Path, count: int, records: list[bytes]) -> Path:
    """Write `count` articles with distinct PMIDs plus one DeleteCitation block, gzipped."""
    first_pmid = 90_000_000
    with gzip.open(target, "wb", compresslevel=6) as out:
        out.write(HEADER)
        for n in range(count):
            pmid = b'<PMID Version="1">%d</PMID>' % (first_pmid + n)
            out.write(PMID.sub(pmid, records[n % len(records)], count=1))
            out.write(b"\n")
        out.write(b"<DeleteCitation>\n")
        for n in range(DELETIONS):
            out.write(b'<PMID Version="1">%d</PMID>\n' % (first_pmid - 1 - n))
        out.write(b"</DeleteCitation>\n</PubmedArticleSet>\n")
    return target


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_ours(path: Path) -> dict[str, float]:
    from scrh.pipeline.papers import pubmed

    papers = deletions = 0
    start = time.perf_counter()
    for event in pubmed.parse_events(path):
        if isinstance(event, pubmed.Deletion):
            deletions += len(event.pmids)
        else:
            papers += 1
    return {"records": papers, "deleted": deletions, "seconds": time.perf_counter() - start}


def run_biopython(path: Path) -> dict[str, float]:
    from Bio import Entrez

    records = 0
    start = time.perf_counter()
    with gzip.open(path, "rb") as handle:
        try:
            for _ in Entrez.parse(handle, validate=False):
                records += 1
        except ValueError as error:  # it stops at DeleteCitation, after the articles
            if "DeleteCitation" not in str(error):
                raise
            records += 1  # the last article, complete but not yet handed out
    return {"records": records, "deleted": 0, "seconds": time.perf_counter() - start}


def run_iterparse(path: Path) -> dict[str, float]:
    """The ceiling: lxml's iterparse over the same stream, building nothing (each article
    element cleared once seen, as a streaming parser must)."""
    from lxml import etree

    records = 0
    start = time.perf_counter()
    with gzip.open(path, "rb") as handle:
        for _event, element in etree.iterparse(handle, events=("end",), tag="PubmedArticle"):
            records += 1
            element.clear(keep_tail=True)
            while element.getprevious() is not None:
                del element.getparent()[0]
    return {"records": records, "deleted": 0, "seconds": time.perf_counter() - start}


RUNNERS = {"ours": run_ours, "biopython": run_biopython, "iterparse": run_iterparse}


def worker(kind: str, path: Path) -> None:
    """Run one parser over `path` in this process and print its figures as JSON."""
    baseline = peak_rss_mb()
    result = RUNNERS[kind](path)
    result.update(peak_rss_mb=peak_rss_mb(), start_rss_mb=baseline)
    print(json.dumps(result))


def measure(kind: str, path: Path) -> dict[str, float]:
    """Run a worker in a fresh interpreter so peak RSS belongs to that parser alone."""
    output = subprocess.run(
        [sys.executable, __file__, "--worker", kind, str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])  # type: ignore[no-any-return]


def report(label: str, figures: dict[str, float], size_mb: float) -> float:
    rate = figures["records"] / figures["seconds"]
    print(
        f"{label:<34} {int(figures['records']):>7} records  {figures['seconds']:7.2f} s  "
        f"{rate:9.0f} records/s  peak RSS {figures['peak_rss_mb']:6.1f} MB  "
        f"({size_mb:.0f} MB of XML)"
    )
    return rate


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=30_000)
    parser.add_argument("--fixtures", type=Path, default=DEFAULT_FIXTURES)
    parser.add_argument("--worker", nargs=2, metavar=("KIND", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker[0], Path(args.worker[1]))
        return 0
    records = fixture_records(args.fixtures)
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        big = build(Path(tmp) / "pubmed-big.xml.gz", args.records, records)
        small = build(Path(tmp) / "pubmed-small.xml.gz", max(args.records // 3, 1), records)
        sizes = {p: _xml_mb(p) for p in (big, small)}
        print(f"PubMed .gz from {len(records)} fixture records; {DELETIONS} deletions each file")
        ours_small = measure("ours", small)
        ours = measure("ours", big)
        theirs = measure("biopython", big)
        ceiling = measure("iterparse", big)
        report("scrh pubmed.parse_events (1/3 size)", ours_small, sizes[small])
        ours_rate = report("scrh pubmed.parse_events", ours, sizes[big])
        bio_rate = report("Bio.Entrez.parse (baseline)", theirs, sizes[big])
        raw_rate = report("lxml.etree.iterparse (ceiling)", ceiling, sizes[big])
    print(f"our parser runs at {ours_rate / raw_rate:.0%} of raw lxml.etree.iterparse "
          f"(the ceiling), {ours_rate / bio_rate:.2f}x Biopython")  # fmt: skip
    return _verdict(ours_rate / bio_rate, ours, ours_small, ours_rate / raw_rate)


def _xml_mb(path: Path) -> float:
    with gzip.open(path, "rb") as handle:
        return sum(len(chunk) for chunk in iter(lambda: handle.read(1 << 20), b"")) / 2**20


def _verdict(
    ratio: float, ours: dict[str, float], ours_small: dict[str, float], share: float
) -> int:
    growth = ours["peak_rss_mb"] - ours_small["peak_rss_mb"]
    print(f"throughput ratio vs Biopython: {ratio:.2f}x (goal >= {GOAL_RATIO:.0f}x)")
    print(
        f"peak RSS {ours['peak_rss_mb']:.1f} MB (goal < {GOAL_RSS_MB} MB); "
        f"{growth:+.1f} MB from 1/3 to full size"
    )
    rss_met = ours["peak_rss_mb"] < GOAL_RSS_MB and growth < 20
    rows = [
        ("ingest vs Biopython (share of iterparse)", f"{ratio:.2f}x ({share:.0%})",
         f">= {GOAL_RATIO:.0f}x", ratio >= GOAL_RATIO),
        ("ingest peak RSS (growth 1/3 to full)",
         f"{ours['peak_rss_mb']:.0f} MB ({growth:+.0f} MB)", f"< {GOAL_RSS_MB} MB (< 20)", rss_met),
    ]  # fmt: skip
    for name, figure, goal, met in rows:
        print(f"RESULT\t{name}\t{figure}\t{goal}\t{'yes' if met else 'no'}")
    return 0 if all(met for *_rest, met in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
