"""Study design codes: the paper-level entry point of `facts.design`, and the species words."""

from __future__ import annotations

import re

from scrh.pipeline.papers.model import Paper
from scrh.pipeline.summarize.facts.words import animal_words

ANIMALS = animal_words()
ANIMAL = re.compile(rf"\b({ANIMALS})\b", re.I)


def design_code(paper: Paper, human_count: int | None = None) -> str:
    """One of DESIGN.md's design codes, as the paper declares it (see `facts.design`)."""
    from scrh.pipeline.summarize.facts import design_facts
    from scrh.pipeline.summarize.sentences import paper_sentences

    return design_facts(paper, paper_sentences(paper)).design.code
