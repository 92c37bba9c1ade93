"""The context shared by lists of summaries: filters, their options and one page of results."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.functional import cached_property

from scrh.web.research.evidence_map import evidence_counts, evidence_map
from scrh.web.research.filters import SummaryFilters
from scrh.web.research.selectors import filter_choices

PAGE_SIZE = 10


class VersionedCountPaginator(Paginator):
    """A paginator whose count is kept in the cache under the content version and `listing`
    (what identifies the list: its path and filters).

    Counting 100,000 live summaries costs more than rendering the page; the count only changes
    when content does, and every change moves the version on.
    """

    def __init__(self, *args, listing: str, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.listing = listing

    @cached_property
    def count(self) -> int:
        from scrh.web.research.cache import content_version

        digest = hashlib.sha256(self.listing.encode()).hexdigest()
        key = f"scrh:count:{content_version()}:{digest}"
        count = cache.get(key)
        if count is None:
            count = super().count
            cache.set(key, count, settings.SCRH_PAGE_CACHE_SECONDS)
        return count


def paginate(
    request: HttpRequest, items: QuerySet | Sequence, per_page: int | None = None
) -> PaginatorPage:
    """The requested page of `items`; a bad or out-of-range `?page=` gives the nearest page.

    With the page cache on, a queryset's count is cached per content version."""
    per_page = per_page or PAGE_SIZE
    if isinstance(items, QuerySet) and getattr(settings, "SCRH_PAGE_CACHE_SECONDS", 600):
        params = sorted((k, v) for k, v in request.GET.items() if k != "page")
        listing = f"{request.get_host()}{request.path}?{params}:{per_page}"
        paginator = VersionedCountPaginator(items, per_page, listing=listing)
    else:
        paginator = Paginator(items, per_page)
    return paginator.get_page(request.GET.get("page"))


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
