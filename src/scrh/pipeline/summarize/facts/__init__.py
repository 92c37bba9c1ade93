"""Read a paper once into `StudyFacts`; the writers build every summary field from them."""

from __future__ import annotations

from scrh.pipeline.papers.model import Paper
from scrh.pipeline.summarize.facts.model import (
    CountFact,
    DesignFact,
    DurationFact,
    OutcomeFact,
    PopulationFact,
    StudyFacts,
)
from scrh.pipeline.summarize.sentences import paper_sentences

__all__ = ["StudyFacts", "extract_facts"]

_REVIEWS = ("systematic_review_meta_analysis", "systematic_review", "scoping_review")
_NO_SAMPLE = ("narrative_review", "guideline", "protocol")


def extract_facts(paper: Paper) -> StudyFacts:
    """The facts of `paper`'s own study, each citing the abstract sentences it rests on."""
    from scrh.pipeline.summarize.design import evidence_for
    from scrh.pipeline.summarize.duration import find_duration
    from scrh.pipeline.summarize.model import NOT_SPECIFIED
    from scrh.pipeline.summarize.outcomes import find_measures
    from scrh.pipeline.summarize.participants import find_participants
    from scrh.pipeline.summarize.plain import find_abbreviations

    sentences = paper_sentences(paper)
    code = evidence_for(paper).design_code
    if code in _NO_SAMPLE:
        people = None
    else:
        people = find_participants(
            sentences, review=code in _REVIEWS, case_report=code == "case_report"
        )
        if people.population == "humans" and people.count is not None:
            code = evidence_for(paper, people.count).design_code
    duration = find_duration(sentences)
    return StudyFacts(
        title=paper.title,
        sentences=tuple(sentences),
        abbreviations=find_abbreviations(paper.title + " " + paper.abstract),
        design=DesignFact(code=code, declared_in="inferred" if code != "other" else "none"),
        population=PopulationFact(
            kind=_population(code, people.population if people else None),  # type: ignore[arg-type]
            description=people.who if people else "",
        ),
        count=CountFact(
            total=people.count if people else None,
            studies=people.studies if people else None,
        ),
        outcomes=tuple(
            OutcomeFact(name=m.name, concept=m.concept, better=m.better)  # type: ignore[arg-type]
            for m in find_measures(paper.abstract)
            if m.better in ("higher", "lower")
        ),
        duration=() if duration == NOT_SPECIFIED else (DurationFact(text=duration),),
    )


def _population(code: str, found: str | None) -> str | None:
    if code == "animal_study":
        return "animals"
    if code == "in_vitro":
        return "cells"
    if code in _NO_SAMPLE:
        return "none"
    return found if found in ("humans", "animals", "cells", "none") else None
