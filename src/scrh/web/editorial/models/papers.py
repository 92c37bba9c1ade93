"""Stored papers keyed on their external ids, ingest runs and quarantined records."""

from __future__ import annotations

from django.db import models
from django.db.models import Q

from scrh.pipeline.papers.model import Paper, paper_from_dict


class PaperRecord(models.Model):
    """A paper as last ingested; `data` holds the pipeline's Paper as JSON."""

    title = models.TextField()
    doi = models.CharField(max_length=255, blank=True, db_index=True)
    pmid = models.CharField(max_length=20, blank=True, db_index=True)
    pmcid = models.CharField(max_length=20, blank=True, db_index=True)
    journal = models.CharField(max_length=500, blank=True)
    published = models.DateField(null=True, blank=True)
    source = models.CharField(max_length=40, blank=True)
    title_key = models.CharField(
        max_length=64,
        blank=True,
        db_index=True,
        help_text="Normalized title and year: matches papers that carry no identifier.",
    )
    content_hash = models.CharField(max_length=64)
    data = models.JSONField()
    withdrawn = models.BooleanField(
        default=False, help_text="PubMed deleted this citation (DeleteCitation)."
    )
    summary_needs_review = models.BooleanField(
        default=False, help_text="The paper changed after its summary was written."
    )
    review_reason = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["doi"], condition=~Q(doi=""), name="paper_unique_doi"),
            models.UniqueConstraint(
                fields=["pmid"], condition=~Q(pmid=""), name="paper_unique_pmid"
            ),
            models.UniqueConstraint(
                fields=["pmcid"], condition=~Q(pmcid=""), name="paper_unique_pmcid"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def to_paper(self) -> Paper:
        """The stored paper back as the pipeline's Paper."""
        return paper_from_dict(self.data)

    @property
    def notices(self) -> list[dict]:
        """Retraction, erratum and concern notices, as stored."""
        return list(self.data.get("notices", []))


class IngestRun(models.Model):
    """One ingest: where from, what was asked, what happened."""

    class Status(models.TextChoices):
        RUNNING = "running"
        SUCCEEDED = "succeeded"
        PARTIAL = "partial", "Partly failed"
        FAILED = "failed"

    source = models.CharField(max_length=40)
    query = models.TextField(blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.RUNNING)
    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    new = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    unchanged = models.PositiveIntegerField(default=0)
    deleted = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)
    drafts = models.PositiveIntegerField(default=0, help_text="Draft summaries created.")
    reopened = models.PositiveIntegerField(
        default=0, help_text="Live summaries sent back to review because their paper changed."
    )
    error = models.TextField(blank=True)
    saved_search = models.ForeignKey(
        "editorial.SavedSearch",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="runs",
    )

    class Meta:
        ordering = ["-started_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.source} {self.query!r} ({self.status})"

    @property
    def duration_seconds(self) -> float | None:
        if self.finished_at is None:
            return None
        return (self.finished_at - self.started_at).total_seconds()

    def counts_line(self) -> str:
        """`N new, N updated, N unchanged, N failed`."""
        return (
            f"{self.new} new, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.failed} failed"
        )


class QuarantinedRecord(models.Model):
    """Input that could not be stored, kept with the reason for an editor to look at."""

    run = models.ForeignKey(IngestRun, on_delete=models.CASCADE, related_name="quarantined")
    reason = models.TextField()
    excerpt = models.TextField(blank=True, help_text="The start of the offending input.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-pk"]

    def __str__(self) -> str:
        return self.reason[:80]
