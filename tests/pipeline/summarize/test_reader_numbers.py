"""Numbers in the form an English reader reads them."""

from __future__ import annotations

import pytest

from scrh.pipeline.papers.jsonl import paper_from_record
from scrh.pipeline.summarize.engines.rules import RulesEngine
from scrh.pipeline.summarize.numbers import reader_numbers, to_int


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Participants: 1.479 persons with SCI", "Participants: 1,479 persons with SCI"),
        ("12.345 hospitalised patients", "12,345 hospitalised patients"),
        ("1.479.000 people", "1,479,000 people"),
        ("a dose of 1.479 mg", "a dose of 1.479 mg"),  # a decimal, not a count
        ("3.5 patients per day", "3.5 patients per day"),
        ("0.500 patients", "0.500 patients"),
        ("1.4790 persons", "1.4790 persons"),  # four digits after the dot: not a separator
        ("range of 76-[104-117] mmHg", "range of 76 to 104-117 mmHg"),
        ("from [76]-104 mmHg", "from 76 to 104 mmHg"),
        ("a 76-mmHg threshold", "a 76-mmHg threshold"),
        ("pain fell (p = 0.01) in 40 people", "pain fell (p = 0.01) in 40 people"),
    ],
)
def test_reader_numbers(text, expected):
    assert reader_numbers(text) == expected


def test_dot_thousands_count_is_read_as_a_whole_number():
    assert to_int("1.479") == 1479


def _summary(abstract: str):
    return RulesEngine().summarize(
        paper_from_record(
            {"id": "n", "title": "A survey of work after injury", "abstract": abstract}
        )
    )


def test_a_european_count_reaches_the_summary_with_a_comma():
    summary = _summary(
        "METHODS: A cross-sectional survey. Participants: 1.479 persons with spinal cord injury "
        "aged 18 years and older. RESULTS: Most respondents wanted paid work. CONCLUSIONS: "
        "Support should address education and pain."
    )
    assert summary.participant_count == 1479
    assert "1.479" not in summary.participants
    text = " ".join([summary.participants, summary.simple_explanation, summary.research_summary])
    assert "1.479 persons" not in text


def test_a_bracketed_range_end_is_never_cut_to_a_dangling_hyphen():
    summary = _summary(
        "METHODS: We reviewed 118 patients with acute spinal cord injury. RESULTS: Regression "
        "revealed an optimal mean arterial pressure range of 76-[104-117] mmHg associated with "
        "neurological recovery. CONCLUSIONS: Pressure targets may guide surgery."
    )
    text = " ".join(
        [
            summary.simple_explanation,
            summary.research_summary,
            *(f.text for f in summary.key_findings),
        ]
    )
    assert "76- " not in text and "76-mmHg" not in text
    assert "76 to 104-117 mmHg" in text
