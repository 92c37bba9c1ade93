"""Plain wording: no rare words of our own, agreement kept, no first person."""

from __future__ import annotations

import pytest

from scrh.pipeline.data import load
from scrh.pipeline.summarize.facts.designs import design_rows
from scrh.pipeline.summarize.glossary import rare_words
from scrh.pipeline.summarize.plain import apply_lexicon, plain_sentence
from scrh.pipeline.summarize.writers.designs import DESIGNS, EXPLAINED
from scrh.pipeline.summarize.writers.explanation import LAB_NEXT_STEP
from scrh.pipeline.summarize.writers.topics import TOPICS


def test_plain_words_of_the_data_files_are_not_rare_words_themselves():
    entries = load("lexicon.json") + load("plain_words.json")
    offenders = {e["term"]: rare_words(e["plain"]) for e in entries if e.get("plain")}
    assert {term: words for term, words in offenders.items() if words} == {}


def test_our_own_sentences_use_no_rare_words():
    ours = [
        *(line for pair in DESIGNS.values() for line in pair),
        LAB_NEXT_STEP,
        *(line for lines in EXPLAINED.values() for line in lines),
        *(line for _, line in TOPICS),
        *(row.meaning for row in design_rows()),
    ]
    assert [(text, rare_words(text)) for text in ours if rare_words(text)] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Spasms were reduced in the treated group.",
            "Sudden muscle jerks were reduced in the treated group.",
        ),
        ("Muscle spasms were common.", "Sudden muscle jerks were common."),
        ("Fatigue was the most common adverse event.", "Feeling tired was the most common"),
        (
            "Four randomised controlled trials compared beta-blocker therapy with placebo.",
            "Four fair tests in which people were put into groups by chance compared",
        ),
        ("Three RCTs (91 participants) were included.", "Three randomized trials"),
    ],
)
def test_lexicon_keeps_agreement_and_does_not_double_up(sentence: str, expected: str) -> None:
    assert apply_lexicon(sentence).startswith(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "We provide a comprehensive review of past literature.",
            "The authors provide a comprehensive review of past literature.",
        ),
        (
            "In our cohort, we found that 12 of 40 patients improved.",
            "In their group, the authors found that 12 of 40 patients improved.",
        ),
        ("Data from the US registry were used.", "Data from the US registry were used."),
    ],
)
def test_plain_sentences_speak_of_the_authors_not_we(sentence: str, expected: str) -> None:
    assert plain_sentence(sentence, {}) == expected


def test_plural_short_forms_are_expanded_in_capitals_and_in_the_singular():
    from scrh.pipeline.summarize.plain import expand_abbreviations

    defined = {"UTIs": "urinary tract infections"}
    text = "Our findings suggest that the prevalence of UTIS is higher; one UTI was severe."
    assert expand_abbreviations(text, defined) == (
        "Our findings suggest that the prevalence of urinary tract infections is higher; "
        "one urinary tract infection was severe."
    )


def test_simple_explanation_has_no_question_filler():
    from scrh.pipeline.papers.jsonl import paper_from_record
    from scrh.pipeline.summarize.engines.rules import RulesEngine

    paper = paper_from_record(
        {
            "title": "Tramadol for neuropathic pain in adults",
            "abstract": "We identified six randomised, double-blind studies involving 438 "
            "participants with neuropathic pain. Tramadol reduced pain more than placebo. "
            "Adverse events such as dizziness and nausea were more common with tramadol. "
            "We conclude that the evidence is of low quality.",
        }
    )
    text = RulesEngine().summarize(paper).simple_explanation
    assert "What might this mean?" not in text
    assert text.count("Here is what they found.") <= 1
    assert " we " not in f" {text.lower()} "
