"""Tasks the worker tests enqueue: they write, and one takes the write lock from under itself."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from django.db import connection
from django_tasks import task

from scrh.web.editorial.models import IngestRun

HOLD_SECONDS = 7.0  # longer than SQLite's busy timeout (5 s)


@task()
def record_run(label: str) -> int:
    """Write one IngestRun."""
    return IngestRun.objects.create(source="worker-test", query=label).pk


@task()
def record_run_behind_a_lock(label: str, attempts_file: str) -> int:
    """On its first attempt another connection holds the write lock past the busy timeout."""
    attempts = Path(attempts_file)
    attempts.write_text(attempts.read_text() + "x" if attempts.exists() else "x")
    if len(attempts.read_text()) == 1:
        _hold_write_lock(connection.settings_dict["NAME"], HOLD_SECONDS)
    return IngestRun.objects.create(source="worker-test", query=label).pk


def _hold_write_lock(path: str, seconds: float) -> None:
    held = threading.Event()

    def hold() -> None:
        other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        other.execute("BEGIN IMMEDIATE")
        held.set()
        threading.Event().wait(seconds)
        other.execute("ROLLBACK")
        other.close()

    threading.Thread(target=hold, daemon=True).start()
    held.wait(10)
