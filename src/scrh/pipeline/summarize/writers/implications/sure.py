"""How sure we can be, told from this study's own design and count ("a fair trial of 60
people", "an early test in 14 people with no comparison group"), and the one care-team line,
given only when a treatment was tested in people and helped."""

from __future__ import annotations

import re

from scrh.pipeline.summarize.model import Implication
from scrh.pipeline.summarize.writers.designs import (
    declared_not_randomised,
    is_crossover,
    is_pilot,
)
from scrh.pipeline.summarize.writers.draft import Draft
from scrh.pipeline.summarize.writers.implications.kinds import Question, question
from scrh.pipeline.summarize.writers.implications.words import (
    few,
    people,
    short,
    tested,
    upper,
)
from scrh.pipeline.summarize.writers.limitations import count_missing
from scrh.pipeline.summarize.writers.lines import SMALL_SAMPLE
from scrh.pipeline.summarize.writers.study import total_words
from scrh.pipeline.summarize.writers.subject import one_arm, topic


def sure(draft: Draft) -> Implication | None:
    """How far this study's result carries, or None when the first item already says it
    (lab work, one person) or the design gives nothing specific."""
    kind: Question = question(draft)
    if kind in ("helped", "no_difference", "tested"):
        return _trial(draft)
    if kind in ("risk", "link"):
        return _links(draft)
    if kind == "views":
        who = people(draft)
        return Implication(
            title=f"Based on what {who} said" if who else "Based on what people said",
            # no topic: the title's may not be what people spoke about (a website's design)
            text=f"These are the views of {who or 'people in this study'}; they show what "
            "matters to them, not whether any care works.",
        )
    if kind == "usability":
        return _early(draft)
    if kind == "review":
        return _review(draft)
    return None


def _trial(draft: Draft) -> Implication | None:
    if draft.code == "rct":
        return _fair(draft)
    return _early(draft)


def _fair(draft: Draft) -> Implication:
    who = people(draft)
    group = f"The {who}" if who else "People"
    if is_crossover(draft):
        how = f"{group} each tried every option in an order set by chance, which is fair"
    else:
        how = f"{group} were put into groups by chance, which is fair"
    if few(draft):
        return Implication(
            title=f"A fair but small trial of {who}",
            text=f"{how}, but a bigger trial is needed to be sure.",
        )
    return Implication(
        title=f"One fair trial of {who}" if who else "One fair trial",
        text=f"{how}, but other trials need to find the same.",
    )


def _early(draft: Draft) -> Implication | None:
    """A study without groups formed by chance: its count, its comparison (or none), and
    that a bigger study is needed when it was small."""
    who = people(draft)
    alone = one_arm(draft)
    apart = declared_not_randomised(draft)
    if is_pilot(draft):
        size = f" with {who}" if who else ""
        why = (
            ", with no comparison group"
            if alone
            else (", and its groups were not formed by chance" if apart else "")
        )
        return Implication(
            title=f"A first, small step{size}",
            text=f"This pilot study{size} was a first try{why}; bigger studies must show whether "
            "it works.",
        )
    if few(draft):
        also = (
            " and there was no comparison group"
            if alone
            else (" and the groups were not formed by chance" if apart else "")
        )
        return Implication(
            title=f"An early test in only {who}",
            text=f"Only {who} took part{also}, so a bigger study is needed to be sure.",
        )
    if alone:
        return Implication(
            title="No comparison group, so not proof",
            text=f"With no comparison group, other things could explain the changes seen in "
            f"{who or 'this study'}.",
        )
    if apart:
        return Implication(
            title="Groups not formed by chance",
            text="The groups were not formed by chance, so they may have differed from the start.",
        )
    untested = question(draft) != "no_difference" and not draft.facts.design.controlled
    if untested and count_missing(draft):
        return Implication(
            title="An early sign, not proof",
            text="The abstract describes no comparison group and does not say how many "
            "people took part, so this is an early sign, not proof that it works.",
        )
    return None


def _links(draft: Draft) -> Implication:
    code = draft.code
    who = people(draft)
    country = draft.facts.setting.country
    where = f" in {country}" if country else ""
    if code == "retrospective_cohort":
        source = f"the records of {who}{where}" if who else f"past records{where}"
        return Implication(
            title="Based on past records, so links only",
            text=f"This study looked back at {source}, so it shows links, not causes.",
        )
    of = f" of {who}" if who else ""
    if code == "case_series":  # a description of a group, not a comparison
        risk = question(draft) == "risk"
        return Implication(
            title=f"A description of {who}, not a test" if who else "A description, not a test",
            text=f"This study describes what happened to {who or 'a group of people'}{where}; "
            + (
                "it can point to risks, but it is not proof of a cause."
                if risk
                else "it cannot show whether the same would hold for others."
            ),
        )
    if code == "cross_sectional":
        return Implication(
            title="One point in time, so links only",
            text=f"This snapshot{of}{where}{_on(draft)} was taken at one time, so it shows links, "
            "not causes.",
        )
    return Implication(
        title="A link is not proof of a cause",
        text=f"This study{of}{where}{_on(draft)} can show links, not causes.",
    )


# what the review's own abstract says weakens its answer, first match wins
_REVIEW_LIMITS = tuple(
    (re.compile(pattern, re.I), line)
    for pattern, line in (
        (
            r"\b(very low|low)[- ](certainty|quality)\b",
            "The authors rate much of the evidence as low in certainty, so new studies could "
            "change the answer.",
        ),
        (
            r"\b(high|unclear) risk of bias\b",
            "The authors found that many of the studies had flaws, so the answer is less sure.",
        ),
        (
            r"\b(heterogeneity|inconsistent|differed widely)\b",
            "The results of the studies differed from each other, so the answer is less sure.",
        ),
        (
            r"\bsmall (number of )?(studies|trials|samples?)\b|\bfew (studies|trials)\b",
            "The studies were few or small, so the answer is less sure.",
        ),
    )
)


def _on(draft: Draft, word: str = " on") -> str:
    subject = topic(draft)
    return f"{word} {subject}" if subject else ""


def _review(draft: Draft) -> Implication | None:
    studies = draft.facts.count.studies
    many = total_words(draft, studies) if studies else ""
    if not many:
        return None
    total = draft.facts.count.total
    crowd = f" with {total_words(draft)} people" if total and total != studies else ""
    if total and total != studies and not total_words(draft):
        crowd = ""
    text = " ".join(s.text for s in draft.facts.sentences)
    why = next((line for pattern, line in _REVIEW_LIMITS if pattern.search(text)), "")
    return Implication(
        title=f"Based on {many} studies{crowd}",
        text=why
        or f"A review is only as sure as its {many} studies; small or mixed studies "
        "would make it less certain.",
    )


def care(draft: Draft) -> Implication | None:
    """Something to ask the care team about: only a treatment tested in people, in a trial
    with groups formed by chance, whose main result was better."""
    what = tested(draft)
    total = draft.facts.count.total or 0
    if not short(what, 8):
        what = ""  # a long name reads hard in a question to ask
    if question(draft) != "helped" or draft.code != "rct" or not what or is_pilot(draft):
        return None
    small = total < SMALL_SAMPLE
    caveat = (
        "one small trial is not proof that it helps everyone"
        if small
        else "one trial is not proof that it helps everyone"
    )
    return Implication(
        title=f"{upper(what)} is something to ask about"
        if short(what)
        else "Something to ask your care team about",
        text=f"You could ask your care team if {what} is offered and would suit you; {caveat}.",
    )
