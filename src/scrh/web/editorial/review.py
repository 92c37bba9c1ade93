"""What the review view shows: the abstract's numbered sentences beside the summary, and checks."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from scrh.pipeline.checks.model import SEVERITIES, CheckReport
from scrh.pipeline.summarize.model import Summary

GRADE_TARGETS = {"simple_explanation": 8.0, "research_summary": 12.0}


@dataclass(frozen=True)
class Sentence:
    number: int
    text: str
    findings: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class SummaryView:
    """A summary made ready for the side-by-side review template."""

    summary: Summary
    sentences: list[Sentence]
    findings: list[dict[str, Any]]
    report: CheckReport
    counts: dict[str, int]
    grades: list[dict[str, Any]]


def summary_view(summary: Summary, check_report: dict[str, Any]) -> SummaryView:
    """Number the sentences (from 1), mark which key findings rest on each, group the checks."""
    texts = summary.sentences
    behind: dict[int, list[int]] = {}
    findings = []
    for number, finding in enumerate(summary.key_findings, start=1):
        sources = [i for i in finding.sources if 0 <= i < len(texts)]
        for i in sources:
            behind.setdefault(i, []).append(number)
        findings.append(
            {"number": number, "text": finding.text, "sources": [i + 1 for i in sources]}
        )
    report = CheckReport.from_json_dict(check_report or {})
    return SummaryView(
        summary=summary,
        sentences=[Sentence(i + 1, t, behind.get(i, [])) for i, t in enumerate(texts)],
        findings=findings,
        report=report,
        counts={s: sum(1 for f in report.findings if f.severity == s) for s in SEVERITIES},
        grades=_grades(report, summary),
    )


def _grades(report: CheckReport, summary: Summary) -> list[dict[str, Any]]:
    grades = summary.reading_grade.model_dump()
    grades.update(report.reading_grades)
    return [
        {
            "field": name.replace("_", " ").capitalize(),
            "grade": round(float(value), 1),
            "target": GRADE_TARGETS.get(name),
            "over": name in GRADE_TARGETS and float(value) > GRADE_TARGETS[name],
        }
        for name, value in grades.items()
    ]
