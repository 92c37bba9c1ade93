"""schema.org JSON-LD for summary pages: the article (its author: the site) and its breadcrumb."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urljoin

from django.http import HttpRequest
from django.utils.safestring import SafeString, mark_safe

from scrh.web.research.breadcrumbs import Crumb, summary_trail
from scrh.web.research.citation import paper_metadata
from scrh.web.research.models import SummaryPage

SITE_NAME = "Spinal Cord Research Help"
_JSON_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def summary_jsonld(page: SummaryPage, request: HttpRequest) -> dict[str, Any]:
    """A MedicalScholarlyArticle describing the summary, citing the paper it summarizes.

    The summary's author is the site, which wrote it; the paper's authors are the citation's."""
    meta = paper_metadata(page)
    url = page.get_full_url(request)
    topics = [{"@type": "Thing", "name": t.title} for t in page.topics.all()]
    site = _site(url)
    return {
        "@context": "https://schema.org",
        "@type": "MedicalScholarlyArticle",
        "headline": page.title[:110],
        "name": page.title,
        "url": url,
        "mainEntityOfPage": url,
        "inLanguage": "en",
        "abstract": page.simple_explanation,
        "datePublished": page.first_published_at.isoformat() if page.first_published_at else None,
        "dateModified": page.last_published_at.isoformat() if page.last_published_at else None,
        "author": [site],
        "publisher": site,
        "audience": {"@type": "PeopleAudience", "audienceType": "Patients and caregivers"},
        "about": [{"@type": "MedicalCondition", "name": "Spinal cord injury"}, *topics],
        "citation": _citation(meta),
    }


def breadcrumb_jsonld(trail: list[Crumb], base: str) -> dict[str, Any]:
    """A BreadcrumbList of `trail`, the breadcrumb the page shows, addresses made absolute
    against `base` (the page's own address)."""
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": n,
                "name": crumb.title,
                "item": urljoin(base, crumb.url),
            }
            for n, crumb in enumerate(trail, start=1)
        ],
    }


def summary_jsonld_scripts(page: SummaryPage, request: HttpRequest) -> SafeString:
    """The article and its breadcrumb, each in its own JSON-LD script element."""
    trail = summary_trail(page, page.primary_category)
    article = jsonld_script(summary_jsonld(page, request))
    crumbs = jsonld_script(breadcrumb_jsonld(trail, page.get_full_url(request)))
    return mark_safe(article + crumbs)  # noqa: S308


def _site(page_url: str) -> dict[str, Any]:
    return {"@type": "Organization", "name": SITE_NAME, "url": urljoin(page_url, "/")}


def _citation(meta: dict[str, Any]) -> dict[str, Any]:
    citation: dict[str, Any] = {"@type": "ScholarlyArticle", "name": meta["title"]}
    if meta["authors"]:
        citation["author"] = [{"@type": "Person", "name": a} for a in meta["authors"]]
    if meta["journal"]:
        citation["isPartOf"] = {"@type": "Periodical", "name": meta["journal"]}
    if meta["published"] or meta["year"]:
        citation["datePublished"] = str(meta["published"] or meta["year"])
    if meta["doi"]:
        citation["identifier"] = f"doi:{meta['doi']}"
        citation["url"] = f"https://doi.org/{meta['doi']}"
    return citation


def jsonld_script(data: dict[str, Any]) -> SafeString:
    """`data` as a `<script type="application/ld+json">` element, safe inside HTML."""
    clean = {k: v for k, v in data.items() if v not in (None, "", [])}
    text = json.dumps(clean, ensure_ascii=False).translate(_JSON_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308
