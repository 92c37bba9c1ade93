"""Create (or reset) an editor account and print its login."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from django.core.management.base import BaseCommand

from scrh.web.editorial.services_users import editor_ensure


class Command(BaseCommand):
    help = (
        "Create or reset the editor USERNAME (in the Editors and Moderators groups) with a new "
        "random password, and print the login; --superuser makes an administrator instead."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("username")
        parser.add_argument("--password", default=None, help="Default: a new random password.")
        parser.add_argument(
            "--superuser",
            action="store_true",
            help="An administrator (accounts, settings, lockouts), not only an editor.",
        )
        parser.add_argument(
            "--login-file",
            type=Path,
            default=None,
            help="Write the login to this file, readable by its owner only (mode 0600).",
        )

    def handle(
        self,
        *args,
        username: str,
        password: str | None,
        superuser: bool,
        login_file: Path | None,
        **options,
    ) -> None:
        password = password or secrets.token_urlsafe(12)
        editor_ensure(username=username, password=password, superuser=superuser)
        kind = "Administrator" if superuser else "Editor"
        line = f"{kind} login: {username} / {password}"
        if login_file is None:
            self.stdout.write(line)
            return
        private_write(login_file, line + "\n")
        self.stdout.write(f"{kind} login for {username} written to {login_file} (mode 0600).")


def private_write(path: Path, text: str) -> None:
    """Write `text` to `path`, readable and writable by its owner only, even if it existed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(descriptor, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
        stream.write(text)
