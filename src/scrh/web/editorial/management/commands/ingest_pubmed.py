"""Search PubMed and store the matching papers."""

from __future__ import annotations

from datetime import date

from django.core.management.base import CommandError

from scrh.web.editorial.ingest import ingest_fetch_result
from scrh.web.editorial.management.commands._ingest import IngestCommand
from scrh.web.editorial.sources import FetchOptions, fetch_pubmed, parse_pubmed


class Command(IngestCommand):
    help = "Search PubMed for QUERY and store the papers found."
    source = "pubmed"

    def add_arguments(self, parser) -> None:
        parser.add_argument("query")
        parser.add_argument("--since", help="Only papers published on or after YYYY-MM-DD.")
        parser.add_argument("--max", type=int, default=None, help="At most N papers.")

    def handle(self, *args, query: str, since: str | None, max: int | None, **options) -> None:
        try:
            since_date = date.fromisoformat(since) if since else None
        except ValueError as error:
            raise CommandError(f"--since must be YYYY-MM-DD, got {since!r}") from error

        def work(run, progress) -> None:
            result = fetch_pubmed(query, since=since_date, options=FetchOptions(max_records=max))
            ingest_fetch_result(run=run, result=result, parse=parse_pubmed, progress=progress)

        self.run_ingest(query, work)
