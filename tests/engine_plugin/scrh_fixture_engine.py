"""A small test engine, installed as another package adds one (an `scrh.engines` entry point).

It writes a plain summary from the abstract's own sentences, and raises for any paper whose title
contains "[fail]". Its `draft()` returns the summary with a report of its own making, so a test can
tell whether the checks ran again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scrh.pipeline.checks import CheckReport, Finding, run_checks
from scrh.pipeline.papers.model import Paper
from scrh.pipeline.summarize.model import Evidence, KeyFinding, PaperRef, ReadingGrade, Summary

MARK = "fixture engine report"


@dataclass(frozen=True)
class FixtureDraft:
    summary: Summary
    report: CheckReport


class FixtureEngine:
    name = "fixture"

    def __init__(self, *, fail_marker: str = "[fail]") -> None:
        self.fail_marker = fail_marker

    def summarize(self, paper: Paper) -> Summary:
        if self.fail_marker in paper.title:
            raise RuntimeError(f"the fixture engine refuses {paper.title!r}")
        sentences = [s for s in re.split(r"(?<=\.)\s+", paper.abstract) if s]
        return Summary(
            paper=PaperRef(
                title=paper.title, journal=paper.journal, year=paper.year, doi=paper.doi
            ),
            primary_category="Spinal Cord Injury",
            categories=["Spinal Cord Injury"],
            simple_explanation=" ".join(sentences[:3]),
            evidence=Evidence(),
            key_findings=[KeyFinding(text=s, sources=[i]) for i, s in enumerate(sentences[:2])],
            research_summary=" ".join(sentences),
            practical_implications=[],
            limitations=[],
            reading_grade=ReadingGrade(simple_explanation=0.0, research_summary=0.0),
            engine=self.name,
            sentences=sentences,
        )

    def draft(self, paper: Paper) -> FixtureDraft:
        summary = self.summarize(paper)
        report = run_checks(paper, summary)
        mark = Finding("info", "engine", MARK, check="fixture")
        return FixtureDraft(summary, CheckReport((*report.findings, mark), report.reading_grades))
