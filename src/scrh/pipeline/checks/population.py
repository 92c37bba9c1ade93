"""Check `population`: an animal or cell study is summarized as one, with no claims about people."""

from __future__ import annotations

import re
from typing import Literal

from scrh.pipeline.checks.model import Finding
from scrh.pipeline.checks.text import claim_fields, split_sentences
from scrh.pipeline.papers.model import Paper
from scrh.pipeline.summarize.design_rules import ANIMALS
from scrh.pipeline.summarize.model import Summary

Kind = Literal["humans", "animals", "cells", "unknown"]

ANIMAL_WORDS = re.compile(
    rf"\b(?:{ANIMALS}|animals?|porcine|ovine|preclinical)\b",
    re.IGNORECASE,
)
CELL_WORDS = re.compile(
    r"\b(?:in vitro|cell cultures?|cultured (?:cells|neurons)|cell lines?|organoids?|"
    r"laboratory dish|petri dish)\b",
    re.IGNORECASE,
)
HUMAN_STUDY = re.compile(
    r"\b(?:participants?|patients? (?:were|was|with)|enrolled|recruited|volunteers?|"
    r"(?:men|women|adults|children|individuals|people|persons) (?:with|who|were|aged)|"
    r"respondents|interviewees?|case of a)\b",
    re.IGNORECASE,
)
PEOPLE_WORDS = re.compile(
    r"\b(?:people|patients?|humans?|persons?|individuals|men|women|children|adults|you)\b",
    re.IGNORECASE,
)
HEDGES = re.compile(
    r"\b(?:may|might|could|someday|one day|future|eventually|further (?:research|studies|work)|"
    r"not yet|before|whether|hope|potential(?:ly)?|needed|need to|unknown|remains? to be)\b",
    re.IGNORECASE,
)
CLAIMS = re.compile(
    r"\b(?:improv\w*|restor\w*|helps?|helped|works?|cures?|cured|treats?|treated|benefit\w*|"
    r"recover\w*|regain\w*|will|effective|safe|better|walk(?:s|ed)?)\b",
    re.IGNORECASE,
)
_ANIMAL_MESH = {"animals", "rats", "mice", "disease models, animal", "rats, sprague-dawley"}


def study_kind(paper: Paper, summary: Summary | None = None) -> Kind:
    """Whether the paper studied people, animals or cells, from design, MeSH and wording."""
    if summary is not None and summary.evidence.design_code in ("animal_study", "in_vitro"):
        return "animals" if summary.evidence.design_code == "animal_study" else "cells"
    mesh = {m.lower() for m in paper.mesh}
    text = f"{paper.title} {paper.abstract}"
    if HUMAN_STUDY.search(text) or "humans" in mesh:
        return "humans"
    if mesh & _ANIMAL_MESH or len(ANIMAL_WORDS.findall(text)) >= 2:
        return "animals"
    if CELL_WORDS.search(text):
        return "cells"
    return "unknown"


def check_population(paper: Paper, summary: Summary) -> list[Finding]:
    """Flag an animal/cell study summarized without saying so, or with claims about people."""
    kind = study_kind(paper, summary)
    if kind not in ("animals", "cells"):
        return []
    findings = []
    if summary.population not in (None, kind):
        message = f"the paper is a study in {kind}, but population is {summary.population!r}"
        findings.append(Finding("error", "population", message, summary.population or ""))
    marker = ANIMAL_WORDS if kind == "animals" else CELL_WORDS
    if not marker.search(summary.simple_explanation):
        message = f"the simple explanation does not say this was a study in {kind}"
        findings.append(Finding("error", "simple_explanation", message))
    findings += _claims_about_people(summary, marker)
    return findings


def _claims_about_people(summary: Summary, marker: re.Pattern[str]) -> list[Finding]:
    findings = []
    for field_name, text in claim_fields(summary):
        for sentence in split_sentences(text):
            about_people = PEOPLE_WORDS.search(sentence) and CLAIMS.search(sentence)
            if about_people and not (marker.search(sentence) or HEDGES.search(sentence)):
                message = "a claim about people in a summary of a non-human study"
                findings.append(Finding("error", field_name, message, sentence))
    return findings
