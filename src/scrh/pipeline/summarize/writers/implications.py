"""Practical implications from this paper's findings, population and design: what it could
mean for a person with spinal cord injury and how sure we can be (2-4 items).

Every item names what the paper is about (its treatment or topic), who was studied and how,
so two papers rarely share a line; nothing promises a benefit the study did not show, and at
most one item mentions the care team, tied to the paper's own topic."""

from __future__ import annotations

import re

from scrh.pipeline.summarize.facts.model import ResultFact
from scrh.pipeline.summarize.model import Implication
from scrh.pipeline.summarize.plain import expand_abbreviations
from scrh.pipeline.summarize.writers.designs import (
    declared_not_randomised,
    is_crossover,
    is_pilot,
    no_comparison_group,
    sure_line,
)
from scrh.pipeline.summarize.writers.draft import Draft
from scrh.pipeline.summarize.writers.lines import SMALL_SAMPLE, span_of
from scrh.pipeline.summarize.writers.results import outcome_words, ranked
from scrh.pipeline.summarize.writers.study import NO_SAMPLE, REVIEWS, species, total_words
from scrh.pipeline.summarize.writers.subject import (
    about_sci,
    as_written,
    one_arm,
    topic,
    topic_of,
    treatment,
)

_TRIALS = ("rct", "non_randomized_trial")
_LINKS = ("prospective_cohort", "retrospective_cohort", "case_control", "cross_sectional")
_RISK = re.compile(r"\b(risk|predict\w*|factors?|complications?|incidence|prevalence)\b", re.I)
_CARE = "care team"
_CONDITIONS = frozenset(
    {"nerve pain", "bladder infections", "pressure sores", "pain", "shoulder pain", "bone health"}
)
_NULL_WORDS = re.compile(
    r"\b(no|not|non-?)\s*(statistically\s+)?significant|\bdid not (significantly )?(differ|"
    r"change|improve|reduce)|\bno (clear |significant )?differences?\b|\bsimilar between\b",
    re.I,
)
_TESTED = re.compile(
    r"\bstatistically significant|\bsignificantly (higher|lower|more|less|greater|smaller|"
    r"better|worse|improv\w*|reduc\w*|increas\w*|decreas\w*|differ\w*|fell|rose)\b|"
    r"\bsignificant (difference|improvement|"
    r"increase|decrease|reduction|change|effect|gain|correlation|association)|\b[pP]\s*[<=≤]",
    re.I,
)
_SOFT_HEDGES = ("may", "might", "could", "suggest", "possible", "potential", "potentially")


def implications(draft: Draft) -> list[Implication]:
    """2-4 items, each a short title and one sentence, specific to this paper."""
    out: list[Implication] = []
    for item in (_main(draft), _how_sure(draft), _time(draft), _care(draft), _hedged(draft)):
        if item is None or any(item.title == o.title or item.text == o.text for o in out):
            continue
        if _CARE in item.text and any(_CARE in o.text for o in out):
            continue  # one care-team line at most
        out.append(item)
    if len(out) < 2:
        item = _second(draft)
        if item is not None and all(item.title != o.title for o in out):
            out.append(item)
    if len(out) < 2:
        out.append(_next_step(draft))
    if len(out) < 2:
        line = sure_line(draft)
        out.append(
            Implication(title="How sure we can be", text=line)
            if line
            else Implication(
                title="Too little to go on",
                text="The abstract gives too few details to judge what this study could mean "
                "for you.",
            )
        )
    return out[:4]


def main_result(draft: Draft) -> ResultFact | None:
    """The first ranked result that names its outcome, else the first."""
    results = ranked(draft.facts.results)
    return next((r for r in results if r.outcome), results[0] if results else None)


def _about(draft: Draft) -> str:
    """ "on robot-assisted gait training" / "on bladder infections" / ""."""
    what = treatment(draft) or topic(draft)
    return f" on {what}" if what else ""


def _people(draft: Draft) -> str:
    """ "38 people", "one person", else ""."""
    total = draft.facts.count.total
    written = as_written(draft, total)
    if not total or not written or draft.facts.population.kind != "humans" or draft.animals:
        return ""
    return "one person" if total == 1 else f"{written} people"


def _upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def _short(text: str, words: int = 6) -> bool:
    return 0 < len(text.split()) <= words


def _null(result: ResultFact | None) -> bool:
    return result is not None and (
        result.direction == "no_difference" or result.significant is False
    )


def _finding(draft: Draft) -> str:
    """What the main result showed, as a clause built from its facts, or "" when its own
    sentence does not state the test (a null or a significant difference) in so many words."""
    results = ranked(draft.facts.results)
    first = results[0] if results else None
    if first is None:
        return ""
    sentence = draft.facts.text(first.sources[:1])
    roles = {
        draft.facts.sentences[i].role
        for i in first.sources[:1]
        if 0 <= i < len(draft.facts.sentences)
    }
    if roles & {"background", "objective"}:
        return ""  # a sentence about the field, not this study's result
    plain = expand_abbreviations(sentence, draft.facts.abbreviations)
    outcome = outcome_words(first) or topic_of(plain, outcomes_only=True)
    on = f" on {outcome}" if outcome else ""
    null_said = not sentence or bool(_NULL_WORDS.search(sentence))
    tested = not sentence or (bool(_TESTED.search(sentence)) and not _NULL_WORDS.search(sentence))
    if _null(first) and (first.primary or outcome) and null_said:
        return f"the main result{on} showed no clear difference"
    if first.significant is True and tested:
        if first.direction == "better":
            return f"the main result{on} favoured the treatment, by more than chance would explain"
        if first.direction != "no_difference":
            return f"the main result{on} showed a difference unlikely to be due to chance"
    return ""


def _main(draft: Draft) -> Implication | None:
    code = draft.code
    about = _about(draft)
    if draft.animals:
        kind = species(draft)
        work = (
            f"This review{about} brings together studies in {kind}"
            if code in REVIEWS
            else f"This work{about} was done in {kind}"
        )
        return Implication(
            title=f"Found in {kind}, not yet in people",
            text=f"{work}, so it gives no treatment for people yet; "
            "anything based on it would first have to be tested for safety and benefit in people.",
        )
    if draft.cells:
        return Implication(
            title="Early lab work",
            text=f"This lab work{about} was done with cells, not people, so it is an early step "
            "and gives no treatment yet.",
        )
    if code == "protocol":
        return Implication(
            title="Results still to come",
            text=f"This paper sets out the plan for a study{about}, so it cannot yet say whether "
            "anything works.",
        )
    if code == "narrative_review":
        subject = topic(draft) or treatment(draft)
        return Implication(
            title=f"An overview of {subject}" if subject else "An overview, not a test",
            text="This review sums up what is known"
            + (f" about {subject}" if subject else "")
            + " and can help you talk it through with your care team.",
        )
    if code == "guideline":
        return Implication(
            title="Advice from experts",
            text=f"This advice{about} is only as strong as the research behind it.",
        )
    if code == "case_report":
        return Implication(
            title="One person's story",
            text=f"This report{about} tells what happened to one person; it may help care teams "
            "spot something similar, but it cannot show what would happen for others.",
        )
    if code in REVIEWS:
        return _review(draft)
    if code == "qualitative":
        return _views(draft)
    if code in _LINKS:
        return _links(draft)
    if code in _TRIALS:
        return _trial(draft)
    if code == "case_series":
        return _series(draft)
    return None


def _review(draft: Draft) -> Implication:
    studies = draft.facts.count.studies
    total = draft.facts.count.total
    people = (
        f"{total_words(draft)} people" if total and total != studies and total_words(draft) else ""
    )
    across = (
        f"across {total_words(draft, studies)} studies" + (f" with {people}" if people else "")
        if studies and total_words(draft, studies)
        else "across the studies"
    )
    about = _about(draft)
    certainty = draft.facts.conclusion.certainty if draft.facts.conclusion else "tentative"
    if certainty == "uncertain":
        return Implication(
            title="The question is still open",
            text=f"The authors found the evidence{about} {across} too weak to be sure, so this "
            "review does not settle the question.",
        )
    first = ranked(draft.facts.results)[0] if draft.facts.results else None
    if first is not None and first.primary and _null(first):
        return Implication(
            title="No clear benefit found",
            text=f"The main result{about} {across} showed no clear difference, so the review "
            "gives no firm reason to expect a change.",
        )
    if certainty == "firm":
        return Implication(
            title="An answer from many studies",
            text=f"Pooling the results{about} {across} gives a sturdier answer than any single "
            "study could.",
        )
    if draft.facts.conclusion is None:
        return Implication(
            title="A pointer, not the final word",
            text=f"The results{about} {across} point one way, but they are only as sure as "
            "those studies.",
        )
    return Implication(
        title="A pointer, not the final word",
        text=f"The results{about} {across} point one way, but the authors word their "
        "conclusion carefully.",
    )


def _views(draft: Draft) -> Implication:
    people = _people(draft)
    of = f"these {people}" if people else "the people in this study"
    on = f" on {topic(draft) or treatment(draft)}" if topic(draft) or treatment(draft) else ""
    return Implication(
        title=f"What {people} told the researchers" if people else "Hearing from people",
        text=f"The views of {of}{on} can help care teams and families see what matters to "
        "people, but they do not test any treatment and may not match your own experience.",
    )


def _links(draft: Draft) -> Implication:
    code = draft.code
    people = _people(draft)
    subject = topic(draft)
    country = draft.facts.setting.country
    where = f" in {country}" if country else ""
    on = f" on {subject}" if subject else ""
    if code == "retrospective_cohort":
        source = f"the records of {people}{where}" if people else f"past records{where}"
        return Implication(
            title="A look back at records",
            text=f"This study{on} used {source}, so it can show links, not causes.",
        )
    if code == "cross_sectional":
        of = f" of {people}{where}" if people else where
        return Implication(
            title="A snapshot at one time",
            text=f"This snapshot{of}{on} was taken at one point in time, so it shows links, "
            "not causes.",
        )
    of = f" of {people}{where}" if people else where
    return Implication(
        title="A link, not proof",
        text=f"This study{of}{on} can show links, not causes.",
    )


def _trial(draft: Draft) -> Implication:
    code = draft.code
    tested = treatment(draft)
    subject = topic(draft)
    people = _people(draft)
    span = next((span_of(d.text) for d in draft.facts.duration if span_of(d.text)), "")
    over = f" over {span}" if span else ""
    found = _finding(draft)
    of = f" of {tested}" if tested else (f" on {subject}" if subject else "")
    if code == "rct":
        title = f"A fair test of {tested}" if _short(tested) else "A fair test by chance"
        assigned = (
            "tried each option in an order set by chance"
            if is_crossover(draft)
            else "into groups by chance"
        )
        if is_crossover(draft):
            text = f"In this trial{of}, {people or 'everyone'} {assigned}{over}"
        else:
            text = f"This trial{of} put {people or 'people'} {assigned}{over}"
        text = text + (f"; {found}" if found else ", which makes the comparison fair") + "."
        return Implication(title=title, text=text)
    if one_arm(draft):
        caveat = "with no comparison group, other things could explain the changes"
    elif declared_not_randomised(draft):
        caveat = "the groups were not formed by chance, so they may have differed from the start"
    else:
        caveat = "a trial with groups formed by chance is needed to be sure"
    title = f"An early test of {tested}" if _short(tested) else "An early test"
    in_people = f" in {people}" if people else ""
    text = f"This study tried {tested or 'a treatment'}{in_people}{over}" + (
        f"; {found}" if found else ""
    )
    return Implication(title=title, text=f"{text}, but {caveat}.")


def _series(draft: Draft) -> Implication:
    people = _people(draft) or "a few people"
    about = _about(draft)
    alone = " and no comparison group" if no_comparison_group(draft) else ""
    return Implication(
        title=f"What happened to {people}",
        text=f"This report{about} describes {people}; with so few people{alone}, it is an early "
        "sign to follow up, not proof that it would work for others.",
    )


def _how_sure(draft: Draft) -> Implication | None:
    total = draft.facts.count.total
    code = draft.code
    if code in REVIEWS + NO_SAMPLE or code == "case_report":
        return None
    people = _people(draft)
    if is_pilot(draft) and not draft.animals:
        size = f" with {people}" if people else ""
        return Implication(
            title="A first, small step",
            text=f"This was a pilot study{size}, meant to see whether the approach can be done; "
            "bigger studies are needed before anyone can say it works.",
        )
    if people and total and 2 < total < SMALL_SAMPLE and code not in ("case_series", "qualitative"):
        everyone = "everyone with spinal cord injury" if about_sci(draft) else "everyone"
        return Implication(
            title="A small study",
            text=f"Only {people} took part, so a bigger study is needed to be sure the results "
            f"hold for {everyone}.",
        )
    if people and total and total >= 500 and code in _LINKS:
        return Implication(
            title="Many people, but links only",
            text=f"With {people}, the patterns are more reliable, but they are still only links.",
        )
    return None


def _hedged(draft: Draft) -> Implication | None:
    conclusion = draft.facts.conclusion
    if conclusion is None or draft.code in ("protocol", "guideline"):
        return None
    words = [h for h in conclusion.hedges if h.lower() in _SOFT_HEDGES]
    if not words:
        return None
    quoted = " and ".join(f'"{w}"' for w in words[:2])
    about = _about(draft).replace(" on ", " about ", 1)
    return Implication(
        title="The authors word it carefully",
        text=f"The authors use careful words such as {quoted}{about}, so they see this as "
        "something to check further, not a settled answer.",
    )


def _time(draft: Draft) -> Implication | None:
    if draft.code in REVIEWS + NO_SAMPLE:
        return None
    for fact in draft.facts.duration:
        span = span_of(fact.text)
        if fact.kind in ("follow_up", "intervention") and span:
            who = "the animals" if draft.animals else "people"
            if draft.code == "case_report":
                who = "this person"
            what = "Treatment lasted" if fact.kind == "intervention" else "Follow-up lasted"
            part = "treatment" if fact.kind == "intervention" else "follow-up"
            return Implication(
                title=_upper(f"{span} of {part}"),
                text=f"{what} {span}, so the study does not show what happens to {who} later.",
            )
    return None


def _care(draft: Draft) -> Implication | None:
    """One line for the care team, only when it can name something specific to ask about."""
    if draft.animals or draft.cells or draft.facts.population.kind != "humans":
        return None
    code = draft.code
    tested = treatment(draft)
    subject = topic(draft)
    results = ranked(draft.facts.results)
    first = results[0] if results else None
    total = draft.facts.count.total or 0
    if (
        code == "rct"
        and total >= SMALL_SAMPLE
        and not is_pilot(draft)
        and tested
        and first is not None
        and first.significant is True
        and first.direction == "better"
    ):
        return Implication(
            title=f"Asking about {tested}" if _short(tested) else "Something to ask about",
            text=f"You could ask your care team whether {tested} is offered where you live and "
            "would suit you; this one trial does not show it helps everyone.",
        )
    if code in _LINKS and subject and _RISK.search(draft.facts.title) and subject in _CONDITIONS:
        return Implication(
            title=f"Your own risk of {subject}",
            text=f"Your care team can tell you which of these risk factors for {subject} apply "
            "to you.",
        )
    return None


def _second(draft: Draft) -> Implication | None:
    """A second item in this design's terms, about this paper's topic."""
    code = draft.code
    subject = topic(draft)
    tested = treatment(draft)
    if draft.animals:
        kind = species(draft)
        return Implication(
            title="A first step on a long road",
            text=f"Many findings in animals never become treatments; results like these in {kind} "
            "would need to be repeated by other labs and then tested in people.",
        )
    if code == "narrative_review":
        on = f" on {subject}" if subject else ""
        return Implication(
            title="Background, not a test",
            text=f"It gives background{on}, not advice on which treatment is best for you.",
        )
    if code == "case_report":
        return Implication(
            title="Not a guide for others",
            text="A single case can raise a question worth studying, but it cannot tell you "
            "what would happen to you.",
        )
    if code in _LINKS:
        return Implication(
            title="What it cannot tell you",
            text="It cannot tell you whether changing one of the things it measured would "
            "change the others for you.",
        )
    if code == "qualitative":
        return Implication(
            title="Views, not a test",
            text="Interviews tell us what people live through and value; they do not show "
            "whether any treatment works.",
        )
    line = sure_line(draft)
    if line and (tested or subject):
        return Implication(title="How sure we can be", text=line)
    return None


def _next_step(draft: Draft) -> Implication:
    what = treatment(draft) or topic(draft)
    on = f" on {what}" if what else ""
    return Implication(
        title="What comes next",
        text=f"Other studies{on} need to find the same before the results can be relied on.",
    )
