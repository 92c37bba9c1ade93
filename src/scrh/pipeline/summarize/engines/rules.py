"""The offline rules engine: deterministic, no model download, no network."""

from __future__ import annotations

from typing import Literal

from scrh.pipeline.papers.model import Paper
from scrh.pipeline.summarize.advice import implications, limitations
from scrh.pipeline.summarize.categories import categorize
from scrh.pipeline.summarize.compose import Context, key_findings
from scrh.pipeline.summarize.design import evidence_for
from scrh.pipeline.summarize.duration import find_duration
from scrh.pipeline.summarize.explain import simple_explanation
from scrh.pipeline.summarize.glossary import glossary_for
from scrh.pipeline.summarize.model import NOT_SPECIFIED, PaperRef, ReadingGrade, Summary
from scrh.pipeline.summarize.outcomes import find_measures
from scrh.pipeline.summarize.participants import Participants, find_participants
from scrh.pipeline.summarize.plain import expand_abbreviations, find_abbreviations
from scrh.pipeline.summarize.readability import fkgl
from scrh.pipeline.summarize.research import research_summary
from scrh.pipeline.summarize.sentences import paper_sentences

_REVIEWS = ("systematic_review_meta_analysis", "systematic_review", "scoping_review")


class RulesEngine:
    """Summaries built from the paper's own sentences by rules and data files."""

    name = "rules"

    def summarize(self, paper: Paper) -> Summary:
        """A Summary of `paper` in which every statement rests on the paper's abstract."""
        sentences = paper_sentences(paper)
        abbreviations = find_abbreviations(paper.title + " " + paper.abstract)
        first = evidence_for(paper)
        people = _participants(sentences, first.design_code)
        human_count = people.count if people.population == "humans" else None
        evidence = evidence_for(paper, human_count)
        if evidence.design_code != first.design_code:
            people = _participants(sentences, evidence.design_code)
        ctx = Context(paper.title, sentences, abbreviations, evidence, people)
        duration = find_duration(sentences)
        explanation = simple_explanation(ctx, duration)
        summary_text = research_summary(ctx)
        findings = key_findings(ctx)
        primary, topics = categorize(paper, evidence.design_code)
        measures = find_measures(paper.abstract)
        glossary_text = " ".join([explanation, summary_text, *(f.text for f in findings)])
        return Summary(
            paper=_ref(paper),
            primary_category=primary,
            categories=topics,
            simple_explanation=explanation,
            study_duration=duration,
            participants=_plain_who(people, abbreviations),
            participant_count=people.count,
            population=_population(people, evidence.design_code),
            evidence=evidence,
            key_findings=findings,
            research_summary=summary_text,
            practical_implications=implications(ctx, measures),
            limitations=limitations(ctx, duration),
            glossary=glossary_for(glossary_text, abbreviations),
            reading_grade=ReadingGrade(
                simple_explanation=fkgl(explanation), research_summary=fkgl(summary_text)
            ),
            engine=self.name,
            sentences=[s.text for s in sentences],
        )


def _participants(sentences: list, design_code: str) -> Participants:
    if design_code in ("narrative_review", "guideline", "protocol"):
        return Participants(None, "", None)
    return find_participants(
        sentences, review=design_code in _REVIEWS, case_report=design_code == "case_report"
    )


def _plain_who(people: Participants, abbreviations: dict[str, str]) -> str:
    if not people.who:
        return NOT_SPECIFIED
    return expand_abbreviations(people.who, abbreviations)


Population = Literal["humans", "animals", "cells", "none"]


def _population(people: Participants, design_code: str) -> Population | None:
    if design_code == "animal_study":
        return "animals"
    if design_code == "in_vitro":
        return "cells"
    if design_code in ("narrative_review", "guideline", "protocol"):
        return "none"
    if people.population in ("humans", "animals", "cells", "none"):
        return people.population  # type: ignore[return-value]
    return None


def _ref(paper: Paper) -> PaperRef:
    return PaperRef(
        title=paper.title,
        journal=paper.journal,
        year=paper.year,
        published=paper.published.isoformat() if paper.published else None,
        doi=paper.doi,
        pmid=paper.pmid,
        pmcid=paper.pmcid,
    )
