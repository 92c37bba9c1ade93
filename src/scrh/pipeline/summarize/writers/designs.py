"""What each kind of study does and how far it can be trusted, in plain words.

`{who}` is the studied sample ("them", "these rats"); every line is true of any study of
that design.
"""

from __future__ import annotations

import re

from scrh.pipeline.summarize.writers.draft import Draft

# design code (or a variant with lines of its own): (what was done, how sure we can be)
DESIGNS: dict[str, tuple[str, str]] = {
    "commentary": (
        "The authors comment on research done by others.",
        "A comment like this is expert opinion, not new evidence.",
    ),
    "modelling_study": (
        "The researchers built a computer model from existing numbers to estimate costs and "
        "outcomes.",
        "A model is only as good as the numbers and guesses put into it.",
    ),
    "systematic_review_meta_analysis": (
        "The authors searched for these studies in a set way and combined their results.",
        "A review like this is only as strong as the studies it brings together.",
    ),
    "systematic_review": (
        "The authors searched for these studies in a set way and summed up what they found.",
        "A review like this is only as strong as the studies it brings together.",
    ),
    "scoping_review": (
        "They mapped what these studies have looked at.",
        "A review like this maps what has been studied; it does not test whether a treatment "
        "works.",
    ),
    "narrative_review": (
        "The authors read earlier research and summed up what is known.",
        "This is an overview by experts, not a new test of a treatment, and it does not say how "
        "the studies in it were chosen.",
    ),
    "rct": (
        "They were put into groups by chance, and the groups were then compared.",
        "Putting people into groups by chance makes this a fair test, but one trial is rarely "
        "the final word.",
    ),
    "non_randomized_trial": (
        "The researchers tested a treatment with them and measured how they changed.",
        "People were not put into groups by chance, so other things may explain the changes.",
    ),
    "prospective_cohort": (
        "The researchers followed them over time.",
        "This kind of study can show links, but it cannot prove that one thing causes another.",
    ),
    "retrospective_cohort": (
        "The researchers looked back at existing health records.",
        "This kind of study can show links, but it cannot prove that one thing causes another.",
    ),
    "case_control": (
        "The researchers compared people who had the condition with people who did not.",
        "This kind of study can point to possible causes, but it cannot prove them.",
    ),
    "cross_sectional": (
        "The researchers gathered information from each of them at one point in time.",
        "A snapshot like this can show links, but it cannot show what causes what.",
    ),
    "case_series": (
        "The researchers describe what happened to each of them.",
        "There was no comparison group, so the study cannot show what caused the changes.",
    ),
    "case_report": (
        "The authors describe what happened in this one case.",
        "This is the story of one person, so it cannot show what would happen for others.",
    ),
    "qualitative": (
        "The researchers talked with them about their own experiences and looked for common "
        "themes.",
        "It tells us about people's views and experiences, not whether a treatment works.",
    ),
    "mixed_methods": (
        "The researchers used both numbers and interviews.",
        "It describes what people did and said; it does not prove what works.",
    ),
    "animal_study": (
        "The researchers did their tests in these animals.",
        "Results in animals are often not the same in people.",
    ),
    "in_vitro": (
        "The researchers did their tests on cells in the lab.",
        "Results in cells are often not the same in people.",
    ),
    "guideline": (
        "Experts wrote advice based on the research they reviewed.",
        "Advice like this is only as strong as the research behind it.",
    ),
    "protocol": (
        "This paper sets out the plan for a study.",
        "There are no results yet; they will come in a later paper.",
    ),
    "other": ("", "The abstract does not say clearly what kind of study this was."),
}

# design code: how this kind of study works and what it is for, true of any study of the design
EXPLAINED: dict[str, tuple[str, ...]] = {
    "systematic_review_meta_analysis": (
        "A meta-analysis combines the numbers from several studies.",
        "Together they can give a clearer answer than one study alone.",
    ),
    "systematic_review": (
        "In a systematic review, the authors search for every study on one question.",
        "They use rules that they set before they start.",
    ),
    "scoping_review": (
        "A review like this shows what has been studied on a topic.",
        "It also shows where the gaps are.",
    ),
    "narrative_review": (
        "A review like this can help readers understand a topic.",
        "It can also show which questions are still open.",
    ),
    "rct": (
        "In a trial like this, chance decides which treatment each person gets.",
        "So the groups are alike at the start.",
        "Then a difference at the end is more likely to come from the treatment itself.",
    ),
    "non_randomized_trial": ("A trial like this tests a treatment in a planned way.",),
    "prospective_cohort": (
        "In a study like this, the researchers first record facts about people.",
        "Then they see what happens to them later.",
    ),
    "retrospective_cohort": (
        "Records kept for care were not made for research.",
        "Some facts may be missing or recorded in different ways.",
    ),
    "case_control": (
        "Looking back at what the two groups had in common can point to possible causes.",
    ),
    "case_series": ("Reports on a few patients help doctors notice patterns.",),
    "case_report": (
        "Case reports help doctors notice rare problems.",
        "Doctors can learn from what happened to one patient.",
    ),
    "qualitative": (
        "In a study like this, people's own words are the results, and the researchers group "
        "them into themes.",
    ),
    "mixed_methods": ("People's own words help explain why.",),
    "animal_study": (
        "Animal studies help scientists understand how an injury affects the body.",
        "Animal studies let scientists test ideas before anything is tried in people.",
    ),
    "in_vitro": (
        "Studies with cells help scientists understand how the body works at a small scale.",
        "Studies with cells let scientists test ideas before anything is tried in people.",
    ),
}


def explained(draft: Draft) -> tuple[str, ...]:
    """How this kind of study works, for a reader who has not met it before."""
    if draft.code == "qualitative" and not _THEMES.search(_all_text(draft)):
        return ()  # it asked for views, but the abstract names no themes
    return EXPLAINED.get(draft.code, ())


_THEMES = re.compile(r"\b(interview\w*|focus groups?|themes?|thematic\w*)\b", re.I)
ASKED_FOR_VIEWS = "The researchers asked them for their views."


def _all_text(draft: Draft) -> str:
    return draft.facts.title + " " + " ".join(s.text for s in draft.facts.sentences)


_PILOT = re.compile(r"\b(pilot|feasibility|preliminary|proof[- ]of[- ]concept)\b", re.I)


CROSSOVER = (
    "Each person tried each treatment in turn, in an order set by chance.",
    "Setting the order by chance makes this a fair test, but one trial is rarely the final word.",
)


def is_crossover(draft: Draft) -> bool:
    """A randomised crossover trial: everyone gets each treatment, in an order set by chance."""
    return draft.facts.design.variant == "crossover_rct"


def done_line(draft: Draft) -> str:
    """What was done, in plain words; "them" only when a sentence before says who."""
    if is_crossover(draft):
        return CROSSOVER[0]
    line = DESIGNS.get(_kind(draft), DESIGNS["other"])[0]
    if draft.code == "qualitative" and not _THEMES.search(_all_text(draft)):
        line = ASKED_FOR_VIEWS  # feedback or a survey, not interviews read for themes
    if not (draft.facts.population.description or draft.facts.count.total):
        line = line.replace(" them", " the animals" if draft.animals else " the people studied")
    return line


def sure_line(draft: Draft) -> str:
    """How sure the design lets us be; "" when the line would state a fact the paper does not
    give (no comparison group, groups not formed by chance)."""
    if is_crossover(draft):
        return CROSSOVER[1]
    if draft.code == "case_series" and not no_comparison_group(draft):
        return ""
    if draft.code == "non_randomized_trial" and not declared_not_randomised(draft):
        return ""
    return DESIGNS.get(_kind(draft), DESIGNS["other"])[1]


def _kind(draft: Draft) -> str:
    """The design code, or a variant that has lines of its own (a commentary)."""
    variant = draft.facts.design.variant
    return variant if variant in DESIGNS else draft.code


def no_comparison_group(draft: Draft) -> bool:
    """The facts say the study had no comparison group (not merely that none was named)."""
    return draft.facts.design.controlled is False


def declared_not_randomised(draft: Draft) -> bool:
    """The paper declares a non-randomised design, so its groups were not formed by chance."""
    design = draft.facts.design
    return design.randomised is False and design.declared_in not in ("inferred", "none")


def is_pilot(draft: Draft) -> bool:
    """The paper calls itself a pilot, feasibility or proof-of-concept study."""
    text = draft.facts.title + " " + " ".join(s.text for s in draft.facts.sentences[:6])
    return bool(_PILOT.search(text))
