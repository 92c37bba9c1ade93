"""`scrh check SUMMARY.json --paper FILE [--json]` checks a summary against its paper.

Without `--paper` this is Django's system check (`scrh check --deploy` and friends).
"""

from __future__ import annotations

import sys

from django.core.management.commands.check import Command as SystemCheckCommand

from scrh.pipeline.checks.cli import main as check_summary_main


class Command(SystemCheckCommand):
    help = (
        "With --paper FILE: check SUMMARY.json against the paper (exit code 1 on any error). "
        "Otherwise: Django's system checks."
    )

    def run_from_argv(self, argv: list[str]) -> None:
        if any(arg == "--paper" or arg.startswith("--paper=") for arg in argv[2:]):
            sys.exit(check_summary_main(argv[2:], stdout=self.stdout._out))
        super().run_from_argv(argv)
