"""Who or what was studied: people, animals (and which species), cells, or no sample."""

from __future__ import annotations

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
from scrh.pipeline.summarize.sentences import Sentence

NO_SAMPLE = frozenset({"narrative_review", "guideline", "protocol", "commentary"})


@dataclass(frozen=True, slots=True)
class Subjects:
    """What the study's own sentences are about, before the design is known."""

    kind: str | None  # "humans" | "animals" | "cells" | None
    species: str = ""
    sources: tuple[int, ...] = ()


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


def population_fact(subjects: Subjects, design_key: str, description: str = "") -> PopulationFact:
    """The population of the study: no sample for narrative reviews, guidelines, protocols and
    commentary; otherwise what the study's sentences are about."""
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
