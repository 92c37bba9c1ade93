"""Reader-channel fixtures: one published summary, a clean cache, emails parsed as MIME."""

from __future__ import annotations

import email
import re
from email.message import EmailMessage
from email.policy import default as default_policy
from urllib.parse import urlsplit

import pytest
from django.core.cache import cache
from django.db import transaction

from tests.web.conftest import demo_papers, publish_papers


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate-limit counters and cached pages live in the cache: start every test without them."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="module")
def _module_summary(django_db_setup, django_db_blocker):
    """The page tree and one published summary, built once per module inside a transaction that
    is rolled back at the end (each test then runs in its own savepoint, as in setUpTestData)."""
    from django.contrib.auth import get_user_model

    from scrh.web.research.services import site_tree_ensure

    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            site_tree_ensure()
            editor = get_user_model().objects.create_user("readers-editor", is_superuser=True)
            yield publish_papers(demo_papers(1), editor)[0]
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture
def summary(_module_summary, db):
    """One published summary page (a fresh instance for each test)."""
    from scrh.web.research.models import SummaryPage

    return SummaryPage.objects.get(pk=_module_summary.pk)


def parse_mime(message) -> EmailMessage:
    """A sent Django message as the bytes a mail server would get, parsed back as MIME."""
    return email.message_from_bytes(message.message().as_bytes(), policy=default_policy)


def text_part(message) -> str:
    return parse_mime(message).get_body(preferencelist=("plain",)).get_content()


def link_in(message, path: str) -> str:
    """The path and query of the first link to `path` in the plain-text part of `message`."""
    match = re.search(rf"https?://\S+{re.escape(path)}\S*", text_part(message))
    assert match, f"no link to {path} in:\n{text_part(message)}"
    parts = urlsplit(match.group(0))
    return f"{parts.path}?{parts.query}"


def review_workflow_ensure() -> None:
    """Transactional tests flush what data migrations made; put the editors' review workflow back
    (by the same migration code) so summaries can be published."""
    import importlib

    from django.apps import apps

    migration = "scrh.web.editorial.migrations.0004_review_groups_and_workflow"
    importlib.import_module(migration).forwards(apps, None)
