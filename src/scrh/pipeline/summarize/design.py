"""Study design, Oxford CEBM 2011 evidence level and a plain one-line meaning."""

from __future__ import annotations

import re

from scrh.pipeline.papers.model import Paper
from scrh.pipeline.summarize.design_rules import ANIMAL, design_code
from scrh.pipeline.summarize.model import NOT_SPECIFIED, Evidence

# (code, words, level, meaning)
_DESIGNS: dict[str, tuple[str, int | None, str]] = {
    "systematic_review_meta_analysis": (
        "Systematic review with meta-analysis",
        1,
        "A careful combination of earlier studies on the same question; the strongest kind of "
        "evidence when those studies were good.",
    ),
    "systematic_review": (
        "Systematic review",
        1,
        "A careful search and summary of earlier studies on one question; strong evidence when "
        "those studies were good.",
    ),
    "scoping_review": (
        "Scoping review",
        None,
        "A map of what has been studied on a topic; it does not test whether a treatment works.",
    ),
    "narrative_review": (
        "Narrative review",
        5,
        "Experts describing what is known; useful background, but not a test of a treatment.",
    ),
    "rct": (
        "Randomized controlled trial",
        2,
        "People were put into groups by chance, which is the fairest way to test a treatment.",
    ),
    "non_randomized_trial": (
        "Non-randomized clinical trial",
        3,
        "A treatment was tested without putting people into groups by chance, so other things "
        "may explain the results.",
    ),
    "prospective_cohort": (
        "Prospective cohort study",
        3,
        "A group of people was followed over time; it can show links but not prove cause.",
    ),
    "retrospective_cohort": (
        "Retrospective cohort study",
        3,
        "A study that looked back at hospital records; it can show links but not prove cause.",
    ),
    "case_control": (
        "Case-control study",
        4,
        "People with a condition were compared with people without it; it can hint at causes "
        "but not prove them.",
    ),
    "cross_sectional": (
        "Cross-sectional study",
        4,
        "A snapshot of a group at one point in time; it shows links, not cause and effect.",
    ),
    "case_series": (
        "Case series",
        4,
        "A description of a few patients with no comparison group; an early signal only.",
    ),
    "case_report": (
        "Case report",
        4,
        "The story of a single patient; it can raise ideas but cannot show what works for others.",
    ),
    "qualitative": (
        "Qualitative study",
        None,
        "People were asked about their experiences in their own words; it shows views, not "
        "whether a treatment works.",
    ),
    "mixed_methods": (
        "Mixed-methods study",
        None,
        "Numbers and people's own words were combined; it describes but does not prove what works.",
    ),
    "animal_study": (
        "Animal study",
        5,
        "This was done in animals; it has not yet been tested in people.",
    ),
    "in_vitro": (
        "Laboratory study of cells",
        5,
        "This was done with cells in a dish; it has not yet been tested in people.",
    ),
    "guideline": (
        "Clinical guideline",
        None,
        "Advice written by experts for doctors and patients, based on the research they reviewed.",
    ),
    "protocol": (
        "Study protocol",
        None,
        "A plan for a study that has not reported results yet.",
    ),
    "other": (NOT_SPECIFIED, None, "The paper does not say clearly what kind of study it is."),
}
_COMMENTARY = re.compile(r"\b(insight|editorial|comment(ary)?|letter|perspective|opinion)\b", re.I)


def evidence_for(paper: Paper, human_count: int | None = None) -> Evidence:
    """The study design, its CEBM level and plain meaning, from the paper's own words."""
    code = design_code(paper, human_count)
    words, level, meaning = _DESIGNS[code]
    if code == "other" and _COMMENTARY.search(" ".join(paper.publication_types)):
        return Evidence(
            design="Commentary",
            design_code="other",
            level=5,
            meaning="An expert's comment on other research; it is opinion, not new evidence.",
        )
    if code == "non_randomized_trial" and not _controlled(paper.abstract):
        level = 4
        meaning = (
            "A treatment was tried without a comparison group, so the results cannot show it "
            "caused the changes."
        )
    if code == "animal_study":
        meaning = _animal_meaning(paper.title + " " + paper.abstract) or meaning
    return Evidence(design=words, design_code=code, level=level, meaning=meaning)  # type: ignore[arg-type]


def _animal_meaning(text: str) -> str:
    match = ANIMAL.search(text)
    if not match:
        return ""
    word = match.group(1).lower()
    plural = {"mouse": "mice", "murine": "mice", "rat": "rats", "rodent": "rodents"}.get(word, word)
    if not plural.endswith("s") and plural not in ("mice", "sheep", "swine", "xenopus"):
        plural += "s"
    return f"This was done in {plural}; it has not yet been tested in people."


_CONTROL = re.compile(
    r"\b(control (group|condition|arm)|controls\b|compared (with|to)|versus|vs\.?|either\b|alone\b|"
    r"two groups|sham|placebo|usual care|standard care)",
    re.I,
)


def _controlled(text: str) -> bool:
    return bool(_CONTROL.search(text))
