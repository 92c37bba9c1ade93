"""Result facts: "significant" only when the sentence states a test; forecasts and pointer
lines are no results; figures given only in a closing bracket are kept as whole phrases."""

from __future__ import annotations

import pytest

from scrh.pipeline.summarize.facts.findings import (
    bracket_figures,
    find_results,
    is_forecast,
    significance_of,
)
from scrh.pipeline.summarize.sentences import Sentence


@pytest.mark.parametrize(
    "text",
    [
        "Pain was significantly reduced after training.",
        "Pain decreased significantly after twelve weeks.",
        "There was a significant difference between the groups.",
        "Age was significantly associated with a complete injury.",
        "The training group had a statistically significant reduction in falls.",
        "Walking speed rose (p < 0.01).",
        "Older age was a risk factor (OR 2.1, 95% CI 1.3-3.4).",
        "Falls were fewer with the device (mean difference -1.2, 95% CI -2.0 to -0.4).",
    ],
)
def test_a_stated_test_marks_a_result_significant(text):
    assert significance_of(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "Each of these features has significant clinical implications.",
        "Urinary tract infection can have significant morbidity.",
        "Bladder dysfunction significantly impacts health and quality of life.",
        "The change in mood was clinically significant.",
        "Spasms are a significant problem after injury.",
        "Pain fell after training.",
    ],
)
def test_significant_without_a_test_marks_nothing(text):
    assert significance_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Sleep did not differ significantly between the groups.",
        "No significant change in pain was found.",
        "Age was not a risk factor (OR 1.1, 95% CI 0.8-1.4, p = 0.40).",
    ],
)
def test_a_null_result_stays_not_significant(text):
    assert significance_of(text) is False


def test_a_confidence_interval_that_crosses_no_effect_is_a_null_result():
    # a 95% interval that spans no effect is the same test as p > 0.05: the difference may be
    # chance, and telling it as an effect would overstate it
    assert significance_of("Pain was lower (mean difference 3.2, 95% CI -1.0 to 7.4).") is False
    assert significance_of("Risk was higher (HR 1.4, 95% CI 0.9-2.2).") is False
    assert significance_of("Risk was higher (HR 1.4, 95% CI 1.1-2.2).") is True


@pytest.mark.parametrize(
    "text",
    [
        "This work will spur progress by broadening understanding of these cells.",
        "These tools could lead to new therapies for people with paralysis.",
        "The approach opens new avenues for treatment.",
        "Preventive measures are anticipated to result in fewer infections.",
        "Restoring bladder function would benefit patients and lower costs.",
    ],
)
def test_forecasts_are_recognised(text):
    assert is_forecast(text)


@pytest.mark.parametrize(
    "text",
    [
        "Comorbidities make it more likely that pressure injuries will occur.",
        "Management strategies will be discussed, including stretch.",
        "Walking speed improved in all ten people.",
    ],
)
def test_a_will_inside_a_clause_or_a_coverage_line_is_no_forecast(text):
    assert not is_forecast(text)


def test_forecasts_pointers_background_and_reviews_describing_themselves_are_not_results():
    sentences = [
        Sentence(0, "We enrolled 30 adults with paraplegia.", "methods"),
        Sentence(1, "Walking speed improved by 20% after training.", "results"),
        Sentence(2, "Each of these features has significant clinical implications.", "results"),
        Sentence(3, "This work will spur progress in rehabilitation.", "results"),
        Sentence(
            4, "In addition, people early and late after injury differed in scores.", "results"
        ),
        Sentence(
            5,
            "This paper attempts to structure this information into the following sections: "
            "family; work; mood associated with coping.",
            "results",
        ),
        Sentence(
            6, "Due to its rising incidence, it has garnered increasing attention.", "results"
        ),
        Sentence(7, "Spasms have been associated with increased excitability.", "results"),
    ]
    found = {r.sources[0] for r in find_results(sentences)}
    assert found == {1, 4}


def test_a_closing_bracket_of_changes_gives_whole_phrases_without_statistics():
    figures = bracket_figures(
        "The exoskeleton improved gait (38% reduction of circumduction, 25% increase of step "
        "length, p = 0.02, 95% CI 10-40)."
    )
    assert figures is not None
    assert figures.changes == ("38% reduction of circumduction", "25% increase of step length")
    assert figures.before == "The exoskeleton improved gait"


def test_a_closing_bracket_with_a_rate_gives_the_rate():
    figures = bracket_figures(
        "The app group had a significant reduction in infections (0.47 events per person; "
        "P=.03; number needed to treat=2.11)."
    )
    assert figures is not None and figures.rate == "0.47 events per person"
    assert figures.changes == ()


@pytest.mark.parametrize(
    "text",
    [
        "Pain fell (p = 0.01).",
        "Pain fell (mean 3.2, 95% CI 1.0-4.0).",
        "Pain fell (n = 12).",
        "Pain fell (38% at 12 weeks).",  # a number without what changed is no whole phrase
        "Pain fell by 30% in the group.",
    ],
)
def test_statistics_or_half_phrases_in_brackets_give_no_figures(text):
    assert bracket_figures(text) is None


def test_themes_told_by_name_and_what_happened_to_people_are_results(paper):
    from scrh.pipeline.summarize.facts import extract_facts

    abstract = (
        "METHODS: We interviewed 14 adults with spinal cord injury. RESULTS: Four themes were "
        'generated. "Living on alert" reflected constant vigilance around bladder triggers. '
        "Five participants discontinued midodrine entirely. Other adverse events included "
        "lead migration. No episodes of dysreflexia were recorded."
    )
    facts = extract_facts(paper("Living with dysreflexia: a qualitative study", abstract))
    told = {facts.sentences[r.sources[0]].text.split()[0] for r in facts.results}
    assert {'"Living', "Five", "Other", "No"} <= told
