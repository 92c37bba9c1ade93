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
    ["urinalysis", "bacteriuria", "myelitis", "cholecystectomy"],
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
