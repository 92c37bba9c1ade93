"""Read a paper once into `StudyFacts`; the writers build every summary field from them.

Each fact comes from its own module (design, population, counts, groups, duration, setting),
cites the abstract sentences it rests on, and reports nothing the paper does not state.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from scrh.pipeline.papers.model import Paper
from scrh.pipeline.summarize.facts import conclusion
from scrh.pipeline.summarize.facts.aim import find_aim
from scrh.pipeline.summarize.facts.counts import counted, find_count
from scrh.pipeline.summarize.facts.design import declared_design, find_design
from scrh.pipeline.summarize.facts.duration import find_durations
from scrh.pipeline.summarize.facts.evidence import evidence_from
from scrh.pipeline.summarize.facts.findings import find_results
from scrh.pipeline.summarize.facts.groups import find_groups
from scrh.pipeline.summarize.facts.model import (
    CountFact,
    DesignFact,
    OutcomeFact,
    PopulationFact,
    StudyFacts,
)
from scrh.pipeline.summarize.facts.population import NO_SAMPLE, find_subjects, population_fact
from scrh.pipeline.summarize.facts.setting import find_setting
from scrh.pipeline.summarize.sentences import Sentence, paper_sentences

__all__ = ["StudyFacts", "design_facts", "evidence_from", "extract_facts"]

REVIEWS = frozenset({"systematic_review_meta_analysis", "systematic_review", "scoping_review"})


@dataclass(frozen=True, slots=True)
class CoreFacts:
    """Design, population and count: what the evidence level and the count depend on."""

    design: DesignFact
    population: PopulationFact
    count: CountFact
    who: str = ""  # the paper's words for who was counted


def design_facts(paper: Paper, sentences: list[Sentence]) -> CoreFacts:
    """Design, population and count, each depending on the others only as documented in
    `facts.design`: the count matters only when no design is declared."""
    subjects = find_subjects(paper.title, sentences, paper.mesh)
    declared = declared_design(paper, sentences)
    human_count = None
    if declared is None and subjects.kind == "humans":
        human_count = find_count(sentences, review=False, case_report=False).total
    design = find_design(paper, sentences, subjects, human_count, declared)
    key = design.variant or design.code
    if key in NO_SAMPLE:
        count, who = CountFact(), ""
    else:
        count, who = counted(
            sentences, review=design.code in REVIEWS, case_report=design.code == "case_report"
        )
    if design.code == "case_report" and (count.total or 0) >= 2 and "case" not in design.cue:
        # "a 24-year-old man" named the case, but the paper tells of more people, one by one
        design = replace(design, code="case_series", declared_in="inferred", variant="")
        key = design.code
    population = population_fact(subjects, key, who)
    if population.kind is None and count.unit == "people" and count.total is not None:
        population = PopulationFact("humans", "people", who, count.sources)
    if population.kind == "animals" and count.unit == "people" and count.total is not None:
        count, who = CountFact(sources=count.sources), ""  # people counted in an animal study
    elif count.total is not None and not count.unit:
        unit = population.species if population.kind == "animals" else "people"
        count = replace(count, unit=unit)
    return CoreFacts(design, population, count, who)


_NO_DURATION = frozenset(
    {
        "systematic_review_meta_analysis",
        "systematic_review",
        "scoping_review",
        "narrative_review",
        "guideline",
    }
)
COMMON_SHORT_FORMS = {"SCI": "spinal cord injury", "SCIs": "spinal cord injuries"}


def with_common_short_forms(found: dict[str, str]) -> dict[str, str]:
    """The paper's own short forms, plus the field's own ("SCI") that papers often use
    without writing them out."""
    return {**COMMON_SHORT_FORMS, **found}


def extract_facts(paper: Paper) -> StudyFacts:
    """The facts of `paper`'s own study, each citing the abstract sentences it rests on."""
    from scrh.pipeline.summarize.outcomes import find_measures
    from scrh.pipeline.summarize.plain import find_abbreviations

    sentences = paper_sentences(paper)
    core = design_facts(paper, sentences)
    # each measure with the sentences that name it ("8 people (AIS A-C)" names a grade that
    # describes who took part; a measure named only there was not measured)
    named = [(s.index, {m.name for m in find_measures(s.text)}) for s in sentences]
    outcomes = tuple(
        OutcomeFact(
            name=m.name,
            concept=m.concept,
            better=m.better,  # type: ignore[arg-type]
            sources=tuple(index for index, names in named if m.name in names),
        )
        for m in find_measures(paper.abstract)
        if m.better in ("higher", "lower")
    )
    return StudyFacts(
        title=paper.title,
        sentences=tuple(sentences),
        abbreviations=with_common_short_forms(
            find_abbreviations(paper.title.rstrip(". ") + ". " + paper.abstract)
        ),
        aim=find_aim(sentences) or conclusion.find_aim(sentences),
        design=core.design,
        population=core.population,
        count=core.count,
        groups=find_groups(sentences),
        outcomes=outcomes,
        # a review's lengths are its studies' ("4 weeks after the last session"), not its own
        duration=()
        if core.design.code in _NO_DURATION
        else find_durations(sentences, core.design.code),
        setting=find_setting(paper.title, sentences),
        results=find_results(sentences, outcomes),
        conclusion=conclusion.find_conclusion(sentences),
        stated_limitations=conclusion.find_stated_limitations(sentences),
    )
