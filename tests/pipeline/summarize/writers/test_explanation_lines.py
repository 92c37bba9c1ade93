"""Our own lines in the simple explanation: they parse, they fit the design, and the paper's
long sentences are told as short ones without cutting a list."""

from __future__ import annotations

import re

import pytest

from scrh.pipeline.papers.jsonl import paper_from_record
from scrh.pipeline.summarize.engines.rules import RulesEngine
from scrh.pipeline.summarize.plain import safe_swaps, swap_phrases
from scrh.pipeline.summarize.writers.designs import EXPLAINED
from scrh.pipeline.summarize.writers.draft import (
    clause_sentences,
    main_clauses,
    raw_short_forms,
    tidy,
)
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
        # the second part leans on the first
        "Our analyses converge on a subnetwork enriched for injury genes, and whose expression "
        "is upregulated after injury.",
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
    # the rats are named where the animals are introduced, not again in a line of their own
    assert "This study used 24 adult rats" in text and "rats, not people" not in text
    assert "Results in animals are often not the same in people." in text
    # that no treatment for people comes from it yet is said once, by our line or the readers'
    assert (LAB_NEXT_STEP in text) != ("not a treatment people can get yet" in text)
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


def test_group_names_are_plain_without_asking_the_parser():
    assert safe_swaps("The intervention group had fewer infections than the control group.") == (
        "The treatment group had fewer infections than the comparison group."
    )
    # a capitalised name is left as it is
    assert "Intervention Group" in safe_swaps("Results of the Intervention Group Study.")


def test_a_swap_never_repeats_the_words_of_the_swap_before_it():
    text = swap_phrases("Training improved gait kinematics and gait speed.")
    assert "pattern movement pattern" not in text
    assert not re.search(r"\b(\w+)s? \1s?\b", text)


def test_a_short_form_that_starts_a_product_name_is_part_of_the_name():
    assert raw_short_forms("Walking with the ABLE Exoskeleton was faster.") == []
    assert raw_short_forms("Walking with ABLE was faster.") == ["ABLE"]


def test_a_crossover_trial_says_each_person_tried_each_option():
    abstract = (
        "In a randomized crossover trial, twelve adults with paraplegia walked with a powered "
        "exoskeleton and with braces, in random order. Walking speed was higher with the "
        "exoskeleton. Energy use did not differ between devices."
    )
    summary = _summary(abstract, "Exoskeleton or braces for walking after spinal cord injury")
    everything = summary.simple_explanation + " ".join(
        item.text for item in summary.practical_implications
    )
    assert "in an order set by chance" in everything
    assert "put into groups by chance" not in everything


def test_a_reporting_frame_is_dropped_but_a_hedge_is_kept():
    abstract = (
        "Walking is often lost after spinal cord injury. Twenty adults trained with an "
        "exoskeleton for 8 weeks. Results showed that walking speed improved after training. "
        "These data suggest that training may help walking."
    )
    text = _summary(abstract, "Exoskeleton training after spinal cord injury").simple_explanation
    assert "Walking speed improved after training." in text
    assert "Results showed" not in text
    assert "suggest" in text or "may" in text


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # a noun used to name another noun keeps its own word
        ("It reviews the anesthesia strategies used in other studies.", "anesthesia strategies"),
    ],
)
def test_a_swap_that_is_a_clause_never_lands_before_a_noun(sentence, kept):
    assert kept in swap_phrases(sentence)


def test_a_case_report_tells_the_case_sentence():
    abstract = (
        "Background: More women with spinal cord injury now give birth. "
        "Case presentation: This report describes a woman with paraplegia who had a caesarean "
        "section. Spinal anaesthesia was given. Her blood pressure stayed stable. "
        "Conclusions: Spinal anaesthesia may suit such women."
    )
    text = _summary(
        abstract, "Anaesthesia for caesarean section after spinal cord injury: a case report"
    ).simple_explanation
    # the person once, as the case sentence tells her, and her condition in plain words next
    assert text.count("who had a C-section") == 1
    assert "woman with paraplegia who had a C-section. Paraplegia means loss of movement" in text


def test_a_count_of_completers_is_never_told_as_included():
    abstract = (
        "Walking is often lost after spinal cord injury. In a randomized crossover trial, ten "
        "patients with spinal cord injury completed a 10-session training program with each "
        "device. Walking speed was higher with the exoskeleton."
    )
    summary = _summary(abstract, "Exoskeleton or braces after spinal cord injury")
    everything = " ".join(
        [
            summary.simple_explanation,
            summary.research_summary,
            *(item.text for item in summary.limitations),
        ]
    )
    assert "completed the study" in everything
    assert "included ten" not in everything and "ten people took part" not in everything.lower()


def test_a_country_that_takes_the_reads_with_it():
    abstract = (
        "We interviewed 12 adults with spinal cord injury in the United States about exercise. "
        "Most described peer support as important."
    )
    text = _summary(
        abstract, "Exercise after spinal cord injury: a qualitative study"
    ).simple_explanation
    assert "in the United States" in text


def test_an_although_clause_is_never_told_without_its_main_clause():
    assert "The data do not exceed earlier studies." not in main_clauses(
        "Although the data do not exceed earlier studies, depression scores rose after injury."
    )


def test_a_result_is_told_without_the_assumption_it_answers():
    abstract = (
        "After spinal cord injury the adult nervous system is assumed to be unable to bypass "
        "the lesion. We challenge this assumption, showing that adult rats can recover "
        "stepping without signals through the lesion."
    )
    text = _summary(
        abstract, "Recovery after complete spinal cord injury in rats"
    ).simple_explanation
    assert "challenge this assumption" not in text
    assert "Adult rats can recover stepping without signals through the damaged area." in text


def test_the_explanation_says_what_the_paper_is_about_and_what_a_trial_tested():
    abstract = (
        "Bladder infections are common after spinal cord injury. Forty adults took part. "
        "Infections were fewer after the program."
    )
    summary = _summary(
        abstract, "The effect of a bladder self-care app on urinary tract infections: a pilot trial"
    )
    assert "The study looked at bladder infections." in summary.simple_explanation
    review = _summary(
        "We searched five databases and included 10 trials with 502 people. Training improved "
        "walking distance.",
        "Robot-assisted gait training improves walking after spinal cord injury: a systematic "
        "review",
    )
    assert "It tested" not in review.simple_explanation


def test_a_trailing_although_clause_is_never_told_alone():
    clauses = main_clauses(
        "The assessment revealed changes in depression and anxiety, although the data do not "
        "exceed those of previous investigations."
    )
    assert not any(c.startswith("The data do not exceed") for c in clauses)


def test_a_finding_of_no_link_gets_no_link_caveat():
    abstract = (
        "We surveyed 120 adults with spinal cord injury at one time point. No clear factors "
        "predicting depression were found. Anxiety was common."
    )
    summary = _summary(abstract, "Depression after spinal cord injury: a cross-sectional study")
    told = [item.text for item in summary.practical_implications if "No clear factors" in item.text]
    assert told and not any("a link is not proof of a cause" in text for text in told)


def test_a_list_of_whole_clauses_becomes_one_sentence_each():
    assert clause_sentences(
        "A higher dose had a better effect, treatment in the subacute phase was the best "
        "timing, and injection into the lesion was the best route."
    ) == [
        "A higher dose had a better effect.",
        "Treatment in the subacute phase was the best timing.",
        "Injection into the lesion was the best route.",
    ]
    assert (
        clause_sentences(
            "Compared with controls, treated rats walked better, and their scars were smaller."
        )
        is None
    )


def test_a_crossover_trials_evidence_says_so():
    abstract = (
        "In a randomized crossover trial, twelve adults with paraplegia walked with a powered "
        "exoskeleton and with braces, in random order. Walking speed was higher with the "
        "exoskeleton."
    )
    summary = _summary(abstract, "Exoskeleton or braces for walking after spinal cord injury")
    assert summary.evidence.design_code == "rct"
    assert "in an order set by chance" in summary.evidence.meaning
    assert "put into groups" not in summary.evidence.meaning


def test_what_was_done_never_points_to_a_them_that_was_not_named():
    abstract = (
        "Bladder control is often lost after spinal cord injury. In this study, we demonstrate "
        "that stimulation through the skin can restore bladder function in individuals with "
        "spinal cord injury. Stimulation reduced bladder overactivity and increased bladder "
        "capacity."
    )
    summary = _summary(
        abstract, "Stimulation through the skin restores bladder function after spinal cord injury"
    )
    assert summary.evidence.design_code == "non_randomized_trial"
    assert "tested a treatment with the people studied" in summary.research_summary
    assert "It tested stimulation through the skin." in summary.simple_explanation
    for text in (summary.simple_explanation, summary.research_summary):
        assert " with them " not in text


def test_a_qualitative_study_that_names_no_themes_is_not_told_as_theme_analysis():
    feedback = _summary(
        "Seven adults with spinal cord injury gave feedback on an exercise website in two "
        "meetings. Their feedback led to a new website design.",
        "Website redesign with people with spinal cord injury: a participatory qualitative study",
    )
    assert feedback.evidence.design_code == "qualitative"
    assert "themes" not in feedback.simple_explanation
    assert "asked them for their views" in feedback.simple_explanation
    interviews = _summary(
        "We interviewed 12 adults with spinal cord injury about exercise. Three themes emerged.",
        "Exercise after spinal cord injury: a qualitative study",
    )
    assert "common themes" in interviews.simple_explanation


def test_lab_work_without_a_treatment_says_what_it_helps_explain():
    summary = _summary(
        "Spasms after spinal cord injury are common. We recorded spinal circuits in 20 mice "
        "after injury. Sensory input recruited spinal interneurons into persistent activity.",
        "Spinal network dynamics underlying spasms after spinal cord injury in mice",
    )
    items = [item.text for item in summary.practical_implications]
    assert any(
        "helps explain muscle spasms" in text and "gives people no new treatment yet" in text
        for text in items
    ), items


@pytest.mark.parametrize(
    ("title", "told", "not_told"),
    [
        ("Spinal networks behind spasms in mice", "muscle spasms", "stiffness"),
        ("Spasticity management after spinal cord injury", "muscle stiffness", "spasms"),
    ],
)
def test_a_topic_names_only_what_the_title_names(title, told, not_told):
    summary = _summary("Twenty mice with spinal cord injury were studied. Activity rose.", title)
    about = [s for s in summary.simple_explanation.split(". ") if "looked at" in s]
    assert about and told in about[0] and not_told not in about[0]


def test_an_uncontrolled_trial_lists_the_missing_comparison_as_described():
    abstract = (
        "Bladder control is often lost after spinal cord injury. In this study, we demonstrate "
        "that stimulation through the skin can restore bladder function in individuals with "
        "spinal cord injury. Stimulation reduced bladder overactivity and increased bladder "
        "capacity."
    )
    summary = _summary(
        abstract, "Stimulation through the skin restores bladder function after spinal cord injury"
    )
    limits = [item.text for item in summary.limitations]
    assert any(text.startswith("No comparison group is described") for text in limits), limits
    assert not any(text.startswith("There was no comparison group") for text in limits)


def test_a_meaning_is_told_once_when_two_terms_share_it():
    summary = _summary(
        "Spasms after spinal cord injury are common. We recorded spinal circuits in 20 mice "
        "after injury. Sensory input recruited spinal interneurons into persistent activity.",
        "Spinal network dynamics underlying spasms after spinal cord injury in mice",
    )
    definition = "sudden movements caused by muscles tightening on their own"
    assert summary.simple_explanation.lower().count(definition) <= 1
    assert definition in summary.simple_explanation.lower()
