"""The search index and the page cache follow publishing at once, whatever runs background tasks.

Wagtail updates its search index for a saved page through a task (modelsearch's
`insert_or_update_object_task`); with the database task backend that happens only when a worker
gets to it, so a summary just published was not findable, and its absence could be cached. Here
a page published, unpublished or moved is indexed in the same transaction, and the page-cache
content version moves both then and when the transaction commits: no response computed before
the commit, from the old index or the old rows, is served after it. When an indexing task does
run later (a worker, or the immediate backend), the version moves again.
"""

from __future__ import annotations

from django.db import transaction
from modelsearch.index import insert_or_update_object
from modelsearch.tasks import insert_or_update_object_task
from wagtail.models import Page

from scrh.web.research.cache import content_changed


def page_index_update(*, page: Page) -> None:
    """Write `page` to every auto-updated search backend now (in the caller's transaction)."""
    insert_or_update_object(page.specific)


def content_version_move() -> None:
    """Move the page-cache version now and again when the current transaction commits."""
    content_changed()
    transaction.on_commit(content_changed)


def page_changed(sender: type, instance: Page, **_kwargs: object) -> None:
    """On `page_published`, `page_unpublished`, `post_page_move`: index, drop the cache."""
    page_index_update(page=instance)
    content_version_move()


def index_task_finished(sender: type, task_result: object, **_kwargs: object) -> None:
    """django-tasks' `task_finished`: a search-index task changed the index, so drop the cache."""
    task = getattr(task_result, "task", None)
    if getattr(task, "module_path", None) == insert_or_update_object_task.module_path:
        content_changed()
