"""schema.org JSON-LD and Open Graph data for summary pages."""

from __future__ import annotations

import json
from typing import Any

from django.http import HttpRequest
from django.utils.safestring import SafeString, mark_safe

from scrh.web.research.citation import paper_metadata
from scrh.web.research.models import SummaryPage

SITE_NAME = "Spinal Cord Research Help"
_JSON_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def summary_jsonld(page: SummaryPage, request: HttpRequest) -> dict[str, Any]:
    """A MedicalScholarlyArticle describing the summary, citing the paper it summarizes."""
    meta = paper_metadata(page)
    url = page.get_full_url(request)
    topics = [{"@type": "Thing", "name": t.title} for t in page.topics.all()]
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
        "publisher": {"@type": "Organization", "name": SITE_NAME},
        "audience": {"@type": "PeopleAudience", "audienceType": "Patients and caregivers"},
        "about": [{"@type": "MedicalCondition", "name": "Spinal cord injury"}, *topics],
        "citation": _citation(meta),
    }


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
