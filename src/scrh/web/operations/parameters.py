"""Requests every route refuses the same way: methods the site never takes, ids out of range.

A method other than GET, HEAD, POST or OPTIONS (PUT, PATCH, DELETE, ...) is 405 with `Allow`,
before the CSRF check would call it a "form has expired" 403.

Ids and numbers in URLs: a value no database column can hold is "not found", never a 500.

Django's `int` path converter accepts any run of digits; one past 2**63 - 1 reaches SQLite as
an OverflowError (PostgreSQL: a NumericValueOutOfRange). Routes that take an id as a string
(Wagtail's choosers) meet Django's "Field 'id' expected a number" ValueError on junk.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.urls import get_resolver

ALLOWED_METHODS = ("GET", "HEAD", "POST", "OPTIONS")
BIGINT_MAX = 2**63 - 1
_NOT_A_NUMBER = "expected a number but got"


def id_in_range(value: object) -> bool:
    """Whether `value` (an int or a string of digits) fits a 64-bit integer column."""
    try:
        number = int(str(value).strip())
    except ValueError:
        return False
    return -BIGINT_MAX - 1 <= number <= BIGINT_MAX


class RouteParameterMiddleware:
    """405 for a method no route takes; 404 for an integer route parameter out of range, and
    for a non-numeric id a view looks up."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method not in ALLOWED_METHODS:
            return HttpResponseNotAllowed(ALLOWED_METHODS)
        return self.get_response(request)

    def process_view(
        self, request: HttpRequest, view: Callable, args: tuple, kwargs: dict[str, Any]
    ) -> HttpResponse | None:
        for value in (*args, *kwargs.values()):
            if isinstance(value, int) and not isinstance(value, bool) and not id_in_range(value):
                return _not_found(request, "No such item")
        return None

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, OverflowError) or (
            isinstance(exception, ValueError) and _NOT_A_NUMBER in str(exception)
        ):
            return _not_found(request, "No such item")
        return None


def _not_found(request: HttpRequest, message: str) -> HttpResponse:
    handler = get_resolver().resolve_error_handler(404)
    return handler(request, Http404(message))
