"""Hostile markup from papers, readers and search queries is shown as text, never run."""

from __future__ import annotations

import json

import pytest

from scrh.pipeline.papers import jsonl
from scrh.web.readers.models import FeedbackVote
from tests.web.conftest import demo_papers, publish_papers

SCRIPT = "<script>alert('xss')</script>"
IMG = '<img src=x onerror="alert(1)">'
HANDLER = '"><svg onload=alert(2)>'
PAYLOADS = (SCRIPT, IMG, HANDLER)
LIVE = ("<script>alert", "<img src=x", "<svg onload")


def live_markup(html: str) -> list[str]:
    """The payloads that survive as markup (escaped text does not count)."""
    return [p for p in LIVE if p in html]


@pytest.fixture
def hostile_summary(site, editor):
    """A real demo paper whose title, abstract and keywords carry script payloads."""
    base = demo_papers(1)[0]
    record = {
        "title": f"{base.title} {SCRIPT}",
        "abstract": f"{IMG} {HANDLER} " + " ".join(s.text for s in base.abstract_sections),
        "journal": f"Journal {SCRIPT}",
        "year": 2024,
        "published": "2024-05-01",
        "doi": "10.1234/xss.test",
        "keywords": [SCRIPT, "spinal cord injury"],
        "authors": [IMG],
    }
    hostile = next(jsonl.parse(json.dumps(record)))
    return publish_papers([hostile], editor)[0]


@pytest.mark.parametrize(
    "path",
    ["{url}", "/", "/research/", "/feeds/rss.xml", "/feeds/atom.xml"],
)
def test_hostile_paper_text_is_inert_on_every_page(client, hostile_summary, path):
    response = client.get(path.format(url=hostile_summary.url))
    assert response.status_code == 200
    body = response.content.decode()
    assert live_markup(body) == []


def test_api_serves_hostile_text_as_json_data_only(client, hostile_summary):
    response = client.get("/api/summaries/")
    assert response["Content-Type"].startswith("application/json")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert SCRIPT in json.dumps(response.json()) or "alert" in response.content.decode()


@pytest.mark.parametrize(
    "query", [SCRIPT, IMG, HANDLER, 'AND OR NOT ( "unbalanced', "spinal* NEAR(cord"]
)
def test_search_queries_are_echoed_as_text(client, published, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    assert live_markup(response.content.decode()) == []


def test_feedback_comment_is_inert_in_the_editors_listing(client, published, admin_client):
    page = published[0]
    client.get(f"/feedback/{page.id}/")
    client.post(f"/feedback/{page.id}/", {"helpful": "no", "comment": SCRIPT + IMG})
    assert FeedbackVote.objects.filter(comment__contains="<script>").exists()
    listing = admin_client.get("/admin/snippets/readers/feedbackvote/")
    assert listing.status_code == 200
    assert live_markup(listing.content.decode()) == []
