"""Summarize paper files without a database: readable text, or Summary JSON with --json.

A paper that cannot be read or summarized is reported on stderr with its reason and the others go
on; the command fails (exit code 1) at the end when any did.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from scrh.pipeline.papers.detect import parse_file
from scrh.pipeline.papers.errors import ParseError
from scrh.pipeline.papers.model import Paper
from scrh.pipeline.summarize.engines import Engine, get_engine
from scrh.pipeline.summary_text import summary_as_text

_LISTED = 3


class Command(BaseCommand):
    help = (
        "Summarize the papers in FILE... (any supported format) and print the summaries; "
        "a paper that fails is reported with its reason and the rest go on."
    )
    requires_system_checks: list[str] = []

    def add_arguments(self, parser) -> None:
        parser.add_argument("files", nargs="+", type=Path)
        parser.add_argument("--engine", default="rules", help="Engine name (default: rules).")
        parser.add_argument("--json", action="store_true", help="Print Summary JSON, one per line.")

    def handle(self, *args, files: list[Path], engine: str, json: bool, **options) -> None:
        try:
            summarizer = get_engine(engine, **settings.SCRH_ENGINE_OPTIONS.get(engine, {}))
        except KeyError as error:
            raise CommandError(str(error.args[0])) from error
        failures: list[str] = []
        done = 0
        for path in files:
            for paper in self._papers(path, failures):
                reason = self._summarize(summarizer, paper, as_json=json)
                if reason is None:
                    done += 1
                else:
                    self._fail(failures, f"{path}: {paper_name(paper)}: {reason}")
        if failures:
            listed = "; ".join(failures[:_LISTED])
            more = f"; and {len(failures) - _LISTED} more" if len(failures) > _LISTED else ""
            raise CommandError(f"{len(failures)} failed, {done} summarized: {listed}{more}")

    def _papers(self, path: Path, failures: list[str]) -> Iterator[Paper]:
        """The papers of one file; a file that cannot be read (or stops being readable part
        way) is reported and the papers read before the fault are kept."""
        try:
            yield from parse_file(path)
        except (OSError, ParseError) as error:
            message = str(error)
            self._fail(failures, message if str(path) in message else f"{path}: {message}")

    def _summarize(self, summarizer: Engine, paper: Paper, *, as_json: bool) -> str | None:
        """Print the paper's summary; the reason when it fails, else None."""
        try:
            summary = summarizer.summarize(paper)
            text = _as_json(summary) if as_json else summary_as_text(summary)
        except Exception as error:  # noqa: BLE001 - one paper's failure never stops the batch
            return f"{type(error).__name__}: {error}"
        self.stdout.write(text)
        return None

    def _fail(self, failures: list[str], message: str) -> None:
        failures.append(message)
        self.stderr.write(f"failed: {message}")


def paper_name(paper: Paper) -> str:
    """How a paper is named in a failure report: its DOI, PMID or the start of its title."""
    if paper.doi:
        return f"doi:{paper.doi}"
    if paper.pmid:
        return f"pmid:{paper.pmid}"
    return repr(paper.title[:80])


def _as_json(summary) -> str:
    return json.dumps(summary.to_json_dict(), ensure_ascii=False)
