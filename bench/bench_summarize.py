"""Throughput of the rules engine on one core, beside a split-and-grade baseline.

    python bench/bench_summarize.py [--papers PAPERS.jsonl] [--count 1000]

The baseline does only what any summary needs at the least: split the abstract into
sentences and compute one Flesch-Kincaid grade. The ratio says how many baselines one
summary costs. Time is the process's CPU time, so other work on a shared machine does not
count against the figure; text-keyed caches are per summary, so repeating the dev set does not
make later rounds cheaper.
"""

from __future__ import annotations

import argparse
import itertools
import time
from pathlib import Path

from scrh.pipeline.papers.jsonl import parse
from scrh.pipeline.papers.model import Paper
from scrh.pipeline.summarize.engines.rules import RulesEngine
from scrh.pipeline.summarize.readability import fkgl
from scrh.pipeline.summarize.sentences import split_sentences

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "sci_open_papers.jsonl"


def _timed(papers: list[Paper], work) -> float:
    start = time.process_time()
    for paper in papers:
        work(paper)
    return time.process_time() - start


def _baseline(paper: Paper) -> None:
    split_sentences(paper.abstract)
    fkgl(paper.abstract)


def main() -> None:
    parser = argparse.ArgumentParser(description="rules engine throughput")
    parser.add_argument("--papers", type=Path, default=DEFAULT)
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()
    dev = list(parse(args.papers.read_bytes()))
    papers = list(itertools.islice(itertools.cycle(dev), args.count))
    engine = RulesEngine()
    engine.summarize(dev[0])  # load data files once, as a long-running worker would
    base = _timed(papers, _baseline)
    ours = _timed(papers, engine.summarize)
    print(f"abstracts: {len(papers)} ({len(dev)} distinct, repeated), one core, CPU time")
    print(f"rules engine:          {len(papers) / ours:8.1f} abstracts/s")
    print(f"split + one FKGL call: {len(papers) / base:8.1f} abstracts/s")
    print(f"ratio (engine time / baseline time): {ours / base:.1f}x")


if __name__ == "__main__":
    main()
