"""Reads of the reader site that are more than one line."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db.models import QuerySet

from scrh.web.research.design_groups import GROUPS
from scrh.web.research.filters import LEVELS, POPULATIONS
from scrh.web.research.models import CategoryPage, SummaryPage
from scrh.web.research.models.pages import annotate_summary_counts
from scrh.web.research.queryset import SummaryPageQuerySet


def latest_summaries() -> SummaryPageQuerySet:
    """Live summary pages, newest paper first, with their primary category loaded."""
    live = SummaryPage.objects.live().public().latest_first()
    return live.select_related("primary_category").prefetch_related("findings")


def categories_with_counts() -> QuerySet[CategoryPage]:
    """Live category pages in title order, each with `summary_count`."""
    return annotate_summary_counts(CategoryPage.objects.live().order_by("title"))


@dataclass(frozen=True)
class FilterChoices:
    """The options the filter form offers, from what is published (three queries)."""

    categories: list[tuple[str, str]] = field(default_factory=list)
    designs: list[tuple[str, str]] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    levels: tuple[int, ...] = tuple(LEVELS)
    populations: tuple[tuple[str, str], ...] = tuple(POPULATIONS.items())
    groups: tuple[tuple[str, str], ...] = tuple((g.code, g.label) for g in GROUPS.values())


def filter_choices() -> FilterChoices:
    """Categories with summaries, the study designs and the paper years in use.

    They scan every live summary, so with the page cache on they are kept in the cache under the
    content version (a publish anywhere moves it on) and computed once per change.
    """
    if not getattr(settings, "SCRH_PAGE_CACHE_SECONDS", 600):
        return _filter_choices()
    from scrh.web.research.cache import content_version

    key = f"scrh:filter-choices:{content_version()}"
    choices = cache.get(key)
    if choices is None:
        choices = _filter_choices()
        cache.set(key, choices, settings.SCRH_PAGE_CACHE_SECONDS)
    return choices


def _filter_choices() -> FilterChoices:
    live = SummaryPage.objects.live().public()
    categories = [
        (c.slug, f"{c.title} ({c.summary_count})")
        for c in categories_with_counts()
        if c.summary_count
    ]
    designs = dict(
        live.exclude(design_code="")
        .order_by("evidence_design")
        .values_list("design_code", "evidence_design")
    )
    years = [d.year for d in live.dates("paper_published", "year", order="DESC")]
    return FilterChoices(categories, sorted(designs.items(), key=lambda d: d[1] or ""), years)
