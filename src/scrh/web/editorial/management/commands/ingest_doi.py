"""Fetch papers from Crossref by DOI and store them."""

from __future__ import annotations

from scrh.web.editorial.ingest import ingest_fetch_result
from scrh.web.editorial.management.commands._ingest import IngestCommand
from scrh.web.editorial.sources import FetchOptions, fetch_crossref, parse_crossref


class Command(IngestCommand):
    help = "Fetch each DOI from Crossref and store the papers."
    source = "crossref"

    def add_arguments(self, parser) -> None:
        parser.add_argument("dois", nargs="+")

    def handle(self, *args, dois: list[str], **options) -> None:
        def work(run, progress) -> None:
            result = fetch_crossref(dois, options=FetchOptions())
            ingest_fetch_result(run=run, result=result, parse=parse_crossref, progress=progress)

        self.run_ingest(" ".join(dois), work)
