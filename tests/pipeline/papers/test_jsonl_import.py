"""The paper-import JSON Lines reader."""

import pytest

from scrh.pipeline.papers import jsonl
from scrh.pipeline.papers.errors import ParseError
from tests.conftest import DEMO_PAPERS


def test_every_demo_paper_is_read_with_its_ids_and_sections():
    papers = list(jsonl.parse(DEMO_PAPERS.read_bytes(), name="demo"))
    assert len(papers) == 41
    assert all(p.title and p.abstract_sections for p in papers)
    elife = next(p for p in papers if p.doi == "10.7554/eLife.70058")
    assert elife.year == 2021 and elife.published.isoformat() == "2021-12-02"
    assert "Long ascending propriospinal neurons" in elife.abstract


def test_structured_labels_map_to_section_categories():
    line = (
        '{"title": "T", "abstract_sections": [{"label": "Patients and methods", "text": "We '
        'enrolled 12."}, {"label": "Conclusion", "text": "It helped."}], "unknown": 1}'
    )
    (paper,) = jsonl.parse(line)
    assert [s.category for s in paper.abstract_sections] == ["METHODS", "CONCLUSIONS"]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"abstract": "x"}', "'title' is required"),
        ('{"title": "T"}', "one of 'abstract' or 'abstract_sections' is required"),
        ('{"title": "T", "abstract": "x", "published": "May 2020"}', "YYYY-MM-DD"),
        ("{not json", "line 2: not valid JSON"),
    ],
)
def test_bad_lines_are_reported_with_their_line_number(line, message):
    with pytest.raises(ParseError, match=message):
        list(jsonl.parse('{"title": "ok", "abstract": "fine"}\n' + line, name="in.jsonl"))
