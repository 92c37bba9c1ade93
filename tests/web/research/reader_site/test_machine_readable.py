"""Feeds, sitemap, robots.txt, JSON-LD, Open Graph, citations and the JSON API."""

from __future__ import annotations

import html as html_lib
import json
import re
from xml.etree import ElementTree

import feedparser
import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate as validate_spec
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from scrh.web.research import sitemaps

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
ATOM = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")


@pytest.mark.parametrize(
    ("url", "version"),
    [("/feeds/rss.xml", "rss20"), ("/feeds/atom.xml", "atom10")],
)
def test_site_feeds_parse_and_list_the_latest_summaries(client, demo, url, version):
    feed = feedparser.parse(client.get(url).content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == version
    assert {e.title for e in feed.entries} == {p.title for p in demo}
    entry = feed.entries[0]
    assert entry.link.startswith("http") and entry.summary and entry.get("published")


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_category_feeds_hold_only_that_category(client, demo, kind):
    category = demo[1].primary_category
    feed = feedparser.parse(client.get(f"/feeds/{category.slug}/{kind}.xml").content)
    assert not feed.bozo
    assert category.title in feed.feed.title
    expected = {p.title for p in demo if category in p.topics.all()}
    assert {e.title for e in feed.entries} == expected
    assert client.get(f"/feeds/no-such-category/{kind}.xml").status_code == 404


def atom_violations(xml: bytes) -> list[str]:
    """What an Atom document breaks of RFC 4287's MUSTs for atom:feed and atom:entry."""
    feed = ElementTree.fromstring(xml)  # noqa: S314 (our own response)
    problems = [] if feed.tag == f"{ATOM}feed" else [f"root is {feed.tag}"]
    feed_has_author = _atom_element_problems(feed, "feed", problems)
    links = feed.findall(f"{ATOM}link")
    if not any(link.get("rel") == "self" and link.get("href") for link in links):
        problems.append("feed: no self link")
    for n, entry in enumerate(feed.findall(f"{ATOM}entry")):
        has_author = _atom_element_problems(entry, f"entry {n}", problems)
        if not (has_author or feed_has_author):
            problems.append(f"entry {n}: no author, and none on the feed")
        alternates = [
            e for e in entry.findall(f"{ATOM}link") if e.get("rel", "alternate") == "alternate"
        ]
        if entry.find(f"{ATOM}content") is None and not alternates:
            problems.append(f"entry {n}: no content and no alternate link")
        if len(alternates) > 1:
            problems.append(f"entry {n}: more than one alternate link")
    return problems


def _atom_element_problems(element, name: str, problems: list[str]) -> bool:
    """Append what `element` (feed or entry) lacks; whether it has a named author."""
    for child in ("id", "title", "updated"):
        found = element.findall(f"{ATOM}{child}")
        if len(found) != 1 or not (found[0].text or "").strip():
            problems.append(f"{name}: {len(found)} non-empty atom:{child}, not exactly one")
    ident = element.findtext(f"{ATOM}id") or ""
    if not re.match(r"^[a-z][a-z0-9+.-]*:\S+$", ident):
        problems.append(f"{name}: id {ident!r} is not an absolute IRI")
    updated = element.findtext(f"{ATOM}updated") or ""
    if not RFC3339.match(updated):
        problems.append(f"{name}: updated {updated!r} is not an RFC 3339 date-time")
    authors = element.findall(f"{ATOM}author")
    for author in authors:
        if len(author.findall(f"{ATOM}name")) != 1 or not author.findtext(f"{ATOM}name"):
            problems.append(f"{name}: an author without exactly one name")
    return bool(authors)


@pytest.mark.parametrize("kind", ["site", "category"])
def test_atom_feeds_carry_every_element_rfc_4287_requires(client, demo, kind):
    url = (
        "/feeds/atom.xml" if kind == "site" else f"/feeds/{demo[1].primary_category.slug}/atom.xml"
    )
    xml = client.get(url).content
    assert atom_violations(xml) == []
    feed = ElementTree.fromstring(xml)  # noqa: S314 (our own response)
    entries = feed.findall(f"{ATOM}entry")
    assert entries and all(e.find(f"{ATOM}author/{ATOM}name") is not None for e in entries)
    assert feed.findtext(f"{ATOM}author/{ATOM}name") == "Spinal Cord Research Help"
    assert feed.findtext(f"{ATOM}id").endswith(url)
    ids = [e.findtext(f"{ATOM}id") for e in entries]
    assert len(set(ids)) == len(ids)


def test_the_atom_checker_catches_what_rfc_4287_forbids():
    broken = b"""<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>/relative</id>
      <updated>yesterday</updated><entry><title>e</title><id>urn:x:1</id>
      <updated>2024-01-01T00:00:00Z</updated></entry></feed>"""
    problems = atom_violations(broken)
    assert "feed: no self link" in problems
    assert "feed: id '/relative' is not an absolute IRI" in problems
    assert "feed: updated 'yesterday' is not an RFC 3339 date-time" in problems
    assert "entry 0: no author, and none on the feed" in problems
    assert "entry 0: no content and no alternate link" in problems


def test_sitemap_index_links_sections_that_list_every_live_page(client, demo):
    index = ElementTree.fromstring(  # noqa: S314 (our own response)
        client.get("/sitemap.xml").content
    )
    sections = [loc.text for loc in index.findall("s:sitemap/s:loc", SITEMAP_NS)]
    assert [s.rsplit("/", 1)[-1] for s in sections] == [
        "sitemap-pages.xml",
        "sitemap-summaries.xml",
        "sitemap-static.xml",
    ]
    summaries = ElementTree.fromstring(  # noqa: S314 (our own response)
        client.get("/sitemap-summaries.xml").content
    )
    locs = {loc.text for loc in summaries.findall("s:url/s:loc", SITEMAP_NS)}
    assert locs == {p.full_url for p in demo}
    pages = client.get("/sitemap-pages.xml").content.decode()
    assert "/categories/" in pages and "/about/" in pages and demo[0].url not in pages
    static = ElementTree.fromstring(  # noqa: S314 (our own response)
        client.get("/sitemap-static.xml").content
    )
    root = demo[0].full_url.split("/research/")[0]
    assert [loc.text for loc in static.findall("s:url/s:loc", SITEMAP_NS)] == [
        f"{root}/glossary/",
        f"{root}/contact/",
        f"{root}/subscribe/",
    ]


def test_sitemap_is_paginated_past_the_limit(client, demo, monkeypatch):
    monkeypatch.setattr(sitemaps.SummarySitemap, "limit", 3)
    index = client.get("/sitemap.xml").content.decode()
    assert "sitemap-summaries.xml?p=2" in index
    second = ElementTree.fromstring(  # noqa: S314 (our own response)
        client.get("/sitemap-summaries.xml?p=2").content
    )
    assert len(second.findall("s:url", SITEMAP_NS)) == 3
    assert sitemaps.SITEMAP_LIMIT == 10_000


def test_robots_txt_points_at_the_sitemap(client, home):
    body = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in body
    assert re.search(r"^Sitemap: http://\S+/sitemap\.xml$", body, re.M)


def jsonld(html: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, "no JSON-LD on the page"
    return json.loads(match.group(1))


def test_summary_jsonld_is_a_medical_scholarly_article_citing_the_paper(client, demo):
    page = demo[1]
    data = jsonld(client.get(page.url).content.decode())
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "MedicalScholarlyArticle"
    for key in ("headline", "url", "datePublished", "publisher", "about", "citation", "abstract"):
        assert data.get(key), key
    assert data["url"] == page.full_url
    assert data["citation"]["@type"] == "ScholarlyArticle"
    assert data["citation"]["url"] == f"https://doi.org/{page.doi}"
    assert data["citation"]["isPartOf"]["name"] == page.journal
    assert page.primary_category.title in {t["name"] for t in data["about"]}


def test_summary_jsonld_names_its_author_and_its_breadcrumb(client, demo):
    page = demo[1]
    html = client.get(page.url).content.decode()
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    article, crumbs = (json.loads(s) for s in scripts)
    assert isinstance(article["author"], list)
    assert article["author"][0] == {
        "@type": "Organization",
        "name": "Spinal Cord Research Help",
        "url": page.full_url.split("/research/")[0] + "/",
    }
    assert crumbs["@context"] == "https://schema.org" and crumbs["@type"] == "BreadcrumbList"
    items = crumbs["itemListElement"]
    assert [i["position"] for i in items] == list(range(1, len(items) + 1))
    assert [i["name"] for i in items] == [
        "Home",
        "Research",
        page.primary_category.title,
        page.title,
    ]
    assert items[2]["item"] == page.primary_category.full_url
    assert items[-1]["item"] == page.full_url
    assert all(i["@type"] == "ListItem" and i["item"].startswith("http://") for i in items)
    shown = re.search(r'<nav class="breadcrumb".*?</nav>', html, re.S).group(0)
    for item in items:
        assert html_lib.escape(item["name"], quote=False) in shown


def test_summary_has_open_graph_tags(client, demo):
    html = client.get(demo[0].url).content.decode()
    for prop in ("og:type", "og:title", "og:description", "og:url", "og:site_name"):
        assert f'property="{prop}"' in html, prop
    assert '<meta property="og:type" content="article">' in html


def test_citation_exports_ris_and_bibtex(client, demo):
    page = demo[0]
    ris = client.get(f"{page.url}cite.ris")
    assert ris["Content-Type"].startswith("application/x-research-info-systems")
    text = ris.content.decode()
    assert text.startswith("TY  - JOUR\r\n") and "ER  - " in text
    assert f"DO  - {page.doi}" in text and "AU  - " in text
    bib = client.get(f"{page.url}cite.bib").content.decode()
    assert bib.startswith("@article{") and f"doi = {{{page.doi}}}" in bib
    assert client.get(f"{page.url}cite.pdf").status_code == 404


def test_api_lists_filters_and_paginates(client, demo):
    body = client.get("/api/summaries/", {"page_size": 5}).json()
    assert body["count"] == len(demo) and body["num_pages"] == 3 and len(body["results"]) == 5
    assert body["next"].endswith("page=2") and body["previous"] is None
    item = body["results"][0]
    for key in ("slug", "title", "url", "api_url", "journal", "evidence_level", "population"):
        assert key in item
    animals = client.get("/api/summaries/", {"population": "animals"}).json()
    assert {r["population"] for r in animals["results"]} == {"animals"}
    found = client.get("/api/summaries/", {"q": "spinal"}).json()
    assert found["count"] >= 1


def test_api_detail_returns_the_whole_summary(client, demo):
    page = demo[0]
    body = client.get(f"/api/summaries/{page.slug}/").json()
    assert body["title"] == page.title
    assert body["summary"] == page.to_summary().to_json_dict()
    assert body["categories"]
    assert client.get("/api/summaries/no-such-slug/").status_code == 404


def test_openapi_document_describes_every_route(client, home):
    doc = client.get("/api/openapi.json").json()
    assert doc["openapi"].startswith("3.1")
    validate_spec(doc)
    assert set(doc["paths"]) == {
        "/api/summaries/",
        "/api/summaries/{slug}/",
        "/api/evidence/",
        "/api/categories/{slug}/evidence/",
    }
    names = {p["name"] for p in doc["paths"]["/api/summaries/"]["get"]["parameters"]}
    assert {"q", "category", "design", "group", "level", "population", "year", "page"} <= names
    evidence = {p["name"] for p in doc["paths"]["/api/evidence/"]["get"]["parameters"]}
    assert evidence == {"category", "design", "group", "level", "population", "year"}
    refs = re.findall(r'"\$ref": "#/components/schemas/(\w+)"', json.dumps(doc))
    assert set(refs) <= set(doc["components"]["schemas"])


def test_citations_carry_volume_issue_and_pages_from_the_source(client, site, editor):
    from scrh.pipeline.papers.detect import parse_file
    from scrh.pipeline.summarize.engines import get_engine
    from scrh.web.editorial.ingest import paper_upsert
    from scrh.web.editorial.services import summary_draft_create, summary_publish
    from tests.conftest import SHARED

    paper = next(iter(parse_file(SHARED / "fixtures" / "pubmed_efetch_xml" / "pubmed4.xml")))
    record, _ = paper_upsert(paper=paper)
    page = summary_draft_create(paper=record, summary=get_engine("rules").summarize(paper))
    page = summary_publish(page=page, user=editor)
    ris = client.get(f"{page.url}cite.ris").content.decode()
    assert "VL  - 66\r\nIS  - 6\r\nSP  - 1116\r\nEP  - 1122\r\n" in ris
    bib = client.get(f"{page.url}cite.bib").content.decode()
    assert "volume = {66}" in bib and "number = {6}" in bib and "pages = {1116--1122}" in bib


def test_evidence_responses_match_their_openapi_schema(client, demo):
    doc = client.get("/api/openapi.json").json()
    registry = Registry().with_resource("urn:api", Resource.from_contents(doc, DRAFT202012))
    schema = {"$ref": "urn:api#/components/schemas/EvidenceMap"}
    category = demo[0].primary_category
    for url in ("/api/evidence/", f"/api/categories/{category.slug}/evidence/"):
        body = client.get(url).json()
        Draft202012Validator(schema, registry=registry).validate(body)
        assert body["total"] == sum(c["count"] for c in body["cells"])
    assert client.get("/api/evidence/").json()["total"] == len(demo)
