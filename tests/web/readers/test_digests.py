"""`scrh send_digests`: HTML and plain-text digests, in the subscriber's categories, once."""

from __future__ import annotations

from datetime import timedelta

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from scrh.web.readers.models import Subscriber
from scrh.web.readers.services.digests import digests_send
from scrh.web.research.models import CategoryPage
from tests.web.readers.conftest import parse_mime, text_part


def active(email: str, categories, frequency="weekly") -> Subscriber:
    subscriber = Subscriber.objects.create(
        email=email, frequency=frequency, confirmed_at=timezone.now()
    )
    subscriber.categories.set(categories)
    return subscriber


def test_digest_lists_new_summaries_in_html_and_text_with_unsubscribe(summary):
    active("a@example.org", [summary.primary_category])
    out = call_command_output("send_digests")
    assert out == "1 digest sent."
    message = parse_mime(mail.outbox[0])
    assert [p.get_content_type() for p in message.iter_parts()] == ["text/plain", "text/html"]
    html = message.get_body(preferencelist=("html",)).get_content()
    assert summary.title in text_part(mail.outbox[0]) and summary.title in html
    assert summary.url in text_part(mail.outbox[0])
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "/subscribe/unsubscribe/?token=" in html


def test_running_twice_sends_nothing_twice(summary):
    active("a@example.org", [summary.primary_category])
    assert digests_send() == 1
    assert digests_send() == 0
    assert len(mail.outbox) == 1


def test_only_their_categories_and_only_active_subscribers(summary):
    other = CategoryPage.objects.exclude(pk__in=summary.topics.all()).first()
    active("other-topic@example.org", [other])
    active("everything@example.org", [])
    Subscriber.objects.create(email="pending@example.org")
    gone = active("gone@example.org", [summary.primary_category])
    gone.unsubscribed_at = timezone.now()
    gone.save()
    assert digests_send() == 1
    assert mail.outbox[0].to == ["everything@example.org"]


def test_next_digest_holds_only_what_was_published_since_the_last(summary):
    subscriber = active("a@example.org", [summary.primary_category])
    subscriber.last_digest_at = timezone.now() - timedelta(days=8)
    subscriber.save()
    summary.first_published_at = timezone.now() - timedelta(days=9)
    summary.save()
    assert digests_send() == 0  # due, but nothing new since the last digest
    summary.first_published_at = timezone.now() - timedelta(days=1)
    summary.save()
    assert digests_send() == 1
    subscriber.refresh_from_db()
    assert digests_send(now=timezone.now() + timedelta(days=3)) == 0  # not due for a week


def call_command_output(*args) -> str:
    from io import StringIO

    buffer = StringIO()
    call_command(*args, stdout=buffer)
    return buffer.getvalue().strip()
