"""The evidence map as JSON: `/api/evidence/` (any listing filters) and
`/api/categories/<slug>/evidence/` (one category, narrowed by the same filters)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from django.http import Http404, HttpRequest, JsonResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.http import require_safe

from scrh.web.research.design_groups import DESIGNS, GROUPS
from scrh.web.research.evidence_map import (
    EvidenceMap,
    cell_params,
    evidence_counts,
    evidence_map,
)
from scrh.web.research.filters import POPULATIONS, SummaryFilters
from scrh.web.research.models import CategoryPage, ResearchIndexPage
from scrh.web.research.selectors import latest_summaries


def _cell_params(filters: SummaryFilters, group: str, population: str) -> str:
    return urlencode(cell_params(filters, group, population))


def evidence_json(
    emap: EvidenceMap,
    filters: SummaryFilters,
    *,
    list_url: str,
    request: HttpRequest,
    page_filters: SummaryFilters | None = None,
) -> dict[str, Any]:
    """Every group against every population (zeros included), studies a year, the sentence;
    each cell with the reader's list (`list_url` narrowed by `page_filters`, default `filters`)
    and the API list narrowed to it."""
    page_filters = page_filters or filters
    counts = {(c.group.code, c.population): c.count for row in emap.rows for c in row.cells}
    api_list = request.build_absolute_uri(reverse("api-summaries"))
    cells = []
    for group in GROUPS:
        for population in POPULATIONS:
            cells.append(
                {
                    "group": group,
                    "population": population,
                    "count": counts.get((group, population), 0),
                    "url": f"{list_url}?{_cell_params(page_filters, group, population)}",
                    "api_url": f"{api_list}?{_cell_params(filters, group, population)}",
                }
            )
    strongest = emap.strongest
    return {
        "total": emap.total,
        "sentence": emap.sentence,
        "filters": filters.params(),
        "groups": [
            {
                "code": g.code,
                "label": g.label,
                "design_codes": [c for c, d in DESIGNS.items() if d.group == g.code],
            }
            for g in GROUPS.values()
        ],
        "populations": [{"code": code, "label": label} for code, label in POPULATIONS.items()],
        "cells": cells,
        "years": [
            {"year": year, "group": group, "count": count}
            for (year, group), count in sorted(emap.by_year.items())
        ],
        "undated": emap.undated,
        "strongest_in_people": {
            "design_code": strongest.design_code,
            "count": strongest.count,
            "latest_year": strongest.latest_year,
        }
        if strongest
        else None,
    }


@require_safe
def evidence(request: HttpRequest) -> JsonResponse:
    """The evidence map of the published summaries matching the listing filters."""
    filters = SummaryFilters.from_query(request.GET)
    counts = evidence_counts(
        filters.apply(latest_summaries()), scope=f"api:{filters.querystring()}"
    )
    emap = evidence_map(counts, filters)
    index = ResearchIndexPage.objects.live().first()
    list_url = index.get_full_url(request) if index else request.build_absolute_uri("/")
    return JsonResponse(evidence_json(emap, filters, list_url=list_url, request=request))


@require_safe
def category_evidence(request: HttpRequest, slug: str) -> JsonResponse:
    """The evidence map of one category's published summaries (narrowed by the filters)."""
    category = CategoryPage.objects.live().public().filter(slug=slug).first()
    if category is None:
        raise Http404("No published category with that slug.")
    filters = replace(SummaryFilters.from_query(request.GET), category=slug)
    counts = evidence_counts(
        filters.apply(latest_summaries()), scope=f"api:{filters.querystring()}"
    )
    emap = evidence_map(counts, filters)
    body = evidence_json(
        emap,
        filters,
        list_url=category.get_full_url(request),
        request=request,
        page_filters=replace(filters, category=""),
    )
    body["category"] = {"slug": category.slug, "title": category.title}
    return JsonResponse(body)
