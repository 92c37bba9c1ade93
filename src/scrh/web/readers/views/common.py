"""Helpers shared by the reader views."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render

from scrh.web.readers.services import RateLimited


def wants_json(request: HttpRequest) -> bool:
    """The page's own script asked (it sends `Accept: application/json`)."""
    return request.headers.get("Accept", "").startswith("application/json")


def too_many(request: HttpRequest) -> HttpResponse:
    """429 with a plain explanation; nothing was changed."""
    if wants_json(request):
        return JsonResponse({"error": RateLimited.message}, status=429)
    context = {"title": "Please wait a moment", "message": RateLimited.message}
    return render(request, "readers/problem.html", context, status=429)


def crumbs(*trail: tuple[str, str]) -> list[dict[str, str]]:
    """A breadcrumb trail from (title, url) pairs, starting at Home."""
    return [{"title": "Home", "url": "/"}, *({"title": t, "url": u} for t, u in trail)]


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """CSRF_FAILURE_VIEW: a plain explanation, not the technical page; nothing was changed."""
    message = (
        "This form has expired or was sent from another site, so nothing was changed. "
        "Please reload the page and try again."
    )
    if wants_json(request):
        return JsonResponse({"error": message}, status=403)
    context = {"title": "Please reload the page", "message": message}
    return render(request, "readers/problem.html", context, status=403)
