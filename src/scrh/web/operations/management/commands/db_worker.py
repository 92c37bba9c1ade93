"""`scrh db_worker`: django-tasks-db's worker that waits out a busy database (see worker.py)."""

from __future__ import annotations

from django_tasks_db.management.commands import db_worker

from scrh.web.operations.worker import ResilientWorker


class Command(db_worker.Command):
    help = (
        "Run the background tasks. A busy or locked database is waited out with backoff; "
        "a task that fails on one is run again."
    )

    def handle(self, *args, **options) -> None:
        upstream = db_worker.Worker
        db_worker.Worker = ResilientWorker  # the upstream command builds its Worker by name
        try:
            super().handle(*args, **options)
        finally:
            db_worker.Worker = upstream
