"""Study design, Oxford CEBM 2011 evidence level and a plain one-line meaning.

The design is read as `facts.design` documents and described by the design table
(language/en/designs.json); this module keeps the paper-level entry point."""

from __future__ import annotations

from scrh.pipeline.papers.model import Paper
from scrh.pipeline.summarize.facts import design_facts
from scrh.pipeline.summarize.facts.evidence import evidence_of
from scrh.pipeline.summarize.model import Evidence
from scrh.pipeline.summarize.sentences import paper_sentences


def evidence_for(paper: Paper, human_count: int | None = None) -> Evidence:
    """The study design, its CEBM level and plain meaning, from the paper's own words.

    `human_count` is accepted for older callers; the count is now read with the design."""
    core = design_facts(paper, paper_sentences(paper))
    return evidence_of(core.design, core.population)
