"""Sentence splitting and roles on real abstract sentences."""

import pytest

from scrh.pipeline.papers.model import Paper, Section
from scrh.pipeline.summarize.sentences import paper_sentences, split_sentences


def test_decimals_p_values_and_group_sizes_stay_inside_their_sentence():
    text = (
        "Seven participants completed the intervention (STIM N = 5; NON-STIM N = 2). "
        "Results showed 41% experienced AIS improvement, with 51% regaining ambulation over a "
        "median follow-up of 3.7 years. Significant AIS improvement (p < 0.001) was noted."
    )
    assert split_sentences(text) == [
        "Seven participants completed the intervention (STIM N = 5; NON-STIM N = 2).",
        "Results showed 41% experienced AIS improvement, with 51% regaining ambulation over a "
        "median follow-up of 3.7 years.",
        "Significant AIS improvement (p < 0.001) was noted.",
    ]


def test_abbreviations_do_not_end_a_sentence():
    text = "Smith et al. found gains vs. controls, e.g. in speed. Fig. 2 shows it."
    assert split_sentences(text) == [
        "Smith et al. found gains vs. controls, e.g. in speed.",
        "Fig. 2 shows it.",
    ]


def test_inline_labels_start_a_new_sentence():
    text = "BACKGROUND: Pain is common. METHODS: We asked 20 people."
    assert split_sentences(text) == ["BACKGROUND: Pain is common.", "METHODS: We asked 20 people."]


def test_roles_from_structured_labels_and_cue_words():
    paper = Paper(
        title="t",
        abstract_sections=(
            Section("Urinary tract infection is common after injury.", "Background", "BACKGROUND"),
            Section(
                "This retrospective study analyzed the medical records of patients. "
                "The incidence of UTI was 49.8%. These findings suggest prevention matters.",
            ),
            Section("NIH grant R01NS088475.", "FUNDING", "UNASSIGNED"),
        ),
    )
    roles = [s.role for s in paper_sentences(paper)]
    assert roles == ["background", "methods", "results", "conclusion", "other"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("At discharge, 40% had an AIS grade of A or B. Walking was regained by 51%.", 2),
        ("Most injuries were AIS C. The rest were AIS D.", 2),
        ("We measured vitamin D. Levels rose after treatment.", 2),
        ("Data were collected by J. R. Smith and colleagues.", 1),
        ("As reported by John A. Smith, walking improved.", 1),
    ],
)
def test_a_letter_after_a_word_or_short_form_ends_a_sentence_but_an_initial_does_not(text, count):
    assert len(split_sentences(text)) == count


def test_a_genus_cut_to_its_initial_does_not_end_a_sentence():
    text = "Cultures grew Pseudomonas in 65% and E. Coli in 42% of samples. Most were treated."
    assert split_sentences(text) == [
        "Cultures grew Pseudomonas in 65% and E. Coli in 42% of samples.",
        "Most were treated.",
    ]
