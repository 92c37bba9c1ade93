"""A paper sentence that opens on what an untold sentence said is not reused in the simple
explanation."""

from __future__ import annotations

from scrh.pipeline.papers.jsonl import paper_from_record
from scrh.pipeline.summarize.engines.rules import RulesEngine


def _explanation(abstract: str) -> str:
    paper = paper_from_record(
        {"title": "Stimulation for blood pressure: a case series", "abstract": abstract}
    )
    return RulesEngine().summarize(paper).simple_explanation


def test_other_harms_are_not_told_without_the_first():
    abstract = (
        "We describe eight adults with spinal cord injury treated with spinal stimulation. Five "
        "people stopped their blood pressure pills. One person had a skin infection at the "
        "implant. Other adverse events included lead movement and brief tingling."
    )
    text = _explanation(abstract)
    assert "Five people stopped" in text
    assert "Other side effects" not in text and "Other adverse" not in text
