"""The first item: what this paper's main result could mean for a person with spinal cord
injury, their family or care team, chosen by the kind of question the paper answers and built
from its facts (what was tested or studied, the main result, who and how many). The title
states the point; the sentence never promises more than the study showed."""

from __future__ import annotations

import re

from scrh.pipeline.summarize.model import Implication
from scrh.pipeline.summarize.writers.draft import Draft
from scrh.pipeline.summarize.writers.implications.kinds import Question, question
from scrh.pipeline.summarize.writers.implications.words import (
    about,
    main_result,
    outcome,
    people,
    short,
    tested,
    upper,
)
from scrh.pipeline.summarize.writers.study import species, total_words
from scrh.pipeline.summarize.writers.subject import review_subject, topic

_CLINICAL = frozenset(
    {
        "nerve pain",
        "bladder infections",
        "bladder care",
        "pressure sores",
        "pain",
        "shoulder pain",
        "bone health",
        "mood and mental health",
        "blood pressure control",
        "bowel care",
        "muscle stiffness (spasticity)",
        "muscle spasms",
        "breathing",
        "sex and fertility",
        "pregnancy and childbirth",
        "surgery",
        "walking aids",
    }
)
_LAB = re.compile(
    r"\b(animals?|rats?|mice|mouse|rodents?|pre-?clinical|in vitro|in vivo|experimental "
    r"(models?|studies|research)|laborator\w+)\b",
    re.I,
)


def meaning(draft: Draft) -> Implication | None:
    """What the main result could mean for a reader, or None when the paper's kind of
    question or its facts leave nothing specific to say (the plain result comes first then)."""
    kind: Question = question(draft)
    if kind == "lab":
        return _lab(draft)
    if kind == "protocol":
        return Implication(
            title="No results yet, only a plan",
            text=f"This paper sets out the plan for a study{about(draft)}, so it cannot yet "
            "say whether anything works.",
        )
    if kind == "guideline":
        return Implication(
            title="Expert advice, as strong as its research",
            text=f"This advice{about(draft)} is only as strong as the research behind it.",
        )
    if kind == "overview":
        return _overview(draft)
    if kind == "review":
        return _review(draft)
    if kind == "case":
        return _case(draft)
    if kind == "usability":
        return _usability(draft)
    if kind == "views":
        return _views(draft)
    if kind == "risk":
        return _risk(draft)
    if kind == "link":
        return _link(draft)
    if kind == "helped":
        return _helped(draft)
    if kind == "no_difference":
        return _no_difference(draft)
    return None


def _lab(draft: Draft) -> Implication | None:
    """Lab or animal work: an early step, not a treatment for people yet."""
    kind = species(draft) if draft.animals else "cells in the lab"
    short_kind = species(draft) if draft.animals else "cells"
    what = tested(draft) or review_subject(draft)
    if draft.code in ("systematic_review_meta_analysis", "systematic_review", "scoping_review"):
        studies = draft.facts.count.studies
        written = total_words(draft, studies) if studies else ""
        many = f"{written} studies" if written else "studies"
        of = f" of {what}" if what else about(draft)
        return Implication(
            title=f"Found in {short_kind}, not yet in people",
            text=f"This review{of} brings together {many} in {kind}, so it gives no "
            "treatment for people yet; anything based on it would first have to be tested "
            "in people.",
        )
    if not what:
        subject = topic(draft)
        if not subject:
            return None
        after = "" if re.search(r"injury|spinal cord", subject) else " after spinal cord injury"
        return Implication(
            title="An early step in understanding, not a treatment",
            text=f"This work in {kind} helps scientists understand {subject}{after}; it does not "
            "give people a new treatment now.",
        )
    return Implication(
        title=f"Found in {short_kind}, so no treatment for people yet",
        text=f"{upper(what)} was tried only in {kind} here, so it is not something people "
        "with spinal cord injury can be offered; it would first have to be tested for safety "
        "and benefit in people.",
    )


def _overview(draft: Draft) -> Implication | None:
    """A narrative review: what is known so far, and where the research stands."""
    subject = review_subject(draft) or tested(draft) or topic(draft)
    if not subject:
        return None
    text = " ".join(s.text for s in draft.facts.sentences)
    if _LAB.search(text) and (review_subject(draft) or tested(draft)):
        return Implication(
            title=f"Research on {subject} is still at an early stage",
            text=f"The review brings in research from the lab or in animals, so it does not show "
            f"that {subject} can be offered to people with spinal cord injury today.",
        )
    return Implication(
        title=f"What is known so far on {subject}",
        text=f"This review sums up earlier research on {subject}; it can help you and your "
        "family understand the topic, but it is no new test and cannot say what suits you.",
    )


def _review(draft: Draft) -> Implication:
    """A systematic review: what the studies show together, and how strong that is."""
    studies = draft.facts.count.studies
    total = draft.facts.count.total
    many = total_words(draft, studies) if studies else ""
    crowd = f"{total_words(draft)} people" if total and total != studies else ""
    across = (
        f"across {many} studies" + (f" with {crowd}" if crowd and total_words(draft) else "")
        if many
        else "across the studies"
    )
    what = tested(draft) or review_subject(draft) or topic(draft)
    on = f" on {what}" if what else ""
    conclusion = draft.facts.conclusion
    certainty = conclusion.certainty if conclusion else "tentative"
    first = main_result(draft)
    null = first is not None and first.primary and first.direction == "no_difference"
    if certainty == "uncertain":
        return Implication(
            title=f"The evidence{on} is still too weak to be sure",
            text=f"The authors found the research{on} {across} too weak to give a firm answer, "
            "so this review does not settle the question for you.",
        )
    if null:
        return Implication(
            title=f"No clear benefit{on} across studies",
            text=f"The main result{on} {across} showed no clear difference, so the review gives "
            "no firm reason to expect a change.",
        )
    if certainty == "firm":
        return Implication(
            title=f"Many studies{on} point the same way",
            text=f"Pooling the results {across} gives a sturdier answer than any single study, "
            "which makes this a useful summary to discuss with your care team.",
        )
    return Implication(
        title=f"A pointer{on}, not the final word",
        text=f"The results {across} point one way, but the authors word their conclusion "
        "carefully, so it is a pointer for research and care rather than a firm answer.",
    )


def _case(draft: Draft) -> Implication:
    """One person's story: what it may help others notice, never what will happen to them."""
    subject = topic(draft)
    if subject in _CLINICAL:
        return Implication(
            title=f"One person's story about {subject}, not a forecast",
            text=f"This report may help people and care teams think ahead about {subject}, but "
            "one person's case cannot show what would happen to you.",
        )
    return Implication(
        title="One person's story, not a forecast",
        text=f"This report{about(draft)} tells what happened to one person, so it cannot show "
        "what would happen to others.",
    )


def _usability(draft: Draft) -> Implication:
    """A device or app tried for ease of use: practical, not proof of a health benefit."""
    what = tested(draft) or "the device or program"
    return Implication(
        title=f"{upper(what)} was tested for ease of use, not for health"
        if short(what)
        else "Tested for ease of use, not for health",
        text=f"This study asked how easy {what} was to use; this can guide its makers and "
        "services, but it does not show that it improves health.",
    )


def _views(draft: Draft) -> Implication:
    """People's experiences or views: what services and families could learn from them."""
    who = people(draft)
    subject = topic(draft) or tested(draft)
    on = f" about {subject}" if subject else ""
    of = f"these {who}" if who else "the people in this study"
    return Implication(
        title=f"What services can learn from {who}" if who else "What services can learn",
        text=f"What {of} said{on} can help services and families see what support matters, "
        "though your own experience may differ.",
    )


def _risk(draft: Draft) -> Implication:
    """Risk factors or predictors: knowing them may help watch for a problem early."""
    subject = outcome(draft, main_result(draft)) or topic(draft)
    of = f" for {subject}" if subject else ""
    who = people(draft)
    seen = f"in {who}" if who else "in this study"
    return Implication(
        title=f"Knowing the risks{of} may help spot problems early",
        text="Knowing who is more at risk may help you and your care team watch for problems "
        f"early, but links seen {seen} do not prove a cause.",
    )


def _link(draft: Draft) -> Implication:
    """An observational link: something to keep in mind, not a cause."""
    subject = outcome(draft, main_result(draft)) or topic(draft)
    on = f" with {subject}" if subject else ""
    who = people(draft)
    seen = f"in {who}" if who else "in this study"
    return Implication(
        title=f"A link{on}, not proof of a cause",
        text=f"The links seen {seen} may help care teams know what to keep an eye on, but they "
        "do not show that one thing causes the other.",
    )


def _helped(draft: Draft) -> Implication:
    """A treatment tested in people with a better main result: it may help, said as sure as
    the design allows."""
    what = tested(draft)
    on = outcome(draft, main_result(draft))
    with_ = f" with {on}" if on else ""
    title = (
        f"{upper(what)} may help{with_}"
        if short(what)
        else (f"A possible help{with_}" if on else "A possible benefit")
    )
    thing = what or "the treatment"
    if draft.code == "rct":
        text = (
            f"This trial found a difference{' in ' + on if on else ''} in favour of {thing} "
            "that chance alone is unlikely to explain, so it may help some people."
        )
    else:
        text = (
            f"People did better{' on ' + on if on else ''} after {thing} in this study, which is "
            "an early sign that it may help, not proof."
        )
    return Implication(title=title, text=text)


def _no_difference(draft: Draft) -> Implication:
    """A null main result: no sign of a benefit here, without claiming harm or proof of none."""
    what = tested(draft)
    on = outcome(draft, main_result(draft))
    thing = what or "the treatment tested"
    title = (
        f"No clear sign that {what} helps{' with ' + on if on else ''}"
        if short(what)
        else "No clear benefit shown"
    )
    return Implication(
        title=title,
        text=f"In this study, {thing} made no clear difference{' to ' + on if on else ''}; that "
        "does not prove it never helps, but this study gives no sign that it does.",
    )
