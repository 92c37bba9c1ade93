"""Storing papers: upsert by id, merge, review flags, notices, deletions, quarantine, runs."""

from __future__ import annotations

import gzip

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from scrh.pipeline.papers import jsonl
from scrh.pipeline.papers.model import Notice, Section
from scrh.web.editorial.ingest import (
    ingest_items,
    ingest_run_finish,
    ingest_run_start,
    paper_upsert,
)
from scrh.web.editorial.models import IngestRun, PaperRecord, QuarantinedRecord
from tests.conftest import DEMO_PAPERS, SHARED
from tests.web.conftest import demo_papers, publish_papers

FIXTURES = SHARED / "fixtures"
SOURCE_FILES = sorted(
    p
    for folder in ("pubmed_efetch_xml", "pmc_jats_xml", "ris", "bibtex", "europepmc_search_json")
    for p in (FIXTURES / folder).iterdir()
    if "no_results" not in p.name
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", SOURCE_FILES, ids=lambda p: p.name)
def test_every_source_fixture_ingests_and_a_second_run_changes_nothing(path, capsys):
    call_command("ingest_file", str(path))
    first = capsys.readouterr().out.strip().splitlines()[-1]
    stored = PaperRecord.objects.count()
    assert stored > 0 and first.startswith(f"{stored} new")
    call_command("ingest_file", str(path))
    second = capsys.readouterr().out.strip().splitlines()[-1]
    assert second.startswith("0 new, 0 updated,"), second
    assert PaperRecord.objects.count() == stored
    run = IngestRun.objects.first()
    assert run.status == IngestRun.Status.SUCCEEDED and run.finished_at is not None


def test_a_paper_seen_again_by_pmid_from_another_source_is_merged_not_duplicated():
    paper = demo_papers(20)[-1]
    record, status = paper_upsert(paper=paper.with_changes(doi="", pmid="999001"))
    assert status == "new"
    richer = paper.with_changes(pmid="999001", abstract_sections=(), journal="")
    merged, status = paper_upsert(paper=richer)
    assert status == "updated" and merged.pk == record.pk
    assert merged.doi == paper.doi.lower() and merged.journal == paper.journal
    assert merged.to_paper().abstract == paper.abstract
    assert PaperRecord.objects.count() == 1


def test_doi_matching_ignores_case():
    paper = demo_papers(1)[0]
    paper_upsert(paper=paper)
    _record, status = paper_upsert(paper=paper.with_changes(doi=paper.doi.upper()))
    assert status == "unchanged"


def test_a_changed_abstract_flags_the_summary_for_review(site, editor):
    (page,) = publish_papers(demo_papers(1), editor)
    paper = demo_papers(1)[0]
    changed = paper.with_changes(
        abstract_sections=(*paper.abstract_sections, Section(text="A correction was added."))
    )
    record, status = paper_upsert(paper=changed)
    assert status == "updated"
    assert record.summary_needs_review and "abstract changed" in record.review_reason
    page.refresh_from_db()
    assert page.live, "the live page stays up while the summary is reviewed"


def test_a_retraction_notice_is_stored_and_kept_when_a_later_source_omits_it():
    paper = demo_papers(1)[0]
    notice = Notice(kind="retraction", text="Retraction in: J X 2024", ref_pmid="123")
    paper_upsert(paper=paper.with_changes(notices=(notice,)))
    record, _status = paper_upsert(paper=paper)
    assert record.notices == [
        {"kind": "retraction", "text": "Retraction in: J X 2024", "ref_doi": "", "ref_pmid": "123"}
    ]


def test_a_delete_citation_withdraws_the_stored_paper(tmp_path):
    update = FIXTURES / "pubmed_efetch_xml" / "pubmed.xml"
    call_command("ingest_file", str(update))
    pmid = PaperRecord.objects.exclude(pmid="").values_list("pmid", flat=True).first()
    delete = (
        f'<?xml version="1.0"?><PubmedArticleSet><DeleteCitation><PMID Version="1">{pmid}'
        "</PMID></DeleteCitation></PubmedArticleSet>"
    )
    path = tmp_path / "pubmed26n0001.xml.gz"
    path.write_bytes(gzip.compress(delete.encode()))
    call_command("ingest_file", str(path))
    assert PaperRecord.objects.get(pmid=pmid).withdrawn
    assert IngestRun.objects.first().deleted == 1


def test_a_record_that_cannot_be_stored_is_quarantined_and_the_rest_are_stored():
    first, second, third = demo_papers(3)
    paper_upsert(paper=first.with_changes(pmid="111"))
    paper_upsert(paper=second.with_changes(pmid="222"))
    before = PaperRecord.objects.get(pmid="111").data
    # claims the DOI of the first stored paper and the PMID of the second: cannot be both
    clash = first.with_changes(pmid="222", title="Clashing record")
    run = ingest_run_start(source="test", query="clash")
    ingest_items(run=run, items=[clash, third])
    run = ingest_run_finish(run=run)
    assert (run.new, run.failed, run.status) == (1, 1, IngestRun.Status.PARTIAL)
    assert PaperRecord.objects.get(pmid="111").data == before
    assert "could not store" in QuarantinedRecord.objects.get().reason


def test_a_broken_line_is_quarantined_and_the_lines_after_it_are_stored(tmp_path, capsys):
    lines = DEMO_PAPERS.read_text().splitlines()
    path = tmp_path / "papers.jsonl"
    path.write_text("\n".join([lines[0], lines[1], '{"title": broken', lines[2]]) + "\n")
    call_command("ingest_file", str(path))
    assert capsys.readouterr().out.strip().endswith("3 new, 0 updated, 0 unchanged, 1 failed")
    assert "line 3" in QuarantinedRecord.objects.get().reason


def test_a_file_that_is_not_a_paper_format_fails_the_run_with_its_reason(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("just some notes\n")
    with pytest.raises(CommandError, match="nothing could be ingested"):
        call_command("ingest_file", str(path))
    run = IngestRun.objects.get()
    assert run.status == IngestRun.Status.FAILED
    assert "unrecognised format" in run.quarantined.get().reason


def test_jsonl_round_trip_through_storage_is_faithful():
    for paper in jsonl.parse(DEMO_PAPERS.read_bytes()):
        record, _status = paper_upsert(paper=paper)
        assert record.to_paper() == paper.with_changes(doi=paper.doi.lower())


def test_a_pubmed_retraction_notice_record_puts_a_notice_on_the_paper_it_retracts(tmp_path):
    paper = demo_papers(1)[0]
    paper_upsert(paper=paper.with_changes(pmid="31000001"))
    notice = (
        '<?xml version="1.0"?><PubmedArticleSet><PubmedArticle><MedlineCitation Status="MEDLINE">'
        "<PMID>31000002</PMID><Article><Journal><Title>J Neurotrauma</Title><JournalIssue>"
        "<PubDate><Year>2024</Year></PubDate></JournalIssue></Journal>"
        "<ArticleTitle>Retraction notice</ArticleTitle><PublicationTypeList><PublicationType>"
        "Retraction of Publication</PublicationType></PublicationTypeList></Article>"
        '<CommentsCorrectionsList><CommentsCorrections RefType="RetractionOf">'
        "<RefSource>J Neurotrauma. 2021;38:1</RefSource><PMID>31000001</PMID>"
        "</CommentsCorrections></CommentsCorrectionsList></MedlineCitation></PubmedArticle>"
        "</PubmedArticleSet>"
    )
    path = tmp_path / "notice.xml"
    path.write_text(notice)
    call_command("ingest_file", str(path))
    record = PaperRecord.objects.get(pmid="31000001")
    assert record.notices == [
        {
            "kind": "retraction",
            "text": "Retraction notice",
            "ref_doi": "",
            "ref_pmid": "31000002",
        }
    ]
    assert not PaperRecord.objects.filter(pmid="31000002").exists()
