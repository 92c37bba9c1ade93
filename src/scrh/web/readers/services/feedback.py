"""Votes and comments on summaries: one vote per browser per page, exact counts.

A browser is known by its voter cookie; without it (or with a made-up one) by a keyed hash of
the summary, its address, its user agent and the day, so posting without the cookie changes
that browser's vote instead of adding one. An address adds at most NEW_VOTES_PER_ADDRESS new
votes to one summary a day (people sharing a connection), whatever user agents it sends.
"""

from __future__ import annotations

import time

from django.db import IntegrityError, transaction
from django.db.models import F, Q
from wagtail.models import Page

from scrh.web.readers.clients import FEEDBACK_LIMIT, Limit, keyed_hash, rate_limit_hit
from scrh.web.readers.models import FeedbackTally, FeedbackVote
from scrh.web.readers.services.errors import RateLimited

VOTER_PURPOSE = "scrh.readers.voter"
BROWSER_PURPOSE = "scrh.readers.browser"
VOTE_WINDOW_SECONDS = 24 * 3600
NEW_VOTES_PER_ADDRESS = Limit("new-votes", count=20, seconds=VOTE_WINDOW_SECONDS)


def voter_hash(voter: str) -> str:
    """The stored stand-in for a browser's voter cookie."""
    return keyed_hash(voter, purpose=VOTER_PURPOSE)


def browser_hash(*, page_id: int, address: str, user_agent: str, at: float | None = None) -> str:
    """The stand-in for a browser without its cookie: summary, address, user agent, day."""
    window = int((time.time() if at is None else at) // VOTE_WINDOW_SECONDS)
    text = f"{page_id}|{window}|{address}|{user_agent[:500]}"
    return keyed_hash(text, purpose=BROWSER_PURPOSE)


def feedback_vote(
    *, page: Page, voter: str, value: bool, client_key: str, browser: str = ""
) -> FeedbackVote:
    """Record or change this browser's vote on `page`; the tally moves by atomic F() updates.

    The vote is this voter's (cookie), else this browser's this day (`browser`), else new.
    """
    if rate_limit_hit(key=client_key, limit=FEEDBACK_LIMIT):
        raise RateLimited
    voter_key = voter_hash(voter)
    with transaction.atomic():
        FeedbackTally.objects.get_or_create(page=page)
        vote = _existing(page, voter_key, browser)
        if vote is None:
            if rate_limit_hit(key=f"{client_key}:{page.pk}", limit=NEW_VOTES_PER_ADDRESS):
                raise RateLimited
            try:
                with transaction.atomic():
                    vote = FeedbackVote.objects.create(
                        page=page,
                        voter_hash=voter_key,
                        helpful=value,
                        client_hash=client_key,
                        browser_hash=browser,
                    )
            except IntegrityError:  # the same browser, at the same moment
                vote = _existing(page, voter_key, browser)
                if vote is None:
                    raise
            else:
                _tally_add(page, value, 1)
                return vote
        if vote.helpful != value:
            _tally_add(page, vote.helpful, -1)
            _tally_add(page, value, 1)
            vote.helpful = value
            vote.save(update_fields=["helpful", "updated_at"])
    return vote


def _existing(page: Page, voter_key: str, browser: str) -> FeedbackVote | None:
    match = (
        Q(voter_hash=voter_key) | Q(browser_hash=browser) if browser else Q(voter_hash=voter_key)
    )
    votes = FeedbackVote.objects.select_for_update().filter(match, page=page)
    return min(votes, key=lambda v: v.voter_hash != voter_key, default=None)


def feedback_comment(*, vote: FeedbackVote, text: str) -> FeedbackVote:
    """Attach (or replace) the optional comment on a vote."""
    vote.comment = text.strip()
    vote.save(update_fields=["comment", "updated_at"])
    return vote


def _tally_add(page: Page, helpful: bool, delta: int) -> None:
    field = "helpful_count" if helpful else "not_helpful_count"
    FeedbackTally.objects.filter(page=page).update(**{field: F(field) + delta})
