"""Messages sent through the contact form, kept for editors."""

from __future__ import annotations

from django.db import models


class ContactTopic(models.TextChoices):
    SUMMARY = "summary", "A question about a summary"
    CORRECTION = "correction", "A mistake in a summary"
    SUGGESTION = "suggestion", "A paper or topic to cover"
    NEWSLETTER = "newsletter", "The newsletter"
    OTHER = "other", "Something else"


class ContactMessage(models.Model):
    """One message from the contact form."""

    name = models.CharField(max_length=100)
    email = models.EmailField()
    topic = models.CharField(max_length=20, choices=ContactTopic.choices)
    message = models.TextField(max_length=5000)
    client_hash = models.CharField(
        max_length=64, blank=True, help_text="Keyed hash of the client address; never the address."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.get_topic_display()} from {self.name}"
