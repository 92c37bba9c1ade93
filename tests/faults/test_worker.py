"""The worker against a busy SQLite database, in real processes: it waits out a write lock held
longer than the busy timeout, never exits on it, and the task still completes."""

from __future__ import annotations

import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.faults.test_faults import SCRH, env_for, rows, scrh

ENQUEUE = "from tests.faults.worker_tasks import {task}; {task}.enqueue({args})"
WORKER = ["db_worker", "--batch", "--no-startup-delay", "--interval", "0.2"]


@pytest.fixture
def database(tmp_path) -> Path:
    path = tmp_path / "scrh.sqlite3"
    scrh(path, "migrate", "--noinput", "-v0", check=True)
    return path


def enqueue(db: Path, task: str, *args: str) -> None:
    code = ENQUEUE.format(task=task, args=", ".join(repr(a) for a in args))
    result = subprocess.run(
        [*SCRH, "shell", "-c", code], env=env_for(db, SCRH_TASKS_BACKEND="database"), cwd=REPO,
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]


def start_worker(db: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [*SCRH, *WORKER], env=env_for(db, SCRH_TASKS_BACKEND="database"), cwd=REPO,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def task_statuses(db: Path) -> list[str]:
    return [
        status for (status,) in rows(db, "SELECT status FROM django_tasks_database_dbtaskresult")
    ]


def test_the_worker_waits_out_a_write_lock_longer_than_the_timeout(database):
    enqueue(database, "record_run", "after the lock")
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    worker = start_worker(database)
    try:
        started = worker.stdout.readline() + worker.stdout.readline()
        assert "Starting worker" in started, started
        time.sleep(8)  # past the 5 s busy timeout
        alive_while_locked = worker.poll() is None
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    out, err = worker.communicate(timeout=180)
    assert alive_while_locked, err[-2000:]
    assert worker.returncode == 0, err[-2000:]
    assert "database is locked; trying again" in out, out
    assert task_statuses(database) == ["SUCCESSFUL"]
    assert rows(database, "SELECT query FROM editorial_ingestrun") == [("after the lock",)]


def test_a_task_whose_write_meets_the_lock_is_run_again_and_completes(database, tmp_path):
    attempts = tmp_path / "attempts"
    enqueue(database, "record_run_behind_a_lock", "behind the lock", str(attempts))
    worker = start_worker(database)
    out, err = worker.communicate(timeout=180)
    assert worker.returncode == 0, err[-2000:]
    assert task_statuses(database) == ["SUCCESSFUL"], out[-2000:]
    assert len(attempts.read_text()) >= 2
    assert rows(database, "SELECT query FROM editorial_ingestrun") == [("behind the lock",)]
