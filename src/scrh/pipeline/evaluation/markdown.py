"""Each paper's summary as Markdown (title, abstract, then every summary field) for a human
reviewer, one file per paper plus an index."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from scrh.pipeline.papers.model import Paper
from scrh.pipeline.summarize.model import Summary


def file_name(paper_id: str) -> str:
    """A safe file name for a paper id: `doi:10.2196/14305` -> `doi-10.2196-14305.md`."""
    return re.sub(r"[^A-Za-z0-9._-]+", "-", paper_id).strip("-") + ".md"


def summary_markdown(paper_id: str, paper: Paper, summary: Summary) -> str:
    """The paper's title and abstract, then every field of its summary, as Markdown."""
    lines = [f"# {paper.title}", "", f"id: `{paper_id}`"]
    cite = ", ".join(str(v) for v in (paper.journal, paper.year, paper.doi) if v)
    if cite:
        lines.append(f"citation: {cite}")
    lines += ["", "## Abstract", ""]
    for section in paper.abstract_sections:
        lines += [f"**{section.label}:** {section.text}" if section.label else section.text, ""]
    lines += ["## Summary", "", "### Simple explanation", "", summary.simple_explanation, ""]
    lines += [
        f"Reading grade (FKGL): simple explanation {summary.reading_grade.simple_explanation}, "
        f"research summary {summary.reading_grade.research_summary}",
        "",
        "### Study",
        "",
        f"- Study duration: {summary.study_duration}",
        f"- Participants: {summary.participants}",
        f"- Participant count: {_shown(summary.participant_count)}",
        f"- Population: {_shown(summary.population)}",
        f"- Design: {summary.evidence.design} (`{summary.evidence.design_code}`)",
        f"- Evidence level: {_shown(summary.evidence.level)}",
        f"- What the level means: {summary.evidence.meaning}",
        f"- Categories: {summary.primary_category}; {', '.join(summary.categories)}",
        "",
        "### Key findings",
        "",
    ]
    for i, finding in enumerate(summary.key_findings, start=1):
        lines.append(f"{i}. {finding.text} (sentences {_sources(finding.sources)})")
    lines += ["", "### Research summary", "", summary.research_summary, ""]
    lines += ["### Practical implications", ""]
    lines += [f"- **{item.title}** {item.text}" for item in summary.practical_implications]
    lines += ["", "### Limitations", ""]
    lines += [f"- {lim.text} ({lim.origin})" for lim in summary.limitations]
    lines += ["", "### Glossary", ""]
    lines += [f"- **{entry.term}**: {entry.definition}" for entry in summary.glossary] or ["-"]
    lines += ["", "### Abstract sentences (as numbered for the key findings)", ""]
    lines += [f"{i}. {s}" for i, s in enumerate(summary.sentences)]
    return "\n".join(lines).rstrip() + "\n"


def write_markdown(out: Path, items: Sequence[tuple[str, Paper, Summary]]) -> list[Path]:
    """Write one Markdown file per paper and `index.md` listing them; the files written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    index = ["# Summaries for review", "", f"{len(items)} papers.", ""]
    for paper_id, paper, summary in items:
        path = out / file_name(paper_id)
        path.write_text(summary_markdown(paper_id, paper, summary), encoding="utf-8")
        written.append(path)
        index.append(f"- [{paper.title}]({path.name}) `{paper_id}`")
    index_path = out / "index.md"
    index_path.write_text("\n".join(index) + "\n", encoding="utf-8")
    return [*written, index_path]


def _shown(value: object) -> str:
    return "not given" if value is None else str(value)


def _sources(indices: Sequence[int]) -> str:
    return ", ".join(str(i) for i in indices) or "none"
