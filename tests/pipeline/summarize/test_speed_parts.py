"""The fast pieces give the same answers as the slow ones they replace."""

from __future__ import annotations

import re

import pytest
import textstat

from scrh.pipeline.summarize.readability import fkgl
from scrh.pipeline.summarize.trie import trie_pattern

SENTENCES = [
    "Spasticity, defined as a velocity-dependent increase in muscle tone, affects 65% of "
    "people with spinal cord injury (SCI).",
    "We didn't find it. Patients' scores (n = 12) rose; p < .05.",
    "Tramadol was started at about 100 mg daily and increased over one to two weeks.",
    "Ok. Yes. The ASIA Impairment Scale (AIS) grade improved from A to C in 3 of 10 people.",
    "",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_fkgl_matches_textstat(text: str) -> None:
    expected = round(float(textstat.flesch_kincaid_grade(text)), 1) if text.strip() else 0.0
    assert fkgl(text) == expected


def test_trie_pattern_prefers_the_longest_term_that_ends_at_a_word_boundary() -> None:
    terms = ["spasm", "spasms", "spasm of the leg", "sci", "scim"]
    slow = re.compile(
        r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(terms, key=len, reverse=True))) + r")"
        r"(?![\w-])",
        re.I,
    )
    fast = re.compile(rf"(?<![\w-])(?:{trie_pattern(terms)})(?![\w-])", re.I)
    text = "Spasms and a spasm of the legs; SCIM after SCI, spasmodic and spasm."
    assert fast.findall(text) == slow.findall(text) == ["Spasms", "spasm", "SCIM", "SCI", "spasm"]
