"""Digests: each due subscriber gets the summaries published since their last digest, once."""

from __future__ import annotations

import logging
from datetime import datetime

from django.utils import timezone

from scrh.web.readers import emails, selectors
from scrh.web.readers.models import Subscriber

log = logging.getLogger(__name__)


def digests_send(*, now: datetime | None = None) -> int:
    """Send every due digest; returns how many were sent. Running it again sends nothing twice."""
    now = now or timezone.now()
    sent = 0
    for subscriber in selectors.subscribers_due(now):
        sent += digest_send(subscriber=subscriber, now=now)
    return sent


def digest_send(*, subscriber: Subscriber, now: datetime) -> bool:
    """Send one subscriber's digest if there is anything new; claim it first so it goes once."""
    since = selectors.digest_since(subscriber, now)
    summaries = selectors.digest_summaries(subscriber, since=since, until=now)
    if not summaries or not _claim(subscriber, now):
        return False
    message = emails.subscriber_message(
        subscriber=subscriber,
        subject=f"New spinal cord injury research: {len(summaries)} new summaries",
        template="digest",
        context={"summaries": [_item(page) for page in summaries], "since": since},
    )
    try:
        message.send()
    except Exception:
        _release(subscriber, now)
        log.exception("digest to subscriber %s not sent", subscriber.pk)
        raise
    return True


def _claim(subscriber: Subscriber, now: datetime) -> bool:
    """Move last_digest_at to `now` only if no other run has moved it since we read it."""
    rows = Subscriber.objects.filter(pk=subscriber.pk, last_digest_at=subscriber.last_digest_at)
    if subscriber.last_digest_at is None:
        rows = Subscriber.objects.filter(pk=subscriber.pk, last_digest_at__isnull=True)
    return bool(rows.update(last_digest_at=now))


def _release(subscriber: Subscriber, now: datetime) -> None:
    Subscriber.objects.filter(pk=subscriber.pk, last_digest_at=now).update(
        last_digest_at=subscriber.last_digest_at
    )


def _item(page) -> dict[str, str]:
    return {
        "title": page.title,
        "url": emails.absolute_url(page.url or "/"),
        "category": page.primary_category.title if page.primary_category else "",
        "explanation": " ".join(page.simple_explanation.split()[:45]),
    }
