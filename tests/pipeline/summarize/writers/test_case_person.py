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
