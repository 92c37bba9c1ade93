"""Who the result applies to: when everyone studied shared one kind of injury or stage of life
("64 adults with subacute incomplete SCI"), the result may not hold for others, and a reader
needs to know whether they are like the people studied."""

from __future__ import annotations

import re

from scrh.pipeline.summarize.model import Implication
from scrh.pipeline.summarize.writers.draft import Draft
from scrh.pipeline.summarize.writers.implications.words import people

_INJURY = r"(?:spinal cord injur\w*|SCI|tetraplegi\w*|paraplegi\w*|quadriplegi\w*|injur\w*)"

# (what everyone had, its opposite pattern, title, text): first match wins; a feature whose
# opposite is also named (a mix of complete and incomplete injuries) says nothing
_FEATURES = (
    (
        rf"\b(?:motor[- ])?incomplete {_INJURY}",
        rf"\b(?<!in)(?:motor[- ])?complete {_INJURY}",
        "For incomplete injuries",
        "Everyone in this study had an incomplete injury, so the results may not apply to "
        "complete injuries.",
    ),
    (
        rf"\b(?<!in)(?:motor[- ])?complete {_INJURY}",
        rf"\b(?:motor[- ])?incomplete {_INJURY}",
        "For complete injuries",
        "Everyone in this study had a complete injury, so the results may not apply to "
        "incomplete injuries.",
    ),
    (
        rf"\bchronic {_INJURY}",
        rf"\b(?:sub)?acute {_INJURY}",
        "For long-standing injuries",
        "Everyone in this study had a long-standing injury, so the results may differ soon "
        "after injury.",
    ),
    (
        rf"\b(?:sub)?acute {_INJURY}",
        rf"\bchronic {_INJURY}",
        "For the early months after injury",
        "Everyone in this study was in the early months after injury, so the results may "
        "differ for long-standing injuries.",
    ),
    (
        r"\b(?:children|paediatric|pediatric|adolescents)\b",
        r"\badults?\b",
        "For children",
        "Everyone in this study was a child, so the results may not apply to adults.",
    ),
)


def who_it_fits(draft: Draft) -> Implication | None:
    """Who the result may not apply to, told from the paper's words for everyone studied
    (the sentence that gives the count, or who the title says it studied); None when they
    name no shared kind of injury, or the paper names both kinds."""
    facts = draft.facts
    if not people(draft) or draft.code in ("case_report",) or facts.count.studies:
        return None
    counted = " ".join([facts.population.description, facts.text(facts.count.sources)])
    everything = " ".join([facts.title, *(s.text for s in facts.sentences)])
    for shared, other, title, text in _FEATURES:
        # the title names who was studied after "in", "with", "after" ("… in subacute
        # incomplete spinal cord injury"), not a topic ("Risk factors for complete injuries")
        in_title = rf"\b{_WHO_IN_TITLE}\s+(?:[\w-]+\s+){{0,2}}?(?:{shared})"
        named = re.search(in_title, facts.title, re.I) or re.search(shared, counted, re.I)
        if named and not re.search(other, everything, re.I):
            return Implication(title=title, text=text)
    return None


_WHO_IN_TITLE = r"(?:in|with|after|among|following)"
