"""StudyFacts: what one paper says about its own study, each fact citing its sentences.

Facts are data read from the paper: codes, numbers, the paper's own words and the indices of the
abstract sentences they came from. No English prose of ours is written here; the writers build the
summary's sentences from these facts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from scrh.pipeline.summarize.model import DesignCode
from scrh.pipeline.summarize.sentences import Sentence

Sources = tuple[int, ...]
"""Indices into `StudyFacts.sentences`."""

PopulationKind = Literal["humans", "animals", "cells", "none"]
DeclaredIn = Literal[
    "title", "label", "methods", "abstract", "publication_type", "inferred", "none"
]
Direction = Literal["higher", "lower", "better", "worse", "no_difference", "mixed", "unknown"]
Certainty = Literal["firm", "moderate", "tentative", "uncertain"]
DurationKind = Literal["study_period", "intervention", "follow_up", "other"]


@dataclass(frozen=True, slots=True)
class DesignFact:
    """The study's own design, as the paper declares it (reporting guidelines ask for it in the
    title or abstract), never a design the paper mentions as background."""

    code: DesignCode = "other"
    declared_in: DeclaredIn = "none"
    cue: str = ""  # the paper's words that declared it, e.g. "randomized controlled trial"
    randomised: bool | None = None
    controlled: bool | None = None  # a comparison group (control, sham, placebo, usual care)
    sources: Sources = ()
    variant: str = ""  # design-table key when it refines the code: "single_arm_trial", ...


@dataclass(frozen=True, slots=True)
class PopulationFact:
    """Who or what was studied."""

    kind: PopulationKind | None = None
    species: str = ""  # plural noun as the paper has it: "rats", "mice", "people", "patients"
    description: str = ""  # the paper's words for who: "adults with chronic cervical SCI"
    sources: Sources = ()


@dataclass(frozen=True, slots=True)
class CountFact:
    """How many were studied: the whole sample, never one arm, subgroup or follow-up wave."""

    total: int | None = None  # the number the summary reports (enrolled, else analysed)
    enrolled: int | None = None
    analysed: int | None = None
    unit: str = ""  # "people", "rats", "studies", ...
    studies: int | None = None  # reviews: included studies
    pooled: int | None = None  # reviews: participants across the included studies
    sources: Sources = ()


@dataclass(frozen=True, slots=True)
class GroupFact:
    """One arm or comparison group and what it received, in the paper's words."""

    name: str
    size: int | None = None
    received: str = ""
    is_control: bool = False
    sources: Sources = ()


@dataclass(frozen=True, slots=True)
class OutcomeFact:
    """An outcome the study measured and which direction of change is better."""

    name: str  # as the paper names it, e.g. "Visual Analogue Scale (VAS)"
    concept: str = ""  # what it measures, e.g. "pain"
    better: Literal["higher", "lower"] | None = None
    primary: bool = False
    sources: Sources = ()


@dataclass(frozen=True, slots=True)
class DurationFact:
    """How long the study, the treatment or the follow-up lasted, as the paper states it."""

    text: str  # "12 weeks", "January 2015 to December 2021"
    kind: DurationKind = "other"
    sources: Sources = ()


@dataclass(frozen=True, slots=True)
class ResultFact:
    """One result the paper reports."""

    outcome: str = ""  # the outcome it is about, when named
    direction: Direction = "unknown"
    significant: bool | None = None  # None when the paper gives no test
    numbers: tuple[str, ...] = ()  # in usable form: "41 of 100", "30%", "from 6.1 to 3.2"
    primary: bool = False
    sources: Sources = ()


@dataclass(frozen=True, slots=True)
class ConclusionFact:
    """What the authors conclude and how sure they are."""

    certainty: Certainty = "tentative"
    hedges: tuple[str, ...] = ()  # the paper's hedging words: "may", "suggest", "preliminary"
    sources: Sources = ()


@dataclass(frozen=True, slots=True)
class SettingFact:
    """Where and how the data were gathered."""

    centres: Literal["single", "multi"] | None = None
    retrospective: bool | None = None
    country: str = ""
    sources: Sources = ()


@dataclass(frozen=True, slots=True)
class StatedLimitation:
    """A limitation the paper itself states."""

    sources: Sources


@dataclass(frozen=True, slots=True)
class StudyFacts:
    """Everything the writers need about one paper, read once."""

    title: str
    sentences: tuple[Sentence, ...]
    abbreviations: dict[str, str] = field(default_factory=dict)
    aim: Sources = ()  # the sentence(s) stating what the study set out to do
    design: DesignFact = DesignFact()
    population: PopulationFact = PopulationFact()
    count: CountFact = CountFact()
    groups: tuple[GroupFact, ...] = ()
    outcomes: tuple[OutcomeFact, ...] = ()
    duration: tuple[DurationFact, ...] = ()
    setting: SettingFact = SettingFact()
    results: tuple[ResultFact, ...] = ()
    conclusion: ConclusionFact | None = None
    stated_limitations: tuple[StatedLimitation, ...] = ()

    def text(self, sources: Sources) -> str:
        """The cited sentences joined."""
        return " ".join(self.sentences[i].text for i in sources if 0 <= i < len(self.sentences))
