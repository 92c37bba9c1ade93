"""Practical implications that belong to this paper: every design family's first item tells
the paper's own main result, who it comes from and how many, and how far it carries; the stock
lines that read the same on every paper of a design are gone; limitations never claim a
missing comparison group or a missing count the abstract does not support."""

from __future__ import annotations

import pytest

from scrh.pipeline.papers.jsonl import paper_from_record
from scrh.pipeline.summarize.engines.rules import RulesEngine
from scrh.pipeline.summarize.model import Summary

# design family: (title, abstract, the first item's point, count as written, honest words)
_FAMILIES = {
    "animal": (
        "Treadmill training improves bladder function in rats with spinal cord injury",
        "BACKGROUND: Bladder problems are common after spinal cord injury. METHODS: Twenty-four "
        "adult rats with a thoracic contusion were given daily treadmill training or no "
        "training for 6 weeks. RESULTS: Trained rats emptied their bladders more completely "
        "than untrained rats (p < 0.05). CONCLUSIONS: Treadmill training may protect bladder "
        "function after injury.",
        "no treatment for people yet",
        "rats",
        "not in people",
    ),
    "cells": (
        "Lithium protects cultured motor neurons from oxidative stress",
        "BACKGROUND: Nerve cells die after spinal cord injury. METHODS: In this in vitro study, "
        "cultured motor neurons were exposed to hydrogen peroxide with or without lithium. "
        "RESULTS: "
        "Lithium-treated neurons survived better than untreated neurons (p < 0.01). "
        "CONCLUSIONS: Lithium may protect motor neurons.",
        "no treatment for people yet",
        "cells",
        "not in people",
    ),
    "case_report": (
        "Spinal anaesthesia for caesarean delivery in a woman with paraplegia: a case report",
        "BACKGROUND: Women with spinal cord injury can have dangerous blood pressure surges "
        "during labour. CASE PRESENTATION: A 31-year-old woman with T6 paraplegia had a "
        "planned caesarean delivery under spinal anaesthesia. Her blood pressure stayed stable "
        "and no complications occurred. CONCLUSIONS: Spinal anaesthesia was a safe choice in "
        "this patient.",
        "one person's story",
        "one person",
        "one case cannot predict yours",
    ),
    "pilot": (
        "Arm cycling for shoulder pain in wheelchair users with paraplegia: a pilot study",
        "BACKGROUND: Shoulder pain is common in wheelchair users. METHODS: This pilot study "
        "tested home arm cycling in 14 adults with paraplegia for 8 weeks. RESULTS: Shoulder "
        "pain scores fell from 6.1 to 3.2 after cycling (p = 0.002). CONCLUSIONS: Arm cycling "
        "may ease shoulder pain; a controlled trial is needed.",
        "an early sign but not proof",
        "14 people",
        "pilot study",
    ),
    "rct": (
        "Home exercise for neuropathic pain: a randomized controlled trial",
        "BACKGROUND: Many people with spinal cord injury have long-lasting neuropathic pain. "
        "METHODS: Sixty adults with chronic spinal cord injury were randomly assigned to a "
        "12-week home exercise program or usual care. RESULTS: Pain scores fell significantly "
        "more in the exercise group than in the usual care group (p = 0.01). CONCLUSIONS: Home "
        "exercise may reduce pain.",
        "home exercise may help",
        "sixty people",
        "trial",
    ),
    "cohort": (
        "Backbend dance practice and spinal cord injury in young children: a retrospective study",
        "METHODS: We retrospectively reviewed the records of 47 children with spinal cord "
        "injury treated between 2015 and 2022. RESULTS: Thirty-one injuries happened during "
        "dance backbend practice, and most injuries were at chest level. X-rays were normal in "
        "all children. CONCLUSIONS: Backbend practice may put young children at risk.",
        "dance backbend practice",
        "47 people",
        "not proof",
    ),
    "cross_sectional": (
        "Urinary tract infections and catheter use: a cross-sectional study",
        "METHODS: This cross-sectional study used an online survey of 412 adults with spinal "
        "cord injury. RESULTS: Infections were more common with indwelling catheters than with "
        "intermittent catheters. CONCLUSIONS: Catheter type may be linked to infections.",
        "a link with bladder infections",
        "412 people",
        "links, not causes",
    ),
    "qualitative": (
        "Experiences of returning to work after spinal cord injury: a qualitative study",
        "METHODS: We interviewed 12 adults with spinal cord injury about returning to work. "
        "RESULTS: Participants described employer attitudes and transport as the main "
        "barriers. CONCLUSIONS: Support at work may help people return.",
        "what mattered to",
        "12 people",
        "said",
    ),
    "systematic_review": (
        "Robot-assisted walking training after spinal cord injury: a systematic review and "
        "meta-analysis",
        "METHODS: We searched five databases and included 10 trials with 502 participants. "
        "RESULTS: Robot-assisted training improved walking distance more than over-ground "
        "training. CONCLUSIONS: Robot-assisted training may help walking.",
        "what 10 studies show together",
        "10 studies",
        "only as sure as its",
    ),
    "narrative_review": (
        "Hydrogels in spinal cord injury repair: a narrative review",
        "This narrative review summarises hydrogel research for spinal cord repair. Hydrogels "
        "can fill the injury cavity and release drugs slowly. Most evidence comes from "
        "experiments in rats and mice.",
        "research on hydrogels is still at an early stage",
        "hydrogels",
        "not a new test",
    ),
}

_REMOVED = (
    "word it carefully",
    "careful words such as",
    "A first step on a long road",
    "Many findings in animals never become treatments",
    "Background, not a test",
    "talk it through with your care team",
    "Not a guide for others",
    "What it cannot tell you",
    "Views, not a test",
    "What comes next",
)


def _summary(title: str, abstract: str) -> Summary:
    return RulesEngine().summarize(paper_from_record({"title": title, "abstract": abstract}))


def _items(name: str) -> list[tuple[str, str]]:
    title, abstract, *_ = _FAMILIES[name]
    return [(i.title, i.text) for i in _summary(title, abstract).practical_implications]


@pytest.mark.parametrize("name", sorted(_FAMILIES))
def test_the_first_item_says_what_the_result_could_mean_with_who_and_how_sure(name):
    _, _, point, count, honest = _FAMILIES[name]
    items = _items(name)
    assert 2 <= len(items) <= 4
    first = f"{items[0][0]} {items[0][1]}".lower()
    assert point.lower() in first, items[0]
    assert not items[0][0].startswith(("What the study found", "What was found"))
    text = " ".join(f"{t} {b}" for t, b in items).lower()
    assert count.lower() in text and honest.lower() in text, items


@pytest.mark.parametrize("name", sorted(_FAMILIES))
def test_no_stock_line_no_promise_and_no_advice_to_change_treatment(name):
    text = " ".join(f"{t} {b}" for t, b in _items(name))
    for stock in _REMOVED:
        assert stock.lower() not in text.lower()
    for promise in ("will help", "proves", "cure", "should start", "should stop", "stop taking"):
        assert promise not in text.lower()


def test_lab_and_animal_work_is_never_something_to_ask_for():
    for name in ("animal", "cells"):
        text = " ".join(f"{t} {b}" for t, b in _items(name))
        assert "care team" not in text and "ask" not in text.lower()
        assert "people took part" not in text


def test_items_of_two_papers_of_one_design_differ_beyond_the_topic_noun():
    other = (
        "Swimming improves hindlimb stepping in rats with spinal cord injury",
        "METHODS: Adult rats with a thoracic contusion swam daily or rested for 8 weeks. "
        "RESULTS: Swimming rats stepped with fewer errors than resting rats (p < 0.05). "
        "CONCLUSIONS: Swimming may help stepping.",
    )
    title, abstract, *_ = _FAMILIES["animal"]
    one = [i.text for i in _summary(title, abstract).practical_implications]
    two = [i.text for i in _summary(*other).practical_implications]
    assert not set(one) & set(two)
    assert "fewer errors" in " ".join(two) and "fewer errors" not in " ".join(one)


def test_a_hedged_conclusion_stays_the_authors_and_keeps_its_hedge():
    title, abstract, *_ = _FAMILIES["rct"]
    # adults of any stage: an item on who the result fits would take the last place
    abstract = abstract.replace("adults with chronic spinal", "adults with spinal")
    summary = RulesEngine().summarize(paper_from_record({"title": title, "abstract": abstract}))
    taken = {i.title: i.text for i in summary.practical_implications}["How the authors read it"]
    assert taken == "In the authors' view, home exercise may reduce pain."


def _limits(title: str, abstract: str) -> str:
    return " ".join(limit.text for limit in _summary(title, abstract).limitations)


def test_no_comparison_group_is_never_claimed_for_an_abstract_that_states_no_design():
    abstract = (
        "Bladder problems are universal after spinal cord injury. In this study, we "
        "demonstrate that transcutaneous spinal stimulation can restore bladder function. "
        "Stimulation reduced bladder overactivity and increased bladder capacity."
    )
    title = "Non-invasive spinal stimulation restores bladder function after paralysis"
    summary = _summary(title, abstract)
    written = " ".join(
        [limit.text for limit in summary.limitations]
        + [f"{i.title} {i.text}" for i in summary.practical_implications]
    )
    assert "no comparison group" not in written


def test_a_stated_single_arm_design_does_get_no_comparison_group():
    abstract = (
        "METHODS: This single-arm trial tested transcutaneous spinal stimulation in 12 adults "
        "with spinal cord injury for 8 weeks. RESULTS: Bladder capacity increased after "
        "stimulation. CONCLUSIONS: Stimulation may help bladder function."
    )
    text = _limits("Spinal stimulation for bladder function: a single-arm trial", abstract)
    assert "There was no comparison group" in text


@pytest.mark.parametrize(
    "who", ["a tetraplegic patient", "one woman with paraplegia", "a single participant"]
)
def test_one_patient_is_a_count_of_one(who):
    abstract = (
        f"Artificially activating neurons in the cortex can make {who} feel natural "
        "sensations of skin pressure and arm movement."
    )
    summary = _summary("Regaining the senses of touch and movement", abstract)
    assert "does not say how many" not in " ".join(limit.text for limit in summary.limitations)
    items = " ".join(f"{i.title} {i.text}" for i in summary.practical_implications)
    assert "one person" in items


def test_many_patients_without_a_number_still_count_as_missing():
    abstract = (
        "Artificially activating neurons in the cortex can make tetraplegic patients feel "
        "natural sensations of skin pressure and arm movement."
    )
    summary = _summary("Regaining the senses of touch and movement", abstract)
    items = " ".join(f"{i.title} {i.text}" for i in summary.practical_implications)
    assert "one person" not in items
