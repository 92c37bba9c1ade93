"""Our own lines in the simple explanation: they parse, they fit the design, and the paper's
long sentences are told as short ones without cutting a list."""

from __future__ import annotations

import pytest

from scrh.pipeline.papers.jsonl import paper_from_record
from scrh.pipeline.summarize.engines.rules import RulesEngine
from scrh.pipeline.summarize.writers.designs import EXPLAINED
from scrh.pipeline.summarize.writers.draft import clause_sentences, tidy
from scrh.pipeline.summarize.writers.explanation import LAB_NEXT_STEP
from scrh.pipeline.summarize.writers.grammar import parses
from scrh.pipeline.summarize.writers.results import CHANCE, CHANCE_CHANGE, chance_line

RAT_STUDY = (
    "Spinal cord injury leaves the hind limbs paralysed. We studied 24 adult rats with a "
    "thoracic contusion. Rats received a daily drug or saline for 6 weeks. Treated rats "
    "stepped more often than controls. These findings suggest the drug may aid recovery."
)
STOCK = (
    "Findings like these are a step",
    "Research moves step by step",
    'words such as "may"',
    "One study on its own rarely settles",
    "Ask your doctor or therapist",
)


def _summary(abstract: str, title: str):
    return RulesEngine().summarize(paper_from_record({"title": title, "abstract": abstract}))


def test_every_line_of_our_own_parses():
    ours = [
        *(line for lines in EXPLAINED.values() for line in lines),
        LAB_NEXT_STEP,
        CHANCE,
        CHANCE_CHANGE,
    ]
    assert [line for line in ours if parses(line) is not True] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Pain scores fell after the program, and sleep quality improved in most people.",
            ["Pain scores fell after the program.", "Sleep quality improved in most people."],
        ),
        (
            "Walking speed increased in the trained group; balance was unchanged in both groups.",
            [
                "Walking speed increased in the trained group.",
                "Balance was unchanged in both groups.",
            ],
        ),
    ],
)
def test_joined_clauses_become_short_sentences(sentence, expected):
    assert clause_sentences(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a list before "and" is not a clause of its own
        "Due to its high incidence, prolonged duration, tenacity, and limited efficacy, it has "
        "drawn attention from researchers.",
        # "those who ..." does not end at the comma
        "Patients who walked before surgery, and those who trained daily, recovered faster.",
        # one clause only
        "Pain scores fell after the program in most of the people who took part.",
    ],
)
def test_a_sentence_that_is_not_joined_clauses_is_never_cut(sentence):
    assert clause_sentences(sentence) is None


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("Pain was lower in the treated group than in the control group.", CHANCE),
        ("Walking speed improved after twelve weeks of training.", CHANCE_CHANGE),
    ],
)
def test_significance_is_told_as_a_difference_or_a_change(text, line):
    assert chance_line(text) == line


def test_an_opening_that_points_back_to_the_findings_is_dropped():
    assert tidy("Given these findings, the app may prevent infections") == (
        "The app may prevent infections."
    )
    assert tidy("Based on the results, the app may help.") == "The app may help."


def test_an_animal_study_gets_lab_lines_and_no_stock_text():
    summary = _summary(RAT_STUDY, "A drug improves stepping after spinal cord injury in rats")
    text = summary.simple_explanation
    assert "This was in rats, not people." in text
    assert LAB_NEXT_STEP in text
    assert not [stock for stock in STOCK if stock in text]


def test_a_case_report_follows_one_person_not_people():
    abstract = (
        "A 45-year-old man with a cervical spinal cord injury developed severe spasticity "
        "after his intrathecal baclofen catheter moved. The catheter was replaced. He was "
        "followed for eight months. His spasticity improved and he had no complications."
    )
    summary = _summary(abstract, "Intrathecal baclofen catheter failure: a case report")
    text = summary.simple_explanation
    assert "The person was followed for eight months." in text
    assert "People were followed" not in text


def test_an_intrathecal_catheter_is_not_a_bladder_topic():
    abstract = (
        "A man with a spinal cord injury developed severe spasticity after his intrathecal "
        "baclofen catheter moved. The catheter was replaced and his spasticity improved."
    )
    text = _summary(
        abstract, "Intrathecal baclofen catheter failure and spasticity"
    ).simple_explanation
    assert "bladder" not in text
    assert "Muscle stiffness and sudden muscle jerks are common" in text
