"""The `Summary` contract of DESIGN.md, as validated data."""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

NOT_SPECIFIED = "Not specified"

DesignCode = Literal[
    "systematic_review_meta_analysis",
    "systematic_review",
    "scoping_review",
    "narrative_review",
    "rct",
    "non_randomized_trial",
    "prospective_cohort",
    "retrospective_cohort",
    "case_control",
    "cross_sectional",
    "case_series",
    "case_report",
    "qualitative",
    "mixed_methods",
    "animal_study",
    "in_vitro",
    "guideline",
    "protocol",
    "other",
]
DESIGN_CODES: tuple[str, ...] = get_args(DesignCode)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PaperRef(_Strict):
    """The citation part of a summary."""

    title: str
    journal: str = ""
    year: int | None = None
    published: str | None = None
    doi: str = ""
    pmid: str = ""
    pmcid: str = ""


class Evidence(_Strict):
    """Study design in words, its code, its Oxford CEBM 2011 level and a plain meaning."""

    design: str = NOT_SPECIFIED
    design_code: DesignCode = "other"
    level: int | None = Field(default=None, ge=1, le=5)
    meaning: str = ""


class KeyFinding(_Strict):
    """One finding and the indices of the abstract sentences it rests on."""

    text: str
    sources: list[int] = Field(default_factory=list)


class Implication(_Strict):
    """A practical implication: short title and one sentence."""

    title: str
    text: str


class Limitation(_Strict):
    """A limitation stated by the paper or following from its design."""

    text: str
    origin: Literal["paper", "design"]


class GlossaryEntry(_Strict):
    """A term and its plain definition."""

    term: str
    definition: str


class ReadingGrade(_Strict):
    """Flesch-Kincaid grade of the two prose fields."""

    simple_explanation: float
    research_summary: float


class Summary(_Strict):
    """A structured plain-language summary, the keys exactly as DESIGN.md's Summary JSON."""

    paper: PaperRef
    primary_category: str
    categories: list[str]
    simple_explanation: str
    study_duration: str = NOT_SPECIFIED
    participants: str = NOT_SPECIFIED
    participant_count: int | None = None
    population: Literal["humans", "animals", "cells", "none"] | None = None
    evidence: Evidence
    key_findings: list[KeyFinding]
    research_summary: str
    practical_implications: list[Implication]
    limitations: list[Limitation]
    glossary: list[GlossaryEntry] = Field(default_factory=list)
    reading_grade: ReadingGrade
    engine: str
    sentences: list[str]

    def to_json_dict(self) -> dict:
        """The summary as plain JSON-ready data."""
        return self.model_dump(mode="json")
