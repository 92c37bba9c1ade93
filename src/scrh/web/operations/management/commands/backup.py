"""Back up the database to a file (SQLite online copy, or a JSON dump for any database)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from scrh.web.operations.backup import backup_create


class Command(BaseCommand):
    help = "Back up the database to PATH (SQLite: a consistent file copy; else a JSON dump)."

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)
        parser.add_argument(
            "--format",
            choices=["auto", "sqlite", "json"],
            default="auto",
            help="sqlite (SQLite only) or json (any database; .gz compresses)",
        )

    def handle(self, *args, path: Path, format: str, **options):
        try:
            used = backup_create(path=path, fmt=format)
        except ValueError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"backed up to {path} ({used})")
