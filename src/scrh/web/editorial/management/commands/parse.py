"""`scrh parse FILE... [--json]`: show what paper files hold, as ingest would read them."""

from __future__ import annotations

import sys

from django.core.management.base import BaseCommand

from scrh.pipeline.papers.cli import main as parse_main


class Command(BaseCommand):
    help = (
        "Show the papers in FILE... (any supported format) as ingest would read them: each "
        "record, or where and why it would be quarantined. Touches no database."
    )
    requires_system_checks: list[str] = []
    requires_migrations_checks = False

    def run_from_argv(self, argv: list[str]) -> None:
        sys.exit(parse_main(argv[2:], stdout=self.stdout._out))
