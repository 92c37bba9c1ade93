"""Check `population`: animal and cell studies are summarized as such."""

from scrh.pipeline.checks.population import check_population, study_kind

RAT_PAPER = "10.7554/eLife.70058"  # silencing propriospinal neurons in rats after injury
ANIMAL_EVIDENCE = {
    "design": "Animal study",
    "design_code": "animal_study",
    "level": 5,
    "meaning": "A laboratory study in animals.",
}
RAT_EXPLANATION = (
    "Researchers studied rats with a spinal cord injury. They switched off a group of nerve "
    "cells that link the front and back of the spinal cord. The rats then walked better."
)


def test_animal_paper_is_recognised_from_its_wording(demo_paper):
    assert study_kind(demo_paper(RAT_PAPER)) == "animals"


def test_human_paper_is_not_checked_for_animals(paper, summary):
    assert study_kind(paper) == "humans"
    assert check_population(paper, summary) == []


def test_animal_study_that_says_so_passes(demo_paper, make_summary):
    paper = demo_paper(RAT_PAPER)
    summary = make_summary(
        paper,
        simple_explanation=RAT_EXPLANATION,
        population="animals",
        evidence=ANIMAL_EVIDENCE,
        research_summary="In rats, silencing these neurons improved stepping.",
        key_findings=[{"text": "Silenced rats stepped better.", "sources": [4]}],
        practical_implications=[
            {"title": "Not yet for people", "text": "This may one day guide treatments."}
        ],
    )
    assert check_population(paper, summary) == []


def test_animal_study_summarized_as_if_about_people_is_flagged(demo_paper, make_summary):
    paper = demo_paper(RAT_PAPER)
    summary = make_summary(
        paper,
        simple_explanation="Switching off some nerve cells helps people with a spinal cord "
        "injury walk better.",
        population="humans",
        research_summary="Silencing these neurons improved stepping.",
        key_findings=[{"text": "Patients walked better after silencing.", "sources": [4]}],
        practical_implications=[{"title": "Walk again", "text": "This treatment works."}],
    )
    findings = check_population(paper, summary)
    assert {f.field for f in findings} == {
        "population",
        "simple_explanation",
        "key_findings[0].text",
    }
    assert all(f.severity == "error" for f in findings)
