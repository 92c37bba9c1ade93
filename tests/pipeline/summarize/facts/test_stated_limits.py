"""The limits authors state in an abstract, as they write them."""

from __future__ import annotations

import pytest

from scrh.pipeline.summarize.facts import extract_facts
from scrh.pipeline.summarize.facts.conclusion import only_caveat

RESULTS = "Forty adults with spinal cord injury took part. Pain was linked with unemployment. "


@pytest.mark.parametrize(
    "caveat",
    [
        "The cross-sectional design precludes causal inference.",
        "The modest response rate may limit generalisability.",
        "Causal relationships cannot be established from these data.",
        "The study was underpowered to detect small differences.",
        "Efficacy cannot be judged from this small study.",
        "Recall bias may have affected the answers.",
    ],
)
def test_an_authors_caveat_is_a_stated_limitation(paper, caveat):
    facts = extract_facts(paper("Pain and work after spinal cord injury", RESULTS + caveat))
    assert [limit.sources for limit in facts.stated_limitations] == [(2,)]


def test_a_result_is_not_a_stated_limitation(paper):
    text = RESULTS + "Employment was generally high among those with a degree."
    facts = extract_facts(paper("Pain and work after spinal cord injury", text))
    assert facts.stated_limitations == ()


@pytest.mark.parametrize(
    ("sentence", "caveat"),
    [
        ("The cross-sectional design precludes causal inference, and the rate was low.", True),
        ("The graft appears feasible and safe up to three years, but efficacy cannot be "
         "judged from this small study.", False),
        ("Walking speed rose by 0.2 m/s.", False),
    ],
)  # fmt: skip
def test_only_a_sentence_that_leads_with_its_limit_is_only_a_caveat(sentence, caveat):
    assert only_caveat(sentence) is caveat
