"""Lines that bring a short simple explanation up to length, each from this paper: what was
measured, how to read its scales, plain definitions of its terms and its own background."""

from __future__ import annotations

import re

from scrh.pipeline.summarize.glossary import rare_words
from scrh.pipeline.summarize.outcomes import find_measures
from scrh.pipeline.summarize.writers.draft import Draft
from scrh.pipeline.summarize.writers.findings import MAX_WORDS, is_fragment
from scrh.pipeline.summarize.writers.study import NO_SAMPLE, REVIEWS, case_person

_SCOPE = re.compile(
    r"\b(this (paper|review|article|work|report)|we (present|provide|discuss|review|describe|"
    r"summari[sz]e|highlight|focus|outline|explore)|(it|also) (discusses|summari[sz]es|"
    r"reviews|describes|highlights|seeks))\b",
    re.I,
)


def methods(draft: Draft) -> list[tuple[int, str]]:
    """What this study did, from its methods sentences in plain form (for a review, what it
    covers): (sentence index, text). Sentences that gave the count, the population or the
    length are left out, since our own lines tell those."""
    facts = draft.facts
    told = {i for d in facts.duration for i in d.sources}
    if draft.code != "case_report":  # a case report's sentence on the person tells the case
        told |= {*facts.count.sources, *facts.population.sources}
    elif (person := case_person(draft)) and person[2]:  # unless the line on who it is about
        told.add(person[1])  # told all of it already
    out = []
    for sentence in facts.sentences:
        if sentence.index in told or sentence.index in facts.aim:
            continue
        scope = draft.code in NO_SAMPLE and _SCOPE.search(sentence.text)
        case = draft.code == "case_report" and "case" in (sentence.label or "").lower()
        if sentence.role != "methods" and not (scope or case):
            continue
        text = draft.plain(sentence.index, max_words=28, max_grade=12) or draft.plain(
            sentence.index, max_words=30, max_grade=16
        )
        if text and not is_fragment(text):  # "Factors associated with mood." is a heading
            out.append((sentence.index, text))
    return out[:3]


_DESCRIBES = re.compile(
    r"\b(?:was|were|is|are|has been|have been)\s+(?:specifically\s+)?"
    r"(?:developed|designed|created|built|made)\s+(?:to|for|as)\b"
)


def described(draft: Draft) -> list[tuple[int, str]]:
    """What the thing this study tested or built is for, as the paper describes it ("The
    iMHere system was developed to support self-management"): (sentence index, text)."""
    out = []
    for sentence in draft.facts.sentences:
        if sentence.role not in ("background", "methods") or sentence.index in draft.facts.aim:
            continue
        if _DESCRIBES.search(sentence.text):  # the tool's name may keep a few hard words
            text = draft.plain(sentence.index, max_words=28, max_grade=18, max_rare=4)
            if text:
                out.append((sentence.index, text))
    return out[:1]


_CARE_GIVEN = re.compile(
    r"\b(?:was|were)\s+(?:\w+\s+){0,2}?(?:administered|given|started|performed|implanted|"
    r"inserted|prescribed|treated|managed|placed|used|applied|carried out)\b"
    r"|\b(?:underwent|received)\b",
    re.I,
)


def case_care(draft: Draft) -> list[tuple[int, str]]:
    """What was done for the person in a case report ("Spinal anaesthesia with a low dose of
    ropivacaine was given along with dexmedetomidine for sedation."): the first sentence of
    the case that tells care given, in plain form; (sentence index, text)."""
    if draft.code != "case_report":
        return []
    facts = draft.facts
    for sentence in facts.sentences:
        if sentence.role in ("background", "conclusion") or sentence.index in facts.aim:
            continue
        if sentence.index in facts.population.sources or sentence.index in facts.count.sources:
            continue  # the line on who the case is about tells that sentence
        if _CARE_GIVEN.search(sentence.text):
            # the form the key findings ask for (one parse per summary, the same wording)
            text = draft.plain(sentence.index, max_words=MAX_WORDS, max_grade=22.0, strict=False)
            if not text or len(text.split()) > 28 or draft.grade([text]) > 14:
                # a long sentence: its first whole clause ("At 38 weeks, she was in early
                # labour, and an epidural tube was placed")
                text = draft.plain(sentence.index, max_words=28, max_grade=14, max_rare=3)
            if not text or len(rare_words(text)) > 3:
                return []
            return [(sentence.index, text)]
    return []


def measured(draft: Draft) -> list[str]:
    """ "They measured pain, walking speed and quality of life." """
    if draft.code in ("case_report", "narrative_review", "guideline"):
        return []  # a case tells what happened, an overview what is known: nothing measured
    # a measure named only where the people are described ("8 people with SCI (AIS A-C)")
    # describes them; it was not an outcome
    described = set(draft.facts.count.sources)
    concepts = list(
        dict.fromkeys(
            re.sub(r"\s*\([^()]*\)", "", o.concept)
            for o in draft.facts.outcomes
            if o.concept and not (o.sources and set(o.sources) <= described)
        )
    )[:3]
    if not concepts:
        return []
    # "leg strength and how complete the injury is": a clause reads better last
    concepts.sort(key=lambda c: bool(re.match(r"(how|whether|what|which|why)\b", c)))
    joiner = ", as well as " if any(" and " in c for c in concepts) else " and "
    listed = concepts[0] if len(concepts) == 1 else ", ".join(concepts[:-1]) + joiner + concepts[-1]
    subject = "The studies in the review" if draft.code in REVIEWS else "The researchers"
    verb = "will measure" if draft.code == "protocol" else "measured"
    return [f"{subject} {verb} {listed}."]


GRADED = re.compile(r"\b(?:grades?|AIS|ASIA|Frankel)\b")


def grade_note(draft: Draft) -> str:
    """How to read the grades of a scale the paper names ("The injury grade runs from A,
    …"), or ""."""

    def note() -> str:
        text = " ".join(s.text for s in draft.facts.sentences)
        return next((m.note for m in find_measures(text) if m.note), "")

    return draft.remember("grade note", note)


def scale_notes(draft: Draft) -> list[str]:
    """How to read the scores of the instruments the paper names."""
    text = " ".join(s.text for s in draft.facts.sentences)
    out = []
    for measure in find_measures(text)[:2]:
        concept = re.sub(r"\s*\([^()]*\)", "", measure.concept)
        # what a higher score means, not which is "better": less stiffness is not always
        # wanted (spasticity can help a person stand)
        if measure.better in ("lower", "higher") and measure.range is not None:
            if re.match(r"(?:how|what|whether|which|why)\b", concept):
                continue
            out.append(
                f"The {measure.name} measures {concept}; a higher score means more {concept}."
            )
    return out


def background(draft: Draft) -> list[str]:
    """The paper's first background sentences in plain form (not one that gave the count:
    the line on who was studied tells it)."""
    out = []
    for sentence in draft.facts.sentences[:3]:
        if sentence.role == "background" and sentence.index not in draft.facts.count.sources:
            text = draft.plain(sentence.index, max_words=24, max_grade=9)
            if text:
                out.append(text)
    return out[:2]


def setting_lines(draft: Draft) -> list[str]:
    """Where the study was done, as the paper states it: "It took place in China, at
    several centres." (reviews and lab work have no setting of their own)."""
    setting = draft.facts.setting
    if draft.code in REVIEWS or draft.animals or draft.cells:
        return []
    if draft.facts.design.variant in ("modelling_study", "commentary"):
        return []  # a model's data, or the research commented on, came from elsewhere
    where = f" in {setting.country}" if setting.country else ""
    centres = {"single": ", at one centre", "multi": ", at several centres"}.get(
        setting.centres or "", ""
    )
    if not (where or centres):
        return []
    verb = "will take" if draft.code == "protocol" else "took"
    return [f"It {verb} place{where}{centres if where else centres[1:]}."]
