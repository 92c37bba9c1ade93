"""Levels of the spine told in plain words, and how sure a short explanation can be."""

from __future__ import annotations

import pytest

from scrh.pipeline.papers.jsonl import paper_from_record
from scrh.pipeline.summarize.engines.rules import RulesEngine
from scrh.pipeline.summarize.writers.levels import first_level, level_note


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("One woman with a T6 spinal cord injury lesion had a caesarean section.", "T6"),
        ("Men with C5 complete tetraplegia took part.", "C5"),
        ("Injuries spanned the C4-C7 levels.", "C4"),
        ("Rats had a T10 contusion.", "T10"),
        ("Feeling was lost below the level of T4.", "T4"),
        ("People with L2 incomplete injuries walked.", "L2"),
        # time points, figures and impossible levels are not levels
        ("Pain was rated at T1 and T2 after the course.", ""),
        ("Scores at baseline (T0) and after 8 weeks (T3) improved.", ""),
        ("Figure S1 shows the set-up.", ""),
        ("A T13 lesion was made in the mice.", ""),
    ],
)  # fmt: skip
def test_a_level_is_read_only_where_the_text_speaks_of_the_spine(text, level):
    assert first_level(text) == level


def test_a_level_note_names_the_part_of_the_spine_and_its_place_in_words():
    note = "T6 is a level of the spine: the sixth of its twelve levels in the chest."
    assert level_note("T6") == note
    assert level_note("C8").endswith("the eighth of its eight levels in the neck.")
    assert level_note("S2").endswith("the second of its five levels at its base.")


def _summary(title: str, abstract: str):
    return RulesEngine().summarize(paper_from_record({"title": title, "abstract": abstract}))


def test_the_explanation_tells_the_first_level_after_the_line_that_names_it():
    text = _summary(
        "Spinal anaesthesia for caesarean section in a woman with paraplegia",
        "We report a woman with a T6 spinal cord injury who had a caesarean section under "
        "spinal anaesthesia. Blood pressure stayed stable and there were no complications. "
        "Spinal anaesthesia can be a safe choice for women with high spinal cord injury.",
    ).simple_explanation
    note = level_note("T6")
    assert note in text
    sentences = text.split(". ")
    at = next(n for n, s in enumerate(sentences) if s.startswith("T6 is a level"))
    named = next(n for n, s in enumerate(sentences) if "T6" in s)
    # right after the line that names it, or after that line's other definitions
    assert named < at
    assert all(" is an " in s or " means " in s for s in sentences[named + 1 : at])


SHORT_TRIAL = (
    "Bladder problems are common after spinal cord injury. In this study, we show that "
    "stimulation of the spinal cord through the skin improves bladder function in people with "
    "spinal cord injury. The stimulation reduced leaks and increased how much urine the "
    "bladder held."
)


def test_a_short_explanation_says_what_the_abstract_leaves_unknown_about_how_sure_we_can_be():
    summary = _summary("Skin stimulation of the spinal cord for bladder control", SHORT_TRIAL)
    text = summary.simple_explanation
    assert "The abstract does not say how many people took part." in text
    # the same limit is a limitation too: the explanation tells it, it does not invent one
    assert any("how many people" in item.text for item in summary.limitations)


def test_an_untested_treatment_with_no_count_is_an_early_sign_not_proof():
    items = _summary("Skin stimulation of the spinal cord for bladder control", SHORT_TRIAL)
    titles = [item.title for item in items.practical_implications]
    assert "An early sign, not proof" in titles
    counted = _summary(
        "Skin stimulation of the spinal cord for bladder control",
        SHORT_TRIAL.replace("in people with", "in 12 people with"),
    )
    assert "An early sign, not proof" not in [i.title for i in counted.practical_implications]


def test_a_follow_up_the_text_gives_already_is_not_told_again_as_a_limit():
    summary = _summary(
        "Employment after spinal cord injury: a cohort study",
        "We followed people with spinal cord injury in Switzerland. People were followed for "
        "10 years. Higher education and younger age were associated with employment.",
    )
    text = summary.simple_explanation
    assert text.count("10 years") <= 1


def test_a_case_reports_explanation_says_what_was_done_for_the_person():
    text = _summary(
        "Anaesthesia for caesarean section in a woman with paraplegia: a case report",
        "Background: Blood pressure surges make anaesthesia hard in women with spinal cord "
        "injury. Case presentation: We report a woman with paraplegia who had a caesarean "
        "section. Spinal anaesthesia with a low dose of bupivacaine was given with light "
        "sedation. Her blood pressure stayed stable during the operation. A healthy baby boy "
        "was born. She had no headache after the operation. She went home on the fourth day "
        "after the birth. She was breastfeeding her son at a check six weeks later. "
        "Conclusions: Spinal anaesthesia can be a safe choice for women with paraplegia who "
        "need a caesarean section. Teams should plan anaesthesia early in pregnancy.",
    ).simple_explanation
    assert "Spinal anaesthesia with a low dose of bupivacaine was given with light sedation." in (
        text
    )
