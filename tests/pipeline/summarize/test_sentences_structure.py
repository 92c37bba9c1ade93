"""The abstract's own structure: headings inside one string, sentences without a space."""

import re

import pytest

from scrh.pipeline.papers.model import Paper, Section
from scrh.pipeline.summarize.sentences import paper_sentences, split_sentences

LABEL_AT_START = re.compile(
    r"^(objectives?|study design|design|data sources|setting|trial registration|methods|"
    r"materials and methods|results|conclusions?|background)\s*:",
    re.I,
)


def _one_string(text: str) -> Paper:
    return Paper(title="A study", abstract_sections=(Section(text),))


@pytest.mark.parametrize(
    "abstract",
    [
        "OBJECTIVE: To test walking. METHODS: We enrolled 20 adults. RESULTS: Speed rose. "
        "CONCLUSIONS: Training may help.",
        "Objective: to test walking.Study design: Randomised trial.Results: Speed rose.",
        "objective: to test walking. setting: two clinics. results: speed rose.",
        "Background: Walking is hard. Data Sources: MEDLINE. Materials and Methods: We "
        "enrolled 20 adults. Results: Speed rose. Trial registration: NCT0001.",
        "Spinal injury limits walking. SETTING: Two clinics. Conclusion: Training may help.",
    ],
)
def test_no_sentence_starts_with_a_heading(abstract):
    sentences = paper_sentences(_one_string(abstract))
    assert sentences
    for sentence in sentences:
        assert not LABEL_AT_START.match(sentence.text), sentence.text
        assert sentence.text[0].isupper() or sentence.text[0].isdigit()


def test_headings_give_sections_labels_and_roles():
    sentences = paper_sentences(
        _one_string(
            "OBJECTIVE: To test walking.Study design: Randomised trial. We enrolled 20 adults. "
            "Results: Speed rose in 14 of 20.CONCLUSION: Training may help. "
            "Trial registration: NCT0001."
        )
    )
    assert [(s.text, s.section, s.label, s.role) for s in sentences] == [
        ("To test walking.", "OBJECTIVE", "OBJECTIVE", "objective"),
        ("Randomised trial.", "METHODS", "Study design", "methods"),
        ("We enrolled 20 adults.", "METHODS", "Study design", "methods"),
        ("Speed rose in 14 of 20.", "RESULTS", "Results", "results"),
        ("Training may help.", "CONCLUSIONS", "CONCLUSION", "conclusion"),
        ("NCT0001.", "UNASSIGNED", "Trial registration", "other"),
    ]


def test_a_heading_inside_a_labelled_section_starts_its_own():
    paper = Paper(
        title="t",
        abstract_sections=(
            Section("Speed rose. CONCLUSION: Training may help.", "RESULTS", "RESULTS"),
        ),
    )
    assert [(s.text, s.role) for s in paper_sentences(paper)] == [
        ("Speed rose.", "results"),
        ("Training may help.", "conclusion"),
    ]


def test_sentences_split_without_a_space_after_the_full_stop():
    assert split_sentences(
        "Walking improved.The group (n=6) gained.We saw it (p<0.05).Pain fell."
    ) == [
        "Walking improved.",
        "The group (n=6) gained.",
        "We saw it (p<0.05).",
        "Pain fell.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Significance was set at p<.05 for all tests.",
        "Values were 3.7 and 4.2 on average.",
        "Cells expressed Nkx6.1 and Olig2 in the cord.",
        "Some drugs, e.g.Baclofen, reduce spasms.",
        "Smith et al.Reported gains in the U.S.Army.",
        "Results are at ClinicalTrials.gov today.",
        "Bacteria such as E.Coli were found.",
    ],
)
def test_decimals_abbreviations_and_names_do_not_end_a_sentence(text):
    assert split_sentences(text) == [text]


def test_a_capital_heading_right_after_a_full_stop_starts_a_sentence():
    assert split_sentences("Walking improved.CONCLUSION: Training helps.") == [
        "Walking improved.",
        "CONCLUSION: Training helps.",
    ]


def test_a_case_presentation_is_what_happened_and_a_discussion_is_the_conclusion():
    paper = Paper(
        title="A case report",
        abstract_sections=(
            Section("Pregnancy after spinal cord injury is common.", label="Introduction"),
            Section(
                "A woman with paraplegia was admitted at 36 weeks. Her blood pressure rose "
                "during an examination.",
                label="Case presentation",
            ),
            Section("Planning ahead matters.", label="Discussion"),
        ),
    )
    roles = [s.role for s in paper_sentences(paper)]
    assert roles == ["background", "results", "results", "conclusion"]
