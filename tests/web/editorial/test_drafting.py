"""One service makes every draft: engines from the entry points, checks once, failures reported."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from scrh.pipeline.papers.model import Section
from scrh.pipeline.summarize.engines import engine_names, get_engine
from scrh.pipeline.summarize.engines.llm import LLMEngine
from scrh.web.editorial.drafting import summary_drafts_make, summary_engine
from scrh.web.editorial.ingest import paper_upsert
from scrh.web.editorial.models import IngestRun, PaperRecord, SavedSearch
from scrh.web.editorial.searches import saved_search_run
from scrh.web.research.models import SummaryPage
from tests.web.conftest import demo_papers
from tests.web.editorial.eutils_server import PMID, eutils_server


def _store(count: int, *, failing: int | None = None) -> list[PaperRecord]:
    records = []
    for n, paper in enumerate(demo_papers(count)):
        if n == failing:
            paper = paper.with_changes(title=f"{paper.title} [fail]")
        records.append(paper_upsert(paper=paper)[0])
    return records


def test_engines_are_the_entry_points_of_the_scrh_engines_group(fixture_engine):
    assert {"rules", "llm", fixture_engine} <= set(engine_names())
    assert get_engine(fixture_engine).name == "fixture"
    with pytest.raises(KeyError, match="choose from .*fixture.*llm.*rules"):
        get_engine("nonesuch")


def test_engine_options_come_from_settings(settings):
    settings.SCRH_ENGINE_OPTIONS = {
        "llm": {"base_url": "http://127.0.0.1:9/v1", "model": "from-settings"}
    }
    engine = summary_engine("llm")
    assert isinstance(engine, LLMEngine)
    assert (engine.base_url, engine.model) == ("http://127.0.0.1:9/v1", "from-settings")


def test_an_engine_that_checks_its_own_draft_is_not_checked_again(site, fixture_engine):
    batch = summary_drafts_make(records=_store(1), engine=get_engine(fixture_engine))
    report = batch.pages[0].checks
    assert [f.message for f in report.findings if f.check == "fixture"] == ["fixture engine report"]


def test_draft_summaries_reports_the_failing_paper_and_drafts_the_rest(site, fixture_engine):
    records = _store(3, failing=1)
    err = io.StringIO()
    with pytest.raises(CommandError, match="1 papers could not be summarized"):
        call_command("draft_summaries", engine=fixture_engine, stdout=io.StringIO(), stderr=err)
    assert f"paper {records[1].pk}" in err.getvalue()
    assert "RuntimeError: the fixture engine refuses" in err.getvalue()
    drafted = set(SummaryPage.objects.values_list("paper_id", flat=True))
    assert drafted == {records[0].pk, records[2].pk}


def test_a_saved_search_run_goes_on_past_a_failing_paper(site, settings, fixture_engine):
    settings.SCRH_SUMMARY_ENGINE = fixture_engine
    failing = _store(1, failing=0)[0]
    search = SavedSearch.objects.create(name="SCI weekly", query="spinal cord injury")
    with eutils_server(settings):
        run = saved_search_run(search=search)
    run = IngestRun.objects.get(pk=run.pk)
    assert (run.new, run.drafts, run.failed, run.status) == (1, 1, 1, "partial")
    assert SummaryPage.objects.filter(paper__pmid=PMID).exists()
    reason = run.quarantined.get().reason
    assert reason.startswith("Could not summarize: RuntimeError") and "[fail]" in reason
    assert not SummaryPage.objects.filter(paper=failing).exists()


def test_a_paper_that_fails_to_refresh_keeps_its_flag_and_the_rest_refresh(
    site, settings, fixture_engine
):
    from scrh.web.editorial.keeping import summaries_refresh

    records = _store(2)
    summary_drafts_make(records=records, engine=get_engine(fixture_engine))
    broken = records[0]
    paper = broken.to_paper()
    changed = paper.with_changes(
        title=f"{paper.title} [fail]",
        abstract_sections=(*paper.abstract_sections, Section(text="A new sentence.")),
    )
    paper_upsert(paper=changed)
    PaperRecord.objects.filter(pk=records[1].pk).update(summary_needs_review=True)
    batch = summaries_refresh(engine=fixture_engine)
    assert [r.pk for r, _why in batch.failed] == [broken.pk]
    assert [p.paper_id for p in batch.pages] == [records[1].pk]
    assert PaperRecord.objects.get(pk=broken.pk).summary_needs_review
    assert not PaperRecord.objects.get(pk=records[1].pk).summary_needs_review
