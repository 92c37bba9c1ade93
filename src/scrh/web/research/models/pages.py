"""Home, listing, category and standard pages."""

from __future__ import annotations

from django.db import models
from django.db.models import Count, Q
from django.http import HttpRequest
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class TrailMixin:
    """Puts the breadcrumb trail in every page's template context."""

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        from scrh.web.research.breadcrumbs import page_trail

        context = super().get_context(request, *args, **kwargs)
        context["breadcrumbs"] = page_trail(self)
        return context


class HomePage(Page):
    """The site root: tagline, latest research, categories."""

    tagline = models.CharField(max_length=255, blank=True)
    intro = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("tagline"), FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "research.ResearchIndexPage",
        "research.CategoryIndexPage",
        "research.StandardPage",
    ]
    max_count = 1

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        from scrh.web.research.selectors import categories_with_counts, latest_summaries

        context = super().get_context(request, *args, **kwargs)
        context["latest"] = latest_summaries()[:6]
        context["categories"] = [c for c in categories_with_counts() if c.summary_count]
        return context


class ResearchIndexPage(TrailMixin, Page):
    """`/research/`: every published summary, latest first, ten a page."""

    intro = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["research.HomePage"]
    subpage_types = ["research.SummaryPage"]
    max_count = 1

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        from scrh.web.research.listing import filtered_listing
        from scrh.web.research.selectors import latest_summaries

        context = super().get_context(request, *args, **kwargs)
        summaries = latest_summaries().descendant_of(self)
        context.update(filtered_listing(request, summaries, scope=f"listing:{self.pk}"))
        return context


class CategoryIndexPage(TrailMixin, Page):
    """`/categories/`: every category with its number of summaries."""

    intro = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["research.HomePage"]
    subpage_types = ["research.CategoryPage"]
    max_count = 1

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        from scrh.web.research.selectors import categories_with_counts

        context = super().get_context(request, *args, **kwargs)
        context["categories"] = categories_with_counts()
        return context


class CategoryPage(TrailMixin, Page):
    """`/categories/<slug>/`: the category's evidence map and its summaries, ten a page (narrowed
    by the listing filters, e.g. `?group=randomised&population=humans` from the map)."""

    description = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("description")]
    parent_page_types = ["research.CategoryIndexPage"]
    subpage_types: list[str] = []

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        from scrh.web.research.evidence_map import category_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(category_listing(self, request))
        return context


class StandardPage(TrailMixin, Page):
    """A page of prose: About, Disclaimer and the like."""

    intro = models.TextField(blank=True)
    body = RichTextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["research.HomePage"]
    subpage_types: list[str] = []


def annotate_summary_counts(queryset: models.QuerySet) -> models.QuerySet:
    """Categories with the number of live summaries that list them, as `summary_count`."""
    live = Q(summaries__live=True)
    return queryset.annotate(summary_count=Count("summaries", filter=live, distinct=True))
