"""Template context shared by every page: the links in the header and footer."""

from __future__ import annotations

from django.http import HttpRequest

from scrh.web.research.navigation import navigation_links


def site_navigation(request: HttpRequest) -> dict:
    """Header and footer links, resolved from the page tree."""
    return {"nav": navigation_links()}
