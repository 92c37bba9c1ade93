"""Newsletter: double opt-in, no enumeration, signed links, preferences, data, unsubscribe."""

from __future__ import annotations

import json
import time
from unittest import mock

from django.core import mail
from django.test import Client

from scrh.web.readers import tokens
from scrh.web.readers.models import ContactMessage, Subscriber
from scrh.web.research.models import CategoryPage
from tests.web.readers.conftest import link_in, parse_mime, text_part


def subscribe(client, email="reader@example.org", frequency="weekly", categories=()):
    data = {"email": email, "frequency": frequency, "categories": [c.pk for c in categories]}
    return client.post("/subscribe/", data)


def confirmed(client, summary, email="reader@example.org") -> Subscriber:
    subscribe(client, email, categories=[summary.primary_category])
    confirm_path = link_in(mail.outbox[-1], "/subscribe/confirm/")
    token = confirm_path.split("token=")[1]
    client.post("/subscribe/confirm/", {"token": _unquote(token)})
    return Subscriber.objects.get(email=email)


def _unquote(value: str) -> str:
    from urllib.parse import unquote

    return unquote(value)


def test_subscribe_sends_a_mime_confirmation_with_text_part_and_unsubscribe_headers(
    client, summary
):
    response = subscribe(client, categories=[summary.primary_category])
    assert response.status_code == 302 and response["Location"] == "/subscribe/check-your-email/"
    assert len(mail.outbox) == 1
    message = parse_mime(mail.outbox[0])
    assert message["To"] == "reader@example.org"
    assert message.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in message.iter_parts()] == ["text/plain", "text/html"]
    unsubscribe = str(message["List-Unsubscribe"]).strip()  # may be folded onto a new line
    assert unsubscribe.startswith("<http") and "/subscribe/unsubscribe/?token=" in unsubscribe
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "/subscribe/unsubscribe/?token=" in text_part(mail.outbox[0])
    subscriber = Subscriber.objects.get()
    assert subscriber.confirmed_at is None and not subscriber.is_active


def test_confirm_link_shows_a_button_then_confirms_once(client, summary):
    subscribe(client)
    path = link_in(mail.outbox[0], "/subscribe/confirm/")
    page = client.get(path)
    assert page.status_code == 200 and "Confirm my subscription" in page.content.decode()
    assert Subscriber.objects.get().confirmed_at is None  # following the link changes nothing
    token = _unquote(path.split("token=")[1])
    response = client.post("/subscribe/confirm/", {"token": token}, follow=True)
    assert "Your subscription is confirmed" in response.content.decode()
    assert Subscriber.objects.get().is_active


def test_replayed_confirm_link_says_so_and_changes_nothing(client, summary):
    subscriber = confirmed(client, summary)
    token = _unquote(link_in(mail.outbox[0], "/subscribe/confirm/").split("token=")[1])
    before = Subscriber.objects.values().get(pk=subscriber.pk)
    response = client.post("/subscribe/confirm/", {"token": token})
    assert response.status_code == 400
    assert "already been used" in response.content.decode()
    assert Subscriber.objects.values().get(pk=subscriber.pk) == before


def test_expired_missing_and_forged_tokens_are_refused_clearly(client, summary):
    subscribe(client)
    subscriber = Subscriber.objects.get()
    value = f"{subscriber.key}.{subscriber.confirm_nonce}"
    with mock.patch("django.core.signing.time.time", return_value=time.time() - 4 * 86400):
        old = tokens.token_make(tokens.CONFIRM, value)
    cases = [(old, "expired"), ("", "incomplete"), (old[:-3] + "abc", "not valid")]
    for token, words in cases:
        response = client.post("/subscribe/confirm/", {"token": token})
        assert response.status_code == 400 and words in response.content.decode(), words
        assert client.get("/subscribe/manage/", {"token": token}).status_code == 400
    assert Subscriber.objects.get().confirmed_at is None


def test_same_public_answer_whether_or_not_the_address_is_known(client, summary):
    confirmed(client, summary, "known@example.org")
    mail.outbox.clear()
    known = subscribe(Client(), "known@example.org")
    unknown = subscribe(Client(), "new@example.org")
    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])
    known_page = Client().get(known["Location"]).content
    assert known_page == Client().get(unknown["Location"]).content
    subjects = {m.to[0]: m.subject for m in mail.outbox}
    assert subjects == {
        "known@example.org": "You are already subscribed",
        "new@example.org": "Please confirm your subscription",
    }
    assert Subscriber.objects.get(email="known@example.org").is_active


def test_invalid_email_is_refused_clearly_and_changes_nothing(client, summary):
    response = subscribe(client, "not-an-address")
    assert response.status_code == 400
    assert "Please enter a valid email address" in response.content.decode()
    assert not Subscriber.objects.exists() and not mail.outbox


def test_subscribe_without_csrf_token_is_refused(summary):
    response = subscribe(Client(enforce_csrf_checks=True))
    assert response.status_code == 403 and "reload the page" in response.content.decode()
    assert not Subscriber.objects.exists() and not mail.outbox


def test_manage_page_changes_topics_and_frequency(client, summary):
    subscriber = confirmed(client, summary)
    token = tokens.token_make(tokens.MANAGE, subscriber.key)
    other = CategoryPage.objects.exclude(pk=summary.primary_category.pk).first()
    response = client.post(
        "/subscribe/manage/",
        {"token": token, "frequency": "monthly", "categories": [other.pk]},
        follow=True,
    )
    assert "Your preferences are saved" in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.frequency == "monthly"
    assert list(subscriber.categories.all()) == [other]


def test_export_gives_everything_held_as_json(client, summary):
    subscriber = confirmed(client, summary)
    ContactMessage.objects.create(
        name="R", email="reader@example.org", topic="other", message="Hello"
    )
    token = tokens.token_make(tokens.MANAGE, subscriber.key)
    response = client.post("/subscribe/manage/export/", {"token": token})
    assert response["Content-Type"] == "application/json"
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["email"] == "reader@example.org" and data["frequency"] == "weekly"
    assert data["categories"] == [summary.primary_category.title]
    assert data["contact_messages"][0]["message"] == "Hello"


def test_delete_erases_the_subscriber_and_their_messages(client, summary):
    subscriber = confirmed(client, summary)
    ContactMessage.objects.create(name="R", email="Reader@example.org", topic="other", message="x")
    token = tokens.token_make(tokens.MANAGE, subscriber.key)
    response = client.post("/subscribe/manage/delete/", {"token": token})
    assert "Your data is deleted" in response.content.decode()
    assert not Subscriber.objects.exists() and not ContactMessage.objects.exists()
    gone = client.get("/subscribe/manage/", {"token": token})
    assert gone.status_code == 400 and "no longer exists" in gone.content.decode()


def test_one_click_unsubscribe_by_rfc8058_post_without_csrf(summary):
    client = Client()
    subscriber = confirmed(client, summary)
    header = str(parse_mime(mail.outbox[0])["List-Unsubscribe"]).strip().strip("<>")
    path = header.split("://", 1)[1].split("/", 1)[1]
    mail_client = Client(enforce_csrf_checks=True)
    response = mail_client.post(
        "/" + path,
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.unsubscribed_at is not None and not subscriber.is_active


def test_unsubscribe_link_asks_before_acting(client, summary):
    subscriber = confirmed(client, summary)
    path = link_in(mail.outbox[0], "/subscribe/unsubscribe/")
    page = client.get(path).content.decode()
    assert "Stop all newsletter emails to reader@example.org?" in page
    subscriber.refresh_from_db()
    assert subscriber.is_active
    assert "You are unsubscribed" in client.post(path).content.decode()
    assert "already unsubscribed" in client.get(path).content.decode()
