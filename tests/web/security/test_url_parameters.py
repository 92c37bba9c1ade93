"""Every route that takes an id or a number answers 404 or 400 to a huge, negative or
non-numeric value, never 500: the URL patterns are walked, not listed by hand."""

from __future__ import annotations

import re

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RoutePattern

HUGE = str(2**63)  # one past the largest 64-bit integer
VALUES = (HUGE, "99999999999999999999999999", "-1", "abc", "0")
_PLACEHOLDER = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")
_NUMBERED_QUERY = ("page", "p", "categories", "category", "year", "level", "offset", "limit", "id")


def routes(patterns=None, prefix: str = "") -> list[str]:
    """Each path-style route (`feedback/<int:page_id>/`), with the prefixes of its includes."""
    found: list[str] = []
    for entry in patterns if patterns is not None else get_resolver().url_patterns:
        pattern = entry.pattern
        if not isinstance(pattern, RoutePattern):
            continue  # regex routes take no typed parameters here
        route = prefix + str(pattern)
        if isinstance(entry, URLResolver):
            found.extend(routes(entry.url_patterns, route))
        elif isinstance(entry, URLPattern) and _PLACEHOLDER.search(route):
            found.append(route)
    return found


def filled(route: str, value: str) -> str:
    return "/" + _PLACEHOLDER.sub(value, route)


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


def test_the_walk_covers_the_reader_and_editor_routes():
    walked = routes()
    assert "feedback/<int:page_id>/state/" in walked
    assert any(r.startswith("admin/editorial/review/") for r in walked)
    assert len(walked) > 100


def test_every_route_with_a_parameter_answers_huge_negative_and_junk_values_without_500(
    published, editor
):
    anonymous, signed_in = (
        Client(raise_request_exception=False),
        Client(raise_request_exception=False),
    )
    signed_in.force_login(editor)
    failures = []
    for route in routes():
        for value in VALUES:
            url = filled(route, value)
            for client in (anonymous, signed_in):
                status = client.get(url).status_code
                if status >= 500:
                    failures.append(f"{status} {url}")
    assert failures == []


@pytest.mark.parametrize("value", VALUES)
def test_numbered_query_parameters_never_answer_500(published, value):
    client = Client(raise_request_exception=False)
    paths = ["/", "/research/", "/categories/", "/subscribe/", "/subscribe/manage/", "/api/"]
    paths += [f"/feedback/{published[0].id}/state/", f"/feedback/{published[0].id}/thanks/"]
    failures = []
    for path in paths:
        for name in _NUMBERED_QUERY:
            status = client.get(path, {name: value}).status_code
            if status >= 500:
                failures.append(f"{status} {path}?{name}={value}")
    assert failures == []


def test_subscribing_with_a_huge_category_id_is_a_form_error(site):
    response = Client().post(
        "/subscribe/",
        {"email": "reader@example.org", "frequency": "weekly", "categories": HUGE},
    )
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()


def test_managing_preferences_with_a_huge_category_id_is_a_form_error(site):
    from scrh.web.readers.forms import PreferencesForm

    form = PreferencesForm({"frequency": "weekly", "categories": [HUGE, "-5", "abc"]})
    assert not form.is_valid()
    assert "Select a valid choice" in str(form.errors["categories"])


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_methods_the_site_never_takes_are_405_not_a_csrf_403(published, method):
    client = Client(enforce_csrf_checks=True)
    for path in ("/", published[0].url, f"/feedback/{published[0].id}/", "/admin/", "/api/"):
        response = getattr(client, method)(path)
        assert response.status_code == 405, path
        assert response["Allow"] == "GET, HEAD, POST, OPTIONS"
