"""PubMed efetch XML: every fixture parses with the right fields."""

from __future__ import annotations

import gzip
from datetime import date
from pathlib import Path

import pytest

from scrh.pipeline.papers import pubmed
from scrh.pipeline.papers.model import Notice

FIXTURES = Path(__file__).resolve().parents[3].parent / "shared" / "fixtures" / "pubmed_efetch_xml"
ALL = sorted(FIXTURES.glob("*.xml"))
COUNTS = {"pubmed.xml": 5, "pubmed1.xml": 2, "pubmed22n1115.xml": 3}


def by_pmid(name: str) -> dict[str, pubmed.Paper]:
    return {p.pmid: p for p in pubmed.parse(FIXTURES / name)}


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_every_fixture_parses_with_ids_title_and_journal(path: Path) -> None:
    papers = list(pubmed.parse(path))
    assert len(papers) == COUNTS.get(path.name, 1)
    for paper in papers:
        assert paper.pmid.isdigit()
        assert paper.title
        assert paper.journal
        assert paper.year and 1970 < paper.year < 2030
        assert paper.source == "pubmed"
        assert paper.source_url == f"https://pubmed.ncbi.nlm.nih.gov/{paper.pmid}/"


def test_same_result_from_bytes_text_path_file_and_gzip() -> None:
    path = FIXTURES / "pubmed.xml"
    raw = path.read_bytes()
    expected = list(pubmed.parse(path))
    assert list(pubmed.parse(raw)) == expected
    assert list(pubmed.parse(raw.decode("utf-8"))) == expected
    assert list(pubmed.parse(gzip.compress(raw))) == expected
    with path.open("rb") as handle:
        assert list(pubmed.parse(handle)) == expected


def test_doctype_naming_a_dtd_parses_without_loading_it() -> None:
    (paper,) = pubmed.parse(FIXTURES / "25364329.xml")
    assert paper.doi == "10.1055/s-0034-1387804"
    assert paper.publication_types == ("Case Reports", "Journal Article")
    # its headings are set off by a wide space, not a colon: they still make sections
    assert [s.label for s in paper.abstract_sections] == [
        "Study Design", "Objective", "Methods", "Results", "Conclusion"
    ]  # fmt: skip
    assert paper.abstract_sections[0].text == "Case report and review of the literature."
    assert paper.abstract_sections[3].text.startswith("Postoperative complications included")
    assert paper.published_text == "2014 Oct"
    assert paper.published is None and paper.year == 2014


def test_label_and_nlm_category_sections() -> None:
    paper = by_pmid("pubmed.xml")["24792780"]
    assert [(s.label, s.category) for s in paper.abstract_sections] == [
        ("INTRODUCTION", "BACKGROUND"),
        ("OBJECTIVES", "OBJECTIVE"),
        ("METHODS", "METHODS"),
        ("RESULTS", "RESULTS"),
        ("CONCLUSION", "CONCLUSIONS"),
    ]


def test_label_only_sections_are_categorised_from_the_label() -> None:
    (paper,) = pubmed.parse(FIXTURES / "pubmed4.xml")
    assert [s.category for s in paper.abstract_sections] == [
        "OBJECTIVE",
        "METHODS",
        "RESULTS",
        "CONCLUSIONS",
    ]


def test_long_custom_label_keeps_its_nlm_category() -> None:
    (paper,) = pubmed.parse(FIXTURES / "33856845.xml")
    last = paper.abstract_sections[-1]
    assert last.label == "CONCLUSIONS AND IMPLICATIONS FOR PRACTICE"
    assert last.category == "CONCLUSIONS"
    assert paper.published == date(2021, 4, 15)
    assert "Systematic Review" in paper.publication_types


def test_empty_unlabelled_section_is_dropped() -> None:
    paper = by_pmid("pubmed.xml")["33278872"]
    assert [(s.label, s.category) for s in paper.abstract_sections] == [("ABSTRACT", "UNASSIGNED")]


def test_medline_date_and_season() -> None:
    paper = by_pmid("pubmed.xml")["151222"]
    assert (paper.year, paper.published) == (1978, None)
    assert paper.published_text == "1978 Jul-Sep"
    season = by_pmid("pubmed1.xml")["12091962"]
    assert (season.year, season.published_text) == (1990, "1990 Spring")


def test_inline_markup_and_mathml_are_kept_as_text() -> None:
    (paper,) = pubmed.parse(FIXTURES / "pubmed6.xml")
    assert "maximal oxygen uptake ( V.O2max ) 67.6" in paper.abstract
    assert "<mml" not in paper.abstract and "<i>" not in paper.abstract
    (gut,) = pubmed.parse(FIXTURES / "pubmed4.xml")
    assert "linkage disequilibrium r2<0.25" in gut.abstract


def test_doi_from_elocation_else_article_ids_never_references() -> None:
    assert by_pmid("pubmed.xml")["35196497"].doi == "10.1016/j.celrep.2022.110408"
    assert by_pmid("pubmed1.xml")["9997"].doi == "10.1016/0005-2795(76)90109-4"
    assert by_pmid("pubmed.xml")["151222"].doi == ""
    (review,) = pubmed.parse(FIXTURES / "39337454.xml")
    assert review.doi == "10.3390/ijms25189966"
    assert review.pmcid == "PMC11432652"


def test_authors_keywords_mesh() -> None:
    (paper,) = pubmed.parse(FIXTURES / "25364329.xml")
    assert paper.authors[0] == "David R Santiago-Dieppa"
    assert "spondylectomy" in paper.keywords
    (stroke,) = pubmed.parse(FIXTURES / "35358095.xml")
    assert len(stroke.mesh) == 9 and "Humans" in stroke.mesh


def test_no_abstract_and_empty_title_fall_back() -> None:
    (paper,) = pubmed.parse(FIXTURES / "no_title_abstract.xml")
    assert paper.title == "Pere Barceló."  # VernacularTitle when ArticleTitle is empty
    assert paper.abstract_sections == ()


def test_erratum_and_expression_of_concern_become_notices() -> None:
    papers = by_pmid("pubmed22n1115.xml")
    assert papers["20868729"].notices == (
        Notice(kind="erratum", text="Neuroscience. 2021 Dec 9;:", ref_pmid="34895915"),
    )
    assert papers["22395128"].notices[0].kind == "concern"
