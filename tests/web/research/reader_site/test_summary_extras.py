"""The summary page beyond the contract: notices, glossary in place, sources, reading level."""

from __future__ import annotations

from scrh.pipeline.summarize.model import PaperRef
from scrh.web.research.summary_extras import Term, explain_terms, reading_level, source_links


def test_first_use_of_each_term_links_to_its_definition():
    terms = [Term("lasso", "A statistics method.", "term-lasso")]
    seen: set[str] = set()
    first = explain_terms("The Lasso <model> and lasso again", terms, seen)
    assert first.count('<a class="term"') == 1
    assert 'href="#term-lasso" aria-describedby="term-lasso-def">Lasso</a>' in first
    assert "&lt;model&gt;" in first
    assert explain_terms("lasso later", terms, seen) == "lasso later"


def test_reading_level_words_and_source_links():
    assert reading_level(7.6) == "About US school grade 8: easy to read"
    assert reading_level(None) == "Not measured"
    links = source_links(PaperRef(title="T", doi="10.1/x", pmid="123", pmcid="PMC9"))
    assert [u for _label, u in links] == [
        "https://doi.org/10.1/x",
        "https://pubmed.ncbi.nlm.nih.gov/123/",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC9/",
    ]


def test_summary_page_explains_terms_in_place_and_lists_them(client, demo):
    page = next(p for p in demo if p.glossary_terms.exists())
    html = client.get(page.url).content.decode()
    assert "Words used" in html
    term = page.glossary_terms.first()
    assert term.definition in html
    assert 'class="term"' in html


def test_retraction_notice_shows_a_banner_above_the_title(client, demo):
    page = demo[0]
    paper = page.paper
    paper.data = {
        **paper.data,
        "notices": [
            {"kind": "erratum", "text": "A table was corrected.", "ref_doi": "", "ref_pmid": "9"},
            {"kind": "retraction", "text": "Retracted by the journal.", "ref_doi": "10.9/r"},
        ],
    }
    paper.save()
    html = client.get(page.url).content.decode()
    retraction = html.find("This paper has been retracted")
    correction = html.find("A correction to this paper has been published")
    assert -1 < retraction < correction < html.find("<h1>")
    assert 'href="https://doi.org/10.9/r"' in html
    assert "https://pubmed.ncbi.nlm.nih.gov/9/" in html


def test_no_banner_without_notices(client, demo):
    assert 'class="notice' not in client.get(demo[1].url).content.decode()


def test_summary_page_has_source_links_citation_export_and_read_aloud(client, demo):
    page = demo[1]
    html = client.get(page.url).content.decode()
    assert f'href="https://doi.org/{page.doi}"' in html
    assert f'href="{page.url}cite.ris"' in html and f'href="{page.url}cite.bib"' in html
    assert "Reading level:" in html
    assert 'data-read-aloud="#summary-article" hidden' in html


def test_glossary_page_merges_summary_terms_and_the_glossary_file(client, demo):
    from scrh.pipeline.data import load

    html = client.get("/glossary/").content.decode()
    summary_term = next(p for p in demo if p.glossary_terms.exists()).glossary_terms.first()
    assert summary_term.term in html
    assert load("glossary.json")[0]["definition"] in html
    assert 'aria-label="Glossary letters"' in html


def test_about_and_disclaimer_pages(client, home):
    assert "Who we are" in client.get("/about/").content.decode()
    disclaimer = client.get("/disclaimer/").content.decode()
    assert "not medical advice" in disclaimer and "care team" in disclaimer
