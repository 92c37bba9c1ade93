"""extract_facts reads one paper into StudyFacts."""

from scrh.pipeline.papers.model import Paper, Section
from scrh.pipeline.summarize.facts import extract_facts


def _paper(title: str, *sections: tuple[str, str]) -> Paper:
    return Paper(
        title=title,
        abstract_sections=tuple(
            Section(text=text, label=label, category=label) for label, text in sections
        ),
    )


def test_animal_study_facts_name_the_animals_and_count():
    facts = extract_facts(
        _paper(
            "Treadmill training after contusion injury in rats",
            ("METHODS", "Forty-four adult female rats received a contusion injury."),
            ("RESULTS", "Trained rats walked better than untrained rats after 8 weeks."),
        )
    )
    assert facts.design.code == "animal_study"
    assert facts.population.kind == "animals"
    assert facts.count.total == 44
    assert [s.text for s in facts.sentences][0].startswith("Forty-four")


def test_text_joins_cited_sentences_and_ignores_bad_indices():
    facts = extract_facts(_paper("A study", ("RESULTS", "Pain fell. Walking improved.")))
    assert facts.text((1, 0, 99)) == "Walking improved. Pain fell."
