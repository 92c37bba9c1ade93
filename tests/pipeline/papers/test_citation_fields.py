"""Every source gives the journal citation (volume, issue, pages) as named Paper fields."""

from __future__ import annotations

import pytest

from scrh.pipeline.papers.detect import parse_file
from scrh.pipeline.papers.model import paper_from_dict
from tests.conftest import SHARED

FIXTURES = SHARED / "fixtures"


@pytest.mark.parametrize(
    ("path", "volume", "issue", "pages"),
    [
        ("pubmed_efetch_xml/pubmed4.xml", "66", "6", "1116-1122"),
        ("pmc_jats_xml/ehp-116-1694.nxml", "116", "12", "1694-1699"),
        (
            "crossref_works_json/test_works_with_many_ids__1__10.1002_jor.1100150407.json",
            "15",
            "4",
            "519-527",
        ),
        ("europepmc_search_json/search_cancer_core.json", "404", "10471", "2603-2604"),
        ("ris/RisImporterTestScopus.ris", "52", "10", "2309-2327"),
        ("bibtex/paper.bib", "20", "1", "429"),
    ],
)
def test_sources_give_volume_issue_and_pages(path, volume, issue, pages):
    paper = next(iter(parse_file(FIXTURES / path)))
    assert (paper.volume, paper.issue, paper.pages) == (volume, issue, pages)
    assert paper_from_dict(paper.to_dict()) == paper


def test_a_notice_names_the_papers_it_updates_as_a_field():
    paper = next(iter(parse_file(FIXTURES / "pubmed_efetch_xml" / "pubmed4.xml")))
    assert paper.updates == () and paper.published_text
    assert not hasattr(paper, "extra")


def test_a_source_without_the_citation_keeps_the_stored_one():
    from scrh.pipeline.papers.merge import merge_papers

    stored = next(iter(parse_file(FIXTURES / "pubmed_efetch_xml" / "pubmed4.xml")))
    incoming = stored.with_changes(volume="", issue="", pages="")
    merged = merge_papers(stored, incoming)
    assert (merged.volume, merged.issue, merged.pages) == ("66", "6", "1116-1122")
