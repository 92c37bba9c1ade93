"""Check `readability`: Flesch-Kincaid grade of each prose field against its target."""

from __future__ import annotations

from scrh.pipeline.checks.model import Finding
from scrh.pipeline.papers.model import Paper
from scrh.pipeline.summarize.model import Summary

# DESIGN.md: simple explanation at most grade 8, research summary at most grade 12.
TARGETS: dict[str, float] = {"simple_explanation": 8.0, "research_summary": 12.0}
# How far the grade stored in the summary may drift from the grade of its text.
STORED_TOLERANCE = 0.5


def fkgl(text: str) -> float:
    """Flesch-Kincaid grade of `text`, with the summarizer's measure when it is installed."""
    try:
        from scrh.pipeline.summarize.readability import fkgl as grade
    except ImportError:
        import textstat

        return round(float(textstat.flesch_kincaid_grade(text)), 1) if text.strip() else 0.0
    return grade(text)


def reading_grades(summary: Summary) -> dict[str, float]:
    """The grade of each field that has a target."""
    return {name: fkgl(getattr(summary, name)) for name in TARGETS}


def check_readability(paper: Paper, summary: Summary) -> list[Finding]:
    """Flag fields above their target grade and stored grades that do not match the text."""
    findings = []
    stored = summary.reading_grade.model_dump()
    for name, grade in reading_grades(summary).items():
        if grade > TARGETS[name]:
            message = f"reading grade {grade:.1f} is above the target of {TARGETS[name]:.0f}"
            findings.append(Finding("warning", name, message, f"{grade:.1f}"))
        if abs(stored[name] - grade) > STORED_TOLERANCE:
            message = f"stored grade {stored[name]:.1f} does not match the text ({grade:.1f})"
            findings.append(Finding("warning", f"reading_grade.{name}", message))
    return findings
