"""Replace the database's content with a backup made by `scrh backup`."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from scrh.web.operations.backup import backup_restore


class Command(BaseCommand):
    help = "Restore the database from a backup made by `scrh backup` (replaces all content)."

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)

    def handle(self, *args, path: Path, **options):
        if not path.is_file():
            raise CommandError(f"no backup at {path}")
        try:
            used = backup_restore(path=path)
        except ValueError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"restored from {path} ({used})")
