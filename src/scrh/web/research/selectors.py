"""Reads of the reader site that are more than one line."""

from __future__ import annotations

from django.db.models import QuerySet

from scrh.web.research.models import CategoryPage, SummaryPage
from scrh.web.research.models.pages import annotate_summary_counts
from scrh.web.research.queryset import SummaryPageQuerySet


def latest_summaries() -> SummaryPageQuerySet:
    """Live summary pages, newest paper first, with their primary category loaded."""
    return SummaryPage.objects.live().public().latest_first().select_related("primary_category")


def categories_with_counts() -> QuerySet[CategoryPage]:
    """Live category pages in title order, each with `summary_count`."""
    return annotate_summary_counts(CategoryPage.objects.live().order_by("title"))
