"""`scrh`: Django's manage.py with the development settings preset."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    """Run a management command; DJANGO_SETTINGS_MODULE overrides the dev settings."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "scrh.web.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["scrh", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    main()
