"""`scrh parse FILE... [--json]`: what a file holds, read as ingest would read it (no database).

Each record is shown with its title, year and ids, or with where and why it would be
quarantined; values that ingest would shorten are noted. The last line counts them. Exit code
0 when any paper was read, 1 when none was, 2 when a file cannot be read at all.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from scrh.pipeline.papers.detect import parse_events, sniff
from scrh.pipeline.papers.errors import ParseError, Rejected
from scrh.pipeline.papers.limits import paper_admit
from scrh.pipeline.papers.model import Paper


@dataclass
class FileReport:
    """What one file holds."""

    path: str
    format: str = ""
    papers: list[tuple[Paper, tuple[str, ...]]] = field(default_factory=list)
    deletions: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    error: str = ""

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "format": self.format,
            "papers": [{**p.to_dict(), "notes": list(notes)} for p, notes in self.papers],
            "deletions": self.deletions,
            "rejected": [{"reason": r.message, "excerpt": r.excerpt} for r in self.rejected],
            "error": self.error,
        }


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="scrh parse", description=__doc__)
    parser.add_argument("files", nargs="+", type=Path, help="paper files, any supported format")
    parser.add_argument("--json", action="store_true", help="print what was read as JSON")
    return parser


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None) -> int:
    args = build_parser().parse_args(argv)
    out = stdout or sys.stdout
    reports = [read_file(path) for path in args.files]
    if args.json:
        data = [r.to_json_dict() for r in reports]
        print(json.dumps(data, ensure_ascii=False, indent=2), file=out)
    else:
        print(render(reports), file=out)
    if any(r.error for r in reports) and not any(r.papers for r in reports):
        return 2
    return 0 if any(r.papers or r.deletions for r in reports) else 1


def read_file(path: Path) -> FileReport:
    """Every record of the file at `path`, as ingest would take or refuse it."""
    report = FileReport(path=str(path))
    try:
        report.format = sniff(path)
        for item in parse_events(path, fmt=report.format):
            if isinstance(item, Rejected):
                report.rejected.append(item)
            elif isinstance(item, Paper):
                _admit(report, item)
            else:
                report.deletions += 1
    except (ParseError, OSError) as error:
        report.error = str(error)
    return report


def _admit(report: FileReport, paper: Paper) -> None:
    where = f"{report.path}: record {len(report.papers) + len(report.rejected) + 1}"
    try:
        admitted = paper_admit(paper, where=where)
    except ParseError as error:
        report.rejected.append(Rejected(str(error), paper.title[:200]))
        return
    report.papers.append((admitted.paper, admitted.notes))


def render(reports: list[FileReport]) -> str:
    lines: list[str] = []
    for report in reports:
        lines.append(f"{report.path} ({report.format or 'unreadable'})")
        for number, (paper, notes) in enumerate(report.papers, start=1):
            lines.append(f"  {number}. {_describe(paper)}")
            lines.extend(f"     note: {note}" for note in notes)
        if report.deletions:
            lines.append(f"  {report.deletions} deletion(s) of PubMed records")
        lines.extend(f"  rejected: {r.message}" for r in report.rejected)
        if report.error:
            lines.append(f"  stopped: {report.error}")
    papers = sum(len(r.papers) for r in reports)
    rejected = sum(len(r.rejected) + bool(r.error) for r in reports)
    lines.append(f"{papers} papers, {rejected} rejected")
    return "\n".join(lines)


def _describe(paper: Paper) -> str:
    ids = ", ".join(
        f"{kind} {value}"
        for kind, value in (("DOI", paper.doi), ("PMID", paper.pmid), ("PMCID", paper.pmcid))
        if value
    )
    year = f" ({paper.year})" if paper.year else ""
    sections = len(paper.abstract_sections)
    return f"{paper.title}{year}" + (f" · {ids}" if ids else "") + f" · {sections} abstract part(s)"
