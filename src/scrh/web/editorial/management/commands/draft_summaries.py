"""Summarize every stored paper that has no summary page yet and create draft pages."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from scrh.web.editorial.drafting import summary_drafts_make, summary_engine
from scrh.web.editorial.selectors import papers_without_summary


class Command(BaseCommand):
    help = "Create a draft summary page for each stored paper that has none."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--engine", default=None, help="Engine name (default: the setting).")

    def handle(self, *args, engine: str | None, **options) -> None:
        try:
            summarizer = summary_engine(engine)
        except KeyError as error:
            raise CommandError(str(error.args[0])) from error
        batch = summary_drafts_make(records=papers_without_summary(), engine=summarizer)
        self.stdout.write(f"{len(batch.pages)} drafts created.")
        if batch.failed:
            for line in batch.failure_lines():
                self.stderr.write(f"failed: {line}")
            raise CommandError(f"{len(batch.failed)} papers could not be summarized (see above).")
