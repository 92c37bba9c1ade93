"""The sentence(s) stating what the study set out to do."""

from __future__ import annotations

import re

from scrh.pipeline.summarize.facts.model import Sources
from scrh.pipeline.summarize.sentences import Sentence

_AIM = re.compile(
    r"\b(we aimed|aims? (of|was|were|is)|aimed to|objectives? (of|was|were|is)|purpose (of|was|is)|"
    r"we sought|we set out|goal (of|was|is)|we (asked|hypothesi[sz]ed|investigated whether|"
    r"examined whether|tested whether)|this (study|trial|review|paper|article|work) "
    r"(aims|aimed|sought|seeks|investigates|explores|examines|evaluates|assesses|describes)|"
    r"here,? we (ask|test|investigate|examine|explore))\b|^(to|our aim was to) "
    r"(investigate|examine|determine|assess|evaluate|compare|explore|describe|identify|test|"
    r"estimate|measure|understand|develop|review|summari[sz]e)\b",
    re.I,
)


def find_aim(sentences: list[Sentence]) -> Sources:
    """The objective section's sentences, else the first sentences that state an aim."""
    labelled = tuple(s.index for s in sentences if s.section == "OBJECTIVE")
    if labelled:
        return labelled[:2]
    return tuple(s.index for s in sentences if s.role != "other" and _AIM.search(s.text))[:2]
