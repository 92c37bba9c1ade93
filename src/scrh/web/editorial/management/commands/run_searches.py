"""Run saved searches now, in this process: the due ones, or those named."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from scrh.web.editorial.models import SavedSearch
from scrh.web.editorial.searches import saved_search_run
from scrh.web.editorial.selectors import searches_due


class Command(BaseCommand):
    help = "Run the due saved searches (or those NAMEd) now, without the worker."

    def add_arguments(self, parser) -> None:
        parser.add_argument("names", nargs="*", help="Saved search names (default: the due ones).")

    def handle(self, *args, names: list[str], **options) -> None:
        if names:
            searches = list(SavedSearch.objects.filter(name__in=names))
            missing = set(names) - {s.name for s in searches}
            if missing:
                raise CommandError(f"no saved search called {', '.join(sorted(missing))}")
        else:
            searches = searches_due(timezone.now())
        for search in searches:
            run = saved_search_run(search=search)
            self.stdout.write(
                f"{search.name}: {run.counts_line()}, {run.drafts} drafts, "
                f"{run.reopened} back in review ({run.get_status_display()})"
            )
