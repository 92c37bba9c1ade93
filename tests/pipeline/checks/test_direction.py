"""Check `direction`: outcome changes described the right way round."""

import pytest

from scrh.pipeline.checks.direction import check_direction
from scrh.pipeline.checks.outcomes import MeasureFinder, measure_from_record

# Key Finding 1 of the page this product is modelled on (a higher VAS score means more pain).
SEED_VAS_SENTENCE = (
    "Patients in the SO group demonstrated significantly higher VAS pain scores after treatment "
    "compared to the RT group, indicating better pain management with the combined approach."
)
SEED_RESEARCH_SENTENCE = (
    "The study found that patients who underwent separation operations followed by SRS had "
    "significantly higher VAS pain scores, Frankel grades, Karnofsky performance scores, and "
    "Quality of Life (SF-36) scores compared to patients who received SRS alone."
)


def findings_for(paper, make_summary, text):
    return check_direction(paper, make_summary(paper, research_summary=text))


def test_vas_increase_described_as_improvement_is_flagged(paper, make_summary):
    findings = findings_for(paper, make_summary, SEED_VAS_SENTENCE)
    assert findings and all(f.severity == "error" for f in findings)
    assert any("better" in f.message and "lower is better" in f.message for f in findings)


def test_higher_vas_where_the_paper_reports_lower_is_flagged(paper, make_summary):
    findings = findings_for(paper, make_summary, SEED_RESEARCH_SENTENCE)
    assert [f.severity for f in findings] == ["error"]
    assert "only reports it lower" in findings[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Patients in the SO group had lower pain scores after treatment.",
        "After surgery and radiation, VAS pain scores fell more than with radiation alone.",
        "The operation group reported lower VAS scores, indicating better pain management.",
        "Frankel grades were higher in the operation group, a sign of better recovery.",
        "The SO group had lower VAS scores but better Frankel grades.",
        "Complication rates did not differ significantly between the groups.",
    ],
)
def test_correct_descriptions_pass(paper, make_summary, text):
    assert findings_for(paper, make_summary, text) == []


def test_improvement_word_against_worse_result_on_higher_is_better_scale(paper, make_summary):
    text = "Karnofsky performance scores decreased, showing improvement in daily function."
    findings = findings_for(paper, make_summary, text)
    assert any("a worse result" in f.message for f in findings)


def test_worse_word_against_a_better_result_is_flagged(paper, make_summary):
    text = "Pain scores were lower after the operation, a worse outcome for patients."
    findings = findings_for(paper, make_summary, text)
    assert [f.severity for f in findings] == ["error"]
    assert "a better result" in findings[0].message


def test_significant_where_the_paper_says_not_significant_is_flagged(paper, make_summary):
    text = "The operation group had significantly fewer complications."
    findings = findings_for(paper, make_summary, text)
    assert [f.severity for f in findings] == ["error"]
    assert "no significant difference" in findings[0].message


def test_greater_improvement_is_not_read_as_a_higher_score(demo_paper, make_summary):
    paper = demo_paper("10.1186/s12984-017-0232-3")
    text = "Walking speed and balance measured by TUG showed greater improvements with the robot."
    assert findings_for(paper, make_summary, text) == []


def test_measures_can_be_given_inline():
    nrs = measure_from_record(
        {
            "name": "Numeric Rating Scale",
            "aliases": ["NRS"],
            "concept": "pain",
            "better": "lower",
            "range": [0, 10],
        }
    )
    [mention] = MeasureFinder([nrs]).mentions("Mean NRS scores rose from 3 to 6.")
    assert (mention.measure.group, mention.direction) == ("pain", "up")


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        ("Mean NRS scores rose from 3 to 6.", "up"),
        ("NRS scores fell after training.", "down"),
        ("NRS improvement and reduced bladder problems were noted.", None),
        ("NRS scores and reduced bladder problems were noted.", None),
    ],
)
def test_a_direction_word_joined_on_by_and_belongs_to_the_next_thing(sentence, direction):
    nrs = measure_from_record(
        {"name": "Numeric Rating Scale", "aliases": ["NRS"], "concept": "pain", "better": "lower"}
    )
    [mention] = MeasureFinder([nrs]).mentions(sentence)
    assert mention.direction == direction
