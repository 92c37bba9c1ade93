"""`sitemap.xml`: an index of sitemap pages, each at most 10,000 URLs."""

from __future__ import annotations

from urllib.parse import urlsplit

from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.urls import reverse
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


class ReaderViewSitemap(Sitemap):
    """The reader pages outside the page tree, at the Wagtail site's address like the others."""

    URL_NAMES = ("glossary", "readers:contact", "readers:subscribe")
    _urls = DjangoSitemap._urls  # Django's: items are URL names, not pages

    def items(self) -> list[str]:
        return list(self.URL_NAMES)

    def location(self, name: str) -> str:
        return reverse(name)

    def lastmod(self, name: str) -> None:
        return None

    def get_protocol(self, protocol: str | None = None) -> str:
        return urlsplit(self.get_wagtail_site().root_url).scheme

    def get_domain(self, site: object = None) -> str:
        return urlsplit(self.get_wagtail_site().root_url).netloc


SITEMAPS = {"pages": PageSitemap, "summaries": SummarySitemap, "static": ReaderViewSitemap}
