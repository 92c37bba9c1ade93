"""Named queries over summary pages."""

from __future__ import annotations

from django.db.models import F
from wagtail.query import PageQuerySet


class SummaryPageQuerySet(PageQuerySet):
    """Summary pages with the reads the site needs."""

    def latest_first(self) -> SummaryPageQuerySet:
        """Newest paper first; pages with no paper date after the dated ones."""
        return self.order_by(
            F("paper_published").desc(nulls_last=True), "-first_published_at", "-pk"
        )
