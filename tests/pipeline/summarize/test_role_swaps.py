"""Swaps made without a grammar parser: only where the term's part of speech keeps the
sentence whole, and long names told by their head."""

from __future__ import annotations

import pytest

from scrh.pipeline.papers.jsonl import paper_from_record
from scrh.pipeline.summarize.facts import evidence_from, extract_facts
from scrh.pipeline.summarize.plain import (
    expand_abbreviations,
    is_proper_name,
    safe_lexicon_of,
    safe_swaps,
    short_name,
)
from scrh.pipeline.summarize.writers.draft import Draft, verb_list_sentences

ROWS = [
    {"term": "orthoses", "plain": "braces", "pos": "noun"},
    {"term": "transplantation", "plain": "transfer of donor cells", "pos": "noun"},
    {"term": "interneurons", "plain": "connecting nerve cells", "pos": "noun"},
    {"term": "psychosocial", "plain": "mental and social", "pos": "adj"},
    {"term": "suprapubic", "plain": "below the belly button", "pos": "adj"},
    {"term": "exhibited", "plain": "showed", "pos": "verb"},
    {"term": "therapeutic", "plain": "treatment", "pos": "other"},
    {"term": "subacute", "plain": "in the weeks after injury", "pos": "adj", "after": True},
]
LEXICON = safe_lexicon_of(ROWS)


def plain_of(sentence: str) -> str:
    """The sentence as the simple explanation would tell it (the abstract's only sentence)."""
    facts = extract_facts(paper_from_record({"title": "Stem cells", "abstract": sentence}))
    return Draft(facts, evidence_from(facts)).plain(0, max_words=40, max_grade=30) or ""


def swap(text: str) -> str:
    return safe_swaps(text, lexicon=LEXICON)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Walking with orthoses was slow.", "Walking with braces was slow."),
        ("Orthoses users walked less.", "Braces users walked less."),
        ("Transplantation improved recovery.", "Transfer of donor cells improved recovery."),
        (
            "Rats had transplantation, and some recovered.",
            "Rats had transfer of donor cells, and some recovered.",
        ),
        ("Spinal interneurons fired.", "Spinal connecting nerve cells fired."),
        ("Psychosocial outcomes did not change.", "Mental and social outcomes did not change."),
        ("Patients exhibited fewer spasms.", "Patients showed fewer spasms."),
    ],
)
def test_a_swap_by_part_of_speech_is_made_where_it_fits(text: str, expected: str) -> None:
    assert swap(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Stem cell transplantation improved recovery.",  # after a modifier
        "Transplantation timing mattered.",  # before a noun
        "Transplantation of stem cells helped.",  # "transfer of donor cells of stem cells"
        "A suprapubic catheter was placed.",  # an adjective phrase with a preposition
        "The effect was therapeutic in rats.",  # no part of speech shared: parser only
        "Subacute rats recovered.",  # a phrase that must follow its noun
        "The Orthoses Study enrolled adults.",  # inside a name
    ],
)
def test_no_swap_where_the_plain_words_would_break_the_sentence(text: str) -> None:
    assert swap(text) == text


def test_the_shipped_lexicon_swaps_by_part_of_speech() -> None:
    assert "braces" in safe_swaps("Walking with orthoses was slow.")


@pytest.mark.parametrize(
    ("long_form", "head"),
    [
        (
            "Transcutaneous Electrical Spinal Stimulation for lower urinary tract Augmentation",
            "spinal stimulation",
        ),
        ("Walking Index for Spinal Cord Injury", None),  # a measure keeps its name
        ("functional electrical stimulation", None),  # short enough to write out
        ("Interactive Mobile Health and Rehabilitation", None),  # no phrase after a head
    ],
)
def test_a_long_name_is_told_by_its_head(long_form: str, head: str | None) -> None:
    assert short_name(long_form) == head


def test_short_names_only_when_asked_and_without_a_second_article() -> None:
    forms = {"TESSLA": "Transcutaneous Electrical Spinal Stimulation for Bladder Augmentation"}
    text = "TESSLA reduced leaks. The TESSLA device was safe."
    assert expand_abbreviations(text, forms, short_names=True) == (
        "the spinal stimulation reduced leaks. The spinal stimulation device was safe."
    )
    assert "Transcutaneous Electrical" in expand_abbreviations(text, forms)


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        (
            "Results of the network meta-analysis showed that fat-derived cells helped most.",
            "Fat-derived cells helped most.",
        ),
        (
            "In this study, we demonstrate that stimulation can restore bladder emptying.",
            "Stimulation can restore bladder emptying.",
        ),
        ("Specifically, stimulation reduced bladder spasms in the adults.", "Stimulation reduced"),
    ],
)
def test_reporting_frames_and_openers_are_left_out(sentence: str, told: str) -> None:
    assert plain_of(sentence).startswith(told)


def test_each_joined_clause_loses_its_reporting_frame() -> None:
    sentence = (
        "Results of the first analysis showed that all eight kinds of stem cells improved "
        "walking in rats, and results of the second analysis showed that cells from fat "
        "helped the most."
    )
    told = plain_of(sentence)
    assert "results of" not in told.lower()
    assert "Cells from fat helped the most." in told


def test_a_short_form_followed_by_its_last_word_says_that_word_once() -> None:
    forms = {"ITB": "intrathecal baclofen pump"}
    assert expand_abbreviations("An ITB pump was placed.", forms) == (
        "An intrathecal baclofen pump was placed."
    )


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Stimulation reduced bladder spasms.", "bladder spasms"),  # a noun modifier before it
        ("The pump was refilled under general anesthesia.", "general anesthesia"),
    ],
)
def test_a_phrase_never_follows_a_modifier_it_would_break(text: str, kept: str) -> None:
    rows = [
        {"term": "spasms", "plain": "sudden muscle jerks", "pos": "noun"},
        {"term": "anesthesia", "plain": "medicine that blocks pain", "pos": "noun"},
    ]
    assert kept in safe_swaps(text, lexicon=safe_lexicon_of(rows))


def test_a_describing_word_may_stand_before_a_phrase() -> None:
    rows = [{"term": "interneurons", "plain": "connecting nerve cells", "pos": "noun"}]
    told = safe_swaps("Spinal interneurons fired.", lexicon=safe_lexicon_of(rows))
    assert told == "Spinal connecting nerve cells fired."


def test_a_subject_with_a_list_of_things_it_did_is_told_one_thing_a_sentence() -> None:
    assert verb_list_sentences(
        "The stimulation reduced leaks, decreased bladder pressure, increased bladder capacity "
        "and enabled voiding."
    ) == [
        "The stimulation reduced leaks.",
        "It decreased bladder pressure.",
        "It increased bladder capacity and enabled voiding.",
    ]
    assert verb_list_sentences("Pain, sleep and mood improved.") is None
    assert verb_list_sentences("Walking speed increased, and balance improved.") is None


def test_lower_case_long_forms_are_not_names() -> None:
    assert not is_proper_name("detrusor overactivity")
    assert is_proper_name("Spinal Cord Independence Measure")
