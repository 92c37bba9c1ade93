"""Text defects and wrong facts found by the checks, counted per kind and per paper."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from scrh.pipeline.checks.model import Finding

# The checks that find the failure kinds a reader sees: broken text and wrong study facts.
DEFECT_CHECKS = (
    "labels",
    "statistics",
    "repeats",
    "fragments",
    "grammar",
    "counts",
    "design",
    "limitations",
    "certainty",
)


def per_kind(findings: Mapping[str, Sequence[Finding]]) -> dict[str, dict[str, int]]:
    """For each check: errors, warnings, and how many papers have any of its findings."""
    out: dict[str, dict[str, int]] = {}
    for check in DEFECT_CHECKS:
        errors = warnings = papers = 0
        for paper_findings in findings.values():
            mine = [f for f in paper_findings if f.check == check]
            errors += sum(f.severity == "error" for f in mine)
            warnings += sum(f.severity == "warning" for f in mine)
            papers += bool(mine)
        out[check] = {"errors": errors, "warnings": warnings, "papers": papers}
    return out


def per_paper(findings: Mapping[str, Sequence[Finding]]) -> dict[str, Counter[str]]:
    """For each paper with a defect: how many findings of each check (errors and warnings)."""
    out: dict[str, Counter[str]] = {}
    for paper_id, paper_findings in findings.items():
        counted = Counter(
            f"{f.check} {f.severity}" for f in paper_findings if f.check in DEFECT_CHECKS
        )
        if counted:
            out[paper_id] = counted
    return out


def totals(findings: Mapping[str, Sequence[Finding]]) -> dict[str, float]:
    """Errors in all, papers with no error, and errors per paper."""
    errors = [
        sum(f.severity == "error" and f.check in DEFECT_CHECKS for f in fs)
        for fs in findings.values()
    ]
    return {
        "papers": len(errors),
        "defect errors": sum(errors),
        "papers without a defect error": sum(e == 0 for e in errors),
        "defect errors per paper": sum(errors) / len(errors) if errors else 0.0,
    }
