"""Newsletter subscribers: double opt-in, chosen categories, weekly or monthly digests."""

from __future__ import annotations

import secrets

from django.db import models


def new_key() -> str:
    """A random, URL-safe key that signed links name a subscriber by."""
    return secrets.token_urlsafe(16)


class Frequency(models.TextChoices):
    WEEKLY = "weekly", "Weekly"
    MONTHLY = "monthly", "Monthly"


class Subscriber(models.Model):
    """An email address and what it wants; receives digests only once confirmed."""

    email = models.EmailField(unique=True)
    frequency = models.CharField(max_length=10, choices=Frequency.choices, default=Frequency.WEEKLY)
    categories = models.ManyToManyField(
        "research.CategoryPage",
        blank=True,
        related_name="newsletter_subscribers",
        help_text="None chosen means every category.",
    )
    key = models.CharField(max_length=32, unique=True, default=new_key, editable=False)
    confirm_nonce = models.CharField(max_length=32, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)
    last_digest_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.email

    @property
    def is_active(self) -> bool:
        return self.confirmed_at is not None and self.unsubscribed_at is None
