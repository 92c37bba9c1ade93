"""Header and footer links, looked up by the slugs `site_tree_ensure` gives the pages."""

from __future__ import annotations

from wagtail.models import Page

NAV_SLUGS = {
    "about": "about",
    "categories": "categories",
    "research": "research",
    "disclaimer": "disclaimer",
}


def navigation_links() -> dict[str, str]:
    """Name → URL for each top-level page that exists and is live; home is always '/'."""
    pages = Page.objects.live().filter(depth=3, slug__in=NAV_SLUGS.values())
    by_slug = {p.slug: p.url for p in pages}
    links = {"home": "/", "contact": "/contact/", "subscribe": "/subscribe/"}  # readers app
    links.update({name: by_slug[slug] for name, slug in NAV_SLUGS.items() if slug in by_slug})
    return links
