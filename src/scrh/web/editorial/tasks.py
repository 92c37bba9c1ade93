"""Background tasks (django-tasks): run by `scrh db_worker`, or inline in tests."""

from __future__ import annotations

from django.utils import timezone
from django_tasks import task

from scrh.web.editorial.models import SavedSearch
from scrh.web.editorial.searches import saved_search_run
from scrh.web.editorial.selectors import searches_due


@task()
def saved_search_run_task(search_id: int) -> int:
    """Run one saved search now; returns the id of its recorded run."""
    search = SavedSearch.objects.get(pk=search_id)
    return saved_search_run(search=search).pk


@task()
def due_searches_run_task() -> list[int]:
    """Run every saved search that is due; returns the ids of the runs."""
    now = timezone.now()
    return [saved_search_run(search=search, now=now).pk for search in searches_due(now)]


@task()
def digests_send_task() -> int:
    """Send the readers' newsletter digests that are due; returns how many went out."""
    from scrh.web.readers.services.digests import digests_send

    return digests_send()
