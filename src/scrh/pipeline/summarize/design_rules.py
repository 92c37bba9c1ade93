"""Study design codes from publication types, MeSH terms and cue words in the text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from scrh.pipeline.papers.model import Paper

ANIMALS = (
    r"rats?|mice|mouse|murine|rodents?|axolotls?|zebrafish|pigs?|piglets?|swine|minipigs?|"
    r"dogs?|canines?|cats?|felines?|rabbits?|monkeys?|macaques?|primates?|sheep|lampreys?|"
    r"xenopus|tadpoles?|drosophila|flies|larvae|hamsters?|guinea pigs?|ferrets?|goats?"
)
ANIMAL = re.compile(rf"\b({ANIMALS})\b", re.I)
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


@dataclass(frozen=True, slots=True)
class DesignClues:
    """What the design rules look at: title, abstract text, publication types, MeSH."""

    title: str
    text: str
    types: str
    mesh: str


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
            r"(studies|trials)|review included|prisma|"
            r"we (included|identified|retrieved) ([\w-]+,? ){0,4}(studies|trials|rcts)|"
            r"(studies|trials|rcts) (met|fulfilled|satisfied) (the |our )?(inclusion|selection|"
            r"eligibility)|included (in|for) (this|the) review|"
            r"(the )?\d+ included (studies|trials|rcts))\b",
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
    if code == "systematic_review" and re.search(r"\bnarrative review\b", clues.text, re.I):
        return "narrative_review"
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
    animals = len(ANIMAL.findall(text))
    humans = len(_HUMAN_SUBJECTS.findall(text))
    return animals > 0 and animals >= humans
