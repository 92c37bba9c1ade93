"""Store the papers in local files (any supported format), updating known ones."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from scrh.pipeline.papers.errors import ParseError
from scrh.pipeline.papers.reading import read_papers
from scrh.web.editorial.services import paper_upsert


class Command(BaseCommand):
    help = "Read papers from PATH... and store them; prints new/updated/unchanged/failed counts."

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="+", type=Path)

    def handle(self, *args, paths: list[Path], **options) -> None:
        counts = {"new": 0, "updated": 0, "unchanged": 0, "failed": 0}
        for path in paths:
            try:
                papers = list(read_papers(path))
            except (OSError, ParseError) as error:
                self.stderr.write(f"{path}: {error}")
                counts["failed"] += 1
                continue
            for paper in papers:
                _record, status = paper_upsert(paper=paper)
                counts[status] += 1
        self.stdout.write(", ".join(f"{n} {name}" for name, n in counts.items()))
        if counts["new"] + counts["updated"] + counts["unchanged"] == 0:
            raise CommandError("nothing could be ingested")
