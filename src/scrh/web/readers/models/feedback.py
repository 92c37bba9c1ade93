"""Feedback on a summary: one vote per browser, an optional comment, exact running counts."""

from __future__ import annotations

from django.db import models
from django.db.models import Q

COMMENT_MAX_LENGTH = 1000


class FeedbackVote(models.Model):
    """One browser's answer to "Was this summary helpful?" for one page, changeable."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="feedback_votes"
    )
    voter_hash = models.CharField(
        max_length=64, help_text="Keyed hash of the browser's voter cookie."
    )
    helpful = models.BooleanField()
    comment = models.TextField(blank=True, max_length=COMMENT_MAX_LENGTH)
    client_hash = models.CharField(
        max_length=64, blank=True, help_text="Keyed hash of the client address; never the address."
    )
    browser_hash = models.CharField(
        max_length=64,
        blank=True,
        help_text="Keyed hash of the summary, the client address, the browser's user agent and "
        "the day: one vote per browser per summary, even without the voter cookie.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-updated_at"]
        constraints = [
            models.UniqueConstraint(fields=["page", "voter_hash"], name="one_vote_per_voter_page"),
            models.UniqueConstraint(
                fields=["page", "browser_hash"],
                condition=~Q(browser_hash=""),
                name="one_vote_per_browser_page_window",
            ),
        ]

    def __str__(self) -> str:
        return f"{'Helpful' if self.helpful else 'Not helpful'}: {self.page}"


class FeedbackTally(models.Model):
    """Running yes/no counts for a page, changed only by atomic F() updates."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="feedback_tally"
    )
    helpful_count = models.PositiveIntegerField(default=0)
    not_helpful_count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name_plural = "feedback tallies"

    def __str__(self) -> str:
        return f"{self.page}: {self.helpful_count} yes, {self.not_helpful_count} no"
