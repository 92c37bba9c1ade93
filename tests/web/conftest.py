"""Web fixtures: the smallest page tree, demo papers stored, summaries made by the rules engine."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from scrh.pipeline.papers import jsonl
from scrh.pipeline.summarize.engines import get_engine
from scrh.web.editorial.ingest import paper_upsert
from scrh.web.editorial.services import summary_draft_create, summary_publish
from scrh.web.research.services import site_tree_ensure
from tests.conftest import DEMO_PAPERS


def demo_papers(count: int | None = None):
    papers = list(jsonl.parse(DEMO_PAPERS.read_bytes(), name="demo"))
    return papers if count is None else papers[:count]


@pytest.fixture
def site(db):
    """The page tree with no summaries."""
    return site_tree_ensure()


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user(
        "editor", password="pw", is_staff=True, is_superuser=True
    )


def publish_papers(papers, user):
    """Store, summarize (rules engine) and publish each paper; the live pages in order."""
    engine = get_engine("rules")
    pages = []
    for paper in papers:
        record, _status = paper_upsert(paper=paper)
        page = summary_draft_create(paper=record, summary=engine.summarize(paper))
        pages.append(summary_publish(page=page, user=user))
    return pages


@pytest.fixture
def published(site, editor):
    """Three demo papers published as summary pages."""
    return publish_papers(demo_papers(3), editor)
