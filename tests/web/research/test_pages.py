"""The page tree and the pages readers see."""

import re

import pytest
from django.utils.html import escape
from wagtail.models import Page

from scrh.pipeline.taxonomy import CATEGORIES
from scrh.web.research.models import CategoryPage, ResearchIndexPage, SummaryPage
from scrh.web.research.services import site_tree_ensure
from tests.web.conftest import demo_papers, publish_papers

CONTRACT_HEADINGS = [
    "Simple Explanation",
    "Study Duration",
    "Participants",
    "Evidence Level",
    "Key Findings",
    "Research Summary",
    "Practical Implications",
    "Study Limitations",
    "Reading Level and Checks",
    "Was this summary helpful?",
]


def test_site_tree_has_every_section_and_category_and_is_idempotent(site):
    before = Page.objects.count()
    site_tree_ensure()
    assert Page.objects.count() == before
    assert CategoryPage.objects.live().count() == len(CATEGORIES)
    assert ResearchIndexPage.objects.get().url == "/research/"


def test_header_and_footer_links_reach_the_real_pages(client, site):
    html = client.get("/").content.decode()
    for label, url in [
        ("About", "/about/"),
        ("Categories", "/categories/"),
        ("Latest Research", "/research/"),
        ("Contact", "/contact/"),
        ("Subscribe", "/subscribe/"),
        ("Disclaimer", "/disclaimer/"),
    ]:
        assert f'href="{url}">{label}<' in html or f'href="{url}">{label} ' in html, label
        assert client.get(url).status_code == 200


def test_drafts_are_not_shown_until_published(client, site, editor):
    from scrh.pipeline.summarize.engines import get_engine
    from scrh.web.editorial.services import summary_draft_create, summary_publish
    from tests.web.conftest import paper_upsert

    paper = demo_papers(1)[0]
    record, _ = paper_upsert(paper=paper)
    page = summary_draft_create(paper=record, summary=get_engine("rules").summarize(paper))
    assert not page.live
    assert client.get(page.url or f"/research/{page.slug}/").status_code == 404
    assert paper.title not in client.get("/research/").content.decode()
    summary_publish(page=page, user=editor)
    assert client.get(f"/research/{page.slug}/").status_code == 200
    assert page.title in client.get("/research/").content.decode()


def test_summary_page_shows_every_contract_block_in_order(client, published):
    page = published[0]
    html = client.get(page.url).content.decode()
    positions = [html.find(h) for h in CONTRACT_HEADINGS]
    assert -1 not in positions, dict(zip(CONTRACT_HEADINGS, positions, strict=True))
    assert positions == sorted(positions)
    assert escape(page.simple_explanation[:60]) in html


def test_summary_breadcrumb_and_back_link_name_the_primary_category(client, published):
    page = published[0]
    category = page.primary_category
    html = client.get(page.url).content.decode()
    crumbs = re.search(r'<nav class="breadcrumb".*?</nav>', html, re.S).group(0)
    labels = re.findall(r">([^<>]+)</(?:a|span)>", crumbs)
    assert labels == ["Home", "Research", category.title, page.title]
    assert f">Back to {category.title}</a>" in html


def test_research_index_lists_latest_first_ten_a_page(client, site, editor):
    pages = publish_papers(demo_papers(12), editor)
    first = client.get("/research/").content.decode()
    second = client.get("/research/?page=2").content.decode()
    dates = sorted((p.paper_published for p in pages if p.paper_published), reverse=True)
    newest = SummaryPage.objects.get(paper_published=dates[0])
    assert first.count('class="card"') == 10 and second.count('class="card"') == 2
    assert first.find(newest.title) < first.find('class="card"', first.find(newest.title))
    assert "Page 1 of 2" in first


def test_category_page_lists_its_summaries(client, published):
    page = published[0]
    html = client.get(page.primary_category.url).content.decode()
    assert page.title in html
    assert client.get("/categories/").status_code == 200


@pytest.mark.parametrize("path", ["/no-such-page/", "/research/no-such-summary/"])
def test_unknown_pages_get_the_styled_404(client, site, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
