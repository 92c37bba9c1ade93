"""Summary JSON becomes fields and inline items; every page and every revision is carried across."""

import json
from datetime import date

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models

import scrh.web.research.models.summary_items

RELATIONS = {
    "findings": ("research", "SummaryKeyFinding"),
    "implications": ("research", "SummaryImplication"),
    "limitations": ("research", "SummaryLimitation"),
    "glossary_terms": ("research", "SummaryGlossaryTerm"),
}


def summary_columns(summary: dict) -> dict:
    """The page's new column values from a stored Summary JSON (JSON-ready: dates as text)."""
    paper = summary.get("paper") or {}
    evidence = summary.get("evidence") or {}
    return {
        "paper_title": paper.get("title") or "",
        "journal": paper.get("journal") or "",
        "paper_year": paper.get("year"),
        "paper_published": paper.get("published") or None,
        "doi": paper.get("doi") or "",
        "pmid": paper.get("pmid") or "",
        "pmcid": paper.get("pmcid") or "",
        "simple_explanation": summary.get("simple_explanation") or "",
        "study_duration": summary.get("study_duration") or "Not specified",
        "participants": summary.get("participants") or "Not specified",
        "participant_count": summary.get("participant_count"),
        "population": summary.get("population") or "",
        "evidence_design": evidence.get("design") or "Not specified",
        "design_code": evidence.get("design_code") or "other",
        "evidence_level": evidence.get("level"),
        "evidence_meaning": evidence.get("meaning") or "",
        "research_summary": summary.get("research_summary") or "",
        "engine": summary.get("engine") or "",
        "sentences": list(summary.get("sentences") or []),
        "grade_simple_explanation": float(
            (summary.get("reading_grade") or {}).get("simple_explanation") or 0.0
        ),
        "grade_research_summary": float(
            (summary.get("reading_grade") or {}).get("research_summary") or 0.0
        ),
    }


def summary_children(summary: dict) -> dict[str, list[dict]]:
    """The inline items of each relation, in order, from a stored Summary JSON."""
    return {
        "findings": [
            {"text": f.get("text", ""), "sources": list(f.get("sources") or [])}
            for f in summary.get("key_findings") or []
        ],
        "implications": [
            {"title": i.get("title", ""), "text": i.get("text", "")}
            for i in summary.get("practical_implications") or []
        ],
        "limitations": [
            {"text": lim.get("text", ""), "origin": lim.get("origin") or "paper"}
            for lim in summary.get("limitations") or []
        ],
        "glossary_terms": [
            {"term": g.get("term", ""), "definition": g.get("definition", "")}
            for g in summary.get("glossary") or []
        ],
    }


def revision_content(content: dict, page_id: int) -> dict:
    """A SummaryPage revision's stored content with its `summary` turned into fields and items."""
    summary = content.pop("summary", None) or {}
    if isinstance(summary, str):
        summary = json.loads(summary)
    content.update(summary_columns(summary))
    for relation, items in summary_children(summary).items():
        content[relation] = [
            {"pk": None, "page": page_id, "sort_order": n, **item} for n, item in enumerate(items)
        ]
    return content


def summaries_to_fields(apps, schema_editor):
    SummaryPage = apps.get_model("research", "SummaryPage")
    Revision = apps.get_model("wagtailcore", "Revision")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for page in SummaryPage.objects.all().iterator():
        summary = page.summary or {}
        columns = summary_columns(summary)
        published = columns.pop("paper_published")
        page.paper_published = date.fromisoformat(published) if published else None
        for name, value in columns.items():
            setattr(page, name, value)
        page.save()
        for relation, items in summary_children(summary).items():
            model = apps.get_model(*RELATIONS[relation])
            model.objects.bulk_create(
                model(page_id=page.pk, sort_order=n, **item) for n, item in enumerate(items)
            )
    page_type = ContentType.objects.filter(app_label="research", model="summarypage").first()
    if page_type is None:
        return
    for revision in Revision.objects.filter(content_type=page_type).iterator():
        revision.content = revision_content(dict(revision.content), int(revision.object_id))
        revision.save(update_fields=["content"])


NEW_KEYS = (
    "paper_title",
    "paper_year",
    "doi",
    "pmid",
    "pmcid",
    "simple_explanation",
    "study_duration",
    "participants",
    "participant_count",
    "evidence_design",
    "evidence_meaning",
    "research_summary",
    "engine",
    "sentences",
    "grade_simple_explanation",
    "grade_research_summary",
    "check_override_reason",
)


def summary_from(
    columns: dict, children: dict[str, list[dict]], primary: str, topics: list[str]
) -> dict:
    """Summary JSON from the page's columns (JSON-ready) and inline items: the way back."""
    return {
        "paper": {
            "title": columns.get("paper_title") or columns.get("title") or "",
            "journal": columns.get("journal") or "",
            "year": columns.get("paper_year"),
            "published": columns.get("paper_published") or None,
            "doi": columns.get("doi") or "",
            "pmid": columns.get("pmid") or "",
            "pmcid": columns.get("pmcid") or "",
        },
        "primary_category": primary,
        "categories": topics,
        "simple_explanation": columns.get("simple_explanation") or "",
        "study_duration": columns.get("study_duration") or "Not specified",
        "participants": columns.get("participants") or "Not specified",
        "participant_count": columns.get("participant_count"),
        "population": columns.get("population") or None,
        "evidence": {
            "design": columns.get("evidence_design") or "Not specified",
            "design_code": columns.get("design_code") or "other",
            "level": columns.get("evidence_level"),
            "meaning": columns.get("evidence_meaning") or "",
        },
        "key_findings": [
            {"text": f["text"], "sources": list(f.get("sources") or [])}
            for f in children["findings"]
        ],
        "research_summary": columns.get("research_summary") or "",
        "practical_implications": [
            {"title": i["title"], "text": i["text"]} for i in children["implications"]
        ],
        "limitations": [
            {"text": x["text"], "origin": x["origin"]} for x in children["limitations"]
        ],
        "glossary": [
            {"term": g["term"], "definition": g["definition"]} for g in children["glossary_terms"]
        ],
        "reading_grade": {
            "simple_explanation": float(columns.get("grade_simple_explanation") or 0.0),
            "research_summary": float(columns.get("grade_research_summary") or 0.0),
        },
        "engine": columns.get("engine") or "",
        "sentences": list(columns.get("sentences") or []),
    }


def fields_to_summaries(apps, schema_editor):
    """Backwards: fields and inline items become the Summary JSON again, pages and revisions."""
    SummaryPage = apps.get_model("research", "SummaryPage")
    CategoryPage = apps.get_model("research", "CategoryPage")
    Revision = apps.get_model("wagtailcore", "Revision")
    ContentType = apps.get_model("contenttypes", "ContentType")
    titles = dict(CategoryPage.objects.values_list("pk", "title"))
    fields = [f.name for f in SummaryPage._meta.concrete_fields]
    for page in SummaryPage.objects.all().iterator():
        columns = {name: getattr(page, name) for name in fields}
        columns["paper_published"] = (
            page.paper_published.isoformat() if page.paper_published else None
        )
        children = {
            relation: list(
                apps.get_model(*model)
                .objects.filter(page_id=page.pk)
                .order_by("sort_order", "pk")
                .values()
            )
            for relation, model in RELATIONS.items()
        }
        topics = [titles[pk] for pk in page.topics.order_by("pk").values_list("pk", flat=True)]
        page.summary = summary_from(
            columns, children, titles.get(page.primary_category_id, ""), topics
        )
        page.save(update_fields=["summary"])
    page_type = ContentType.objects.filter(app_label="research", model="summarypage").first()
    if page_type is None:
        return
    for revision in Revision.objects.filter(content_type=page_type).iterator():
        content = dict(revision.content)
        children = {
            relation: sorted(
                content.pop(relation, None) or [], key=lambda c: c.get("sort_order") or 0
            )
            for relation in RELATIONS
        }
        topics = [titles[pk] for pk in sorted(content.get("topics") or []) if pk in titles]
        primary = titles.get(content.get("primary_category"), "")
        content["summary"] = summary_from(content, children, primary, topics)
        for key in NEW_KEYS:
            content.pop(key, None)
        revision.content = content
        revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("research", "0001_initial"),
    ]

    operations = [
        # Nullable while the data moves, so the migration also runs backwards.
        migrations.AlterField(
            model_name="summarypage",
            name="summary",
            field=models.JSONField(null=True, help_text="The Summary JSON of DESIGN.md."),
        ),
        migrations.AddField(
            model_name="summarypage",
            name="check_override_reason",
            field=models.TextField(
                blank=True,
                help_text="Moderators only. When the checks report errors you have judged to be wrong, say why here; it is kept with this revision and shown in the quality report.",
                verbose_name="reason to publish despite check errors",
            ),
        ),
        migrations.AddField(
            model_name="summarypage",
            name="doi",
            field=models.CharField(
                blank=True, help_text="e.g. 10.1038/sc.2016.1", max_length=255, verbose_name="DOI"
            ),
        ),
        migrations.AddField(
            model_name="summarypage",
            name="engine",
            field=models.CharField(
                blank=True, help_text="The engine that wrote the first draft.", max_length=100
            ),
        ),
        migrations.AddField(
            model_name="summarypage",
            name="evidence_design",
            field=models.CharField(
                default="Not specified",
                help_text="The design as readers see it, e.g. “Retrospective cohort study”. “Not specified” when the paper does not say.",
                max_length=200,
                verbose_name="study design in words",
            ),
        ),
        migrations.AddField(
            model_name="summarypage",
            name="evidence_meaning",
            field=models.TextField(
                blank=True,
                help_text="One plain sentence on how much weight this kind of study carries.",
                verbose_name="what the evidence level means",
            ),
        ),
        migrations.AddField(
            model_name="summarypage",
            name="paper_title",
            field=models.CharField(
                blank=True,
                help_text="The paper's own title, used in the citation.",
                max_length=1000,
            ),
        ),
        migrations.AddField(
            model_name="summarypage",
            name="paper_year",
            field=models.PositiveSmallIntegerField(
                blank=True,
                help_text="The year the paper was published.",
                null=True,
                verbose_name="year",
            ),
        ),
        migrations.AddField(
            model_name="summarypage",
            name="participant_count",
            field=models.PositiveIntegerField(
                blank=True,
                help_text="The total studied, as the paper states it (not one group or a follow-up wave). Leave empty when the paper does not give one number.",
                null=True,
                verbose_name="number of participants",
            ),
        ),
        migrations.AddField(
            model_name="summarypage",
            name="participants",
            field=models.CharField(
                default="Not specified",
                help_text="Who or what was studied, with the number, e.g. “60 adults with a spinal cord injury” or “24 adult rats”. Write “Not specified” when the paper does not say.",
                max_length=1000,
            ),
        ),
        migrations.AddField(
            model_name="summarypage",
            name="pmcid",
            field=models.CharField(blank=True, max_length=20, verbose_name="PubMed Central ID"),
        ),
        migrations.AddField(
            model_name="summarypage",
            name="pmid",
            field=models.CharField(blank=True, max_length=20, verbose_name="PubMed ID"),
        ),
        migrations.AddField(
            model_name="summarypage",
            name="grade_simple_explanation",
            field=models.FloatField(
                default=0.0,
                help_text="Measured each time the summary is saved.",
                verbose_name="reading grade of the simple explanation",
            ),
        ),
        migrations.AddField(
            model_name="summarypage",
            name="grade_research_summary",
            field=models.FloatField(
                default=0.0,
                help_text="Measured each time the summary is saved.",
                verbose_name="reading grade of the research summary",
            ),
        ),
        migrations.AddField(
            model_name="summarypage",
            name="research_summary",
            field=models.TextField(
                blank=True,
                help_text="One paragraph, a little more technical than the simple explanation (reading grade 12 or below).",
            ),
        ),
        migrations.AddField(
            model_name="summarypage",
            name="sentences",
            field=models.JSONField(
                blank=True, default=list, help_text="The paper's abstract, split into sentences."
            ),
        ),
        migrations.AddField(
            model_name="summarypage",
            name="simple_explanation",
            field=models.TextField(
                blank=True,
                help_text="120–220 words anyone can read (reading grade 8 or below): the problem, what the researchers did, what they found and what it may mean.",
            ),
        ),
        migrations.AddField(
            model_name="summarypage",
            name="study_duration",
            field=models.CharField(
                default="Not specified",
                help_text="How long the study ran or followed people, e.g. “12 weeks” or “January 2015 to December 2021”. Write “Not specified” when the paper does not say.",
                max_length=300,
            ),
        ),
        migrations.AlterField(
            model_name="summarypage",
            name="design_code",
            field=models.CharField(
                blank=True,
                choices=[
                    ("systematic_review_meta_analysis", "Systematic review with meta-analysis"),
                    ("systematic_review", "Systematic review"),
                    ("scoping_review", "Scoping review"),
                    ("narrative_review", "Narrative review"),
                    ("rct", "Randomized controlled trial"),
                    ("non_randomized_trial", "Non-randomized trial"),
                    ("prospective_cohort", "Prospective cohort"),
                    ("retrospective_cohort", "Retrospective cohort"),
                    ("case_control", "Case control"),
                    ("cross_sectional", "Cross sectional"),
                    ("case_series", "Case series"),
                    ("case_report", "Case report"),
                    ("qualitative", "Qualitative"),
                    ("mixed_methods", "Mixed methods"),
                    ("animal_study", "Animal study"),
                    ("in_vitro", "Laboratory (cell) study"),
                    ("guideline", "Guideline"),
                    ("protocol", "Protocol"),
                    ("other", "Other or not specified"),
                ],
                db_index=True,
                default="other",
                help_text="The design from the list; it sets the filters on the site.",
                max_length=40,
                verbose_name="study design",
            ),
        ),
        migrations.AlterField(
            model_name="summarypage",
            name="evidence_level",
            field=models.PositiveSmallIntegerField(
                blank=True,
                choices=[
                    (1, "1 — systematic review of randomized trials"),
                    (2, "2 — randomized trial"),
                    (3, "3 — non-randomized controlled study or cohort"),
                    (4, "4 — case series, case-control or cross-sectional study"),
                    (5, "5 — expert opinion, mechanism, animal or laboratory study"),
                ],
                help_text="Oxford CEBM 2011 level for the study's main question. Leave empty when the design is not known.",
                null=True,
                verbose_name="evidence level",
            ),
        ),
        migrations.AlterField(
            model_name="summarypage",
            name="journal",
            field=models.CharField(blank=True, help_text="The journal's name.", max_length=500),
        ),
        migrations.AlterField(
            model_name="summarypage",
            name="paper_published",
            field=models.DateField(
                blank=True,
                db_index=True,
                help_text="The day the paper was published, when known.",
                null=True,
                verbose_name="publication date",
            ),
        ),
        migrations.AlterField(
            model_name="summarypage",
            name="population",
            field=models.CharField(
                blank=True,
                choices=[
                    ("humans", "People"),
                    ("animals", "Animals"),
                    ("cells", "Cells or tissue in a laboratory"),
                    ("none", "No participants (e.g. a review of methods)"),
                ],
                help_text="Choose animals or cells for laboratory research so readers are told plainly.",
                max_length=10,
                verbose_name="who or what was studied",
            ),
        ),
        migrations.AlterField(
            model_name="summarypage",
            name="primary_category",
            field=models.ForeignKey(
                blank=True,
                help_text="The category shown in the breadcrumb; pick the most specific one that fits.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="primary_summaries",
                to="research.categorypage",
            ),
        ),
        migrations.AlterField(
            model_name="summarypage",
            name="topics",
            field=modelcluster.fields.ParentalManyToManyField(
                blank=True,
                help_text="One to four categories the summary is listed under.",
                related_name="summaries",
                to="research.categorypage",
            ),
        ),
        migrations.CreateModel(
            name="SummaryGlossaryTerm",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                (
                    "term",
                    models.CharField(
                        help_text="The word or phrase as it appears in the summary.", max_length=200
                    ),
                ),
                (
                    "definition",
                    models.TextField(
                        help_text="What it means, in one short sentence a reader without medical training follows."
                    ),
                ),
                (
                    "page",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="glossary_terms",
                        to="research.summarypage",
                    ),
                ),
            ],
            options={
                "verbose_name": "glossary term",
                "ordering": ["sort_order"],
                "abstract": False,
            },
        ),
        migrations.CreateModel(
            name="SummaryImplication",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                (
                    "title",
                    models.CharField(
                        help_text="A short heading, a few words, e.g. “Ask about bladder care”.",
                        max_length=200,
                    ),
                ),
                (
                    "text",
                    models.TextField(
                        help_text="One sentence: what this could mean for a person with spinal cord injury, and how sure we can be."
                    ),
                ),
                (
                    "page",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="implications",
                        to="research.summarypage",
                    ),
                ),
            ],
            options={
                "verbose_name": "practical implication",
                "ordering": ["sort_order"],
                "abstract": False,
            },
        ),
        migrations.CreateModel(
            name="SummaryKeyFinding",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                (
                    "text",
                    models.TextField(
                        help_text="One main result in plain words, about 35 words at most. Say which way it went (better, worse, no difference) exactly as the paper does.",
                        verbose_name="finding",
                    ),
                ),
                (
                    "sources",
                    scrh.web.research.models.summary_items.SentenceNumbersField(
                        blank=True,
                        default=list,
                        help_text="The numbers of the abstract sentences that say this, separated by commas (for example: 7, 9). The numbered abstract is in the check panel and in “Review against the paper”.",
                        verbose_name="abstract sentences it rests on",
                    ),
                ),
                (
                    "page",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="findings",
                        to="research.summarypage",
                    ),
                ),
            ],
            options={
                "verbose_name": "key finding",
                "ordering": ["sort_order"],
                "abstract": False,
            },
        ),
        migrations.CreateModel(
            name="SummaryLimitation",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                (
                    "text",
                    models.TextField(
                        help_text="One limitation in plain words, true for this study (say “rats”, not “people”, for an animal study)."
                    ),
                ),
                (
                    "origin",
                    models.CharField(
                        choices=[
                            ("paper", "Stated by the paper"),
                            ("design", "Follows from the study design"),
                        ],
                        default="paper",
                        help_text="Where it comes from. List the paper's own limitations first.",
                        max_length=10,
                    ),
                ),
                (
                    "page",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="limitations",
                        to="research.summarypage",
                    ),
                ),
            ],
            options={
                "verbose_name": "limitation",
                "ordering": ["sort_order"],
                "abstract": False,
            },
        ),
        migrations.RunPython(summaries_to_fields, fields_to_summaries),
        migrations.RemoveField(model_name="summarypage", name="summary"),
    ]
