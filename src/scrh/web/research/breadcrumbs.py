"""Breadcrumb trails: Home › Research › category › title for summaries, the tree path otherwise."""

from __future__ import annotations

from dataclasses import dataclass

from wagtail.models import Page


@dataclass(frozen=True)
class Crumb:
    title: str
    url: str


def _label(page: Page) -> str:
    if page.depth == 2:
        return "Home"
    return "Research" if page.slug == "research" and page.depth == 3 else page.title


def page_trail(page: Page) -> list[Crumb]:
    """The ancestors of `page` below the root, then the page itself."""
    pages = [*page.get_ancestors().filter(depth__gte=2), page]
    return [Crumb(_label(p), p.url or "/") for p in pages]


def summary_trail(page: Page, category: Page | None) -> list[Crumb]:
    """Home › Research › primary category › summary title."""
    trail = page_trail(page)
    if category is None:
        return trail
    return [*trail[:-1], Crumb(category.title, category.url), trail[-1]]
