"""Approve, as the named editor, every draft in review whose checks found no error."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from scrh.web.editorial.selectors import draft_summary_pages
from scrh.web.editorial.services import summary_publish
from scrh.web.editorial.workflow import WORKFLOW_NAME


class Command(BaseCommand):
    help = "Approve through the review workflow, as USER, the drafts whose checks found no error."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--user", required=True, help="Username of the publishing editor.")

    def handle(self, *args, user: str, **options) -> None:
        editor = get_user_model().objects.filter(username=user).first()
        if editor is None:
            raise CommandError(f"no user called {user!r}")
        published = 0
        for page in draft_summary_pages():
            errors = len(page.checks.errors)
            if errors:
                self.stderr.write(f"kept as draft ({errors} check errors): {page.title}")
                continue
            summary_publish(page=page, user=editor)
            published += 1
        self.stdout.write(
            f"{published} summaries approved through the '{WORKFLOW_NAME}' workflow "
            f"and published as {user}."
        )
