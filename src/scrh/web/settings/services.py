"""Shared services chosen by environment: the cache (`SCRH_CACHE_URL`) and the task queue
(`SCRH_TASKS_BACKEND`, `SCRH_RQ_URL`)."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ImproperlyConfigured

REDIS_SCHEMES = ("redis://", "rediss://", "unix://")
TASKS_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "rq": "django_tasks_rq.RQBackend",
}
# Apps a backend needs beyond the always-installed ones (`scrh rqworker` comes from django_rq).
TASKS_APPS = {"rq": ["django_rq", "django_tasks_rq"]}


def cache_from_url(url: str) -> dict[str, Any]:
    """A Django CACHES entry: Redis for `redis://…` (shared by every process), else local memory."""
    url = url.strip()
    if not url:
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    if not url.startswith(REDIS_SCHEMES):
        raise ImproperlyConfigured(
            f"SCRH_CACHE_URL must start with redis://, rediss:// or unix://, not {url!r}"
        )
    return {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": url,
        "KEY_PREFIX": "scrh",
    }


def tasks_backend(name: str) -> dict[str, Any]:
    """The TASKS["default"] entry for a backend name: database, immediate or rq."""
    name = name.strip() or "database"
    if name not in TASKS_BACKENDS:
        raise ImproperlyConfigured(
            f"SCRH_TASKS_BACKEND must be one of {', '.join(TASKS_BACKENDS)}, not {name!r}"
        )
    entry: dict[str, Any] = {"BACKEND": TASKS_BACKENDS[name]}
    if name == "rq":
        entry["QUEUES"] = ["default"]
    return entry


def rq_queues(url: str) -> dict[str, Any]:
    """django-rq's RQ_QUEUES: one `default` queue on the Redis at `url`."""
    return {"default": {"URL": url, "DEFAULT_TIMEOUT": 3600}}
