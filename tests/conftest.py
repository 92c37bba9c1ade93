"""Shared test helpers: where the repo and ../shared live."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEMO_PAPERS = REPO / "demo" / "sci_papers.jsonl"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared folder beside the checkout (fixtures, eval)."""
    assert SHARED.is_dir(), f"expected the shared folder at {SHARED}"
    return SHARED


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """A real Redis: `SCRH_TEST_REDIS_URL` when set (CI starts Debian's redis-server), else a
    throwaway redis-server this fixture starts. Each test gets its own database number."""
    from tests.servers import redis_server

    if url := os.environ.get("SCRH_TEST_REDIS_URL", "").rstrip("/"):
        yield url
        return
    with redis_server() as url:
        yield url


@pytest.fixture
def redis_db(redis_url) -> Iterator[tuple[str, str]]:
    """Two empty Redis databases on the test Redis: (cache URL, queue URL)."""
    import redis

    urls = (f"{redis_url}/1", f"{redis_url}/2")
    for url in urls:
        redis.Redis.from_url(url).flushdb()
    yield urls
    for url in urls:
        redis.Redis.from_url(url).flushdb()


ENGINE_PLUGIN = REPO / "tests" / "engine_plugin"


@pytest.fixture
def fixture_engine(monkeypatch) -> str:
    """Install the test engine package (an `scrh.engines` entry point) for this test; its name."""
    monkeypatch.syspath_prepend(str(ENGINE_PLUGIN))
    return "fixture"
