"""Shares of a group told in tens, and the checks that trace them back to the paper."""

from __future__ import annotations

import pytest

from scrh.pipeline.checks.numbers import check_numbers
from scrh.pipeline.papers.jsonl import paper_from_record
from scrh.pipeline.summarize.engines.rules import RulesEngine
from scrh.pipeline.summarize.shares import as_shares, in_tens, share_matches


@pytest.mark.parametrize(
    ("pct", "told"),
    [(70, "7 in 10"), (66, "about 7 in 10"), (50, "half"), (49.8, "about half"), (4, "4 in 100"),
     (3.5, "about 4 in 100"), (97, "almost all"), (90, "9 in 10")],
)  # fmt: skip
def test_a_percentage_is_told_as_a_reader_counts_it(pct, told):
    assert in_tens(pct) == told


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("and 70% of the patients were below eight.", "and 7 in 10 patients were below eight."),
        ("49.8% of patients had an infection.", "about half of the patients had an infection."),
        ("Falls accounted for 77%.", "Falls made up about 8 in 10."),
        # changes, ranges and shares of things that are not people stay as they are
        ("Bone density increased by 7% at the knee.", "Bone density increased by 7% at the knee."),
        ("It rose from 7.0% to 14.0% of admissions.", "It rose from 7.0% to 14.0% of admissions."),
        ("Falls accounted for 77% of injuries and 20% of deaths.",
         "Falls accounted for about 8 in 10 injuries and 20% of deaths."),
    ],
)  # fmt: skip
def test_only_a_share_of_a_group_is_told_in_tens(text, told):
    assert as_shares(text) == told


def test_a_share_in_tens_is_traced_to_the_percentage_it_tells():
    assert share_matches("about 7 in 10", {66.0})
    assert not share_matches("about 7 in 10", {40.0})


def test_the_explanation_tells_shares_in_tens_and_the_number_check_accepts_them():
    paper = paper_from_record(
        {
            "title": "Causes of spinal cord injury in children: a retrospective study",
            "abstract": "We reviewed the records of 47 children with spinal cord injury. "
            "In all, 70% of the patients were younger than eight. Sports injuries accounted "
            "for 66%. Most children were treated without surgery.",
        }
    )
    summary = RulesEngine().summarize(paper)
    assert "7 in 10 patients were younger than eight" in summary.simple_explanation
    assert "70%" not in summary.simple_explanation
    assert not [f for f in check_numbers(paper, summary) if f.severity == "error"]
