"""Who a result applies to, when everyone studied shared one kind of injury."""

from __future__ import annotations

from scrh.pipeline.papers.jsonl import paper_from_record
from scrh.pipeline.summarize.engines.rules import RulesEngine


def _titles(title: str, abstract: str) -> list[str]:
    paper = paper_from_record({"title": title, "abstract": abstract})
    return [i.title for i in RulesEngine().summarize(paper).practical_implications]


_TRIAL = (
    "We randomly assigned 40 adults with chronic incomplete spinal cord injury to robot "
    "training or usual walking practice for 8 weeks. Walking speed improved more with robot "
    "training. No serious adverse events occurred."
)


def test_a_shared_kind_of_injury_in_the_count_sentence_says_who_the_result_fits():
    titles = _titles("Robot training for walking: a randomized trial", _TRIAL)
    assert "For incomplete injuries" in titles


def test_a_mix_of_injuries_says_nothing_about_who_it_fits():
    mixed = _TRIAL.replace(
        "chronic incomplete spinal cord injury",
        "incomplete spinal cord injury or complete spinal cord injury",
    )
    titles = _titles("Robot training for walking: a randomized trial", mixed)
    assert not any(t.startswith("For ") and "injuries" in t for t in titles)


def test_who_the_title_studied_counts_but_a_topic_in_the_title_does_not():
    plain = _TRIAL.replace(" with chronic incomplete spinal cord injury", "")
    studied = _titles("Robot training in subacute spinal cord injury: a randomized trial", plain)
    assert "For the early months after injury" in studied
    topic = _titles("Risk factors for complete injuries: a randomized trial", plain)
    assert "For complete injuries" not in topic
