"""Headings written inside a plain abstract become labelled sections, from every input path."""

import json

import pytest

from scrh.pipeline.papers.detect import parse_bytes
from scrh.pipeline.papers.sections import category_for_label, is_heading, split_labelled


def _sections(text: str) -> list[tuple[str | None, str, str]]:
    return [(s.label, s.category, s.text) for s in split_labelled(text)]


def test_capital_headings_at_the_start_and_after_full_stops_with_and_without_a_space():
    text = (
        "OBJECTIVE: To test a walking programme. STUDY DESIGN: Randomised trial.SETTING: Two "
        "rehabilitation centres. RESULTS: Walking improved.CONCLUSION: Training helps. "
        "TRIAL REGISTRATION: NCT01234567."
    )
    assert _sections(text) == [
        ("OBJECTIVE", "OBJECTIVE", "To test a walking programme."),
        ("STUDY DESIGN", "METHODS", "Randomised trial."),
        ("SETTING", "METHODS", "Two rehabilitation centres."),
        ("RESULTS", "RESULTS", "Walking improved."),
        ("CONCLUSION", "CONCLUSIONS", "Training helps."),
        ("TRIAL REGISTRATION", "UNASSIGNED", "NCT01234567."),
    ]


def test_sentence_case_and_lower_case_headings():
    text = (
        "Study design: Cross-sectional survey. Data Sources: MEDLINE and Embase. "
        "Materials and Methods: We asked 120 adults. Main Outcome Measures: Pain. "
        "results: pain fell. Trial registration: ClinicalTrials.gov NCT0001."
    )
    assert [(label, category) for label, category, _ in _sections(text)] == [
        ("Study design", "METHODS"),
        ("Data Sources", "METHODS"),
        ("Materials and Methods", "METHODS"),
        ("Main Outcome Measures", "METHODS"),
        ("results", "RESULTS"),
        ("Trial registration", "UNASSIGNED"),
    ]


def test_one_heading_after_plain_text_splits_the_text_there():
    assert _sections("Pressure injuries are common. Trial registration: NCT0001.") == [
        (None, "UNASSIGNED", "Pressure injuries are common."),
        ("Trial registration", "UNASSIGNED", "NCT0001."),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Two outcomes were measured: walking and pain.",
        "The ratio of men to women was 3:1. Data are at https://example.org/data.",
        "Walking improved in the trained group results: see below.",
        "The aim: to see.",
    ],
)
def test_a_colon_in_a_sentence_is_not_a_heading(text):
    assert _sections(text) == [(None, "UNASSIGNED", text)]


def test_a_capital_heading_needs_no_full_stop_before_it():
    assert [s.label for s in split_labelled("We used MRI RESULTS: The cord was thinner.")] == [
        None,
        "RESULTS",
    ]


def test_heading_words_and_categories():
    assert is_heading("Place and duration of study")
    assert not is_heading("The aim")
    assert not is_heading("Participants were")
    assert category_for_label("Main Outcome Measures") == "METHODS"
    assert category_for_label("Data synthesis") == "METHODS"


def test_a_plain_abstract_in_paper_import_json_gets_its_sections():
    record = {
        "title": "t",
        "abstract": "Objective: To test. Methods: We enrolled 20 adults. Results: It worked.",
    }
    (paper,) = parse_bytes(json.dumps(record).encode(), "p.jsonl", fmt="jsonl")
    assert [(s.label, s.category) for s in paper.abstract_sections] == [
        ("Objective", "OBJECTIVE"),
        ("Methods", "METHODS"),
        ("Results", "RESULTS"),
    ]


def test_a_plain_abstract_in_ris_gets_its_sections():
    ris = (
        "TY  - JOUR\nTI  - A trial\n"
        "AB  - BACKGROUND: Pain is common.METHODS: We asked 20 people. "
        "Trial registration: NCT0001.\nER  - \n"
    )
    (paper,) = parse_bytes(ris.encode(), "p.ris", fmt="ris")
    assert [s.label for s in paper.abstract_sections] == [
        "BACKGROUND",
        "METHODS",
        "Trial registration",
    ]


def test_an_unlabelled_pubmed_abstract_text_gets_its_sections():
    xml = (
        "<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article>"
        "<ArticleTitle>A trial</ArticleTitle><Abstract><AbstractText>OBJECTIVE: To test. "
        "DESIGN: Cohort study.</AbstractText></Abstract></Article></MedlineCitation>"
        "</PubmedArticle></PubmedArticleSet>"
    )
    (paper,) = parse_bytes(xml.encode(), "p.xml", fmt="pubmed")
    assert [(s.label, s.text) for s in paper.abstract_sections] == [
        ("OBJECTIVE", "To test."),
        ("DESIGN", "Cohort study."),
    ]


def test_headings_with_commas_as_in_jama_abstracts():
    text = (
        "IMPORTANCE: Pain is common. DESIGN, SETTING, AND PARTICIPANTS: A cohort of 200 adults. "
        "MAIN OUTCOMES AND MEASURES: Pain scores. RESULTS: Pain fell."
    )
    assert [(label, category) for label, category, _ in _sections(text)] == [
        ("IMPORTANCE", "BACKGROUND"),
        ("DESIGN, SETTING, AND PARTICIPANTS", "METHODS"),
        ("MAIN OUTCOMES AND MEASURES", "METHODS"),
        ("RESULTS", "RESULTS"),
    ]


def test_a_list_before_a_colon_is_not_a_heading():
    text = "Walking, pain, and mood: all improved."
    assert _sections(text) == [(None, "UNASSIGNED", text)]


def test_a_heading_set_off_by_a_wide_space_starts_a_section():
    text = (
        "Objective\u2003We present one case. Results\u2003The wound healed. "
        "Walking improved\u2003well."
    )
    assert [(s.label, s.text) for s in split_labelled(text)] == [
        ("Objective", "We present one case."),
        ("Results", "The wound healed. Walking improved well."),
    ]
