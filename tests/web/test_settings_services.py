"""The environment switches for shared services: SCRH_CACHE_URL, SCRH_TASKS_BACKEND, SCRH_RQ_URL."""

import os
import subprocess
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured

from scrh.web.settings.services import cache_from_url, rq_queues, tasks_backend

PROBE = (
    "import django; django.setup(); from django.conf import settings; "
    "print(settings.CACHES['default']['BACKEND']); print(settings.TASKS['default']['BACKEND']); "
    "print('django_rq' in settings.INSTALLED_APPS); print(settings.RQ_QUEUES['default']['URL'])"
)


def probe(**env: str) -> list[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("SCRH_")}
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        env={**base, **env, "DJANGO_SETTINGS_MODULE": "scrh.web.settings.dev"},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_defaults_are_local_memory_and_the_database_queue():
    assert probe() == [
        "django.core.cache.backends.locmem.LocMemCache",
        "django_tasks_db.DatabaseBackend",
        "False",
        "redis://127.0.0.1:6379/0",
    ]


def test_redis_cache_and_rq_queue_from_the_environment():
    assert probe(
        SCRH_CACHE_URL="redis://cache:6379/1",
        SCRH_TASKS_BACKEND="rq",
        SCRH_RQ_URL="redis://queue:6379/2",
    ) == [
        "django.core.cache.backends.redis.RedisCache",
        "django_tasks_rq.RQBackend",
        "True",
        "redis://queue:6379/2",
    ]


def test_a_cache_url_is_redis_or_a_clear_error():
    assert cache_from_url("rediss://h:6380/0")["LOCATION"] == "rediss://h:6380/0"
    with pytest.raises(ImproperlyConfigured, match="SCRH_CACHE_URL must start with redis://"):
        cache_from_url("memcached://h:11211")


def test_an_unknown_tasks_backend_is_a_clear_error():
    assert tasks_backend("") == {"BACKEND": "django_tasks_db.DatabaseBackend"}
    assert tasks_backend("rq")["QUEUES"] == ["default"]
    assert rq_queues("redis://q/3")["default"]["URL"] == "redis://q/3"
    with pytest.raises(ImproperlyConfigured, match="one of database, immediate, rq, not 'celery'"):
        tasks_backend("celery")
