"""CSRF on every form, login on the editor and previews, no enumeration, bursts and junk posts."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.test import Client

from scrh.web.readers.models import Subscriber


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


def _forms(page) -> dict[str, dict[str, str]]:
    return {
        f"/feedback/{page.id}/": {"helpful": "yes", "comment": ""},
        "/subscribe/": {"email": "reader@example.org", "frequency": "weekly"},
        "/contact/": {
            "name": "A reader",
            "email": "reader@example.org",
            "topic": "summary",
            "message": "Hello",
        },
        "/subscribe/confirm/": {"token": "x"},
        "/subscribe/manage/": {"token": "x", "frequency": "weekly"},
        "/subscribe/manage/export/": {"token": "x"},
        "/subscribe/manage/delete/": {"token": "x"},
        "/admin/login/": {"username": "editor", "password": "pw"},
    }


def test_every_form_refuses_a_post_without_a_csrf_token(published):
    strict = Client(enforce_csrf_checks=True)
    for path, data in _forms(published[0]).items():
        assert strict.post(path, data).status_code == 403, path
    assert not Subscriber.objects.exists()


def test_one_click_unsubscribe_needs_no_csrf_token_but_a_valid_signed_one(published):
    """RFC 8058: mail clients POST `List-Unsubscribe=One-Click` with no cookie or CSRF token;
    the signed token in the link is what authorises it."""
    strict = Client(enforce_csrf_checks=True)
    response = strict.post("/subscribe/unsubscribe/", {"token": "forged"})
    assert response.status_code == 400


@pytest.mark.parametrize("path", ["/admin/", "/admin/pages/", "/django-admin/", "/admin/reports/"])
def test_editor_pages_require_login(client, published, path):
    response = client.get(path)
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_draft_previews_require_login(client, published):
    page = published[0]
    for path in (f"/admin/pages/{page.id}/view_draft/", f"/admin/pages/{page.id}/edit/preview/"):
        response = client.get(path)
        assert response.status_code == 302 and "login" in response["Location"], path


def test_subscribing_does_not_reveal_who_is_subscribed(client, published):
    data = {"email": "known@example.org", "frequency": "weekly"}
    first = client.post("/subscribe/", data, REMOTE_ADDR="10.0.0.1")
    cache.clear()
    again = client.post("/subscribe/", data, REMOTE_ADDR="10.0.0.2")
    assert (first.status_code, first.get("Location")) == (again.status_code, again.get("Location"))


def test_password_reset_does_not_reveal_accounts(client, editor):
    known = client.post("/admin/password_reset/", {"email": "editor@example.org"})
    editor.email = "editor@example.org"
    editor.save()
    unknown = client.post("/admin/password_reset/", {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code
    assert known.get("Location") == unknown.get("Location")


def test_admin_login_failure_is_the_same_for_unknown_and_known_users(client, editor):
    wrong = client.post("/admin/login/", {"username": "editor", "password": "nope"})
    unknown = client.post("/admin/login/", {"username": "ghost", "password": "nope"})
    assert wrong.status_code == unknown.status_code == 200
    assert wrong.content.count(b"error") == unknown.content.count(b"error")


def test_a_burst_of_contact_messages_is_cut_off(client, published):
    data = _forms(published[0])["/contact/"]
    codes = [client.post("/contact/", data, REMOTE_ADDR="10.9.9.9").status_code for _ in range(12)]
    assert 429 in codes
    assert codes[-1] == 429
    assert codes.count(429) >= 6


def test_a_burst_of_feedback_is_cut_off(client, published):
    path = f"/feedback/{published[0].id}/"
    codes = [
        Client().post(path, {"helpful": "yes"}, REMOTE_ADDR="10.8.8.8").status_code
        for _ in range(40)
    ]
    assert codes[-1] == 429


@pytest.mark.parametrize(
    "data",
    [
        {"email": "a" * 5000 + "@example.org", "frequency": "weekly"},
        {"email": "reader@example.org", "frequency": "hourly"},
        {"email": "reader@example.org\r\nBcc: victim@example.org", "frequency": "weekly"},
        {"email": ["one@example.org", "two@example.org"], "frequency": "weekly"},
        {"email": "\x00reader@example.org", "frequency": "weekly"},
    ],
)
def test_hostile_subscribe_posts_are_rejected_without_error(client, published, data):
    response = client.post("/subscribe/", data)
    assert response.status_code == 400
    assert not Subscriber.objects.exists()


def test_oversized_feedback_comment_is_rejected(client, published):
    path = f"/feedback/{published[0].id}/"
    response = client.post(path, {"helpful": "yes", "comment": "x" * 100_000})
    assert response.status_code == 400
