"""Study design, Oxford CEBM 2011 evidence level and a plain one-line meaning."""

from __future__ import annotations

import re
from dataclasses import dataclass

from scrh.pipeline.papers.model import Paper
from scrh.pipeline.summarize.model import NOT_SPECIFIED, Evidence

ANIMALS = (
    r"rats?|mice|mouse|murine|rodents?|axolotls?|zebrafish|pigs?|piglets?|swine|minipigs?|"
    r"dogs?|canines?|cats?|felines?|rabbits?|monkeys?|macaques?|primates?|sheep|lampreys?|"
    r"xenopus|tadpoles?|drosophila|flies|larvae|hamsters?|guinea pigs?|ferrets?|goats?"
)
_ANIMAL = re.compile(rf"\b({ANIMALS})\b", re.I)
_HUMAN = re.compile(
    r"\b(patients?|participants?|people|persons?|individuals?|humans?|adults?|children|men|"
    r"women|volunteers?|veterans?|inpatients?|outpatients?|paraplegics?|tetraplegics?|"
    r"subjects with|caregivers?|clinicians?)\b",
    re.I,
)
_PARTICIPANTS = re.compile(
    r"\b(patients|participants|people|persons|individuals|subjects|volunteers|paraplegics|"
    r"tetraplegics) (with|who|were|received|underwent|completed|participated)\b",
    re.I,
)
_CELLS = re.compile(
    r"\b(in vitro|cell lines?|cultured|cell cultures?|organoids?|iPSCs?|induced pluripotent)\b",
    re.I,
)

# (code, words, level, meaning)
_DESIGNS: dict[str, tuple[str, int | None, str]] = {
    "systematic_review_meta_analysis": (
        "Systematic review with meta-analysis",
        1,
        "A careful pooling of earlier studies on the same question; the strongest kind of evidence "
        "when those studies were good.",
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
        "Experts summing up what is known; useful background, but not a test of a treatment.",
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


@dataclass(frozen=True, slots=True)
class DesignClues:
    """What the design rules look at: title, abstract text, publication types, MeSH."""

    title: str
    text: str
    types: str
    mesh: str


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
    match = _ANIMAL.search(text)
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


_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (code, re.compile(pattern, re.I))
    for code, pattern in (
        ("protocol", r"\b(study protocol|trial protocol|protocol for a|a protocol)\b"),
        ("guideline", r"\b(clinical practice guidelines?|guidelines? for|consensus statement)\b"),
        (
            "systematic_review_meta_analysis",
            r"\b(meta-?analy[sz](is|es|ed)|pooled (mean|odds|risk|analysis|estimate)|network "
            r"meta)\b",
        ),
        (
            "systematic_review",
            r"\b(systematic(ally)? (review|search|literature)|cochrane|we (searched|included) "
            r"\d+ (studies|trials)|(studies|trials) (were|was) included|included \w+ "
            r"(studies|trials)|review included|prisma)\b",
        ),
        ("scoping_review", r"\bscoping review\b"),
        ("case_report", r"\b(case reports?|we (report|present|describe) (a|the) case|a case of)\b"),
        (
            "narrative_review",
            r"\b(narrative review|literature review|review of (the )?literature)\b",
        ),
        ("mixed_methods", r"\bmixed[- ]methods?\b"),
        (
            "qualitative",
            r"\b(qualitative|semi-structured interviews?|focus groups?|thematic analysis|"
            r"content analysis|participatory action research|grounded theory|phenomenolog\w*)\b",
        ),
        (
            "rct",
            r"\b(randomi[sz]ed(,)? (controlled|clinical|crossover|cross-over|placebo|double|"
            r"single|sham|pilot|trial|study)|randomly (assigned|allocated)|were randomi[sz]ed|"
            r"randomi[sz]ation)\b",
        ),
        ("case_control", r"\bcase[- ]control\b"),
        (
            "non_randomized_trial",
            r"\b(non-?randomi[sz]ed|quasi-experimental|single-arm|open-label)",
        ),
        ("prospective_cohort", r"\b(prospective(ly)?|longitudinal cohort|inception cohort)\b"),
        ("cross_sectional", r"\b(cross-sectional|cross sectional|survey|questionnaire study)\b"),
        ("case_series", r"\bcase series\b"),
        (
            "retrospective_cohort",
            r"\b(retrospective(ly)?|(medical|health|hospital|clinical|monitoring) records|"
            r"chart review|registry|database|data were extracted|were extracted)\b",
        ),
    )
)
_REVIEW_WORDS = re.compile(
    r"\b(this (review|manuscript|article|paper) (will )?(reviews?|summari[sz]es|discusses|"
    r"describes|examines|covers|provides|focuses)|we review|comprehensive review|"
    r"(in|this) (this )?review|overview of|review of (past|current|recent|the)|"
    r"will review|is reviewed|are reviewed|discussed)\b",
    re.I,
)
_INTERVENTION = re.compile(
    r"\b(training|intervention|stimulation|therapy|treatment|program(me)?|trial|received|"
    r"implanted|were subjected|exoskeleton)\b",
    re.I,
)


def design_code(paper: Paper, human_count: int | None = None) -> str:
    """One of DESIGN.md's design codes, from publication types, MeSH and the text."""
    clues = DesignClues(
        title=paper.title,
        text=paper.title + " " + paper.abstract,
        types=" ".join(paper.publication_types),
        mesh=" ".join(paper.mesh),
    )
    typed = _from_types(clues.types + " " + clues.mesh)
    if typed:
        return typed
    for code, pattern in _RULES:
        if pattern.search(clues.text):
            return _refine(code, clues, human_count)
    return _fallback(paper, clues, human_count)


def _from_types(types: str) -> str | None:
    """Design from publication types that leave no doubt."""
    table = (
        ("systematic_review_meta_analysis", r"meta-analysis"),
        ("systematic_review", r"systematic review"),
        ("rct", r"randomized controlled trial"),
        ("case_report", r"case reports?"),
        ("guideline", r"practice guideline|^guideline"),
    )
    for code, pattern in table:
        if re.search(pattern, types, re.I):
            return code
    return None


def _refine(code: str, clues: DesignClues, human_count: int | None) -> str:
    """Second looks where a cue word alone can mislead."""
    if code == "systematic_review_meta_analysis" and not re.search(
        r"\b(review|trials|studies)\b", clues.text, re.I
    ):
        return "other"
    if code in ("retrospective_cohort", "prospective_cohort") and _is_animal(clues.text):
        return "animal_study"
    if code == "retrospective_cohort" and not re.search(
        r"\b(associat\w+|risk factors?|predict\w*|compar\w+|odds|outcomes?|incidence|"
        r"improve\w*)\b",
        clues.text,
        re.I,
    ):
        return "case_series"
    if code == "narrative_review" and human_count == 1:
        return "case_report"
    return code


def _fallback(paper: Paper, clues: DesignClues, human_count: int | None) -> str:
    """Design from the kind of subjects and the shape of the work when no cue word names it."""
    if _is_animal(clues.text):
        return "animal_study"
    if _CELLS.search(clues.text) and not _HUMAN.search(clues.text):
        return "in_vitro"
    if _REVIEW_WORDS.search(clues.text) or re.search(r"\breview\b", clues.types, re.I):
        return "narrative_review"
    if human_count == 1:
        return "case_report"
    if human_count == 2:
        return "case_series"
    if re.search(r"\bobservational\b", clues.text, re.I):
        return "cross_sectional"
    if _PARTICIPANTS.search(clues.text) and _INTERVENTION.search(paper.abstract):
        return "non_randomized_trial"
    return "other"


_HUMAN_SUBJECTS = re.compile(
    r"\b(patients?|participants?|people|persons?|humans?|individuals?|volunteers?)\b",
    re.I,
)


def _is_animal(text: str) -> bool:
    """More animal than human words: the work was done in animals."""
    animals = len(_ANIMAL.findall(text))
    humans = len(_HUMAN_SUBJECTS.findall(text))
    return animals > 0 and animals >= humans
