"""Create (or reset) an editor account and print its login."""

from __future__ import annotations

import secrets

from django.core.management.base import BaseCommand

from scrh.web.editorial.services_users import editor_ensure


class Command(BaseCommand):
    help = "Create or reset the editor USERNAME with a new random password, and print the login."

    def add_arguments(self, parser) -> None:
        parser.add_argument("username")
        parser.add_argument("--password", default=None, help="Default: a new random password.")

    def handle(self, *args, username: str, password: str | None, **options) -> None:
        password = password or secrets.token_urlsafe(12)
        editor_ensure(username=username, password=password)
        self.stdout.write(f"Editor login: {username} / {password}")
