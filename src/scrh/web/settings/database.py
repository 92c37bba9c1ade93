"""The database setting: `DATABASE_URL` when given, else SQLite in WAL mode under the var dir."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import dj_database_url

SQLITE_OPTIONS = {
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;",
    "transaction_mode": "IMMEDIATE",
}


def database_from_url(url: str) -> dict[str, Any]:
    """A Django DATABASES entry for `url`; SQLite gets WAL mode and immediate transactions."""
    config: dict[str, Any] = dj_database_url.parse(url, conn_max_age=0)
    if config["ENGINE"] == "django.db.backends.sqlite3":
        config.setdefault("OPTIONS", {}).update(SQLITE_OPTIONS)
    return config


def default_sqlite_url(var_dir: Path) -> str:
    """The SQLite URL used when no DATABASE_URL is set; creates `var_dir` if needed."""
    var_dir.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{var_dir / 'scrh.sqlite3'}"
