"""`scrh check SUMMARY.json --paper FILE [--json]`: check summaries against their paper."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from pydantic import ValidationError

from scrh.pipeline.checks import CheckReport, run_checks
from scrh.pipeline.checks.readability import fkgl
from scrh.pipeline.papers.detect import parse_file
from scrh.pipeline.papers.errors import ParseError
from scrh.pipeline.papers.model import Paper
from scrh.pipeline.summarize.model import PaperRef, Summary
from scrh.pipeline.summarize.sentences import paper_sentences


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
        pairs = read_pairs(Path(args.summary), papers)
    except (CheckInputError, ParseError, OSError) as error:
        print(f"scrh check: {error}", file=sys.stderr)
        return 2
    reports = [run_checks(paper, summary) for summary, paper in pairs]
    print(render(pairs, reports, as_json=args.json), file=out)
    return 0 if all(r.ok for r in reports) else 1


def read_summaries(path: Path) -> list[Summary]:
    """The summaries in a JSON file (no paper at hand: every required key must be there)."""
    return [_validated(item, path, number) for number, item in enumerate(_items(path), 1)]


def read_pairs(path: Path, papers: list[Paper]) -> list[tuple[Summary, Paper]]:
    """Each summary in the file with its paper; what a hand-written summary may leave out
    (`sentences`, `reading_grade`, `engine`, `glossary`) is filled in from the paper."""
    pairs = []
    for number, item in enumerate(_items(path), start=1):
        item = _with_paper_ref_cleaned(item, path, number)
        paper = match_paper(PaperRef.model_validate(item["paper"]), papers)
        pairs.append((_validated(_filled_from(item, paper), path, number), paper))
    return pairs


def _items(path: Path) -> list[Any]:
    """The JSON values in a file: one object, a list of objects, or one object a line."""
    text = path.read_text(encoding="utf-8-sig")
    try:
        data = json.loads(text)
        return data if isinstance(data, list) else [data]
    except json.JSONDecodeError:
        try:
            return [json.loads(line) for line in text.splitlines() if line.strip()]
        except json.JSONDecodeError as error:
            raise CheckInputError(f"{path}: not JSON ({error.msg})") from error


def _with_paper_ref_cleaned(item: Any, path: Path, number: int) -> dict[str, Any]:
    """`paper` ids and journal given as null are unknown, i.e. empty."""
    if not isinstance(item, dict) or not isinstance(item.get("paper"), dict):
        raise CheckInputError(f"{path}: summary {number}: expected an object with a 'paper' object")
    ref = dict(item["paper"])
    for key in ("doi", "pmid", "pmcid", "journal"):
        if key in ref and ref[key] is None:
            ref[key] = ""
    if not isinstance(ref.get("title"), str):
        raise CheckInputError(f"{path}: summary {number}: paper.title is required")
    try:
        PaperRef.model_validate(ref)
    except ValidationError as error:
        raise CheckInputError(f"{path}: summary {number}: {_problems(error, 'paper')}") from error
    return {**item, "paper": ref}


def _filled_from(item: dict[str, Any], paper: Paper) -> dict[str, Any]:
    filled = dict(item)
    if not filled.get("sentences"):
        filled["sentences"] = [s.text for s in paper_sentences(paper)]
    filled.setdefault("engine", "hand-written")
    filled.setdefault("glossary", [])
    if "reading_grade" not in filled:
        filled["reading_grade"] = {
            "simple_explanation": fkgl(str(filled.get("simple_explanation") or "")),
            "research_summary": fkgl(str(filled.get("research_summary") or "")),
        }
    return filled


def _validated(item: Any, path: Path, number: int) -> Summary:
    try:
        return Summary.model_validate(item)
    except ValidationError as error:
        raise CheckInputError(f"{path}: summary {number}: {_problems(error)}") from error


def _problems(error: ValidationError, prefix: str = "") -> str:
    """Pydantic's errors as `field: message; ...`, without its URLs and input dumps."""
    parts = []
    for problem in error.errors():
        where = ".".join(str(p) for p in (prefix, *problem["loc"]) if p != "")
        parts.append(f"{where or 'summary'}: {problem['msg']}")
    return "not a valid summary (" + "; ".join(parts) + ")"


def match_paper(ref: PaperRef, papers: list[Paper]) -> Paper:
    """The paper a summary is about: by DOI, PMID or title; the only paper when there is one."""
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
