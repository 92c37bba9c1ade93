"""Checks `labels`, `statistics`, `repeats` and `fragments`: broken text is an error."""

import pytest

from scrh.pipeline.checks import CHECKS, TEXT_DEFECT_CHECKS
from scrh.pipeline.checks.fragments import check_fragments
from scrh.pipeline.checks.labels import check_labels
from scrh.pipeline.checks.repeats import check_repeats
from scrh.pipeline.checks.statistics import check_statistics

GOOD = "Walking speed rose in 14 of 20 people. This may help people walk further."


def _findings(check, paper, make_summary, text, field="simple_explanation"):
    if field == "key_findings":
        summary = make_summary(paper, key_findings=[{"text": text, "sources": [0]}])
    else:
        summary = make_summary(paper, **{field: text})
    return check(paper, summary)


def test_the_correct_summary_has_no_text_defects(paper, summary):
    for name in TEXT_DEFECT_CHECKS:
        findings = CHECKS[name](paper, summary)
        # The grammar parser's signal is a warning and misses some good sentences.
        assert [f for f in findings if name != "grammar" or f.severity == "error"] == [], name


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Objective: To test walking. " + GOOD, "Objective:"),
        (GOOD + " Conclusion: Training may help.", "Conclusion:"),
        ("Data Sources: MEDLINE and Embase were searched. " + GOOD, "Data Sources:"),
        ("Study design: Cross-sectional survey. " + GOOD, "Study design:"),
        ("This paper is about Objective: to test walking.", "Objective:"),
        (GOOD + " RESULTS Walking improved.", "RESULTS"),
        (GOOD + " Trial registration NCT0001.", "Trial registration"),
    ],
)
def test_leaked_section_labels_are_errors(paper, make_summary, text, evidence):
    (finding,) = _findings(check_labels, paper, make_summary, text)
    assert (finding.severity, finding.field, finding.evidence) == (
        "error",
        "simple_explanation",
        evidence,
    )


def test_a_colon_in_a_plain_sentence_is_not_a_label(paper, make_summary):
    text = "Two things were measured: walking and pain. " + GOOD
    assert _findings(check_labels, paper, make_summary, text) == []


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("People in the treatment=77% group walked further.", "treatment=77%"),
        ("The rats (n=6) walked further.", "n=6"),
        ("Walking improved (95% CI 0.2 to 0.9).", "95% CI"),
        ("Walking improved (p<0.05).", "p<0.05"),
        ("Results varied (I2 = 40%).", "I2 ="),
        ("Walking improved (P", "(P"),
        ("Scores were &lt; 5.", "&lt;"),
    ],
)
def test_statistics_fragments_in_the_simple_explanation_are_errors(
    paper, make_summary, text, evidence
):
    (finding,) = _findings(check_statistics, paper, make_summary, text)
    assert finding.severity == "error"
    assert evidence in finding.evidence


def test_a_whole_statistic_is_allowed_in_the_research_summary_but_not_a_broken_one(
    paper, make_summary
):
    whole = "Pain scores were lower after surgery (2.1 vs 4.3, P < 0.05)."
    assert _findings(check_statistics, paper, make_summary, whole, "research_summary") == []
    broken = "Pain scores were lower after surgery (2.1 vs 4.3, treatment=77%."
    (finding,) = _findings(check_statistics, paper, make_summary, broken, "research_summary")
    assert finding.field == "research_summary"


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Wearable wearable robots helped people walk.", "Wearable wearable"),
        ("The ASIA Motor Score score rose.", "Score score"),
        ("People in the in the weeks after injury improved.", "in the in the"),
    ],
)
def test_doubled_words_are_errors(paper, make_summary, text, evidence):
    (finding,) = _findings(check_repeats, paper, make_summary, text, "key_findings")
    assert (finding.severity, finding.field, finding.evidence) == (
        "error",
        "key_findings[0].text",
        evidence,
    )


def test_a_double_that_english_allows_is_not_flagged(paper, make_summary):
    text = "They said that that was enough. " + GOOD
    assert _findings(check_repeats, paper, make_summary, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Statistical significance was set at.",
        "Pain was lower in the group that had the.",
        "People walked further than.",
        "Pain fell , .",
    ],
)
def test_cut_off_sentences_are_errors(paper, make_summary, text):
    (finding,) = _findings(check_fragments, paper, make_summary, GOOD + " " + text)
    assert (finding.severity, finding.evidence) == ("error", text)


def test_a_sentence_without_its_start_or_end_is_a_warning(paper, make_summary):
    (lower,) = _findings(check_fragments, paper, make_summary, "walking improved a lot.")
    assert lower.severity == "warning"
    (open_end,) = _findings(check_fragments, paper, make_summary, GOOD + " Walking improved")
    assert open_end.severity == "warning"


def test_a_sentence_ending_on_a_bracketed_letter_or_where_it_comes_from_is_whole(
    paper, make_summary
):
    text = "One study answered the first question (A). The list shows where each point comes from."
    assert _findings(check_fragments, paper, make_summary, text) == []
