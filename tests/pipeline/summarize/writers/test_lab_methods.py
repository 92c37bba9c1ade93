"""What an animal or cell study used, told in plain words."""

from __future__ import annotations

from scrh.pipeline.papers.jsonl import paper_from_record
from scrh.pipeline.summarize.engines.rules import RulesEngine
from scrh.pipeline.summarize.writers.lab_methods import methods_used


def _explanation(title: str, abstract: str) -> str:
    paper = paper_from_record({"title": title, "abstract": abstract})
    return RulesEngine().summarize(paper).simple_explanation


def test_methods_are_told_in_the_order_the_text_names_them():
    text = "Using electrophysiology and RNA-seq in mice, and histology of the cord, we found"
    assert methods_used(text) == [
        "recordings of nerve signals",
        "readings of which genes were switched on",
        "tissue studies under a microscope",
    ]
    assert methods_used("Spinal cord injury causes spasms in people.") == []


def test_a_deleted_gene_and_removed_cells_are_told_apart():
    assert methods_used("Conditional knockout mice were made.") == [
        "animals with a gene switched off"
    ]
    assert methods_used("Genetic ablation of these neurons worsened walking.") == [
        "genetic tools to remove chosen cells"
    ]


MOUSE = (
    "Muscle spasms are common after spinal cord injury. Using optogenetics and "
    "electrophysiology in mice with a spinal cord injury, we show that spinal nerve cells "
    "drive spasms. Silencing these cells reduced spasms."
)


def test_an_animal_study_says_what_the_researchers_used():
    text = _explanation("Spinal nerve cells drive spasms after injury in mice", MOUSE)
    assert (
        "The researchers used recordings of nerve signals and light to switch chosen nerve "
        "cells on or off." in text
    )


def test_a_study_in_people_gets_no_lab_methods_line():
    people = MOUSE.replace("in mice with", "in 20 adults with")
    text = _explanation("Spinal nerve cells drive spasms after injury", people)
    assert "The researchers used" not in text


def test_the_early_step_item_of_an_animal_study_names_what_the_work_used():
    paper = paper_from_record(
        {"title": "Spinal nerve cells drive spasms after injury in mice", "abstract": MOUSE}
    )
    items = RulesEngine().summarize(paper).practical_implications
    first = items[0].text
    assert first.startswith("In mice, this work used recordings of nerve signals and light")
    assert first.endswith("but it gives people no new treatment yet.")


def test_a_method_with_a_clause_of_its_own_goes_last_and_labels_are_not_vectors():
    assert methods_used("Genetic ablation of these cells and behavioral tests showed") == [
        "movement tests",
        "genetic tools to remove chosen cells",
    ]
    assert methods_used("Viral tracing showed") == ["harmless viruses that mark nerve cells"]
    assert methods_used("An AAV vector delivered") == [
        "harmless viruses that carry genes into cells"
    ]


def test_a_review_of_animal_studies_does_not_say_its_authors_used_the_methods():
    review = (
        "We systematically reviewed 20 studies of a drug in rats with spinal cord injury. "
        "Behavioral tests showed better walking with the drug. Study quality was low."
    )
    text = _explanation("A drug for spinal cord injury in rats: a systematic review", review)
    assert "The researchers used" not in text
