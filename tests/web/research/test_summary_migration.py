"""The move from one Summary JSON column to fields and inline items loses nothing, either way."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Revision

from scrh.pipeline.summarize.engines import get_engine
from scrh.web.editorial.ingest import paper_upsert
from scrh.web.editorial.services import summary_draft_create, summary_publish
from scrh.web.research.models import SummaryPage
from tests.web.conftest import demo_papers

BEFORE = [("research", "0001_initial")]
HAND_WRITTEN = {  # as DESIGN.md allows: no sentences, reading grade, engine or glossary
    "paper": {"title": "A hand-written summary", "journal": "Spinal Cord", "year": 2020},
    "primary_category": "Rehabilitation",
    "categories": ["Rehabilitation"],
    "simple_explanation": "People trained on a treadmill walked further.",
    "study_duration": "12 weeks",
    "participants": "20 adults with spinal cord injury",
    "participant_count": 20,
    "population": "humans",
    "evidence": {"design": "Case series", "design_code": "case_series", "level": 4, "meaning": "m"},
    "key_findings": [{"text": "They walked further.", "sources": [2, 0]}],
    "research_summary": "Walking distance rose after training.",
    "practical_implications": [{"title": "Ask", "text": "Ask about training."}],
    "limitations": [{"text": "Small group.", "origin": "design"}],
}


def _executor() -> MigrationExecutor:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    return executor


def _same(summary: dict) -> dict:
    """Categories compared as a set: the page keeps them as its topics, without an order."""
    return {**summary, "categories": sorted(summary["categories"])}


@pytest.fixture
def pages(transactional_db, site, editor):
    """Two live summaries, one with a newer draft revision in review, and one draft."""
    engine = get_engine("rules")
    made = []
    for n, paper in enumerate(demo_papers(3)):
        record, _ = paper_upsert(paper=paper)
        page = summary_draft_create(paper=record, summary=engine.summarize(paper))
        made.append(summary_publish(page=page, user=editor) if n < 2 else page)
    edited = SummaryPage.objects.get(pk=made[0].pk)
    edited.simple_explanation = "An edited explanation waiting in review."
    edited.findings = [*edited.findings.all()][:1]
    edited.save_revision(user=editor)
    return made


def test_every_page_and_revision_comes_back_the_same_after_migrating_down_and_up(pages):
    stored = SummaryPage.objects.filter(pk__in=[p.pk for p in pages])
    before_pages = {p.pk: _same(p.to_summary().to_json_dict()) for p in stored}
    revisions = Revision.objects.filter(object_id__in=[str(p.pk) for p in pages])
    before_revisions = {r.pk: _same(r.as_object().to_summary().to_json_dict()) for r in revisions}
    assert len(before_revisions) > len(before_pages)
    explanations = {s["simple_explanation"] for s in before_revisions.values()}
    assert "An edited explanation waiting in review." in explanations

    executor = _executor()
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    OldPage, OldRevision = (
        old.get_model("research", "SummaryPage"),
        old.get_model("wagtailcore", "Revision"),
    )
    for pk, summary in before_pages.items():
        assert _same(OldPage.objects.get(pk=pk).summary) == summary
    for pk, summary in before_revisions.items():
        content = OldRevision.objects.get(pk=pk).content
        assert _same(content["summary"]) == summary
        assert "findings" not in content and "simple_explanation" not in content

    _executor().migrate(_executor().loader.graph.leaf_nodes())
    for pk, summary in before_pages.items():
        assert _same(SummaryPage.objects.get(pk=pk).to_summary().to_json_dict()) == summary
    for pk, summary in before_revisions.items():
        revision = Revision.objects.get(pk=pk)
        assert _same(revision.as_object().to_summary().to_json_dict()) == summary


def test_a_hand_written_summary_moves_into_every_field(pages):
    page = pages[2]
    executor = _executor()
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    old.get_model("research", "SummaryPage").objects.filter(pk=page.pk).update(summary=HAND_WRITTEN)
    revision = old.get_model("wagtailcore", "Revision").objects.filter(object_id=str(page.pk))
    latest = revision.order_by("-pk").first()
    latest.content = {**latest.content, "summary": HAND_WRITTEN}
    latest.save()
    _executor().migrate(_executor().loader.graph.leaf_nodes())

    for moved in (
        SummaryPage.objects.get(pk=page.pk),
        Revision.objects.get(pk=latest.pk).as_object(),
    ):
        assert moved.paper_title == "A hand-written summary" and moved.paper_year == 2020
        assert (moved.journal, moved.study_duration) == ("Spinal Cord", "12 weeks")
        assert (moved.participants, moved.participant_count, moved.population) == (
            "20 adults with spinal cord injury",
            20,
            "humans",
        )
        assert (moved.evidence_design, moved.design_code, moved.evidence_level) == (
            "Case series",
            "case_series",
            4,
        )
        assert moved.evidence_meaning == "m"
        assert moved.simple_explanation == HAND_WRITTEN["simple_explanation"]
        assert moved.research_summary == HAND_WRITTEN["research_summary"]
        assert [(f.text, f.sources) for f in moved.findings.all()] == [
            ("They walked further.", [2, 0])
        ]
        assert [(i.title, i.text) for i in moved.implications.all()] == [
            ("Ask", "Ask about training.")
        ]
        assert [(x.text, x.origin) for x in moved.limitations.all()] == [("Small group.", "design")]
        assert list(moved.glossary_terms.all()) == []
        assert (moved.sentences, moved.engine) == ([], "")
        assert moved.to_summary().paper.title == "A hand-written summary"
