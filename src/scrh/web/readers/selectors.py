"""Reads of the reader channels that are more than one line."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.db.models import Q, QuerySet
from wagtail.models import Page

from scrh.web.readers.models import ContactMessage, FeedbackTally, FeedbackVote, Subscriber
from scrh.web.readers.models.newsletter import Frequency
from scrh.web.readers.services.feedback import voter_hash
from scrh.web.research.models import CategoryPage, SummaryPage

PERIODS = {Frequency.WEEKLY: timedelta(days=7), Frequency.MONTHLY: timedelta(days=30)}
DIGEST_MAX_ITEMS = 30


def summary_for_feedback(page_id: int) -> SummaryPage | None:
    """The live, public summary page readers may give feedback on."""
    return SummaryPage.objects.live().public().filter(pk=page_id).first()


def feedback_vote_of(*, page: Page, voter: str | None) -> FeedbackVote | None:
    """The vote this browser cast on `page`, if any."""
    if not voter:
        return None
    return FeedbackVote.objects.filter(page=page, voter_hash=voter_hash(voter)).first()


def feedback_counts(page: Page) -> tuple[int, int]:
    """(helpful, not helpful) votes on `page`."""
    tally = FeedbackTally.objects.filter(page=page).first()
    return (tally.helpful_count, tally.not_helpful_count) if tally else (0, 0)


def newsletter_categories() -> QuerySet[CategoryPage]:
    """The categories a reader can subscribe to, in title order."""
    return CategoryPage.objects.live().order_by("title")


def subscribers_due(now: datetime) -> QuerySet[Subscriber]:
    """Confirmed subscribers whose weekly or monthly digest is due at `now`."""
    due = Q(last_digest_at__isnull=True)
    for frequency, period in PERIODS.items():
        due |= Q(frequency=frequency, last_digest_at__lte=now - period)
    active = Q(confirmed_at__isnull=False, unsubscribed_at__isnull=True)
    return Subscriber.objects.filter(active & due).prefetch_related("categories").order_by("pk")


def digest_summaries(subscriber: Subscriber, *, since: datetime, until: datetime) -> list:
    """Summaries first published in (since, until] in the subscriber's categories, newest first."""
    pages = (
        SummaryPage.objects.live()
        .public()
        .filter(first_published_at__gt=since, first_published_at__lte=until)
    )
    categories = list(subscriber.categories.all())
    if categories:
        pages = pages.filter(topics__in=categories).distinct()
    pages = pages.select_related("primary_category").order_by("-first_published_at")
    return list(pages[:DIGEST_MAX_ITEMS])


def digest_since(subscriber: Subscriber, now: datetime) -> datetime:
    """Where the next digest starts: the last one, or one period back for a first digest."""
    return subscriber.last_digest_at or now - PERIODS[Frequency(subscriber.frequency)]


def subscriber_data(subscriber: Subscriber) -> dict[str, Any]:
    """Everything we hold about a subscriber, for a data export."""
    messages = ContactMessage.objects.filter(email__iexact=subscriber.email)
    return {
        "email": subscriber.email,
        "frequency": subscriber.frequency,
        "categories": [c.title for c in subscriber.categories.order_by("title")],
        "subscribed_at": _iso(subscriber.created_at),
        "confirmed_at": _iso(subscriber.confirmed_at),
        "unsubscribed_at": _iso(subscriber.unsubscribed_at),
        "last_digest_at": _iso(subscriber.last_digest_at),
        "contact_messages": [
            {"sent_at": _iso(m.created_at), "name": m.name, "topic": m.topic, "message": m.message}
            for m in messages
        ],
    }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None
