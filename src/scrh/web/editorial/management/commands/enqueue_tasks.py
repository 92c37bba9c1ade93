"""Enqueue the background work that is due: saved searches, then newsletter digests."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand

from scrh.web.editorial.tasks import digests_send_task, due_searches_run_task


class Command(BaseCommand):
    help = "Enqueue the due saved searches and digests for the worker (`scrh db_worker`)."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--every", type=int, default=0, help="Repeat every N seconds (default: once)."
        )

    def handle(self, *args, every: int, **options) -> None:
        while True:
            due_searches_run_task.enqueue()
            digests_send_task.enqueue()
            self.stdout.write("Enqueued: due saved searches, digests.")
            if every <= 0:
                return
            time.sleep(every)
