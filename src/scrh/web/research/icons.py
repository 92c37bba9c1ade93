"""`/favicon.ico`, where browsers and crawlers look for the site's icon whatever the page says."""

from __future__ import annotations

from functools import cache

from django.contrib.staticfiles import finders
from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_safe

FAVICON = "icons/favicon.ico"
ONE_DAY = 86_400


@cache
def _favicon_bytes() -> bytes:
    path = finders.find(FAVICON)
    if not path:
        raise FileNotFoundError(f"static file {FAVICON} is missing from the app's static folder")
    with open(path, "rb") as icon:
        return icon.read()


@require_safe
def favicon(request: HttpRequest) -> HttpResponse:
    """The icon (16, 32 and 48 px), cacheable for a day."""
    response = HttpResponse(_favicon_bytes(), content_type="image/vnd.microsoft.icon")
    response["Cache-Control"] = f"public, max-age={ONE_DAY}"
    return response
