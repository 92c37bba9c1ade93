"""Checks of a summary against its paper: one function per check, combined in a CheckReport."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from scrh.pipeline.checks.attribution import check_attribution
from scrh.pipeline.checks.direction import check_direction
from scrh.pipeline.checks.fields import check_fields
from scrh.pipeline.checks.jargon import check_jargon
from scrh.pipeline.checks.model import CheckReport, Finding, Severity, tag
from scrh.pipeline.checks.numbers import check_numbers
from scrh.pipeline.checks.population import check_population
from scrh.pipeline.checks.readability import check_readability, reading_grades
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
}


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
    "check_attribution",
    "check_direction",
    "check_fields",
    "check_jargon",
    "check_numbers",
    "check_population",
    "check_readability",
    "run_checks",
]
