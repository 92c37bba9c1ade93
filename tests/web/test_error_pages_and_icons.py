"""The site's own 404 and 500 pages; the favicon and the touch icons every page links."""

from __future__ import annotations

import io
import re

import pytest
from django.urls import path
from PIL import Image

from scrh.web import urls as site_urls


def boom(request):
    raise RuntimeError("a fault on our side")


urlpatterns = [path("boom/", boom), *site_urls.urlpatterns]


def test_a_missing_page_shows_the_sites_own_not_found_page(client, site):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "<h1>Page not found</h1>" in html and 'action="/search/"' in html
    assert '<meta name="robots" content="noindex">' in html
    assert 'rel="apple-touch-icon"' in html


def test_a_server_error_shows_the_sites_own_error_page(client, site, settings):
    settings.ROOT_URLCONF = __name__
    client.raise_request_exception = False
    response = client.get("/boom/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "<h1>Something went wrong</h1>" in html and "a fault on our side" not in html
    assert 'href="/favicon.ico"' in html and "/static/css/site.css" in html


def test_favicon_is_an_icon_with_the_usual_sizes(client, site):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/vnd.microsoft.icon"
    assert "max-age=" in response["Cache-Control"]
    icon = Image.open(io.BytesIO(response.content))
    assert icon.format == "ICO"
    assert {(16, 16), (32, 32), (48, 48)} <= set(icon.info["sizes"])
    assert client.post("/favicon.ico").status_code == 405


@pytest.mark.parametrize("url", ["/", "/no-such-page/", "/search/?q=spinal"])
def test_every_page_links_icons_that_are_served(client, site, url):
    html = client.get(url).content.decode()
    links = dict(re.findall(r'<link rel="(icon|apple-touch-icon)" href="([^"]+)"', html))
    svg = re.search(r'<link rel="icon" href="([^"]+\.svg)" type="image/svg\+xml">', html)
    touch = links.get("apple-touch-icon")
    assert svg and touch, html[:2000]
    svg_response = client.get(svg.group(1))
    assert svg_response.status_code == 200
    svg_text = b"".join(svg_response.streaming_content).decode()
    assert svg_text.lstrip().startswith("<svg") and 'viewBox="0 0 64 64"' in svg_text
    touch_response = client.get(touch)
    assert touch_response.status_code == 200
    image = Image.open(io.BytesIO(b"".join(touch_response.streaming_content)))
    assert (image.format, image.size, image.mode) == ("PNG", (180, 180), "RGB")
