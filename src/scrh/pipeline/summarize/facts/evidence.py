"""The Evidence block (design words, code, CEBM 2011 level, plain meaning) from the facts."""

from __future__ import annotations

from scrh.pipeline.summarize.facts.designs import DesignRow, design_row
from scrh.pipeline.summarize.facts.model import DesignFact, PopulationFact, StudyFacts
from scrh.pipeline.summarize.model import Evidence

_REVIEWS = frozenset({"systematic_review", "systematic_review_meta_analysis"})
_UNRANKED = frozenset({"guideline", "protocol", "scoping_review", "qualitative", "mixed_methods"})


def design_row_of(facts: StudyFacts) -> DesignRow:
    """The design-table row of the study: its variant when it has one, else its code."""
    return design_row(facts.design.variant or facts.design.code)


def evidence_from(facts: StudyFacts) -> Evidence:
    """Design in words, code, Oxford CEBM 2011 level and meaning, from the design table.

    Work in animals or cells is mechanism-based evidence (level 5) whatever its design, so a
    systematic review of animal studies is level 5 too."""
    return evidence_of(facts.design, facts.population)


def evidence_of(design: DesignFact, population: PopulationFact) -> Evidence:
    """`evidence_from` for a design and population read on their own."""
    row = design_row(design.variant or design.code)
    level = row.level
    meaning = row.meaning
    if population.kind in ("animals", "cells") and row.code not in _UNRANKED:
        level = 5
        if row.code in _REVIEWS:
            meaning = design_row("preclinical_review").meaning
    species = population.species
    if row.code == "animal_study" and species and species != "animals":
        meaning = f"This was done in {species}; it has not yet been tested in people."
    return Evidence(
        design=row.name,
        design_code=row.code,  # type: ignore[arg-type]
        level=level,
        meaning=meaning,
    )


def design_limitations(facts: StudyFacts) -> tuple[str, ...]:
    """The limitations that come with the study's design (design table), in plain words; a
    review of animal or cell studies gets the preclinical review's."""
    row = design_row_of(facts)
    if facts.population.kind in ("animals", "cells") and row.code in _REVIEWS:
        return design_row("preclinical_review").limitations
    return row.limitations
