"""The read-only JSON API: `/api/summaries/`, `/api/summaries/<slug>/`, `/api/openapi.json`."""

from __future__ import annotations

from typing import Any

from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, JsonResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.http import require_safe

from scrh.web.research.filters import SummaryFilters
from scrh.web.research.models import SummaryPage
from scrh.web.research.openapi import openapi_document
from scrh.web.research.search import summary_search
from scrh.web.research.selectors import latest_summaries

DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE = 20, 100


def summary_item(page: SummaryPage, request: HttpRequest) -> dict[str, Any]:
    """The listing fields of one summary."""
    category = page.primary_category
    return {
        "slug": page.slug,
        "title": page.title,
        "url": page.get_full_url(request),
        "api_url": request.build_absolute_uri(reverse("api-summary", args=[page.slug])),
        "journal": page.journal,
        "paper_published": page.paper_published.isoformat() if page.paper_published else None,
        "first_published_at": page.first_published_at.isoformat()
        if page.first_published_at
        else None,
        "primary_category": {"slug": category.slug, "title": category.title} if category else None,
        "design_code": page.design_code,
        "evidence_level": page.evidence_level,
        "population": page.population or None,
        "simple_explanation": page.simple_explanation,
    }


def _page_size(request: HttpRequest) -> int:
    try:
        size = int(request.GET.get("page_size", DEFAULT_PAGE_SIZE))
    except ValueError:
        size = DEFAULT_PAGE_SIZE
    return min(max(size, 1), MAX_PAGE_SIZE)


def _page_link(request: HttpRequest, number: int | None) -> str | None:
    if number is None:
        return None
    params = {**request.GET.dict(), "page": number}
    return request.build_absolute_uri(f"{request.path}?{urlencode(params)}")


@require_safe
def summary_list(request: HttpRequest) -> JsonResponse:
    """Published summaries, newest first (or best match for `q`), filtered and paginated."""
    filters = SummaryFilters.from_query(request.GET)
    query = request.GET.get("q", "").strip()
    items = summary_search(query, filters) if query else filters.apply(latest_summaries())
    page = Paginator(items, _page_size(request)).get_page(request.GET.get("page"))
    return JsonResponse(
        {
            "count": page.paginator.count,
            "page": page.number,
            "num_pages": page.paginator.num_pages,
            "next": _page_link(request, page.next_page_number() if page.has_next() else None),
            "previous": _page_link(
                request, page.previous_page_number() if page.has_previous() else None
            ),
            "results": [summary_item(p, request) for p in page.object_list],
        }
    )


@require_safe
def summary_detail(request: HttpRequest, slug: str) -> JsonResponse:
    """One published summary: the listing fields, its categories and the whole summary."""
    page = latest_summaries().filter(slug=slug).first()
    if page is None:
        raise Http404("No published summary with that slug.")
    item = summary_item(page, request)
    item["categories"] = [{"slug": t.slug, "title": t.title} for t in page.topics.all()]
    item["summary"] = page.to_summary().to_json_dict()
    return JsonResponse(item)


@require_safe
def openapi(request: HttpRequest) -> JsonResponse:
    """The OpenAPI 3.1 description of this API."""
    return JsonResponse(openapi_document(request.build_absolute_uri("/")))
