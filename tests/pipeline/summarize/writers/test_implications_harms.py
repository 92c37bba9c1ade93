"""Side effects and harms a study reports are an implication of their own."""

from __future__ import annotations

from scrh.pipeline.papers.jsonl import paper_from_record
from scrh.pipeline.summarize.engines.rules import RulesEngine
from scrh.pipeline.summarize.writers.implications.harms import TITLE

_TITLE = "Arm cycling with electrical stimulation after spinal cord injury: a randomized trial"
_TRIAL = (
    "We randomly assigned 24 adults with tetraplegia to arm cycling with electrical stimulation "
    "or arm cycling alone for 8 weeks. Arm strength improved more with stimulation than "
    "without it. Two people had brief skin redness under the pads. No serious adverse events "
    "occurred. Arm cycling with stimulation may help arm strength."
)


def _items(title: str, abstract: str) -> dict[str, str]:
    paper = paper_from_record({"title": title, "abstract": abstract})
    return {i.title: i.text for i in RulesEngine().summarize(paper).practical_implications}


def test_harms_a_trial_reports_are_told_with_how_small_the_trial_was():
    told = _items(_TITLE, _TRIAL)[TITLE]
    assert told.startswith("No serious side effects")
    assert told.endswith("with only 24 people, rarer problems may not have shown up.")
    assert told.count(". ") == 0


def test_side_effects_named_only_as_something_to_weigh_are_not_a_harms_report():
    weighed = _TRIAL.replace(
        "Two people had brief skin redness under the pads. No serious adverse events occurred. ",
        "",
    ).replace("may help arm strength.", "may help arm strength; the choice may depend on side "
              "effects.")  # fmt: skip
    assert TITLE not in _items(_TITLE, weighed)


def test_harms_in_animals_or_in_the_background_are_not_told_as_an_item():
    rats = (
        "Complications of spinal cord injury are common. We treated 40 rats with a new drug or "
        "saline after spinal cord injury. Treated rats walked better. No adverse events occurred."
    )
    assert TITLE not in _items("A new drug improves walking in rats after spinal cord injury", rats)
