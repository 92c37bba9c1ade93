"""The summary page: one paper's plain-language summary, held as fields and inline items.

DESIGN.md's Summary JSON stays the exchange format: `to_summary()` builds the typed `Summary`
from the fields, `fill_from()` sets the fields from one.
"""

from __future__ import annotations

from datetime import date

from django.db import models
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Page, PageManager
from wagtail.search import index

from scrh.pipeline.checks.model import CheckReport
from scrh.pipeline.summarize.model import (
    DESIGN_CODES,
    NOT_SPECIFIED,
    GlossaryEntry,
    Implication,
    KeyFinding,
    Limitation,
    Summary,
)
from scrh.web.research.models.summary_items import (
    SummaryGlossaryTerm,
    SummaryImplication,
    SummaryKeyFinding,
    SummaryLimitation,
)
from scrh.web.research.queryset import SummaryPageQuerySet
from scrh.web.research.summary_form import CheckReportPanel, SummaryPageForm

_DESIGN_LABELS = {
    "systematic_review_meta_analysis": "Systematic review with meta-analysis",
    "rct": "Randomized controlled trial",
    "non_randomized_trial": "Non-randomized trial",
    "in_vitro": "Laboratory (cell) study",
    "other": "Other or not specified",
}
DESIGN_CHOICES = [
    (c, _DESIGN_LABELS.get(c, c.replace("_", " ").capitalize())) for c in DESIGN_CODES
]
POPULATION_CHOICES = [
    ("humans", "People"),
    ("animals", "Animals"),
    ("cells", "Cells or tissue in a laboratory"),
    ("none", "No participants (e.g. a review of methods)"),
]
EVIDENCE_INDEX = "research_summary_evidence"  # the evidence map's count reads only this index
LEVEL_CHOICES = [
    (1, "1 — systematic review of randomized trials"),
    (2, "2 — randomized trial"),
    (3, "3 — non-randomized controlled study or cohort"),
    (4, "4 — case series, case-control or cross-sectional study"),
    (5, "5 — expert opinion, mechanism, animal or laboratory study"),
]


class SummaryPage(Page):
    """`/research/<slug>/`: the published summary of one paper."""

    paper = models.ForeignKey(
        "editorial.PaperRecord",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="summary_pages",
    )
    simple_explanation = models.TextField(
        blank=True,
        help_text="120–220 words anyone can read (reading grade 8 or below): the problem, what "
        "the researchers did, what they found and what it may mean.",
    )
    study_duration = models.CharField(
        max_length=300,
        default=NOT_SPECIFIED,
        help_text="How long the study ran or followed people, e.g. “12 weeks” or “January 2015 to "
        "December 2021”. Write “Not specified” when the paper does not say.",
    )
    participants = models.CharField(
        max_length=1000,
        default=NOT_SPECIFIED,
        help_text="Who or what was studied, with the number, e.g. “60 adults with a spinal cord "
        "injury” or “24 adult rats”. Write “Not specified” when the paper does not say.",
    )
    participant_count = models.PositiveIntegerField(
        "number of participants",
        null=True,
        blank=True,
        help_text="The total studied, as the paper states it (not one group or a follow-up wave). "
        "Leave empty when the paper does not give one number.",
    )
    population = models.CharField(
        "who or what was studied",
        max_length=10,
        blank=True,
        choices=POPULATION_CHOICES,
        help_text="Choose animals or cells for laboratory research so readers are told plainly.",
    )
    evidence_design = models.CharField(
        "study design in words",
        max_length=200,
        default=NOT_SPECIFIED,
        help_text="The design as readers see it, e.g. “Retrospective cohort study”. "
        "“Not specified” when the paper does not say.",
    )
    design_code = models.CharField(
        "study design",
        max_length=40,
        blank=True,
        db_index=True,
        choices=DESIGN_CHOICES,
        default="other",
        help_text="The design from the list; it sets the filters on the site.",
    )
    evidence_level = models.PositiveSmallIntegerField(
        "evidence level",
        null=True,
        blank=True,
        choices=LEVEL_CHOICES,
        help_text="Oxford CEBM 2011 level for the study's main question. Leave empty when the "
        "design is not known.",
    )
    evidence_meaning = models.TextField(
        "what the evidence level means",
        blank=True,
        help_text="One plain sentence on how much weight this kind of study carries.",
    )
    research_summary = models.TextField(
        blank=True,
        help_text="One paragraph, a little more technical than the simple explanation "
        "(reading grade 12 or below).",
    )
    paper_title = models.CharField(
        max_length=1000, blank=True, help_text="The paper's own title, used in the citation."
    )
    journal = models.CharField(max_length=500, blank=True, help_text="The journal's name.")
    paper_year = models.PositiveSmallIntegerField(
        "year", null=True, blank=True, help_text="The year the paper was published."
    )
    paper_published = models.DateField(
        "publication date",
        null=True,
        blank=True,
        db_index=True,
        help_text="The day the paper was published, when known.",
    )
    doi = models.CharField("DOI", max_length=255, blank=True, help_text="e.g. 10.1038/sc.2016.1")
    pmid = models.CharField("PubMed ID", max_length=20, blank=True)
    pmcid = models.CharField("PubMed Central ID", max_length=20, blank=True)
    engine = models.CharField(
        max_length=100, blank=True, help_text="The engine that wrote the first draft."
    )
    sentences = models.JSONField(
        default=list, blank=True, help_text="The paper's abstract, split into sentences."
    )
    grade_simple_explanation = models.FloatField(
        "reading grade of the simple explanation",
        default=0.0,
        help_text="Measured each time the summary is saved.",
    )
    grade_research_summary = models.FloatField(
        "reading grade of the research summary",
        default=0.0,
        help_text="Measured each time the summary is saved.",
    )
    check_report = models.JSONField(default=dict, blank=True)
    check_override_reason = models.TextField(
        "reason to publish despite check errors",
        blank=True,
        help_text="Moderators only. When the checks report errors you have judged to be wrong, "
        "say why here; it is kept with this revision and shown in the quality report.",
    )
    primary_category = models.ForeignKey(
        "research.CategoryPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="primary_summaries",
        help_text="The category shown in the breadcrumb; pick the most specific one that fits.",
    )
    topics = ParentalManyToManyField(
        "research.CategoryPage",
        blank=True,
        related_name="summaries",
        help_text="One to four categories the summary is listed under.",
    )

    objects = PageManager.from_queryset(SummaryPageQuerySet)()

    class Meta:
        indexes = [
            # covers the evidence map's count: found by id, it holds the grouped columns
            models.Index(
                fields=["page_ptr", "design_code", "population", "paper_published"],
                name=EVIDENCE_INDEX,
            )
        ]

    base_form_class = SummaryPageForm
    content_panels = [
        CheckReportPanel(heading="Checks against the paper"),
        *Page.content_panels,
        FieldPanel("simple_explanation"),
        FieldRowPanel([FieldPanel("study_duration"), FieldPanel("participant_count")]),
        FieldPanel("participants"),
        FieldPanel("population"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("design_code"), FieldPanel("evidence_level")]),
                FieldPanel("evidence_design"),
                FieldPanel("evidence_meaning"),
            ],
            heading="Evidence",
        ),
        InlinePanel("findings", heading="Key findings", label="Key finding", min_num=1),
        FieldPanel("research_summary"),
        InlinePanel(
            "implications", heading="Practical implications", label="Practical implication"
        ),
        InlinePanel("limitations", heading="Study limitations", label="Limitation"),
        InlinePanel("glossary_terms", heading="Glossary", label="Glossary term"),
        FieldPanel("primary_category"),
        FieldPanel("topics"),
        MultiFieldPanel(
            [
                FieldPanel("paper_title"),
                FieldRowPanel([FieldPanel("journal"), FieldPanel("paper_year")]),
                FieldRowPanel([FieldPanel("paper_published"), FieldPanel("doi")]),
                FieldRowPanel([FieldPanel("pmid"), FieldPanel("pmcid")]),
            ],
            heading="The paper",
            classname="collapsed",
        ),
        FieldPanel("check_override_reason"),
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
        parts = [self.simple_explanation, self.research_summary]
        parts += [f.text for f in self.findings.all()]
        parts += self.sentences
        return "\n".join(parts)

    @property
    def checks(self) -> CheckReport:
        """The check report of this revision."""
        return CheckReport.from_json_dict(self.check_report or {})

    @property
    def first_key_finding(self) -> str:
        first = next(iter(self.findings.all()), None)
        return first.text if first else ""

    def to_summary(self) -> Summary:
        """This revision as DESIGN.md's typed Summary (validated here, once)."""
        topics = list(self.topics.all())
        primary = self.primary_category
        data = {
            "paper": {
                "title": self.paper_title or self.title,
                "journal": self.journal,
                "year": self.paper_year,
                "published": self.paper_published.isoformat() if self.paper_published else None,
                "doi": self.doi,
                "pmid": self.pmid,
                "pmcid": self.pmcid,
            },
            "primary_category": primary.title if primary else "",
            "categories": [t.title for t in topics],
            "simple_explanation": self.simple_explanation,
            "study_duration": self.study_duration,
            "participants": self.participants,
            "participant_count": self.participant_count,
            "population": self.population or None,
            "evidence": {
                "design": self.evidence_design,
                "design_code": self.design_code or "other",
                "level": self.evidence_level,
                "meaning": self.evidence_meaning,
            },
            "key_findings": [
                KeyFinding(text=f.text, sources=f.sources) for f in self.findings.all()
            ],
            "research_summary": self.research_summary,
            "practical_implications": [
                Implication(title=i.title, text=i.text) for i in self.implications.all()
            ],
            "limitations": [
                Limitation(text=lim.text, origin=lim.origin)  # type: ignore[arg-type]
                for lim in self.limitations.all()
            ],
            "glossary": [
                GlossaryEntry(term=g.term, definition=g.definition)
                for g in self.glossary_terms.all()
            ],
            "reading_grade": {
                "simple_explanation": self.grade_simple_explanation,
                "research_summary": self.grade_research_summary,
            },
            "engine": self.engine,
            "sentences": list(self.sentences),
        }
        return Summary.model_validate(data)

    def fill_from(self, summary: Summary) -> None:
        """Set every summary field and inline item from `summary` (categories are set apart)."""
        ref, evidence = summary.paper, summary.evidence
        self.title = ref.title
        self.paper_title = ref.title
        self.journal = ref.journal
        self.paper_year = ref.year
        self.paper_published = date.fromisoformat(ref.published) if ref.published else None
        self.doi, self.pmid, self.pmcid = ref.doi, ref.pmid, ref.pmcid
        self.simple_explanation = summary.simple_explanation
        self.study_duration = summary.study_duration
        self.participants = summary.participants
        self.participant_count = summary.participant_count
        self.population = summary.population or ""
        self.evidence_design = evidence.design
        self.design_code = evidence.design_code
        self.evidence_level = evidence.level
        self.evidence_meaning = evidence.meaning
        self.research_summary = summary.research_summary
        self.engine = summary.engine
        self.sentences = list(summary.sentences)
        self.grade_simple_explanation = summary.reading_grade.simple_explanation
        self.grade_research_summary = summary.reading_grade.research_summary
        self.findings = [
            SummaryKeyFinding(sort_order=n, text=f.text, sources=list(f.sources))
            for n, f in enumerate(summary.key_findings)
        ]
        self.implications = [
            SummaryImplication(sort_order=n, title=i.title, text=i.text)
            for n, i in enumerate(summary.practical_implications)
        ]
        self.limitations = [
            SummaryLimitation(sort_order=n, text=lim.text, origin=lim.origin)
            for n, lim in enumerate(summary.limitations)
        ]
        self.glossary_terms = [
            SummaryGlossaryTerm(sort_order=n, term=g.term, definition=g.definition)
            for n, g in enumerate(summary.glossary)
        ]
