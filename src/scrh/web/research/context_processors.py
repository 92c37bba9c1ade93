"""Template context shared by every page: the links in the header and footer."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from scrh.web.research.navigation import navigation_links


def site_navigation(request: HttpRequest) -> dict:
    """Header and footer links, resolved from the page tree when a template first uses them.

    Lazy, so renders that never show the site's header (the editor's admin pages, emails)
    cost no query.
    """
    return {"nav": SimpleLazyObject(navigation_links)}
