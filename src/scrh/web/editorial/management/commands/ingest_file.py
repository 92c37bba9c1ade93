"""Store the papers in local files of any supported format, updating known ones."""

from __future__ import annotations

from pathlib import Path

from scrh.pipeline.papers.detect import parse_events
from scrh.pipeline.papers.errors import ParseError
from scrh.web.editorial.ingest import ingest_items, quarantine_add
from scrh.web.editorial.management.commands._ingest import IngestCommand


class Command(IngestCommand):
    help = (
        "Read papers from PATH... and store them record by record; a bad record is quarantined "
        "with its line and reason. Prints new/updated/unchanged/failed counts."
    )
    source = "file"

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="+", type=Path)

    def handle(self, *args, paths: list[Path], **options) -> None:
        def work(run, progress) -> None:
            for path in paths:
                try:
                    ingest_items(run=run, items=parse_events(path), progress=progress)
                except ParseError as error:  # names the file itself
                    quarantine_add(run=run, reason=str(error))
                except OSError as error:
                    quarantine_add(run=run, reason=f"{path}: {error}")

        self.run_ingest(" ".join(str(p) for p in paths), work)
