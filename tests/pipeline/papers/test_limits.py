"""Field limits where records enter."""

import pytest

from scrh.pipeline.papers.errors import ParseError
from scrh.pipeline.papers.limits import paper_admit, shorten
from scrh.pipeline.papers.model import Paper, Section


def test_shorten_cuts_at_a_word_and_marks_the_cut():
    text = "Locomotor recovery after spinal cord injury in adult rats"
    short = shorten(text, 30)
    assert short == "Locomotor recovery after…" and len(short) <= 30
    assert shorten(text, 100) == text


def test_a_paper_within_the_limits_is_admitted_unchanged():
    paper = Paper(title="T", abstract_sections=(Section(text="A."),), doi="10.1/x")
    admitted = paper_admit(paper)
    assert admitted.paper is paper and admitted.notes == ()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"title": "  "}, "no title"),
        ({"title": "x" * 2_001}, "'title' is 2,001 characters"),
        ({"journal": "j" * 5_000}, "'journal' is 5,000 characters"),
        ({"doi": "10.1/" + "x" * 300}, "'doi' is 305 characters"),
        ({"authors": ("a" * 3_000,)}, "an item of 'authors' is 3,000 characters"),
        ({"abstract_sections": (Section(text="w " * 300_000),)}, "the abstract is 600,000"),
        ({"source_url": "https://x/" + "y" * 3_000}, "'source_url' is over 2,000"),
    ],
)
def test_values_far_over_their_limit_refuse_the_record(changes, message):
    with pytest.raises(ParseError, match=message):
        paper_admit(Paper(title="T").with_changes(**changes), where="in.ris: line 3")


def test_values_a_little_over_are_shortened_with_a_note():
    paper = Paper(title="word " * 100, journal="J" * 600, authors=("A" * 400, "B"))
    admitted = paper_admit(paper)
    assert len(admitted.paper.title) <= 255
    assert len(admitted.paper.journal) <= 500
    assert len(admitted.paper.authors[0]) <= 300 and admitted.paper.authors[1] == "B"
    assert len(admitted.notes) == 3 and "title was 500 characters" in admitted.notes[0]
