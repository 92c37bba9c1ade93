"""Checks of a summary against its paper: one function per check, combined in a CheckReport."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from scrh.pipeline.checks.attribution import check_attribution
from scrh.pipeline.checks.certainty import check_certainty
from scrh.pipeline.checks.counts import check_counts
from scrh.pipeline.checks.declared import check_design
from scrh.pipeline.checks.direction import check_direction
from scrh.pipeline.checks.fields import check_fields
from scrh.pipeline.checks.fragments import check_fragments
from scrh.pipeline.checks.grammar import check_grammar
from scrh.pipeline.checks.jargon import check_jargon
from scrh.pipeline.checks.labels import check_labels
from scrh.pipeline.checks.limitations import check_limitations
from scrh.pipeline.checks.model import CheckReport, Finding, Severity, tag
from scrh.pipeline.checks.numbers import check_numbers
from scrh.pipeline.checks.population import check_population
from scrh.pipeline.checks.readability import check_readability, reading_grades
from scrh.pipeline.checks.repeats import check_repeats
from scrh.pipeline.checks.statistics import check_statistics
from scrh.pipeline.papers.model import Paper
from scrh.pipeline.summarize.model import Summary

Check = Callable[[Paper, Summary], list[Finding]]

CHECKS: Mapping[str, Check] = {
    "fields": check_fields,
    "numbers": check_numbers,
    "direction": check_direction,
    "attribution": check_attribution,
    "population": check_population,
    "readability": check_readability,
    "jargon": check_jargon,
    "counts": check_counts,
    "design": check_design,
    "labels": check_labels,
    "statistics": check_statistics,
    "repeats": check_repeats,
    "fragments": check_fragments,
    "limitations": check_limitations,
    "certainty": check_certainty,
    "grammar": check_grammar,
}
# The checks that find broken text rather than wrong facts.
TEXT_DEFECT_CHECKS = ("labels", "statistics", "repeats", "fragments", "grammar")


def run_checks(
    paper: Paper, summary: Summary, checks: Mapping[str, Check] | None = None
) -> CheckReport:
    """Run every check (or those given) and combine their findings, errors first."""
    findings: list[Finding] = []
    for name, check in (checks if checks is not None else CHECKS).items():
        findings += tag(name, check(paper, summary))
    order = {"error": 0, "warning": 1, "info": 2}
    findings.sort(key=lambda f: order[f.severity])
    return CheckReport(findings=tuple(findings), reading_grades=reading_grades(summary))


__all__ = [
    "CHECKS",
    "Check",
    "CheckReport",
    "Finding",
    "Severity",
    "TEXT_DEFECT_CHECKS",
    "check_attribution",
    "check_certainty",
    "check_counts",
    "check_design",
    "check_direction",
    "check_fields",
    "check_fragments",
    "check_grammar",
    "check_jargon",
    "check_labels",
    "check_limitations",
    "check_numbers",
    "check_population",
    "check_readability",
    "check_repeats",
    "check_statistics",
    "run_checks",
]
