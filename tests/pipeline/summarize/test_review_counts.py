"""Reviews: the number of included studies, not the first study count of the sentence."""

from __future__ import annotations

import pytest

from scrh.pipeline.summarize.participants import find_participants
from scrh.pipeline.summarize.sentences import Sentence


def _review(text: str):
    return find_participants([Sentence(0, text, "results")], review=True, case_report=False)


@pytest.mark.parametrize(
    ("text", "studies", "people"),
    [
        (
            "A total of 28 studies (involving 788 children and adults) were included in the "
            "review; 18 studies involving 296 participants were cross-over in design.",
            28,
            788,
        ),
        (
            "We retrieved 12,490 citations, obtained full texts for 58 studies and included "
            "12 trials (three from the 2008 search and nine from the 2014 search).",
            12,
            None,
        ),
        ("Three studies met the inclusion criteria, with a total of 1620 participants.", 3, 1620),
        ("We included 29 RCTs; nine of them provided outcome data (3339 participants).", 29, None),
    ],
)
def test_review_counts_the_included_studies(text: str, studies: int, people: int | None) -> None:
    found = _review(text)
    assert (found.studies, found.count) == (studies, people)
