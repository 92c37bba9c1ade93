"""One small published site shared by every test in this folder, rolled back at the end.

Building the page tree and publishing through the editorial workflow takes seconds, so the
tree and twelve demo summaries are built once, inside a transaction that is rolled back when
the folder's tests are done; each test still runs in its own savepoint.
"""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction

from scrh.web.research.services import site_tree_ensure
from tests.web.research.conftest import publish_demo

DEMO_COUNT = 12


@pytest.fixture(scope="package")
def shared_site(django_db_setup, django_db_blocker):
    """(home page, editor, the published pages), built once for the package."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            home = site_tree_ensure()
            editor = get_user_model().objects.create_user(
                "shared-editor", is_staff=True, is_superuser=True
            )
            yield home, editor, publish_demo(DEMO_COUNT, editor)
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


@pytest.fixture
def demo(shared_site, db):
    """The twelve published demo summary pages, fresh from the database for each test."""
    from scrh.web.research.models import SummaryPage

    pages = SummaryPage.objects.in_bulk([p.pk for p in shared_site[2]])
    return [pages[p.pk] for p in shared_site[2]]


@pytest.fixture
def home(shared_site, db):
    return shared_site[0]


@pytest.fixture
def shared_editor(shared_site, db):
    return shared_site[1]
