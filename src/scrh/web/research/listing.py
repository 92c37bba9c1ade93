"""The context shared by lists of summaries: filters, their options and one page of results."""

from __future__ import annotations

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import HttpRequest

from scrh.web.research.evidence_map import evidence_counts, evidence_map
from scrh.web.research.filters import SummaryFilters
from scrh.web.research.selectors import filter_choices

PAGE_SIZE = 10


def paginate(
    request: HttpRequest, items: QuerySet | list, per_page: int | None = None
) -> PaginatorPage:
    """The requested page of `items`; a bad or out-of-range `?page=` gives the nearest page."""
    return Paginator(items, per_page or PAGE_SIZE).get_page(request.GET.get("page"))


def filtered_listing(
    request: HttpRequest, queryset: QuerySet, *, per_page: int | None = None, scope: str = ""
) -> dict:
    """Filters read from the request, the filter options, the page of matching summaries and
    their evidence map (its count cached when `scope` names what `queryset` holds)."""
    filters = SummaryFilters.from_query(request.GET)
    matching = filters.apply(queryset)
    counts = evidence_counts(matching, scope=scope and f"{scope}{filters.querystring()}")
    return {
        "filters": filters,
        "choices": filter_choices(),
        "summaries": paginate(request, matching, per_page),
        "page_params": filters.querystring().lstrip("?"),
        "evidence": evidence_map(counts, filters),
    }
