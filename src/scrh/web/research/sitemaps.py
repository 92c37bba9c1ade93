"""`sitemap.xml`: an index of sitemap pages, each at most 10,000 URLs."""

from __future__ import annotations

from wagtail.contrib.sitemaps import Sitemap

from scrh.web.research.models import SummaryPage

SITEMAP_LIMIT = 10_000


class PageSitemap(Sitemap):
    """Every live, public page except summaries."""

    limit = SITEMAP_LIMIT

    def items(self):
        return super().items().not_type(SummaryPage)


class SummarySitemap(Sitemap):
    """Every live, public summary page, oldest first so page numbers stay stable."""

    limit = SITEMAP_LIMIT

    def items(self):
        return SummaryPage.objects.live().public().order_by("pk")

    def lastmod(self, obj: SummaryPage):
        return obj.last_published_at


SITEMAPS = {"pages": PageSitemap, "summaries": SummarySitemap}
