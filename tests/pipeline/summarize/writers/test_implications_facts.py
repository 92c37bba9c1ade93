"""Practical implications from the facts: each names what the paper is about, who was studied
and how sure the design lets us be; no stock line shared by every page, no promise the study
did not earn, at most one care-team line."""

from __future__ import annotations

import re

import pytest

from scrh.pipeline.papers.jsonl import paper_from_record
from scrh.pipeline.summarize.engines.rules import RulesEngine

_PAPERS = {
    "rct": (
        "Home exercise for neuropathic pain: a randomized controlled trial",
        "BACKGROUND: Many people with spinal cord injury have long-lasting neuropathic pain. "
        "METHODS: Sixty adults with chronic spinal cord injury were randomly assigned to a "
        "12-week home exercise program or usual care. RESULTS: Pain scores fell significantly "
        "more in the exercise group than in the usual care group (p = 0.01). CONCLUSIONS: Home "
        "exercise may reduce pain.",
    ),
    "rats": (
        "Chondroitinase treatment improves hindlimb stepping in adult rats",
        "Axons do not regrow after spinal cord injury. Adult rats with a thoracic contusion "
        "received chondroitinase or saline. Treated rats stepped better than saline rats at 6 "
        "weeks (p < 0.05). Chondroitinase may help repair the spinal cord.",
    ),
    "retro": (
        "Risk factors for pressure injuries after spinal cord injury: a retrospective study",
        "We retrospectively reviewed the records of 3,832 patients with spinal cord injury "
        "treated between 2003 and 2011. Pressure injuries were more common in older patients "
        "(p < 0.01). Older age may be a risk factor for pressure injuries.",
    ),
    "cross": (
        "Bladder management and urinary tract infections: a cross-sectional study",
        "This cross-sectional study used an online survey of 412 adults with spinal cord "
        "injury in Germany. Infections were more common with indwelling catheters. Catheter "
        "type may be linked to infections.",
    ),
    "pilot": (
        "Transcutaneous spinal cord stimulation for hand function: a pilot study",
        "This single-arm pilot study tested transcutaneous spinal cord stimulation in 9 adults "
        "with cervical spinal cord injury. All participants received 8 weeks of stimulation "
        "with no control group. Hand strength improved after stimulation. Stimulation may help.",
    ),
    "qualitative": (
        "Experiences of returning to work after spinal cord injury: a qualitative study",
        "We interviewed 12 adults with spinal cord injury about returning to work. Themes "
        "included employer attitudes and transport. Support at work may help people return.",
    ),
    "narrative": (
        "Bowel care after spinal cord injury: a narrative review",
        "Bowel problems are common after spinal cord injury. This narrative review summarises "
        "current approaches to bowel care. Regular routines and diet changes are widely used.",
    ),
}
_STOCK = (
    "How much weight to give it",
    "One study on its own is rarely the final word",
    "What the authors conclude",
    "bring the paper to your care team",
    "Ask your care team whether this research applies to you",
)


def _items(name: str) -> list[tuple[str, str]]:
    title, abstract = _PAPERS[name]
    paper = paper_from_record({"title": title, "abstract": abstract})
    return [(i.title, i.text) for i in RulesEngine().summarize(paper).practical_implications]


def _text(name: str) -> str:
    return " ".join(f"{title} {text}" for title, text in _items(name))


@pytest.mark.parametrize("name", sorted(_PAPERS))
def test_two_to_four_items_with_no_stock_line_and_one_care_team_line_at_most(name):
    items = _items(name)
    assert 2 <= len(items) <= 4
    text = _text(name)
    for stock in _STOCK:
        assert stock not in text
    assert sum("care team" in body for _, body in items) <= 1
    assert not re.search(r"\b(should (start|stop|take)|stop taking|cure[sd]?|proves?)\b", text)


def test_no_two_papers_share_an_item():
    seen: dict[tuple[str, str], str] = {}
    for name in _PAPERS:
        for item in _items(name):
            assert item not in seen, (item, seen.get(item), name)
            seen[item] = name


def test_a_trial_names_its_treatment_count_and_chance_assignment():
    items = _items("rct")
    assert items[0][0] == "Home exercise may help with nerve pain"
    assert "chance is unlikely to explain it" in items[0][1]
    text = _text("rct")
    assert "One fair trial of sixty people" in text
    assert "The sixty people were put into groups by chance" in text
    assert "clearly" not in text


def test_a_rat_study_gives_no_treatment_for_people_and_no_care_team_line():
    items = _items("rats")
    assert items[0] == (
        "Found in rats, so no treatment for people yet",
        "Chondroitinase treatment was tried only in rats, so this is not a treatment people can "
        "get yet.",
    )
    assert items[1] == (
        "Seen in rats, not in people",
        "Treated rats stepped better than saline rats at 6 weeks; this was seen in rats, not in "
        "people.",
    )
    text = _text("rats")
    assert "care team" not in text and "people took part" not in text


def test_a_record_review_shows_links_with_its_real_count_and_is_never_small():
    text = _text("retro")
    assert "records of 3,832 people" in text and "links, not causes" in text
    assert "pressure sores" in text
    assert "small" not in text.lower() and "Only " not in text


def test_a_snapshot_names_its_topic_and_place():
    text = _text("cross")
    assert "A link with bladder infections, not proof of a cause" in text
    assert "snapshot of 412 people in Germany" in text
    assert "links, not causes" in text


def test_a_pilot_is_a_first_step_with_its_count_and_its_treatment():
    text = _text("pilot")
    assert "pilot study with 9 people" in text
    assert "transcutaneous spinal cord stimulation" in text
    assert "groups were not formed by chance" not in text  # one arm: there were no groups


def _draft(controlled: bool | None, variant: str = "", cue: str = ""):
    from dataclasses import replace

    from scrh.pipeline.summarize.design import evidence_for
    from scrh.pipeline.summarize.facts import extract_facts
    from scrh.pipeline.summarize.facts.model import DesignFact
    from scrh.pipeline.summarize.writers.draft import Draft

    title, abstract = _PAPERS["pilot"]
    paper = paper_from_record({"title": title, "abstract": abstract})
    facts = extract_facts(paper)
    design = DesignFact(
        code="non_randomized_trial",
        declared_in="title",
        randomised=False,
        controlled=controlled,
        variant=variant,
        cue=cue,
    )
    facts = replace(facts, design=design)
    return Draft(facts, evidence_for(paper, facts.count.total))


@pytest.mark.parametrize(
    ("controlled", "variant", "cue", "alone", "not_by_chance"),
    [
        (False, "", "", True, False),
        (None, "single_arm_trial", "", True, False),
        (True, "", "single-arm", True, False),
        (True, "", "non-randomized controlled trial", False, True),
        (None, "", "", False, True),
    ],
)
def test_no_comparison_group_only_when_the_facts_say_so(
    controlled, variant, cue, alone, not_by_chance
):
    from scrh.pipeline.summarize.writers.implications import implications

    text = " ".join(i.text for i in implications(_draft(controlled, variant, cue)))
    assert ("no comparison group" in text) is alone
    assert ("groups were not formed by chance" in text) is not_by_chance


def test_views_are_views_of_the_real_number_of_people():
    text = _text("qualitative")
    assert "What mattered to 12 people" in text
    assert "the views of 12 people" in text and "not whether any care works" in text


def test_a_narrative_review_is_background_on_its_topic():
    text = _text("narrative")
    assert "Background on bowel care, not a test" in text
    assert "A main point of the review on bowel care" in text
    assert "Regular routines and diet changes are widely used" in text
    assert "not a new test" in text
    assert "people took part" not in text


@pytest.mark.parametrize(
    ("people", "caveat"),
    [("Sixty", "one trial is not proof"), ("Twelve", "one small trial is not proof")],
)
def test_a_trial_that_found_a_benefit_gives_something_to_ask_with_its_caveat(people, caveat):
    title, abstract = _PAPERS["rct"]
    abstract = abstract.replace("Pain scores fell", "Pain improved").replace("Sixty", people)
    paper = paper_from_record({"title": title, "abstract": abstract})
    items = RulesEngine().summarize(paper).practical_implications
    asks = [i for i in items if "ask your care team if home exercise" in i.text]
    assert len(asks) == 1 and caveat in asks[0].text


def _implications_with_result(sentence: str) -> str:
    """The trial's practical implications when its main result sentence is `sentence`."""
    title, abstract = _PAPERS["rct"]
    abstract = abstract.replace(
        "Pain scores fell significantly more in the exercise group than in the usual care group "
        "(p = 0.01).",
        sentence,
    )
    assert sentence in abstract
    paper = paper_from_record({"title": title, "abstract": abstract})
    return " ".join(i.text for i in RulesEngine().summarize(paper).practical_implications)


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        ("Pain scores fell significantly more with exercise than with usual care.", True),
        ("Pain scores fell more with exercise than with usual care.", False),
        ("Pain did not differ significantly between the groups (p = 0.40).", False),
    ],
)
def test_something_to_ask_only_when_the_trial_showed_a_tested_benefit(sentence, asks):
    text = _implications_with_result(sentence)
    assert ("ask your care team" in text) is asks


def test_a_null_main_result_is_told_as_no_clear_difference():
    text = _implications_with_result(
        "The primary outcome, pain, did not differ significantly between the groups (p = 0.40)."
    )
    assert "no clear sign that home exercise helps" in text
    assert "does not prove it never could" in text
    assert "may help" not in text and "ask your care team" not in text


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("Pain scores fell significantly more with exercise than with usual care.", True),
        ("Pain significantly impacts quality of life in these adults.", False),
        ("Pain scores fell more with exercise than with usual care.", False),
    ],
)
def test_a_difference_beyond_chance_only_when_its_sentence_states_the_test(sentence, told):
    text = _implications_with_result(sentence)
    beyond = "chance is unlikely to explain it" in text
    assert beyond is told


def test_an_action_tried_in_animals_takes_a_singular_verb():
    from scrh.pipeline.summarize.writers.implications.meaning import _was

    assert _was("silencing long ascending propriospinal neurons") == "was"
    assert _was("mesenchymal stem cells") == "were"
    assert _was("a drug") == "was"


def test_a_bare_thing_named_by_the_title_takes_its_article():
    from scrh.pipeline.papers.jsonl import paper_from_record
    from scrh.pipeline.summarize.engines.rules import RulesEngine

    abstract = (
        "Nerve fibers do not regrow after spinal cord injury. We studied 24 adult rats with a "
        "thoracic contusion. Treated rats walked better than untreated rats at 6 weeks."
    )
    paper = paper_from_record(
        {"title": "A drug for spinal cord repair in rats", "abstract": abstract}
    )
    first = RulesEngine().summarize(paper).practical_implications[0]
    assert first.text.startswith("A drug was tried only in rats")


def test_risk_factors_a_result_lists_are_named_in_what_it_could_mean():
    from scrh.pipeline.papers.jsonl import paper_from_record
    from scrh.pipeline.summarize.engines.rules import RulesEngine

    abstract = (
        "We reviewed the records of 538 adults with spinal cord injury in a rehabilitation "
        "centre. Bladder infections occurred in 49.8%. Sex, bladder leaking and catheter "
        "duration were risk factors of bladder infections."
    )
    title = "Bladder infections after spinal cord injury: a retrospective cohort study"
    summary = RulesEngine().summarize(paper_from_record({"title": title, "abstract": abstract}))
    first = summary.practical_implications[0].text
    assert "linked bladder infections with sex, bladder leaking and catheter duration" in first
    # the explanation tells the factors once, as the result, then what they could mean
    assert summary.simple_explanation.count("bladder leaking") == 1
    assert "watch for bladder infections early" in summary.simple_explanation
