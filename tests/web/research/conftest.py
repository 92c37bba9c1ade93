"""Research fixtures: demo summaries made once per session, published into small page trees."""

from __future__ import annotations

from functools import cache

import pytest

from scrh.pipeline.summarize.engines import get_engine
from scrh.web.editorial.services import summary_draft_create, summary_publish
from tests.web.conftest import demo_papers, paper_upsert


@cache
def demo_summaries() -> tuple:
    """(paper, summary) for every demo paper, summarized by the rules engine once."""
    engine = get_engine("rules")
    return tuple((paper, engine.summarize(paper)) for paper in demo_papers())


def publish_demo(count: int, user, *, start: int = 0) -> list:
    """Publish demo papers `start`…`start+count-1` as summary pages; the live pages."""
    pages = []
    for paper, summary in demo_summaries()[start : start + count]:
        record, _status = paper_upsert(paper=paper)
        page = summary_draft_create(paper=record, summary=summary)
        pages.append(summary_publish(page=page, user=user))
    return pages


@pytest.fixture
def four(site, editor):
    """Four demo summaries, published."""
    return publish_demo(4, editor)
