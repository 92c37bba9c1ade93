"""`scrh check SUMMARY.json --paper FILE [--json]`: check summaries against their paper."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from pydantic import ValidationError

from scrh.pipeline.checks import CheckReport, run_checks
from scrh.pipeline.papers.detect import parse_file
from scrh.pipeline.papers.errors import ParseError
from scrh.pipeline.papers.model import Paper
from scrh.pipeline.summarize.model import Summary


class CheckInputError(Exception):
    """The summary or paper file cannot be read or matched."""


def build_parser() -> argparse.ArgumentParser:
    """The command's arguments."""
    parser = argparse.ArgumentParser(prog="scrh check", description=__doc__)
    parser.add_argument("summary", help="Summary JSON: one object, a list, or one a line")
    parser.add_argument("--paper", required=True, help="the paper file (any supported format)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    return parser


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None) -> int:
    """Run the command; 0 when no summary has an error, 1 when any does, 2 on bad input."""
    args = build_parser().parse_args(argv)
    out = stdout or sys.stdout
    try:
        papers = list(parse_file(args.paper))
        summaries = read_summaries(Path(args.summary))
        pairs = [(s, match_paper(s, papers)) for s in summaries]
    except (CheckInputError, ParseError, OSError) as error:
        print(f"scrh check: {error}", file=sys.stderr)
        return 2
    reports = [run_checks(paper, summary) for summary, paper in pairs]
    print(render(pairs, reports, as_json=args.json), file=out)
    return 0 if all(r.ok for r in reports) else 1


def read_summaries(path: Path) -> list[Summary]:
    """The summaries in a JSON file: one object, a list of objects, or one object a line."""
    text = path.read_text(encoding="utf-8-sig")
    try:
        data = json.loads(text)
        items = data if isinstance(data, list) else [data]
    except json.JSONDecodeError:
        try:
            items = [json.loads(line) for line in text.splitlines() if line.strip()]
        except json.JSONDecodeError as error:
            raise CheckInputError(f"{path}: not JSON ({error.msg})") from error
    try:
        return [Summary.model_validate(item) for item in items]
    except ValidationError as error:
        raise CheckInputError(f"{path}: not a Summary: {error}") from error


def match_paper(summary: Summary, papers: list[Paper]) -> Paper:
    """The paper a summary is about: by DOI, PMID or title; the only paper when there is one."""
    ref = summary.paper
    for paper in papers:
        if (ref.doi and ref.doi.lower() == paper.doi.lower()) or (
            ref.pmid and ref.pmid == paper.pmid
        ):
            return paper
    for paper in papers:
        if _norm(paper.title) == _norm(ref.title):
            return paper
    if len(papers) == 1:
        return papers[0]
    raise CheckInputError(f"no paper in the file matches {ref.title!r}")


def _norm(title: str) -> str:
    return "".join(c for c in title.lower() if c.isalnum())


def render(pairs: list[tuple[Summary, Paper]], reports: list[CheckReport], *, as_json: bool) -> str:
    """The reports as JSON (one object, or a list for several) or as text."""
    if as_json:
        data = [
            {"title": s.paper.title, **r.to_json_dict()}
            for (s, _), r in zip(pairs, reports, strict=True)
        ]
        return json.dumps(data[0] if len(data) == 1 else data, ensure_ascii=False, indent=2)
    blocks = [
        f"{s.paper.title}\n{r.format_text()}" for (s, _), r in zip(pairs, reports, strict=True)
    ]
    return "\n\n".join(blocks)
