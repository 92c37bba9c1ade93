"""Durations only as the paper states them, with their kind; never time since injury or age."""

from __future__ import annotations

import pytest

from scrh.pipeline.summarize.facts.duration import find_durations
from scrh.pipeline.summarize.sentences import Sentence


def _found(*texts: str, design: str = "other") -> list[tuple[str, str]]:
    sentences = [Sentence(i, t, "methods", "METHODS") for i, t in enumerate(texts)]
    return [(f.kind, f.text) for f in find_durations(sentences, design)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Patients admitted between 2015 and 2021 were reviewed.",
            [("study_period", "2015 to 2021")],
            id="between-years",
        ),
        pytest.param(
            "Records from January 2005 to May 2020 were read.",
            [("study_period", "January 2005 to May 2020")],
            id="from-month-year",
        ),
        pytest.param(
            "Admissions during 2003–2011 were counted.",
            [("study_period", "2003 to 2011")],
            id="during-year-range",
        ),
        pytest.param(
            "Participants completed an 8-week program of home exercise.",
            [("intervention", "8-week program")],
            id="n-week-program",
        ),
        pytest.param(
            "The group trained on a treadmill for 12 weeks.",
            [("intervention", "trained on a treadmill for 12 weeks")],
            id="trained-for",
        ),
        pytest.param(
            "Twelve months of training were offered.",
            [("intervention", "twelve months of training")],
            id="months-of-training",
        ),
        pytest.param(
            "Participants were followed for 12 months.",
            [("follow_up", "followed for 12 months")],
            id="followed-for",
        ),
        pytest.param(
            "Pain was lower at 6-month follow-up.",
            [("follow_up", "6-month follow-up")],
            id="at-n-month-follow-up",
        ),
        pytest.param(
            "The median follow-up was 3.7 years.",
            [("follow_up", "median follow-up was 3.7 years")],
            id="median-follow-up",
        ),
        pytest.param(
            "Health events were recorded over a 9-month period.",
            [("study_period", "9-month period")],
            id="n-month-period",
        ),
        pytest.param(
            "Participants had chronic SCI (> 1 year post-injury).", [], id="time-since-injury"
        ),
        pytest.param(
            "Participants were 3–13 years after injury and aged 25 to 60 years.",
            [],
            id="years-after-injury-and-age",
        ),
        pytest.param("Mean age was 45 years and injury duration 12 years.", [], id="age"),
        pytest.param(
            "Studies published between 2000 and 2020 were searched.", [], id="review-search-window"
        ),
        pytest.param("Pain fell and walking improved.", [], id="nothing-stated"),
        pytest.param(
            "Outcomes were assessed at baseline, 6 weeks, and 6 months.",
            [("follow_up", "at baseline, 6 weeks, and 6 months")],
            id="assessment-time-points",
        ),
        pytest.param(
            "Patients were followed up at 3, 6 and 12 months.",
            [("follow_up", "followed up at 3, 6 and 12 months")],
            id="followed-up-at",
        ),
        pytest.param(
            "The program consisted of 3 sessions per week for 8 weeks.",
            [("intervention", "per week for 8 weeks")],
            id="per-week-for",
        ),
        pytest.param(
            "Rats were trained 5 days a week for 8 weeks after injury.",
            [("intervention", "trained 5 days a week for 8 weeks")],
            id="span-starting-after-injury",
        ),
        pytest.param("Mean time since injury was 6.2 years.", [], id="time-since-injury-mean"),
        pytest.param(
            "Participants had lived with SCI for 10 years on average.", [], id="lived-with-sci-for"
        ),
    ],
)
def test_stated_durations(text, expected):
    assert _found(text) == expected


def test_background_durations_are_not_this_studys():
    sentences = [
        Sentence(0, "Previous trials lasted 6 months.", "background", "BACKGROUND"),
        Sentence(1, "Walking improved.", "results", "RESULTS"),
    ]
    assert find_durations(sentences) == ()


def test_trials_list_follow_up_first_and_record_reviews_the_period():
    texts = (
        "Patients treated between 2010 and 2020 were followed for 2 years.",
        "Each received a 6-week program.",
    )
    assert [k for k, _ in _found(*texts, design="rct")] == [
        "follow_up",
        "intervention",
        "study_period",
    ]
    assert _found(*texts, design="retrospective_cohort")[0][0] == "study_period"


def test_durations_cite_their_sentence():
    sentences = [
        Sentence(0, "Pain is common.", "background", "BACKGROUND"),
        Sentence(1, "Participants were followed for 12 months.", "methods", "METHODS"),
    ]
    assert find_durations(sentences)[0].sources == (1,)
