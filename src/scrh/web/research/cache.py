"""Whole-page caching for anonymous readers, dropped whenever published content changes.

Each cached page is stored under the current *content version*; publishing, unpublishing,
moving or deleting a page (or updating a stored paper, or the search index) moves the version
on, so every older entry is simply never read again. Spellings of the same address (`+` or `%20`
for a space, parameters in another order) share one entry. Requests carrying a session cookie
(editors, previews) and responses that set cookies or vary on them are never cached.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse

VERSION_KEY = "scrh:content-version"
SKIP_PREFIXES = ("/admin/", "/django-admin/", "/static/", "/media/")


def content_version() -> int:
    """The current content version (a start time in ns, so a lost key never reuses a number)."""
    return cache.get_or_set(VERSION_KEY, time.time_ns, None)


def content_changed(**_kwargs: object) -> None:
    """Move the content version on: every cached page is stale from now."""
    cache.set(VERSION_KEY, time.time_ns(), None)


def normalized_url(request: HttpRequest) -> str:
    """The path and the decoded query parameters, sorted by name: `?q=a+b`, `?q=a%20b&` and
    `?q=a%20b` name the same response."""
    query = urlencode(sorted(request.GET.lists()), doseq=True)
    return f"{request.path}?{query}" if query else request.path


def page_cache_key(request: HttpRequest) -> str:
    digest = hashlib.sha256(normalized_url(request).encode()).hexdigest()
    return f"scrh:page:{content_version()}:{request.get_host()}:{digest}"


def _cacheable_request(request: HttpRequest) -> bool:
    return (
        request.method == "GET"
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith(SKIP_PREFIXES)
    )


def _cacheable_response(response: HttpResponse) -> bool:
    vary = response.get("Vary", "").lower()
    control = response.get("Cache-Control", "").lower()
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "cookie" not in vary
        and not any(word in control for word in ("private", "no-store", "no-cache"))
    )


class AnonymousPageCacheMiddleware:
    """Serve anonymous GETs from the cache; store the cacheable ones (header `X-Cache`)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        timeout = getattr(settings, "SCRH_PAGE_CACHE_SECONDS", 600)
        if not timeout or not _cacheable_request(request):
            return self.get_response(request)
        key = page_cache_key(request)
        stored = cache.get(key)
        if stored is not None:
            status, headers, content = stored
            response = HttpResponse(content, status=status, headers=headers)
            response["X-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if _cacheable_response(response):
            cache.set(
                key, (response.status_code, dict(response.items()), response.content), timeout
            )
            response["X-Cache"] = "miss"
        return response
