"""Summarize every stored paper that has no summary page yet and create draft pages."""

from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from scrh.pipeline.summarize.engines import get_engine
from scrh.web.editorial.selectors import papers_without_summary
from scrh.web.editorial.services import summary_draft_create


class Command(BaseCommand):
    help = "Create a draft summary page for each stored paper that has none."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--engine", default=None, help="Engine name (default: the setting).")

    def handle(self, *args, engine: str | None, **options) -> None:
        try:
            summarizer = get_engine(engine or settings.SCRH_SUMMARY_ENGINE)
        except KeyError as error:
            raise CommandError(str(error.args[0])) from error
        created = 0
        for record in papers_without_summary():
            summary = summarizer.summarize(record.to_paper())
            summary_draft_create(paper=record, summary=summary)
            created += 1
        self.stdout.write(f"{created} drafts created.")
