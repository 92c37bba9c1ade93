"""Practical implications and study limitations."""

from __future__ import annotations

import re

from scrh.pipeline.summarize.compose import Context, short_pieces
from scrh.pipeline.summarize.model import NOT_SPECIFIED, Implication, Limitation
from scrh.pipeline.summarize.outcomes import Measure, direction_note

_STATED = re.compile(
    r"\b(limitations?|limited by|small sample|sample size was small|caution|should be "
    r"interpreted|lack of (a )?control|not (randomi[sz]ed|blinded)|selection bias|"
    r"further (research|studies|trials) (is|are) (needed|required|warranted)|larger "
    r"(trials?|studies)|modifications are recommended|low[- ]certainty|low[- ]quality|"
    r"very low|insufficient evidence|uncertain)\b",
    re.I,
)
_SINGLE_CENTRE = re.compile(
    r"\b(single[- ]cent(er|re)|single institution|one (hospital|centre|center|unit|clinic)|"
    r"at a hospital|a single (hospital|unit|site))\b",
    re.I,
)
_DESIGN_LIMITS = {
    "retrospective_cohort": "It looked back at existing records, which can be incomplete.",
    "case_series": "There was no comparison group.",
    "case_report": "It describes one person, so results may not apply to others.",
    "animal_study": "It was done in animals; results in people may differ.",
    "in_vitro": "It was done with cells in the lab; results in people may differ.",
    "narrative_review": "It is a narrative review: the authors did not describe a set way of "
    "finding and judging studies.",
    "cross_sectional": "It looked at one point in time, so it cannot show cause and effect.",
    "qualitative": "It reports the views of a small group, which may not match everyone's.",
    "non_randomized_trial": "People were not put into groups by chance.",
    "systematic_review": "A review is only as strong as the studies it includes.",
    "systematic_review_meta_analysis": "A review is only as strong as the studies it includes.",
    "rct": "One trial needs to be repeated by others before its results are sure.",
    "prospective_cohort": "It can show links, but it cannot prove cause and effect.",
    "other": "The abstract does not say clearly how the study was done.",
}


def limitations(ctx: Context, duration: str) -> list[Limitation]:
    """Limitations the paper states, then those that follow from its design."""
    out = [
        Limitation(text=piece, origin="paper")
        for s in ctx.by_role("conclusion", "results", "methods")
        if _STATED.search(s.text)
        for piece in short_pieces(ctx.plain(s), 30)[:1]
    ][:3]
    for text in _design_limits(ctx, duration):
        if len(out) >= 5:
            break
        out.append(Limitation(text=text, origin="design"))
    return out


def _design_limits(ctx: Context, duration: str) -> list[str]:
    code = ctx.evidence.design_code
    found = [_DESIGN_LIMITS.get(code, _DESIGN_LIMITS["other"])]
    count = ctx.participants.count
    if count is not None and count < 30 and ctx.participants.studies is None and count > 2:
        found.append("The number of people in the study was small.")
    if code == "non_randomized_trial" and ctx.evidence.level == 4:
        found.append("There was no comparison group.")
    text = " ".join(s.text for s in ctx.sentences)
    if _SINGLE_CENTRE.search(text):
        found.append("It was done at a single centre, so results may differ elsewhere.")
    if duration == NOT_SPECIFIED and code in ("rct", "non_randomized_trial", "prospective_cohort"):
        found.append("The abstract does not say how long people were followed.")
    if len(found) < 2:
        found.append("This summary is based on the abstract; the full paper has more detail.")
    return found


def implications(ctx: Context, measures: list[Measure]) -> list[Implication]:
    """2-4 practical implications, each a short title and one sentence."""
    out: list[Implication] = []
    conclusion = [p for s in ctx.by_role("conclusion") for p in short_pieces(ctx.plain(s))]
    if conclusion:
        out.append(Implication(title="What the authors conclude", text=conclusion[0]))
    out.append(Implication(title="How strong the evidence is", text=ctx.evidence.meaning))
    for measure in measures[:1]:
        out.append(
            Implication(title=f"Reading the {measure.concept} scores", text=direction_note(measure))
        )
    if re.search(
        r"\b(larger|further|future|more) (trials?|studies|research)\b",
        " ".join(s.text for s in ctx.sentences),
        re.I,
    ):
        out.append(
            Implication(
                title="What comes next", text="The authors say more or larger studies are needed."
            )
        )
    if len(out) < 2:
        out.append(
            Implication(
                title="Talk with your care team",
                text="Ask your care team whether this research applies to you.",
            )
        )
    return out[:4]
