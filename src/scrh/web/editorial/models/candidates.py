"""A summary made again by an engine, waiting for an editor to keep or discard it."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class SummaryCandidate(models.Model):
    """A re-run of an engine for a summary page; the page changes only if an editor keeps it."""

    page = models.ForeignKey(
        "research.SummaryPage", on_delete=models.CASCADE, related_name="candidates"
    )
    engine = models.CharField(max_length=40)
    summary = models.JSONField()
    check_report = models.JSONField(default=dict)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.engine} draft for {self.page}"
