"""The background worker, made to outlast a busy database.

`scrh db_worker` is django-tasks-db's worker with three changes: a transient database error
("database is locked", a serialization failure, a dropped connection) while looking for work
waits with backoff and tries again instead of ending the worker; a task that fails on one is run
again (up to TASK_ATTEMPTS times); and recording a task's result is retried until it is stored,
so a task never stays RUNNING because its result could not be written.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from functools import partial
from typing import Any, TypeVar

from django.core.exceptions import SuspiciousOperation
from django.db import DatabaseError, InterfaceError, close_old_connections, connections
from django_tasks_db.compat import TaskContext, task_finished, task_started
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger("django_tasks_db.resilient")  # shown where the worker logs
T = TypeVar("T")

TASK_ATTEMPTS = 6
MAX_DELAY = 30.0
# PostgreSQL: serialization failure, deadlock, lock not available, admin shutdown, connection
_TRANSIENT_SQLSTATES = {
    "40001",
    "40P01",
    "55P03",
    "57P01",
    "57P03",
    "08000",
    "08001",
    "08003",
    "08006",
}
_TRANSIENT_WORDS = ("database is locked", "database table is locked", "busy", "connection")


def is_transient(error: BaseException) -> bool:
    """A database error that goes away by waiting: a lock, a conflict, a lost connection."""
    if isinstance(error, InterfaceError):
        return True
    if not isinstance(error, DatabaseError):
        return False
    cause = error.__cause__
    if getattr(cause, "sqlstate", None) in _TRANSIENT_SQLSTATES:
        return True
    return any(word in str(error).lower() for word in _TRANSIENT_WORDS)


def backoff(attempt: int) -> float:
    """Seconds to wait before attempt `attempt + 1`: 0.5, 1, 2, 4 … up to 30, with jitter."""
    return min(MAX_DELAY, 0.5 * 2 ** (attempt - 1)) * (0.75 + random.random() / 2)  # noqa: S311


def _reset_connections() -> None:
    for connection in connections.all(initialized_only=True):
        if not connection.in_atomic_block:
            connection.close()


def retry_transient(
    work: Callable[[], T], *, attempts: int | None = None, what: str = "database work"
) -> T:
    """`work()`, run again after a backoff while it fails on a transient database error.

    With `attempts` None it is retried until it succeeds; otherwise the last error is raised.
    """
    attempt = 0
    while True:
        attempt += 1
        try:
            return work()
        except DatabaseError as error:
            if not is_transient(error) or (attempts is not None and attempt >= attempts):
                raise
            delay = backoff(attempt)
            logger.warning("%s: %s; trying again in %.1f s", what, error, delay)
            _reset_connections()
            time.sleep(delay)


class ResilientWorker(Worker):
    """django-tasks-db's worker that waits out a busy database instead of exiting."""

    def run(self) -> None:
        failures = 0
        while self.running:
            try:
                super().run()
                return
            except DatabaseError as error:
                if not is_transient(error):
                    raise
                failures += 1
                self.startup_delay = False
                delay = backoff(failures)
                logger.warning("looking for work: %s; trying again in %.1f s", error, delay)
                _reset_connections()
                time.sleep(delay)

    def run_task(self, db_task_result: DBTaskResult) -> None:
        """Run the task, again after a transient database error; always record its result."""
        self.running_task = True
        try:
            self._run(db_task_result)
        finally:
            self.running_task = False
            self._run_tasks += 1

    def _run(self, db_task_result: DBTaskResult) -> None:
        try:
            task = db_task_result.task
            result = db_task_result.task_result
            task_started.send(sender=type(task.get_backend()), task_result=result)
            value = retry_transient(
                lambda: _call(task, result), attempts=TASK_ATTEMPTS, what=f"task {result.id}"
            )
            retry_transient(partial(db_task_result.set_successful, value), what="recording")
        except BaseException as error:  # noqa: BLE001 - recorded on the task, as upstream does
            retry_transient(partial(db_task_result.set_failed, error), what="recording")
            if isinstance(error, KeyboardInterrupt | SystemExit):
                raise
        close_old_connections()
        try:
            sender = type(db_task_result.task.get_backend())
        except (ImportError, SuspiciousOperation):
            logger.exception("Task id=%s failed unexpectedly", db_task_result.id)
            return
        task_finished.send(sender=sender, task_result=db_task_result.task_result)


def _call(task: Any, result: Any) -> Any:
    if task.takes_context:
        return task.call(TaskContext(task_result=result), *result.args, **result.kwargs)
    return task.call(*result.args, **result.kwargs)
