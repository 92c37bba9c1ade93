"""The line on what a study looked at names the tool its people used or judged."""

from __future__ import annotations

import pytest

from scrh.pipeline.papers.jsonl import paper_from_record
from scrh.pipeline.summarize.engines.rules import RulesEngine

VIEWS = (
    "Exercise helps people with spinal cord injury stay healthy. Seven adults with spinal cord "
    "injury gave feedback in two group meetings. Their feedback led to a simpler layout with "
    "short videos."
)


def _explanation(title: str, abstract: str = VIEWS) -> str:
    paper = paper_from_record({"title": title, "abstract": abstract})
    return RulesEngine().summarize(paper).simple_explanation


@pytest.mark.parametrize(
    ("title", "about"),
    [
        ("Redesign of an exercise website for people with spinal cord injury",
         "looked at a website for staying active."),
        ("An exercise app for people with spinal cord injury: user feedback",
         "looked at an app for staying active."),
        ("Exercise after spinal cord injury: user feedback", "looked at staying active."),
    ],
)  # fmt: skip
def test_the_tool_in_the_title_is_named_with_the_topic(title, about):
    assert about in _explanation(title)
