"""Stock lines that would state something the abstract does not say are left out."""

from __future__ import annotations

import pytest

from scrh.pipeline.papers.jsonl import paper_from_record
from scrh.pipeline.summarize.engines.rules import RulesEngine


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


@pytest.mark.parametrize(
    "results",
    [
        "Walking distance improved by 45 m after training.",
        "The balance score rose by 2.54 points after training.",
        "Walking speed increased by 0.07 m/s after training.",
        "Walking improved after training.",
    ],
)
def test_no_line_claims_the_abstract_gives_no_numbers(results):
    abstract = (
        "We studied 12 adults with chronic spinal cord injury who completed 8 weeks of "
        f"walking training. {results} Training may help walking."
    )
    text = _all_text(_summary(abstract)).lower()
    assert "no numbers" not in text
    assert "how big the changes" not in text


@pytest.mark.parametrize(
    "word",
    ["gastroscopy", "pyelonephritis", "tonsillitis", "cholecystectomy"],
)
def test_a_word_with_no_glossary_entry_gets_no_guessed_definition(word):
    from scrh.pipeline.summarize.glossary import definitions, glossary_for

    assert word not in definitions()
    entries = glossary_for(f"Results of the {word} were recorded in 40 adults.", {})
    assert word not in {e.term for e in entries}
    assert not any("word ending" in e.definition.lower() for e in entries)


def test_a_glossary_entry_still_defines_its_term():
    from scrh.pipeline.summarize.glossary import definitions, glossary_for, is_hard

    term = next(t for t in definitions() if is_hard(t) and " " not in t and t.isalpha())
    entries = glossary_for(f"The {term} was recorded in 40 adults.", {})
    assert {e.term: e.definition for e in entries}.get(term) == definitions()[term]


_TRIAL = (
    "We studied 40 adults with chronic spinal cord injury who did 8 weeks of walking training. "
    "Walking speed was the primary outcome. Walking speed did not differ between the groups "
    "(p = 0.40). Training may help walking."
)
_NO_GROUP = "no comparison group"
_NOT_CHANCE = "not put into groups by chance"
_NO_DIFFERENCE = "no clear sign that walking training helps"


def _draft(code: str, randomised, controlled, declared_in: str, primary: bool):
    from dataclasses import replace

    from scrh.pipeline.summarize.design import evidence_for
    from scrh.pipeline.summarize.facts import extract_facts
    from scrh.pipeline.summarize.facts.model import DesignFact, ResultFact
    from scrh.pipeline.summarize.writers.draft import Draft

    paper = paper_from_record({"title": "Walking training", "abstract": _TRIAL})
    facts = extract_facts(paper)
    design = DesignFact(
        code=code, declared_in=declared_in, randomised=randomised, controlled=controlled
    )
    # no outcome named, so the implication speaks of the main comparison
    result = ResultFact(direction="no_difference", significant=False, primary=primary)
    facts = replace(facts, design=design, results=(result,))
    return Draft(facts, evidence_for(paper, facts.count.total))


def _written(draft) -> str:
    from scrh.pipeline.summarize.writers.designs import sure_line
    from scrh.pipeline.summarize.writers.explanation import simple_explanation
    from scrh.pipeline.summarize.writers.implications import implications
    from scrh.pipeline.summarize.writers.limitations import limitations

    return " ".join(
        [
            sure_line(draft),
            simple_explanation(draft),
            *(f"{i.title} {i.text}" for i in implications(draft)),
            *(limit.text for limit in limitations(draft)),
        ]
    ).lower()


@pytest.mark.parametrize(
    ("code", "randomised", "controlled", "declared_in", "primary", "said", "unsaid"),
    [
        ("case_series", None, None, "methods", False, (), (_NO_GROUP,)),
        ("case_series", None, False, "methods", False, (_NO_GROUP,), ()),
        ("non_randomized_trial", None, None, "inferred", False, (), (_NO_GROUP, _NOT_CHANCE)),
        ("non_randomized_trial", False, None, "inferred", False, (), (_NO_GROUP, _NOT_CHANCE)),
        ("non_randomized_trial", False, True, "title", False, (_NOT_CHANCE,), (_NO_GROUP,)),
        ("non_randomized_trial", False, False, "title", False, ("no comparison group",), ()),
        ("rct", True, True, "title", False, (), (_NO_DIFFERENCE, _NO_GROUP, _NOT_CHANCE)),
        ("rct", True, True, "title", True, (_NO_DIFFERENCE,), ()),
    ],
)
def test_design_caveats_only_when_the_facts_say_so(
    code, randomised, controlled, declared_in, primary, said, unsaid
):
    text = _written(_draft(code, randomised, controlled, declared_in, primary))
    for line in said:
        assert line in text
    for line in unsaid:
        assert line not in text
