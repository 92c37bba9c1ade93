"""Search follows publishing at once, with the database task backend and no worker running."""

from __future__ import annotations

import html as html_lib
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from modelsearch.tasks import insert_or_update_object_task

from scrh.web.research.services import site_tree_ensure
from tests.web.readers.conftest import review_workflow_ensure
from tests.web.research.conftest import demo_summaries, publish_demo

pytestmark = pytest.mark.django_db(transaction=True)

TITLE_START = "Progress in treatment"


@pytest.fixture
def no_worker_site(settings):
    """A page tree whose background tasks go to the database queue, which nobody works off;
    the page cache is on."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.SCRH_PAGE_CACHE_SECONDS = 600
    cache.clear()
    site_tree_ensure()
    review_workflow_ensure()
    yield get_user_model().objects.create_user("index-editor", is_staff=True, is_superuser=True)
    cache.clear()


def demo_start(title_start: str) -> int:
    return next(
        n for n, (paper, _s) in enumerate(demo_summaries()) if paper.title.startswith(title_start)
    )


def page_text(response) -> str:
    return html_lib.unescape(re.sub(r"<[^>]+>", "", response.content.decode()))


def queued_index_tasks() -> int:
    return DBTaskResult.objects.filter(
        status=TaskResultStatus.READY, task_path=insert_or_update_object_task.module_path
    ).count()


def test_a_published_summary_is_found_as_soon_as_publishing_returns(client, no_worker_site):
    before = client.get("/search/", {"q": TITLE_START})
    assert "0 results" in before.content.decode() and before["X-Cache"] == "miss"
    assert client.get("/search/", {"q": TITLE_START})["X-Cache"] == "hit"

    page = publish_demo(1, no_worker_site, start=demo_start(TITLE_START))[0]

    after = client.get("/search/", {"q": TITLE_START})
    assert after["X-Cache"] == "miss"
    assert page.title in page_text(after)
    assert queued_index_tasks() > 0, "a worker indexed the page: the test proves nothing"


def test_an_unpublished_summary_is_gone_from_search_at_once(client, no_worker_site):
    page = publish_demo(1, no_worker_site, start=demo_start(TITLE_START))[0]
    assert page.title in page_text(client.get("/search/", {"q": TITLE_START}))

    page.unpublish(user=no_worker_site)

    after = client.get("/search/", {"q": TITLE_START})
    assert after["X-Cache"] == "miss"
    assert page.title not in page_text(after) and "0 results" in after.content.decode()
    assert queued_index_tasks() > 0


def test_the_same_query_spelled_differently_shares_one_cache_entry(client, no_worker_site):
    publish_demo(1, no_worker_site, start=demo_start(TITLE_START))
    first = client.get("/search/?q=Progress+in+treatment")
    assert first["X-Cache"] == "miss"
    for spelling in (
        "q=Progress%20in%20treatment",
        "q=Progress+in+treatment&",
        "q=Progress in treatment",
    ):
        again = client.get(f"/search/?{spelling}")
        assert again["X-Cache"] == "hit", spelling
        assert again.content == first.content
