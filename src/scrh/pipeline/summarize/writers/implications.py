"""Practical implications from this paper's findings, population and design: what it could
mean for a person with spinal cord injury and how sure we can be (2-4 items)."""

from __future__ import annotations

import re

from scrh.pipeline.summarize.facts.model import ResultFact
from scrh.pipeline.summarize.model import Implication
from scrh.pipeline.summarize.outcomes import find_measures
from scrh.pipeline.summarize.writers.designs import is_pilot, sure_line
from scrh.pipeline.summarize.writers.draft import Draft
from scrh.pipeline.summarize.writers.lines import SMALL_SAMPLE, span_of
from scrh.pipeline.summarize.writers.results import outcome_words, ranked
from scrh.pipeline.summarize.writers.study import NO_SAMPLE, REVIEWS, species, total_words

_TRIALS = ("rct", "non_randomized_trial")
_ONE_STUDY = "One study on its own is rarely the final word; other studies need to find the same."
_LINKS = ("prospective_cohort", "retrospective_cohort", "case_control", "cross_sectional")


def implications(draft: Draft) -> list[Implication]:
    """2-4 items, each a short title and one sentence, specific to this paper."""
    items = [
        _main(draft),
        _how_sure(draft),
        _conclusion(draft),
        _time(draft),
    ]
    out: list[Implication] = []
    for item in items:
        if item and all(item.title != o.title for o in out):
            out.append(item)
    if len(out) < 2:
        out.append(
            Implication(title="How much weight to give it", text=sure_line(draft) or _ONE_STUDY)
        )
    if len(out) < 2:
        out.append(_talk(draft))
    return out[:4]


def main_result(draft: Draft) -> ResultFact | None:
    """The first ranked result that names its outcome, else the first."""
    results = ranked(draft.facts.results)
    return next((r for r in results if r.outcome), results[0] if results else None)


def _sample(draft: Draft) -> str:
    total = draft.facts.count.total
    if draft.animals:
        return species(draft)
    if (
        total
        and total_words(draft)
        and draft.facts.population.kind == "humans"
        and draft.code not in REVIEWS
    ):
        return f"{total_words(draft)} {'person' if total == 1 else 'people'}"
    return ""


def _main(draft: Draft) -> Implication | None:
    code = draft.code
    result = main_result(draft)
    outcome = outcome_words(result) if result else ""
    sample = _sample(draft)
    if draft.animals:
        about = f" on {outcome}" if outcome else ""
        return Implication(
            title="Not a treatment for people yet",
            text=f"These results{about} come from {sample or 'animals'}, so they do not give a "
            "treatment for people yet; it would first have to be tested in people.",
        )
    if draft.cells:
        return Implication(
            title="Early lab work",
            text="This work was done with cells in a dish, so it is years away from any "
            "treatment for people.",
        )
    if code == "protocol":
        return Implication(
            title="Results still to come",
            text="This paper sets out a plan, so it cannot yet tell you whether the treatment "
            "works.",
        )
    if code == "narrative_review":
        return Implication(
            title="Background, not a test",
            text="This overview can help you and your care team understand the topic, but it "
            "does not test whether any treatment works.",
        )
    if code == "case_report":
        return Implication(
            title="One person's story",
            text="What happened to this one person may not happen to others, but it can be a "
            "reason to ask your care team questions.",
        )
    if code in REVIEWS:
        return _review(draft, outcome)
    if code == "qualitative":
        who = f"these {sample}" if sample else "the people in this study"
        return Implication(
            title="Hearing from people with experience",
            text=f"The views of {who} may help care teams plan support, but they may not match "
            "your own experience.",
        )
    if result is not None and outcome:
        if result.direction == "no_difference" or result.significant is False:
            return Implication(
                title=f"No clear change in {outcome}",
                text=f"This study did not find a clear difference in {outcome}, so it gives no "
                "firm reason to expect a change there.",
            )
        if code in _LINKS:
            return Implication(
                title="A link, not proof",
                text=f"This study found links with {outcome}"
                + (f" in {sample}" if sample else "")
                + ", but a link does not show that one thing causes the other.",
            )
        if code in _TRIALS and result.direction == "better":
            total = draft.facts.count.total
            few = sample and not draft.animals and total is not None and total < SMALL_SAMPLE
            after = (
                "with so few people, a bigger study is needed to be sure it helps."
                if few
                else "if this matters to you, ask your care team whether the approach suits you."
            )
            return Implication(
                title=f"A possible help for {outcome}",
                text=f"In this study{' of ' + sample if sample else ''}, {outcome} improved; "
                + after,
            )
    if code in _LINKS:
        return Implication(
            title="A link, not proof",
            text="This kind of study shows which things go together, so it cannot tell you that "
            "changing one of them will change the other.",
        )
    first = ranked(draft.facts.results)[0] if draft.facts.results else None
    if code in _TRIALS and first is not None:
        of = f" of {sample}" if sample else ""
        if _null_primary(first):
            return Implication(
                title="No clear difference shown",
                text=f"The main comparison in this study{of} did not show a clear difference, "
                "so it gives no reason to change your care.",
            )
        if first.significant is True:
            return Implication(
                title="A result worth asking about",
                text=f"This study{of} found a difference unlikely to be due to chance; you could "
                "ask your care team about it, but one study is not proof.",
            )
    return None


def _null_primary(result: ResultFact) -> bool:
    """A result on the primary outcome that shows no clear difference: only then may the main
    comparison be said to have shown none."""
    return result.primary and (result.significant is False or result.direction == "no_difference")


def _review(draft: Draft, outcome: str) -> Implication:
    studies = draft.facts.count.studies
    across = (
        f"across {total_words(draft, studies)} studies"
        if studies and total_words(draft, studies)
        else "across the studies"
    )
    certainty = draft.facts.conclusion.certainty if draft.facts.conclusion else "tentative"
    if certainty == "uncertain":
        return Implication(
            title="The question is still open",
            text=f"The authors found the evidence {across} too weak to be sure, so this review "
            "does not settle the question.",
        )
    about = f" on {outcome}" if outcome else ""
    first = ranked(draft.facts.results)[0] if draft.facts.results else None
    if first is not None and _null_primary(first):
        return Implication(
            title="No clear benefit found",
            text=f"The main result{about} {across} showed no clear difference, so the review "
            "gives no firm reason to change care.",
        )
    if certainty == "firm":
        return Implication(
            title="An answer from many studies",
            text=f"Pooling the results{about} {across} gives a sturdier answer than any single "
            "study could.",
        )
    return Implication(
        title="A pointer, not the final word",
        text=f"The results{about} {across} point one way, but the authors word their "
        "conclusion carefully.",
    )


def _how_sure(draft: Draft) -> Implication | None:
    total = draft.facts.count.total
    humans = draft.facts.population.kind == "humans"
    if is_pilot(draft) and draft.code not in REVIEWS + NO_SAMPLE:
        size = (
            f" with {total_words(draft)} {'animals' if draft.animals else 'people'}"
            if total_words(draft)
            else ""
        )
        return Implication(
            title="An early test",
            text=f"This was a small first study{size}, so bigger studies are needed before "
            "anyone can be sure.",
        )
    if humans and total and 2 < total < 30 and total_words(draft) and draft.code not in REVIEWS:
        return Implication(
            title="A small study",
            text=f"Only {total_words(draft)} people took part, so the results may not hold for "
            "everyone with spinal cord injury.",
        )
    if draft.code == "rct":
        return Implication(
            title="A fair test, but only one",
            text="Groups formed by chance make the comparison fair, but other trials need to "
            "find the same before it is sure.",
        )
    if draft.code == "retrospective_cohort" and total_words(draft):
        return Implication(
            title="Based on past records",
            text=f"The findings come from the records of {total_words(draft)} people, which were "
            "not collected for this study and can miss things.",
        )
    return None


def _scale(draft: Draft) -> Implication | None:
    text = " ".join(s.text for s in draft.facts.sentences)
    for measure in find_measures(text)[:1]:
        concept = re.sub(r"\s*\([^()]*\)", "", measure.concept)
        better = "lower" if measure.better == "lower" else "higher"
        return Implication(
            title=f"Reading the {concept} scores",
            text=f"The {measure.name} measures {concept}, and a {better} score is better, which "
            "helps when reading results like these.",
        )
    return None


def _time(draft: Draft) -> Implication | None:
    for fact in draft.facts.duration:
        span = span_of(fact.text)
        if fact.kind in ("follow_up", "intervention") and span:
            who = "the animals" if draft.animals else "people"
            what = "Treatment lasted" if fact.kind == "intervention" else "Follow-up lasted"
            return Implication(
                title="Longer-term effects unknown",
                text=f"{what} {span}, so the study does not show what happens to {who} later.",
            )
    return None


def _conclusion(draft: Draft) -> Implication | None:
    conclusion = draft.facts.conclusion
    if not conclusion:
        return None
    for index in conclusion.sources:
        text = draft.plain(index, max_words=35, max_grade=20, strict=False)
        if text:
            return Implication(title="What the authors conclude", text=text)
    return None


def _talk(draft: Draft) -> Implication:
    topic = main_result(draft)
    about = f" about {outcome_words(topic)}" if topic and topic.outcome else ""
    return Implication(
        title="Questions for your care team",
        text=f"If this topic{about} matters to you, bring the paper to your care team and ask "
        "what it could mean for you.",
    )
