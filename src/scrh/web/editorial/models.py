"""Stored papers, keyed on their external ids."""

from __future__ import annotations

from django.db import models
from django.db.models import Q

from scrh.pipeline.papers.jsonl import paper_from_record
from scrh.pipeline.papers.model import Notice, Paper, Section


class PaperRecord(models.Model):
    """A paper as last ingested; `data` holds the pipeline's Paper as JSON."""

    title = models.TextField()
    doi = models.CharField(max_length=255, blank=True, db_index=True)
    pmid = models.CharField(max_length=20, blank=True, db_index=True)
    pmcid = models.CharField(max_length=20, blank=True, db_index=True)
    journal = models.CharField(max_length=500, blank=True)
    published = models.DateField(null=True, blank=True)
    source = models.CharField(max_length=40, blank=True)
    content_hash = models.CharField(max_length=64)
    data = models.JSONField()
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
        data = self.data
        paper = paper_from_record(data, where=f"stored paper {self.pk}")
        return paper.with_changes(
            source=data.get("source", ""),
            full_text=tuple(
                Section(text=s["text"], label=s.get("label"), category=s.get("category", ""))
                for s in data.get("full_text", [])
            ),
            notices=tuple(Notice(**n) for n in data.get("notices", [])),
        )
