"""Outcome measures named in a text."""

from scrh.pipeline.summarize.outcomes import find_measures


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
