"""The anonymous page cache: hits, invalidation on publish, nothing cached for editors."""

from __future__ import annotations

import time

import pytest
from django.core.cache import cache
from modelsearch.tasks import insert_or_update_object_task

from scrh.web.editorial.services import summary_publish
from tests.web.research.conftest import publish_demo


@pytest.fixture
def page_cache(settings):
    settings.SCRH_PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


def test_second_anonymous_request_is_served_from_the_cache(client, demo, page_cache):
    first = client.get(demo[0].url)
    second = client.get(demo[0].url)
    assert first["X-Cache"] == "miss" and second["X-Cache"] == "hit"
    assert second.content == first.content


def test_publishing_invalidates_the_cached_pages(client, home, shared_editor, page_cache):
    before = client.get("/research/")
    assert client.get("/research/")["X-Cache"] == "hit"
    new = publish_demo(1, shared_editor, start=12)[0]
    after = client.get("/research/")
    assert after["X-Cache"] == "miss"
    assert new.title in after.content.decode() and new.title not in before.content.decode()


def test_a_new_draft_revision_is_not_served_until_published(
    client, demo, shared_editor, page_cache
):
    page = demo[0]
    client.get(page.url)
    page.title = "Draft title nobody should see"
    page.save_revision(user=shared_editor)
    assert "Draft title" not in client.get(page.url).content.decode()
    summary_publish(page=page, user=shared_editor)
    assert "Draft title nobody should see" in client.get(page.url).content.decode()


def test_logged_in_editors_bypass_the_cache(client, demo, shared_editor, page_cache):
    client.force_login(shared_editor)
    assert "X-Cache" not in client.get(demo[0].url)
    assert "X-Cache" not in client.get(demo[0].url)


def test_not_found_is_never_cached(client, home, page_cache):
    assert "X-Cache" not in client.get("/no-such-page/")


def test_measure_cached_and_uncached_summary_render_times(client, demo, page_cache):
    """Not a timed assertion: prints the median of a few renders for the record."""
    url = demo[1].url

    def median_ms(fresh: bool) -> float:
        samples = []
        for _ in range(7):
            if fresh:
                cache.clear()
            start = time.perf_counter()
            client.get(url)
            samples.append((time.perf_counter() - start) * 1000)
        return sorted(samples)[len(samples) // 2]

    uncached, cached = median_ms(True), median_ms(False)
    print(f"\nsummary page render: uncached {uncached:.1f} ms, cached {cached:.1f} ms")
    assert client.get(url)["X-Cache"] == "hit"


def test_an_index_task_finishing_moves_the_content_version(demo, page_cache):
    from scrh.web.research.cache import content_version
    from scrh.web.research.indexing import index_task_finished

    before = content_version()
    insert_or_update_object_task.enqueue("research", "summarypage", str(demo[0].pk))
    after = content_version()
    assert after != before
    other = type("Result", (), {"task": type("Task", (), {"module_path": "other.task"})()})()
    index_task_finished(sender=object, task_result=other)
    assert content_version() == after


def test_spellings_of_one_address_share_a_cache_entry(client, demo, page_cache):
    first = client.get("/research/?population=animals&page=1")
    assert first["X-Cache"] == "miss"
    again = client.get("/research/?page=1&population=animals&")
    assert again["X-Cache"] == "hit" and again.content == first.content
    assert client.get("/research/?population=humans")["X-Cache"] == "miss"
