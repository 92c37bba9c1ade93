"""Saved searches: an editor's PubMed or Europe PMC query, run on a schedule."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db import models
from wagtail.admin.panels import FieldPanel


class SavedSearch(models.Model):
    """A query the system runs by itself, daily or weekly, turning new papers into drafts."""

    class Source(models.TextChoices):
        PUBMED = "pubmed", "PubMed"
        EUROPEPMC = "europepmc", "Europe PMC"

    class Schedule(models.TextChoices):
        DAILY = "daily", "Daily"
        WEEKLY = "weekly", "Weekly"

    INTERVALS = {Schedule.DAILY: timedelta(days=1), Schedule.WEEKLY: timedelta(days=7)}

    name = models.CharField(max_length=200)
    source = models.CharField(max_length=20, choices=Source.choices, default=Source.PUBMED)
    query = models.TextField(help_text="The query exactly as the source's own search box takes it.")
    schedule = models.CharField(max_length=10, choices=Schedule.choices, default=Schedule.WEEKLY)
    max_records = models.PositiveIntegerField(
        default=100, help_text="At most this many papers a run."
    )
    active = models.BooleanField(default=True, help_text="Inactive searches run only by hand.")
    last_run_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("source"),
        FieldPanel("query"),
        FieldPanel("schedule"),
        FieldPanel("max_records"),
        FieldPanel("active"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "saved searches"

    def __str__(self) -> str:
        return self.name

    def due_at(self) -> datetime | None:
        """When the next scheduled run is due; None means now (never run)."""
        if self.last_run_at is None:
            return None
        return self.last_run_at + self.INTERVALS[self.Schedule(self.schedule)]

    def is_due(self, now: datetime) -> bool:
        due = self.due_at()
        return self.active and (due is None or due <= now)
