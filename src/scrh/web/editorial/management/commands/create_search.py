"""Create (or update) a saved search by name."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from scrh.web.editorial.models import SavedSearch


class Command(BaseCommand):
    help = "Create or update the saved search NAME with QUERY, its source and schedule."

    def add_arguments(self, parser) -> None:
        parser.add_argument("name")
        parser.add_argument("query")
        parser.add_argument("--source", choices=SavedSearch.Source.values, default="pubmed")
        parser.add_argument("--schedule", choices=SavedSearch.Schedule.values, default="weekly")
        parser.add_argument("--max", type=int, default=100, help="At most N papers a run.")

    def handle(self, *args, name: str, query: str, source: str, schedule: str, **options) -> None:
        search, created = SavedSearch.objects.update_or_create(
            name=name,
            defaults={
                "query": query,
                "source": source,
                "schedule": schedule,
                "max_records": options["max"],
            },
        )
        self.stdout.write(f"Saved search {'created' if created else 'updated'}: {search.name}")
