"""A case report's explanation says who the person was, as the case sentence introduces them."""

from __future__ import annotations

from scrh.pipeline.papers.jsonl import paper_from_record
from scrh.pipeline.summarize.engines.rules import RulesEngine


def _explanation(abstract: str) -> str:
    record = {"title": "Bowel care after spinal cord injury: a case report", "abstract": abstract}
    return RulesEngine().summarize(paper_from_record(record)).simple_explanation


def test_the_person_is_introduced_with_what_the_paper_says_of_them() -> None:
    text = _explanation(
        "We report the case of a 52-year-old man with a C5 injury who developed severe "
        "constipation. Daily bowel care with a new routine was started. Within two weeks he "
        "had regular bowel movements without accidents."
    )
    assert "about one 52-year-old man with a C5 injury who developed severe constipation" in text


def test_without_such_a_sentence_it_stays_one_person() -> None:
    text = _explanation(
        "A case of slow bowel after spinal cord injury is described. Daily bowel care with a "
        "new routine was started. Within two weeks bowel movements were regular."
    )
    assert "The paper is about one person." in text


def test_what_a_tested_tool_is_for_is_told_as_the_paper_describes_it() -> None:
    record = {
        "title": "A phone app for exercise after spinal cord injury: a randomized trial",
        "abstract": (
            "BACKGROUND: The StepUp app was developed to help people plan their exercise. "
            "METHODS: In this randomized controlled trial, 60 adults with spinal cord injury "
            "used the app or a booklet for 12 weeks. RESULTS: The app group exercised more "
            "minutes each week than the booklet group (p=0.01)."
        ),
    }
    text = RulesEngine().summarize(paper_from_record(record)).simple_explanation
    assert "The StepUp app was developed to help people plan their exercise." in text


def test_a_sentence_on_what_something_else_was_designed_for_is_not_told_that_way() -> None:
    record = {
        "title": "Exercise after spinal cord injury: a randomized trial",
        "abstract": (
            "BACKGROUND: Exercise helps health. METHODS: In this randomized controlled trial, 60 "
            "adults with spinal cord injury exercised or rested for 12 weeks. RESULTS: The "
            "exercise group was designed differently and walked farther (p=0.01)."
        ),
    }
    text = RulesEngine().summarize(paper_from_record(record)).simple_explanation
    assert "designed differently" not in text.split("Here is what they found.")[0]
