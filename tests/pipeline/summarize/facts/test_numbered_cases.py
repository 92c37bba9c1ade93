"""A few people told one by one ("Patient 1 …, Patient 2 …") are counted and make a case
series, not a case report."""

from __future__ import annotations

from scrh.pipeline.summarize.facts import extract_facts

THREE = (
    "Patient 1, a 24-year-old man with a T6 injury, received an autograft. Patient 2 and "
    "Patient 3 had C5 and T11 injuries. At 5 years, Patient 1 had regained some trunk control "
    "and Patient 3 improved by one grade."
)


def test_numbered_patients_are_counted_and_make_a_case_series(paper):
    facts = extract_facts(paper("Autografts after spinal cord injury", THREE))
    assert facts.count.total == 3 and facts.population.description == "Three patients"
    assert facts.design.code == "case_series"


def test_one_person_stays_a_case_report_and_a_gap_in_the_numbers_counts_nothing(paper):
    one = "A 24-year-old man with a T6 injury received an autograft. He regained trunk control."
    facts = extract_facts(paper("An autograft after spinal cord injury", one))
    assert facts.count.total == 1 and facts.design.code == "case_report"
    gap = THREE.replace("Patient 2 and Patient 3", "Patient 3")
    facts = extract_facts(paper("Autografts after spinal cord injury", gap))
    assert facts.count.total != 3


def test_a_pregnant_woman_named_as_a_primigravida_is_the_one_person(paper):
    text = (
        "A 34-year-old primigravida with a T4 injury was seen at 20 weeks of gestation. Her "
        "blood pressure rose during labour."
    )
    facts = extract_facts(paper("Labour after spinal cord injury: a case report", text))
    assert facts.count.total == 1
    assert facts.population.description.startswith("One 34-year-old primigravida")
