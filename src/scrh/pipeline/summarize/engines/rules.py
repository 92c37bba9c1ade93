"""The offline rules engine: deterministic, no model download, no network."""

from __future__ import annotations

from scrh.pipeline.papers.model import Paper
from scrh.pipeline.summarize.categories import categorize
from scrh.pipeline.summarize.facts import evidence_from, extract_facts
from scrh.pipeline.summarize.glossary import glossary_for
from scrh.pipeline.summarize.model import PaperRef, ReadingGrade, Summary
from scrh.pipeline.summarize.plain import is_proper_name
from scrh.pipeline.summarize.readability import fkgl
from scrh.pipeline.summarize.writers.draft import Draft
from scrh.pipeline.summarize.writers.explanation import simple_explanation
from scrh.pipeline.summarize.writers.findings import key_findings
from scrh.pipeline.summarize.writers.implications import implications
from scrh.pipeline.summarize.writers.limitations import limitations
from scrh.pipeline.summarize.writers.research import research_summary
from scrh.pipeline.summarize.writers.study import duration_field, participants_field


class RulesEngine:
    """Summaries written from the paper's facts by our own templates."""

    name = "rules"

    def summarize(self, paper: Paper) -> Summary:
        """A Summary of `paper` in which every statement rests on the paper's abstract."""
        facts = extract_facts(paper)
        evidence = evidence_from(facts)
        # names of scales and bodies keep their words; "detrusor overactivity" may be swapped
        long_forms = tuple(
            v for v in facts.abbreviations.values() if " " in v and is_proper_name(v)
        )
        draft = Draft(facts, evidence, names=tuple(o.name for o in facts.outcomes) + long_forms)
        explanation = simple_explanation(draft)
        summary_text = research_summary(draft)
        findings = key_findings(draft)
        primary, topics = categorize(paper, evidence.design_code)
        glossary_text = " ".join([explanation, summary_text, *(f.text for f in findings)])
        return Summary(
            paper=_ref(paper),
            primary_category=primary,
            categories=topics,
            simple_explanation=explanation,
            study_duration=duration_field(draft),
            participants=participants_field(draft),
            participant_count=facts.count.total,
            population=facts.population.kind,
            evidence=evidence,
            key_findings=findings,
            research_summary=summary_text,
            practical_implications=implications(draft, findings),
            limitations=limitations(draft),
            glossary=glossary_for(glossary_text, facts.abbreviations),
            reading_grade=ReadingGrade(
                simple_explanation=fkgl(explanation), research_summary=fkgl(summary_text)
            ),
            engine=self.name,
            sentences=[s.text for s in facts.sentences],
        )


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
