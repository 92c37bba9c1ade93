"""Contact form: stored, emailed to editors, honeypot, rate limit, clear errors."""

from __future__ import annotations

from django.core import mail
from django.test import Client

from scrh.web.readers import clients
from scrh.web.readers.models import ContactMessage
from tests.web.readers.conftest import parse_mime

MESSAGE = {
    "name": "Sam Reader",
    "email": "sam@example.org",
    "topic": "correction",
    "message": "The participants line says 60; the paper says 62.",
}


def test_message_is_stored_and_emailed_to_the_editors(client, db, settings):
    settings.SCRH_EDITORS_EMAIL = "editors@example.org"
    response = client.post("/contact/", MESSAGE)
    assert response.status_code == 302 and response["Location"] == "/contact/thanks/"
    stored = ContactMessage.objects.get()
    assert stored.message == MESSAGE["message"] and stored.client_hash != "127.0.0.1"
    message = parse_mime(mail.outbox[0])
    assert message["To"] == "editors@example.org" and message["Reply-To"] == "sam@example.org"
    assert message.get_content_type() == "text/plain"
    assert MESSAGE["message"] in message.get_content()
    thanks = client.get("/contact/thanks/").content.decode()
    assert "Thank you, your message is sent" in thanks


def test_honeypot_filled_looks_sent_but_stores_and_sends_nothing(client, db):
    response = client.post("/contact/", {**MESSAGE, "website": "http://spam.example"})
    assert response.status_code == 302 and response["Location"] == "/contact/thanks/"
    assert not ContactMessage.objects.exists() and not mail.outbox


def test_bad_input_gets_clear_messages_and_changes_nothing(client, db):
    bad = {**MESSAGE, "email": "sam(at)example", "message": "x" * 5001}
    response = client.post("/contact/", bad)
    html = response.content.decode()
    assert response.status_code == 400
    assert "Please enter a valid email address" in html
    assert "Please keep your message to 5000 characters or fewer (it has 5001)" in html
    assert not ContactMessage.objects.exists() and not mail.outbox


def test_missing_csrf_token_is_refused(db):
    response = Client(enforce_csrf_checks=True).post("/contact/", MESSAGE)
    assert response.status_code == 403
    assert not ContactMessage.objects.exists()


def test_rate_limited_per_client(client, db, monkeypatch):
    monkeypatch.setattr(
        "scrh.web.readers.services.contact.CONTACT_LIMIT", clients.Limit("contact", 1, 60)
    )
    assert client.post("/contact/", MESSAGE).status_code == 302
    response = client.post("/contact/", MESSAGE)
    assert response.status_code == 429 and "Please wait" in response.content.decode()
    assert ContactMessage.objects.count() == 1


def test_header_nav_links_contact_and_subscribe(client, db):
    from scrh.web.research.services import site_tree_ensure

    site_tree_ensure()
    html = client.get("/").content.decode()
    assert 'href="/contact/">Contact<' in html and 'href="/subscribe/">Subscribe<' in html
    assert client.get("/subscribe/").status_code == 200


def test_a_repeated_email_field_is_refused_not_picked_silently(db):
    data = {
        "name": "A reader",
        "email": ["first@example.org", "second@example.org"],
        "topic": "summary",
        "message": "Hello",
    }
    response = Client().post("/contact/", data)
    assert response.status_code == 400
    assert "sent more than once" in response.content.decode()
    assert not ContactMessage.objects.exists()


def test_a_right_to_left_override_in_a_name_is_removed_before_it_is_stored(db, editor):
    data = {
        "name": "Ann \u202egnp.exe\u202c Lee",
        "email": "ann@example.org",
        "topic": "summary",
        "message": "Hello \u2067there\u2069",
    }
    assert Client().post("/contact/", data).status_code == 302
    stored = ContactMessage.objects.get()
    assert stored.name == "Ann gnp.exe Lee" and stored.message == "Hello there"
    admin = Client()
    admin.force_login(editor)
    report = admin.get("/admin/editorial/reports/contact/").content.decode()
    assert "Ann gnp.exe Lee" in report and "\u202e" not in report
