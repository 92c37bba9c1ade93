"""JATS, Crossref, Europe PMC, RIS and BibTeX: every fixture parses with the right fields."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scrh.pipeline.papers import bibtex, crossref, detect, europepmc, jats, ris
from scrh.pipeline.papers.errors import ParseError
from scrh.pipeline.papers.model import SECTION_CATEGORIES, Paper

FIXTURES = Path(__file__).resolve().parents[3].parent / "shared" / "fixtures"

# file -> (number of papers, how many of them have an abstract)
EXPECTED = {
    "pmc_jats_xml/1471-2180-11-174.nxml": (1, 1),
    "pmc_jats_xml/efetch_pmc.xml": (1, 0),
    "pmc_jats_xml/ehp-116-1694.nxml": (1, 1),
    "pmc_jats_xml/mds526.nxml": (1, 1),
    "pmc_jats_xml/pmc_no_iso_doi.xml": (2, 2),
    "crossref_works_json/test_works_query__0__query_ecology_rows2.json": (2, 2),
    "crossref_works_json/test_works_with_many_ids__0__10.1016_j.neurobiolaging.2010.03.024.json": (
        1,
        0,
    ),
    "crossref_works_json/test_works_with_many_ids__1__10.1002_jor.1100150407.json": (1, 1),
    "crossref_works_json/test_works_with_many_ids__2__10.1038_srep16696.json": (1, 1),
    "crossref_works_json/test_workscontainer_with_cursor__0__members98_cursor_star.json": (5, 2),
    "crossref_works_json/test_workscontainer_with_two_ids__0__10.1136_jclinpath-2020-206745.json": (
        1,
        1,
    ),
    "europepmc_search_json/search_cancer_core.json": (25, 21),
    "europepmc_search_json/search_cancer_page2.json": (5, 0),
    "europepmc_search_json/search_no_results.json": (0, 0),
    "ris/RisImporterTestScience.ris": (1, 0),
    "ris/RisImporterTestScopus.ris": (1, 0),
    "ris/embase.ris": (6, 6),
    "ris/pubmed_endnote.txt": (6, 6),
    "ris/pubmed_zotero.ris": (6, 6),
    "ris/scopus.ris": (6, 6),
    "bibtex/paper.bib": (11, 0),
    "bibtex/test_content_negotiation__1__10.1126_science.169.3946.635.bib": (1, 0),
}


TAG = re.compile(r"</?[A-Za-z][\w:-]*[\s>/]")


def read(relative: str) -> list[Paper]:
    return list(detect.parse_file(FIXTURES / relative))


def test_the_table_covers_every_fixture_of_these_sources() -> None:
    folders = {key.split("/")[0] for key in EXPECTED}
    on_disk = {
        f"{p.parent.name}/{p.name}"
        for folder in folders
        for p in (FIXTURES / folder).iterdir()
        if "_body." not in p.name
    }
    assert on_disk == set(EXPECTED)


@pytest.mark.parametrize("relative", sorted(EXPECTED))
def test_fixture_parses_with_titles_ids_and_sections(relative: str) -> None:
    count, with_abstract = EXPECTED[relative]
    papers = read(relative)
    assert len(papers) == count
    assert sum(1 for p in papers if p.abstract_sections) == with_abstract
    for paper in papers:
        assert paper.title or paper.publication_types == ("journal-issue",)
        assert paper.doi or paper.pmid or paper.pmcid or paper.source == "bibtex"
        assert not paper.doi.lower().startswith(("http", "doi:"))
        assert all(s.category in SECTION_CATEGORIES and s.text for s in paper.abstract_sections)
        assert not TAG.search(paper.title + paper.abstract)


def test_jats_sections_by_sec_type_else_title_and_licence() -> None:
    (paper,) = read("pmc_jats_xml/1471-2180-11-174.nxml")
    assert (paper.pmid, paper.pmcid, paper.doi) == (
        "21810267",
        "PMC3166277",
        "10.1186/1471-2180-11-174",
    )
    assert paper.license == "http://creativecommons.org/licenses/by/2.0"
    by_label = {s.label: s.category for s in paper.full_text}
    assert by_label["Methods"] == "METHODS"  # sec-type, and it comes last
    assert by_label["Results"] == "RESULTS"  # found by title
    assert [s.label for s in paper.abstract_sections] == ["Background", "Results", "Conclusions"]


def test_jats_materials_methods_sec_type_and_public_domain() -> None:
    (paper,) = read("pmc_jats_xml/ehp-116-1694.nxml")
    assert paper.full_text[0].label == "Materials and Methods"
    assert paper.full_text[0].category == "METHODS"
    assert "publicdomain" in paper.license
    assert len(paper.abstract_sections) == 5


def test_jats_articleset_with_front_matter_only_and_inline_headings() -> None:
    full, front_only = read("pmc_jats_xml/pmc_no_iso_doi.xml")
    assert full.abstract_sections[0].label == "Importance"
    assert {s.category for s in full.full_text} >= {"METHODS", "RESULTS"}
    assert front_only.full_text == ()
    assert [s.category for s in front_only.abstract_sections][:2] == ["BACKGROUND", "METHODS"]


def test_jats_correction_notice_keeps_its_type_and_ali_licence() -> None:
    (paper,) = read("pmc_jats_xml/efetch_pmc.xml")
    assert paper.publication_types == ("Published Erratum",)
    assert paper.license == "https://creativecommons.org/licenses/by-nc/4.0/"


def test_crossref_structured_jats_abstract_and_title_markup() -> None:
    (paper,) = read(EXPECTED_KEY("jclinpath"))
    assert paper.title.startswith("Construction of a reference material panel for detecting KRAS")
    assert [s.category for s in paper.abstract_sections] == [
        "BACKGROUND",
        "OBJECTIVE",
        "METHODS",
        "RESULTS",
        "CONCLUSIONS",
    ]
    assert paper.license == "http://creativecommons.org/licenses/by-nc/4.0/"


def test_crossref_abstract_titled_abstract_has_no_label_and_print_year_wins() -> None:
    (paper,) = read(EXPECTED_KEY("jor.11"))
    assert paper.abstract_sections[0].label is None
    assert paper.abstract.startswith("Twenty‐two beagles")
    assert (paper.year, paper.published) == (1997, None)


def test_crossref_plain_html_abstracts_in_a_work_list() -> None:
    papers = read(EXPECTED_KEY("ecology"))
    assert papers[0].abstract.startswith("Communication is perhaps the most important")
    assert papers[1].authors == ("André Kessler",)


def test_crossref_missing_abstract_is_yielded_without_sections() -> None:
    (paper,) = read(EXPECTED_KEY("neurobiolaging"))
    assert paper.abstract == "" and paper.title.startswith("Human umbilical cord blood")


def test_crossref_error_bodies_are_clear_errors() -> None:
    with pytest.raises(ParseError, match="does not support field query"):
        list(
            crossref.parse(
                FIXTURES
                / "crossref_works_json"
                / ("test_works_query_filters_not_allowed_with_dois__0__400_body.json")
            )
        )
    with pytest.raises(ParseError, match="unrecognised format"):
        list(
            detect.parse_file(
                FIXTURES / "crossref_works_json/test_works_bad_id_warn__0__404_body.txt"
            )
        )


def test_crossref_update_to_and_updated_by() -> None:
    notice = {
        "DOI": "10.1/notice",
        "title": ["Retraction"],
        "type": "journal-article",
        "update-to": [{"DOI": "10.1/original", "type": "retraction", "label": "Retraction"}],
    }
    original = {
        "DOI": "10.1/original",
        "title": ["Original"],
        "updated-by": [{"DOI": "10.1/notice", "type": "correction", "label": "Correction"}],
    }
    first, second = crossref.parse(
        b'{"status":"ok","message":{"items":[%s,%s]}}'
        % (__import__("json").dumps(notice).encode(), __import__("json").dumps(original).encode())
    )
    assert first.updates[0].ref_doi == "10.1/original"
    assert first.updates[0].kind == "retraction" and first.notices == ()
    assert second.notices[0].kind == "erratum" and second.notices[0].ref_doi == "10.1/notice"


def test_europepmc_core_h4_sections_mesh_and_erratum_link() -> None:
    papers = {p.pmid: p for p in read("europepmc_search_json/search_cancer_core.json")}
    paper = papers["40468710"]
    assert [s.label for s in paper.abstract_sections][:3] == ["Objective", "Design", "Methods"]
    assert paper.license == "cc by" and "Cancer" in paper.keywords
    erratum = papers["39709208"]
    assert erratum.updates[0].ref_pmid == "39293462"
    assert sum(1 for p in papers.values() if p.mesh) >= 1


def test_europepmc_lite_pub_types_are_split() -> None:
    papers = read("europepmc_search_json/search_cancer_page2.json")
    assert papers[3].publication_types == ("review", "journal article")


def test_ris_doi_given_as_url_and_placeholder_abstract() -> None:
    (paper,) = read("ris/RisImporterTestScience.ris")
    assert paper.doi == "10.1016/j.actamat.2016.09.028"
    assert paper.abstract_sections == ()
    assert paper.source_url.startswith("https://www.sciencedirect.com/")


def test_ris_bom_y1_jf_and_continuation_keywords() -> None:
    embase = read("ris/embase.ris")
    assert embase[0].title.startswith("Duplication cysts")
    assert embase[0].journal == "Endoscopic Ultrasound" and embase[0].year == 2014
    endnote = read("ris/pubmed_endnote.txt")
    assert endnote[0].pmid == "21553931"
    assert "Boswellia/chemistry" in endnote[0].keywords


def test_ris_flattened_structured_abstracts_are_split() -> None:
    zotero = read("ris/pubmed_zotero.ris")
    assert [s.category for s in zotero[1].abstract_sections] == [
        "BACKGROUND",
        "METHODS",
        "RESULTS",
        "CONCLUSIONS",
    ]


def test_bibtex_latex_accents_are_decoded() -> None:
    papers = read("bibtex/paper.bib")
    assert papers[0].authors[:3] == ("Jurica Ševa", "David Luis Wiegandt", "Julian Götze")
    assert "others" not in papers[0].authors
    assert any("Saïd Abdeddaïm" in p.authors for p in papers)


def test_bibtex_single_line_crossref_entry() -> None:
    (paper,) = read("bibtex/test_content_negotiation__1__10.1126_science.169.3946.635.bib")
    assert (paper.doi, paper.journal, paper.year) == (
        "10.1126/science.169.3946.635",
        "Science",
        1970,
    )
    assert paper.authors == ("Henry S. Frank",)


@pytest.mark.parametrize(
    ("module", "raw"),
    [
        (bibtex, b"@article{x, title={Unclosed"),
        (crossref, b"{not json"),
        (europepmc, b'{"version": "6.9"}'),
        (jats, b"<article><front>"),
        (ris, b"\xff\xfeTY  - JOUR"),
    ],
)
def test_broken_input_is_a_parse_error(module: object, raw: bytes) -> None:
    with pytest.raises(ParseError):
        list(module.parse(raw))  # type: ignore[attr-defined]


def EXPECTED_KEY(fragment: str) -> str:  # noqa: N802 (reads like a constant lookup)
    (key,) = [k for k in EXPECTED if fragment in k]
    return key
