"""The writers on short synthetic abstracts: templates, certainty, units and hostile input."""

from __future__ import annotations

import re

import pytest

from scrh.pipeline.papers.jsonl import paper_from_record
from scrh.pipeline.summarize.engines.rules import RulesEngine
from scrh.pipeline.summarize.facts.conclusion import certainty_of, find_conclusion
from scrh.pipeline.summarize.facts.findings import direction_of, significance_of, usable_numbers
from scrh.pipeline.summarize.sentences import Sentence
from scrh.pipeline.summarize.writers.draft import without_significance, without_statistics
from scrh.pipeline.summarize.writers.grammar import looks_whole

RCT = (
    "BACKGROUND: Many people with spinal cord injury have long-lasting neuropathic pain. "
    "OBJECTIVE: To determine whether a home exercise program reduces pain in adults with chronic "
    "spinal cord injury. METHODS: Sixty adults with chronic spinal cord injury were randomly "
    "assigned to a 12-week home exercise program or usual care. RESULTS: Pain scores fell "
    "significantly more in the exercise group than in the usual care group (p = 0.01). There "
    "was no significant difference in sleep quality between the groups (p = 0.40). "
    "CONCLUSIONS: Home exercise may reduce pain in adults with chronic spinal cord injury."
)
RATS = (
    "Axons do not regrow after spinal cord injury. We studied 24 adult rats with a thoracic "
    "spinal cord contusion. Treated rats walked better than untreated rats at 6 weeks "
    "(treatment=77%, n=6). These results suggest that the drug might help repair the spinal cord."
)
REVIEW = (
    "We searched five databases. Twelve studies with 480 participants were included. "
    "Exercise improved walking speed compared with no exercise. The evidence was of low "
    "certainty. Exercise may improve walking, but larger trials are needed."
)


def _summary(abstract: str, title: str = "A study of spinal cord injury"):
    return RulesEngine().summarize(paper_from_record({"title": title, "abstract": abstract}))


def _all_text(summary) -> str:
    return " ".join(
        [
            summary.simple_explanation,
            summary.research_summary,
            *(f.text for f in summary.key_findings),
            *(f"{i.title} {i.text}" for i in summary.practical_implications),
            *(limit.text for limit in summary.limitations),
        ]
    )


def test_rct_explanation_follows_the_order_problem_who_done_found_means():
    text = _summary(RCT, "Home exercise for neuropathic pain: a randomized controlled trial")
    explanation = text.simple_explanation
    marks = [
        "long-lasting nerve pain",
        "sixty adults",
        "groups by chance",
        "Here is what they found.",
        "fair test",
    ]
    positions = [explanation.find(mark) for mark in marks]
    assert -1 not in positions, explanation
    assert positions == sorted(positions)
    assert 120 <= len(explanation.split()) <= 220
    assert text.reading_grade.simple_explanation <= 8


def test_significance_is_never_clearly_and_null_results_are_kept():
    summary = _summary(RCT, "Home exercise for neuropathic pain: a randomized controlled trial")
    everything = _all_text(summary)
    assert "clearly" not in summary.simple_explanation.replace("no clear", "")
    assert "too big to be likely due to chance" in summary.simple_explanation
    assert any("no clear difference in sleep" in f.text for f in summary.key_findings)
    assert not re.search(r"\bp\s*=|\(p\b", everything, re.I)


def test_animal_study_says_rats_not_people_and_no_people_limitations():
    summary = _summary(RATS, "A drug for spinal cord repair in rats")
    explanation = summary.simple_explanation
    assert "24 adult rats" in explanation and "not the same in people" in explanation
    limits = " ".join(limit.text for limit in summary.limitations)
    assert "people took part" not in limits and "number of people" not in limits
    assert "rats" in limits
    assert "=77%" not in _all_text(summary) and "n=6" not in _all_text(summary)
    first = summary.practical_implications[0]
    assert first.title == "Found in rats, so no treatment for people yet"
    assert "tried only in rats" in first.text


def test_review_counts_studies_and_states_graded_certainty():
    summary = _summary(REVIEW, "Exercise for walking after spinal cord injury: a systematic review")
    assert "twelve earlier studies with 480 people" in summary.simple_explanation
    assert "low certainty" in summary.simple_explanation


def test_two_different_papers_get_different_implications():
    one = _summary(RCT, "Home exercise for neuropathic pain: a randomized controlled trial")
    two = _summary(RATS, "A drug for spinal cord repair in rats")
    three = _summary(REVIEW, "Exercise for walking after spinal cord injury: a systematic review")
    sets = [tuple((i.title, i.text) for i in s.practical_implications) for s in (one, two, three)]
    assert len(set(sets)) == 3
    assert all(2 <= len(s) <= 4 for s in sets)


def test_small_rct_is_small_but_never_without_a_comparison_group():
    abstract = RCT.replace("Sixty adults", "Twelve adults")
    summary = _summary(abstract, "Home exercise: a randomized controlled trial")
    limits = " ".join(limit.text for limit in summary.limitations)
    assert "Only twelve people took part" in limits
    assert "no comparison group" not in limits.lower()


@pytest.mark.parametrize(
    "abstract",
    [
        " . ",
        "OBJECTIVE:To test.METHODS:We did.RESULTS:It worked.CONCLUSION:Good.",
        "12 14 16 0.5 0.7 (p<0.001) = = ±",
        "La lesión medular es frecuente. Los pacientes mejoraron.",
        "Pain improved " * 4000,
    ],
)
def test_hostile_abstracts_still_give_a_whole_summary(abstract):
    summary = _summary(abstract)
    assert summary.simple_explanation
    assert 2 <= len(summary.practical_implications) <= 4
    assert 2 <= len(summary.limitations) <= 5
    for sentence in re.split(r"(?<=[.!?])\s+", summary.simple_explanation):
        assert not re.search(r"[=<>±]|\(\s*$|\bp\s*[<=]", sentence)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pain fell (p = 0.02).", "Pain fell."),
        ("Pain fell, p < 0.05, in the treated group.", "Pain fell, in the treated group."),
        ("The odds ratio was 2.1.", None),
        (
            "Walking improved in 41 of 100 people (95% CI 30-50).",
            "Walking improved in 41 of 100 people.",
        ),
    ],
)
def test_statistics_go_as_whole_brackets_or_clauses(text, expected):
    assert without_statistics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pain was significantly lower.", "Pain was lower."),
        ("There was no significant difference.", "There was no clear difference."),
        ("Sleep did not significantly change.", "Sleep did not clearly change."),
        ("It was not statistically significant.", "It was not clear."),
    ],
)
def test_significance_words_never_raise_certainty(text, expected):
    assert without_significance(text) == expected


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Statistical significance was set at.", False),
        ("Wearable wearable robots helped people walk.", False),
        ("People in the in the weeks after injury improved.", False),
        ("Treatment=77% of people improved.", False),
        ("Objective: the study tested a drug.", False),
        ("The treated group walked farther than the control group.", True),
    ],
)
def test_the_cheap_guard_rejects_broken_sentences(text, whole):
    assert looks_whole(text) is whole


@pytest.mark.parametrize(
    ("text", "significant", "direction"),
    [
        ("Pain decreased significantly in the treated group.", True, "lower"),
        ("There was no significant difference in walking speed.", False, "no_difference"),
        ("Function improved (p < 0.001).", True, "better"),
        ("Mood scores were similar between groups (p = 0.62).", False, "no_difference"),
    ],
)
def test_results_read_significance_and_direction(text, significant, direction):
    assert significance_of(text) is significant
    assert direction_of(text) == direction


def test_usable_numbers_skip_statistics_brackets():
    assert usable_numbers("Walking improved in 41 of 100 people (OR 2.1, 95% CI 1.2-3.4).") == (
        "41 of 100",
    )


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        ("These results suggest that training may help.", "tentative"),
        ("The evidence was of very low certainty and remains insufficient.", "uncertain"),
        ("This trial demonstrates that the drug reduces pain.", "firm"),
        ("This pilot study shows the program is feasible.", "tentative"),
    ],
)
def test_conclusion_certainty_follows_the_authors_hedges(text, certainty):
    assert certainty_of(text) == certainty
    fact = find_conclusion([Sentence(0, text, "conclusion")])
    assert fact is not None and fact.certainty == certainty


def _sentences(*items: tuple[str, str]) -> list[Sentence]:
    return [Sentence(i, text, role) for i, (role, text) in enumerate(items)]


def test_aim_is_the_objective_sentence_else_an_aim_cue():
    from scrh.pipeline.summarize.facts.conclusion import find_aim

    labelled = _sentences(("background", "Pain is common."), ("objective", "To test a drug."))
    assert find_aim(labelled) == (1,)
    cued = _sentences(
        ("background", "Pain is common."),
        ("background", "We aimed to test whether a drug reduces pain."),
        ("results", "Pain fell."),
    )
    assert find_aim(cued) == (1,)
    assert find_aim(_sentences(("results", "Pain fell."))) == ()


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("The small sample size limits these findings.", True),
        ("Results should be interpreted with caution.", True),
        ("A limitation is the lack of a control group.", True),
        ("Pain was lower with the drug (low-certainty evidence).", False),
        ("We completed small group interviews with nine people.", False),
        ("The study had no major limitations.", False),
    ],
)
def test_stated_limitations_are_the_papers_own_limits(text, stated):
    from scrh.pipeline.summarize.facts.conclusion import find_stated_limitations

    found = find_stated_limitations(_sentences(("results", text)))
    assert bool(found) is stated


def test_conclusion_leaves_out_calls_for_more_research():
    fact = find_conclusion(
        _sentences(
            ("conclusion", "Further research is needed."),
            ("conclusion", "Training may improve walking."),
        )
    )
    assert fact is not None and fact.sources == (1,)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Standing was not achieved by anyone, although one person stood with help.",
            "Standing was not achieved by anyone.",
        ),
        (
            "Pain fell in the drug group, with no change in the placebo group.",
            "Pain fell in the drug group.",
        ),
    ],
)
def test_main_clause_of_a_long_result(sentence, expected):
    from scrh.pipeline.summarize.writers.draft import main_clauses

    assert main_clauses(sentence)[0] == expected


def test_a_list_is_never_cut_in_the_middle():
    from scrh.pipeline.summarize.writers.draft import main_clauses

    listed = "The program combined training, feedback, and walking with a robot, with support."
    assert all("feedback." not in part for part in main_clauses(listed))


def test_bare_short_forms_are_found_but_known_ones_pass():
    from scrh.pipeline.summarize.writers.draft import raw_short_forms

    assert raw_short_forms("Compared with CBZ, VGB caused more rash.") == ["CBZ", "VGB"]
    assert raw_short_forms("An MRI of people with SCI.") == []


def test_participants_field_from_the_facts():
    review = _summary(REVIEW, "Exercise for walking after spinal cord injury: a systematic review")
    rats = _summary(RATS, "A drug for spinal cord repair in rats")
    trial = _summary(RCT, "Home exercise: a randomized controlled trial")
    assert review.participants.startswith("Twelve studies")
    assert "rats" in rats.participants.lower()
    assert trial.participants == "Sixty adults with chronic spinal cord injury"


@pytest.mark.parametrize(
    ("text", "kind", "line"),
    [
        ("12-week home exercise", "intervention", "The treatment lasted 12 weeks."),
        ("median follow-up of 3.7 years", "follow_up", "People were followed for about 3.7 years."),
        (
            "January 2015 to December 2021",
            "study_period",
            "The study covered the time from January 2015 to December 2021.",
        ),
        ("9-month period", "other", "The study covered a 9-month period."),
        ("8 weeks", "other", "The study covered 8 weeks."),
        ("10-session gait training", "other", "The gait training had 10 sessions."),
    ],
)
def test_duration_lines_read_as_sentences(text, kind, line):
    import dataclasses

    from scrh.pipeline.summarize.facts import extract_facts
    from scrh.pipeline.summarize.facts.model import DurationFact
    from scrh.pipeline.summarize.model import Evidence
    from scrh.pipeline.summarize.writers.draft import Draft
    from scrh.pipeline.summarize.writers.lines import duration_line

    facts = dataclasses.replace(
        extract_facts(paper_from_record({"title": "A trial", "abstract": RCT})),
        duration=(DurationFact(text=text, kind=kind),),
    )
    assert duration_line(Draft(facts, Evidence(design_code="rct"))) == line


def test_abstract_statistics_never_reach_the_simple_explanation():
    abstract = (
        "Forty people with paraplegia took part. Walking speed rose from 0.4 to 0.6 m/s "
        "(mean difference 0.2, 95% CI 0.1 to 0.3; p < 0.001) after training. "
        "Balance improved (SMD 0.5) in the training group compared with controls."
    )
    explanation = _summary(abstract).simple_explanation
    for fragment in ("CI", "SMD", "p <", "(", "=", "mean difference"):
        assert fragment not in explanation


def test_link_grammar_verdicts_when_installed_and_none_without_it():
    from scrh.pipeline.summarize.writers.grammar import available, parses

    good = parses("The treated group walked farther than the control group.")
    broken = parses("People in the in the weeks after injury improved.")
    if available():
        assert (good, broken) == (True, False)
    else:
        assert (good, broken) == (None, None)


def test_groups_are_told_in_plain_words_comparison_last():
    import dataclasses

    from scrh.pipeline.summarize.facts import extract_facts
    from scrh.pipeline.summarize.facts.model import GroupFact
    from scrh.pipeline.summarize.model import Evidence
    from scrh.pipeline.summarize.writers.draft import Draft
    from scrh.pipeline.summarize.writers.lines import group_lines

    paper = paper_from_record({"title": "A trial", "abstract": RCT})
    facts = dataclasses.replace(
        extract_facts(paper),
        groups=(
            GroupFact(name="Control group", received="usual care", is_control=True),
            GroupFact(name="Exercise group", received="a 12-week home exercise program"),
        ),
    )
    lines = group_lines(Draft(facts, Evidence(design_code="rct")))
    assert lines == [
        "One group got a 12-week home exercise program.",
        "The other group got usual care.",
    ]


def test_groups_described_by_a_verb_keep_it():
    import dataclasses

    from scrh.pipeline.summarize.facts import extract_facts
    from scrh.pipeline.summarize.facts.model import GroupFact
    from scrh.pipeline.summarize.model import Evidence
    from scrh.pipeline.summarize.writers.draft import Draft
    from scrh.pipeline.summarize.writers.lines import group_lines

    paper = paper_from_record({"title": "A trial", "abstract": RCT})
    facts = dataclasses.replace(
        extract_facts(paper),
        groups=(
            GroupFact(name="app", received="used the app and received standard care"),
            GroupFact(name="control", received="received standard care", is_control=True),
        ),
    )
    assert group_lines(Draft(facts, Evidence(design_code="rct"))) == [
        "One group used the app and received standard care.",
        "The other group received standard care.",
    ]
