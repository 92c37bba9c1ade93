"""Summarize paper files without a database: readable text, or Summary JSON with --json."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from scrh.pipeline.papers.detect import parse_file
from scrh.pipeline.papers.errors import ParseError
from scrh.pipeline.summarize.engines import get_engine
from scrh.pipeline.summary_text import summary_as_text


class Command(BaseCommand):
    help = "Summarize the papers in FILE... (any supported format) and print the summaries."
    requires_system_checks: list[str] = []

    def add_arguments(self, parser) -> None:
        parser.add_argument("files", nargs="+", type=Path)
        parser.add_argument("--engine", default="rules", help="Engine name (default: rules).")
        parser.add_argument("--json", action="store_true", help="Print Summary JSON, one per line.")

    def handle(self, *args, files: list[Path], engine: str, json: bool, **options) -> None:
        try:
            summarizer = get_engine(engine)
        except KeyError as error:
            raise CommandError(str(error.args[0])) from error
        for path in files:
            try:
                papers = list(parse_file(path))
            except (OSError, ParseError) as error:
                raise CommandError(f"{path}: {error}") from error
            for paper in papers:
                summary = summarizer.summarize(paper)
                self.stdout.write(_as_json(summary) if json else summary_as_text(summary))


def _as_json(summary) -> str:
    return json.dumps(summary.to_json_dict(), ensure_ascii=False)
