"""Facts from a trial written as "In this randomized controlled trial, 60 adults ... used X or
Y": the design word is not an allocation, the sample stops before its verb, and a comparison
with a p-value is a result."""

from __future__ import annotations

import pytest

from scrh.pipeline.papers.jsonl import paper_from_record
from scrh.pipeline.summarize.engines.rules import RulesEngine
from scrh.pipeline.summarize.facts import extract_facts

TRIAL = (
    "BACKGROUND: The StepUp app was developed to help people plan their exercise. METHODS: In "
    "this randomized controlled trial, 60 adults with spinal cord injury {verb} for 12 weeks. "
    "RESULTS: The app group exercised more minutes each week than the booklet group (p=0.01)."
)
TITLE = "A phone app for exercise after spinal cord injury: a randomized trial"


def _facts(verb: str = "used the app or a booklet"):
    return extract_facts(paper_from_record({"title": TITLE, "abstract": TRIAL.format(verb=verb)}))


@pytest.mark.parametrize("verb", ["used the app or a booklet", "exercised or rested"])
def test_the_sample_stops_before_its_verb(verb: str) -> None:
    facts = _facts(verb)
    assert facts.count.total == 60
    assert facts.population.description == "60 adults with spinal cord injury"


def test_a_participle_that_describes_the_people_stays() -> None:
    abstract = "METHODS: We studied 40 adults with injured spinal cords for a year."
    facts = extract_facts(paper_from_record({"title": "A cohort study", "abstract": abstract}))
    assert "injured spinal cords" in facts.population.description


def test_the_design_name_is_not_an_allocation() -> None:
    assert _facts().groups == ()


def test_a_real_allocation_still_gives_groups() -> None:
    facts = _facts("were randomized to the app or a booklet")
    assert [g.name for g in facts.groups] == ["app", "booklet"]


def test_a_comparison_with_a_p_value_is_a_result() -> None:
    results = _facts().results
    assert [r.sources for r in results] == [(2,)]
    assert results[0].significant is True


def test_the_explanation_tells_a_named_app_and_what_it_is_for() -> None:
    record = {"title": TITLE, "abstract": TRIAL.format(verb="used the app or a booklet")}
    text = RulesEngine().summarize(paper_from_record(record)).simple_explanation
    assert "It tested a phone app." in text
    assert "The StepUp app was developed to help people plan their exercise." in text
    assert "Here is what they found." in text


def test_a_trailing_participle_is_not_part_of_who_was_counted() -> None:
    abstract = (
        "Methods: We reviewed the records of 214 patients with cervical spinal cord injury "
        "treated at two trauma centres between 2010 and 2020."
    )
    facts = extract_facts(paper_from_record({"title": "A cohort study", "abstract": abstract}))
    assert facts.population.description == "214 patients with cervical spinal cord injury"


def test_the_main_result_is_told_even_with_a_few_hard_words() -> None:
    record = {
        "title": "Enzyme treatment and training after spinal cord injury in rats",
        "abstract": (
            "Adult rats (n=36) received a contusion and were assigned to enzyme plus training "
            "or vehicle. Combined treatment increased serotonergic fibre density below the "
            "lesion and improved Basso, Beattie and Bresnahan locomotor scores compared with "
            "vehicle (p<0.01)."
        ),
    }
    text = RulesEngine().summarize(paper_from_record(record)).simple_explanation
    assert "Here is what they found. Combined treatment increased" in text


def test_a_body_named_association_is_not_a_looked_for_link() -> None:
    abstract = (
        "Methods: A retrospective analysis was conducted on the clinical data of 47 children "
        "with spinal cord injury. Results: In the American Spinal Injury Association "
        "classification, grades A and B made up 88%."
    )
    title = "Injuries in children"
    facts = extract_facts(paper_from_record({"title": title, "abstract": abstract}))
    assert facts.design.code == "case_series"
    linked = abstract.replace("grades A and B made up 88%", "grade A was associated with sex")
    facts = extract_facts(paper_from_record({"title": title, "abstract": linked}))
    assert facts.design.code == "retrospective_cohort"
