"""Limitations: the paper's own first, then those that follow from its design, each true for
this study (the right unit for animals, no "no comparison group" for a controlled trial, "small"
only below a stated count)."""

from __future__ import annotations

import re

from scrh.pipeline.summarize.model import Limitation
from scrh.pipeline.summarize.writers.designs import declared_not_randomised, no_comparison_group
from scrh.pipeline.summarize.writers.draft import Draft
from scrh.pipeline.summarize.writers.study import NO_SAMPLE, REVIEWS, species, total_words

SMALL_PEOPLE = 30
FEW_STUDIES = 5
_STATED_KINDS = (
    (
        re.compile(
            r"\bsmall (sample|number|study|cohort|group)|sample size|few (participants|patients)",
            re.I,
        ),
        "{small}",
    ),
    (
        re.compile(r"\b(very )?low[- ](quality|certainty)\b", re.I),
        "The authors rated the evidence as low in quality or certainty.",
    ),
    (
        re.compile(r"\brisk of bias|\bbias\b", re.I),
        "The authors point to a risk of bias, which makes the results less sure.",
    ),
    (
        re.compile(r"\bheterogene\w+", re.I),
        "The studies differed a lot from each other, which makes them harder to combine.",
    ),
    (
        re.compile(r"\bcaution\b", re.I),
        "The authors say the results should be read with caution.",
    ),
    (
        re.compile(r"\bself-report\w*", re.I),
        "Some results rest on what people reported about themselves, which can be inexact.",
    ),
)
_SINGLE_CENTRE = re.compile(
    r"\b(single[- ]cent(er|re)|single institution|one (hospital|centre|center|unit|clinic)|"
    r"a single (hospital|unit|site))\b",
    re.I,
)
_LINKS = "It can show links, but it cannot prove cause and effect."


def limitations(draft: Draft) -> list[Limitation]:
    """2-5 limitations: the paper's own first, then the design's."""
    out: list[Limitation] = []
    for text in stated(draft):
        if len(out) < 3 and all(text != o.text for o in out):
            out.append(Limitation(text=text, origin="paper"))
    for text in from_design(draft):
        if len(out) >= 5:
            break
        if all(text != o.text for o in out):
            out.append(Limitation(text=text, origin="design"))
    return out


def _unit(draft: Draft) -> str:
    if draft.code in REVIEWS:
        return "studies"
    return species(draft) if draft.animals else "people"


def stated(draft: Draft) -> list[str]:
    """The limits the paper states: its own sentence in plain form when that passes the
    guard, else a plain line for the kind of limit it names."""
    out = []
    for limit in draft.facts.stated_limitations:
        for index in limit.sources:
            text = draft.plain(index, max_words=32, max_grade=12, strict=False)
            if not text:
                text = _kind_line(draft, draft.facts.sentences[index].text)
            if text:
                out.append(text)
    return out


def _kind_line(draft: Draft, sentence: str) -> str:
    for pattern, line in _STATED_KINDS:
        if pattern.search(sentence):
            small = (
                "The authors say only a few studies could be included."
                if draft.code in REVIEWS
                else f"The authors say the number of {_unit(draft)} studied was small."
            )
            return line.format(small=small)
    return ""


def from_design(draft: Draft) -> list[str]:
    """Limits that follow from the design and the facts, true for this study."""
    code = draft.code
    facts = draft.facts
    total = facts.count.total
    found: list[str] = []
    if draft.animals:
        found.append(f"It was done in {species(draft)}; results in people may differ.")
    elif draft.cells:
        found.append("It was done with cells in the lab; results in people may differ.")
    elif code == "retrospective_cohort":
        found.append("It looked back at existing records, which can be incomplete.")
        found.append(_LINKS)
    elif code == "prospective_cohort" or code == "case_control":
        found.append(_LINKS)
    elif code == "cross_sectional":
        found.append("It looked at one point in time, so it cannot show cause and effect.")
    elif code == "case_series":
        if no_comparison_group(draft):
            found.append(
                "There was no comparison group, so it cannot show what caused the changes."
            )
    elif code == "case_report":
        found.append("It describes one person, so the results may not apply to others.")
    elif code == "qualitative":
        who = f"{total_words(draft)} people" if total_words(draft) else "a small group"
        found.append(f"It reports the views of {who}, which may not match everyone's.")
    elif code == "mixed_methods":
        found.append("It describes what people did and said; it cannot prove what works.")
    elif code == "non_randomized_trial":
        if no_comparison_group(draft):
            found.append(
                "There was no comparison group chosen by chance, so other things may explain "
                "the changes."
            )
        elif declared_not_randomised(draft):
            found.append("People were not put into groups by chance.")
    elif code == "rct":
        found.append("One trial needs to be repeated by others before its results are sure.")
    elif code in REVIEWS:
        found.append("A review is only as strong as the studies it includes.")
    elif code == "narrative_review":
        found.append(
            "It is a narrative review, so the authors did not describe a set way of finding and "
            "judging studies."
        )
    elif code == "protocol":
        found.append("It is a plan for a study and reports no results yet.")
    elif code == "guideline":
        found.append("Advice is only as strong as the research behind it.")
    else:
        found.append("The abstract does not say clearly how the study was done.")
    humans = facts.population.kind == "humans" and not draft.animals
    if (
        humans
        and code not in REVIEWS + NO_SAMPLE
        and total
        and 2 < total < SMALL_PEOPLE
        and total_words(draft)
    ):
        found.append(
            f"Only {total_words(draft)} people took part, so chance could explain some results."
        )
    studies = facts.count.studies
    if code in REVIEWS and studies and studies < FEW_STUDIES and total_words(draft, studies):
        found.append(
            f"Only {total_words(draft, studies)} studies were found, so the evidence is thin."
        )
    text = " ".join(s.text for s in facts.sentences)
    if _SINGLE_CENTRE.search(text) and code not in REVIEWS + NO_SAMPLE:
        found.append("It was done at a single centre, so results may differ elsewhere.")
    if not facts.duration and code in ("rct", "non_randomized_trial", "prospective_cohort"):
        who = "the animals were" if draft.animals else "people were"
        found.append(f"The abstract does not say how long {who} followed.")
    unit = "animals" if draft.animals else "people"
    if len(found) < 2 and facts.count.total is None and code not in REVIEWS + NO_SAMPLE:
        found.append(f"The abstract does not say how many {unit} took part.")
    if len(found) < 2:
        found.append("The abstract leaves out details of how the study was done.")
    if len(found) < 2:
        found.append("One study needs to be repeated by others before its results are sure.")
    return found
