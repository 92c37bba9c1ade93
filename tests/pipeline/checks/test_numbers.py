"""Check `numbers`: every number in a summary occurs in the paper."""

import pytest

from scrh.pipeline.checks.numbers import check_numbers, extract_numbers, words_to_int


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("sixty", 60), ("Thirty-two", 32), ("twenty four", 24), ("two hundred and five", 205)],
)
def test_number_words_are_read(phrase, value):
    assert words_to_int(phrase) == value


def test_numbers_are_normalised_from_digits_words_percent_ranges_and_separators():
    found = extract_numbers("Sixty patients, 45% of 1,234 visits, aged 18-65, mean 3.50, p<0.05")
    assert sorted(n.value for n in found) == [0.05, 3.5, 18, 45, 60, 65, 1234]
    assert next(n for n in found if n.value == 45).percent


def test_correct_summary_has_no_number_findings(paper, summary):
    assert check_numbers(paper, summary) == []


def test_number_written_as_digits_matches_paper_written_in_words(paper, make_summary):
    # The paper says "Sixty patients" and "Thirty-two patients"; the summary uses digits.
    summary = make_summary(paper, participants="60 people, 32 of them operated on")
    assert check_numbers(paper, summary) == []


def test_invented_number_is_an_error(paper, make_summary):
    summary = make_summary(paper, participants="75 people with liver cancer in the spine")
    findings = check_numbers(paper, summary)
    assert [(f.severity, f.field, f.evidence) for f in findings] == [
        ("error", "participants", "75")
    ]


def test_invented_number_word_is_an_error(paper, make_summary):
    summary = make_summary(paper, research_summary="Seventy-five patients were treated.")
    assert [f.evidence for f in check_numbers(paper, summary)] == ["Seventy-five"]


def test_rounded_value_and_percentage_of_a_proportion_are_accepted(paper, make_summary):
    text = "Pain scores fell to about 2 in the operation group."
    summary = make_summary(paper, research_summary=text)
    assert check_numbers(paper, summary) == []


def test_wrong_decimal_is_an_error(paper, make_summary):
    summary = make_summary(paper, research_summary="Pain scores were 2.7 against 4.3.")
    assert [f.evidence for f in check_numbers(paper, summary)] == ["2.7"]


def test_scale_end_of_a_measure_the_paper_uses_is_accepted(paper, make_summary):
    summary = make_summary(paper, research_summary="Pain was 2.1 out of 10 on the VAS.")
    assert check_numbers(paper, summary) == []


def test_participant_count_must_occur_in_the_paper(paper, make_summary):
    findings = check_numbers(paper, make_summary(paper, participant_count=61))
    assert [f.field for f in findings] == ["participant_count"]


def test_real_paper_counts_are_found_and_changed_counts_flagged(demo_paper, make_summary):
    paper = demo_paper("10.1186/s12984-017-0232-3")  # "10 trials involving 502 participants"

    def flagged(text):
        findings = check_numbers(paper, make_summary(paper, research_summary=text))
        return {f.evidence for f in findings if f.field == "research_summary"}

    assert flagged("The review pooled 10 trials with 502 people; I2 was 74%.") == set()
    assert flagged("The review pooled 12 trials with 520 people.") == {"12", "520"}
