"""RSS 2.0 and Atom feeds of the latest summaries, site-wide and per category.

The Atom feeds keep every MUST of RFC 4287: the feed and each entry have exactly one `id` (an
absolute IRI: the feed's own address, the summary's address), `title` and `updated`; the feed has
an `author` (the site) and a `self` link, and each entry an `alternate` link and its own `author`.
"""

from __future__ import annotations

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Atom1Feed
from django.utils.timezone import make_aware

from scrh.web.research.models import CategoryPage, SummaryPage
from scrh.web.research.selectors import latest_summaries

FEED_SIZE = 20
SITE_NAME = "Spinal Cord Research Help"


class LatestSummariesFeed(Feed):
    """The newest published summaries (RSS 2.0)."""

    title = "Spinal Cord Research Help: latest research"
    description = "New plain-language summaries of spinal cord injury research."
    link = "/research/"

    def get_object(self, request: HttpRequest, slug: str | None = None) -> CategoryPage | None:
        self.request = request
        return get_object_or_404(CategoryPage.objects.live(), slug=slug) if slug else None

    def feed_guid(self) -> str:
        return self.request.build_absolute_uri(self.request.path)

    def author_name(self) -> str:
        return SITE_NAME

    def author_link(self) -> str:
        return self.request.build_absolute_uri("/")

    def items(self, category: CategoryPage | None) -> list[SummaryPage]:
        summaries = latest_summaries()
        if category is not None:
            summaries = summaries.filter(topics=category)
        return list(summaries[:FEED_SIZE])

    def item_title(self, item: SummaryPage) -> str:
        return item.title

    def item_description(self, item: SummaryPage) -> str:
        return item.simple_explanation

    def item_link(self, item: SummaryPage) -> str:
        return item.get_url(self.request) or "/"

    def item_guid(self, item: SummaryPage) -> str:
        return item.get_full_url(self.request) or str(item.pk)

    def item_pubdate(self, item: SummaryPage) -> datetime | None:
        if item.first_published_at:
            return item.first_published_at
        return (
            make_aware(datetime.combine(item.paper_published, time()))
            if item.paper_published
            else None
        )

    def item_updateddate(self, item: SummaryPage) -> datetime | None:
        return item.last_published_at or self.item_pubdate(item)

    def item_author_name(self, item: SummaryPage) -> str:
        return SITE_NAME

    def item_author_link(self, item: SummaryPage) -> str:
        return self.request.build_absolute_uri("/")

    def item_categories(self, item: SummaryPage) -> list[str]:
        return [item.primary_category.title] if item.primary_category else []


class CategoryFeed(LatestSummariesFeed):
    """The newest summaries in one category (RSS 2.0)."""

    def title(self, category: CategoryPage) -> str:
        return f"Spinal Cord Research Help: {category.title}"

    def description(self, category: CategoryPage) -> str:
        return category.description or f"New summaries in {category.title}."

    def link(self, category: CategoryPage) -> str:
        return category.get_url(self.request) or "/"


class LatestSummariesAtomFeed(LatestSummariesFeed):
    feed_type = Atom1Feed
    subtitle = LatestSummariesFeed.description


class CategoryAtomFeed(CategoryFeed):
    feed_type = Atom1Feed

    def subtitle(self, category: CategoryPage) -> str:
        return self.description(category)
