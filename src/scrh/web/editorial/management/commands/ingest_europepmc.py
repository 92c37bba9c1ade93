"""Search Europe PMC and store the matching papers."""

from __future__ import annotations

from scrh.web.editorial.ingest import ingest_fetch_result
from scrh.web.editorial.management.commands._ingest import IngestCommand
from scrh.web.editorial.sources import FetchOptions, fetch_europepmc, parse_europepmc


class Command(IngestCommand):
    help = "Search Europe PMC for QUERY and store the papers found."
    source = "europepmc"

    def add_arguments(self, parser) -> None:
        parser.add_argument("query")
        parser.add_argument("--max", type=int, default=None, help="At most N papers.")

    def handle(self, *args, query: str, max: int | None, **options) -> None:
        def work(run, progress) -> None:
            result = fetch_europepmc(query, options=FetchOptions(max_records=max))
            ingest_fetch_result(run=run, result=result, parse=parse_europepmc, progress=progress)

        self.run_ingest(query, work)
