"""The line on what a study looked at names the tool its people used or judged."""

from __future__ import annotations

import pytest

from scrh.pipeline.papers.jsonl import paper_from_record
from scrh.pipeline.summarize.engines.rules import RulesEngine

VIEWS = (
    "Exercise helps people with spinal cord injury stay healthy. Seven adults with spinal cord "
    "injury gave feedback in two group meetings. Their feedback led to a simpler layout with "
    "short videos."
)


def _explanation(title: str, abstract: str = VIEWS) -> str:
    paper = paper_from_record({"title": title, "abstract": abstract})
    return RulesEngine().summarize(paper).simple_explanation


@pytest.mark.parametrize(
    ("title", "about"),
    [
        ("Redesign of an exercise website for people with spinal cord injury",
         "looked at a website for staying active."),
        ("An exercise app for people with spinal cord injury: user feedback",
         "looked at an app for staying active."),
        ("Exercise after spinal cord injury: user feedback", "looked at staying active."),
    ],
)  # fmt: skip
def test_the_tool_in_the_title_is_named_with_the_topic(title, about):
    assert about in _explanation(title)


def test_the_words_of_a_named_tool_are_not_taken_for_the_topic():
    abstract = (
        "The Interactive Mobile Health and Rehabilitation (iMHere) system was developed to "
        "support self-care. In a randomized trial, 38 adults with spinal cord injury used iMHere "
        "or usual care. Health problems were fewer with iMHere."
    )
    title = "The Interactive Mobile Health and Rehabilitation System after spinal cord injury"
    text = _explanation(title, abstract)
    assert "Rehabilitation helps people" not in text and "looked at rehabilitation" not in text
    plain_title = "Mobile health and rehabilitation after spinal cord injury"
    assert "Rehabilitation helps people" in _explanation(plain_title, abstract)


def test_a_narrative_review_tells_what_it_covers_not_its_framing():
    abstract = (
        "Spinal cord injury is a physical injury that is combined with many social "
        "consequences. This review is divided into the following sections: relationships and "
        "family; money and work; housing; and mood and coping. Services should take a "
        "person-centred approach."
    )
    text = _explanation("Living with spinal cord injury: a narrative review", abstract)
    points = text.split("Here are the main points. ")[1]
    assert points.startswith("The review covers relationships and family, money and work")
    assert "divided into" not in text  # the sentence it comes from is not told again
    # a narrative review has no groups ("One group got following sections: ...")
    assert "One group got" not in text


def test_what_was_tested_names_the_study_when_no_line_before_it_does():
    abstract = (
        "In a randomized trial, 40 family caregivers of people with spinal cord injury had "
        "telehealth peer support or usual care. Caregiver burden did not differ."
    )
    text = _explanation("Telehealth peer support for caregivers", abstract)
    assert text.startswith("The study tested telehealth peer support.")


def test_the_other_group_is_never_told_without_the_first():
    abstract = (
        "Methods: Twenty patients with acute cervical SCI were randomised to inspiratory muscle "
        "training or sham training for 6 weeks. Results: Inspiratory pressure rose more with "
        "training (p = 0.03)."
    )
    text = _explanation("Inspiratory muscle training after spinal cord injury", abstract)
    assert ("The other group got" in text) == ("One group got" in text)


def test_health_outcomes_are_not_taken_for_recovery():
    abstract = (
        "The main objective was to determine if an app would be associated with improved "
        "health outcomes. In a randomized trial, 38 adults with spinal cord injury used the "
        "app or usual care. Bladder infections were fewer with the app (p = 0.03)."
    )
    text = _explanation("An app for self-care after spinal cord injury", abstract)
    assert "looked at recovery" not in text


def test_a_long_list_of_topics_is_told_in_short_sentences_of_a_few_topics_each():
    from scrh.pipeline.summarize.writers.explanation import _short_lists

    line = (
        "The review covers relationships and family, finances and employment, housing, "
        "community reintegration, mood and coping, self-harm, sexual health and aging."
    )
    parts = _short_lists(line)
    assert parts == [
        "The review covers relationships and family, finances and employment, housing and "
        "community reintegration.",
        "The review also covers mood and coping, self-harm, sexual health and aging.",
    ]
    # a list with "including" or an Oxford comma is not a plain list of topics
    including = "The review discusses care, including stretch, drugs, nerve blocks, and surgery."
    assert _short_lists(including) == [including]
    assert _short_lists("The review covers A, B and C.") == ["The review covers A, B and C."]


def test_what_a_case_series_tested_is_told_even_when_its_topic_line_does_not_read_whole():
    abstract = (
        "We report eight adults with chronic spinal cord injury and low blood pressure on "
        "sitting up who received an epidural spinal cord stimulator. Blood pressure fell less "
        "on tilting with stimulation on. Five people stopped their blood pressure pills."
    )
    title = (
        "Epidural spinal cord stimulation for orthostatic hypotension in chronic spinal cord "
        "injury: a case series"
    )
    assert "tested epidural spinal cord stimulation." in _explanation(title, abstract)


def test_a_narrative_review_tells_its_main_points_not_what_they_found():
    abstract = (
        "This narrative review describes spasticity after spinal cord injury. Loss of input "
        "from the brain increases the activity of motor nerve cells. Stretching and medicines "
        "reduced stiffness in many studies."
    )
    text = _explanation("Spasticity after spinal cord injury: a narrative review", abstract)
    assert "Here are the main points." in text and "Here is what they found." not in text


def test_with_no_problem_line_for_its_topic_the_papers_own_opening_on_people_is_told():
    abstract = (
        "Caregivers of people with spinal cord injury often feel worn out and low. In a "
        "randomized trial, 40 caregivers had telehealth peer support or usual care. Burden fell "
        "more with peer support."
    )
    text = _explanation("Telehealth peer support for caregivers: a randomized trial", abstract)
    assert text.startswith("Caregivers of people with spinal cord injury often feel worn out")
