"""Reads of the editorial side."""

from __future__ import annotations

from datetime import datetime

from django.db.models import QuerySet

from scrh.web.editorial.models import PaperRecord, SavedSearch
from scrh.web.research.models import SummaryPage


def papers_without_summary() -> QuerySet[PaperRecord]:
    """Stored papers with an abstract, not withdrawn, that no summary page points at."""
    candidates = PaperRecord.objects.filter(summary_pages__isnull=True, withdrawn=False)
    return candidates.exclude(data__abstract="").order_by("pk")


def draft_summary_pages() -> QuerySet[SummaryPage]:
    """Summary pages that have never been published."""
    return SummaryPage.objects.filter(live=False, first_published_at__isnull=True).order_by("pk")


def searches_due(now: datetime) -> list[SavedSearch]:
    """Active saved searches whose schedule says they should run by `now`."""
    return [s for s in SavedSearch.objects.filter(active=True) if s.is_due(now)]
