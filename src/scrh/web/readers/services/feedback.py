"""Votes and comments on summaries: one vote per browser per page, exact counts."""

from __future__ import annotations

from django.db import transaction
from django.db.models import F
from wagtail.models import Page

from scrh.web.readers.clients import FEEDBACK_LIMIT, keyed_hash, rate_limit_hit
from scrh.web.readers.models import FeedbackTally, FeedbackVote
from scrh.web.readers.services.errors import RateLimited

VOTER_PURPOSE = "scrh.readers.voter"


def voter_hash(voter: str) -> str:
    """The stored stand-in for a browser's voter cookie."""
    return keyed_hash(voter, purpose=VOTER_PURPOSE)


def feedback_vote(*, page: Page, voter: str, value: bool, client_key: str) -> FeedbackVote:
    """Record or change this browser's vote on `page`; the tally moves by atomic F() updates."""
    if rate_limit_hit(key=client_key, limit=FEEDBACK_LIMIT):
        raise RateLimited
    with transaction.atomic():
        FeedbackTally.objects.get_or_create(page=page)
        vote, created = FeedbackVote.objects.select_for_update().get_or_create(
            page=page,
            voter_hash=voter_hash(voter),
            defaults={"helpful": value, "client_hash": client_key},
        )
        if created:
            _tally_add(page, value, 1)
        elif vote.helpful != value:
            _tally_add(page, vote.helpful, -1)
            _tally_add(page, value, 1)
            vote.helpful = value
            vote.save(update_fields=["helpful", "updated_at"])
    return vote


def feedback_comment(*, vote: FeedbackVote, text: str) -> FeedbackVote:
    """Attach (or replace) the optional comment on a vote."""
    vote.comment = text.strip()
    vote.save(update_fields=["comment", "updated_at"])
    return vote


def _tally_add(page: Page, helpful: bool, delta: int) -> None:
    field = "helpful_count" if helpful else "not_helpful_count"
    FeedbackTally.objects.filter(page=page).update(**{field: F(field) + delta})
