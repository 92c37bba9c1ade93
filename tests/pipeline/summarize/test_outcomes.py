"""Outcome measures named in a text."""

import pytest

from scrh.pipeline.summarize.outcomes import find_measures, reader_names


def test_two_names_matching_at_the_same_place_do_not_crash_and_the_longer_wins():
    measures = find_measures("The ASIA Motor Score rose by 10 points; the SCIM did not change.")
    assert [m.concept for m in measures] == [
        "muscle strength and movement",
        "independence in daily activities",
    ]


def test_measures_come_in_order_of_first_mention():
    measures = find_measures("Walking (WISCI II) and pain (NRS) were measured; WISCI II again.")
    assert len(measures) == 2
    assert measures[0].better == "higher"
    assert measures[1].better == "lower"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "41% had American spinal injury association impairment scale improvement.",
            "41% had injury grade improvement.",
        ),
        ("VAS scores fell from 6 to 3.", "pain scores fell from 6 to 3."),
        ("An LEMS gain was seen.", "A leg strength score gain was seen."),
        # only the article before a renamed measure changes
        (
            "After an hour, an MRI showed an LEMS gain.",
            "After an hour, an MRI showed a leg strength score gain.",
        ),
        ("The ASIA Impairment Scale grade improved.", "The injury grade improved."),
        # a measure with no reader's name keeps its own
        ("The 6MWT distance rose.", "The 6-minute walking test distance rose."),
    ],
)
def test_measures_get_the_names_a_reader_knows(text, expected):
    assert reader_names(text) == expected
