"""A site with 100,000 published summaries in its own tables, for the scale benchmarks.

Three demo papers go through the real services (ingest, draft, publish); the rest are copies of
the first page's rows with generated text, written with bulk inserts, then indexed by Wagtail's
search backend in bulk. Run inside a process whose Django settings point at the target database.
"""

from __future__ import annotations

import json
import random
import time
import uuid
from datetime import date, timedelta

WORDS = [
    "spinal",
    "cord",
    "injury",
    "rehabilitation",
    "pain",
    "walking",
    "bladder",
    "bowel",
    "pressure",
    "sleep",
    "exercise",
    "stem",
    "cell",
    "therapy",
    "surgery",
    "trial",
    "participants",
    "stimulation",
    "epidural",
    "robot",
    "gait",
    "spasticity",
    "fatigue",
    "depression",
    "quality",
    "life",
    "wheelchair",
    "arm",
    "hand",
    "grip",
    "breathing",
    "heart",
    "blood",
    "infection",
    "bone",
    "nutrition",
    "weight",
    "telehealth",
    "caregiver",
    "employment",
    "mouse",
    "rat",
    "recovery",
    "nerve",
    "regeneration",
]
FILLER = tuple(f"w{n:04d}" for n in range(5000))
QUERIES = ["pain", "walking robot", "bladder infection", "stem cell", "epidural stimulation",
           "sleep fatigue", "wheelchair", "spasticity", "hand grip", "caregiver"]  # fmt: skip
DESIGNS = [("rct", "Randomised controlled trial"), ("prospective_cohort", "Cohort study"),
           ("case_series", "Case series"), ("animal_study", "Animal study"),
           ("systematic_review", "Systematic review")]  # fmt: skip
CHUNK = 2000


def summary_count() -> int:
    from scrh.web.research.models import SummaryPage

    return SummaryPage.objects.live().count()


def build(rows: int, seed: int = 7, log=print) -> None:
    """Migrate, publish three demo papers for real, then bulk-add copies up to `rows` summaries."""
    from django.core.management import call_command

    started = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    template = _real_pages()
    log(f"  migrated, 3 real summaries published ({time.perf_counter() - started:.0f} s)")
    _bulk_pages(template, rows - summary_count(), random.Random(seed))  # noqa: S311
    log(f"  {rows:,} summaries stored ({time.perf_counter() - started:.0f} s)")
    _bulk_index()
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # planner statistics after the bulk load, as autovacuum would
    log(f"  search index built ({time.perf_counter() - started:.0f} s)")


def _real_pages():
    from demo_server import ROOT
    from django.contrib.auth import get_user_model

    from scrh.pipeline.papers import jsonl
    from scrh.pipeline.summarize.engines import get_engine
    from scrh.web.editorial.ingest import paper_upsert
    from scrh.web.editorial.services import summary_draft_create, summary_publish
    from scrh.web.research.models import SummaryPage
    from scrh.web.research.services import site_tree_ensure

    site_tree_ensure()
    user = get_user_model().objects.create_superuser("bench-editor", password=uuid.uuid4().hex)
    engine = get_engine("rules")
    papers = list(jsonl.parse((ROOT / "demo" / "sci_papers.jsonl").read_bytes(), name="demo"))
    for paper in papers[:3]:
        record, _status = paper_upsert(paper=paper)
        page = summary_draft_create(paper=record, summary=engine.summarize(paper))
        summary_publish(page=page, user=user)
    return SummaryPage.objects.live().order_by("pk").first()


def _text(rng: random.Random, words: int) -> tuple[list[str], str]:
    topics = rng.sample(WORDS, k=4)
    body = rng.choices(FILLER, k=words - 4) + topics
    rng.shuffle(body)
    return topics, " ".join(body)


def _bulk_pages(template, count: int, rng: random.Random) -> None:
    from django.db import connection, transaction
    from wagtail.models import Page

    from scrh.web.research.models import CategoryPage, SummaryPage

    parent = template.get_parent()
    page_row = Page.objects.filter(pk=template.pk).values()[0]
    summary_row = SummaryPage.objects.filter(pk=template.pk).values(
        *[f.attname for f in SummaryPage._meta.local_concrete_fields]
    )[0]
    categories = list(CategoryPage.objects.values_list("pk", flat=True))
    first_id = Page.objects.order_by("-pk").values_list("pk", flat=True)[0] + 1
    first_step = parent.numchild + 1
    topics_model = SummaryPage.topics.through
    summary_columns = list(summary_row)
    insert_summary = (
        f"INSERT INTO {SummaryPage._meta.db_table} ({', '.join(summary_columns)}) "  # noqa: S608
        f"VALUES ({', '.join(['%s'] * len(summary_columns))})"
    )
    json_columns = {f.attname for f in SummaryPage._meta.local_concrete_fields
                    if f.get_internal_type() == "JSONField"}  # fmt: skip
    constant = {c: json.dumps(summary_row[c]) for c in json_columns}
    for start in range(0, count, CHUNK):
        pages, summaries, topics = [], [], []
        for n in range(start, min(start + CHUNK, count)):
            pk = first_id + n
            topic_words, body = _text(rng, 180)
            title = " ".join(rng.choices(FILLER, k=6) + topic_words[:2]).capitalize()
            slug = f"generated-{pk}"
            published = date(2000, 1, 1) + timedelta(days=rng.randrange(9000))
            pages.append(Page(**{
                **page_row, "id": pk, "path": Page._get_path(parent.path, parent.depth + 1,
                                                             first_step + n),
                "translation_key": uuid.uuid4(), "title": title, "draft_title": title,
                "slug": slug, "url_path": f"{parent.url_path}{slug}/",
                "latest_revision_id": None, "live_revision_id": None,
            }))  # fmt: skip
            design = rng.choice(DESIGNS)
            category = rng.choice(categories)
            values = {
                **summary_row, **constant, "page_ptr_id": pk,
                "simple_explanation": body[:400], "research_summary": body[400:],
                "paper_title": title, "evidence_design": design[1],
                "primary_category_id": category, "paper_published": published,
                "paper_year": published.year, "design_code": design[0],
                "evidence_level": rng.randint(1, 5),
            }  # fmt: skip
            summaries.append([values[c] for c in summary_columns])
            topics.append(topics_model(summarypage_id=pk, categorypage_id=category))
        with transaction.atomic():
            Page.objects.bulk_create(pages, batch_size=500)
            with connection.cursor() as cursor:
                cursor.executemany(insert_summary, summaries)
            topics_model.objects.bulk_create(topics, batch_size=1000)
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + count)
    _copy_items(template.pk, first_id, first_id + count)


def _copy_items(template_id: int, first: int, end: int) -> None:
    """Give every generated page the template's findings, implications, limitations and
    glossary terms (the summary page shows them, search indexes the findings): one
    INSERT ... SELECT a table."""
    from django.db import connection, transaction

    from scrh.web.research.models import SummaryPage

    quote = connection.ops.quote_name
    for relation in ("findings", "implications", "limitations", "glossary_terms"):
        model = SummaryPage._meta.get_field(relation).related_model
        copied = [f.column for f in model._meta.local_concrete_fields
                  if f.column not in ("id", "page_id")]  # fmt: skip
        columns = ", ".join(quote(c) for c in copied)
        picked = ", ".join(f"item.{quote(c)}" for c in copied)
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {quote(model._meta.db_table)} (page_id, {columns}) "  # noqa: S608
                f"SELECT page.page_ptr_id, {picked} "
                f"FROM {quote(SummaryPage._meta.db_table)} page, "
                f"{quote(model._meta.db_table)} item "
                "WHERE item.page_id = %s AND page.page_ptr_id >= %s AND page.page_ptr_id < %s",
                [template_id, first, end],
            )


def _bulk_index() -> None:
    """Wagtail's own bulk indexing of every summary page (what `update_index` does)."""
    from wagtail.search.backends import get_search_backend

    from scrh.web.research.models import SummaryPage

    backend = get_search_backend()
    ids = list(SummaryPage.objects.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), CHUNK):
        chunk = SummaryPage.objects.filter(pk__in=ids[start : start + CHUNK]).prefetch_related(
            "findings"
        )
        backend.add_bulk(SummaryPage, list(chunk))
