"""Publish every draft summary page as the named editor."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from scrh.web.editorial.selectors import draft_summary_pages
from scrh.web.editorial.services import summary_publish


class Command(BaseCommand):
    help = "Publish all draft summary pages, recording USER as the publisher."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--user", required=True, help="Username of the publishing editor.")

    def handle(self, *args, user: str, **options) -> None:
        editor = get_user_model().objects.filter(username=user).first()
        if editor is None:
            raise CommandError(f"no user called {user!r}")
        published = [summary_publish(page=page, user=editor) for page in draft_summary_pages()]
        self.stdout.write(f"{len(published)} summaries published as {user}.")
