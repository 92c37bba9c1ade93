"""Latest research, category pages and home: filters, pagination and a fixed number of queries."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from scrh.web.research import listing
from scrh.web.research.filters import SummaryFilters

CARD_TITLE = re.compile(r'<h3 class="card-title"><a href="[^"]+">([^<]+)</a>')


def titles(response) -> list[str]:
    return CARD_TITLE.findall(response.content.decode())


def test_filters_from_query_ignore_malformed_values():
    filters = SummaryFilters.from_query(
        {"level": "9", "year": "abc", "population": "aliens", "design": "rct"}
    )
    assert filters == SummaryFilters(design="rct")
    assert SummaryFilters(level=2, category="oncology").querystring(page=3) == (
        "?category=oncology&level=2&page=3"
    )


@pytest.mark.parametrize(
    ("query", "keep"),
    [
        ("population=animals", lambda p: p.population == "animals"),
        ("population=humans", lambda p: p.population == "humans"),
        ("level=5", lambda p: p.evidence_level == 5),
        ("year=2018", lambda p: p.paper_published and p.paper_published.year == 2018),
        ("design=animal_study", lambda p: p.design_code == "animal_study"),
    ],
)
def test_research_listing_filters(client, demo, query, keep, monkeypatch):
    monkeypatch.setattr(listing, "PAGE_SIZE", 50)
    shown = titles(client.get(f"/research/?{query}"))
    expected = [p.title for p in demo if keep(p)]
    assert expected, "the demo papers should cover every filter"
    assert sorted(shown) == sorted(expected)


def test_category_filter_and_filter_form_options(client, demo):
    category = demo[1].primary_category
    html = client.get(f"/research/?category={category.slug}").content.decode()
    assert demo[1].title in html
    assert all(p.title not in html for p in demo if category not in p.topics.all())
    assert f'<option value="{category.slug}" selected>' in html
    assert '<option value="animal_study">Animal study</option>' in html
    assert '<option value="2021">2021</option>' in html


def test_pagination_keeps_the_filters(client, demo, monkeypatch):
    monkeypatch.setattr(listing, "PAGE_SIZE", 2)
    html = client.get("/research/?population=humans").content.decode()
    assert 'href="?population=humans&amp;page=2"' in html
    second = client.get("/research/?population=humans&page=2").content.decode()
    assert 'href="?population=humans&amp;page=1"' in second and "Page 2 of" in second


def count_queries(client, url: str) -> int:
    client.get(url)  # warm the per-process caches (site root paths)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


LIST_PAGES = ["/", "/research/", "/research/?population=humans", "/categories/neurology/"]


def test_list_pages_use_the_same_number_of_queries_whatever_the_page_size(
    client, demo, monkeypatch
):
    counts = {}
    for size in (2, 10):
        monkeypatch.setattr(listing, "PAGE_SIZE", size)
        for url in LIST_PAGES:
            counts[url, size] = count_queries(client, url)
        counts["/api/summaries/", size] = count_queries(client, f"/api/summaries/?page_size={size}")
        counts["/search/?q=spinal", size] = count_queries(client, "/search/?q=spinal")
    counts["/categories/", 10] = counts["/categories/", 2] = count_queries(client, "/categories/")
    print("\nqueries per list page (page size 2 -> 10):")
    for url in dict.fromkeys(url for url, _size in counts):
        print(f"  {url:32} {counts[url, 2]:3} -> {counts[url, 10]:3}")
    assert all(counts[url, 2] == counts[url, 10] for url, _size in counts)


def test_home_shows_tagline_latest_six_categories_and_subscribe_call(client, home, demo):
    pages = demo
    html = client.get("/").content.decode()
    assert home.tagline in html
    assert len(titles(client.get("/"))) == 6
    assert "Browse by category" in html and "(" in html
    assert "New research in your inbox" in html and 'href="/subscribe/"' in html
    assert pages[0].primary_category.title in html


def test_category_page_items_have_journal_date_and_key_finding(client, demo):
    page = demo[1]
    html = client.get(page.primary_category.url).content.decode()
    assert f"{page.journal} • <time" in html
    assert "<strong>Key finding:</strong>" in html
    assert "/feeds/" in html
