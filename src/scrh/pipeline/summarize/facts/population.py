"""Who or what was studied: people, animals (and which species), cells, or no sample."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from scrh.pipeline.summarize.facts.model import PopulationFact
from scrh.pipeline.summarize.facts.own import is_own
from scrh.pipeline.summarize.facts.words import (
    animal_pattern,
    cell_pattern,
    human_pattern,
    species_plural,
)
from scrh.pipeline.summarize.numbers import reader_numbers
from scrh.pipeline.summarize.sentences import Sentence

NO_SAMPLE = frozenset(
    {"narrative_review", "guideline", "protocol", "commentary", "modelling_study"}
)


@dataclass(frozen=True, slots=True)
class Subjects:
    """What the study's own sentences are about, before the design is known."""

    kind: str | None  # "humans" | "animals" | "cells" | None
    species: str = ""
    sources: tuple[int, ...] = ()
    also: str = ""  # a second population used only to check the first: "rats"


# an animal experiment that only checks what the human data showed
_VALIDATION = re.compile(
    r"\b(validat\w*|confirm\w*|verif\w*|replicat\w*|corroborat\w*|reproduc\w*|"
    r"translat\w* (back )?(in|into|to)|cross-species|conserved)\b",
    re.I,
)
_HOPE = re.compile(r"\b(may|might|could|would|future|potential(ly)?)\b", re.I)
# people who took part: the study's participants or patients, not "human tissue" or "human data"
_PARTICIPANTS = re.compile(
    r"\b(patients|participants|persons|people|individuals|adults|subjects|respondents|"
    r"volunteers|men|women|children|veterans|cases)\b",
    re.I,
)


def find_subjects(title: str, sentences: list[Sentence], mesh: tuple[str, ...] = ()) -> Subjects:
    """Animals when species words are the subjects of the title or of the study's own sentences
    at least as often as people (an animal study that also uses cells is an animal study); cells
    when only cell-culture words are; people when people are named; otherwise unknown.
    Background sentences are left out: animal papers open with how many people have SCI."""
    study = [s for s in sentences if is_own(s)] or [s for s in sentences if s.role != "other"]
    animals: Counter[str] = Counter()
    humans = 0
    cells = 0
    animal_sources: list[int] = []
    human_sources: list[int] = []
    cell_sources: list[int] = []
    title_animals = [m.group(1) for m in animal_pattern().finditer(title)]
    animals.update(species_plural(w) for w in title_animals)
    title_humans = len(human_pattern().findall(title))
    for sentence in study:
        found = [m.group(1) for m in animal_pattern().finditer(sentence.text)]
        if found:
            animals.update(species_plural(w) for w in found)
            animal_sources.append(sentence.index)
        people = len(human_pattern().findall(sentence.text))
        if people:
            humans += people
            human_sources.append(sentence.index)
        if cell_pattern().search(sentence.text):
            cells += 1
            cell_sources.append(sentence.index)
    total_animals = sum(animals.values())
    if total_animals and _in_culture_only(title, study):
        return Subjects("cells", "cells", tuple(cell_sources[:3] or animal_sources[:3]))
    if _animals_only_validate(study, animal_sources, human_sources) and not (
        title_animals and not title_humans
    ):
        species = animals.most_common(1)[0][0]
        return Subjects("humans", "people", tuple(human_sources[:3]), also=species)
    if title_animals and not title_humans or total_animals and total_animals >= humans:
        species = animals.most_common(1)[0][0]
        return Subjects("animals", species, tuple(animal_sources[:3]))
    if cells and cells >= len(human_sources) and not title_humans:
        return Subjects("cells", "cells", tuple(cell_sources[:3]))
    if humans or title_humans:
        return Subjects("humans", "people", tuple(human_sources[:3]))
    if "Animals" in mesh and "Humans" not in mesh:  # indexers' check tags, when words say nothing
        return Subjects("animals", "animals")
    return Subjects(None)


_IN_CULTURE = re.compile(r"\b(in vitro|cultured|cultures?|cell lines?|explants?)\b", re.I)
_LIVE_ANIMAL = re.compile(
    r"\b(in vivo|contusion|transection|hemisection|compression injur\w*|crush\w*|"
    r"(?:were|was) (?:injured|implanted|transplanted|treated|trained)|received an? \w+ injur\w*|"
    r"injury (?:was|were) induced|behaviou?r\w*|locomot\w*|BBB|Basso|open field|gait|walking)\b",
    re.I,
)


def _in_culture_only(title: str, study: list[Sentence]) -> bool:
    """Cells from animals grown in the lab ("neurons from adult rats were cultured"), with no
    injury, treatment or behaviour of live animals: a lab study of cells."""
    text = " ".join([title, *(s.text for s in study)])
    return bool(_IN_CULTURE.search(text)) and not _LIVE_ANIMAL.search(text)


def _animals_only_validate(
    study: list[Sentence], animal_sources: list[int], human_sources: list[int]
) -> bool:
    """People are the study's participants or patients (named in more sentences than the
    animals), and every sentence naming animals says they checked a result ("We validated
    the finding in rats"): the main data are human, the animals a validation."""
    if not animal_sources or not human_sources:
        return False
    by_index = {s.index: s for s in study}
    people = [
        i
        for i in human_sources
        if i in by_index
        and by_index[i].role != "conclusion"
        and _PARTICIPANTS.search(by_index[i].text)
        and not _HOPE.search(by_index[i].text)
    ]
    return bool(people) and all(
        i in by_index and _VALIDATION.search(by_index[i].text) for i in animal_sources
    )


def population_fact(subjects: Subjects, design_key: str, description: str = "") -> PopulationFact:
    """The population of the study: no sample for narrative reviews, guidelines, protocols and
    commentary; otherwise what the study's sentences are about."""
    description = reader_numbers(description)  # "1.479 persons" is 1,479 persons
    if design_key in NO_SAMPLE:
        return PopulationFact(kind="none")
    if design_key == "animal_study" and subjects.kind != "animals":
        return PopulationFact(kind="animals", species="animals", sources=subjects.sources)
    if design_key == "in_vitro":
        return PopulationFact(kind="cells", species="cells", sources=subjects.sources)
    kind = subjects.kind
    if kind not in ("humans", "animals", "cells"):
        return PopulationFact(description=description)
    return PopulationFact(
        kind=kind,  # type: ignore[arg-type]
        species=subjects.species,
        description=description,
        sources=subjects.sources,
    )
