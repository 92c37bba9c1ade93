"""The summary page: one paper's plain-language summary, as DESIGN.md's contract."""

from __future__ import annotations

from typing import Any

from django.db import models
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page, PageManager
from wagtail.search import index

from scrh.web.research.queryset import SummaryPageQuerySet


class SummaryPage(Page):
    """`/research/<slug>/`: the published summary of one paper."""

    paper = models.ForeignKey(
        "editorial.PaperRecord",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="summary_pages",
    )
    summary = models.JSONField(help_text="The Summary JSON of DESIGN.md.")
    check_report = models.JSONField(default=dict, blank=True)
    primary_category = models.ForeignKey(
        "research.CategoryPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="primary_summaries",
    )
    topics = ParentalManyToManyField("research.CategoryPage", blank=True, related_name="summaries")
    paper_published = models.DateField(null=True, blank=True, db_index=True)
    journal = models.CharField(max_length=500, blank=True)
    design_code = models.CharField(max_length=40, blank=True, db_index=True)
    evidence_level = models.PositiveSmallIntegerField(null=True, blank=True)
    population = models.CharField(max_length=10, blank=True)

    objects = PageManager.from_queryset(SummaryPageQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("primary_category"),
        FieldPanel("topics"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("search_text"),
        index.SearchField("journal"),
        index.FilterField("design_code"),
        index.FilterField("population"),
        index.FilterField("paper_published"),
    ]
    parent_page_types = ["research.ResearchIndexPage"]
    subpage_types: list[str] = []

    def get_context(self, request, *args, **kwargs) -> dict:
        from scrh.web.research.breadcrumbs import summary_trail
        from scrh.web.research.summary_extras import summary_page_context

        context = super().get_context(request, *args, **kwargs)
        context["breadcrumbs"] = summary_trail(self, self.primary_category)
        context.update(summary_page_context(self, request))
        return context

    def search_text(self) -> str:
        """Summary fields and the abstract, for full-text search."""
        s = self.summary or {}
        parts = [s.get("simple_explanation", ""), s.get("research_summary", "")]
        parts += [f.get("text", "") for f in s.get("key_findings", [])]
        parts += s.get("sentences", [])
        return "\n".join(parts)

    @property
    def paper_ref(self) -> dict[str, Any]:
        return (self.summary or {}).get("paper", {})

    @property
    def key_findings(self) -> list[dict[str, Any]]:
        """Key findings, each with the text of the sentences it rests on."""
        sentences = (self.summary or {}).get("sentences", [])
        return [
            {
                "text": f["text"],
                "sources": [
                    {"index": i, "text": sentences[i]}
                    for i in f.get("sources", [])
                    if 0 <= i < len(sentences)
                ],
            }
            for f in (self.summary or {}).get("key_findings", [])
        ]

    @property
    def first_key_finding(self) -> str:
        findings = (self.summary or {}).get("key_findings", [])
        return findings[0]["text"] if findings else ""
