"""The shipped caching proxy (`deploy/nginx.conf`, Debian's nginx) in front of the site under
gunicorn: anonymous pages are cached, editors, forms and writes pass through, and a publish
shows through the proxy within two seconds (a copy lives one to two)."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.db import connection

from scrh.web.settings.services import cache_from_url
from tests.servers import app_env, app_server, caching_proxy, fetch
from tests.servers import database_url as url_of
from tests.web.conftest import demo_papers, publish_papers

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def proxied(redis_db, site, editor, settings):
    """(proxy URL, app URL, a live summary page); the app and this process share Redis."""
    cache_url, _queue = redis_db
    settings.CACHES = {"default": cache_from_url(cache_url)}
    page = publish_papers(demo_papers(1), editor)[0]
    env = app_env(DATABASE_URL=url_of(connection.settings_dict), SCRH_CACHE_URL=cache_url)
    with app_server(env, workers=2) as app, caching_proxy(app.removeprefix("http://")) as proxy:
        yield proxy, app, page


def cache_states(url: str) -> tuple[list[str], set[str]]:
    """The proxy's cache status of up to five GETs of `url`, stopping at the first HIT (a copy
    lives one second, so on a loaded machine the second GET may already find it expired), and
    the bodies served."""
    states, bodies = [], set()
    for _ in range(5):
        status, headers, body = fetch(url)
        assert status == 200
        states.append(headers["X-Proxy-Cache"])
        bodies.add(body)
        if states[-1] == "HIT":
            break
    return states, bodies


def test_anonymous_pages_are_served_from_the_proxy(proxied):
    proxy, _app, page = proxied
    states, bodies = cache_states(proxy + page.get_url())
    assert states[0] == "MISS" and states[-1] == "HIT"
    assert len(bodies) == 1 and page.title in bodies.pop()
    states, _bodies = cache_states(proxy + "/research/?page=1")
    assert states[0] == "MISS" and states[-1] == "HIT"


def test_editors_forms_and_writes_pass_through_and_are_never_stored(proxied):
    proxy, _app, page = proxied
    editor_cookie = {"Cookie": "sessionid=an-editor-session"}
    for _ in range(2):
        status, headers, _body = fetch(proxy + page.get_url(), headers=editor_cookie)
        assert (status, headers["X-Proxy-Cache"]) == (200, "BYPASS")
    # what an editor was shown was not stored for readers
    assert fetch(proxy + page.get_url())[1]["X-Proxy-Cache"] == "MISS"

    forms = ("/admin/login/", "/contact/", "/subscribe/", f"/feedback/{page.pk}/")
    for path in (*forms, f"/feedback/{page.pk}/state/"):
        for _ in range(2):
            status, headers, _body = fetch(proxy + path)
            assert status == 200, path
            assert "X-Proxy-Cache" not in headers, path
            assert headers.get("X-Cache") != "hit", path

    # writes reach the app every time (here its CSRF refusal), under the cached location too
    for _ in range(2):
        status, headers, _body = fetch(proxy + "/api/summaries/", method="POST", data=b"{}")
        assert status == 403
        assert headers.get("X-Proxy-Cache") != "HIT"


UPSTREAM_HEADERS = {
    "/plain": {},
    "/private": {"Cache-Control": "private"},
    "/no-store": {"Cache-Control": "no-store"},
    "/no-cache": {"Cache-Control": "no-cache"},
    "/cookie": {"Set-Cookie": "csrftoken=abc; Path=/"},
    "/vary": {"Vary": "Cookie"},
}


@pytest.mark.django_db(transaction=False)
def test_answers_that_refuse_caching_set_or_vary_on_cookies_are_never_stored():
    """The config's rules against an upstream answering each header (a plain HTTP server)."""
    upstream = ThreadingHTTPServer(("127.0.0.1", 0), _HeaderHandler)
    threading.Thread(target=upstream.serve_forever, daemon=True).start()
    try:
        with caching_proxy(f"127.0.0.1:{upstream.server_address[1]}") as proxy:
            plain, _bodies = cache_states(proxy + "/plain")
            states = {
                path: [fetch(proxy + path)[1].get("X-Proxy-Cache") for _ in range(3)]
                for path in UPSTREAM_HEADERS
                if path != "/plain"
            }
    finally:
        upstream.shutdown()
        upstream.server_close()
    assert plain[0] == "MISS" and plain[-1] == "HIT"  # the rule that stores, working
    assert states == {path: ["MISS"] * 3 for path in states}


class _HeaderHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        body = f"answer for {self.path}".encode()
        self.send_response(200)
        for name, value in UPSTREAM_HEADERS[self.path].items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


def test_a_publish_shows_through_the_proxy_within_two_seconds(proxied, editor):
    proxy, _app, page = proxied
    states, _bodies = cache_states(proxy + page.get_url())
    assert states[-1] == "HIT"
    page.title = "Published a moment ago"
    page.save_revision(user=editor).publish(user=editor)
    # nginx keeps a copy "1 s" counted in whole seconds: one to two seconds
    time.sleep(2.05)
    status, headers, body = fetch(proxy + page.get_url())
    assert status == 200
    assert headers["X-Proxy-Cache"] in ("EXPIRED", "MISS")
    assert "Published a moment ago" in body
