"""Subscribing (double opt-in), confirming, preferences, unsubscribing, deleting."""

from __future__ import annotations

import secrets
from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from scrh.web.readers import emails, tokens
from scrh.web.readers.clients import ADDRESS_LIMIT, SUBSCRIBE_LIMIT, keyed_hash, rate_limit_hit
from scrh.web.readers.models import ContactMessage, Subscriber
from scrh.web.readers.services.errors import RateLimited
from scrh.web.research.models import CategoryPage

USED = "This link has already been used, so it changed nothing."
REPLACED = "This link was replaced by a newer one. Please use the most recent email we sent."
GONE = "This link is no longer valid: the subscription it belongs to no longer exists."


def subscriber_subscribe(
    *, email: str, categories: Iterable[CategoryPage], frequency: str, client_key: str
) -> None:
    """Ask `email` to confirm; the caller learns nothing about whether the address was known."""
    if rate_limit_hit(key=client_key, limit=SUBSCRIBE_LIMIT):
        raise RateLimited
    email = email.strip().lower()
    if rate_limit_hit(key=keyed_hash(email), limit=ADDRESS_LIMIT):
        return  # quietly: the owner of the address already has several emails from us
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().filter(email=email).first()
        if subscriber is not None and subscriber.is_active:
            message = _already_subscribed_message(subscriber)
        else:
            subscriber = _pending_save(subscriber, email, categories, frequency)
            message = _confirm_message(subscriber)
    message.send()


def _pending_save(
    subscriber: Subscriber | None, email: str, categories: Iterable[CategoryPage], frequency: str
) -> Subscriber:
    subscriber = subscriber or Subscriber(email=email)
    subscriber.frequency = frequency
    subscriber.confirm_nonce = secrets.token_urlsafe(12)
    subscriber.confirmed_at = subscriber.unsubscribed_at = None
    subscriber.save()
    subscriber.categories.set(categories)
    return subscriber


def _confirm_message(subscriber: Subscriber):
    token = tokens.token_make(tokens.CONFIRM, f"{subscriber.key}.{subscriber.confirm_nonce}")
    return emails.subscriber_message(
        subscriber=subscriber,
        subject="Please confirm your subscription",
        template="confirm",
        context={"confirm_url": emails.link_with_token("readers:confirm", token)},
    )


def _already_subscribed_message(subscriber: Subscriber):
    return emails.subscriber_message(
        subscriber=subscriber,
        subject="You are already subscribed",
        template="already_subscribed",
        context={},
    )


def subscriber_confirm(*, token: str | None) -> Subscriber:
    """Confirm the subscription a confirmation link names; a link works once."""
    key, _, nonce = tokens.token_read(tokens.CONFIRM, token).partition(".")
    subscriber = Subscriber.objects.filter(key=key).first()
    if subscriber is None:
        raise tokens.TokenError(GONE)
    confirmed = Subscriber.objects.filter(pk=subscriber.pk, confirm_nonce=nonce).exclude(
        confirm_nonce=""
    )
    if not confirmed.update(confirmed_at=timezone.now(), confirm_nonce=""):
        raise tokens.TokenError(USED if subscriber.confirmed_at else REPLACED)
    subscriber.refresh_from_db()
    return subscriber


def subscriber_from_token(*, purpose: tokens.Purpose, token: str | None) -> Subscriber:
    """The subscriber a manage or unsubscribe link names."""
    key = tokens.token_read(purpose, token)
    subscriber = Subscriber.objects.filter(key=key).first()
    if subscriber is None:
        raise tokens.TokenError(GONE)
    return subscriber


def subscriber_update(
    *, subscriber: Subscriber, categories: Iterable[CategoryPage], frequency: str
) -> Subscriber:
    """Change what a subscriber receives."""
    with transaction.atomic():
        subscriber.frequency = frequency
        subscriber.save(update_fields=["frequency"])
        subscriber.categories.set(categories)
    return subscriber


def subscriber_unsubscribe(*, subscriber: Subscriber) -> bool:
    """Stop all email to the subscriber; False when they had already left."""
    return bool(
        Subscriber.objects.filter(pk=subscriber.pk, unsubscribed_at__isnull=True).update(
            unsubscribed_at=timezone.now(), confirm_nonce=""
        )
    )


@transaction.atomic
def subscriber_delete(*, subscriber: Subscriber) -> None:
    """Erase the subscriber and every contact message sent from the same address."""
    ContactMessage.objects.filter(email__iexact=subscriber.email).delete()
    subscriber.delete()
