"""Publish every draft summary page that passed its checks, as the named editor."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from scrh.web.editorial.selectors import draft_summary_pages
from scrh.web.editorial.services import summary_publish


class Command(BaseCommand):
    help = "Publish the draft summary pages whose checks found no error, recording USER."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--user", required=True, help="Username of the publishing editor.")

    def handle(self, *args, user: str, **options) -> None:
        editor = get_user_model().objects.filter(username=user).first()
        if editor is None:
            raise CommandError(f"no user called {user!r}")
        published = 0
        for page in draft_summary_pages():
            errors = page.check_report.get("counts", {}).get("error", 0)
            if errors:
                self.stderr.write(f"kept as draft ({errors} check errors): {page.title}")
                continue
            summary_publish(page=page, user=editor)
            published += 1
        self.stdout.write(f"{published} summaries published as {user}.")
