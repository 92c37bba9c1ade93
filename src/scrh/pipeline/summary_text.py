"""A Summary as readable plain text, in the order of the published page."""

from __future__ import annotations

from scrh.pipeline.summarize.model import Summary


def summary_as_text(summary: Summary) -> str:
    """The summary's blocks under their public headings."""
    ref = summary.paper
    cite = " · ".join(
        p for p in (ref.journal, str(ref.year or ""), ref.doi and f"DOI: {ref.doi}") if p
    )
    lines = [ref.title, cite, f"Category: {summary.primary_category}", ""]
    lines += ["Simple Explanation", summary.simple_explanation, ""]
    lines += [f"Study Duration: {summary.study_duration}", f"Participants: {summary.participants}"]
    level = f" (level {summary.evidence.level} of 5)" if summary.evidence.level else ""
    lines += [f"Evidence Level: {summary.evidence.design}{level}", ""]
    lines += ["Key Findings", *_numbered(f.text for f in summary.key_findings), ""]
    lines += ["Research Summary", summary.research_summary, ""]
    lines += ["Practical Implications"]
    lines += [f"- {i.title}: {i.text}" for i in summary.practical_implications]
    lines += ["", "Study Limitations", *_numbered(item.text for item in summary.limitations), ""]
    grades = summary.reading_grade
    lines += [f"Reading grade: {grades.simple_explanation:.1f} · engine: {summary.engine}", ""]
    return "\n".join(lines)


def _numbered(items) -> list[str]:
    return [f"{n}. {text}" for n, text in enumerate(items, start=1)]
